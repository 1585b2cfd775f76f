"""收银台 driven as a cashier drives it, on a real SQLite shop: scan, adjust, suspend, pay, void."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos.clock import utc_now
from pos.errors import CoopError
from pos.sale import Tender
from pos.services import carts
from pos.services import shifts as shift_service
from pos.services.users import login
from pos.shifts import DenominationCount
from tests.ui.conftest import BAG_BARCODE, BRUSH_BARCODE, SOAP_BARCODE, FakeDevices
from tests.ui.scanner_keys import send_burst, type_slowly
from ui.checkout.checkout_page import CheckoutPage
from ui.checkout.payment_dialog import PaymentDialog
from ui.kit import ops
from ui.kit.context import AppContext


def called(devices: object, kind: str) -> list[tuple[object, ...]]:
    """The arguments of each call of one kind that the screen made of the devices."""
    assert isinstance(devices, FakeDevices)
    return [call[1:] for call in devices.of(kind)]


def log_in_as(ctx: AppContext, code: str, pin: str) -> None:
    assert ctx.session is not None
    ctx.session.log_in(login(ctx.login_uow(), code=code, pin=pin, now=utc_now()))


@pytest.fixture
def devices() -> FakeDevices:
    return FakeDevices()


@pytest.fixture
def till(counter: AppContext, devices: FakeDevices) -> Iterator[AppContext]:
    """李收银 (C01) at the counter with a shift open and the devices recorded."""
    log_in_as(counter, "C01", "1111")
    ctx = dataclasses.replace(counter, devices=devices)
    shift_service.open_shift(
        ctx.uow(), counter_id="C1", float_count=DenominationCount.of({10000: 2}), at=utc_now()
    )
    yield ctx
    ops.wait_idle()


def make_page(qtbot: QtBot, ctx: AppContext) -> CheckoutPage:
    page = CheckoutPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def type_and_enter(qtbot: QtBot, page: CheckoutPage, text: str) -> None:
    """The cashier types ``text`` at a person's pace, then Enter."""
    page.scan_field.setFocus()
    type_slowly(page.scan_field, text, enter=True)
    qtbot.waitUntil(lambda: page.scan_field.text() == "")


def scan(page: CheckoutPage, code: str) -> None:
    """A keyboard-wedge scanner's burst into the scan field."""
    send_burst(page.scan_field, code)


