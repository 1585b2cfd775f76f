"""The administrator keeps the users: add a cashier and log in as them, change a user, set PINs."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from pos.clock import utc_now
from pos.errors import CoopError
from pos.services.steps.users import set_pin
from pos.services.users import LoginRefused, login
from tests.ui.test_login import activate, log_in, open_window, settle, type_into
from ui.app.main_window import MainWindow
from ui.app.pages import SettingsTabs
from ui.kit.context import AppContext
from ui.login.pin_dialog import PinDialog
from ui.users.user_dialog import UserDialog
from ui.users.users_page import UsersPage


@pytest.fixture
def window(qtbot: QtBot, counter: AppContext) -> MainWindow:
    window = open_window(qtbot, counter)
    log_in(qtbot, window, "A01", "9999")
    return window


@pytest.fixture
def users(window: MainWindow) -> UsersPage:
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsTabs) and settings.users is not None
    settings.setCurrentWidget(settings.users)
    settle()
    return settings.users


def user_dialog(users: UsersPage) -> UserDialog:
    assert isinstance(users.dialog, UserDialog), users.dialog
    return users.dialog


def can_log_in(ctx: AppContext, code: str, pin: str) -> bool:
    try:
        login(ctx.login_uow(), code=code, pin=pin, now=utc_now())
    except LoginRefused:
        return False
    return True


def test_the_list_shows_every_login_with_its_role_in_chinese(users: UsersPage) -> None:
    assert users.codes() == ["A01", "C01", "H01", "M01", "S01"]
    assert users.row_texts("H01") == ["H01", "周敏", "主理人", "H01 布言布语手作工作室", "在用", ""]
    assert users.row_texts("M01")[2] == "店长"
    assert users.count_label.text() == "5 位用户"


def test_add_a_cashier_then_log_in_as_them(
    qtbot: QtBot, window: MainWindow, users: UsersPage, counter: AppContext
) -> None:
    users.new_button.click()
    dialog = user_dialog(users)
    assert dialog.role_combo.currentText() == "收银员" and not dialog.host_combo.isEnabled()
    type_into(qtbot, dialog.code_edit, "C02")
    type_into(qtbot, dialog.name_edit, "小周")
    type_into(qtbot, dialog.pin_edit, "4321")
    type_into(qtbot, dialog.again_edit, "4320")
    dialog.save()
    assert dialog.messages.fields["again"].text() == "两次输入的 PIN 不一致"
    type_into(qtbot, dialog.again_edit, "4321")
    dialog.save()
    settle()
    settle()
    assert users.dialog is None
    assert users.row_texts("C02") == ["C02", "小周", "收银员", "", "在用", ""]

    window.switch_user()
    log_in(qtbot, window, "C02", "4321")
    assert window.user_label.text() == "小周 (C02) · 收银员"
    assert window.visible_pages() == ["checkout"]


def test_a_login_taken_and_a_host_without_its_host_are_said_in_place(qtbot: QtBot, users: UsersPage) -> None:
    users.new_button.click()
    dialog = user_dialog(users)
    type_into(qtbot, dialog.code_edit, "C01")
    type_into(qtbot, dialog.name_edit, "重名")
    type_into(qtbot, dialog.pin_edit, "5555")
    type_into(qtbot, dialog.again_edit, "5555")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("host"))
    assert dialog.host_combo.isEnabled()
    dialog.save()
    assert dialog.messages.fields["host"].text() == "请选择这个账号所属的主理人"
    dialog.host_combo.setCurrentIndex(dialog.host_combo.findData("H02"))
    dialog.save()
    settle()
    assert dialog.messages.fields["code"].text() == "账号 C01 已经存在"
    assert users.dialog is dialog


def test_the_last_administrator_stays_active(qtbot: QtBot, users: UsersPage) -> None:
    users.select_code("A01")
    users.open_button.click()
    dialog = user_dialog(users)
    assert dialog.code_edit.isReadOnly()
    dialog.active_check.setChecked(False)
    dialog.save()
    settle()
    assert dialog.banner.text() == "至少要保留一位在用的管理员"
    assert users.dialog is dialog  # still open: nothing was changed


def test_a_role_change_is_listed(qtbot: QtBot, users: UsersPage) -> None:
    users.select_code("S01")
    users.open_button.click()
    dialog = user_dialog(users)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("manager"))
    dialog.active_check.setChecked(False)
    dialog.save()
    settle()
    settle()
    assert users.row_texts("S01")[2:5] == ["店长", "", "停用"]


def test_setting_a_pin_unlocks_a_locked_user(qtbot: QtBot, users: UsersPage, counter: AppContext) -> None:
    for _ in range(5):
        assert not can_log_in(counter, "C01", "0000")
    users.reload()
    settle()
    assert users.row_texts("C01")[5] != ""  # locked until …
    users.select_code("C01")
    users.pin_button.click()
    dialog = users.dialog
    assert isinstance(dialog, PinDialog) and not dialog.own
    type_into(qtbot, dialog.pin_edit, "2468")
    type_into(qtbot, dialog.again_edit, "2468")
    dialog.save()
    settle()
    settle()
    assert users.banner.text() == "C01 的 PIN 已设置。"
    assert users.row_texts("C01")[5] == ""
    assert can_log_in(counter, "C01", "2468")


def test_anyone_changes_their_own_pin_with_the_one_they_have(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    window.switch_user()
    log_in(qtbot, window, "C01", "1111")
    window.my_pin_button.click()
    dialog = window.dialog
    assert isinstance(dialog, PinDialog) and dialog.own
    activate(qtbot, dialog)
    type_into(qtbot, dialog.current_edit, "1112")
    type_into(qtbot, dialog.pin_edit, "7777")
    type_into(qtbot, dialog.again_edit, "7777")
    dialog.save()
    settle()
    assert dialog.messages.fields["current"].text() == "账号或 PIN 不对"
    type_into(qtbot, dialog.current_edit, "1111")
    dialog.save()
    settle()
    assert window.dialog is None
    assert window.statusBar().currentMessage() == "你的 PIN 已修改。"
    assert can_log_in(counter, "C01", "7777") and not can_log_in(counter, "C01", "1111")


def test_a_cashier_cannot_set_someone_elses_pin(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    window.switch_user()
    log_in(qtbot, window, "C01", "1111")
    assert "settings" not in window.visible_pages()
    with counter.uow() as uow, pytest.raises(CoopError, match="管理用户"):
        set_pin(uow, code="M01", pin="0000", now=utc_now())
