"""Settlement statements as PDFs: a host's 结算单 and a recommender's 推介费结算单 (the co-op's
汇总 is in ``statement_summary``).

Everything printed comes ready from ``pos.statements`` (figures from the settlement, subtotals
summed there); this module only turns it into text and places it (``statement_layout``). Pages
are A4 landscape so a line's fourteen columns stay readable; the first page carries the summary
and the signature lines, then every line follows, grouped per product with subtotals.
"""

from __future__ import annotations

from collections.abc import Sequence

from pos.money import format_bp, format_cny
from pos.statement_lines import LineTotals, ProductGroup
from pos.statements import CHARGE_NAMES_ZH, HostStatement, RecommenderStatement
from receipts.statement_layout import REFUND, Block, Column, Row, Table
from receipts.statement_parts import (
    Line,
    columns,
    furniture,
    money,
    optional_money,
    panels,
    who_heading,
)
from receipts.statement_render import render
from receipts.statement_summary import coop_summary_pdf

__all__ = ["coop_summary_pdf", "host_statement_pdf", "recommender_statement_pdf"]
MAX_CHARGES_IN_BOX = 10


# ---------------------------------------------------------------- a host's statement

HOST_COLUMNS_FIXED = (
    Column("时间", 68),
    Column("单号", 74),
    Column("原单号", 74),
    None,  # product: the rest of the width
    Column("数量", 30, "right"),
    Column("单价", 48, "right"),
    Column("行折扣", 42, "right"),
    Column("整单分摊", 42, "right"),
    Column("净额", 52, "right"),
    Column("佣金率", 34, "right"),
    Column("佣金", 48, "right"),
    Column("推介率", 34, "right"),
    Column("推介费", 46, "right"),
    Column("主理人所得", 54, "right"),
)


HOST_COLUMNS = columns(HOST_COLUMNS_FIXED, "商品")


def _host_rows(groups: Sequence[ProductGroup], totals: LineTotals) -> list[Row]:
    rows: list[Row] = []
    for n, g in enumerate(groups):
        for i, ln in enumerate(g.lines):
            has_rec = bool(ln.recommender_code)
            rows.append(
                Row(
                    (
                        f"{ln.at:%Y-%m-%d %H:%M}",
                        ln.receipt_no,
                        ln.refund_of_receipt,
                        ln.product_name,
                        str(ln.qty),
                        money(ln.unit_price_fen),
                        optional_money(ln.line_discount_fen),
                        optional_money(ln.sale_discount_fen),
                        money(ln.net_fen),
                        format_bp(ln.coop_bp),
                        money(ln.coop_fen),
                        format_bp(ln.rec_bp) if has_rec else "",
                        money(ln.rec_fen) if has_rec else "",
                        money(ln.host_fen),
                    ),
                    style="refund" if ln.refund else "line",
                    rule_above=i == 0 and n > 0,
                )
            )
        if len(g.lines) > 1:
            t = g.totals
            rows.append(
                Row(
                    (
                        f"小计  {g.name}（{g.barcode}）· {t.lines} 笔",
                        "",
                        "",
                        "",
                        str(t.qty),
                        "",
                        optional_money(t.line_discount_fen),
                        optional_money(t.sale_discount_fen),
                        money(t.net_fen),
                        "",
                        money(t.coop_fen),
                        "",
                        money(t.rec_fen),
                        money(t.host_fen),
                    ),
                    style="subtotal",
                    span=4,
                )
            )
    rows.append(
        Row(
            (
                f"合计  {len(groups)} 种商品 · {totals.lines} 笔",
                "",
                "",
                "",
                str(totals.qty),
                "",
                optional_money(totals.line_discount_fen),
                optional_money(totals.sale_discount_fen),
                money(totals.net_fen),
                "",
                money(totals.coop_fen),
                "",
                money(totals.rec_fen),
                money(totals.host_fen),
            ),
            style="total",
            span=4,
        )
    )
    return rows


def _charge_label(day: object, kind: str, note: str) -> str:
    name = CHARGE_NAMES_ZH.get(kind, kind)
    if kind == "rent":
        return note or f"{name} {day}"
    return f"{name} {day} {note}".strip()


