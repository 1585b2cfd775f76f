"""Print ops to ESC/POS bytes, written here byte by byte rather than through python-escpos.

python-escpos's ``text()`` picks a code page per character and mangles mixed Chinese text such as
``￥12.50`` or full-width letters; a receipt printer in Chinese mode (``FS &``) wants the whole line
as GB18030 (or GBK on older models). Every text op is sent with its own alignment, emphasis and
size, so the bytes of an op never depend on the op before it: a reprint is the first print's
bytes with the 重印 mark in front and the drawer kick left out.

Printers without a Chinese font get every text line as a raster image (``GS v 0``) drawn in the
shop's CJK font on the same column grid (12 dots a column, Font A); barcodes, QR codes, the cut
and the drawer kick stay commands.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pos.print_ops import (
    PAPER_DOTS,
    BarcodeOp,
    CutOp,
    DrawerOp,
    FeedOp,
    Op,
    PrintDoc,
    QrOp,
    TextOp,
    code128_data,
    code128_modules,
    line_columns,
)
from pos.text_layout import char_width, width

if TYPE_CHECKING:
    from PIL.Image import Image
    from PIL.ImageFont import FreeTypeFont

    from pos.config import Config

Encoding = Literal["gb18030", "gbk"]
Render = Literal["text", "raster"]

ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
LF = b"\n"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
DOTS = PAPER_DOTS
CELL = 12  # dots per column in Font A; a hanzi is two
LINE_DOTS = 30  # the printer's default line pitch, kept by raster lines
_ALIGN = {"left": 0, "center": 1, "right": 2}
_SIZE = {"normal": 0x00, "tall": 0x01, "wide": 0x10, "double": 0x11}


@dataclass(frozen=True, slots=True)
class Profile:
    """How the counter's printer wants its bytes: the Chinese encoding, text or raster."""

    encoding: Encoding = "gb18030"
    render: Render = "text"

    @classmethod
    def from_config(cls, config: Config) -> Profile:
        encoding: Encoding = "gbk" if config.printer_encoding == "gbk" else "gb18030"
        render: Render = "raster" if config.printer_render == "raster" else "text"
        return cls(encoding, render)


DEFAULT_PROFILE = Profile()


