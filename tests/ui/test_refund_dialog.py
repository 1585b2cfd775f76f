"""退货 at the counter on a real SQLite shop: part of an earlier sale comes back, capped at what is
left, paid back by the chosen method, its own receipt number printed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from pos.sale import RefundRequest, Sale, Tender
from pos.services import shifts as shift_service
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.users import login
from pos.shifts import DenominationCount
from tests.ui.conftest import BAG_BARCODE, SOAP_BARCODE
from tests.ui.scanner_keys import send_burst, type_slowly
from tests.ui.test_login import settle
from ui.checkout.refund_dialog import RefundDialog
from ui.kit.context import AppContext


@dataclass
class RecordingDevices:
    """The counter's devices as the screens see them, remembering every call."""

    calls: list[tuple[str, object]] = field(default_factory=list)

    def print_receipt(self, receipt_no: str) -> None:
        self.calls.append(("print_receipt", receipt_no))

    def reprint(self, receipt_no: str) -> None:
        self.calls.append(("reprint", receipt_no))

    def open_drawer(self) -> None:
        self.calls.append(("open_drawer", None))

    def show_item(self, name: str, amount_fen: int, total_fen: int) -> None:
        self.calls.append(("show_item", (name, amount_fen, total_fen)))

    def show_total(
        self, total_fen: int, *, paid_fen: int | None = None, change_fen: int | None = None
    ) -> None:
        self.calls.append(("show_total", (total_fen, paid_fen, change_fen)))

    def clear_display(self) -> None:
        self.calls.append(("clear_display", None))


def logged_in(counter: AppContext, code: str, pin: str, devices: RecordingDevices | None) -> AppContext:
    assert counter.session is not None
    counter.session.log_in(login(counter.login_uow(), code=code, pin=pin, now=datetime.now(UTC)))
    return dataclasses.replace(counter, devices=devices)


FLOAT = DenominationCount.of({10000: 2})  # ¥200


def open_shift(ctx: AppContext, counter_id: str | None = None) -> AppContext:
    """The counter's (or ``counter_id``'s) shift opened with a ¥200 float by the user logged in:
    sales and refunds at a counter happen inside one."""
    shift_service.open_shift(
        ctx.uow(), counter_id=counter_id or ctx.config.counter_id, float_count=FLOAT, at=datetime.now(UTC)
    )
    return ctx


@pytest.fixture
def devices() -> RecordingDevices:
    return RecordingDevices()


@pytest.fixture
def cashier(counter: AppContext, devices: RecordingDevices) -> AppContext:
    """李收银 (C01) at counter C1, with a printer that records what it was asked."""
    return open_shift(logged_in(counter, "C01", "1111", devices))


def sell(ctx: AppContext, items: list[ItemRequest], tenders: list[Tender]) -> Sale:
    return complete_sale(
        ctx.uow(), items=items, tenders=tenders, at=datetime.now(UTC), timezone=ctx.config.timezone,
        counter_id=ctx.config.counter_id, cashier="C01",
    )  # fmt: skip


def on_hand(ctx: AppContext, barcode: str) -> int:
    with ctx.read_uow() as uow:
        product = uow.products.by_barcode(barcode)
        assert product is not None and product.id is not None
        return uow.stock.on_hand(product.id)


def open_dialog(qtbot: QtBot, ctx: AppContext, receipt_no: str = "") -> RefundDialog:
    dialog = RefundDialog(ctx, receipt_no=receipt_no)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    return dialog


