"""The stock screen as staff use it, in Chinese: the list with its flags, an intake slip saved as a
PDF, and a count scanned as keystrokes ending in Enter, resumed after the screen is rebuilt,
approved while the shop sells."""

from __future__ import annotations

import dataclasses
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from db.uow import SqlUnitOfWork
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.stock import receive_goods, stock_export
from receipts.stock_docs import StockDocs
from tests.ui.conftest import BAG_BARCODE, BRUSH_BARCODE, SOAP_BARCODE
from ui.app.pages import build_page
from ui.kit import ops
from ui.kit.context import AppContext
from ui.stock.stock_count import CountPanel
from ui.stock.stock_list import StockList
from ui.stock.stock_page import StockTabs
from ui.stock.stock_slip import SlipPanel

SHOTS = os.environ.get("COOP_POS_SHOTS", "")


def shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def stock_ctx(ctx: AppContext) -> AppContext:
    return dataclasses.replace(ctx, stock_documents=StockDocs())


def on_hand(engine: Engine) -> dict[str, int]:
    return {str(r["barcode"]): int(str(r["on_hand"])) for r in stock_export(SqlUnitOfWork(engine))}


def type_scan(qtbot: QtBot, field: object, code: str) -> None:
    """A keyboard-wedge scanner: the code's keys, then Enter, into the focused field."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_stock_list_shows_on_hand_value_and_flags(
    stock_ctx: AppContext, engine: Engine, qtbot: QtBot
) -> None:
    complete_sale(
        SqlUnitOfWork(engine), items=[ItemRequest(BRUSH_BARCODE, 1)], tenders=[Tender("cash", 1290)],
        at=datetime(2026, 11, 23, 3, 0, tzinfo=UTC), timezone="Asia/Shanghai", counter_id="C1",
    )  # fmt: skip
    page = StockList(stock_ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitUntil(lambda: len(page.levels) == 4 and len(page.hosts) == 2)
    ops.wait_idle()
    assert page.column_texts("barcode") == sorted(page.column_texts("barcode"))
    row = page.column_texts("barcode").index(BAG_BARCODE)
    assert page.column_texts("on_hand")[row] == "12" and page.column_texts("value")[row] == "¥478.80"
    brush = page.column_texts("barcode").index(BRUSH_BARCODE)
    assert page.column_texts("on_hand")[brush] == "-1" and "盘点" in page.column_texts("flag")[brush]
    assert "12" in page.summary.text() and "¥478.80" in page.summary.text()
    shot(page, "stock-list")
    page.flag_combo.setCurrentIndex(page.flag_combo.findData("negative"))
    qtbot.waitUntil(lambda: page.column_texts("barcode") == [BRUSH_BARCODE])
    assert page.flag_combo.currentText() == "负库存"
    page.flag_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(page.levels) == 4)
    page.set_low_stock(BAG_BARCODE, 20)
    page.record_loss(BAG_BARCODE, 2, "摔碎")
    ops.wait_idle()
    bag = lambda: page.column_texts("barcode").index(BAG_BARCODE)  # noqa: E731
    qtbot.waitUntil(lambda: page.column_texts("on_hand")[bag()] == "10")
    qtbot.waitUntil(lambda: page.column_texts("flag")[bag()] == "低库存")
    assert page.column_texts("low_at")[bag()] == "20"


def test_an_intake_slip_from_scans_is_received_and_saved_as_a_pdf(
    stock_ctx: AppContext, engine: Engine, qtbot: QtBot, tmp_path: Path
) -> None:
    panel = SlipPanel(stock_ctx, kind="intake")
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    saved = tmp_path / "slip.pdf"
    panel.ask_path = lambda suggested: saved  # type: ignore[method-assign]
    for _ in range(3):
        type_scan(qtbot, panel.scan, SOAP_BARCODE)
    panel.qty.setValue(10)
    type_scan(qtbot, panel.scan, "6901234567893")  # a misread: refused, nothing added
    qtbot.waitUntil(lambda: panel.banner.text() != "")
    ops.wait_idle()
    qtbot.waitUntil(lambda: panel.column_texts("qty") == ["3"])
    type_scan(qtbot, panel.scan, BAG_BARCODE)  # another host's goods: refused
    qtbot.waitUntil(lambda: "一位主理人" in panel.banner.text() or "one host" in panel.banner.text())
    panel.reason.setText("十一月补货")
    shot(panel, "stock-intake")
    panel.make_button.click()
    qtbot.waitUntil(lambda: panel.last_file == saved)
    assert on_hand(engine)[SOAP_BARCODE] == 3
    assert panel.last_slip is not None and panel.last_slip.number == "RK000001"
    assert saved.read_bytes().startswith(b"%PDF") and panel.column_texts("qty") == []


def test_counting_with_a_scanner_resumes_and_approves_while_the_shop_sells(
    stock_ctx: AppContext, engine: Engine, qtbot: QtBot, tmp_path: Path
) -> None:
    receive_goods(
        SqlUnitOfWork(engine), lines=[(SOAP_BARCODE, 5)], at=datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
    )
    panel = CountPanel(stock_ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    qtbot.waitUntil(lambda: panel.starting.host_combo.count() == 2)
    panel.starting.scope_combo.setCurrentIndex(panel.starting.scope_combo.findData("host"))
    panel.starting.host_combo.setCurrentIndex(panel.starting.host_combo.findData("H01"))
    panel.starting.start_button.click()
    qtbot.waitUntil(lambda: panel.count is not None and panel.status is not None)
    assert panel.stack.currentIndex() == 1
    assert len(panel.column_texts("missing", "barcode")) == 2  # 手工皂 and 蜂蜡保鲜布
    # one soap sells before the soaps are counted: 4 are on the shelf
    complete_sale(
        SqlUnitOfWork(engine), items=[ItemRequest(SOAP_BARCODE, 1)], tenders=[Tender("cash", 2500)],
        at=datetime.now(UTC), timezone="Asia/Shanghai", counter_id="C1",
    )  # fmt: skip
    for _ in range(200):  # a fast scanner: none lost, none doubled
        type_scan(qtbot, panel.sheet.scan, SOAP_BARCODE)
    type_scan(qtbot, panel.sheet.scan, BAG_BARCODE)  # another host's: refused with a message
    qtbot.waitUntil(lambda: panel.scans_sent == 201 and not panel.writing, timeout=60_000)
    assert "不在本次盘点范围" in panel.sheet.feedback.text()
    qtbot.waitUntil(lambda: panel.column_texts("counted", "counted") == ["200"])
    ops.wait_idle()
    # correct it to what is really there
    panel.set_counted(SOAP_BARCODE, 4)
    qtbot.waitUntil(lambda: panel.column_texts("counted", "counted") == ["4"])
    assert panel.column_texts("counted", "expected") == ["4"]
    shot(panel, "stock-count")

    # the app restarts: the count is still open and counting goes on
    again = build_page("stock", stock_ctx)
    assert isinstance(again, StockTabs) and again.counting is not None
    qtbot.addWidget(again)
    again.resize(1300, 800)
    again.show()
    again.setCurrentWidget(again.counting)
    resumed = again.counting
    qtbot.waitUntil(lambda: resumed.count is not None and resumed.status is not None)
    assert resumed.count.id == panel.count.id  # type: ignore[union-attr]
    assert resumed.status.scanned_units == 4  # type: ignore[union-attr]

    pdf = tmp_path / "count.pdf"
    resumed.reports.ask_path = lambda suggested, kind: pdf  # type: ignore[method-assign]
    resumed.reports.export("pdf")
    qtbot.waitUntil(lambda: resumed.reports.last_file == pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    resumed.approve()
    qtbot.waitUntil(lambda: resumed.count is None and resumed.stack.currentIndex() == 0)
    qtbot.waitUntil(lambda: len(resumed.starting.history) == 1)
    assert on_hand(engine)[SOAP_BARCODE] == 4
    assert on_hand(engine)[BAG_BARCODE] == 12
    assert "PD00001" in resumed.banner.text()
    QApplication.processEvents()


def test_the_host_form_sets_who_bears_count_losses(
    stock_ctx: AppContext, engine: Engine, qtbot: QtBot
) -> None:
    from pos.services.stock import loss_bearer
    from ui.people.host_dialog import HostDialog

    with SqlUnitOfWork(engine) as uow:
        host = uow.hosts.by_code("H02")
    assert host is not None
    dialog = HostDialog(stock_ctx, host=host)
    qtbot.addWidget(dialog)
    assert dialog.bearer_combo.currentData() == "host"
    assert dialog.bearer_combo.currentText().startswith("主理人")
    dialog.bearer_combo.setCurrentIndex(dialog.bearer_combo.findData("coop"))
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.save()
    qtbot.waitUntil(lambda: bool(saved))
    assert loss_bearer(SqlUnitOfWork(engine), host_code="H02") == "coop"
    again = HostDialog(stock_ctx, host=host)
    qtbot.addWidget(again)
    assert again.bearer_combo.currentData() == "coop"


def test_a_serial_scanner_counts_into_the_count_shown(
    stock_ctx: AppContext, engine: Engine, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QObject, Signal

    class SerialStub(QObject):
        scanned = Signal(str)

    serial = SerialStub()
    ctx = dataclasses.replace(stock_ctx, serial_scanner=serial)
    panel = CountPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.starting.host_combo.count() == 2)
    panel.starting.start_button.click()  # everything
    qtbot.waitUntil(lambda: panel.count is not None and panel.status is not None)
    for _ in range(3):
        serial.scanned.emit(BAG_BARCODE)
    qtbot.waitUntil(lambda: panel.scans_sent == 3 and not panel.writing)
    qtbot.waitUntil(lambda: panel.status is not None and panel.status.scanned_units == 3)
    panel.hide()
    serial.scanned.emit(BAG_BARCODE)  # not shown: not counted here
    ops.wait_idle()
    assert panel.scans_sent == 3


def test_goods_are_picked_by_name_or_pinyin_initials_for_a_return(
    stock_ctx: AppContext, engine: Engine, qtbot: QtBot
) -> None:
    panel = SlipPanel(stock_ctx, kind="return_to_host")
    qtbot.addWidget(panel)
    panel.show()
    offered: list[list[str]] = []

    def pick(labels: list[str]) -> int:
        offered.append(labels)
        return 0

    panel.pick = pick  # type: ignore[method-assign]
    type_scan(qtbot, panel.scan, "fbd")  # 帆布袋: one match
    qtbot.waitUntil(lambda: panel.column_texts("barcode") == [BAG_BARCODE])
    panel.add("布")  # 帆布袋 and 蜂蜡保鲜布 (and more): offered to pick
    qtbot.waitUntil(lambda: bool(offered))
    assert len(offered[0]) >= 2 and all("·" in label for label in offered[0])
    panel.add("no such thing")
    qtbot.waitUntil(lambda: "没有商品符合" in panel.banner.text())