def test_typed_codes_ring_up_and_the_same_code_adds_a_unit(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    type_and_enter(qtbot, page, f"3*{BAG_BARCODE}")
    assert [(i.name, i.qty) for i in page.model.items] == [("手工皂", 2), ("帆布袋", 3)]
    assert page.totals.total_value.text() == "¥169.70"  # 2 × 25.00 + 3 × 39.90
    assert page.totals.items_value.text() == "5"
    assert page.model.data(page.model.index(1, 2)) == "H02"  # the host of each line
    assert page.scan_field.text() == ""
    assert page.lines.selected_item() is not None and page.lines.selected_item().name == "帆布袋"  # type: ignore[union-attr]
    # what the screen shows is already in the database
    stored = carts.current_cart(till.uow(), counter_id="C1", at=utc_now())
    assert [(i.barcode, i.qty) for i in stored.items] == [(SOAP_BARCODE, 2), (BAG_BARCODE, 3)]
    # the pole display saw each item with the running total
    assert till.devices is not None
    assert [args[2] for args in called(till.devices, "show_item")] == [2500, 5000, 16970]  # type: ignore[attr-defined]


def test_a_quantity_typed_before_a_scan_sets_how_many(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    page.scan_field.setText("4*")
    page.scanned(SOAP_BARCODE)
    assert [(i.name, i.qty) for i in page.model.items] == [("手工皂", 4)]
    assert page.scan_field.text() == ""


def test_an_unknown_code_says_so_offers_search_and_creates_nothing(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, "6900000000000")
    assert "6900000000000" in page.banner.text()
    assert page.offer_search.isVisible() and "6900000000000" in page.offer_search.text()
    assert page.model.items == ()
    # the next good scan clears the message
    type_and_enter(qtbot, page, SOAP_BARCODE)
    assert page.banner.text() == "" and not page.offer_search.isVisible()


def test_the_cart_comes_back_after_a_restart(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    type_and_enter(qtbot, page, BRUSH_BARCODE)
    page.changes.set_line_discount(page.model.items[0].line_no, 500)
    page.changes.set_sale_discount(100)
    page.close()
    again = make_page(qtbot, till)
    assert [(i.name, i.qty, i.line_discount_fen) for i in again.model.items] == [
        ("手工皂", 1, 500),
        ("竹柄牙刷", 1, 0),
    ]
    assert again.totals.total_value.text() == "¥31.90"  # 25.00 − 5.00 + 12.90 − 1.00
    assert again.totals.discount_value.text() == "-¥1.00"


def test_keys_on_the_scan_field_pick_lines_and_change_quantities(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    type_and_enter(qtbot, page, BAG_BARCODE)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Up)
    assert page.lines.selected_item().name == "手工皂"  # type: ignore[union-attr]
    type_slowly(page.scan_field, "+")
    qtbot.waitUntil(lambda: page.model.items[0].qty == 2)
    type_slowly(page.scan_field, "-")
    qtbot.waitUntil(lambda: page.model.items[0].qty == 1)
    type_slowly(page.scan_field, "-")  # from 1: the line goes
    qtbot.waitUntil(lambda: [i.name for i in page.model.items] == ["帆布袋"])
    assert page.scan_field.text() == ""
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Delete)
    assert page.model.items == ()
    assert not page.keys.pay_button.isEnabled()


def test_every_action_shows_its_key(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    for button in (page.keys.pay_button, page.search_button, *page.keys.action_buttons()):
        assert str(button.property("key")) in button.text()
    assert page.keys.pay_button.text() == "收款  F12"


def test_suspend_two_carts_and_resume_each(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    assert page.changes.suspend_as("王阿姨")
    assert page.model.items == ()
    type_and_enter(qtbot, page, BAG_BARCODE)
    assert page.changes.suspend_as("穿红衣服的")
    parked = carts.suspended_carts(till.read_uow(), counter_id="C1")
    assert sorted(c.label for c in parked) == ["王阿姨", "穿红衣服的"]
    wang = next(c for c in parked if c.label == "王阿姨")
    assert page.changes.resume_cart(wang.id)  # type: ignore[arg-type]
    assert [i.name for i in page.model.items] == ["手工皂"]
    type_and_enter(qtbot, page, BRUSH_BARCODE)
    other = next(c for c in parked if c.label != "王阿姨")
    assert not page.changes.resume_cart(other.id)  # type: ignore[arg-type]  # the cart on screen first
    assert "挂起" in page.banner.text()


def test_voiding_needs_a_reason_and_empties_the_cart(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    assert page.changes.void_with("顾客不要了")
    assert page.model.items == () and page.totals.total_value.text() == "¥0.00"


def test_split_tender_commits_once_prints_and_shows_the_change(
    qtbot: QtBot, till: AppContext, devices: FakeDevices
) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    type_and_enter(qtbot, page, f"2*{BAG_BARCODE}")  # 25.00 + 79.80 = 104.80
    dialog = PaymentDialog(page.total_fen(), page.paying.commit_sale, language="zh_CN", parent=page)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "104.80"
    dialog.amount.setText("50")
    dialog.take("wechat")
    assert dialog.sale is None and dialog.remaining_value.text() == "¥54.80"
    dialog.take("card")  # the field holds what is still due
    assert dialog.sale is not None
    sale = dialog.sale
    assert {p.method: p.amount_fen for p in sale.payments} == {"wechat": 5000, "card": 5480}
    page.paying.after_sale(sale)
    assert called(devices, "print_receipt") == [(sale.receipt_no,)]
    assert sale.receipt_no in page.last_label.text()
    assert page.model.items == ()  # a new, empty cart
    with till.read_uow() as uow:
        assert uow.sales.by_receipt(sale.receipt_no) is not None


def test_cash_with_a_quick_amount_gives_change(qtbot: QtBot, till: AppContext, devices: FakeDevices) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, BRUSH_BARCODE)  # 12.90
    dialog = PaymentDialog(page.total_fen(), page.paying.commit_sale, language="zh_CN", parent=page)
    qtbot.addWidget(dialog)
    assert [b.text().split()[1] for b in dialog.quick_buttons] == ["¥12.90", "¥20.00", "¥50.00", "¥100.00"]
    dialog._quick(3)  # ¥100
    assert dialog.sale is not None and dialog.sale.change_fen == 8710
    page.paying.after_sale(dialog.sale)
    assert "¥87.10" in page.last_label.text()
    assert called(devices, "show_total")[-1] == (1290, 10000, 8710)


def test_a_card_cannot_be_charged_more_than_is_due(qtbot: QtBot, till: AppContext) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, BRUSH_BARCODE)
    dialog = PaymentDialog(page.total_fen(), page.paying.commit_sale, language="zh_CN", parent=page)
    qtbot.addWidget(dialog)
    dialog.amount.setText("20")
    dialog.take("card")
    assert dialog.sale is None and "非现金" in dialog.banner.text()


def test_a_payment_sent_again_after_a_lost_reply_is_the_same_sale(
    qtbot: QtBot, till: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database committed but its reply never came (the network dropped): the cashier sees an
    error and takes the payment again, under the same payment's key, and gets the sale recorded."""
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    real = carts.checkout
    recorded = []

    def reply_lost(*args: object, **kwargs: object) -> object:
        recorded.append(real(*args, **kwargs))  # type: ignore[arg-type]
        raise CoopError("数据库连接中断", "the connection to the database was lost")

    monkeypatch.setattr(carts, "checkout", reply_lost)
    with pytest.raises(CoopError):
        page.paying.commit_sale([Tender("cash", 2500)])
    monkeypatch.setattr(carts, "checkout", real)
    # the cart was paid already: nothing new is recorded
    again = page.paying.commit_sale([Tender("cash", 2500)])
    assert again.receipt_no == recorded[0].receipt_no
    type_and_enter(qtbot, page, SOAP_BARCODE)  # the next customer's payment is a payment of its own
    assert page.paying.commit_sale([Tender("cash", 2500)]).receipt_no != again.receipt_no


def test_f12_opens_payment_and_enter_pays_cash(qtbot: QtBot, till: AppContext, devices: FakeDevices) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    seen: list[str] = []

    def pay_in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PaymentDialog)
        try:
            seen.append(dialog.due_value.text())
            dialog.amount.selectAll()
            type_slowly(dialog.amount, "100", enter=True)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, pay_in_the_dialog)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F12)
    assert seen == ["¥25.00"]
    assert page.last_sale is not None and page.last_sale.change_fen == 7500
    assert called(devices, "print_receipt") == [(page.last_sale.receipt_no,)]


def test_a_markdown_over_the_limit_needs_a_manager(
    qtbot: QtBot, till: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    page.changes.set_line_discount(page.model.items[0].line_no, 1000)  # 40 % off, the limit is 10 %
    asked: list[str] = []
    manager = login(till.login_uow(), code="M01", pin="8888", now=utc_now())
    monkeypatch.setattr(
        "ui.checkout.paying.request_approval", lambda _parent, _ctx, reason: asked.append(reason)
    )
    dialog = PaymentDialog(page.total_fen(), page.paying.commit_sale, language="zh_CN", parent=page)
    qtbot.addWidget(dialog)
    dialog.take("cash")
    assert dialog.sale is None and asked and "店长" in dialog.banner.text()  # declined: nothing recorded
    monkeypatch.setattr("ui.checkout.paying.request_approval", lambda _parent, _ctx, reason: manager)
    dialog.take("cash")
    assert dialog.sale is not None and dialog.sale.approver == "M01"


def test_paying_without_a_shift_asks_for_one(qtbot: QtBot, counter: AppContext) -> None:
    log_in_as(counter, "C01", "1111")
    page = make_page(qtbot, counter)
    type_and_enter(qtbot, page, SOAP_BARCODE)
    asked: list[str] = []

    def decline() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(type(dialog).__name__)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(50, decline)
    page.paying.pay()
    assert asked == ["OpenShiftDialog"]
    assert "开班" in page.banner.text()
    assert page.last_sale is None and len(page.model.items) == 1


def test_search_by_pinyin_initials_adds_the_product(qtbot: QtBot, till: AppContext) -> None:
    from ui.checkout.cart_dialogs import ProductSearchDialog

    page = make_page(qtbot, till)

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProductSearchDialog)
        try:
            type_slowly(dialog.edit, "sgz")
            qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)  # results as you type
            type_slowly(dialog.edit, "", enter=True)
        finally:
            if dialog.isVisible():
                dialog.reject()  # whatever went wrong, the test goes on

    QTimer.singleShot(50, pick)
    page.open_search()
    assert [i.name for i in page.model.items] == ["手工皂"]


