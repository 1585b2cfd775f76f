"""``coop-pos import KIND FILE [--dry-run] [--update]``: all or nothing, every bad line named
(docs/formats.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.clock import business_day, utc_now
from pos.errors import InputError, RuleError
from pos.imports.kinds import HANDLERS, UPDATABLE
from pos.imports.runner import ImportContext, ImportReport, run_import
from ui.cli.output import EXIT_OK, say
from ui.wiring.documents import read_table
from ui.wiring.shop import Shop, require_current_schema


def import_command(shop: Shop, args: argparse.Namespace) -> int:
    report = import_file(shop, kind=args.kind, path=args.file, dry_run=args.dry_run, update=args.update)
    zh, en = report.summary()
    say(f"{zh} / {en}")
    return EXIT_OK


def import_file(
    shop: Shop, *, kind: str, path: Path, dry_run: bool = False, update: bool = False
) -> ImportReport:
    """One import file into the shop: checked whole first, then written in one transaction."""
    if update and kind not in UPDATABLE:
        raise RuleError(
            f"{kind} 不能用 --update：这类记录一经导入就不再修改",
            f"--update does not apply to {kind}: those records are never changed once imported",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"无法读取文件 {path}：{exc.strerror}", f"cannot read the file {path}: {exc.strerror}"
        ) from exc
    table = read_table(data, source=path.name)
    require_current_schema(shop)
    now = utc_now()
    context = ImportContext(
        today=business_day(now, shop.config.timezone), now=now, timezone=shop.config.timezone, update=update
    )
    with shop.database_errors():  # prepared in a read-only unit of work, written in one short one
        return run_import(
            shop.uow(),
            read_uow=shop.uow(read_only=True),
            kind=kind,
            table=table,
            context=context,
            handler=HANDLERS[kind],
            dry_run=dry_run,
        )
