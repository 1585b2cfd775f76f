"""The counter's printer, cash drawer and pole display, for the screens (``CounterDevices``).

Every call returns at once. Printing and drawer kicks run in order on one worker thread, the
pole display on another (only its newest screen matters: older ones still waiting are skipped).
Printer trouble is never raised to the caller: the receipt waits in the print queue, the state
goes to the status bar through ``printer_state_changed(text, ok)``, and a receipt that could not
even be queued is told in words through ``trouble(text)``. A pole display that fails is logged
and shown on the settings screen (``display_state_changed``); it never disturbs a sale.

The hardware itself (the print queue, the printer, the serial port) is built by ``ui.wiring``
and handed over as plain functions (:class:`CounterHardware`): screens never import ``db`` or
``receipts``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from pos.errors import CoopError
from pos.pole_display import PoleLayout, PoleScreen, greeting_screen, item_screen, total_screen
from pos.users import Actor

log = logging.getLogger(__name__)


class PrinterStatus(Protocol):
    """The print queue's state as the status bar shows it (``receipts.print_queue.PrintStatus``)."""

    @property
    def ok(self) -> bool | None: ...

    def text(self, language: str = ...) -> str: ...

    def reason(self, language: str = ...) -> str: ...


StatusListener = Callable[[PrinterStatus], None]


@dataclass(frozen=True, slots=True)
class PoleHardware:
    """The pole display: how it lays text out, and a blocking ``show`` that raises CoopError."""

    layout: PoleLayout
    show: Callable[[PoleScreen], None]
    close: Callable[[], None]
    label: str = ""


@dataclass(frozen=True, slots=True)
class CounterHardware:
    """What ``ui.wiring`` hands the counter: blocking functions, called off the GUI thread.

    Each raises a :class:`CoopError` in words when the printer or the database says no.
    """

    # queue a sale's or refund's receipt: the first time rendered and stored (a cash sale kicks the
    # drawer), later a copy marked 重印
    print_receipt: Callable[[str, Actor], None]
    reprint: Callable[[str, Actor], None]
    open_drawer: Callable[[], None]  # kick now, through the printer (blocks a few seconds at most)
    test_page: Callable[[], str]  # print the test page now; returns the printer's name
    retry_now: Callable[[], None]  # try the waiting jobs now rather than after the pause
    watch_printer: Callable[[StatusListener], Callable[[], None]]  # told at once, then each change
    stop: Callable[[], None]  # stop the print queue (what waits prints at the next start)
    pole: PoleHardware | None = None
    shop_name: str = ""
    printer_label: str = ""  # the printer's URI, "" for none
    config_file: str = ""  # where the settings are kept


