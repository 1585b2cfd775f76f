"""``coop-pos shift x-report`` and ``shift z-report``: a shift's figures, as text and an 80 mm PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pos.clock import utc_now
from pos.services.shifts import x_report, z_report
from ui.cli.output import EXIT_OK
from ui.kit.files import write_file
from ui.wiring.documents import shift_report_pdf, shift_report_text
from ui.wiring.shop import Shop, require_current_schema


def shift_command(shop: Shop, args: argparse.Namespace) -> int:
    if args.shift_command == "x-report":
        sys.stdout.write(shift_x_report(shop, counter_id=args.counter, pdf=args.pdf))
    else:
        sys.stdout.write(shift_z_report(shop, number=args.number, counter_id=args.counter, pdf=args.pdf))
    if args.pdf is not None:
        sys.stderr.write(f"已写入 / written: {args.pdf}\n")
    return EXIT_OK


def shift_x_report(shop: Shop, *, counter_id: str = "", pdf: Path | None = None) -> str:
    """The open shift's figures now, as text (and a PDF with ``pdf``). Changes nothing."""
    require_current_schema(shop)
    with shop.database_errors():
        report = x_report(
            shop.uow(read_only=True), counter_id=counter_id or shop.config.counter_id, at=utc_now()
        )
    if pdf is not None:
        write_file(pdf, shift_report_pdf(shop.config, report))
    return shift_report_text(shop.config, report)


def shift_z_report(shop: Shop, *, number: int, pdf: Path, counter_id: str = "") -> str:
    """A closed shift's Z report again, exactly as it was stored at close."""
    require_current_schema(shop)
    with shop.database_errors():
        report = z_report(
            shop.uow(read_only=True), counter_id=counter_id or shop.config.counter_id, number=number
        )
    write_file(pdf, shift_report_pdf(shop.config, report))
    return shift_report_text(shop.config, report)
