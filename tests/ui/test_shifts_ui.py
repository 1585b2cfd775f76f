"""班次 at the checkout: open with a counted float, paid out, X report, blind close and the Z report."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.clock import utc_now
from pos.services import shifts as shift_service
from pos.services.users import login
from tests.ui.test_login import log_in, open_window, settle
from ui.app.pages import PlaceholderPage
from ui.checkout.checkout_page import CheckoutPage
from ui.kit.context import AppContext
from ui.shifts.shift_dialogs import CashMovementDialog, CloseShiftDialog, OpenShiftDialog, ShiftPanel
from ui.wiring.documents import shift_report_pdf, shift_report_text


@pytest.fixture
def cashier(counter: AppContext) -> AppContext:
    """The counter with 李收银 (C01) logged in, drawing reports as the app does."""
    assert counter.session is not None
    counter.session.log_in(login(counter.login_uow(), code="C01", pin="1111", now=utc_now()))
    return dataclasses.replace(
        counter, shift_report_text=shift_report_text, shift_report_pdf=shift_report_pdf
    )


def open_with_float(qtbot: QtBot, ctx: AppContext) -> OpenShiftDialog:
    dialog = OpenShiftDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.entry.set_pieces({10000: 2, 1000: 5})
    dialog.confirm()
    settle()
    return dialog


def test_the_count_totals_as_typed_and_enter_moves_down_a_row(qtbot: QtBot, cashier: AppContext) -> None:
    dialog = OpenShiftDialog(cashier)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.entry.edits[10000]
    first.setFocus()
    qtbot.keyClicks(first, "2")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert dialog.entry.edits[5000].hasFocus()
    assert dialog.isVisible()  # Enter moved on, it did not open the shift
    qtbot.keyClicks(dialog.entry.edits[5000], "x")
    assert dialog.entry.total_label.text() == "¥200.00"
    assert not dialog.entry.messages[5000].isHidden()
    assert "¥50" in dialog.entry.messages[5000].text()
    dialog.confirm()
    assert "¥50" in dialog.banner.text()
    assert shift_service.current_shift(cashier.read_uow(), counter_id="C1") is None


def test_open_pay_out_x_report_and_close_blind(qtbot: QtBot, cashier: AppContext, tmp_path: Path) -> None:
    opened = open_with_float(qtbot, cashier)
    assert opened.shift is not None and opened.shift.float_fen == 25000
    assert opened.result() == OpenShiftDialog.DialogCode.Accepted

    out = CashMovementDialog(cashier, "paid_out")
    qtbot.addWidget(out)
    out.amount.setText("20")
    out.confirm()  # no reason: refused in place
    settle()
    assert out.movement is None and "原因" in out.banner.text()
    out.reason.setText("买牛奶")
    out.confirm()
    settle()
    assert out.movement is not None and out.movement.amount_fen == 2000

    panel = ShiftPanel(cashier)
    qtbot.addWidget(panel)
    settle()
    assert panel.state_label.text().startswith("当前班次：C1，李收银 于 ")
    assert panel.state_label.text().endswith(" 开班")
    assert not panel.open_button.isEnabled() and panel.close_button.isEnabled()
    panel.x_button.click()
    settle()
    view = panel.dialog.view  # type: ignore[union-attr]
    text = view.text.toPlainText()
    assert view.text.isReadOnly()
    assert "X" in view.title_label.text()
    assert "¥250.00" in text  # the float
    assert "¥230.00" in text  # expected cash: 250 − 20
    assert view.over_short_label.isHidden()
    assert shift_service.current_shift(cashier.read_uow(), counter_id="C1") is not None  # nothing changed
    panel.dialog.accept()  # type: ignore[union-attr]
    settle()

    close = CloseShiftDialog(cashier)
    qtbot.addWidget(close)
    page_text = " ".join(w.text() for w in close.stack.widget(0).findChildren(type(close.entry.total_label)))
    assert "230" not in page_text  # blind: nothing of what is expected before the count
    close.entry.set_pieces({10000: 2, 1000: 2, 500: 1})  # ¥225: ¥5 short
    close.confirm()
    settle()
    assert close.shift is not None and not close.shift.is_open
    assert close.stack.currentIndex() == 1
    assert "C1-Z0001" in close.view.title_label.text()
    assert "C1-Z0001" in close.view.text.toPlainText()
    assert "少 ¥5.00" in close.view.over_short_label.text()
    assert "少 ¥5.00" in close.view.text.toPlainText()
    assert shift_service.current_shift(cashier.read_uow(), counter_id="C1") is None

    pdf = tmp_path / "z.pdf"
    close.view.save_pdf(pdf)
    settle()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert close.view.written == pdf

    panel.refresh()
    settle()
    assert panel.state_label.text() == "未开班"
    assert panel.open_button.isEnabled() and not panel.close_button.isEnabled()


def test_a_second_open_is_refused_in_place(qtbot: QtBot, cashier: AppContext) -> None:
    open_with_float(qtbot, cashier)
    again = open_with_float(qtbot, cashier)
    assert again.shift is None and again.result() != OpenShiftDialog.DialogCode.Accepted
    assert "已经由 李收银 开班" in again.banner.text()


def test_closing_without_an_open_shift_is_refused_in_words(qtbot: QtBot, cashier: AppContext) -> None:
    close = CloseShiftDialog(cashier)
    qtbot.addWidget(close)
    close.confirm()
    settle()
    assert close.shift is None and close.stack.currentIndex() == 0
    assert "还没有开班" in close.banner.text()


@pytest.mark.parametrize(("code", "pin", "sees"), [("C01", "1111", True), ("S01", "2222", False)])
def test_a_cashier_sees_the_shift_area_and_staff_do_not(
    qtbot: QtBot, counter: AppContext, code: str, pin: str, sees: bool
) -> None:
    window = open_window(qtbot, counter)
    log_in(qtbot, window, code, pin)
    settle()
    checkout = window.pages.widget(0)
    if sees:
        assert isinstance(checkout, CheckoutPage) and isinstance(checkout.shift_panel, ShiftPanel)
        assert checkout.shift_panel.state_label.text() == "未开班"
    else:  # staff do not sell: the counter stays a placeholder for them
        assert isinstance(checkout, PlaceholderPage)
