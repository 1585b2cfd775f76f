"""What every statement is made of: figures as text, the page furniture of a statement, the
panels of figures and the signature lines of its first page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from pos.money import format_cny
from pos.statements import Status
from receipts import fonts
from receipts.statement_layout import INK, LEFT, MUTED, RULE, WIDTH, Block, Column, Furniture


def money(fen: int) -> str:
    """Table figures: ``-1,234.50`` (the ¥ is in the column's meaning)."""
    return format_cny(fen).replace("¥", "")


def optional_money(fen: int) -> str:
    return money(fen) if fen else ""


def furniture(title: str, number: str, status: Status, shop_name: str, address: str, who: str) -> Furniture:
    if status.closed:
        at = status.closed_local()
        assert at is not None
        text = f"已结算 · {at:%Y-%m-%d %H:%M} · 结账人 {status.closed_by or '—'}"
    else:
        text = "草稿 · 未结账"
    return Furniture(
        title=title,
        shop_name=shop_name,
        shop_address=address,
        number=number,
        period_text=f"{status.period.start} 至 {status.period.end}（{status.timezone}）",
        who=who,
        status_text=text,
        closed=status.closed,
        watermark="已结算" if status.closed else "草稿",
    )


# ---------------------------------------------------------------- boxes on the first page

PANEL_GAP = 14.0
PANEL_ROW = 14.0
PANEL_SIZE = 9.0


@dataclass(frozen=True, slots=True)
class Line:
    label: str
    amount: str = ""
    strong: bool = False
    muted: bool = False
    colour: Color | None = None
    indent: bool = False


def _panel(c: Canvas, x: float, top: float, w: float, title: str, lines: Sequence[Line]) -> None:
    fonts.draw(c, x, top - 11, title, 10, bold=True, color=INK)
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(x, top - 15, x + w, top - 15)
    c.restoreState()
    y = top - 15 - PANEL_ROW + 3
    for ln in lines:
        size = PANEL_SIZE + (1.5 if ln.strong else 0)
        colour = ln.colour or (MUTED if ln.muted else INK)
        amount_w = fonts.text_width(ln.amount, size) + 6 if ln.amount else 0
        lx = x + (10 if ln.indent else 0)
        label = fonts.shorten(ln.label, size if not ln.muted else 7.5, x + w - lx - amount_w)
        fonts.draw(c, lx, y, label, size if not ln.muted else 7.5, bold=ln.strong, color=colour)
        if ln.amount:
            fonts.draw(c, x + w, y, ln.amount, size, bold=ln.strong, anchor="right", color=colour)
        y -= PANEL_ROW + (2 if ln.strong else 0)


def _panel_height(lines: Sequence[Line]) -> float:
    return 15 + sum(PANEL_ROW + (2 if ln.strong else 0) for ln in lines) + 4


def _signatures(c: Canvas, x: float, top: float, w: float, who: Sequence[str]) -> None:
    fonts.draw(c, x, top - 11, "签字确认", 10, bold=True, color=INK)
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(x, top - 15, x + w, top - 15)
    c.restoreState()
    y = top - 15 - 30
    for name in who:
        label = f"{name}签字"
        fonts.draw(c, x, y, label, PANEL_SIZE, color=INK)
        fonts.draw(c, x + w * 0.62, y, "日期", PANEL_SIZE, color=INK)
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        c.line(x + fonts.text_width(label, PANEL_SIZE) + 6, y - 2, x + w * 0.58, y - 2)
        c.line(x + w * 0.62 + 22, y - 2, x + w, y - 2)
        c.restoreState()
        y -= 34
    fonts.draw(c, x, y + 8, "签字即确认已核对本单及所附明细", 7.5, color=MUTED)


def panels(
    heading: Callable[[Canvas, float], None],
    heading_h: float,
    panels: Sequence[tuple[str, Sequence[Line]]],
    signers: Sequence[str],
) -> Block:
    """A heading line, then up to two panels of figures and the signature lines side by side."""
    w = (WIDTH - 2 * PANEL_GAP) / 3
    height = heading_h + max(max(_panel_height(lines) for _, lines in panels), 130.0)

    def draw(c: Canvas, top: float) -> None:
        heading(c, top)
        x = LEFT
        for title, lines in panels:
            _panel(c, x, top - heading_h, w, title, lines)
            x += w + PANEL_GAP
        if signers:
            _signatures(c, x, top - heading_h, w, signers)

    return Block(height, draw)


def signature_block(signers: Sequence[str]) -> Block:
    w = (WIDTH - 2 * PANEL_GAP) / 3

    def draw(c: Canvas, top: float) -> None:
        _signatures(c, LEFT + 2 * (w + PANEL_GAP), top, w, signers)

    return Block(40.0 + 34 * len(signers), draw)


def who_heading(kind: str, name: str, details: str) -> tuple[Callable[[Canvas, float], None], float]:
    def draw(c: Canvas, top: float) -> None:
        fonts.draw(c, LEFT, top - 16, kind, 9, color=MUTED)
        x = LEFT + fonts.text_width(kind, 9) + 6
        shown = fonts.shorten(name, 14, WIDTH / 2)
        fonts.draw(c, x, top - 16, shown, 14, bold=True, color=INK)
        x += fonts.text_width(shown, 14) + 10
        fonts.draw(c, x, top - 16, fonts.shorten(details, 9, LEFT + WIDTH - x), 9, color=INK)

    return draw, 30.0


def columns(fixed: Sequence[Column | None], flexible: str) -> tuple[Column, ...]:
    rest = WIDTH - sum(c.width for c in fixed if c is not None)
    return tuple(c if c is not None else Column(flexible, rest) for c in fixed)
