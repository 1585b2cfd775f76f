"""Long work through the one operation helper: progress on the GUI thread, cancel, errors, what
changed, and the wait at shutdown."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos.errors import RuleError
from ui.kit import ops
from ui.kit.changes import Area, Changed, notifier
from ui.kit.job import Cancelled, Job

STEPS = 40


def messages(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.objectName() == "opMessage"]


@pytest.fixture
def screen(app: QApplication, qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def heard() -> Iterator[list[Changed]]:
    """Every change announced while the test runs."""
    seen: list[Changed] = []
    notifier.changed.connect(seen.append)
    yield seen
    notifier.changed.disconnect(seen.append)


class Outcome:
    """What an operation called back, in order, and on which thread."""

    def __init__(self) -> None:
        self.calls: list[object] = []
        self.threads: set[threading.Thread] = set()

    def _note(self, call: object) -> None:
        self.threads.add(threading.current_thread())
        self.calls.append(call)

    def done(self, value: object) -> None:
        self._note(("done", value))

    def error(self, error: RuleError) -> None:
        self._note(("error", error.zh))

    def cancelled(self) -> None:
        self._note("cancelled")

    def progress(self, done: int, total: int, text: str) -> None:
        self._note((done, total, text))

    def finally_(self) -> None:
        self._note("finally")

    def ended(self) -> list[object]:
        """The calls other than progress reports."""
        return [c for c in self.calls if not (isinstance(c, tuple) and isinstance(c[0], int))]


# ---------------------------------------------------------------- progress


def test_progress_reaches_the_gui_thread_in_order_before_the_result(screen: QWidget) -> None:
    job, out = Job(), Outcome()
    worker: list[threading.Thread] = []

    def work() -> str:
        worker.append(threading.current_thread())
        for step in range(1, STEPS + 1):
            job.progress(step, STEPS, f"slip {step}")
        return "all written"

    ops.run_op(
        screen, work, on_done=out.done, on_progress=out.progress, on_finally=out.finally_, job=job,
    )  # fmt: skip
    assert ops.wait_idle()
    assert out.calls == [(n, STEPS, f"slip {n}") for n in range(1, STEPS + 1)] + [
        ("done", "all written"),
        "finally",
    ]
    assert out.threads == {threading.main_thread()}
    assert worker and worker[0] is not threading.main_thread()


def test_a_progress_dialog_follows_the_work_and_closes_at_the_end(screen: QWidget, qtbot: QtBot) -> None:
    job, gate = Job(), threading.Event()
    dialog = ops.progress_dialog(screen, title="导出", text="读取账目…", cancel_text="取消")

    def work() -> int:
        job.progress(3, 14, "JS-H03.pdf")
        assert gate.wait(5)
        return 14

    visible_at_the_end: list[bool] = []
    ops.run_op(
        screen, work, on_done=lambda _n: None, job=job, progress=dialog,
        on_finally=lambda: visible_at_the_end.append(dialog.isVisible()),
    )  # fmt: skip
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.value() == 3)
    assert (dialog.maximum(), dialog.labelText()) == (14, "JS-H03.pdf")
    gate.set()
    assert ops.wait_idle()
    assert visible_at_the_end == [False]
    assert not shiboken6.isValid(dialog)  # deleted with the operation


def test_a_label_shows_the_progress_text_and_is_cleared_at_the_end(screen: QWidget, qtbot: QtBot) -> None:
    job, gate = Job(), threading.Event()
    label = QLabel(screen)

    def work() -> None:
        job.progress(1, 2, "读取第 1 页")
        assert gate.wait(5)

    ops.run_op(screen, work, on_done=lambda _v: None, job=job, progress=label)
    qtbot.waitUntil(lambda: label.text() == "读取第 1 页")
    gate.set()
    assert ops.wait_idle()
    assert label.text() == ""


def test_a_job_belongs_to_one_operation_at_a_time(screen: QWidget) -> None:
    job, gate = Job(), threading.Event()
    ops.run_op(screen, lambda: gate.wait(5), on_done=lambda _v: None, job=job)
    with pytest.raises(RuntimeError, match="already belongs"):
        ops.run_op(screen, lambda: 1, on_done=lambda _v: None, job=job)
    gate.set()
    assert ops.wait_idle()


# ---------------------------------------------------------------- cancel


def test_cancel_stops_the_work_and_calls_neither_success_nor_error(screen: QWidget, qtbot: QtBot) -> None:
    job, out = Job(), Outcome()
    steps_done: list[int] = []

    def work() -> str:
        for step in range(1, 1000):
            job.check()
            steps_done.append(step)
            job.progress(step, 1000, "")
            time.sleep(0.005)
        return "finished anyway"

    returned = ops.run_op(
        screen, work, on_done=out.done, on_error=out.error, on_cancelled=out.cancelled,
        on_progress=out.progress, on_finally=out.finally_, job=job,
    )  # fmt: skip
    assert returned is job
    qtbot.waitUntil(lambda: len(out.calls) >= 3)  # it is under way
    job.cancel()
    assert ops.wait_idle()
    assert out.ended() == ["cancelled", "finally"]
    assert len(steps_done) < 999
    assert out.threads == {threading.main_thread()}


def test_the_dialogs_cancel_button_cancels(screen: QWidget, qtbot: QtBot) -> None:
    job, out, gate = Job(), Outcome(), threading.Event()
    dialog = ops.progress_dialog(screen, title="导出", text="读取账目…", cancel_text="取消")

    def work() -> int:
        job.progress(1, 5, "first")
        assert gate.wait(5)
        job.check()
        return 5

    ops.run_op(
        screen, work, on_done=out.done, on_error=out.error, on_cancelled=out.cancelled, job=job,
        progress=dialog,
    )  # fmt: skip
    qtbot.waitUntil(lambda: dialog.value() == 1)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "取消"
    button.click()
    assert job.cancelled
    gate.set()
    assert ops.wait_idle()
    assert out.ended() == ["cancelled"]


def test_a_result_or_a_refusal_that_comes_after_a_cancel_is_dropped(screen: QWidget) -> None:
    for outcome in ("result", "refusal"):
        job, out, gate = Job(), Outcome(), threading.Event()

        def work(outcome: str = outcome, gate: threading.Event = gate) -> int:
            assert gate.wait(5)  # the work never checks: it ends, but too late
            if outcome == "refusal":
                raise RuleError("库存不足", "not enough stock")
            return 1

        ops.run_op(screen, work, on_done=out.done, on_error=out.error, on_cancelled=out.cancelled, job=job)
        job.cancel()
        gate.set()
        assert ops.wait_idle()
        assert out.ended() == ["cancelled"], outcome
    assert messages(screen) == []


def test_a_cancel_without_on_cancelled_is_silent(screen: QWidget) -> None:
    job = Job()
    job.cancel()
    ended: list[str] = []

    def work() -> int:
        job.check()
        return 1

    ops.run_op(
        screen, work, on_done=lambda _v: ended.append("done"), on_finally=lambda: ended.append("end"), job=job
    )
    assert ops.wait_idle()
    assert ended == ["end"]
    assert messages(screen) == []


def test_check_raises_only_once_cancelled() -> None:
    job = Job()
    job.check()
    job.cancel()
    with pytest.raises(Cancelled):
        job.check()


# ---------------------------------------------------------------- errors


def test_a_failure_with_a_progress_dialog_is_the_bilingual_message_and_closes_the_dialog(
    screen: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    job = Job()
    dialog = ops.progress_dialog(screen, title="导出", text="读取账目…", cancel_text="取消")

    def work() -> int:
        job.progress(1, 3, "coop.pdf")
        raise OSError("No space left on device")

    ops.run_op(screen, work, on_done=lambda _v: None, job=job, progress=dialog, label="export statements")
    assert ops.wait_idle()
    [box] = messages(screen)
    assert box.text() == (
        "出错了 (export statements)：OSError: No space left on device\n"
        "Something went wrong (export statements): OSError: No space left on device"
    )
    assert "operation 'export statements' failed" in caplog.text
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    box.close()


def test_a_refusal_of_a_long_operation_goes_to_on_error_in_words(screen: QWidget) -> None:
    job, out = Job(), Outcome()

    def work() -> int:
        job.progress(1, 2, "")
        raise RuleError("结算期已关闭", "the period is closed")

    ops.run_op(screen, work, on_done=out.done, on_error=out.error, on_cancelled=out.cancelled, job=job)
    assert ops.wait_idle()
    assert out.ended() == [("error", "结算期已关闭")]


# ---------------------------------------------------------------- what changed


def test_a_declared_change_reaches_a_listener_after_the_success(
    screen: QWidget, heard: list[Changed]
) -> None:
    order: list[str] = []
    notifier.changed.connect(lambda _c: order.append("announced"))
    ops.run_op(screen, lambda: 1, on_done=lambda _v: order.append("done"), changes={Area.SALES, Area.STOCK})
    assert ops.wait_idle()
    [changed] = heard
    assert changed.areas == {Area.SALES, Area.STOCK}
    assert changed.origin is screen
    assert changed.touches(Area.STOCK) and not changed.touches(Area.USERS)
    assert order[:2] == ["done", "announced"]


def test_nothing_is_announced_after_a_failure_a_refusal_or_a_cancel(
    screen: QWidget, heard: list[Changed]
) -> None:
    def refuse() -> int:
        raise RuleError("不行", "no")

    job = Job()
    job.cancel()
    ops.run_op(screen, refuse, on_done=lambda _v: None, on_error=lambda _e: None, changes={Area.GOODS})
    ops.run_op(screen, lambda: 1, on_done=lambda _v: None, job=job, changes={Area.GOODS})
    ops.run_op(screen, lambda: 1, on_done=lambda _v: None, changes=())  # nothing declared
    assert ops.wait_idle()
    assert heard == []


def test_a_change_is_announced_even_when_its_screen_closed_meanwhile(
    app: QApplication, heard: list[Changed]
) -> None:
    screen, gate = QWidget(), threading.Event()
    done: list[int] = []
    ops.run_op(screen, lambda: gate.wait(5), on_done=lambda _v: done.append(1), changes={Area.HOSTS})
    shiboken6.delete(screen)  # the screen closes before the result arrives
    gate.set()
    assert ops.wait_idle()
    assert done == []
    [changed] = heard
    assert changed.areas == {Area.HOSTS} and changed.origin is None


# ---------------------------------------------------------------- shutdown


def test_shutdown_waits_for_the_work_still_running(screen: QWidget) -> None:
    finished = threading.Event()

    def work() -> None:
        time.sleep(0.3)
        finished.set()

    ops.run_op(screen, work, on_done=lambda _v: None)
    assert ops.pending() == 1 and not ops.idle()
    assert ops.shutdown(5000)
    assert finished.is_set()
    assert ops.wait_idle()
    assert ops.idle()


def test_shutdown_says_so_when_the_work_does_not_end_in_time(screen: QWidget) -> None:
    gate = threading.Event()
    ops.run_op(screen, lambda: gate.wait(5), on_done=lambda _v: None)
    assert not ops.shutdown(50)
    gate.set()
    assert ops.shutdown(5000)
    assert ops.wait_idle()