def host_statement_pdf(s: HostStatement) -> bytes:
    f = s.figures
    frame = furniture(
        "结算单", s.number, s.status, s.shop.name, s.shop.address, f"主理人 {s.host.name}（{s.host.code}）"
    )
    details = f"编号 {s.host.code}"
    if s.host.contact:
        details += f" · 联系方式 {s.host.contact}"
    details += f" · 明细 {s.totals.lines} 笔"
    heading, heading_h = who_heading("主理人", s.host.name, details)
    sales = [
        Line("销售", format_cny(f.sales_fen)),
        Line("退货", format_cny(f.refunds_fen), colour=REFUND if f.refunds_fen else None),
        Line("净销售", format_cny(f.net_sales_fen), strong=True),
        Line("合作社佣金", format_cny(f.coop_commission_fen)),
        Line("推介费", format_cny(f.recommender_fees_fen)),
        Line("主理人所得", format_cny(f.host_share_fen), strong=True),
        Line("主理人所得 = 净销售 − 合作社佣金 − 推介费", muted=True),
    ]
    items = f.charge_items
    boxed = len(items) <= MAX_CHARGES_IN_BOX
    balance = [Line("主理人所得", format_cny(f.host_share_fen))]
    if boxed:
        balance += [
            Line(_charge_label(c.day, c.kind, c.note), format_cny(c.amount_fen), indent=True) for c in items
        ]
    balance += [
        Line(f"费用合计（{len(items)} 项）" + ("" if boxed else "，见费用明细"), format_cny(f.charges_fen)),
        Line("期初余额（上期结转）", format_cny(f.opening_balance_fen)),
        Line("应付主理人", format_cny(f.payable_fen), strong=True),
        Line("结转下期", format_cny(f.carried_forward_fen), colour=REFUND if f.carried_forward_fen else None),
        Line("应付 = 所得 − 费用 + 期初余额；不足时结转下期", muted=True),
    ]
    blocks: list[Block | Table] = [
        panels(heading, heading_h, [("销售与分成", sales), ("费用与应付", balance)], ["主理人", "合作社"])
    ]
    if not boxed:
        blocks.append(_charges_table(s))
    blocks.append(
        Table(
            "销售明细（按商品分组，组内按时间；红色为退货：按原单该行的净额与分成，按退回件数比例退回）",
            HOST_COLUMNS,
            _host_rows(s.groups, s.totals),
        )
    )
    return render(frame, blocks)


def _charges_table(s: HostStatement) -> Table:
    cols = columns((Column("日期", 80), Column("类型", 60), None, Column("金额", 90, "right")), "备注")
    rows = [
        Row((str(c.day), CHARGE_NAMES_ZH.get(c.kind, c.kind), c.note, money(c.amount_fen)))
        for c in s.figures.charge_items
    ]
    rows.append(Row(("合计", "", "", money(s.figures.charges_fen)), style="total"))
    return Table("费用明细", cols, rows)


# ---------------------------------------------------------------- a recommender's statement

REC_COLUMNS = columns(
    (
        Column("时间", 68),
        Column("单号", 74),
        Column("原单号", 74),
        Column("主理人", 48),
        None,
        Column("数量", 30, "right"),
        Column("单价", 52, "right"),
        Column("净额", 58, "right"),
        Column("推介率", 40, "right"),
        Column("推介费", 58, "right"),
    ),
    "商品",
)


def _rec_rows(groups: Sequence[ProductGroup], totals: LineTotals) -> list[Row]:
    rows: list[Row] = []
    for n, g in enumerate(groups):
        for i, ln in enumerate(g.lines):
            rows.append(
                Row(
                    (
                        f"{ln.at:%Y-%m-%d %H:%M}",
                        ln.receipt_no,
                        ln.refund_of_receipt,
                        ln.host_code,
                        ln.product_name,
                        str(ln.qty),
                        money(ln.unit_price_fen),
                        money(ln.net_fen),
                        format_bp(ln.rec_bp),
                        money(ln.rec_fen),
                    ),
                    style="refund" if ln.refund else "line",
                    rule_above=i == 0 and n > 0,
                )
            )
        if len(g.lines) > 1:
            t = g.totals
            rows.append(
                Row(
                    (
                        f"小计  {g.name}（{g.barcode}）· {t.lines} 笔",
                        "",
                        "",
                        "",
                        "",
                        str(t.qty),
                        "",
                        money(t.net_fen),
                        "",
                        money(t.rec_fen),
                    ),
                    style="subtotal",
                    span=5,
                )
            )
    rows.append(
        Row(
            (
                f"合计  {len(groups)} 种商品 · {totals.lines} 笔",
                "",
                "",
                "",
                "",
                str(totals.qty),
                "",
                money(totals.net_fen),
                "",
                money(totals.rec_fen),
            ),
            style="total",
            span=5,
        )
    )
    return rows


def recommender_statement_pdf(s: RecommenderStatement) -> bytes:
    r = s.recommender
    frame = furniture(
        "推介费结算单", s.number, s.status, s.shop.name, s.shop.address, f"推介官 {r.name}（{r.code}）"
    )
    details = (
        f"编号 {r.code}" + (f" · 联系方式 {r.contact}" if r.contact else "") + f" · 明细 {s.totals.lines} 笔"
    )
    heading, heading_h = who_heading("推介官", r.name, details)
    fees = [
        Line("推介商品净销售", format_cny(s.totals.net_fen)),
        Line("其中退货", format_cny(s.totals.refunds_fen), colour=REFUND if s.totals.refunds_fen else None),
        Line("推介费", format_cny(s.figures.fees_fen), strong=True),
        Line("推介费 = 每行净额 × 该行推介率（四舍五入到分）", muted=True),
    ]
    blocks: list[Block | Table] = [
        panels(heading, heading_h, [("推介费", fees)], ["推介官", "合作社"]),
        Table("推介明细（按商品分组，组内按时间；红色为退货）", REC_COLUMNS, _rec_rows(s.groups, s.totals)),
    ]
    return render(frame, blocks)