def test_two_of_three_soaps_back_damaged_by_wechat(
    qtbot: QtBot, cashier: AppContext, devices: RecordingDevices
) -> None:
    sale = sell(
        cashier, [ItemRequest(SOAP_BARCODE, 3), ItemRequest(BAG_BARCODE, 1)], [Tender("wechat", 11490)]
    )
    soap_stock, bag_stock = on_hand(cashier, SOAP_BARCODE), on_hand(cashier, BAG_BARCODE)
    dialog = open_dialog(qtbot, cashier)
    dialog.receipt_edit.setFocus()
    qtbot.keyClicks(dialog.receipt_edit, sale.receipt_no.lower())  # as a scanner types it
    qtbot.keyClick(dialog.receipt_edit, Qt.Key.Key_Return)
    settle()
    assert dialog.loaded is not None and dialog.loaded.receipt_no == sale.receipt_no
    assert [s.maximum() for s in dialog.spins] == [3, 1]
    assert dialog.method_buttons["wechat"].isChecked()  # paid by WeChat, back by WeChat
    assert not dialog.confirm_button.isEnabled()  # nothing chosen yet

    dialog.spins[0].setValue(2)
    dialog.damaged[0].setChecked(True)
    assert dialog.total_label.text() == "¥50.00"
    assert dialog.table.item(0, 6).text() == "¥50.00"
    assert "微信" in dialog.hand_back.text()
    qtbot.keyClick(dialog, Qt.Key.Key_F12)
    settle()

    day = sale.receipt_no.split("-")[1]
    assert dialog.result_receipt_no == f"C1-{day}-0002" != sale.receipt_no
    assert dialog.result_label.text() == f"退货单号 {dialog.result_receipt_no}"
    assert devices.calls == [("print_receipt", dialog.result_receipt_no)]
    with cashier.read_uow() as uow:
        refund = uow.sales.by_receipt(dialog.result_receipt_no)
    assert refund is not None and refund.kind == "refund" and refund.refund_of_receipt == sale.receipt_no
    assert [(ln.product_name, ln.qty, ln.net_fen, ln.damaged) for ln in refund.lines] == [
        ("手工皂", -2, -5000, True)
    ]
    assert [(p.method, p.amount_fen) for p in refund.payments] == [("wechat", -5000)]
    assert refund.cashier == "C01"
    assert on_hand(cashier, SOAP_BARCODE) == soap_stock  # damaged: not back on the shelf
    assert on_hand(cashier, BAG_BARCODE) == bag_stock


def test_a_second_refund_sees_what_is_left_and_cash_goes_back_large(
    qtbot: QtBot, cashier: AppContext, devices: RecordingDevices
) -> None:
    sale = sell(cashier, [ItemRequest(SOAP_BARCODE, 3)], [Tender("cash", 10000)])
    first = open_dialog(qtbot, cashier, sale.receipt_no)
    first.spins[0].setValue(2)
    first.confirm()
    settle()
    stock = on_hand(cashier, SOAP_BARCODE)

    second = open_dialog(qtbot, cashier, sale.receipt_no)
    assert second.loaded is not None
    assert [(ln.qty, ln.refunded, ln.left) for ln in second.loaded.lines] == [(3, 2, 1)]
    assert first.result_receipt_no in second.sale_info.text()
    second.spins[0].setValue(3)
    assert second.spins[0].value() == 1  # capped at what is left
    assert second.method_buttons["cash"].isChecked()
    assert second.hand_back.text() == "退还现金 ¥25.00"
    qtbot.keyClick(second, Qt.Key.Key_F6)  # all that is left
    second.confirm()
    settle()
    assert second.result_receipt_no not in ("", first.result_receipt_no)
    assert on_hand(cashier, SOAP_BARCODE) == stock + 1  # not damaged: back in stock
    assert [c for c in devices.calls if c[0] == "print_receipt"] == [
        ("print_receipt", first.result_receipt_no),
        ("print_receipt", second.result_receipt_no),
    ]

    third = open_dialog(qtbot, cashier, sale.receipt_no)
    assert "已经全部退过" in third.banner.text()
    assert not third.spins[0].isEnabled() and not third.confirm_button.isEnabled()


def test_refunded_meanwhile_at_another_counter_is_refused_and_nothing_is_lost(
    qtbot: QtBot, cashier: AppContext, devices: RecordingDevices
) -> None:
    sale = sell(cashier, [ItemRequest(SOAP_BARCODE, 2)], [Tender("alipay", 5000)])
    dialog = open_dialog(qtbot, cashier, sale.receipt_no)
    dialog.spins[0].setValue(2)
    dialog.set_method("card")
    open_shift(cashier, "C2")
    refund_sale(
        cashier.uow(), original_receipt=sale.receipt_no, requests=[RefundRequest(1, 1)],
        payouts=[Tender("alipay", 2500)], at=datetime.now(UTC), timezone="Asia/Shanghai", counter_id="C2",
    )  # fmt: skip
    dialog.confirm()
    settle()
    assert "只能再退 1 件" in dialog.banner.text()
    assert dialog.result_receipt_no == "" and devices.calls == []
    assert dialog.spins[0].value() == 2 and dialog.method == "card"  # as the cashier left them
    assert dialog.confirm_button.isEnabled()


