"""``coop-pos settle --from DATE --to DATE [--close] [--json PATH] [--pdf DIR] [--xlsx FILE]``:
a period's settlement, its statements as PDFs and its figures as a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from pathlib import Path

from pos.clock import utc_now
from pos.errors import InputError
from pos.services.settlement import close_period, settlement_report
from pos.services.statements import host_statement_of, statement_set
from pos.settlement import ClosedSettlement, Period
from pos.statements import ShopInfo, StatementSet, file_name
from pos.users import Actor
from ui.cli.output import EXIT_OK, write_json
from ui.kit.files import write_file
from ui.wiring.documents import StatementFiles
from ui.wiring.shop import Shop, require_current_schema


def settle_command(shop: Shop, args: argparse.Namespace) -> int:
    document, closed = settle(
        shop, start=args.start, end=args.end, close=args.close, closed_by=shop.actor.name
    )
    if args.json:
        write_json(args.json, document)
    status = sys.stderr if args.json == "-" else sys.stdout
    if args.close and closed is not None:
        status.write(f"已结账 / closed: {closed.number} ({closed.period})\n")
    elif closed is not None:
        status.write(
            f"此期已结账，显示结账时的数字 / this period is closed: figures as closed ({closed.number})\n"
        )
    if args.pdf is not None:
        files = write_statement_pdfs(shop, start=args.start, end=args.end, folder=args.pdf)
        status.write(
            f"已生成 {len(files)} 份结算单 PDF / {len(files)} statement PDF(s) written to {args.pdf}\n"
        )
    if args.xlsx is not None:
        write_settlement_xlsx(shop, start=args.start, end=args.end, path=args.xlsx)
        status.write(f"已导出 / written: {args.xlsx}\n")
    return EXIT_OK


def settle(
    shop: Shop, *, start: date, end: date, close: bool = False, closed_by: str = ""
) -> tuple[Mapping[str, object], ClosedSettlement | None]:
    """The JSON of the period (stored if it was closed); with ``close``, close it."""
    require_current_schema(shop)
    period = Period(start, end)
    with shop.database_errors():
        if close:
            closed = close_period(
                shop.uow(), period=period, timezone=shop.config.timezone, closed_by=closed_by, now=utc_now()
            )
            return closed.document, closed
        return settlement_report(shop.uow(read_only=True), period=period, timezone=shop.config.timezone)


def _statements(shop: Shop, start: date, end: date, actor: Actor | None) -> StatementSet:
    require_current_schema(shop)
    with shop.database_errors():
        return statement_set(
            shop.uow(read_only=True, actor=actor),
            period=Period(start, end),
            timezone=shop.config.timezone,
            shop=_shop_info(shop),
        )


def _shop_info(shop: Shop) -> ShopInfo:
    return ShopInfo(shop.config.shop_name, shop.config.shop_address)


def host_statement_pdf(
    shop: Shop, *, start: date, end: date, host_code: str, actor: Actor | None = None
) -> bytes:
    """One host's 结算单 as PDF bytes, reading only its lines. ``actor``: who asks (default the
    shop's); a host login may ask only for its own."""
    require_current_schema(shop)
    with shop.database_errors():
        statement = host_statement_of(
            shop.uow(read_only=True, actor=actor),
            period=Period(start, end),
            timezone=shop.config.timezone,
            shop=_shop_info(shop),
            host_code=host_code,
        )
    return StatementFiles().host_pdf(statement)


def write_statement_pdfs(
    shop: Shop,
    *,
    start: date,
    end: date,
    folder: Path,
    progress: Callable[[int, int, str], None] | None = None,
    actor: Actor | None = None,
) -> list[Path]:
    """``settle --pdf DIR``: every statement of the period, one file each, in ``folder``:
    ``<number>-<host code>.pdf``, ``<number>-<recommender code>.pdf`` (``<number>-R-<code>.pdf`` if a
    host has the same code) and ``<number>-coop.pdf`` (the co-op summary), where ``<number>`` is the
    settlement number, e.g. ``JS-20261001-20261031``. ``progress(done, total, file name)`` is called
    after each file (from the calling thread); an exception raised by it stops the export."""
    statements = _statements(shop, start, end, actor)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"无法写入文件夹 {folder}：{exc.strerror}",
            f"cannot write into the folder {folder}: {exc.strerror}",
        ) from exc
    files = StatementFiles()
    jobs: list[tuple[str, Callable[[], bytes]]] = [
        (statements.summary.number, partial(files.coop_pdf, statements.summary))
    ]
    jobs += [(h.number, partial(files.host_pdf, h)) for h in statements.hosts]
    jobs += [(r.number, partial(files.recommender_pdf, r)) for r in statements.recommenders]
    written = []
    for done, (number, render) in enumerate(jobs, start=1):
        path = folder / file_name(number)
        write_file(path, render())
        written.append(path)
        if progress is not None:
            progress(done, len(jobs), path.name)
    return written


def write_settlement_xlsx(
    shop: Shop, *, start: date, end: date, path: Path, actor: Actor | None = None
) -> Path:
    """``settle --xlsx FILE``: the period's figures and every line, for the accountant (.xlsx)."""
    write_file(path, StatementFiles().xlsx(_statements(shop, start, end, actor)))
    return path
