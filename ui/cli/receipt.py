"""``coop-pos receipt RECEIPT_NO [--printer URI] [--pdf FILE]``: a receipt again, printed or as a
PDF e-receipt."""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.clock import utc_now
from pos.print_ops import marked
from pos.services.receipts import receipt_copy
from ui.cli.output import EXIT_OK, say
from ui.kit.files import write_file
from ui.wiring.documents import receipt_pdf
from ui.wiring.printing import print_now, printer_of, receipt_settings
from ui.wiring.shop import Shop, require_current_schema


def receipt_command(shop: Shop, args: argparse.Namespace) -> int:
    for line in reprint_receipt(shop, receipt_no=args.receipt_no, printer_uri=args.printer, pdf=args.pdf):
        say(line)
    return EXIT_OK


def reprint_receipt(
    shop: Shop, *, receipt_no: str, printer_uri: str | None = None, pdf: Path | None = None
) -> list[str]:
    """Print the receipt now (marked 重印 if it was printed before; never the drawer) and/or write
    it as a PDF e-receipt. Prints to the configured printer unless only ``pdf`` is asked for.
    Returns what was done, in words."""
    require_current_schema(shop)
    printer = printer_of(shop.config, printer_uri) if printer_uri is not None or pdf is None else None
    with shop.database_errors():
        copy = receipt_copy(
            shop.uow(), receipt_no=receipt_no, settings=receipt_settings(shop.config), now=utc_now()
        )
    done = []
    if pdf is not None:
        write_file(pdf, receipt_pdf(marked(copy.stored, "电子小票"), title=f"小票 {copy.receipt_no}"))
        done.append(f"已写入电子小票 / e-receipt written: {pdf}")
    if printer is not None:
        print_now(shop.config, printer, copy.doc.without_drawer())
        what = "已打印" if copy.first else "已重印"
        done.append(
            f"{what} {copy.receipt_no} → {printer.label} / {'printed' if copy.first else 'reprinted'}"
        )
    return done
