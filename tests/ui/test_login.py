"""Logging in at the counter: the first start, the PIN pad, wrong PINs, the quick switch, the
screens each role sees, and a manager's approval on the spot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from pos.clock import utc_now
from pos.errors import RuleError
from pos.services.steps.users import add_user
from pos.users import Actor
from tests.ui.conftest import SHOP_NAME, StubDocuments, counter_context
from ui.app.main_window import MainWindow
from ui.app.pages import GoodsTabs, PlaceholderPage, SettingsTabs
from ui.app.shell import run_gui
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.session import NotLoggedIn, Session
from ui.login.approval_dialog import ApprovalDialog, request_approval
from ui.login.first_admin_dialog import FirstAdminDialog
from ui.login.login_dialog import LoginDialog


def settle() -> None:
    assert ops.wait_idle(5000), "an operation did not finish"


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    commit = QInputMethodEvent()  # Chinese arrives from an input method, not as key presses
    commit.setCommitString(text)
    QApplication.sendEvent(edit, commit)


def tap(qtbot: QtBot, dialog: LoginDialog | ApprovalDialog, keys: str) -> None:
    """Touch the PIN pad: digits, ``<`` for ←, ``=`` for OK."""
    names = {"<": "back", "=": "ok"}
    for key in keys:
        qtbot.mouseClick(dialog.pad.buttons[names.get(key, key)], Qt.MouseButton.LeftButton)


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(shop_name=SHOP_NAME, context=ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_session()
    settle()
    return window


def login_dialog(window: MainWindow) -> LoginDialog:
    assert isinstance(window.dialog, LoginDialog), window.dialog
    return window.dialog


def log_in(qtbot: QtBot, window: MainWindow, code: str, pin: str) -> LoginDialog:
    """Type the login on the keyboard and the PIN on the pad, then OK."""
    dialog = login_dialog(window)
    activate(qtbot, dialog)
    type_into(qtbot, dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # on to the PIN
    tap(qtbot, dialog, pin + "=")
    settle()
    return dialog


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def window(qtbot: QtBot, counter: AppContext) -> MainWindow:
    return open_window(qtbot, counter)


# -- the first start --------------------------------------------------------------------------------


def test_a_new_shop_asks_for_its_administrator_and_logs_them_in(
    qtbot: QtBot, engine: Engine, documents: StubDocuments
) -> None:
    session = Session()
    ctx = counter_context(engine, documents, session)
    window = open_window(qtbot, ctx)
    dialog = window.dialog
    assert isinstance(dialog, FirstAdminDialog)
    assert window.screens.currentWidget() is window.locked_panel
    with pytest.raises(NotLoggedIn, match="请先登录"):
        ctx.uow()  # nobody is logged in: no stand-in administrator

    type_into(qtbot, dialog.code_edit, "A01")
    type_into(qtbot, dialog.name_edit, "陈管理")
    type_into(qtbot, dialog.pin_edit, "12")
    assert dialog.messages.fields["pin"].text() == "PIN 须为 4 到 8 位数字"  # said as it is typed
    type_into(qtbot, dialog.pin_edit, "2580")
    type_into(qtbot, dialog.again_edit, "2581")
    assert dialog.pin_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.save()
    assert dialog.messages.fields["again"].text() == "两次输入的 PIN 不一致"
    type_into(qtbot, dialog.again_edit, "2580")
    dialog.save()
    settle()

    assert session.actor is not None and (session.actor.code, session.actor.role) == ("A01", "admin")
    assert window.dialog is None
    assert window.user_label.text() == "陈管理 (A01) · 管理员"
    assert window.visible_pages() == ["checkout", "goods", "hosts", "stock", "settlement", "settings"]
    with ctx.uow() as uow:
        assert uow.actor.code == "A01"
        assert [u.code for u in uow.users.list()] == ["A01"]


def test_leaving_the_first_start_quits_and_there_is_no_default_pin(
    qtbot: QtBot, engine: Engine, documents: StubDocuments
) -> None:
    ctx = counter_context(engine, documents, Session())
    window = open_window(qtbot, ctx)
    dialog = window.dialog
    assert isinstance(dialog, FirstAdminDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a stray Esc does nothing
    assert dialog.isVisible()
    dialog.cancel_button.click()
    assert not window.isVisible()
    assert ctx.session is not None and ctx.session.actor is None


# -- logging in -------------------------------------------------------------------------------------


def test_the_counter_opens_locked_with_the_login_dialog(window: MainWindow, counter: AppContext) -> None:
    dialog = login_dialog(window)
    assert not dialog.can_cancel
    assert window.screens.currentWidget() is window.locked_panel
    assert window.visible_pages() == []
    assert all(isinstance(window.page(key), PlaceholderPage) for key in ("goods", "hosts", "settings"))
    assert window.user_label.text() == "未登录"
    assert dialog.pin_edit.echoMode() == QLineEdit.EchoMode.Password
    assert [dialog.pad.buttons[k].text() for k in ("1", "0", "back", "ok")] == ["1", "0", "←", "确定"]
    assert dialog.pad.buttons["5"].height() >= 48  # a finger's target


def test_a_wrong_pin_is_said_in_place_and_cleared(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    dialog = log_in(qtbot, window, "C01", "1234")
    assert dialog.isVisible()
    assert dialog.message.text() == "账号或 PIN 不对"
    assert dialog.message.isVisible()
    assert dialog.pin_edit.text() == ""
    assert counter.actor is None
    tap(qtbot, dialog, "12<")
    assert dialog.pin_edit.text() == "1" and dialog.message.text() == ""


def test_the_keyboard_alone_logs_in(qtbot: QtBot, window: MainWindow, counter: AppContext) -> None:
    dialog = login_dialog(window)
    type_into(qtbot, dialog.code_edit, "C01")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    settle()
    assert counter.actor is not None and counter.actor.code == "C01"


def test_a_short_pin_is_refused_before_it_is_checked(qtbot: QtBot, window: MainWindow) -> None:
    dialog = log_in(qtbot, window, "C01", "11")
    assert dialog.message.text() == "PIN 须为 4 到 8 位数字"


def test_five_wrong_pins_lock_the_user_for_five_minutes(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    for _ in range(4):
        dialog = log_in(qtbot, window, "C01", "0000")
        assert dialog.message.text() == "账号或 PIN 不对"
    dialog = log_in(qtbot, window, "C01", "0000")
    assert dialog.message.text() == "PIN 连续输错 5 次，李收银 已锁定 5 分钟"
    dialog = log_in(qtbot, window, "C01", "1111")  # the right PIN, while locked
    assert dialog.message.text() == "李收银 输错太多次，已锁定，请 5 分钟后再试"
    assert counter.actor is None


# -- who is at the counter --------------------------------------------------------------------------


def test_switching_user_changes_who_is_shown_and_who_acts(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    log_in(qtbot, window, "C01", "1111")
    assert window.user_label.text() == "李收银 (C01) · 收银员"
    assert window.visible_pages() == ["checkout"]
    with counter.uow() as uow:
        assert uow.actor.code == "C01"

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    switch = login_dialog(window)
    assert switch.can_cancel
    switch.leave_button.click()  # Cancel: the cashier stays
    assert window.dialog is None and counter.actor is not None and counter.actor.code == "C01"

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    log_in(qtbot, window, "M01", "8888")
    assert window.user_label.text() == "王店长 (M01) · 店长"
    assert window.visible_pages() == ["checkout", "goods", "hosts", "stock", "settlement", "settings"]
    with counter.read_uow() as uow:
        assert uow.actor.code == "M01"
    assert window.isVisible()


def test_logging_out_locks_the_counter_until_someone_logs_in(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    log_in(qtbot, window, "M01", "8888")
    window.show_page("goods")
    window.logout_button.click()
    assert counter.actor is None
    assert window.screens.currentWidget() is window.locked_panel
    with pytest.raises(NotLoggedIn):
        counter.read_uow()
    dialog = login_dialog(window)
    assert not dialog.can_cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Esc never leaves a locked counter
    log_in(qtbot, window, "S01", "2222")
    assert window.visible_pages() == ["goods", "hosts", "stock"]
    assert window.current_page_key() == "goods"


def test_a_cashier_sees_no_users_page_and_the_service_refuses_anyway(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    log_in(qtbot, window, "C01", "1111")
    window.show_page("settings")
    assert window.current_page_key() == "checkout"
    assert isinstance(window.page("settings"), PlaceholderPage)  # built without the users list
    assert not window.shortcuts["settings"].isEnabled()
    with counter.uow() as uow, pytest.raises(RuleError, match="没有“管理用户”的权限"):
        add_user(uow, code="C09", name="自己加的", role="admin", pin="1234", now=utc_now())


def test_a_manager_sees_the_audit_log_but_not_the_users(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    log_in(qtbot, window, "M01", "8888")
    settings = window.page("settings")
    assert isinstance(settings, SettingsTabs)
    assert settings.users is None and settings.audit is not None
    assert [settings.tabText(i) for i in range(settings.count())] == ["操作记录(&A)", "设备(&D)"]


def test_a_host_login_sees_only_its_own_goods(qtbot: QtBot, window: MainWindow, counter: AppContext) -> None:
    log_in(qtbot, window, "H01", "3333")
    assert window.user_label.text() == "周敏 (H01) · 主理人"
    assert window.visible_pages() == ["goods", "settlement"]
    goods = window.page("goods")
    assert isinstance(goods, GoodsTabs)
    settle()
    settle()
    page = goods.goods
    names = sorted(page.model.listing(row).name for row in range(page.model.rowCount()))
    assert names == ["手工皂", "蜂蜡保鲜布"]  # H02's goods are not there
    assert page.model.total() == 2
    assert [h.code for h in page.lookups.hosts] == ["H01"]
    assert page.new_button.isHidden() and page.remove_button.isHidden() and page.import_button.isHidden()
    assert not goods.isTabVisible(1)  # the tags are the staff's to keep


def test_the_screens_of_the_user_before_are_gone_after_a_switch(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    log_in(qtbot, window, "M01", "8888")
    window.show_page("goods")
    settle()
    before = window.page("goods")
    window.switch_user()
    log_in(qtbot, window, "H01", "3333")
    settle()
    after = window.page("goods")
    assert after is not before
    assert isinstance(after, GoodsTabs) and after.goods.model.total() == 2


def test_the_app_refuses_to_run_a_shop_without_a_login(app: QApplication, counter: AppContext) -> None:
    no_login = AppContext(config=counter.config, uow_factory=counter.uow_factory, documents=counter.documents)
    with pytest.raises(ValueError, match="session"):
        run_gui(shop_name=SHOP_NAME, language="zh_CN", context=no_login)


# -- a manager's approval on the spot ---------------------------------------------------------------


def test_a_managers_pin_approves_and_gives_their_actor(qtbot: QtBot, counter: AppContext) -> None:
    dialog = ApprovalDialog(counter, "折扣 30%，超过收银员的上限 10%")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert dialog.reason.text() == "折扣 30%，超过收银员的上限 10%"
    type_into(qtbot, dialog.code_edit, "M01")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.approved, timeout=5000) as approved:
        tap(qtbot, dialog, "8888=")
    actor = approved.args[0]
    assert isinstance(actor, Actor) and (actor.code, actor.role) == ("M01", "manager")
    assert dialog.approver == actor


def test_a_cashiers_pin_does_not_approve(qtbot: QtBot, counter: AppContext) -> None:
    dialog = ApprovalDialog(counter, "改价")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    type_into(qtbot, dialog.code_edit, "C01")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    tap(qtbot, dialog, "1111=")
    settle()
    assert dialog.isVisible() and dialog.approver is None
    assert dialog.message.text() == "收银员 李收银 没有“批准折扣或改价”的权限"
    assert dialog.pin_edit.text() == ""


def test_request_approval_waits_for_the_answer(qtbot: QtBot, counter: AppContext) -> None:
    def answer(code: str, pin: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApprovalDialog)
        dialog.code_edit.setText(code)
        dialog.pin_edit.setText(pin)
        dialog.submit()

    QTimer.singleShot(50, lambda: answer("A01", "9999"))
    approver = request_approval(None, counter, "折扣超过上限")
    assert approver is not None and approver.code == "A01"

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApprovalDialog)
        dialog.cancel_button.click()

    QTimer.singleShot(50, cancel)
    assert request_approval(None, counter, "折扣超过上限") is None
