"""Slow work off the GUI thread, in one helper (like Anki's ``CollectionOp``).

``run_op(parent, work, on_done=...)`` runs ``work()`` on a pool thread and calls ``on_done(result)``
back on the GUI thread. A :class:`~pos.errors.CoopError` (a refusal the user can act on) goes to
``on_error``, or to a non-modal message in the screen's language; anything else is a bug: it is
logged with its traceback and shown as a short bilingual message, and the app carries on.
``work`` must not touch widgets; the callbacks may.

Longer work can do more, all of it optional (keyword arguments of ``run_op``):

- **progress**: the work calls ``job.progress(done, total, text)`` on a :class:`~ui.kit.job.Job`
  it can reach (``job=``); each report arrives on the GUI thread, in order, at ``on_progress`` and
  at a ``progress`` display (a ``QProgressDialog`` from :func:`progress_dialog`, or a ``QLabel``),
  which is closed when the operation ends (``on_progress`` comes after the display took the
  report, so it may reword the display's text);
- **cancel**: the dialog's cancel button, or ``job.cancel()``, makes the work's next
  ``job.check()`` raise :class:`~ui.kit.job.Cancelled`; a cancelled operation calls neither
  ``on_done`` nor ``on_error`` (a result or refusal that still comes is dropped) but
  ``on_cancelled``; an unexpected failure is still shown;
- **what changed**: ``changes={Area.SALES, ...}`` is announced to the open screens once the work
  has succeeded (:mod:`ui.kit.changes`), so they refresh.

Callbacks of an operation whose ``parent`` widget has been deleted meanwhile are skipped (its
changes are still announced). Tests wait for the operations in flight with :func:`wait_idle` (or
``qtbot.waitUntil(ops.idle)``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from pos.errors import CoopError
from ui.kit.changes import Area, announce
from ui.kit.job import Cancelled, Job
from ui.kit.op_messages import failure_text, show_failure, show_refusal

__all__ = [
    "Area",
    "Cancelled",
    "Job",
    "failure_text",
    "idle",
    "pending",
    "progress_dialog",
    "run_op",
    "show_failure",
    "show_refusal",
    "shutdown",
    "wait_idle",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
ProgressDisplay = QProgressDialog | QLabel

# Operations started and not yet delivered; holds the relays alive until their result arrives.
_in_flight: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the GUI thread and holds the callbacks; the worker emits, Qt queues the call here."""

    succeeded = Signal(object)
    refused = Signal(object)
    crashed = Signal(object)
    cancelled = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        owner: QObject | None,
        on_done: Callable[[Any], None],
        on_error: Callable[[CoopError], None] | None,
        on_finally: Callable[[], None] | None,
        label: str,
        *,
        job: Job,
        on_progress: Callable[[int, int, str], None] | None = None,
        display: ProgressDisplay | None = None,
        on_cancelled: Callable[[], None] | None = None,
        changes: frozenset[Area] = frozenset(),
    ) -> None:
        super().__init__()
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self._on_finally = on_finally
        self.label = label
        self.job = job
        self._on_progress = on_progress
        self._display = display
        self._on_cancelled = on_cancelled
        self._changes = changes
        self._over = False
        # Methods of an object living on the GUI thread: queued connections from the worker.
        self.succeeded.connect(self._succeeded)
        self.refused.connect(self._refused)
        self.crashed.connect(self._crashed)
        self.cancelled.connect(self._cancelled)
        self.progressed.connect(self._progressed)
        job.attach(self._report)
        if isinstance(display, QProgressDialog):
            display.canceled.connect(job.cancel)
            display.show()

    def _alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _report(self, done: int, total: int, text: str) -> None:  # on the worker's thread
        try:
            self.progressed.emit(done, total, text)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.debug("progress of %r after its receiver was deleted", self.label)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._over or not self._alive():
            return
        display = self._display
        dialog = display if isinstance(display, QProgressDialog) and shiboken6.isValid(display) else None
        if dialog is not None:
            if text:
                dialog.setLabelText(text)
            dialog.setMaximum(max(total, 0))
        elif isinstance(display, QLabel) and shiboken6.isValid(display):
            display.setText(text)
        on_progress = self._on_progress  # after the display: it may reword the display's text
        if on_progress is not None:
            _guarded(lambda: on_progress(done, total, text), self.label, self._owner)
        if dialog is not None and not self._over and shiboken6.isValid(dialog):
            # last: a modal dialog's setValue processes events, so the next report may come in here
            dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        if self._alive():
            _guarded(lambda: self._on_done(result), self.label, self._owner)
        if self._changes:
            owner = self._owner if self._owner is not None and shiboken6.isValid(self._owner) else None
            _guarded(lambda: announce(self._changes, owner), self.label, owner)
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

    @Slot(object)
    def _cancelled(self, _nothing: object) -> None:
        on_cancelled = self._on_cancelled
        if self._alive() and on_cancelled is not None:
            _guarded(on_cancelled, self.label, self._owner)
        self._finish()

    def _finish(self) -> None:
        self._over = True
        self.job.attach(None)
        display = self._display
        if isinstance(display, QProgressDialog) and shiboken6.isValid(display):
            display.close()
            display.deleteLater()
        elif isinstance(display, QLabel) and shiboken6.isValid(display):
            display.clear()
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
        relay, job = self._relay, self._relay.job
        try:
            result = self._work()
        except Cancelled:
            self._deliver(relay.cancelled)
        except CoopError as error:
            self._deliver(relay.cancelled if job.cancelled else relay.refused, error)
        except Exception as error:
            log.exception("operation %r failed", self._label or self._work)
            self._deliver(relay.crashed, error)
        else:
            self._deliver(relay.cancelled if job.cancelled else relay.succeeded, result)

    def _deliver(self, signal: Any, value: object = None) -> None:
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
    job: Job | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    progress: ProgressDisplay | None = None,
    on_cancelled: Callable[[], None] | None = None,
    changes: Iterable[Area] = (),
) -> Job:
    """Run ``work()`` off the GUI thread; deliver its result or its error on the GUI thread.

    ``parent`` owns the operation: once it is deleted, the callbacks are skipped; a message
    about the operation is shown over its window.

    ``on_finally`` runs after ``on_done``, the error handling or ``on_cancelled``, whatever
    happened (e.g. to enable a button again). ``label`` names the operation in the log and in
    error messages. ``job`` is what the work reports progress to and checks for a cancel (one is
    made when not given); ``on_progress`` and ``progress`` get its reports; ``on_cancelled`` runs
    instead of ``on_done`` or ``on_error`` once it was cancelled; ``changes`` are announced after
    a success. Returns the job, so the caller can cancel it.
    """
    job = job if job is not None else Job()
    relay = _Relay(
        parent,
        on_done,
        on_error,
        on_finally,
        label,
        job=job,
        on_progress=on_progress,
        display=progress,
        on_cancelled=on_cancelled,
        changes=frozenset(changes),
    )
    _in_flight.add(relay)
    QThreadPool.globalInstance().start(_Runnable(work, relay, label))
    return job


def progress_dialog(
    parent: QWidget, *, title: str, text: str, cancel_text: str, object_name: str = "opProgress"
) -> QProgressDialog:
    """A window-modal progress dialog for :func:`run_op`'s ``progress``: busy until the first
    report, its cancel button cancels the operation, and it closes when the operation ends."""
    dialog = QProgressDialog(text, cancel_text, 0, 0, parent)
    dialog.setObjectName(object_name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


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
