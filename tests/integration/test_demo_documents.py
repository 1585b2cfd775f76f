"""Issue 3's done-when on the demo shop: every label scans back, and a price card adds up."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from receipts.labels import preset
from tests.integration.test_labels_pdf import label_crops, scan
from ui.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'shop.sqlite'}"
    assert main(["init", "--demo", "--db", url]) == 0
    return url


def active_barcodes(url: str) -> set[str]:
    from db.engine import make_engine
    from db.uow import SqlUnitOfWork

    uow = SqlUnitOfWork(make_engine(url))
    with uow:
        return {p.barcode for p in uow.products.list() if p.active}


def test_a_labels_pdf_of_every_product_scans_back_in_store_codes_included(demo: str, tmp_path: Path) -> None:
    pdf = tmp_path / "labels.pdf"
    assert main(["labels", "--pdf", str(pdf), "--preset", "a4-3x8", "--db", demo]) == 0
    expected = sorted(active_barcodes(demo))
    assert any(code.startswith("2") for code in expected), "the demo has in-store codes"
    read = scan(label_crops(pdf, preset("a4-3x8"), len(expected), tmp_path))  # each label on its own
    assert read == expected


def test_a_demo_price_card_adds_up_to_its_price_to_the_fen(demo: str, tmp_path: Path) -> None:
    from db.engine import make_engine
    from db.uow import SqlUnitOfWork

    uow = SqlUnitOfWork(make_engine(demo))
    with uow:
        product = next(p for p in uow.products.list() if p.id is not None and uow.products.costs(p.id))
        costs = uow.products.costs(product.id)  # type: ignore[arg-type]
    pdf = tmp_path / "card.pdf"
    assert main(["price-cards", "--pdf", str(pdf), "--barcode", product.barcode, "--db", demo]) == 0
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout

    def amount(label: str) -> int:
        m = re.search(rf"{label}[^¥\n]*(-?)¥([\d,]+\.\d\d)", text)
        assert m, f"{label} not on the card:\n{text}"
        return (-1 if m.group(1) else 1) * int(Decimal(m.group(2).replace(",", "")) * 100)

    coop, host, total = amount("合作社佣金"), amount("主理人所得"), amount("合计")
    rec = amount("推介官分成") if "推介官分成" in text else 0
    assert total == product.price_fen
    assert coop + rec + host == product.price_fen
    listed = sum(amount(c.name) for c in costs)
    assert listed == sum(c.amount_fen for c in costs)
    assert listed + amount("主理人利润") == host
