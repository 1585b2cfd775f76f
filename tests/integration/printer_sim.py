"""A receipt printer on the loopback network, and a reader of its bytes, for the printing tests.

``Listener`` is a network printer's raw port (a thread with a socket on 127.0.0.1): it keeps the
bytes of each connection, or refuses (accepts and closes), or stalls mid-job (stops reading, with
a tiny receive buffer). ``read_escpos`` reads bytes as a printer does: commands recognised and
checked, text decoded as GB18030 at each line feed, a column counted per byte (a multi-byte
character is a 24-dot Chinese glyph, two columns). ``render_png`` draws what it read on a
203 dpi roll, so a test can save it and a person can look at it.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Mode = Literal["print", "refuse", "stall"]
DOTS = {58: 384, 80: 576}
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


class Listener:
    """A network printer at 127.0.0.1:``port`` (0: any free port), in one of three moods."""

    def __init__(self, mode: Mode = "print", port: int = 0, *, stall_after: int = 200) -> None:
        self.mode = mode
        self.stall_after = stall_after
        self.jobs: list[bytes] = []  # one per connection, complete once the client closed
        self.partial: list[bytes] = []  # what a stalled printer took before it stopped
        self._lock = threading.Condition()
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if mode == "stall":  # inherited by accepted sockets: a window of a few hundred bytes
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(8)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.mode == "refuse":
                conn.close()
            elif self.mode == "stall":
                self._held.append(conn)
                conn.settimeout(1)
                got = b""
                try:
                    while len(got) < self.stall_after:
                        chunk = conn.recv(self.stall_after - len(got))
                        if not chunk:
                            break
                        got += chunk
                except OSError:
                    pass
                with self._lock:
                    self.partial.append(got)
                    self._lock.notify_all()
            else:
                threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        data = bytearray()
        with conn:
            conn.settimeout(10)
            try:
                while chunk := conn.recv(65536):
                    data += chunk
            except OSError:
                pass
        with self._lock:
            self.jobs.append(bytes(data))
            self._lock.notify_all()

    def wait_jobs(self, n: int, timeout: float = 10.0) -> list[bytes]:
        with self._lock:
            self._lock.wait_for(lambda: len(self.jobs) >= n, timeout)
            return list(self.jobs)

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        self.sock.close()
        for conn in self._held:
            conn.close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connecting is refused at once)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return int(port)


# ---------------------------------------------------------------- reading ESC/POS


@dataclass(frozen=True)
class Line:
    text: str
    columns: int  # as the printer counts them: a byte below 0x80 one, a multi-byte character two
    align: int
    bold: bool
    size: int  # the GS ! byte
    chinese: bool  # FS & was on

    @property
    def wide(self) -> bool:
        return bool(self.size & 0x10)

    @property
    def tall(self) -> bool:
        return bool(self.size & 0x01)


@dataclass
class Printout:
    events: list[tuple[object, ...]] = field(default_factory=list)

    def of(self, kind: str) -> list[tuple[object, ...]]:
        return [e for e in self.events if e[0] == kind]

    @property
    def lines(self) -> list[Line]:
        return [e[1] for e in self.events if e[0] == "text"]  # type: ignore[misc]

    @property
    def texts(self) -> list[str]:
        return [ln.text for ln in self.lines]

    @property
    def barcodes(self) -> list[str]:
        return [str(e[1]) for e in self.of("barcode")]

    @property
    def qrs(self) -> list[str]:
        return [str(e[1]) for e in self.of("qr")]

    @property
    def cuts(self) -> list[str]:
        return [str(e[1]) for e in self.of("cut")]

    @property
    def drawer_kicks(self) -> list[tuple[int, int]]:
        return [(int(e[1]), int(e[2])) for e in self.of("drawer")]  # type: ignore[call-overload]


def _code128_text(data: bytes) -> str:
    out, i, code = [], 0, ""
    while i < len(data):
        if data[i : i + 1] == b"{":
            nxt = data[i + 1 : i + 2]
            if nxt == b"{":
                out.append("{")
            elif nxt in (b"A", b"B", b"C"):
                code = nxt.decode()
            else:
                raise ValueError(f"bad Code 128 shift {nxt!r}")
            i += 2
            continue
        if code == "C":
            assert data[i] < 100, data[i]
            out.append(f"{data[i]:02d}")
        elif code == "B":
            out.append(chr(data[i]))
        else:
            raise ValueError("Code 128 data must start with {A, {B or {C")
        i += 1
    return "".join(out)


def read_escpos(data: bytes, *, encoding: str = "gb18030") -> Printout:
    """What a printer does with ``data``; an unknown command is an error, not skipped."""
    out = Printout()
    align, bold, size, chinese = 0, False, 0, False
    bar_w, bar_h, qr_module, qr_data = 3, 162, 3, b""
    text = bytearray()
    cols = 0
    i, n = 0, len(data)

    def arg(k: int) -> bytes:
        if i + k > n:
            raise ValueError(f"command cut short at byte {i}")
        return data[i : i + k]

    while i < n:
        b = data[i]
        if b == 0x0A:
            out.events.append(("text", Line(text.decode(encoding), cols, align, bold, size, chinese)))
            text.clear()
            cols = 0
            i += 1
        elif b == 0x1B:
            cmd = arg(2)[1:2]
            i += 2
            if cmd == b"@":
                align, bold, size, chinese = 0, False, 0, False
                out.events.append(("init",))
            elif cmd == b"a":
                align = arg(1)[0] % 48
                i += 1
            elif cmd == b"E":
                bold = bool(arg(1)[0] & 1)
                i += 1
            elif cmd == b"d":
                out.events.append(("feed", arg(1)[0]))
                i += 1
            elif cmd == b"p":
                m, t1, _t2 = arg(3)
                out.events.append(("drawer", 2 if m in (0, 48) else 5, t1 * 2))
                i += 3
            else:
                raise ValueError(f"unknown ESC {cmd!r} at byte {i - 2}")
        elif b == 0x1C:
            cmd = arg(2)[1:2]
            i += 2
            if cmd == b"&":
                chinese = True
            elif cmd == b".":
                chinese = False
            else:
                raise ValueError(f"unknown FS {cmd!r}")
        elif b == 0x1D:
            cmd = arg(2)[1:2]
            i += 2
            if cmd == b"!":
                size = arg(1)[0]
                i += 1
            elif cmd in (b"H", b"f"):
                i += 1
            elif cmd == b"h":
                bar_h = arg(1)[0]
                i += 1
            elif cmd == b"w":
                bar_w = arg(1)[0]
                i += 1
            elif cmd == b"k":
                m, length = arg(2)
                i += 2
                assert m == 73, "Code 128 in the length-prefixed form"
                out.events.append(("barcode", _code128_text(arg(length)), bar_w, bar_h, align))
                i += length
            elif cmd == b"(":
                sub, pl, ph, cn, fn = arg(5)
                assert sub == ord("k") and cn == 49, (sub, cn)
                body = arg(5 + pl + 256 * ph - 2)[5:]
                if fn == 67:
                    qr_module = body[0]
                elif fn == 80:
                    qr_data = body[1:]
                elif fn == 81:
                    out.events.append(("qr", qr_data.decode("utf-8"), qr_module, align))
                i += 3 + pl + 256 * ph
            elif cmd == b"V":
                m = arg(1)[0]
                i += 1
                if m in (65, 66):
                    i += 1
                out.events.append(("cut", "full" if m in (0, 48, 65) else "partial"))
            elif cmd == b"v":
                zero, _m, xl, xh, yl, yh = arg(6)
                assert zero == ord("0")
                i += 6
                x, y = xl + 256 * xh, yl + 256 * yh
                out.events.append(("image", x * 8, y, arg(x * y)))
                i += x * y
            else:
                raise ValueError(f"unknown GS {cmd!r} at byte {i - 2}")
        elif b < 0x20:
            raise ValueError(f"unexpected control byte {b:#x} at {i}")
        elif b < 0x80:
            text.append(b)
            cols += 1
            i += 1
        else:  # a GB18030 character: two bytes, or four (a digit in the second byte)
            k = 4 if i + 1 < n and 0x30 <= data[i + 1] <= 0x39 else 2
            assert chinese, "Chinese text sent outside Chinese mode"
            text += arg(k)
            cols += 2
            i += k
    assert not text, f"text left without a line feed: {bytes(text)!r}"
    return out


# ---------------------------------------------------------------- drawing what was printed


def render_png(printout: Printout, path: Path, *, paper_mm: int) -> Path:
    """Draw ``printout`` as a 203 dpi roll would look (12×24 dots a column, 30-dot lines)."""
    from PIL import Image, ImageDraw, ImageFont

    from receipts.labels import symbol

    full = DOTS[paper_mm]
    margin = 24
    font = ImageFont.truetype(FONT, 22, index=0)
    small = ImageFont.truetype(FONT, 16, index=0)
    canvas = Image.new("L", (full + 2 * margin, 6000), 255)
    draw = ImageDraw.Draw(canvas)
    y = margin
    for e in printout.events:
        kind = e[0]
        if kind == "text":
            ln: Line = e[1]  # type: ignore[assignment]
            sx, sy = (2 if ln.wide else 1), (2 if ln.tall else 1)
            glyphs = Image.new("L", (max(ln.columns, 1) * 12, 24), 255)
            g = ImageDraw.Draw(glyphs)
            x = 0
            for ch in ln.text:
                w = 12 * len(ch.encode("gb18030")) if ord(ch) >= 0x80 else 12
                w = min(w, 24)
                for dx in (0, 1) if ln.bold else (0,):
                    g.text((x + w / 2 + dx, 20), ch, font=font, fill=0, anchor="ms")
                x += w
            glyphs = glyphs.resize((glyphs.width * sx, 24 * sy), Image.Resampling.NEAREST)
            left = {0: 0, 1: (full - glyphs.width) // 2, 2: full - glyphs.width}[ln.align]
            canvas.paste(glyphs, (margin + left, y))
            y += 30 * sy
        elif kind == "image":
            w, h, bits = int(e[1]), int(e[2]), e[3]  # type: ignore[call-overload]
            img = Image.frombytes("1", (w, h), bits).convert("L").point(lambda v: 255 - v)
            canvas.paste(img, (margin, y))
            y += h
        elif kind == "barcode":
            data, module, height, align = str(e[1]), int(e[2]), int(e[3]), int(e[4])  # type: ignore[call-overload]
            bars = symbol(data).modules
            left = {0: 0, 1: (full - len(bars) * module) // 2, 2: full - len(bars) * module}[align]
            for k, bit in enumerate(bars):
                if bit == "1":
                    x0 = margin + left + k * module
                    draw.rectangle((x0, y, x0 + module - 1, y + height), fill=0)
            draw.text((margin + full / 2, y + height + 24), data, font=font, fill=0, anchor="ms")
            y += height + 34
        elif kind == "qr":
            from reportlab.graphics.barcode import qrencoder

            data, module = str(e[1]), int(e[2])  # type: ignore[call-overload]
            code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
            code.addData(data)
            code.make()
            count = code.getModuleCount()
            left = margin + (full - count * module) // 2
            for r in range(count):
                for c in range(count):
                    if code.isDark(r, c):
                        x0, y0 = left + c * module, y + r * module
                        draw.rectangle((x0, y0, x0 + module - 1, y0 + module - 1), fill=0)
            y += count * module + 8
        elif kind == "feed":
            y += 30 * int(e[1])  # type: ignore[call-overload]
        elif kind == "cut":
            for x0 in range(0, full + 2 * margin, 12):
                draw.line((x0, y + 6, x0 + 6, y + 6), fill=128)
            draw.text((full + 2 * margin - 4, y + 8), f"切纸 {e[1]} cut", font=small, fill=128, anchor="ra")
            y += 28
        elif kind == "drawer":
            draw.text((margin, y), f"[钱箱 drawer pin {e[1]}, {e[2]} ms]", font=small, fill=128)
            y += 20
    canvas = canvas.crop((0, 0, canvas.width, y + margin))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((margin - 1, 0, margin + full, canvas.height - 1), outline=200)  # the printable width
    canvas.save(path)
    return path


def wait_until(predicate: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.01)
    return False
