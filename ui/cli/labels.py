"""``coop-pos labels`` and ``price-cards``: barcode labels and transparent price cards as PDFs."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from pos.clock import business_day, utc_now
from pos.services.labels import label_items, price_cards
from ui.cli.output import EXIT_OK, say
from ui.kit.files import write_file
from ui.wiring.documents import documents
from ui.wiring.shop import Shop, require_current_schema


def labels_command(shop: Shop, args: argparse.Namespace) -> int:
    n = print_labels(
        shop,
        pdf=args.pdf,
        host_code=args.host,
        barcodes=args.barcode,
        copies=args.copies,
        per_stock=args.stock,
        preset=args.preset,
    )
    say(f"已生成 {n} 张标签 / {n} label(s) written to {args.pdf}")
    return EXIT_OK


def price_cards_command(shop: Shop, args: argparse.Namespace) -> int:
    n = print_price_cards(shop, pdf=args.pdf, host_code=args.host, barcodes=args.barcode)
    say(f"已生成 {n} 张价签 / {n} price card(s) written to {args.pdf}")
    return EXIT_OK


def print_labels(
    shop: Shop,
    *,
    pdf: Path,
    host_code: str = "",
    barcodes: Sequence[str] = (),
    copies: int = 1,
    per_stock: bool = False,
    preset: str = "",
) -> int:
    """A PDF of barcode labels; returns how many labels it holds."""
    require_current_schema(shop)
    docs = documents()
    with shop.database_errors():
        items = label_items(
            shop.uow(read_only=True),
            host_code=host_code,
            barcodes=barcodes,
            copies=copies,
            per_stock=per_stock,
        )
    write_file(pdf, docs.labels_pdf(items, preset=preset or docs.label_presets()[0][0]))
    return sum(i.copies for i in items)


def print_price_cards(shop: Shop, *, pdf: Path, host_code: str = "", barcodes: Sequence[str] = ()) -> int:
    """Transparent price cards (透明价签) as a PDF; returns how many."""
    require_current_schema(shop)
    today = business_day(utc_now(), shop.config.timezone)
    with shop.database_errors():
        cards = price_cards(
            shop.uow(read_only=True),
            shop_name=shop.config.shop_name,
            as_of=today,
            host_code=host_code,
            barcodes=barcodes,
        )
    write_file(pdf, documents().price_cards_pdf(cards))
    return len(cards)
