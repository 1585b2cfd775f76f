"""Slow work off the GUI thread, in one helper (like Anki's ``CollectionOp``).

``run_op(parent, work, on_done=...)`` runs ``work()`` on a pool thread and calls ``on_done(result)``
back on the GUI thread. A :class:`~pos.errors.CoopError` (a refusal the user can act on) goes to
``on_error``, or to a non-modal message in the screen's language; anything else is a bug: it is
logged with its traceback and shown as a short bilingual message, and the app carries on.
``work`` must not touch widgets; the callbacks may.

Callbacks of an operation whose ``parent`` widget has been deleted meanwhile are skipped.
Tests wait for the operations in flight with :func:`wait_idle` (or ``qtbot.waitUntil(ops.idle)``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from pos.errors import CoopError
from ui.kit.language import screen_language

log = logging.getLogger(__name__)

T = TypeVar("T")

# Operations started and not yet delivered; holds the relays alive until their result arrives.
_in_flight: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the GUI thread and holds the callbacks; the worker emits, Qt queues the call here."""

    succeeded = Signal(object)
    refused = Signal(object)
    crashed = Signal(object)

    def __init__(
        self,
        owner: QObject | None,
        on_done: Callable[[Any], None],
        on_error: Callable[[CoopError], None] | None,
        on_finally: Callable[[], None] | None,
        label: str,
    ) -> None:
        super().__init__()
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self._on_finally = on_finally
        self.label = label
        # Methods of an object living on the GUI thread: queued connections from the worker.
        self.succeeded.connect(self._succeeded)
        self.refused.connect(self._refused)
        self.crashed.connect(self._crashed)

    def _alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        if self._alive():
            _guarded(lambda: self._on_done(result), self.label, self._owner)
        self._finish()

    @Slot(object)
    def _refused(self, error: Any) -> None:
        if self._alive():
            on_error = self._on_error
            if on_error is not None:
                _guarded(lambda: on_error(error), self.label, self._owner)
            else:
                show_refusal(self._owner, error)
        self._finish()

    @Slot(object)
    def _crashed(self, error: Any) -> None:
        if self._alive():
            show_failure(self._owner, error, self.label)
        self._finish()

    def _finish(self) -> None:
        _in_flight.discard(self)
        self.deleteLater()
        if self._on_finally is not None and self._alive():
            _guarded(self._on_finally, self.label, self._owner)


class _Runnable(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay, label: str) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay
        self._label = label

    def run(self) -> None:  # on a pool thread: no widgets here
        try:
            result = self._work()
        except CoopError as error:
            self._deliver(self._relay.refused, error)
        except Exception as error:
            log.exception("operation %r failed", self._label or self._work)
            self._deliver(self._relay.crashed, error)
        else:
            self._deliver(self._relay.succeeded, result)

    def _deliver(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.debug("operation %r finished after its receiver was deleted", self._label)


def run_op(
    parent: QObject | None,
    work: Callable[[], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[CoopError], None] | None = None,
    on_finally: Callable[[], None] | None = None,
    label: str = "",
) -> None:
    """Run ``work()`` off the GUI thread; deliver its result or its error on the GUI thread.

    ``parent`` owns the operation: once it is deleted, the callbacks are skipped; a message
    about the operation is shown over its window.

    ``on_finally`` runs after ``on_done`` or the error handling, whatever happened (e.g. to
    enable a button again). ``label`` names the operation in the log and in error messages.
    """
    relay = _Relay(parent, on_done, on_error, on_finally, label)
    _in_flight.add(relay)
    QThreadPool.globalInstance().start(_Runnable(work, relay, label))


def _guarded(callback: Callable[[], object], label: str, owner: QObject | None) -> None:
    """A callback that raises is a bug: logged and shown, never a crash of the event loop."""
    try:
        callback()
    except CoopError as error:
        show_refusal(owner, error)
    except Exception as error:
        log.exception("handling the result of %r failed", label)
        show_failure(owner, error, label)


def shutdown(timeout_ms: int = 5000) -> bool:
    """Wait for the work still running (when the app closes); False if some did not finish in time."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def idle() -> bool:
    """True when no operation is running or waiting to deliver its result."""
    return not _in_flight


def pending() -> int:
    return len(_in_flight)


def wait_idle(timeout_ms: int = 5000) -> bool:
    """Process events until every operation has delivered (for tests and shutdown); False on timeout."""
    deadline = time.monotonic() + timeout_ms / 1000
    while _in_flight:
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)
    QCoreApplication.processEvents()
    return True


def _message_box(parent: QObject | None, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    window = None
    if isinstance(parent, QWidget) and shiboken6.isValid(parent):
        window = parent.window()
    elif parent is not None and shiboken6.isValid(parent):
        owner = parent.parent()  # a model: the window of the screen that owns it
        window = owner.window() if isinstance(owner, QWidget) else None
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("opMessage")
    box.setWindowModality(Qt.WindowModality.NonModal)  # the counter keeps working behind it
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def show_refusal(parent: QObject | None, error: CoopError) -> QMessageBox:
    """A refusal in the screen's language, in a non-modal message."""
    title = QCoreApplication.translate("Operations", "Not done")
    return _message_box(parent, title, error.message(screen_language()), QMessageBox.Icon.Warning)


def failure_text(error: BaseException, label: str = "") -> str:
    """An unexpected failure in both languages, so it can be read out to whoever fixes it."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
    detail = f"{type(error).__name__}: {detail}"
    what = f" ({label})" if label else ""
    return f"出错了{what}：{detail}\nSomething went wrong{what}: {detail}"


def show_failure(parent: QObject | None, error: BaseException, label: str = "") -> QMessageBox:
    """An unexpected failure: both languages, so it can be read out to whoever fixes it."""
    text = failure_text(error, label)
    return _message_box(parent, "出错了 / Something went wrong", text, QMessageBox.Icon.Critical)
