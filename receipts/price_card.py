"""Transparent price cards (透明价签): the price, and who gets what of it, for the shelf.

A card is designed on a 90×54 mm grid (business-card size, fits the common acrylic holders) and
scaled for larger sizes. Left: shop, product, price, code, host, recommender, tags. Right: the
price composition exactly as ``pos.costs`` computed it (never recomputed here), the costs and
the maker's margin inside the host's share, a line saying the parts add up to the price, and a
bar of the proportions. Cards are laid edge to edge on A4 with thin borders to cut along.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.documents import PriceCard
from pos.errors import InputError, RuleError
from pos.money import format_bp, format_cny
from receipts import fonts

DESIGN_W, DESIGN_H = 90.0, 54.0  # mm
PAD = 4.0
PT = 25.4 / 72  # mm per point
DEFAULT_SIZE = "90x54"


@dataclass(frozen=True, slots=True)
class CardSheet:
    """``cols × rows`` cards of ``scale`` × 90×54 mm, centred on A4 portrait."""

    cols: int
    rows: int
    scale: float

    @property
    def card_mm(self) -> tuple[float, float]:
        return DESIGN_W * self.scale, DESIGN_H * self.scale


SIZES: dict[str, CardSheet] = {
    "90x54": CardSheet(2, 5, 1.0),  # 10 per page
    "150x90": CardSheet(1, 3, 150 / 90),  # 3 per page, for a wide shelf
}

INK = HexColor("#111827")
MUTED = HexColor("#6b7280")
RULE = HexColor("#9ca3af")
LOSS = HexColor("#dc2626")
COOP = HexColor("#4b5563")
REC = HexColor("#d97706")
MARGIN = HexColor("#16a34a")
COSTS = tuple(HexColor(h) for h in ("#2563eb", "#0891b2", "#7c3aed", "#0d9488", "#4f46e5", "#0284c7"))


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    rate: str
    amount_fen: int
    colour: Color | None  # the swatch, as in the bar
    indent: bool = False
    strong: bool = False


def rows(card: PriceCard) -> list[Row]:
    """The composition table, top to bottom."""
    comp = card.composition
    out = [Row("合作社佣金", format_bp(comp.coop_bp), comp.coop_fen, COOP)]
    if card.recommender_name or comp.rec_fen:
        out.append(Row("推介官分成", format_bp(comp.rec_bp), comp.rec_fen, REC))
    out.append(Row("主理人所得", "", comp.host_fen, None if comp.components else MARGIN, strong=True))
    for i, c in enumerate(comp.components):
        out.append(Row(c.name, "", c.amount_fen, COSTS[i % len(COSTS)], indent=True))
    if comp.components:
        out.append(Row("主理人利润", "", comp.margin_fen, MARGIN, indent=True, strong=True))
    return out


def _bar(c: Canvas, card: PriceCard, table: list[Row], x: float, y: float, w: float, h: float) -> None:
    """Segments in proportion to the price; costs beyond the price run past a tick at the price."""
    comp = card.composition
    parts = [(r.amount_fen, r.colour) for r in table if r.colour is not None and r.amount_fen > 0]
    whole = max(comp.price_fen, sum(a for a, _ in parts), 1)
    at = x
    c.saveState()
    for amount, colour in parts:
        seg = w * amount / whole
        c.setFillColor(colour)
        c.rect(at, y, seg, h, stroke=0, fill=1)
        at += seg
    if whole > comp.price_fen:  # a loss: mark where the price ends
        c.setStrokeColor(LOSS)
        c.setLineWidth(0.8)
        tick = x + w * comp.price_fen / whole
        c.line(tick, y - 0.6 * mm, tick, y + h + 0.6 * mm)
    c.restoreState()


def _left(c: Canvas, card: PriceCard, x: float, top: float, w: float) -> None:
    """Shop, product, price, code, host, recommender, tags (design mm; drawn in points)."""
    y = top
    fonts.draw(c, x * mm, (y - 0.86 * 6 * PT) * mm, fonts.shorten(card.shop_name, 6, w * mm), 6, color=MUTED)
    y -= 6 * 1.3 * PT + 1.2
    name_pt = fonts.fit_size([card.product_name], 12.5, w * mm, smallest=10)
    for line in fonts.wrap(card.product_name, name_pt, w * mm, 2):
        fonts.draw(c, x * mm, (y - 0.86 * name_pt * PT) * mm, line, name_pt, bold=True, color=INK)
        y -= name_pt * 1.2 * PT
    price = format_cny(card.composition.price_fen)
    price_pt = fonts.fit_size([price], 24, w * mm, smallest=12)
    y -= 0.8
    fonts.draw(c, x * mm, (y - 0.75 * price_pt * PT) * mm, price, price_pt, bold=True, color=INK)
    y -= price_pt * 0.95 * PT
    fonts.draw(c, x * mm, (y - 0.86 * 6 * PT) * mm, card.barcode, 6, color=MUTED)
    y -= 6 * 1.25 * PT + 1.6
    people = [f"主理人 {card.host_name} ({card.host_code})"]
    if card.recommender_name:
        people.append(f"推介官 {card.recommender_name}")
    for line in people:
        fonts.draw(c, x * mm, (y - 0.86 * 7 * PT) * mm, fonts.shorten(line, 7, w * mm), 7, color=INK)
        y -= 7 * 1.3 * PT
    if card.tags:
        y -= 0.6
        tags = " ".join(f"#{t}" for t in card.tags)
        for line in fonts.wrap(tags, 6, w * mm, 2):
            fonts.draw(c, x * mm, (y - 0.86 * 6 * PT) * mm, line, 6, color=MUTED)
            y -= 6 * 1.25 * PT


def _right(c: Canvas, card: PriceCard, x: float, top: float, w: float, bottom: float) -> None:
    """The composition table, the sum line and the bar, shrunk to fit above ``bottom``."""
    table = rows(card)
    bar_h = 2.2
    lines = len(table) + 2 + (0 if card.composition.components else 1)  # heading, sum, note
    size = 8.0
    while size > 5.0 and lines * size * 1.3 * PT + bar_h + 1.6 > top - bottom:
        size -= 0.25
    step = size * 1.3 * PT
    y = top - 0.86 * size * PT
    right = (x + w) * mm
    fonts.draw(c, (x + 2.6) * mm, y * mm, "价格构成 · 每件", size, bold=True, color=MUTED)
    y -= step
    for r in table:
        sz = size - (0.5 if r.indent else 0)
        lx = x + (5.0 if r.indent else 2.6)
        if r.colour is not None:
            c.saveState()
            c.setFillColor(r.colour)
            c.rect((lx - 2.4) * mm, (y - 0.05) * mm, 1.6 * mm, 1.6 * mm, stroke=0, fill=1)
            c.restoreState()
        colour = LOSS if r.amount_fen < 0 else INK
        fonts.draw(c, lx * mm, y * mm, r.label, sz, bold=r.strong, color=colour)
        if r.rate:
            fonts.draw(c, lx * mm + fonts.text_width(r.label + " ", sz), y * mm, r.rate, sz, color=MUTED)
        fonts.draw(
            c, right, y * mm, format_cny(r.amount_fen), sz, bold=r.strong, anchor="right", color=colour
        )
        y -= step
    if not card.composition.components:
        fonts.draw(c, (x + 5.0) * mm, y * mm, "未列出成本明细", size - 0.5, color=MUTED)
        y -= step
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    rule_y = y + step - 0.35 * size * PT - 0.5
    c.line(x * mm, rule_y * mm, right, rule_y * mm)
    c.restoreState()
    y -= 0.4
    fonts.draw(c, (x + 2.6) * mm, y * mm, "合计 = 售价", size, bold=True, color=INK)
    fonts.draw(c, right, y * mm, format_cny(card.composition.price_fen), size, bold=True, anchor="right")
    _bar(c, card, table, x * mm, (y - 0.3 * size * PT - 0.9 - bar_h) * mm, w * mm, bar_h * mm)


def draw_card(c: Canvas, card: PriceCard) -> None:
    """One card in design millimetres, its bottom-left corner at the current origin."""
    w, h = DESIGN_W, DESIGN_H
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.3)
    c.rect(0, 0, w * mm, h * mm, stroke=1, fill=0)
    c.setStrokeColor(HexColor("#e5e7eb"))
    c.line(41.5 * mm, (PAD + 4.5) * mm, 41.5 * mm, (h - PAD) * mm)
    c.restoreState()
    _left(c, card, PAD, h - PAD, 41.5 - 2.2 - PAD)
    _right(c, card, 43.0, h - PAD, w - PAD - 43.0, PAD + 4.0)
    footer = f"价格构成按 {card.as_of.isoformat()} 的比例计算 · 公开成本"
    fonts.draw(c, w / 2 * mm, 3.0 * mm, footer, 5.5, anchor="centre", color=MUTED)


def price_cards_pdf(cards: Sequence[PriceCard], *, size: str = DEFAULT_SIZE) -> bytes:
    """The cards on A4, edge to edge, row by row from the top left."""
    if size not in SIZES:
        names = ", ".join(SIZES)
        raise InputError(
            f"没有价签尺寸 “{size}”；可选：{names}", f'no price card size "{size}"; choose one of: {names}'
        )
    if not cards:
        raise RuleError("没有要打印的价签", "no price cards to print")
    sheet = SIZES[size]
    cw, ch = sheet.card_mm
    page_w, page_h = 210.0, 297.0
    left = (page_w - sheet.cols * cw) / 2
    top = (page_h - sheet.rows * ch) / 2
    buf = io.BytesIO()
    c = fonts.new_canvas(buf, (page_w * mm, page_h * mm), "透明价签 price cards")
    per_page = sheet.cols * sheet.rows
    for n, card in enumerate(cards):
        slot = n % per_page
        if n and slot == 0:
            c.showPage()
        row, col = divmod(slot, sheet.cols)
        c.saveState()
        c.translate((left + col * cw) * mm, (page_h - top - (row + 1) * ch) * mm)
        c.scale(sheet.scale, sheet.scale)
        draw_card(c, card)
        c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()