def encode_text(text: str, encoding: Encoding = "gb18030") -> bytes:
    """``text`` in the printer's encoding; a character it lacks (GBK has no emoji) becomes ``?``
    or ``？``, as wide as the character was, so the columns still line up."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        out = bytearray()
        for ch in text:
            try:
                out += ch.encode(encoding)
            except UnicodeEncodeError:
                out += ("？" if char_width(ch) == 2 else "?" * char_width(ch)).encode(encoding)
        return bytes(out)


def style(op: TextOp) -> bytes:
    """Alignment, emphasis and size of one text line (``ESC a``, ``ESC E``, ``GS !``)."""
    return (
        ESC
        + b"a"
        + bytes([_ALIGN[op.align]])
        + ESC
        + b"E"
        + bytes([int(op.bold)])
        + GS
        + b"!"
        + bytes([_SIZE[op.size]])
    )


def barcode(op: BarcodeOp, paper_mm: int) -> bytes:
    data = code128_data(op.data)
    modules = code128_modules(data)  # the paper's margins beside the print head are its quiet zones
    module = next((w for w in (3, 2) if w * modules <= DOTS[paper_mm]), 1)
    return (
        ESC + b"a\x01" + GS + b"H\x02" + GS + b"f\x00" + GS + b"h" + bytes([max(1, min(op.height, 255))])
        + GS + b"w" + bytes([module]) + GS + b"k" + bytes([73, len(data)]) + data
    )  # fmt: skip


def _qr_fn(fn: int, body: bytes) -> bytes:
    size = len(body) + 2
    return GS + b"(k" + bytes([size % 256, size // 256, 49, fn]) + body


def qr(op: QrOp) -> bytes:
    data = op.data.encode("utf-8")
    return (
        ESC + b"a\x01"
        + _qr_fn(65, b"\x32\x00")  # model 2
        + _qr_fn(67, bytes([max(1, min(op.module, 16))]))  # module size
        + _qr_fn(69, b"\x31")  # error correction M
        + _qr_fn(80, b"\x30" + data)  # store
        + _qr_fn(81, b"\x30")  # print
    )  # fmt: skip


def drawer(op: DrawerOp) -> bytes:
    """``ESC p m t1 t2``: pulse pin 2 (m=0) or 5 (m=1) for t1 × 2 ms, then wait t2 × 2 ms."""
    on = max(1, min((op.pulse_ms + 1) // 2, 255))
    return ESC + b"p" + bytes([0 if op.pin == 2 else 1, on, max(on, 250)])


def cut(op: CutOp) -> bytes:
    """``GS V 65/66 0``: feed to the cutter, then a full or partial cut."""
    return GS + b"V" + bytes([65 if op.mode == "full" else 66, 0])


def to_escpos(doc: PrintDoc, profile: Profile = DEFAULT_PROFILE) -> bytes:
    """The bytes a printer is sent for ``doc``; the same doc and profile always give the same bytes."""
    return b"".join(_chunks(doc, profile))


def prefix(profile: Profile = DEFAULT_PROFILE) -> bytes:
    """What every job starts with: reset, and Chinese mode unless text goes as images."""
    return INIT + (CHINESE_ON if profile.render == "text" else b"")


def _chunks(doc: PrintDoc, profile: Profile) -> Iterator[bytes]:
    yield prefix(profile)
    for op in doc.ops:
        yield op_bytes(op, doc.paper_mm, profile)


def op_bytes(op: Op, paper_mm: int, profile: Profile = DEFAULT_PROFILE) -> bytes:
    if isinstance(op, TextOp):
        if profile.render == "raster":
            return raster_line(op, paper_mm)
        return style(op) + encode_text(op.text, profile.encoding) + LF
    if isinstance(op, FeedOp):
        return ESC + b"d" + bytes([max(0, min(op.lines, 255))])
    if isinstance(op, BarcodeOp):
        return barcode(op, paper_mm)
    if isinstance(op, QrOp):
        return qr(op)
    if isinstance(op, CutOp):
        return cut(op)
    return drawer(op)


# ---------------------------------------------------------------- raster fallback


@functools.cache
def _font(px: int) -> FreeTypeFont:
    from PIL import ImageFont

    from receipts.fonts import cjk_font_file

    path, index = cjk_font_file()
    return ImageFont.truetype(path, px, index=index)


def line_image(op: TextOp, paper_mm: int) -> Image:
    """One text line as the printer would print it in Chinese mode: a 1-bit image, full width,
    each character centred in its columns (12 dots, a hanzi 24), scaled for double sizes."""
    from PIL import Image, ImageDraw

    cols = line_columns(op, paper_mm)
    text = op.text
    while width(text) > cols:
        text = text[:-1]
    base = Image.new("L", (max(1, width(text)) * CELL, 24), 255)
    draw = ImageDraw.Draw(base)
    font = _font(22)
    x = 0
    for ch in text:
        cells = char_width(ch) * CELL
        if cells and not ch.isspace():
            for dx in (0, 1) if op.bold else (0,):
                draw.text((x + cells / 2 + dx, 20), ch, font=font, fill=0, anchor="ms")
        x += cells
    sx = 2 if op.size in ("wide", "double") else 1
    sy = 2 if op.size in ("tall", "double") else 1
    glyphs = base.resize((base.width * sx, base.height * sy), Image.Resampling.NEAREST)
    full = DOTS[paper_mm]
    line = Image.new("L", (full, 24 * sy + LINE_DOTS - 24), 255)
    used = min(glyphs.width, full)
    left = {"left": 0, "center": (full - used) // 2, "right": full - used}[op.align]
    line.paste(glyphs, (left, 0))
    return line.point(lambda v: 0 if v < 128 else 255).convert("1")


def raster(image: Image) -> bytes:
    """``GS v 0``: a 1-bit image, its width a multiple of 8 dots, dark dots printed."""
    from PIL import ImageOps

    img = image.convert("L")
    if img.width % 8:
        padded = ImageOps.expand(img, (0, 0, 8 - img.width % 8, 0), fill=255)
        img = padded
    data = ImageOps.invert(img).convert("1").tobytes()
    x, y = img.width // 8, img.height
    return GS + b"v0\x00" + bytes([x % 256, x // 256, y % 256, y // 256]) + data


def raster_line(op: TextOp, paper_mm: int) -> bytes:
    return raster(line_image(op, paper_mm))
