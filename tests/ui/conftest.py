"""GUI tests run without a display: Qt's offscreen platform, chosen before Qt is imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.shell import create_application, set_language

SHOP_NAME = "来!合作社"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The one QApplication of the test session, set up as the shop runs it: in Chinese.

    pytest-qt keeps a single QApplication for the session, so a test that changes the language
    does it with ``set_language``; this fixture puts Chinese back afterwards.
    """
    application = create_application([], language="zh_CN")
    yield application
    set_language(application, "zh_CN")


@pytest.fixture
def window(app: QApplication, qtbot: QtBot) -> MainWindow:
    main_window = MainWindow(shop_name=SHOP_NAME, database_label="/srv/coop-pos/xinhua.sqlite3")
    qtbot.addWidget(main_window)
    return main_window