def test_an_unknown_number_or_a_refund_is_said_in_words(qtbot: QtBot, cashier: AppContext) -> None:
    dialog = open_dialog(qtbot, cashier, "C1-20200101-0099")
    assert "没有单号为 C1-20200101-0099 的销售" in dialog.banner.text()
    assert dialog.loaded is None and dialog.table.rowCount() == 0
    sale = sell(cashier, [ItemRequest(SOAP_BARCODE, 1)], [Tender("cash", 2500)])
    refund = refund_sale(
        cashier.uow(), original_receipt=sale.receipt_no, requests=[RefundRequest(1, 1)],
        payouts=[Tender("cash", 2500)], at=datetime.now(UTC), timezone="Asia/Shanghai", counter_id="C1",
    )  # fmt: skip
    dialog.receipt_edit.setText(refund.receipt_no)
    dialog.load()
    settle()
    assert "是退货单" in dialog.banner.text() and sale.receipt_no in dialog.banner.text()
    dialog.confirm()
    assert "原收银单号" in dialog.banner.text()


def test_a_login_without_the_refund_right_is_told_so(
    qtbot: QtBot, counter: AppContext, devices: RecordingDevices
) -> None:
    staff = logged_in(counter, "S01", "2222", devices)
    dialog = open_dialog(qtbot, staff, "C1-20261123-0001")
    assert "没有“退货”的权限" in dialog.banner.text()


class FakeScanner(QObject):
    """A serial scanner as the screens see it: a ``scanned(code)`` signal."""

    scanned = Signal(str)


def test_a_receipt_read_by_the_serial_scanner_is_loaded(qtbot: QtBot, cashier: AppContext) -> None:
    sale = sell(cashier, [ItemRequest(SOAP_BARCODE, 2)], [Tender("card", 5000)])
    scanner = FakeScanner()
    ctx = dataclasses.replace(cashier, serial_scanner=scanner)  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, ctx)
    scanner.scanned.emit(sale.receipt_no)
    settle()
    assert dialog.loaded is not None and dialog.loaded.receipt_no == sale.receipt_no
    assert dialog.method_buttons["card"].isChecked() and dialog.spins[0].hasFocus()


def test_no_refund_before_the_shift_is_open(
    qtbot: QtBot, counter: AppContext, devices: RecordingDevices
) -> None:
    # sold in the last shift, which was closed (交班); the next one is not open yet
    ctx = open_shift(logged_in(counter, "C01", "1111", devices))
    sale = sell(ctx, [ItemRequest(SOAP_BARCODE, 1)], [Tender("cash", 2500)])
    shift_service.close_shift(ctx.uow(), counter_id="C1", counted=FLOAT, at=datetime.now(UTC))
    dialog = open_dialog(qtbot, ctx, sale.receipt_no)
    dialog.refund_all()
    dialog.confirm()
    settle()
    assert dialog.banner.text() == "收银台 C1 还没有开班：请先开班再退货。"
    assert dialog.result_receipt_no == "" and devices.calls == [] and dialog.spins[0].value() == 1
    open_shift(ctx)
    dialog.confirm()
    settle()
    assert dialog.result_receipt_no != ""


def test_a_receipt_scanned_while_a_quantity_has_the_focus_loads_it(qtbot: QtBot, cashier: AppContext) -> None:
    first = sell(cashier, [ItemRequest(SOAP_BARCODE, 2)], [Tender("cash", 5000)])
    second = sell(cashier, [ItemRequest(BAG_BARCODE, 1)], [Tender("wechat", 3990)])
    dialog = open_dialog(qtbot, cashier, first.receipt_no)
    assert dialog.spins[0].hasFocus()
    send_burst(dialog.spins[0], second.receipt_no)  # the scanner's keys never reach the spin box
    settle()
    assert dialog.loaded is not None and dialog.loaded.receipt_no == second.receipt_no
    assert dialog.method_buttons["wechat"].isChecked() and [s.value() for s in dialog.spins] == [0]
    type_slowly(dialog.spins[0], "1")  # a person typing a quantity
    qtbot.waitUntil(lambda: dialog.spins[0].value() == 1)
    assert dialog.total_label.text() == "¥39.90"
