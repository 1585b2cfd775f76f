"""A receipt's print ops as a PDF e-receipt: a page as wide as the paper, as long as the receipt.

The same ops the printer gets, drawn on the printer's grid (a column is 1.5 mm, a hanzi two
columns, 30-dot line pitch), so the e-receipt lines up exactly as the paper does. Text is real
text in the shop's embedded CJK font; the receipt number is a Code 128 or QR code that the refund
screen's scanner reads off a phone.
"""

from __future__ import annotations

import io
import unicodedata

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.print_ops import BarcodeOp, CutOp, FeedOp, Op, PrintDoc, QrOp, TextOp, line_columns
from pos.text_layout import char_width, width
from receipts import fonts
from receipts.escpos_bytes import CELL, DOTS, LINE_DOTS
from receipts.labels import symbol

MM: float = mm
DOT = 25.4 / 203 * MM  # one dot of a 203 dpi head, in points
PITCH = LINE_DOTS * DOT
QR_SIZE = 26 * MM
BARCODE_H = 10 * MM
TOP = 5 * MM


def _scale(op: TextOp) -> tuple[int, int]:
    return (2 if op.size in ("wide", "double") else 1, 2 if op.size in ("tall", "double") else 1)


def _height(op: Op) -> float:
    if isinstance(op, TextOp):
        return PITCH * _scale(op)[1]
    if isinstance(op, FeedOp):
        return PITCH * op.lines
    if isinstance(op, BarcodeOp):
        return BARCODE_H + PITCH
    if isinstance(op, QrOp):
        return QR_SIZE + 2 * MM
    if isinstance(op, CutOp):
        return 4 * MM
    return 0.0


def _kind(ch: str) -> str:
    """n: one column; w: a hanzi or full-width form; a: a two-column mark (·, ×) that is narrow
    in the font and centred in its two columns, as the printer's Chinese font draws it."""
    if char_width(ch) == 1:
        return "n"
    return "w" if unicodedata.east_asian_width(ch) in ("W", "F") else "a"


def _runs(text: str) -> list[tuple[int, str]]:
    """``(start column, run)`` of the words of ``text``, split where the kind of character changes
    (and around every two-column mark)."""
    out: list[tuple[int, str]] = []
    col = 0
    run, run_col = "", 0
    for ch in text:
        if ch.isspace() or (run and (_kind(run[-1]) != _kind(ch) or _kind(ch) == "a")):
            if run:
                out.append((run_col, run))
            run = ""
        if not ch.isspace():
            if not run:
                run_col = col
            run += ch
        col += char_width(ch)
    if run:
        out.append((run_col, run))
    return out


def _text(c: Canvas, op: TextOp, left: float, top: float, paper_mm: int) -> None:
    """Each word set on the printer's grid: squeezed or stretched to exactly its columns, so
    columns line up as on paper and ``pdftotext`` still reads whole words."""
    sx, sy = _scale(op)
    text = op.text
    while width(text) > line_columns(op, paper_mm):
        text = text[:-1]
    cell = CELL * DOT * sx
    full = DOTS[paper_mm] * DOT
    used = width(text) * cell
    x0 = left + {"left": 0.0, "center": (full - used) / 2, "right": full - used}[op.align]
    size = 2 * CELL * DOT * 0.92  # a hanzi fills its two columns, as in the printer's 24-dot font
    baseline = top - PITCH * sy + (LINE_DOTS - 24 + 5) * DOT * sy
    font = fonts.cjk_font()
    for col, run in _runs(text):
        natural = fonts.text_width(run, size)
        target = width(run) * cell
        squeeze = min(target / natural, 1.0) if _kind(run[0]) == "a" else target / natural
        c.saveState()
        c.translate(x0 + col * cell + (target - natural * squeeze) / 2, baseline)
        c.scale(1, sy)
        t = c.beginText(0, 0)
        t.setFont(font, size)
        t.setHorizScale(100 * squeeze)
        if op.bold:
            c.setLineWidth(size * 0.045)
            t.setTextRenderMode(2)
        t.textOut(run)
        c.drawText(t)
        c.restoreState()


def _barcode(c: Canvas, op: BarcodeOp, left: float, top: float, full: float) -> None:
    bars = symbol(op.data).modules
    x_dim = min(0.33 * MM, full / (len(bars) + 20))
    x = left + (full - len(bars) * x_dim) / 2
    bottom = top - BARCODE_H + 3 * MM
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    i = 0
    while i < len(bars):
        j = i
        while j < len(bars) and bars[j] == bars[i]:
            j += 1
        if bars[i] == "1":
            c.rect(x + i * x_dim, bottom, (j - i) * x_dim, BARCODE_H - 3 * MM, stroke=0, fill=1)
        i = j
    c.restoreState()
    size = 2 * CELL * DOT * 0.92
    fonts.draw(c, left + full / 2, bottom - PITCH + 6 * DOT, op.data, size, anchor="centre")


def _qr(c: Canvas, op: QrOp, left: float, top: float, full: float) -> None:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(op.data)
    code.make()
    n = code.getModuleCount()
    box = QR_SIZE / (n + 4)
    x0 = left + (full - QR_SIZE) / 2 + 2 * box
    y0 = top - 1 * MM - 2 * box
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    for r in range(n):
        for k in range(n):
            if code.isDark(r, k):
                c.rect(x0 + k * box, y0 - (r + 1) * box, box, box, stroke=0, fill=1)
    c.restoreState()


def receipt_pdf(doc: PrintDoc, *, title: str) -> bytes:
    """``doc`` as a one-page PDF e-receipt, ``doc.paper_mm`` wide; the same doc gives the same bytes."""
    full = DOTS[doc.paper_mm] * DOT
    page_w = doc.paper_mm * mm
    left = (page_w - full) / 2
    page_h = TOP * 2 + sum(_height(op) for op in doc.ops)
    buf = io.BytesIO()
    c = fonts.new_canvas(buf, (page_w, page_h), title)
    top = page_h - TOP
    for op in doc.ops:
        if isinstance(op, TextOp):
            _text(c, op, left, top, doc.paper_mm)
        elif isinstance(op, BarcodeOp):
            _barcode(c, op, left, top, full)
        elif isinstance(op, QrOp):
            _qr(c, op, left, top, full)
        top -= _height(op)
    c.showPage()
    c.save()
    return buf.getvalue()
