"""最近销售 on a real SQLite shop: today's receipts newest first, found by number or amount, the lines
of the selected one, reprint, and a refund started from the list."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from db.uow import SqlUnitOfWork
from pos.clock import zone
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from tests.ui.conftest import BAG_BARCODE, SOAP_BARCODE
from tests.ui.scanner_keys import send_burst
from tests.ui.test_login import settle
from tests.ui.test_refund_dialog import FakeScanner, RecordingDevices, logged_in, open_shift, sell
from ui.checkout.recent_sales_dialog import RecentSalesDialog
from ui.kit.context import AppContext

TZ = "Asia/Shanghai"


def open_list(qtbot: QtBot, ctx: AppContext) -> RecentSalesDialog:
    dialog = RecentSalesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def column(dialog: RecentSalesDialog, col: int) -> list[str]:
    return [dialog.table.item(row, col).text() for row in range(dialog.table.rowCount())]


def test_today_newest_first_search_and_reprint(
    qtbot: QtBot, counter: AppContext, counter_engine: Engine
) -> None:
    devices = RecordingDevices()
    ctx = open_shift(logged_in(counter, "C01", "1111", devices))
    soap = sell(ctx, [ItemRequest(SOAP_BARCODE, 3)], [Tender("wechat", 7500)])
    bag = sell(ctx, [ItemRequest(BAG_BARCODE, 1)], [Tender("cash", 3000), Tender("alipay", 990)])
    back = refund_sale(
        ctx.uow(), original_receipt=soap.receipt_no, requests=[RefundRequest(1, 1)],
        payouts=[Tender("wechat", 2500)], at=datetime.now(UTC), timezone=TZ, counter_id="C1", cashier="C01",
    )  # fmt: skip
    complete_sale(  # a week ago (history the shop's command line recorded): not in today's list
        SqlUnitOfWork(counter_engine), items=[ItemRequest(SOAP_BARCODE, 1)], tenders=[Tender("cash", 2500)],
        at=datetime.now(UTC) - timedelta(days=7), timezone=TZ, counter_id="C1",
    )  # fmt: skip

    dialog = open_list(qtbot, ctx)
    assert column(dialog, 1) == [back.receipt_no, bag.receipt_no, soap.receipt_no]
    assert column(dialog, 2) == ["退货", "销售", "销售"]
    assert column(dialog, 4) == ["1", "1", "3"]
    assert column(dialog, 5) == ["-¥25.00", "¥39.90", "¥75.00"]
    assert column(dialog, 6) == ["微信", "现金 + 支付宝", "微信"]
    assert dialog.count_label.text() == "共 3 单，最新的在前"

    # the newest is selected: a refund, so no refund of it; its lines and original beside
    assert dialog.detail is not None and dialog.detail.receipt_no == back.receipt_no
    assert f"原单 {soap.receipt_no}" in dialog.detail_title.text()
    assert not dialog.refund_button.isEnabled() and "退货单不能再退" in dialog.refund_button.toolTip()

    # Down from the search line into the list, Down again to the bag: its lines show
    dialog.search_edit.setFocus()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    settle()
    assert dialog.detail is not None and dialog.detail.receipt_no == bag.receipt_no
    assert dialog.lines.item(0, 0).text() == "帆布袋" and dialog.lines.item(0, 3).text() == "¥39.90"

    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert devices.calls == [("reprint", bag.receipt_no)]
    assert "重印" in dialog.reprint_button.text() and "Ctrl+P" in dialog.reprint_button.text()

    # an amount, then a part of a receipt number, then a whole one scanned from last week
    qtbot.keyClicks(dialog.search_edit, "75.00")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    settle()
    assert column(dialog, 1) == [soap.receipt_no]
    dialog.search_edit.setText(bag.receipt_no[-4:])
    dialog.search()
    settle()
    assert column(dialog, 1) == [bag.receipt_no]
    last_week = (datetime.now(UTC) - timedelta(days=7)).astimezone(zone(TZ)).strftime("%Y%m%d")
    dialog.search_edit.setText(f"C1-{last_week}-0001")
    dialog.search()
    settle()
    assert len(column(dialog, 1)) == 1
    dialog.search_edit.setText("¥3.555")
    dialog.search()
    assert "两位小数" in dialog.banner.text()


def test_refund_from_the_list_then_the_list_shows_it(qtbot: QtBot, counter: AppContext) -> None:
    devices = RecordingDevices()
    ctx = open_shift(logged_in(counter, "C01", "1111", devices))
    soap = sell(ctx, [ItemRequest(SOAP_BARCODE, 3)], [Tender("cash", 7500)])
    dialog = open_list(qtbot, ctx)
    refunds: list[str] = []
    dialog.refunded.connect(refunds.append)
    assert dialog.selected() is not None and dialog.refund_button.isEnabled()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on a sale: refund it
    settle()
    refund = dialog.refund_dialog
    assert refund is not None and refund.loaded is not None and refund.loaded.receipt_no == soap.receipt_no
    refund.spins[0].setValue(2)
    refund.confirm()
    settle()
    assert refunds == [refund.result_receipt_no] and devices.calls == [
        ("print_receipt", refund.result_receipt_no)
    ]
    assert column(dialog, 1) == [refund.result_receipt_no, soap.receipt_no]
    assert column(dialog, 5)[0] == "-¥50.00"


def test_without_a_printer_reprint_says_why_and_past_days_are_a_date_away(
    qtbot: QtBot, counter: AppContext, counter_engine: Engine
) -> None:
    ctx = logged_in(counter, "M01", "8888", None)
    complete_sale(  # in March: history the shop's command line recorded
        SqlUnitOfWork(counter_engine), items=[ItemRequest(SOAP_BARCODE, 1)], tenders=[Tender("cash", 2500)],
        at=datetime(2026, 3, 8, 4, 0, tzinfo=UTC), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    dialog = open_list(qtbot, ctx)
    assert dialog.table.rowCount() == 0 and dialog.detail is None
    dialog.from_date.setDate(QDate(2026, 3, 1))
    settle()
    assert column(dialog, 1) == ["C1-20260308-0001"]
    assert not dialog.reprint_button.isEnabled()
    assert dialog.reprint_button.toolTip() == "这台收银机没有连接小票打印机"


def test_a_host_login_is_told_it_cannot_see_receipts(qtbot: QtBot, counter: AppContext) -> None:
    ctx = logged_in(counter, "H01", "3333", None)
    dialog = open_list(qtbot, ctx)
    assert "主理人不能查看整张收银单" in dialog.banner.text()


def test_a_receipt_read_by_the_serial_scanner_is_found(qtbot: QtBot, counter: AppContext) -> None:
    ctx = open_shift(logged_in(counter, "C01", "1111", None))
    sale = sell(ctx, [ItemRequest(SOAP_BARCODE, 1)], [Tender("cash", 2500)])
    sell(ctx, [ItemRequest(BAG_BARCODE, 1)], [Tender("cash", 3990)])
    scanner = FakeScanner()
    dialog = open_list(qtbot, dataclasses.replace(ctx, serial_scanner=scanner))  # type: ignore[arg-type]
    assert dialog.table.rowCount() == 2
    scanner.scanned.emit(sale.receipt_no)
    settle()
    assert column(dialog, 1) == [sale.receipt_no] and dialog.search_edit.text() == sale.receipt_no


def test_a_receipt_scanned_while_the_list_has_the_focus_is_found(qtbot: QtBot, counter: AppContext) -> None:
    ctx = open_shift(logged_in(counter, "C01", "1111", None))
    sale = sell(ctx, [ItemRequest(SOAP_BARCODE, 1)], [Tender("cash", 2500)])
    sell(ctx, [ItemRequest(BAG_BARCODE, 1)], [Tender("cash", 3990)])
    dialog = open_list(qtbot, ctx)
    dialog.table.setFocus()
    send_burst(dialog.table, sale.receipt_no)
    settle()
    assert column(dialog, 1) == [sale.receipt_no] and dialog.search_edit.text() == sale.receipt_no
    assert dialog.refund_dialog is None  # the scan's Enter is the scanner's, not a refund
