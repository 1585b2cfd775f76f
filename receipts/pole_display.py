"""The customer-facing pole display (客显) on a serial port: ESC/POS customer-display bytes.

The standard (Epson-compatible) customer-display command set, which most 2 × 20 VFDs speak:
``ESC @`` initialise, ``US MD1`` overwrite mode (no scrolling), ``US C 0`` cursor off,
``CLR`` (0x0C) clear and home, ``US $ x y`` cursor to column x, line y (from 1). Chinese displays
take GB18030/GBK text in the same stream after ``FS &`` (Chinese mode, as receipt printers).

The port stays open between screens (opening a serial port toggles DTR, which resets some
displays). A write that fails (unplugged, no such port, stuck) raises :class:`DisplayError` in
words, closes the port, and the next screen opens it again. Writes have a short time limit:
a display never holds up the counter for more than half a second.
"""

from __future__ import annotations

import contextlib
import errno
import re
import threading
from typing import TYPE_CHECKING

from pos.errors import CoopError
from pos.pole_display import PoleLayout, PoleScreen

if TYPE_CHECKING:
    import serial

ESC, FS, US = b"\x1b", b"\x1c", b"\x1f"
INIT = ESC + b"@"
OVERWRITE = US + b"\x01"
CURSOR_OFF = US + b"C\x00"
CLEAR = b"\x0c"
CHINESE_MODE = FS + b"&"
WRITE_TIMEOUT = 0.5


class DisplayError(CoopError):
    """The pole display did not take a screen."""


def cursor(column: int, line: int) -> bytes:
    """``US $ x y``: the cursor to ``column`` (1…) of ``line`` (1…)."""
    return US + b"$" + bytes((column, line))


def setup_bytes(layout: PoleLayout) -> bytes:
    """Sent once each time the port is opened."""
    return INIT + OVERWRITE + CURSOR_OFF + (CHINESE_MODE if layout.chinese else b"")


def screen_bytes(screen: PoleScreen, layout: PoleLayout) -> bytes:
    """One screen: clear, the top line, then the bottom line from its first column."""
    top = screen.top.encode(layout.encoding, errors="replace")
    bottom = screen.bottom.encode(layout.encoding, errors="replace")
    return CLEAR + top + cursor(1, 2) + bottom


class PoleDisplay:
    """One display on ``port`` (``/dev/ttyUSB1``, ``COM3``), laid out by ``layout``."""

    def __init__(
        self, port: str, *, baudrate: int = 9600, layout: PoleLayout, write_timeout: float = WRITE_TIMEOUT
    ) -> None:
        self.port, self.baudrate, self.layout, self.write_timeout = port, baudrate, layout, write_timeout
        self._link: serial.Serial | None = None
        self._lock = threading.Lock()

    @property
    def label(self) -> str:
        return self.port

    def show(self, screen: PoleScreen) -> None:
        """Put ``screen`` on the display now; raises :class:`DisplayError`."""
        self.write(screen_bytes(screen, self.layout))

    def write(self, data: bytes) -> None:
        import serial

        with self._lock:
            try:
                if self._link is None:
                    self._link = serial.Serial(
                        self.port, self.baudrate, timeout=0, write_timeout=self.write_timeout
                    )
                    self._link.write(setup_bytes(self.layout))
                self._link.write(data)
                self._link.flush()
            except serial.SerialTimeoutException:
                self._drop()
                raise DisplayError(
                    f"客显 {self.label} 不接收数据", f"the pole display {self.label} does not take data"
                ) from None
            except (serial.SerialException, OSError) as exc:  # no such port, unplugged, no permission
                self._drop()
                if getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM):
                    raise DisplayError(
                        f"没有权限使用客显的串口 {self.label}（Linux：把用户加入 dialout 组）",
                        f"no permission to use the pole display's port {self.label} "
                        "(Linux: add the user to the dialout group)",
                    ) from None
                raise DisplayError(
                    f"找不到客显 {self.label}：请检查连线和设置里的串口",
                    f"pole display {self.label} not found: check the cable and the port in the settings",
                ) from None

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _drop(self) -> None:
        link, self._link = self._link, None
        if link is not None:
            with contextlib.suppress(Exception):  # a port that is gone: nothing to release
                link.close()


def pinyin(text: str) -> str:
    """A name in pinyin for an ASCII display: ``手工皂`` -> ``shou gong zao``."""
    from pypinyin import lazy_pinyin

    spelled = " ".join(part.strip() for part in lazy_pinyin(text) if part.strip())
    return re.sub(r"\s+([!,.?:;)）！，。？：；])", r"\1", re.sub(r"([(（])\s+", r"\1", spelled))
