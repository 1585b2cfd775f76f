"""打印标签 from the GUI: the chosen goods become a label sheet PDF that scans back."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.barcodes import normalise_barcode
from pos.config import Config
from pos.services.steps.catalog import add_host, add_product, receive_stock
from receipts.documents import PdfDocuments
from ui.goods.labels_dialog import LabelsDialog
from ui.kit import ops
from ui.kit.context import AppContext


@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.sqlite'}")
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode="6968344978697")
        add_product(uow, name="明信片", price_fen=800, host_code="H01")
        receive_stock(uow, barcode="6968344978697", qty=3, at=datetime.now(UTC))
        uow.commit()
    return AppContext(config=Config(), uow_factory=lambda: SqlUnitOfWork(engine), documents=PdfDocuments())


def make(ctx: AppContext, qtbot: QtBot, path: Path, **kwargs) -> LabelsDialog:  # type: ignore[no-untyped-def]
    dialog = LabelsDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(path))
    return dialog


def test_labels_for_every_active_product_scan_back(
    app: QApplication, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "labels.pdf"
    dialog = make(ctx, qtbot, pdf)
    dialog.preset.setCurrentIndex(dialog.preset.findData("roll-40x30"))
    dialog.make()
    qtbot.waitUntil(ops.idle)
    assert dialog.written == pdf
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "p")], check=True)
    read = []
    for page in sorted(tmp_path.glob("p-*.png")):
        out = subprocess.run(["zbarimg", "--raw", "-q", str(page)], capture_output=True, text=True).stdout
        read += [normalise_barcode(c) for c in out.split()]
    assert read == ["2000000000015", "6968344978697"]


def test_as_many_labels_as_are_in_stock(
    app: QApplication, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "stock.pdf"
    dialog = make(ctx, qtbot, pdf, barcodes=["6968344978697"])
    dialog.preset.setCurrentIndex(dialog.preset.findData("roll-40x30"))
    dialog.per_stock.setChecked(True)
    assert not dialog.copies.isEnabled()
    dialog.make()
    qtbot.waitUntil(ops.idle)
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+3$", pages, re.M)


def test_nothing_in_stock_is_a_message_not_an_empty_pdf(
    app: QApplication, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "none.pdf"
    dialog = make(ctx, qtbot, pdf, barcodes=["2000000000015"])
    dialog.per_stock.setChecked(True)
    dialog.make()
    qtbot.waitUntil(ops.idle)
    assert not pdf.exists() and "没有标签要打印" in dialog.banner.text()
