"""Slow work runs off the GUI thread; its result, refusal or failure comes back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pos.errors import RuleError
from ui.kit import ops


def boom() -> int:
    raise ZeroDivisionError("division by zero")


def messages(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.objectName() == "opMessage"]


def test_the_work_runs_off_the_gui_thread_and_the_result_arrives_on_it(
    app: QApplication, qtbot: QtBot
) -> None:
    threads: dict[str, threading.Thread] = {}
    results: list[int] = []

    def work() -> int:
        threads["work"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(value)

    ops.run_op(None, work, on_done=done)
    assert ops.wait_idle()
    assert results == [42]
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert ops.idle()


def test_a_refusal_goes_to_on_error(app: QApplication) -> None:
    refusals: list[str] = []
    finished: list[bool] = []

    def refuse() -> int:
        raise RuleError("标签 “手作” 已经存在", 'tag "手作" already exists')

    ops.run_op(
        None, refuse, on_done=lambda _v: None, on_error=lambda e: refusals.append(e.zh),
        on_finally=lambda: finished.append(True),
    )  # fmt: skip
    assert ops.wait_idle()
    assert refusals == ["标签 “手作” 已经存在"]
    assert finished == [True]


def test_a_refusal_without_a_handler_is_a_message_in_the_screen_language(
    app: QApplication, qtbot: QtBot
) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)

    def refuse() -> int:
        raise RuleError("标签 “手作” 已经存在", 'tag "手作" already exists')

    ops.run_op(screen, refuse, on_done=lambda _v: None)
    assert ops.wait_idle()
    [box] = messages(screen)
    assert box.text() == "标签 “手作” 已经存在"
    assert not box.isModal()
    box.close()


def test_an_exception_in_the_work_is_shown_and_does_not_crash(
    app: QApplication, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    done: list[int] = []
    ops.run_op(screen, boom, on_done=done.append, label="export")
    assert ops.wait_idle()
    assert done == []
    [box] = messages(screen)
    assert box.text() == (
        "出错了 (export)：ZeroDivisionError: division by zero\n"
        "Something went wrong (export): ZeroDivisionError: division by zero"
    )
    assert "operation 'export' failed" in caplog.text
    box.close()
    # and the app goes on working
    ops.run_op(screen, lambda: 1, on_done=done.append)
    assert ops.wait_idle()
    assert done == [1]


def test_an_exception_in_the_callback_is_shown_too(app: QApplication, qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)

    def bad_callback(_value: int) -> None:
        raise KeyError("missing")

    ops.run_op(screen, lambda: 1, on_done=bad_callback, label="fill list")
    assert ops.wait_idle()
    [box] = messages(screen)
    assert box.text().startswith("出错了 (fill list)：KeyError: 'missing'\n")
    box.close()


def test_the_callbacks_of_a_deleted_screen_are_skipped(app: QApplication) -> None:
    screen = QWidget()
    called: list[int] = []
    ops.run_op(screen, lambda: 1, on_done=called.append)
    shiboken6.delete(screen)  # the screen closes before the result arrives
    assert ops.wait_idle()
    assert called == []
