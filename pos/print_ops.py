"""Print operations: a receipt as a device-independent list of what the printer should do.

A receipt is laid out once into these ops (lines of text already padded to the paper's columns,
a barcode, a QR code, a cut, a drawer kick), stored as JSON with the sale, and turned into
printer bytes (``receipts.escpos_bytes``) or a PDF page (``receipts.receipt_pdf``) as often as
asked. The same ops always give the same bytes: a reprint is the stored ops again, marked 重印
at the top and without the drawer kick, never laid out again from today's names or prices.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pos.errors import InputError
from pos.text_layout import COLUMNS, Align, shorten, width, wrap

Size = Literal["normal", "tall", "wide", "double"]  # tall: double height; wide: double width
CutMode = Literal["full", "partial"]
FORMAT_VERSION = 1
REPRINT_MARK = "** 重印 **"
PAPER_DOTS = {58: 384, 80: 576}  # dots across a 203 dpi head: 48 mm printable of 58, 72 mm of 80
_ALIGNS: tuple[Align, ...] = ("left", "center", "right")
_SIZES: tuple[Size, ...] = ("normal", "tall", "wide", "double")


@dataclass(frozen=True, slots=True)
class TextOp:
    """One line of text, already laid out to fit the paper (``wide``/``double`` use half the columns)."""

    text: str
    align: Align = "left"
    bold: bool = False
    size: Size = "normal"


@dataclass(frozen=True, slots=True)
class FeedOp:
    lines: int = 1


@dataclass(frozen=True, slots=True)
class BarcodeOp:
    """A Code 128 barcode of ``data`` (printable ASCII), its text printed below it."""

    data: str
    height: int = 64  # dots


@dataclass(frozen=True, slots=True)
class QrOp:
    data: str
    module: int = 5  # dots per module, 1..16


@dataclass(frozen=True, slots=True)
class CutOp:
    mode: CutMode = "partial"


@dataclass(frozen=True, slots=True)
class DrawerOp:
    """Kick the cash drawer: connector pin 2 or 5, pulse on for ``pulse_ms``."""

    pin: int = 2
    pulse_ms: int = 100


Op = TextOp | FeedOp | BarcodeOp | QrOp | CutOp | DrawerOp


@dataclass(frozen=True, slots=True)
class PrintDoc:
    """What one print job prints, for paper ``paper_mm`` wide (58 or 80)."""

    paper_mm: int
    ops: tuple[Op, ...]

    @property
    def columns(self) -> int:
        return COLUMNS[self.paper_mm]

    def without_drawer(self) -> PrintDoc:
        return PrintDoc(self.paper_mm, tuple(op for op in self.ops if not isinstance(op, DrawerOp)))

    def opens_drawer(self) -> bool:
        return any(isinstance(op, DrawerOp) for op in self.ops)

    def text_lines(self) -> list[str]:
        return [op.text for op in self.ops if isinstance(op, TextOp)]


def code128_data(text: str) -> bytes:
    """Code 128 data in the ``{B``/``{C`` code-set notation (ESC/POS ``GS k`` takes it as is):
    code set B, switching to C (two digits a symbol) for runs of four or more digits, which keeps
    a receipt number narrow enough for 58 mm paper."""
    out = bytearray()
    current = ""

    def switch(code: str) -> None:
        nonlocal current
        if current != code:
            out.extend(b"{" + code.encode())
            current = code

    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and "0" <= text[j] <= "9":
            j += 1
        if j - i >= 4:
            if (j - i) % 2:
                switch("B")
                out.extend(text[i].encode())
                i += 1
            switch("C")
            out.extend(int(text[k : k + 2]) for k in range(i, j, 2))
            i = j
            continue
        ch = text[i]
        if not (" " <= ch <= "~"):
            raise ValueError(f"Code 128 takes printable ASCII, not {ch!r}")
        switch("B")
        out.extend(b"{{" if ch == "{" else ch.encode())
        i += 1
    return bytes(out)


def code128_modules(data: bytes) -> int:
    """Modules across a Code 128 symbol for ``data`` as :func:`code128_data` writes it."""
    symbols = 2  # start and check; the first "{B"/"{C" is the start code
    i = 0
    while i < len(data):
        if data[i : i + 2] == b"{{":
            symbols += 1
            i += 2
        elif data[i : i + 1] == b"{":
            symbols += 1 if i else 0
            i += 2
        else:
            symbols += 1
            i += 1
    return symbols * 11 + 13


def fits_code128(text: str, paper_mm: int, *, module: int = 2) -> bool:
    """Can ``text`` be a Code 128 barcode of ``module``-dot bars across ``paper_mm`` paper?"""
    if not text or not all(" " <= ch <= "~" for ch in text):
        return False
    return module * code128_modules(code128_data(text)) <= PAPER_DOTS[paper_mm]


def line_columns(op: TextOp, paper_mm: int) -> int:
    """How many columns ``op`` may take: half the paper's in double width."""
    return COLUMNS[paper_mm] // (2 if op.size in ("wide", "double") else 1)


def marked(doc: PrintDoc, *lines: str) -> PrintDoc:
    """``doc`` with a mark at the top (bold, double size, then normal lines) and no drawer kick."""
    head: list[Op] = []
    if lines:
        head.append(TextOp(shorten(lines[0], doc.columns // 2), "center", True, "double"))
        head += [TextOp(shorten(ln, doc.columns), "center") for ln in lines[1:]]
    return PrintDoc(doc.paper_mm, (*head, *doc.without_drawer().ops))


def reprint(doc: PrintDoc, *, note: str = "") -> PrintDoc:
    """A reprint: exactly the stored receipt, marked 重印 at the top, never kicking the drawer."""
    return marked(doc, REPRINT_MARK, *([note] if note else []))


def text_document(lines: Iterable[str], *, paper_mm: int, cut: CutMode | None = "partial") -> PrintDoc:
    """Plain text (a Z report, a test page) as ops: each line wrapped to the paper's columns."""
    cols = COLUMNS[paper_mm]
    ops: list[Op] = []
    for line in lines:
        ops += [TextOp(part) for part in wrap(line, cols)] if width(line) > cols else [TextOp(line)]
    if cut is not None:
        ops += [FeedOp(3), CutOp(cut)]
    return PrintDoc(paper_mm, tuple(ops))


# ---------------------------------------------------------------- JSON


def _op_json(op: Op) -> dict[str, Any]:
    if isinstance(op, TextOp):
        d: dict[str, Any] = {"op": "text", "text": op.text}
        if op.align != "left":
            d["align"] = op.align
        if op.bold:
            d["bold"] = True
        if op.size != "normal":
            d["size"] = op.size
        return d
    if isinstance(op, FeedOp):
        return {"op": "feed", "lines": op.lines}
    if isinstance(op, BarcodeOp):
        return {"op": "barcode", "data": op.data, "height": op.height}
    if isinstance(op, QrOp):
        return {"op": "qr", "data": op.data, "module": op.module}
    if isinstance(op, CutOp):
        return {"op": "cut", "mode": op.mode}
    return {"op": "drawer", "pin": op.pin, "pulse_ms": op.pulse_ms}


def to_json(doc: PrintDoc) -> str:
    """The ops as compact JSON (UTF-8 text, Chinese as it is), stored with the sale or print job."""
    body = {"v": FORMAT_VERSION, "paper_mm": doc.paper_mm, "ops": [_op_json(op) for op in doc.ops]}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _choice(value: object, allowed: Sequence[str]) -> Any:
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {allowed}")
    return value


def _op(d: dict[str, Any]) -> Op:
    kind = d["op"]
    if kind == "text":
        return TextOp(
            str(d["text"]),
            _choice(d.get("align", "left"), _ALIGNS),
            bool(d.get("bold", False)),
            _choice(d.get("size", "normal"), _SIZES),
        )
    if kind == "feed":
        return FeedOp(int(d["lines"]))
    if kind == "barcode":
        return BarcodeOp(str(d["data"]), int(d["height"]))
    if kind == "qr":
        return QrOp(str(d["data"]), int(d["module"]))
    if kind == "cut":
        return CutOp(_choice(d["mode"], ("full", "partial")))
    if kind == "drawer":
        return DrawerOp(int(d["pin"]), int(d["pulse_ms"]))
    raise ValueError(f"unknown print op {kind!r}")


def from_json(text: str) -> PrintDoc:
    """Read back what :func:`to_json` wrote; anything else is an :class:`InputError`."""
    try:
        body = json.loads(text)
        if body.get("v") != FORMAT_VERSION:
            raise ValueError(f"version {body.get('v')!r}")
        paper = int(body["paper_mm"])
        if paper not in COLUMNS:
            raise ValueError(f"paper {paper} mm")
        return PrintDoc(paper, tuple(_op(d) for d in body["ops"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            f"存储的小票内容无法读取：{exc}", f"the stored receipt content cannot be read: {exc}"
        ) from exc
