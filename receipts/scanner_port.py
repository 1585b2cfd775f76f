"""The serial barcode scanner's port, through pyserial (no Qt here: ``ui.kit.scanner`` drives it).

``ui`` may not import ``serial`` (import-linter), so the composition root hands
:func:`open_scanner_port` to ``ui.kit.scanner.SerialScanner``, which calls it on its worker thread.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

# How long one read waits for a first byte: it bounds how long stopping the reader takes.
READ_TIMEOUT_S = 0.2


@dataclass
class ScannerPort:
    """An open serial port: :meth:`read` gives the bytes that arrived, :meth:`close` lets it go."""

    link: Any  # serial.Serial

    def read(self) -> bytes:
        """The bytes that have arrived, waiting up to ``READ_TIMEOUT_S`` for the first (``b""``: none).

        Raises ``OSError`` when the device is gone (unplugged, the adapter removed): pyserial's
        ``SerialException`` is one.
        """
        first: bytes = self.link.read(1)
        if not first:
            return b""
        waiting: int = self.link.in_waiting
        rest: bytes = self.link.read(waiting) if waiting else b""
        return first + rest

    def close(self) -> None:
        with contextlib.suppress(OSError):  # a device already gone
            self.link.close()


def open_scanner_port(port: str, baudrate: int) -> ScannerPort:
    """Open ``port`` (``/dev/ttyUSB0``, ``/dev/serial/by-id/...``, ``COM3``) at ``baudrate``, 8N1.

    Raises ``OSError`` (pyserial's ``SerialException``) when it is absent or busy.
    """
    import serial

    return ScannerPort(serial.Serial(port, baudrate, timeout=READ_TIMEOUT_S))
