"""The audit log screen: what the users did, read-only, filtered by day, action, user and text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from pos.audit import Action, AuditFilter, entry
from pos.clock import utc_now
from pos.errors import RuleError
from pos.services.audit import read_audit
from pos.services.steps.users import add_user, change_user, set_pin
from pos.services.users import LoginRefused, login
from pos.users import Actor
from tests.ui.test_login import log_in, open_window, settle, type_into
from ui.app.main_window import MainWindow
from ui.app.pages import SettingsTabs
from ui.audit.audit_page import PAGE_SIZE, AuditPage, describe_change
from ui.kit.context import AppContext

LONG_AGO = datetime(2025, 1, 10, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def a_day_at_the_counter(ctx: AppContext) -> None:
    """As A01: add C02, rename them, set their PIN; C01 types five wrong PINs and is locked."""
    now = utc_now()
    with ctx.uow() as uow:
        add_user(uow, code="C02", name="小周", role="cashier", pin="4321", now=now)
        change_user(uow, code="C02", name="周小", now=now)
        set_pin(uow, code="C02", pin="1357", now=now)
        uow.commit()
    for _ in range(5):
        with pytest.raises(LoginRefused):
            login(ctx.login_uow(), code="C01", pin="0000", now=now)


def fill_long_ago(ctx: AppContext, count: int) -> None:
    """``count`` price overrides on one day long ago, a minute apart, approved by M01."""
    manager = Actor(user_id=None, code="M01", name="王店长", role="manager")
    cashier = Actor(user_id=None, code="C01", name="李收银", role="cashier")
    with ctx.uow() as uow:
        for n in range(count):
            uow.audit.add(entry(at=LONG_AGO + timedelta(minutes=n), actor=cashier, approver=manager,
                                action=Action.PRICE_OVERRIDE, subject=f"R{n:04d}",
                                before={"price_fen": 4000}, after={"price_fen": 3000}))  # fmt: skip
        uow.commit()


@pytest.fixture
def window(qtbot: QtBot, counter: AppContext) -> MainWindow:
    window = open_window(qtbot, counter)
    log_in(qtbot, window, "A01", "9999")
    return window


def open_audit(window: MainWindow) -> AuditPage:
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsTabs) and settings.audit is not None
    settings.setCurrentWidget(settings.audit)
    settle()
    return settings.audit


def set_days(page: AuditPage, first: datetime, last: datetime) -> None:
    page.from_edit.setDate(QDate(first.year, first.month, first.day))
    page.to_edit.setDate(QDate(last.year, last.month, last.day))
    settle()


def test_the_log_lists_who_did_what_newest_first(window: MainWindow, counter: AppContext) -> None:
    a_day_at_the_counter(counter)
    page = open_audit(window)
    assert page.column_texts("action") == ["登录锁定", "修改 PIN", "修改用户", "新增用户"] + ["新增用户"] * 5
    assert page.column_texts("subject")[:4] == ["C01", "C02", "C02", "C02"]
    assert page.column_texts("actor")[:4] == ["李收银 (C01)", "陈管理 (A01)", "陈管理 (A01)", "陈管理 (A01)"]
    assert page.column_texts("change")[2] == "name: 小周 → 周小"
    assert page.column_texts("change")[3] == "name: 小周; role: cashier"
    assert page.column_texts("note")[0] == "5 wrong PINs"
    assert page.page_label.text() == "第 1–9 条，最新的在前"
    assert not page.prev_button.isEnabled() and not page.next_button.isEnabled()
    assert page.table.editTriggers() == page.table.EditTrigger.NoEditTriggers


def test_the_filters_narrow_the_log(qtbot: QtBot, window: MainWindow, counter: AppContext) -> None:
    a_day_at_the_counter(counter)
    fill_long_ago(counter, 3)
    page = open_audit(window)
    page.action_combo.setCurrentIndex(page.action_combo.findData(Action.PIN_CHANGED))
    settle()
    assert page.column_texts("subject") == ["C02"]
    page.action_combo.setCurrentIndex(0)
    type_into(qtbot, page.user_edit, "C01")
    page.apply_filters()
    settle()
    assert page.column_texts("action") == ["登录锁定"]
    page.user_edit.clear()
    type_into(qtbot, page.text_edit, "C02")
    page.apply_filters()
    settle()
    assert page.column_texts("action") == ["修改 PIN", "修改用户", "新增用户"]
    page.text_edit.clear()
    set_days(page, LONG_AGO, LONG_AGO)
    page.apply_filters()
    settle()
    assert page.column_texts("at") == ["2025-01-10 10:02:00", "2025-01-10 10:01:00", "2025-01-10 10:00:00"]
    assert page.column_texts("approver") == ["王店长 (M01)"] * 3
    assert page.column_texts("action") == ["改价"] * 3
    assert page.column_texts("change")[0] == "price_fen: ¥40.00 → ¥30.00"
    set_days(page, LONG_AGO + timedelta(days=1), LONG_AGO + timedelta(days=2))
    assert page.column_texts("at") == [] and page.page_label.text() == "没有符合条件的记录"


def test_the_log_pages_through_a_hundred_at_a_time(window: MainWindow, counter: AppContext) -> None:
    fill_long_ago(counter, PAGE_SIZE + 20)
    page = open_audit(window)
    set_days(page, LONG_AGO, LONG_AGO)
    assert len(page.column_texts("at")) == PAGE_SIZE
    assert page.column_texts("subject")[0] == "R0119"
    assert page.next_button.isEnabled() and not page.prev_button.isEnabled()
    page.next_button.click()
    settle()
    assert page.column_texts("subject") == [f"R{n:04d}" for n in range(19, -1, -1)]
    assert page.page_label.text() == "第 101–120 条，最新的在前"
    assert page.prev_button.isEnabled() and not page.next_button.isEnabled()
    page.prev_button.click()
    settle()
    assert page.column_texts("subject")[0] == "R0119"


def test_only_managers_and_administrators_read_the_log(
    qtbot: QtBot, window: MainWindow, counter: AppContext
) -> None:
    window.switch_user()
    log_in(qtbot, window, "C01", "1111")
    assert "settings" not in window.visible_pages()
    with pytest.raises(RuleError, match="查看操作记录"):
        read_audit(counter.read_uow(), AuditFilter())
    window.switch_user()
    log_in(qtbot, window, "M01", "8888")
    assert isinstance(open_audit(window), AuditPage)


def test_a_change_reads_key_by_key() -> None:
    assert (
        describe_change('{"active": true, "name": "甲"}', '{"active": false, "name": "甲"}')
        == "active: ✓ → ✗"
    )
    assert describe_change("", '{"name": "乙"}') == "name: 乙"
    assert describe_change("not json", "") == "not json"
