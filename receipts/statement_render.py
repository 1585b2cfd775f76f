"""Drawing a laid-out statement: header, footer and watermark on every page, then its tables.

Table text goes out as one text object per page: fast for a 100-page statement, and still real
text in the embedded font (selectable, found by ``pdftotext``). The pages come from
:func:`receipts.statement_layout.paginate`.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from receipts import fonts
from receipts.statement_layout import (
    BODY_TOP,
    CLOSED,
    DRAFT,
    FOOTER_H,
    FURNITURE,
    HEAD_FILL,
    HEAD_H,
    INK,
    LEFT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MUTED,
    PAD,
    PAGE_H,
    PAGE_W,
    REFUND,
    RIGHT,
    RULE,
    SHADE,
    SIZE,
    TITLE_H,
    WIDTH,
    Block,
    Column,
    Furniture,
    Piece,
    Table,
    fitted,
    paginate,
    row_height,
)


def _header(c: Canvas, f: Furniture) -> None:
    top = PAGE_H - MARGIN_TOP
    fonts.draw(c, LEFT, top - 14, f"{f.shop_name} · {f.title}", 14, bold=True, color=INK)
    fonts.draw(c, LEFT, top - 27, fonts.shorten(f.shop_address, 8, WIDTH / 2), 8, color=MUTED)
    fonts.draw(c, LEFT, top - 40, fonts.shorten(f.who, 9, WIDTH / 2), 9, bold=True, color=INK)
    fonts.draw(c, RIGHT, top - 12, f"单号 {f.number}", 9, anchor="right", color=INK)
    fonts.draw(c, RIGHT, top - 25, f"结算期 {f.period_text}", 8.5, anchor="right", color=INK)
    colour = CLOSED if f.closed else DRAFT
    text = fonts.shorten(f.status_text, 8.5, WIDTH / 2 - 12)
    w = fonts.text_width(text, 8.5)
    c.saveState()
    c.setStrokeColor(colour)
    c.setLineWidth(0.8)
    c.roundRect(RIGHT - w - 8, top - 44, w + 8, 13, 2, stroke=1, fill=0)
    c.restoreState()
    fonts.draw(c, RIGHT - 4, top - 40.5, text, 8.5, bold=True, anchor="right", color=colour)
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.line(LEFT, BODY_TOP + 2, RIGHT, BODY_TOP + 2)
    c.restoreState()


def _footer(c: Canvas, f: Furniture) -> None:
    y = MARGIN_BOTTOM + 3
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.line(LEFT, MARGIN_BOTTOM + FOOTER_H - 4, RIGHT, MARGIN_BOTTOM + FOOTER_H - 4)
    c.restoreState()
    fonts.draw(c, LEFT, y, fonts.shorten(f"{f.number} · {f.who}", 7.5, WIDTH / 3), 7.5, color=MUTED)
    note = "已结算：数字不再改变" if f.closed else "草稿：结账前数字可能变动"
    fonts.draw(c, RIGHT, y, note, 7.5, anchor="right", color=MUTED)


def _watermark(c: Canvas, f: Furniture) -> None:
    c.saveState()
    c.setFillColor(CLOSED if f.closed else DRAFT)
    c.setFillAlpha(0.07 if f.closed else 0.12)
    c.translate(PAGE_W / 2, PAGE_H / 2 - 20)
    c.rotate(28)
    size = 150 if len(f.watermark) <= 2 else 120
    t = c.beginText()
    t.setFont(fonts.cjk_font(), size)
    t.setTextOrigin(-fonts.text_width(f.watermark, size) / 2, -size * 0.35)
    t.textOut(f.watermark)
    c.drawText(t)
    c.restoreState()


class _Cells:
    """Table text as the PDF text operators reportlab's ``textOut`` writes for a TrueType font
    (subset switches with ``Tf``, strings with ``Tj``, here as hex strings), without its per-call
    width measuring and number formatting, and encoding each distinct string once: a 100-page
    statement in a quarter of the time. Uses reportlab's TrueType subsetting (``splitString``,
    ``getSubsetInternalName``, as ``textOut`` does); the font is embedded and the text extractable
    exactly as with ``textOut``."""

    def __init__(self, c: Canvas, size: float) -> None:
        self.c = c
        self.font = pdfmetrics.getFont(fonts.cjk_font())
        self.doc = c._doc
        self.size = f"{size:g}"
        self.runs: dict[str, list[tuple[int, str]]] = {}
        self.ops: list[str] = []
        self.subset = -1
        self._table: dict[int, str] = {}
        self._known = -1
        self._state: object | None = None

    def _split(self, text: str) -> list[tuple[int, str]]:
        """``font.splitString`` as (subset, hex bytes) runs. Text whose characters all sit in the
        first subset already (nearly all of it, after the first rows) is mapped by one
        ``str.translate``; anything else goes through ``splitString``, which assigns new glyphs."""
        if self._state is None:
            self._state = self.font.state.get(self.doc)  # made by the first splitString
        assigned = getattr(self._state, "assignments", None)
        if assigned is not None:
            if len(assigned) != self._known:
                self._table = dict.fromkeys(range(256), "\uffff")
                self._table.update({c: chr(n) for c, n in assigned.items() if n < 256})
                self._known = len(assigned)
            try:
                return [(0, text.translate(self._table).encode("latin-1").hex())]
            except UnicodeEncodeError:
                pass
        return [(n, b.hex()) for n, b in self.font.splitString(text, self.doc)]

    def put(self, x: float, y: float, text: str) -> None:
        runs = self.runs.get(text)
        if runs is None:
            runs = self._split(text)
            self.runs[text] = runs
        ops = self.ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for n, esc in runs:
            if n != self.subset:
                ops.append(f"{self.font.getSubsetInternalName(n, self.doc)} {self.size} Tf")
                self.subset = n
            ops.append(f"<{esc}> Tj")

    def colour(self, colour: Color) -> None:
        self.ops.append(f"{_rgb(colour, 'rg')} {_rgb(colour, 'RG')}")

    def bold(self, on: bool) -> None:
        self.ops.append("2 Tr" if on else "0 Tr")

    def draw(self) -> None:
        """Everything put so far, as one text object, bold strokes a hairline."""
        if self.ops:
            self.c.saveState()
            self.c.setLineWidth(SIZE * 0.04)
            self.c.setLineJoin(1)
            self.c._code.append("BT " + " ".join(self.ops) + " ET")
            self.c.restoreState()
        self.ops = []
        self.subset = -1


def _table_piece(c: Canvas, piece: Piece, cells: _Cells) -> None:
    table = piece.item
    assert isinstance(table, Table)
    y = piece.top
    if table.title:
        title = table.title if piece.first else f"{table.title}（续）"
        fonts.draw(c, LEFT, y - 12, title, 10, bold=True, color=INK)
        y -= TITLE_H
    xs = [LEFT]
    for col in table.columns:
        xs.append(xs[-1] + col.width)
    shade = [
        _rgb(HEAD_FILL, "rg"),
        f"{LEFT:.2f} {y - HEAD_H:.2f} {WIDTH:.2f} {HEAD_H:.2f} re f",
        _rgb(SHADE, "rg"),
    ]
    rules = [_rgb(RULE, "RG"), "0.3 w"]
    cells.colour(INK)
    cells.bold(False)
    slots = {1: _slots(table.columns, xs, 1)}
    _cells(cells, slots[1], tuple(col.title for col in table.columns), y - HEAD_H + 4)
    y -= HEAD_H
    rows = table.rows[piece.start : piece.end]
    # backgrounds and rules first (as raw path operators: thousands per statement), then the text
    at = y
    strong_rules = []
    for row in rows:
        h = row_height(row)
        if row.style in ("subtotal", "total"):
            shade.append(f"{LEFT:.2f} {at - h:.2f} {WIDTH:.2f} {h:.2f} re f")
        if row.style == "total":
            strong_rules.append(f"{LEFT:.2f} {at:.2f} m {RIGHT:.2f} {at:.2f} l S")
        elif row.rule_above:
            rules.append(f"{LEFT:.2f} {at:.2f} m {RIGHT:.2f} {at:.2f} l S")
        at -= h
    rules += ["0.5 w", f"{LEFT:.2f} {at:.2f} m {RIGHT:.2f} {at:.2f} l S"]
    if strong_rules:
        rules += [_rgb(INK, "RG"), "0.8 w", *strong_rules]
    c._code.append("q " + " ".join(shade + rules) + " Q")
    colour: Color = INK
    bold = False
    for row in rows:
        h = row_height(row)
        want = REFUND if row.style == "refund" else INK
        if want is not colour:
            cells.colour(want)
            colour = want
        strong = row.style in ("subtotal", "total")
        if strong != bold:
            cells.bold(strong)
            bold = strong
        if row.span not in slots:
            slots[row.span] = _slots(table.columns, xs, row.span)
        _cells(cells, slots[row.span], row.cells, y - h + 3)
        y -= h
    cells.draw()


def _rgb(colour: Color, op: str) -> str:
    r, g, b = colour.rgb()
    return f"{r:.3f} {g:.3f} {b:.3f} {op}"


Slot = tuple[int, float, float, str]  # cell index, left, right, alignment


def _slots(columns: Sequence[Column], xs: Sequence[float], span: int) -> list[Slot]:
    out: list[Slot] = []
    i = 0
    while i < len(columns):
        j = i + (span if i == 0 else 1)
        align = "left" if i == 0 and span > 1 else columns[i].align
        out.append((i, xs[i] + PAD, xs[j] - PAD, align))
        i = j
    return out


def _cells(out: _Cells, slots: Sequence[Slot], cells: Sequence[str], y: float) -> None:
    put = out.put
    n = len(cells)
    for i, left, right, align in slots:
        if i >= n or not cells[i]:
            continue
        text, w = fitted(cells[i], right - left)
        if align == "right":
            put(right - w, y, text)
        elif align == "centre":
            put((left + right - w) / 2, y, text)
        else:
            put(left, y, text)


def render(furniture: Furniture, items: Sequence[Table | Block]) -> bytes:
    """The document: laid out, then every page drawn with its header, footer and watermark."""
    pages = paginate(items)
    buf = io.BytesIO()
    c = fonts.new_canvas(buf, (PAGE_W, PAGE_H), f"{furniture.title} {furniture.number}")
    c.setSubject(furniture.who)
    cells = _Cells(c, SIZE)
    # what every page shows but its number, drawn once and placed on each page (a form XObject)
    c.beginForm(FURNITURE)
    _header(c, furniture)
    _footer(c, furniture)
    c.endForm()
    for n, page in enumerate(pages, start=1):
        _watermark(c, furniture)  # its transparency needs the page's resources, not a form's
        c.doForm(FURNITURE)
        fonts.draw(
            c, PAGE_W / 2, MARGIN_BOTTOM + 3, f"第 {n} 页 / 共 {len(pages)} 页", 8, anchor="centre", color=INK
        )
        for piece in page.pieces:
            if isinstance(piece.item, Block):
                piece.item.draw(c, piece.top)
            else:
                _table_piece(c, piece, cells)
        c.showPage()
    _save_binary(c)
    return buf.getvalue()


_SAVE = threading.Lock()


def _save_binary(c: Canvas) -> None:
    """Save with binary (Flate only) streams. reportlab wraps every compressed stream in ASCII85
    unless told not to, with a pure-Python encoder when its optional C accelerator is absent: a
    quarter of the time of a long statement, for a 7-bit safety a PDF file does not need. The
    switch is reportlab's module-level ``rl_config.useA85``, read while saving; it is turned off
    for this save only (a PDF saved meanwhile in another thread is as valid either way)."""
    with _SAVE:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            c.save()
        finally:
            rl_config.useA85 = before
