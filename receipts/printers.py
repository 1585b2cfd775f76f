"""Receipt printers by URI, each sending one job's bytes with short time limits.

``tcp://HOST[:9100]``, ``serial:///dev/ttyUSB0?baudrate=19200``, ``usb://VID:PID``,
``file:///dev/usb/lp0`` (or any file), ``none``. A send connects, writes, waits until the printer
has taken the bytes, and closes; whatever goes wrong is a :class:`PrinterError` that says, in
Chinese and English, whether the printer seems off, unreachable, refusing, stalled (out of paper,
cover open) or unplugged. Never a traceback, never a wait longer than a few seconds.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import socket
import struct
import time
from dataclasses import dataclass
from typing import Literal, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from pos.errors import ConfigError, CoopError

Reason = Literal["off", "unreachable", "refused", "stalled", "unplugged", "busy"]
CONNECT_TIMEOUT = 2.0
WRITE_TIMEOUT = 5.0
TCP_PORT = 9100


class PrinterError(CoopError):
    """The printer did not take a job; ``reason`` says why in one word."""

    def __init__(self, reason: Reason, zh: str, en: str) -> None:
        super().__init__(zh, en)
        self.reason = reason


class Printer(Protocol):
    @property
    def label(self) -> str:
        """What the status bar and errors call it."""
        ...

    def send(self, data: bytes) -> None:
        """Deliver ``data`` whole, or raise :class:`PrinterError`."""
        ...


def _stalled(label: str) -> PrinterError:
    return PrinterError(
        "stalled",
        f"打印机 {label} 停止接收数据：可能缺纸、开盖或卡纸",
        f"the printer {label} stopped taking data: out of paper, cover open or jammed?",
    )


def _unplugged(label: str, detail: str = "") -> PrinterError:
    more = f"（{detail}）" if detail else ""
    return PrinterError(
        "unplugged",
        f"找不到打印机 {label}{more}：请检查连线和电源",
        f"printer {label} not found{f' ({detail})' if detail else ''}: check the cable and the power",
    )


# ---------------------------------------------------------------- network


def _unacked(sock: socket.socket) -> int | None:
    """Bytes sent but not yet acknowledged by the printer (Linux, macOS), or None if unknown."""
    try:
        import fcntl
        import termios

        raw = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, struct.pack("i", 0))
        return int(struct.unpack("i", raw)[0])
    except (ImportError, AttributeError, OSError):
        return None


@dataclass
class TcpPrinter:
    """A network printer's raw port (JetDirect, 9100)."""

    host: str
    port: int = TCP_PORT
    connect_timeout: float = CONNECT_TIMEOUT
    write_timeout: float = WRITE_TIMEOUT
    settle: float = 0.1  # after the last byte is acknowledged: time for a reset to arrive

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port}"

    def send(self, data: bytes) -> None:
        sock = self._connect()
        try:
            self._write(sock, data)
        except PrinterError:
            # reset rather than close: bytes still in flight must not reach the printer later and
            # print half a receipt when the paper is changed; the retry sends the whole job again
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            raise
        finally:
            sock.close()

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except ConnectionRefusedError:
            raise PrinterError(
                "refused",
                f"打印机 {self.label} 拒绝连接：它可能正在启动，或端口不对",
                f"the printer at {self.label} refused the connection: starting up, or the wrong port?",
            ) from None
        except TimeoutError:
            raise PrinterError(
                "off",
                f"打印机 {self.label} 没有响应：可能没开机",
                f"the printer at {self.label} does not answer: is it switched on?",
            ) from None
        except OSError as exc:  # no route, network down, unknown host name
            raise PrinterError(
                "unreachable",
                f"连不上打印机 {self.label}：请检查网线和 IP 地址（{exc.strerror or exc}）",
                f"cannot reach the printer at {self.label}: check the cable and the IP address ({exc.strerror or exc})",
            ) from None

    def _write(self, sock: socket.socket, data: bytes) -> None:
        deadline = time.monotonic() + self.write_timeout
        try:
            sock.settimeout(self.write_timeout)
            sock.sendall(data)
            # sendall only hands the bytes to our kernel: wait until the printer acknowledged them
            # all, so a printer that stopped reading (no paper) is "stalled", not "printed".
            while (left := _unacked(sock)) and time.monotonic() < deadline:
                self._check_reset(sock, 0.01)
            if left:
                raise _stalled(self.label)
            self._check_reset(sock, self.settle)
        except TimeoutError:
            raise _stalled(self.label) from None
        except PrinterError:
            raise
        except OSError:
            raise PrinterError(
                "refused",
                f"打印机 {self.label} 中断了连接，小票没有印完",
                f"the printer at {self.label} dropped the connection before the receipt was done",
            ) from None

    @staticmethod
    def _check_reset(sock: socket.socket, wait: float) -> None:
        """Raise if the printer reset the connection (it threw away what it had not read)."""
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            raise OSError(err, os.strerror(err))
        readable, _, _ = select.select([sock], [], [], wait)
        if readable:
            with contextlib.suppress(BlockingIOError):
                sock.recv(4096, socket.MSG_PEEK)  # status bytes, or b"" at a clean close: fine


# ---------------------------------------------------------------- serial, USB, file


