"""What slow work sees of its operation: a way to report progress and to notice a cancel.

The screen makes a :class:`Job`, lets the work reach it (a closure), and passes it to
:func:`ui.kit.ops.run_op` (``job=...``); ``run_op`` makes one itself when it is not given and
returns it. The work, on a pool thread, calls ``job.progress(done, total, text)`` (re-emitted on
the GUI thread, in order) and ``job.check()`` between steps, which raises :class:`Cancelled` once
someone called ``job.cancel()`` (a progress dialog's 取消, a screen closing). A cancelled
operation calls neither its ``on_done`` nor its ``on_error``, only its ``on_cancelled``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Report = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside the work by :meth:`Job.check` once the operation has been cancelled."""


class Job:
    """The link between slow work and its operation; its methods may be called from any thread."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._report: Report | None = None
        self._lock = threading.Lock()

    # -- the GUI side -----------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop at its next ``check()``; its result, if it still comes, is dropped."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    # -- the work's side --------------------------------------------------------------------------

    def check(self) -> None:
        """Raise :class:`Cancelled` if the operation has been cancelled (call it between steps)."""
        if self._cancelled.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """``done`` of ``total`` steps, ``text`` saying which (total 0: a step of unknown count)."""
        with self._lock:
            report = self._report
        if report is not None:
            report(done, total, text)

    # -- for run_op -------------------------------------------------------------------------------

    def attach(self, report: Report | None) -> None:
        """Where ``progress`` goes: ``run_op`` attaches its relay, and detaches it (None) at the end."""
        with self._lock:
            if report is not None and self._report is not None:
                raise RuntimeError("this job already belongs to an operation")
            self._report = report