class CounterDevicesQt(QObject):
    """The counter's devices for the screens (``ui.kit.context.CounterDevices``), with Qt signals."""

    printer_state_changed = Signal(str, object)  # text in the screen's language, ok True/False/None
    display_state_changed = Signal(str, object)
    trouble = Signal(str)  # something the cashier should hear about: a receipt not queued, a drawer
    _status_arrived = Signal(object)  # from the print queue's thread
    _failed = Signal(str, object)  # (what, CoopError or None) from a worker thread
    _display_result = Signal(object)  # None ok, CoopError failed, from the pole worker

    def __init__(
        self,
        hardware: CounterHardware,
        *,
        actor: Callable[[], Actor | None] = lambda: None,
        language: Callable[[], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.hardware = hardware
        self._actor = actor
        self._language = language or _screen_language
        self._status: PrinterStatus | None = None
        self._display_ok: bool | None = None
        self._display_error: CoopError | None = None
        self._print: Executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="counter-print")
        self._pole: Executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="counter-pole")
        self._pole_lock = threading.Lock()
        self._pole_latest = 0  # the newest screen asked for; older ones still waiting are skipped
        self._stopped = False
        self._status_arrived.connect(self._on_status)
        self._failed.connect(self._on_failed)
        self._display_result.connect(self._on_display_result)
        self._unwatch = hardware.watch_printer(self._status_arrived.emit)

    # ------------------------------------------------------------ CounterDevices

    def print_receipt(self, receipt_no: str) -> None:
        self._submit_receipt(receipt_no, self.hardware.print_receipt)

    def reprint(self, receipt_no: str) -> None:
        self._submit_receipt(receipt_no, self.hardware.reprint)

    def open_drawer(self) -> None:
        self._submit(self._kick)

    def show_item(self, name: str, amount_fen: int, total_fen: int) -> None:
        pole = self.hardware.pole
        if pole is not None:
            self._show(item_screen(pole.layout, name=name, amount_fen=amount_fen, total_fen=total_fen))

    def show_total(
        self, total_fen: int, *, paid_fen: int | None = None, change_fen: int | None = None
    ) -> None:
        pole = self.hardware.pole
        if pole is not None:
            self._show(
                total_screen(pole.layout, total_fen=total_fen, paid_fen=paid_fen, change_fen=change_fen)
            )

    def clear_display(self) -> None:
        pole = self.hardware.pole
        if pole is not None:
            self._show(greeting_screen(pole.layout, shop_name=self.hardware.shop_name))

    # ------------------------------------------------------------ for the settings screen

    def printer_state(self) -> tuple[str, bool | None]:
        """The printer's state now, in the screen's language (what the status bar shows)."""
        status = self._status
        if status is None:
            return QCoreApplication.translate("CounterDevices", "Printer: starting"), None
        return status.text(self._language()), status.ok

    def printer_detail(self) -> str:
        """Why the printer is offline, in words ("" when it is not)."""
        return self._status.reason(self._language()) if self._status is not None else ""

    def display_state(self) -> tuple[str, bool | None]:
        pole = self.hardware.pole
        if pole is None:
            return QCoreApplication.translate("CounterDevices", "Pole display: not set up"), None
        if self._display_error is not None:
            return self._display_error.message(self._language()), False
        if self._display_ok:
            return QCoreApplication.translate("CounterDevices", "Pole display: working"), True
        return QCoreApplication.translate("CounterDevices", "Pole display: nothing sent yet"), None

    def retry_now(self) -> None:
        """Print what waits now (the paper was changed, the printer switched on)."""
        self.hardware.retry_now()

    def test_print(self) -> str:
        """The test page, now; blocks (call it through ``ui.kit.ops.run_op``). Returns the printer's
        name; raises CoopError in words."""
        return self.hardware.test_page()

    def open_drawer_now(self) -> None:
        """Kick the drawer now and wait for the printer's answer (through ``ui.kit.ops.run_op``)."""
        self.hardware.open_drawer()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until the work asked for so far has been done (tests, shutdown)."""
        done = threading.Event()
        try:
            self._print.submit(lambda: None).result(timeout)
            self._pole.submit(done.set).result(timeout)
        except (RuntimeError, TimeoutError):
            return False
        return done.is_set()

    def stop(self) -> None:
        """When the app closes: finish what was asked, stop the print queue, let go of the display."""
        if self._stopped:
            return
        self._stopped = True
        self._unwatch()
        self._print.shutdown(wait=True)
        self._pole.shutdown(wait=True)
        try:
            self.hardware.stop()
        except Exception:
            log.exception("stopping the print queue")
        if self.hardware.pole is not None:
            self.hardware.pole.close()

    # ------------------------------------------------------------ the workers

    def _submit(self, work: Callable[[], None]) -> None:
        if self._stopped:
            log.warning("counter devices stopped: %r not done", work)
            return
        self._print.submit(work)

    def _submit_receipt(self, receipt_no: str, send: Callable[[str, Actor], None]) -> None:
        actor = self._actor()  # who is at the counter now, read on the GUI thread
        if actor is None:
            self._failed.emit(receipt_no, _nobody())
            return

        def work() -> None:
            try:
                send(receipt_no, actor)
            except CoopError as error:
                log.warning("receipt %s not queued: %s", receipt_no, error.en)
                self._failed.emit(receipt_no, error)
            except Exception:  # a bug: logged, and the cashier told; the sale is kept anyway
                log.exception("receipt %s not queued", receipt_no)
                self._failed.emit(receipt_no, None)

        self._submit(work)

    def _kick(self) -> None:
        try:
            self.hardware.open_drawer()
        except CoopError as error:
            log.warning("drawer not opened: %s", error.en)
            self._failed.emit("", error)
        except Exception:
            log.exception("drawer not opened")
            self._failed.emit("", None)

    def _show(self, screen: PoleScreen) -> None:
        pole = self.hardware.pole
        if pole is None or self._stopped:
            return
        with self._pole_lock:
            self._pole_latest += 1
            mine = self._pole_latest

        def work() -> None:
            with self._pole_lock:
                if mine != self._pole_latest:
                    return  # a newer screen is on its way
            try:
                pole.show(screen)
            except CoopError as error:
                self._display_result.emit(error)
            except Exception:
                log.exception("pole display")
                self._display_result.emit(CoopError("客显出错", "the pole display failed"))
            else:
                self._display_result.emit(None)

        self._pole.submit(work)

    # ------------------------------------------------------------ back on the GUI thread

    @Slot(object)
    def _on_status(self, status: PrinterStatus) -> None:
        self._status = status
        text, ok = self.printer_state()
        self.printer_state_changed.emit(text, ok)

    @Slot(str, object)
    def _on_failed(self, receipt_no: str, error: CoopError | None) -> None:
        language = self._language()
        why = error.message(language) if error is not None else _bug_text()
        if receipt_no:
            text = QCoreApplication.translate("CounterDevices", "Receipt %1 not printed: %2")
            text = text.replace("%1", receipt_no).replace("%2", why)
        else:
            text = QCoreApplication.translate("CounterDevices", "The drawer did not open: %1").replace(
                "%1", why
            )
        self.trouble.emit(text)

    @Slot(object)
    def _on_display_result(self, error: CoopError | None) -> None:
        was = (self._display_ok, self._display_error)
        if error is None:
            self._display_ok, self._display_error = True, None
        else:
            if self._display_error is None:
                log.warning("pole display: %s", error.en)
            self._display_ok, self._display_error = False, error
        if (self._display_ok, self._display_error) != was:
            text, ok = self.display_state()
            self.display_state_changed.emit(text, ok)


def _nobody() -> CoopError:
    return CoopError("没有人登录，未打印", "nobody is logged in; not printed")


def _bug_text() -> str:
    return QCoreApplication.translate("CounterDevices", "an error in the program (see the log)")


def _screen_language() -> str:
    from ui.kit.language import screen_language

    return screen_language()
