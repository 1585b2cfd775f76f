"""``coop-pos init [--demo]``, ``backup`` and ``restore``: the shop's database itself."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pos.clock import business_day, utc_now
from pos.demo import DemoSummary, fill_demo_shop
from pos.errors import RuleError
from pos.services.shop_settings import set_discount_limit
from ui.cli.output import EXIT_OK, say
from ui.wiring.shop import Shop, has_catalog, init_schema, make_backup, restore_backup


def init_command(shop: Shop, args: argparse.Namespace) -> int:
    result = init_schema(shop)
    if result.backup is not None:
        say(f"已备份到 / backed up to {result.backup}")
    if result.created:
        say(f"已创建数据库 / created the database: {shop.label} (schema {result.after})")
    elif result.before != result.after:
        say(f"已升级数据库 / upgraded the database: {result.before} -> {result.after}")
    else:
        say(f"数据库已是最新 / the database is up to date (schema {result.after})")
    if apply_shop_settings(shop):
        limit = shop.config.discount_limit_percent
        say(f"折扣上限已设为 {limit}%（各收银台共用）/ the discount limit is now {limit}% at every counter")
    if args.demo:
        summary = fill_demo(shop, progress=lambda m: say(f"  {m}"))
        say(
            f"演示店铺已就绪 / demo shop ready: {summary.tags} tags, {summary.hosts} hosts, "
            f"{summary.recommenders} recommenders, {summary.products} products, "
            f"{summary.sales} sales, {summary.refunds} refunds"
        )
    return EXIT_OK


def apply_shop_settings(shop: Shop) -> bool:
    """Write the config file's settings that every counter must share (the discount limit) into
    the shop's database, audited; ``coop-pos init`` does it. False: the shop had them already."""
    with shop.database_errors():
        return set_discount_limit(
            shop.uow(), limit_bp=shop.config.discount_limit_percent * 100, now=utc_now()
        )


def fill_demo(shop: Shop, *, progress: Callable[[str], None] | None = None) -> DemoSummary:
    """``coop-pos init --demo``: an empty shop filled with a demo co-op and its last four weeks."""
    if has_catalog(shop):
        raise RuleError(
            "演示数据只能放进空的店铺；这个店铺已有主理人或商品",
            "the demo fills only an empty shop; this one has hosts or goods",
        )
    today = business_day(utc_now(), shop.config.timezone)
    with shop.database_errors():
        return fill_demo_shop(
            shop.uow(),
            today=today,
            timezone=shop.config.timezone,
            counter_id=shop.config.counter_id,
            progress=progress,
        )


def backup_command(shop: Shop, args: argparse.Namespace) -> int:
    path = make_backup(shop, to=args.to)
    say(f"已备份到 / backed up to {path}")
    return EXIT_OK


def restore_command(shop: Shop, args: argparse.Namespace) -> int:
    kept = restore_backup(shop, args.file)
    say(f"已从 {args.file} 恢复 / restored from {args.file}")
    if kept is not None:
        say(f"原数据库保留在 / the replaced database is kept at {kept}")
    return EXIT_OK
