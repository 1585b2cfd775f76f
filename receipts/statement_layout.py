"""Page furniture and flowing tables for statements: A4 landscape, a header and footer on every page,
a watermark, tables whose header row repeats on each page, "第 n 页 / 共 N 页".

Pages are laid out first (pure arithmetic on fixed row heights, here), then drawn
(:mod:`receipts.statement_render`), so every page knows how many there are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from receipts import fonts

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 9 * mm
MARGIN_BOTTOM = 8 * mm
HEADER_H = 50.0
FOOTER_H = 16.0
LEFT, RIGHT = MARGIN_X, PAGE_W - MARGIN_X
WIDTH = RIGHT - LEFT
BODY_TOP = PAGE_H - MARGIN_TOP - HEADER_H
BODY_BOTTOM = MARGIN_BOTTOM + FOOTER_H

SIZE = 7.5  # table text
ROW_H = 10.0
HEAD_H = 13.0
TITLE_H = 17.0
GAP = 10.0
PAD = 3.0

INK = HexColor("#111827")
MUTED = HexColor("#6b7280")
RULE = HexColor("#9ca3af")
FAINT = HexColor("#e5e7eb")
SHADE = HexColor("#f3f4f6")
HEAD_FILL = HexColor("#e5e7eb")
REFUND = HexColor("#b91c1c")
DRAFT = HexColor("#9ca3af")
CLOSED = HexColor("#15803d")

FURNITURE = "furniture"
Align = Literal["left", "right", "centre"]
Style = Literal["line", "refund", "subtotal", "total"]


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float  # points
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class Row:
    """One table row of ready-made text; ``span`` leading cells are merged into the first."""

    cells: tuple[str, ...]
    style: Style = "line"
    span: int = 1
    rule_above: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Row]

    def __post_init__(self) -> None:
        assert abs(sum(c.width for c in self.columns) - WIDTH) < 0.5, "columns must fill the width"


@dataclass(frozen=True, slots=True)
class Block:
    """Something of fixed height drawn by ``draw(canvas, top)`` (a summary box, signature lines)."""

    height: float
    draw: Callable[[Canvas, float], None]


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page of one document shows around its body."""

    title: str  # 结算单 / 推介费结算单 / 合作社结算汇总
    shop_name: str
    shop_address: str
    number: str
    period_text: str
    who: str  # "主理人 名称（H01）" on every page
    status_text: str  # 草稿 … / 已结算 …
    closed: bool
    watermark: str  # 草稿 or 已结算


@dataclass(slots=True)
class Piece:
    item: Table | Block
    top: float
    start: int = 0  # rows [start, end) of a table
    end: int = 0
    first: bool = True


@dataclass(slots=True)
class Page:
    pieces: list[Piece] = field(default_factory=list)


def row_height(row: Row) -> float:
    return ROW_H + (2.0 if row.style == "total" else 0.0)


def paginate(items: Sequence[Table | Block]) -> list[Page]:
    """Place blocks and table rows top to bottom; a table never starts with fewer than 3 rows."""
    pages = [Page()]
    y = BODY_TOP
    for item in items:
        if isinstance(item, Block):
            if y - item.height < BODY_BOTTOM and pages[-1].pieces:
                pages.append(Page())
                y = BODY_TOP
            pages[-1].pieces.append(Piece(item, y))
            y -= item.height + GAP
            continue
        i, first = 0, True
        rows = item.rows
        while True:
            need = (TITLE_H if item.title else 0) + HEAD_H + sum(row_height(r) for r in rows[i : i + 3])
            if y - need < BODY_BOTTOM and pages[-1].pieces:
                pages.append(Page())
                y = BODY_TOP
            piece = Piece(item, y, i, i, first)
            y -= (TITLE_H if item.title else 0) + HEAD_H
            while i < len(rows) and y - row_height(rows[i]) >= BODY_BOTTOM:
                y -= row_height(rows[i])
                i += 1
            piece.end = i
            pages[-1].pieces.append(piece)
            if i >= len(rows):
                y -= GAP
                break
            pages.append(Page())
            y = BODY_TOP
            first = False
    return pages


_CHAR_W: dict[str, float] = {}


def table_width(text: str) -> float:
    """Width at the table size: Σ of each character's advance (the font has no kerning table that
    reportlab applies), each measured once."""
    try:
        return sum(map(_CHAR_W.__getitem__, text))
    except KeyError:
        for ch in set(text) - _CHAR_W.keys():
            _CHAR_W[ch] = fonts.text_width(ch, SIZE)
        return sum(map(_CHAR_W.__getitem__, text))


@lru_cache(maxsize=1 << 17)
def fitted(text: str, width: float) -> tuple[str, float]:
    """``text`` at the table size, shortened with "…" if wider than ``width``, and its width."""
    w = table_width(text)
    if w <= width:
        return text, w
    short = fonts.shorten(text, SIZE, width)
    return short, table_width(short)
