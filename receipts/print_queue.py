"""The counter's print queue: a sale never waits for the printer, and no receipt is lost.

``enqueue`` stores the job (one INSERT) and returns; a worker thread sends jobs one at a time,
oldest first, to the counter's printer. While the printer is off, unplugged or out of paper the
job stays first in line and is tried again with growing pauses (1 s … 30 s), and listeners hear
the state ("打印机：离线，1 张待打印") to show in the status bar. The cashier keeps selling.

Exactly once, with one edge. A job is marked done right after the printer took all its bytes
(the network printer acknowledged them), in the same step. If the printer dies in the middle of
a job, the job is sent again whole when it is back: the customer may get a torn first copy and a
whole second one; a receipt is never silently missing. If the program stops between the printer
taking the bytes and the job being marked done, the job prints again at the next start.

A sale's drawer kick goes out only while the sale is fresh (``drawer_fresh`` seconds): a receipt
that waited for the printer comes out later without popping the drawer open.

Listeners are called on the worker thread; a GUI re-emits them as a signal of its own.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, Self

from pos.clock import utc_now
from pos.errors import ConfigError
from pos.print_jobs import JobKind, JobState, PrintJob, PrintJobStore
from pos.print_ops import DrawerOp, PrintDoc, from_json, to_json
from receipts.escpos_bytes import DEFAULT_PROFILE, Profile, drawer, prefix, to_escpos
from receipts.printers import Printer, PrinterError

log = logging.getLogger("coop_pos.print_queue")

QueueState = Literal["none", "idle", "printing", "offline"]
BACKOFF = (1.0, 2.0, 5.0, 10.0, 20.0, 30.0)
DRAWER_FRESH = 60.0


@dataclass(frozen=True, slots=True)
class PrintStatus:
    """What the status bar shows about the printer."""

    state: QueueState
    ok: bool | None  # True printing fine, False offline, None unknown or no printer
    pending: int  # jobs waiting, the one being printed included
    printer: str = ""
    error: PrinterError | None = None

    def text(self, language: str = "zh_CN") -> str:
        en = language.lower().startswith("en")
        n = self.pending
        if self.state == "none":
            return "Printer: not set up" if en else "打印机：未设置"
        if self.state == "offline":
            return f"Printer: offline, {n} waiting" if en else f"打印机：离线，{n} 张待打印"
        if self.state == "printing":
            return f"Printer: printing, {n} waiting" if en else f"打印机：正在打印，{n} 张待打印"
        return "Printer: ready" if en else "打印机：就绪"

    def reason(self, language: str = "zh_CN") -> str:
        """Why it is offline, in words (empty when it is not)."""
        return self.error.message(language) if self.error is not None else ""

    def __str__(self) -> str:
        return self.text()


Listener = Callable[[str, bool | None, PrintStatus], None]


class PrintQueue:
    """One counter's jobs for one printer (``printer`` None: no printer, nothing is queued)."""

    def __init__(
        self,
        *,
        store: PrintJobStore,
        printer: Printer | None,
        counter_id: str,
        profile: Profile = DEFAULT_PROFILE,
        backoff: Sequence[float] = BACKOFF,
        drawer_fresh: float = DRAWER_FRESH,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store, self.printer, self.counter_id, self.profile = store, printer, counter_id, profile
        self.backoff, self.drawer_fresh, self.clock = tuple(backoff) or BACKOFF, drawer_fresh, clock
        self._cv = threading.Condition()
        self._io = threading.Lock()  # one conversation with the printer at a time
        self._jobs: deque[PrintJob] = deque()
        self._listeners: list[Listener] = []
        self._failures = 0
        self._retry_at = 0.0
        self._sending = False
        self._ok: bool | None = None
        self._error: PrinterError | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._last: PrintStatus | None = None

    # ------------------------------------------------------------ the counter's side

    def start(self) -> Self:
        """Pick up what a previous run left unprinted, and start sending."""
        if self.printer is None or self._thread is not None:
            return self
        try:
            waiting = list(self.store.pending(self.counter_id))
        except Exception:
            log.exception("cannot read the print jobs left from last time")
            waiting = []
        with self._cv:
            known = {j.id for j in self._jobs}
            self._jobs.extendleft(reversed([j for j in waiting if j.id not in known]))
        self._thread = threading.Thread(target=self._run, name=f"print-queue-{self.counter_id}", daemon=True)
        self._thread.start()
        self._publish()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the job being sent (if any); what is left is printed at the next start."""
        with self._cv:
            self._stopping = True
            self._cv.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def enqueue(self, doc: PrintDoc, *, kind: JobKind, receipt_no: str = "") -> PrintJob | None:
        """Queue ``doc`` and return at once, whatever the printer is doing. None: no printer."""
        if self.printer is None:
            return None
        job = PrintJob(
            counter_id=self.counter_id,
            kind=kind,
            receipt_no=receipt_no,
            payload=to_json(doc),
            created_at=self.clock(),
        )
        try:
            job = self.store.add(job)
        except Exception:  # the database is gone: print anyway, from memory
            log.exception("print job for %s kept in memory only", receipt_no or kind)
        with self._cv:
            self._jobs.append(job)
            self._cv.notify_all()
        self._publish()
        return job

    def retry_now(self) -> None:
        """Try the first waiting job now rather than after the pause (the cashier fixed the paper)."""
        with self._cv:
            self._retry_at = 0.0
            self._cv.notify_all()

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """``listener(state, ok, status)`` on every change, from the worker thread; it is told the
        current state at once. Returns a function that removes it."""
        with self._cv:
            self._listeners.append(listener)
            now = self._status()
        listener(now.state, now.ok, now)

        def remove() -> None:
            with self._cv, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return remove

    @property
    def status(self) -> PrintStatus:
        with self._cv:
            return self._status()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is waiting; False if ``timeout`` seconds passed first."""
        with self._cv:
            return self._cv.wait_for(lambda: not self._jobs, timeout)

    def open_drawer(self, *, pin: int = 2, pulse_ms: int = 100) -> None:
        """Kick the drawer now (a manager's audited "open drawer", paid-in or paid-out): never
        queued, since a drawer that springs open minutes later is worse than one that does not.
        Blocks for at most the printer's time limits; raises :class:`PrinterError`."""
        self.send_now(prefix(self.profile) + drawer(DrawerOp(pin, pulse_ms)))

    def send_now(self, data: bytes) -> None:
        """Send bytes at once, between jobs (a test print); raises :class:`PrinterError`."""
        if self.printer is None:
            raise no_printer()
        with self._io:
            self.printer.send(data)

    # ------------------------------------------------------------ the worker

    def _status(self) -> PrintStatus:
        label = self.printer.label if self.printer is not None else ""
        n = len(self._jobs)
        if self.printer is None:
            return PrintStatus("none", None, 0)
        if self._error is not None and n:
            return PrintStatus("offline", False, n, label, self._error)
        if self._sending:
            return PrintStatus("printing", True if self._ok is None else self._ok, n, label)
        return PrintStatus("idle", self._ok, n, label)

    def _publish(self) -> None:
        with self._cv:
            now = self._status()
            if now == self._last:
                return
            self._last = now
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(now.state, now.ok, now)
            except Exception:
                log.exception("print status listener failed")

    def _next(self) -> PrintJob | None:
        with self._cv:
            while not self._stopping:
                wait = self._retry_at - time.monotonic()
                if self._jobs and wait <= 0:
                    self._sending = True
                    return self._jobs[0]
                self._cv.wait(wait if self._jobs else None)
            return None

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                self._attempt(job)
            except Exception:  # never let the worker die: the queue would stop for the day
                log.exception("print queue worker")
                self._after_failure(job, _unexpected())
            finally:
                with self._cv:
                    self._sending = False
                    self._cv.notify_all()
                self._publish()

    def _save(self, job: PrintJob, state: JobState, *, printed_at: datetime | None = None) -> None:
        if job.id is None:
            return
        try:
            self.store.update(
                job.id, state=state, tries=job.tries, last_error=job.last_error, printed_at=printed_at
            )
        except Exception:
            log.exception("cannot record print job %s as %s", job.id, state)

    def _attempt(self, job: PrintJob) -> None:
        assert self.printer is not None
        job = replace(job, tries=job.tries + 1)
        self._save(job, "printing")
        self._publish()
        try:
            doc = from_json(job.payload)
            age = (self.clock() - job.created_at).total_seconds()
            if doc.opens_drawer() and age > self.drawer_fresh:
                doc = doc.without_drawer()
            data = to_escpos(doc, self.profile)
        except Exception as exc:  # a job that can never print must not hold up the ones behind it
            log.exception("print job %s cannot be printed", job.id)
            self._save(replace(job, last_error=str(exc)), "failed")
            with self._cv:
                self._jobs.popleft()
            return
        try:
            with self._io:
                self.printer.send(data)
        except PrinterError as exc:
            self._after_failure(job, exc)
            return
        self._save(replace(job, last_error=""), "done", printed_at=self.clock())
        with self._cv:
            self._jobs.popleft()
            self._failures, self._retry_at, self._ok, self._error = 0, 0.0, True, None

    def _after_failure(self, job: PrintJob, exc: PrinterError) -> None:
        job = replace(job, last_error=f"{exc.zh} / {exc.en}")
        self._save(job, "queued")
        with self._cv:
            if self._jobs and self._jobs[0].id == job.id:
                self._jobs[0] = job
            pause = self.backoff[min(self._failures, len(self.backoff) - 1)]
            self._failures += 1
            self._retry_at = time.monotonic() + pause
            self._ok, self._error = False, exc
        log.warning("printer %s: %s (%d waiting; again in %.1f s)", self.printer.label if self.printer else "-",
                    exc.en, len(self._jobs), pause)  # fmt: skip


def _unexpected() -> PrinterError:
    return PrinterError("off", "打印时出错，稍后重试", "printing failed; trying again shortly")


def no_printer() -> ConfigError:
    return ConfigError(
        "这台收银机没有设置打印机（设置文件 [printer] uri）",
        "no printer is set up for this counter ([printer] uri in the settings file)",
    )


def print_directly(printer: Printer, doc: PrintDoc, profile: Profile = DEFAULT_PROFILE) -> None:
    """Send ``doc`` now, on the calling thread (the command line, a test print from settings);
    raises :class:`PrinterError` after at most the printer's time limits."""
    printer.send(to_escpos(doc, profile))