def test_a_whole_sale_by_scanners_split_tender_then_part_of_it_refunded(
    qtbot: QtBot, till: AppContext, devices: FakeDevices, tmp_path: Path
) -> None:
    """As a cashier works: wedge bursts and a serial scanner on a pseudo-terminal ring the goods
    up, F12 takes WeChat Pay and cash, then F9 refunds one soap of that receipt."""
    from receipts.scanner_port import open_scanner_port
    from tests.ui.test_scanner import Pty
    from ui.checkout.refund_dialog import RefundDialog
    from ui.kit.scanner import SerialScanner

    port = Pty(tmp_path / "ttyScanner")
    serial = SerialScanner(str(port.path), 9600, open_port=open_scanner_port, retry_s=0.05)
    ctx = dataclasses.replace(till, serial_scanner=serial)
    page = make_page(qtbot, ctx)
    serial.start()
    try:
        qtbot.waitUntil(lambda: serial.state == "connected")
        scan(page, SOAP_BARCODE)
        scan(page, SOAP_BARCODE)
        at = type_slowly(page.scan_field, "2*")
        send_burst(page.scan_field, BAG_BARCODE, start_ms=at + 400)
        port.send(f"{BRUSH_BARCODE}\r\n".encode())
        qtbot.waitUntil(lambda: len(page.model.items) == 3)
    finally:
        serial.stop()
        port.unplug()
    assert [(i.name, i.qty) for i in page.model.items] == [("手工皂", 2), ("帆布袋", 2), ("竹柄牙刷", 1)]
    assert page.totals.total_value.text() == "¥142.70"  # 50.00 + 79.80 + 12.90

    def pay() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PaymentDialog)
        try:
            dialog.activateWindow()  # as the window manager does for a new dialog
            qtbot.waitUntil(dialog.isActiveWindow)
            type_slowly(dialog.amount, "100")
            qtbot.waitUntil(lambda: dialog.amount.text() == "100")
            qtbot.keyClick(dialog, Qt.Key.Key_F2)  # ¥100 by WeChat Pay
            assert dialog.remaining_value.text() == "¥42.70"
            qtbot.keyClick(dialog, Qt.Key.Key_F7)  # the customer hands over ¥50 for the rest
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, pay)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F12)
    sale = page.last_sale
    assert sale is not None
    assert {p.method: p.amount_fen for p in sale.payments} == {"wechat": 10000, "cash": 4270}
    assert sale.change_fen == 730 and "¥7.30" in page.last_label.text()
    assert called(devices, "print_receipt") == [(sale.receipt_no,)]
    assert page.model.items == ()

    def refund_one_soap() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RefundDialog)
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            send_burst(dialog.receipt_edit, sale.receipt_no)  # the receipt's barcode, scanned
            qtbot.waitUntil(lambda: dialog.loaded is not None)
            dialog.spins[0].setValue(1)
            qtbot.keyClick(dialog, Qt.Key.Key_F12)
            qtbot.waitUntil(lambda: dialog.result_receipt_no != "")
        finally:
            if dialog.isVisible():
                dialog.reject()

    page.activateWindow()  # back from the payment dialog
    qtbot.waitUntil(page.isActiveWindow)
    QTimer.singleShot(50, refund_one_soap)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F9)
    with till.read_uow() as uow:
        original = uow.sales.by_receipt(sale.receipt_no)
        assert original is not None
        refunded = uow.sales.refunded_units(original.id)  # type: ignore[arg-type]
    assert refunded == {1: 1}  # one of the two soaps
    refund_no = called(devices, "print_receipt")[-1][0]
    assert refund_no != sale.receipt_no and f"{refund_no}" in page.last_label.text()


