"""The counter screen's warm-up waits for the login to be on screen: run on the GUI thread before
it, it would hold the login back by as long as it takes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_login import settle
from ui.app import shell
from ui.app.main_window import MainWindow
from ui.kit.context import AppContext


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(shop_name="来!合作社", context=ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _record(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> list[bool]:
    """Each warm-up, and whether the login was on screen when it began."""
    began: list[bool] = []

    def warm_up(_ctx: AppContext) -> None:
        began.append(window.dialog is not None and window.dialog.isVisible())

    monkeypatch.setattr(shell, "warm_up", warm_up)
    return began


def test_the_warm_up_begins_once_the_login_is_on_screen(
    qtbot: QtBot, counter: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, counter)
    began = _record(monkeypatch, window)
    shell.warm_up_behind_login(window, counter)
    qtbot.wait(4 * shell.WARM_UP_POLL_MS)
    assert began == []  # no login asked for yet: nothing warms up
    window.start_session()
    settle()
    qtbot.waitUntil(lambda: began != [], timeout=2000)
    assert began == [True]
    qtbot.wait(4 * shell.WARM_UP_POLL_MS)
    assert began == [True]  # once


def test_without_a_login_on_screen_the_warm_up_comes_anyway_after_a_while(
    qtbot: QtBot, counter: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, counter)
    began = _record(monkeypatch, window)
    monkeypatch.setattr(shell, "WARM_UP_WAIT_MS", 5 * shell.WARM_UP_POLL_MS)
    shell.warm_up_behind_login(window, counter)
    qtbot.waitUntil(lambda: began != [], timeout=2000)
    assert began == [False]
