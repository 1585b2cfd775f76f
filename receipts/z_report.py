"""The X and Z reports of a shift, on an 80 mm receipt-wide page (PDF) or as plain text.

One list of rows is laid out once (``rows``) and drawn twice: as a PDF as long as it needs to be
(the receipt printer's paper width, so the same layout prints on the counter's printer), and as
monospaced text for the command line. Figures are printed as ``pos.shifts`` computed them, never
recomputed here. The same report gives the same bytes.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.clock import zone
from pos.money import format_cny
from pos.sale import PAYMENT_NAMES_ZH
from pos.shifts import MOVEMENT_NAMES_ZH, ShiftReport, denomination_label, over_short_zh, z_label
from receipts import fonts

PAGE_W_MM = 80.0
MARGIN_MM = 4.0
BODY_PT = 8.5
LEADING = 1.4
TEXT_COLUMNS = 42  # characters per line of the text form (Chinese characters count two)
MUTED = HexColor("#4b5563")

RowKind = Literal["title", "subtitle", "pair", "cols", "heading", "rule", "sign"]


@dataclass(frozen=True, slots=True)
class Row:
    kind: RowKind
    cells: tuple[str, ...] = ()
    strong: bool = False


def _time(at: datetime, timezone: str) -> str:
    return at.astimezone(zone(timezone)).strftime("%Y-%m-%d %H:%M")


def _signed(fen: int) -> str:
    return f"+{format_cny(fen)}" if fen > 0 else format_cny(fen)


def rows(report: ShiftReport, *, shop_name: str, timezone: str) -> list[Row]:
    """The report, top to bottom."""
    r = report
    z = r.kind == "Z" and r.number is not None
    out = [Row("title", (shop_name,))]
    if z:
        assert r.number is not None
        out += [Row("subtitle", ("Z 报表 · 交班",)), Row("subtitle", (z_label(r.counter_id, r.number),))]
    else:
        out.append(Row("subtitle", ("X 报表（未交班）",)))
    out += [
        Row("rule"),
        Row("pair", ("收银台", r.counter_id)),
        Row("pair", ("开班", _time(r.opened_at, timezone))),
        Row("pair", ("开班人", r.opened_by)),
    ]
    if z:
        out += [Row("pair", ("交班", _time(r.as_of, timezone))), Row("pair", ("交班人", r.closed_by))]
    else:
        out.append(Row("pair", ("截至", _time(r.as_of, timezone))))
    out += [Row("rule"), Row("heading", ("按支付方式",)), Row("cols", ("方式", "销售", "退货", "净额"))]
    for m in r.methods:
        figures = (format_cny(m.sales_fen), format_cny(m.refunds_fen), format_cny(m.net_fen))
        out.append(Row("cols", (PAYMENT_NAMES_ZH[m.method], *figures)))
    out.append(
        Row("cols", ("合计", format_cny(r.sales_fen), format_cny(r.refunds_fen), format_cny(r.net_fen)), True)
    )
    out += [
        Row("pair", ("销售笔数", str(r.sales_count))),
        Row("pair", ("退货笔数", str(r.refunds_count))),
        Row("pair", ("行折扣", format_cny(r.line_discounts_fen))),
        Row("pair", ("整单折扣", format_cny(r.sale_discounts_fen))),
        Row("pair", ("折扣合计", format_cny(r.discounts_fen))),
        Row("rule"),
        Row("heading", ("现金",)),
        Row("pair", ("备用金", format_cny(r.float_fen))),
        Row("pair", ("现金销售", _signed(r.cash_sales_fen))),
        Row("pair", ("现金退货", format_cny(r.cash_refunds_fen))),
        Row("pair", ("存入", _signed(r.paid_in_fen))),
        Row("pair", ("支出", format_cny(-r.paid_out_fen))),
        Row("pair", ("应有现金", format_cny(r.expected_cash_fen)), True),
    ]
    if r.counted_fen is not None and r.over_short_fen is not None:
        out += [
            Row("pair", ("实点现金", format_cny(r.counted_fen)), True),
            Row("pair", ("差额（多/少）", over_short_zh(r.over_short_fen)), True),
        ]
    if r.movements:
        out += [Row("rule"), Row("heading", ("存入/支出明细",))]
        for mv in r.movements:
            when = mv.at.astimezone(zone(timezone)).strftime("%H:%M")
            left = f"{when} {MOVEMENT_NAMES_ZH[mv.kind]} {mv.reason}（{mv.by_name or mv.by}）"
            out.append(Row("pair", (left, _signed(mv.signed_fen))))
    out += [Row("rule"), Row("heading", ("备用金明细",))]
    out += [
        Row("pair", (f"{denomination_label(f)} × {n}", format_cny(f * n)))
        for f, n in r.float_count.items()
        if n
    ]
    out.append(Row("pair", ("备用金合计", format_cny(r.float_fen)), True))
    if r.counted is not None and r.counted_fen is not None:
        out += [Row("rule"), Row("heading", ("实点明细（按面额）",))]
        out += [
            Row("pair", (f"{denomination_label(f)} × {n}", format_cny(f * n))) for f, n in r.counted.items()
        ]
        out.append(Row("pair", ("实点合计", format_cny(r.counted_fen)), True))
    out += [Row("rule"), Row("sign", ("收银员签字",)), Row("sign", ("店长签字",))]
    return out


# ---------------------------------------------------------------- PDF

_WIDTH = (PAGE_W_MM - 2 * MARGIN_MM) * mm
_STEP = BODY_PT * LEADING
_SIZES = {"title": 12.0, "subtitle": 10.5}
_SIGN_AT = 17 * mm  # where the signature lines start, past the longest label
_COLS = (0.0, 0.43, 0.715, 1.0)  # the methods table: the name left, three amounts right-aligned at these


def _height(row: Row) -> float:
    if row.kind in _SIZES:
        return _SIZES[row.kind] * LEADING
    if row.kind == "rule":
        return BODY_PT * 0.9
    if row.kind == "sign":
        return BODY_PT * 3.2
    if row.kind == "pair":
        return _STEP * len(_pair_lines(row))
    return _STEP


def _pair_lines(row: Row) -> list[str]:
    left, right = row.cells
    room = _WIDTH - fonts.text_width(right, BODY_PT) - 3 * mm
    return fonts.wrap(left, BODY_PT, room, 3) or [""]


def _draw(c: Canvas, row: Row, x: float, y: float) -> None:
    """``row`` with its top at ``y``."""
    if row.kind in _SIZES:
        size = _SIZES[row.kind]
        text = fonts.shorten(row.cells[0], size, _WIDTH)
        fonts.draw(c, x + _WIDTH / 2, y - size, text, size, bold=row.kind == "title", anchor="centre")
    elif row.kind == "rule":
        c.saveState()
        c.setDash(1.5, 1.5)
        c.setLineWidth(0.5)
        c.line(x, y - BODY_PT * 0.45, x + _WIDTH, y - BODY_PT * 0.45)
        c.restoreState()
    elif row.kind == "heading":
        fonts.draw(c, x, y - BODY_PT, row.cells[0], BODY_PT, bold=True)
    elif row.kind == "cols":
        base = y - BODY_PT
        fonts.draw(c, x, base, row.cells[0], BODY_PT, bold=row.strong)
        for cell, at in zip(row.cells[1:], _COLS[1:], strict=True):
            fonts.draw(c, x + _WIDTH * at, base, cell, BODY_PT, bold=row.strong, anchor="right")
    elif row.kind == "pair":
        first, *rest = _pair_lines(row)
        fonts.draw(c, x, y - BODY_PT, first, BODY_PT, bold=row.strong)
        fonts.draw(c, x + _WIDTH, y - BODY_PT, row.cells[1], BODY_PT, bold=row.strong, anchor="right")
        for i, line in enumerate(rest, start=1):
            fonts.draw(c, x, y - BODY_PT - i * _STEP, line, BODY_PT, bold=row.strong)
    elif row.kind == "sign":
        base = y - BODY_PT * 2.4
        fonts.draw(c, x, base, row.cells[0], BODY_PT, color=MUTED)
        c.saveState()
        c.setLineWidth(0.5)
        c.line(x + _SIGN_AT, base - 1, x + _WIDTH, base - 1)
        c.restoreState()


def shift_report_pdf(report: ShiftReport, *, shop_name: str, timezone: str) -> bytes:
    """One page 80 mm wide and as long as the report."""
    laid = rows(report, shop_name=shop_name, timezone=timezone)
    height = sum(_height(r) for r in laid) + 2 * MARGIN_MM * mm
    title = (
        f"Z 报表 {z_label(report.counter_id, report.number)}"
        if report.kind == "Z" and report.number is not None
        else f"X 报表 {report.counter_id}"
    )
    buf = io.BytesIO()
    c = fonts.new_canvas(buf, (PAGE_W_MM * mm, height), title)
    y = height - MARGIN_MM * mm
    for row in laid:
        _draw(c, row, MARGIN_MM * mm, y)
        y -= _height(row)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- text


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * max(0, width - _cells(text))
    return fill + text if right else text + fill


def _text_lines(row: Row, columns: int) -> list[str]:
    if row.kind in ("title", "subtitle"):
        text = row.cells[0]
        return [" " * max(0, (columns - _cells(text)) // 2) + text]
    if row.kind == "rule":
        return ["-" * columns]
    if row.kind == "heading":
        return [f"[{row.cells[0]}]"]
    if row.kind == "cols":
        first, rest = row.cells[0], row.cells[1:]
        width = (columns - 6) // len(rest)
        return [_pad(first, columns - width * len(rest)) + "".join(_pad(c, width, right=True) for c in rest)]
    if row.kind == "sign":
        return ["", f"{row.cells[0]}：" + "_" * max(4, columns - _cells(row.cells[0]) - 2)]
    left, right = row.cells
    room = columns - _cells(right) - 1
    lines = _wrap(left, room)
    return [_pad(lines[0], room) + " " + right, *lines[1:]]


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken between characters; closing
    punctuation stays on its line (it may hang one past the width)."""
    lines, line = [], ""
    for ch in text:
        if line and _cells(line + ch) > width and ch not in "）)，。、：":
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def shift_report_text(
    report: ShiftReport, *, shop_name: str, timezone: str, columns: int = TEXT_COLUMNS
) -> str:
    """The same report as monospaced lines (Chinese characters two columns wide)."""
    laid = rows(report, shop_name=shop_name, timezone=timezone)
    return "\n".join(line for row in laid for line in _text_lines(row, columns)).rstrip() + "\n"