def test_the_buttons_work_by_mouse_too(qtbot: QtBot, till: AppContext) -> None:
    """A touch or a click does what the key does (a button's ``clicked(bool)`` is no argument)."""
    from ui.checkout.refund_dialog import RefundDialog

    page = make_page(qtbot, till)
    opened: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        if dialog is not None:
            dialog.reject()

    for button in (page.keys.buttons["refund"], page.keys.buttons["recent"], page.search_button):
        QTimer.singleShot(50, close_it)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [RefundDialog.__name__, "RecentSalesDialog", "ProductSearchDialog"]


def test_f5_after_an_unknown_code_searches_for_it(qtbot: QtBot, till: AppContext) -> None:
    from ui.checkout.cart_dialogs import ProductSearchDialog

    page = make_page(qtbot, till)
    type_and_enter(qtbot, page, "6900000000000")
    asked: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProductSearchDialog)
        asked.append(dialog.edit.text())
        dialog.reject()

    QTimer.singleShot(50, look)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F5)
    assert asked == ["6900000000000"]


def test_a_database_failure_is_said_in_words_and_nothing_is_lost(
    qtbot: QtBot, till: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database locked or gone mid-scan or mid-sale: a message in both languages, the cart
    as it was, no sale recorded, and the counter goes on once the database is back."""
    import sqlite3

    page = make_page(qtbot, till)
    scan(page, SOAP_BARCODE)

    def broken(*_args: object, **_kwargs: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("pos.services.carts.scan", broken)
    scan(page, BAG_BARCODE)
    assert "出错了" in page.banner.text() and "Something went wrong" in page.banner.text()
    assert "database is locked" in page.banner.text()
    assert [i.name for i in page.model.items] == ["手工皂"]

    monkeypatch.setattr("pos.services.carts.checkout", broken)
    dialog = PaymentDialog(page.total_fen(), page.paying.commit_sale, language="zh_CN", parent=page)
    qtbot.addWidget(dialog)
    dialog.take("cash")
    assert dialog.sale is None and "database is locked" in dialog.banner.text()
    monkeypatch.undo()
    dialog.take("cash")  # the database is back: the same cart is paid, once
    assert dialog.sale is not None and [ln.product_name for ln in dialog.sale.lines] == ["手工皂"]


def _table(page: CheckoutPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def _red(page: CheckoutPage, row: int, column: int) -> bool:
    from PySide6.QtGui import QBrush

    brush = page.model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
    return isinstance(brush, QBrush) and brush.color().name() == "#c0392b"


def test_the_table_shows_each_line_as_it_is_after_every_kind_of_change(
    qtbot: QtBot, till: AppContext
) -> None:
    """The table sets only the cells that changed; after adds, a discount, a price, a removal from
    the middle and a language switch it still shows exactly the cart, and a repeat scan touches
    the quantity and amount cells of its line only."""
    from ui.kit.language import set_language

    page = make_page(qtbot, till)
    for code in (SOAP_BARCODE, BAG_BARCODE, BRUSH_BARCODE):
        type_and_enter(qtbot, page, code)
    assert _table(page) == [
        ["1", "手工皂", "H01", "¥25.00", "1", "", "¥25.00"],
        ["2", "帆布袋", "H02", "¥39.90", "1", "", "¥39.90"],
        ["3", "竹柄牙刷", "H02", "¥12.90", "1", "", "¥12.90"],
    ]
    changed: list[tuple[int, int]] = []
    page.model.dataChanged.connect(
        lambda top, bottom, _roles: changed.extend(
            (r, c)
            for r in range(top.row(), bottom.row() + 1)
            for c in range(top.column(), bottom.column() + 1)
        )
    )
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    type_and_enter(qtbot, page, BAG_BARCODE)
    assert sorted(set(changed)) == [(1, 4), (1, 6)] and resets == []
    assert _table(page)[1] == ["2", "帆布袋", "H02", "¥39.90", "2", "", "¥79.80"]

    bag, brush = page.model.items[1].line_no, page.model.items[2].line_no
    assert page.changes.set_line_discount(bag, 500) and page.changes.set_price(brush, 1000)
    assert _table(page)[1][5:] == ["-¥5.00", "¥74.80"] and _red(page, 1, 5) and _red(page, 1, 3)
    assert _table(page)[2][1:4] == ["竹柄牙刷  (原价 ¥12.90)", "H02", "¥10.00"] and _red(page, 2, 3)
    assert not _red(page, 0, 3) and not _red(page, 0, 5)
    assert page.changes.set_line_discount(bag, 0)
    assert _table(page)[1][5] == "" and not _red(page, 1, 5) and not _red(page, 1, 3)

    page.table.selectRow(0)
    page.changes.remove_line()  # the first line: the others move up and are numbered again
    assert _table(page) == [
        ["1", "帆布袋", "H02", "¥39.90", "2", "", "¥79.80"],
        ["2", "竹柄牙刷  (原价 ¥12.90)", "H02", "¥10.00", "1", "", "¥10.00"],
    ]
    assert _red(page, 1, 3) and not _red(page, 0, 3)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        set_language(app, "en")
        assert _table(page)[1][1] == "竹柄牙刷  (was ¥12.90)"
        assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Product"
    finally:
        set_language(app, "zh_CN")
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "商品"
    page.changes.void_with("test")
    assert _table(page) == []
