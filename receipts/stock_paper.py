"""The paper of stock documents: A4 portrait pages with a header on each, a table whose header row
repeats on every page, and signature lines at the end (see :mod:`receipts.stock_docs` for what the
slips and the variance report say on it)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from receipts import fonts

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 15 * mm, PAGE_W - 15 * mm
TOP, BOTTOM = PAGE_H - 15 * mm, 15 * mm
INK, MUTED, RULE, FILL = HexColor("#111827"), HexColor("#6b7280"), HexColor("#9ca3af"), HexColor("#e5e7eb")
LOSS, GAIN = HexColor("#b91c1c"), HexColor("#15803d")
ROW_H, SIZE = 15.0, 9.5
SIGN_H = 95.0  # the signature block at the foot of the last page of a part


@dataclass(frozen=True, slots=True)
class Col:
    title: str
    width: float  # fraction of the table's width
    right: bool = False


class Doc:
    """A4 portrait pages: a header on each, a table whose header row repeats, signatures at the end."""

    def __init__(self, title: str) -> None:
        self.buf = io.BytesIO()
        self.c: Canvas = fonts.new_canvas(self.buf, A4, title)
        self.font = fonts.cjk_font()
        self.y = TOP
        self.page = 0
        self.header: list[tuple[str, str]] = []
        self.title = title

    def text(
        self, x: float, y: float, s: str, *, size: float = SIZE, right: bool = False, color: Color = INK
    ) -> None:
        self.c.setFont(self.font, size)
        self.c.setFillColor(color)
        (self.c.drawRightString if right else self.c.drawString)(x, y, s)

    def new_page(self, heading: Sequence[str]) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = TOP
        for i, line in enumerate(heading):
            self.text(
                LEFT,
                self.y - (18 if i == 0 else 12),
                line,
                size=16 if i == 0 else 10,
                color=INK if i == 0 else MUTED,
            )
            self.y -= 22 if i == 0 else 14
        self.text(RIGHT, TOP - 18, f"第 {self.page} 页 / page {self.page}", size=8, right=True, color=MUTED)
        self.y -= 8
        self.c.setStrokeColor(RULE)
        self.c.line(LEFT, self.y, RIGHT, self.y)
        self.y -= 10

    def fields(self, pairs: Sequence[tuple[str, str]]) -> None:
        width = (RIGHT - LEFT) / 2
        for i, (k, v) in enumerate(pairs):
            x = LEFT + (i % 2) * width
            self.text(x, self.y - 10, k, size=9, color=MUTED)
            self.text(x + 84, self.y - 10, clip(v, width - 90))
            if i % 2 == 1 or i == len(pairs) - 1:
                self.y -= 16
        self.y -= 6

    def table_head(self, cols: Sequence[Col]) -> None:
        self.c.setFillColor(FILL)
        self.c.rect(LEFT, self.y - ROW_H, RIGHT - LEFT, ROW_H, stroke=0, fill=1)
        self._cells(cols, [c.title for c in cols], bold=True)

    def _cells(
        self, cols: Sequence[Col], cells: Sequence[str], *, bold: bool = False, color: Color = INK
    ) -> None:
        x = LEFT
        span = RIGHT - LEFT
        for col, cell in zip(cols, cells, strict=True):
            w = col.width * span
            shown = clip(cell, w - 8)
            if col.right:
                self.text(x + w - 4, self.y - ROW_H + 4, shown, right=True, color=color)
            else:
                self.text(x + 4, self.y - ROW_H + 4, shown, color=color)
            x += w
        self.y -= ROW_H
        if bold:
            return
        self.c.setStrokeColor(FILL)
        self.c.line(LEFT, self.y, RIGHT, self.y)

    def row(
        self,
        cols: Sequence[Col],
        cells: Sequence[str],
        heading: Sequence[str],
        *,
        color: Color = INK,
        total: bool = False,
    ) -> None:
        if self.y - ROW_H < BOTTOM + 20:
            self.new_page(heading)
            self.table_head(cols)
        if total:
            self.c.setStrokeColor(INK)
            self.c.line(LEFT, self.y, RIGHT, self.y)
        self._cells(cols, cells, color=color)

    def signatures(self, labels: Sequence[str], heading: Sequence[str], *, note: str = "") -> None:
        if self.y - SIGN_H < BOTTOM:
            self.new_page(heading)
        self.y -= 18
        for line in note.splitlines():  # Chinese, then English, a line each
            self.text(LEFT, self.y, clip(line, RIGHT - LEFT), size=8.5, color=MUTED)
            self.y -= 13
        width = (RIGHT - LEFT) / len(labels)
        self.y -= 36
        self.c.setStrokeColor(INK)
        for i, label in enumerate(labels):
            x = LEFT + i * width
            self.c.line(x + 4, self.y, x + width - 14, self.y)
            self.text(x + 4, self.y - 12, label, size=9)
            self.text(x + 4, self.y - 26, "日期 Date：", size=8.5, color=MUTED)
        self.y -= 40

    def bytes(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def clip(text: str, width: float) -> str:
    if fonts.text_width(text, SIZE) <= width:
        return text
    while text and fonts.text_width(text + fonts.ELLIPSIS, SIZE) > width:
        text = text[:-1]
    return text + fonts.ELLIPSIS
