"""What an operation changed reaches the screens of the main window that listen, tabs included."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ui.app import main_window as main_window_module
from ui.app.main_window import MainWindow
from ui.app.pages import build_page
from ui.kit import ops
from ui.kit.changes import Area, Changed, announce, notifier
from ui.kit.context import AppContext


class Listening(QWidget):
    """A screen that notes each change it is told of."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"page_{key}")
        self.heard: list[Changed] = []

    def changes_made(self, changed: Changed) -> None:
        self.heard.append(changed)


class Broken(QWidget):
    def changes_made(self, changed: Changed) -> None:
        raise KeyError("a bug in one screen")


@pytest.fixture
def screens(monkeypatch: pytest.MonkeyPatch) -> dict[str, QWidget]:
    """The stock screen listens; the goods screen is tabs of which the second listens; the hosts
    screen is broken; the others are the usual placeholders."""
    built: dict[str, QWidget] = {}

    def build(key: str, ctx: AppContext | None) -> QWidget:
        page: QWidget
        if key == "stock":
            page = Listening(key)
        elif key == "goods":
            page = QTabWidget()
            page.addTab(QWidget(), "商品")
            page.addTab(Listening("tags"), "标签")
        elif key == "hosts":
            page = Broken()
        else:
            page = build_page(key, ctx)
        built[key] = page
        return page

    monkeypatch.setattr(main_window_module, "build_page", build)
    return built


def changes_heard(page: QWidget) -> list[Changed]:
    assert isinstance(page, Listening)
    return page.heard


def test_an_operations_change_reaches_every_listening_screen(
    app: QApplication, qtbot: QtBot, screens: dict[str, QWidget], caplog: pytest.LogCaptureFixture
) -> None:
    window = MainWindow(shop_name="来!合作社")
    qtbot.addWidget(window)
    stock, goods = screens["stock"], screens["goods"]
    assert isinstance(goods, QTabWidget)
    ops.run_op(window, lambda: None, on_done=lambda _v: None, changes={Area.STOCK})
    assert ops.wait_idle()
    expected = [Changed(frozenset({Area.STOCK}), window)]
    assert changes_heard(stock) == expected
    assert changes_heard(goods.widget(1)) == expected  # a tab listens too
    assert "Broken failed to take in a change" in caplog.text  # and did not stop the others


def test_a_closed_window_is_told_nothing_more(
    app: QApplication, qtbot: QtBot, screens: dict[str, QWidget]
) -> None:
    signal = SIGNAL("changed(PyObject)")
    before = notifier.receivers(signal)
    window = MainWindow(shop_name="来!合作社")
    assert notifier.receivers(signal) == before + 1
    shiboken6.delete(window)
    assert notifier.receivers(signal) == before
    announce({Area.SALES})  # nobody left to tell: no error


def test_the_screens_built_for_the_next_user_listen_too(
    app: QApplication, qtbot: QtBot, screens: dict[str, QWidget]
) -> None:
    window = MainWindow(shop_name="来!合作社")
    qtbot.addWidget(window)
    first = screens["stock"]
    window._session_changed(None)  # every login builds the screens afresh
    again = screens["stock"]
    assert again is not first
    announce({Area.SALES})
    assert [c.areas for c in changes_heard(again)] == [{Area.SALES}]