@dataclass
class SerialPrinter:
    port: str
    baudrate: int = 19200
    rtscts: bool = False
    dsrdtr: bool = False
    xonxoff: bool = False
    write_timeout: float = WRITE_TIMEOUT

    @property
    def label(self) -> str:
        return self.port

    def send(self, data: bytes) -> None:
        import serial

        try:
            with serial.Serial(
                self.port,
                self.baudrate,
                timeout=1,
                write_timeout=self.write_timeout,
                rtscts=self.rtscts,
                dsrdtr=self.dsrdtr,
                xonxoff=self.xonxoff,
            ) as link:
                link.write(data)
                link.flush()
        except serial.SerialTimeoutException:
            raise _stalled(self.label) from None
        except (serial.SerialException, OSError) as exc:  # no such port, unplugged, no permission
            raise _unplugged(self.label, getattr(exc, "strerror", None) or "") from None


@dataclass
class UsbPrinter:
    vendor_id: int
    product_id: int
    out_ep: int = 0x01
    write_timeout: float = WRITE_TIMEOUT

    @property
    def label(self) -> str:
        return f"USB {self.vendor_id:04x}:{self.product_id:04x}"

    def send(self, data: bytes) -> None:
        check_usb_support()
        import usb.core
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Usb

        device = Usb(
            self.vendor_id, self.product_id, timeout=int(self.write_timeout * 1000), out_ep=self.out_ep
        )
        try:
            device.open()
            device._raw(data)
        except DeviceNotFoundError:
            raise _unplugged(self.label) from None
        except usb.core.USBTimeoutError:
            raise _stalled(self.label) from None
        except usb.core.USBError as exc:
            raise _unplugged(self.label, str(exc)) from None
        finally:
            with contextlib.suppress(Exception):  # closing a device that is gone: nothing to release
                device.close()


def check_usb_support() -> None:
    """USB printers need pyusb (and libusb); say so in words if it is missing."""
    try:
        import usb.core  # noqa: F401
    except ImportError:
        raise ConfigError(
            "USB 打印机需要 pyusb：请运行 pip install pyusb，并安装 libusb（sudo apt install libusb-1.0-0）；"
            "或者改用 file:///dev/usb/lp0",
            "a USB printer needs pyusb: run pip install pyusb and install libusb "
            "(sudo apt install libusb-1.0-0); or use file:///dev/usb/lp0 instead",
        ) from None


@dataclass
class FilePrinter:
    """A device file (``/dev/usb/lp0``) or any file: bytes appended, never waiting forever."""

    path: str
    write_timeout: float = WRITE_TIMEOUT

    @property
    def label(self) -> str:
        return self.path

    def send(self, data: bytes) -> None:
        flags = (
            os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
        try:
            fd = os.open(self.path, flags, 0o644)
        except FileNotFoundError:
            raise _unplugged(self.label) from None
        except OSError as exc:
            if exc.errno in (errno.ENXIO, errno.ENODEV, errno.EIO):
                raise _unplugged(self.label, exc.strerror or "") from None
            raise PrinterError(
                "refused",
                f"无法写入打印机 {self.label}：{exc.strerror}",
                f"cannot write to the printer {self.label}: {exc.strerror}",
            ) from None
        try:
            self._write_all(fd, data)
        finally:
            os.close(fd)

    def _write_all(self, fd: int, data: bytes) -> None:
        deadline = time.monotonic() + self.write_timeout
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(fd, view) :]
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _stalled(self.label) from None
                time.sleep(0.02)
            except OSError as exc:
                raise _unplugged(self.label, exc.strerror or "") from None


# ---------------------------------------------------------------- by URI


def printer_from_uri(
    uri: str, *, connect_timeout: float = CONNECT_TIMEOUT, write_timeout: float = WRITE_TIMEOUT
) -> Printer | None:
    """The printer a settings URI names, or None for ``none`` (no printer at this counter)."""
    text = uri.strip()
    if text.lower() in ("", "none"):
        return None
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    try:
        if scheme == "tcp" and parts.hostname:
            return TcpPrinter(parts.hostname, parts.port or TCP_PORT, connect_timeout, write_timeout)
        if scheme == "serial" and parts.path:
            return SerialPrinter(
                unquote(parts.path),
                int(query.get("baudrate", "19200")),
                rtscts=query.get("rtscts", "0") in ("1", "true", "yes"),
                dsrdtr=query.get("dsrdtr", "0") in ("1", "true", "yes"),
                xonxoff=query.get("xonxoff", "0") in ("1", "true", "yes"),
                write_timeout=write_timeout,
            )
        if scheme == "usb":
            vid, pid = text.split("://", 1)[1].split("?")[0].split(":")
            return UsbPrinter(
                int(vid, 16), int(pid, 16), int(query.get("out_ep", "0x01"), 16), write_timeout=write_timeout
            )
        if scheme == "file" and parts.path:
            return FilePrinter(unquote(parts.path), write_timeout)
    except ValueError:
        pass
    raise ConfigError(
        f"打印机地址 “{uri}” 看不懂：应为 none、tcp://192.168.1.50:9100、serial:///dev/ttyUSB0?baudrate=19200、"
        "usb://0416:5011 或 file:///dev/usb/lp0",
        f'printer URI "{uri}" is not understood: use none, tcp://192.168.1.50:9100, '
        "serial:///dev/ttyUSB0?baudrate=19200, usb://0416:5011 or file:///dev/usb/lp0",
    )
