"""``coop-pos stock [--json PATH]`` and ``count FILE [--host CODE] [--approve] [--json PATH]``:
what is on hand, and a handheld scanner's memory as a stock count."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pos.clock import utc_now
from pos.errors import InputError
from pos.money import format_yuan
from pos.services.stock import host_stock, stock_export
from pos.services.stock_counts import count_file
from pos.stock import HostStock, VarianceReport, count_number, variance_document
from ui.cli.output import EXIT_OK, say, write_json
from ui.wiring.shop import Shop, require_current_schema


def stock_command(shop: Shop, args: argparse.Namespace) -> int:
    if args.json:
        write_json(args.json, stock_json(shop))
        if args.json != "-":
            say(f"已写入 / written: {args.json}")
        return EXIT_OK
    for h in stock_host_totals(shop):
        say(
            f"{h.host_code}\t{h.host_name}\t{h.products} 种 goods\t{h.units} 件 units\t"
            f"¥{format_yuan(h.value_fen)}\t负库存 negative {h.negative}\t低库存 low {h.low}"
        )
    return EXIT_OK


def count_command(shop: Shop, args: argparse.Namespace) -> int:
    report = count_scanner_file(shop, path=args.file, host_code=args.host, approve=args.approve)
    if args.json:
        write_json(args.json, variance_document(report))
    status = sys.stderr if args.json == "-" else sys.stdout
    number = count_number(report.count.id or 0)
    lines = report.lines
    missing = sum(-ln.variance for ln in lines if ln.variance < 0)
    extra = sum(ln.variance for ln in lines if ln.variance > 0)
    done = (
        "已审核，库存已调整 / approved, stock adjusted" if args.approve else "待审核 / open, not yet approved"
    )
    status.write(
        f"盘点 {number}（{report.count.scope_label}）：{len(lines)} 种商品，缺 {missing} 件，多 {extra} 件，"
        f"差异 ¥{format_yuan(report.variance_fen)}；{done}\n"
        f"count {number}: {len(lines)} products, {missing} missing, {extra} extra, "
        f"variance {format_yuan(report.variance_fen)}\n"
    )
    if report.credit_fen:
        status.write(
            f"合作社承担损耗，记入主理人贷项 ¥{format_yuan(report.credit_fen)} / "
            f"credited to hosts for losses the co-op bears: {format_yuan(report.credit_fen)}\n"
        )
    return EXIT_OK


def stock_json(shop: Shop) -> list[dict[str, object]]:
    """Every product's on hand, sorted by barcode (``coop-pos stock --json``)."""
    require_current_schema(shop)
    with shop.database_errors():
        return stock_export(shop.uow(read_only=True))


def stock_host_totals(shop: Shop) -> Sequence[HostStock]:
    require_current_schema(shop)
    with shop.database_errors():
        return host_stock(shop.uow(read_only=True))


def count_scanner_file(
    shop: Shop, *, path: Path, host_code: str = "", approve: bool = False
) -> VarianceReport:
    """A handheld scanner's memory as one stock count (all or nothing)."""
    text = _read_text(path)
    require_current_schema(shop)
    with shop.database_errors():
        return count_file(
            shop.uow(), text=text, host_code=host_code, approve=approve, at=utc_now(),
            timezone=shop.config.timezone,
        )  # fmt: skip


def _read_text(path: Path) -> str:
    """A scanner dump as text: UTF-8 (with or without BOM), else GB18030."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"无法读取文件 {path}：{exc.strerror}", f"cannot read the file {path}: {exc.strerror}"
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(f"{path} 不是文本文件", f"{path} is not a text file") from None
