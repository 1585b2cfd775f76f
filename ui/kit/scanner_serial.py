"""A serial barcode scanner, read on a worker thread.

Keyboard-wedge scanners are ``ui.kit.scanner_wedge``; ``ui.kit.scanner`` names both.

Serial scanners (:class:`SerialScanner`)
    ``SerialScanner(port, baudrate, open_port=...)`` reads the port on a worker thread (the GUI
    thread never waits for it), splits what comes on CR and/or LF, decodes each code as
    GB18030 (ASCII is a subset) replacing bad bytes, cleans it as every scan is cleaned
    (``pos.barcodes.clean_scan``: full-width forms as ASCII, control characters and surrounding
    blanks dropped), and emits ``scanned(code)`` on the GUI thread through a queued signal, in
    order.
    When the port cannot be opened or goes away (unplugged) it says so with
    ``state_changed(text, ok)`` and tries again every ``retry_s`` (1.5 s) until it is back or
    ``stop()`` is called; a code cut off by the unplugging is dropped. The states, by the
    device's name (``ttyACM0``, ``COM3``): 扫码枪 …：正在连接… (ok None), 已连接 (True),
    未连接，正在重试 (False: never opened since ``start``), 已断开，正在重连… (False: it was
    open), 已停止 (None). ``open_port`` is
    ``receipts.scanner_port.open_scanner_port`` (pyserial), passed in by ``ui.wiring``:
    ``ui`` does not import ``serial`` itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import PurePath
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot

from pos.barcodes import clean_scan

__all__ = ["MAX_LINE", "OpenPort", "ScannerLink", "SerialScanner", "split_codes"]


class ScannerLink(Protocol):
    """An open serial port, as ``receipts.scanner_port.ScannerPort`` gives it."""

    def read(self) -> bytes:
        """What has arrived, waiting a short while (≤ 0.2 s) for it; b"" if nothing. Raises
        ``OSError`` when the device is gone."""
        ...

    def close(self) -> None: ...


# (port, baudrate) -> an open link; raises OSError when the port is absent or busy
OpenPort = Callable[[str, int], ScannerLink]

_LINE_ENDS = bytes.maketrans(b"\r", b"\n")
MAX_LINE = 4096  # bytes without a line end: noise on the line, not a code


def split_codes(buffer: bytearray, data: bytes) -> list[str]:
    """Append ``data`` to ``buffer`` and take out the complete lines (CR, LF or CR LF), decoded."""
    buffer += data.translate(_LINE_ENDS)
    end = buffer.rfind(b"\n")
    if end < 0:
        if len(buffer) > MAX_LINE:
            buffer.clear()
        return []
    lines = bytes(buffer[:end]).split(b"\n")
    del buffer[: end + 1]
    codes = []
    for raw in lines:
        code = clean_scan(raw.decode("gb18030", errors="replace"))
        if code:
            codes.append(code)
    return codes


class SerialScanner(QObject):
    """A serial barcode scanner read on a worker thread; see the module docstring.

    ``scanned(code)`` and ``state_changed(text, ok)`` are emitted on the thread this object
    lives on (the GUI thread). ``ok``: True connected, False not connected, None starting or
    stopped. ``text`` is in the screen's language.
    """

    scanned = Signal(str)
    state_changed = Signal(str, object)
    # from the worker thread, queued to this object's thread
    _code_read = Signal(str)
    _link_state = Signal(str, str)

    def __init__(
        self,
        port: str,
        baudrate: int = 9600,
        *,
        open_port: OpenPort,
        retry_s: float = 1.5,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.port = port
        self.baudrate = baudrate
        self.retry_s = retry_s
        self._open_port = open_port
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._state = "stopped"
        self._detail = ""
        self._text = ""
        self._ok: bool | None = None
        self._code_read.connect(self.scanned, Qt.ConnectionType.QueuedConnection)
        self._link_state.connect(self._on_link_state, Qt.ConnectionType.QueuedConnection)

    # -- what the screens see -----------------------------------------------------------------------

    @property
    def state(self) -> str:
        """``stopped``, ``starting``, ``connected``, ``absent`` (never opened) or ``lost`` (was
        open, went away), as last told to the GUI thread."""
        return self._state

    @property
    def status(self) -> tuple[str, bool | None]:
        """The text and ``ok`` last emitted by ``state_changed``."""
        return self._text, self._ok

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Start reading (at once, on a thread of its own). Does nothing if it runs already."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._set_state("starting", "")
        self._thread = threading.Thread(target=self._run, name=f"scanner {self.port}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop reading and let the port go (waits at most ``timeout`` s for the worker)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join(timeout)
        self._set_state("stopped", "")

    @Slot(str, str)
    def _on_link_state(self, state: str, detail: str) -> None:
        if self._thread is None:  # stopped meanwhile: the worker's last word does not count
            return
        self._set_state(state, detail)

    def _set_state(self, state: str, detail: str) -> None:
        if state == self._state:
            return
        self._state, self._detail = state, detail
        if state == "connected":
            text, ok = self.tr("Scanner {port}: connected"), True
        elif state == "absent":
            text, ok = self.tr("Scanner {port}: not connected, retrying"), False
        elif state == "lost":
            text, ok = self.tr("Scanner {port}: disconnected, reconnecting…"), False
        elif state == "starting":
            text, ok = self.tr("Scanner {port}: connecting…"), None
        else:
            text, ok = self.tr("Scanner {port}: stopped"), None
        # the device name only: a /dev/serial/by-id/... path would fill the status bar
        self._text, self._ok = text.format(port=PurePath(self.port).name or self.port), ok
        self.state_changed.emit(self._text, ok)

    # -- the worker thread --------------------------------------------------------------------------

    def _run(self) -> None:
        was_open = False
        told = ""
        while not self._stop.is_set():
            try:
                link = self._open_port(self.port, self.baudrate)
            except Exception as exc:  # OSError/SerialException, or anything the driver raises
                state = "lost" if was_open else "absent"
                if state != told:
                    self._link_state.emit(state, str(exc))
                    told = state
                self._stop.wait(self.retry_s)
                continue
            was_open = True
            self._link_state.emit("connected", "")
            told = "connected"
            try:
                self._read(link)
            except Exception as exc:  # unplugged: the read fails
                self._link_state.emit("lost", str(exc))
                told = "lost"
                self._stop.wait(self.retry_s)
            finally:
                link.close()

    def _read(self, link: ScannerLink) -> None:
        buffer = bytearray()  # a code cut off by unplugging is dropped with it
        while not self._stop.is_set():
            data = link.read()
            if data:
                for code in split_codes(buffer, data):
                    self._code_read.emit(code)
