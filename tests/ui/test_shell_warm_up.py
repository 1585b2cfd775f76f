"""The end of the counter app's start: once the login is on screen (not before: work on the GUI
thread would hold it back), the garbage collector is on again and the counter screen warms up."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_login import settle
from ui.app import shell
from ui.app.main_window import MainWindow
from ui.kit.context import AppContext


@pytest.fixture
def gc_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(shop_name="来!合作社", context=ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _login_on_screen(window: MainWindow) -> bool:
    return window.dialog is not None and window.dialog.isVisible()


def test_what_waits_for_the_login_begins_once_it_is_on_screen(qtbot: QtBot, counter: AppContext) -> None:
    window = _window(qtbot, counter)
    began: list[bool] = []
    shell.when_login_shows(window, lambda: began.append(_login_on_screen(window)))
    qtbot.wait(4 * shell.LOGIN_POLL_MS)
    assert began == []  # no login asked for yet: nothing begins
    window.start_session()
    settle()
    qtbot.waitUntil(lambda: began != [], timeout=2000)
    assert began == [True]
    qtbot.wait(4 * shell.LOGIN_POLL_MS)
    assert began == [True]  # once


def test_without_a_login_on_screen_it_begins_anyway_after_a_while(
    qtbot: QtBot, counter: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, counter)
    began: list[bool] = []
    monkeypatch.setattr(shell, "LOGIN_WAIT_MS", 5 * shell.LOGIN_POLL_MS)
    shell.when_login_shows(window, lambda: began.append(_login_on_screen(window)))
    qtbot.waitUntil(lambda: began != [], timeout=2000)
    assert began == [False]


def test_the_window_ends_the_start_once_the_login_shows(
    qtbot: QtBot, counter: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended: list[bool] = []
    windows: list[MainWindow] = []
    monkeypatch.setattr(
        shell, "started", lambda ctx: ended.append(ctx is counter and _login_on_screen(windows[0]))
    )
    windows.append(shell.open_window(shop_name="来!合作社", context=counter))
    qtbot.addWidget(windows[0])
    settle()
    qtbot.waitUntil(lambda: ended != [], timeout=2000)
    assert ended == [True]


def test_the_end_of_the_start_collects_garbage_again_and_warms_the_counter_up(
    counter: AppContext, monkeypatch: pytest.MonkeyPatch, gc_restored: None
) -> None:
    warmed: list[AppContext] = []
    monkeypatch.setattr(shell, "warm_up", warmed.append)
    gc.disable()
    shell.started(counter)
    assert gc.isenabled() and gc.get_freeze_count() > 0
    assert warmed == [counter]
