"""The co-op's summary (结算汇总) of a period as a PDF: its income, payments by method, the period's
totals, every host and recommender, every charge, and the signature lines."""

from __future__ import annotations

from pos.money import format_cny
from pos.sale import PAYMENT_NAMES_ZH
from pos.statements import CHARGE_NAMES_ZH, CoopSummary
from receipts.statement_layout import Block, Column, Row, Table
from receipts.statement_parts import Line, columns, furniture, money, panels, signature_block, who_heading
from receipts.statement_render import render

SUMMARY_HOST_COLUMNS = columns(
    (
        Column("编号", 44),
        None,
        Column("销售", 62, "right"),
        Column("退货", 56, "right"),
        Column("净销售", 62, "right"),
        Column("佣金", 56, "right"),
        Column("推介费", 54, "right"),
        Column("主理人所得", 62, "right"),
        Column("费用", 56, "right"),
        Column("期初余额", 56, "right"),
        Column("应付", 62, "right"),
        Column("结转", 56, "right"),
    ),
    "主理人",
)

SUMMARY_REC_COLUMNS = columns(
    (
        Column("编号", 44),
        Column("推介官", 160),
        None,
        Column("笔数", 60, "right"),
        Column("推介费", 90, "right"),
    ),
    "联系方式",
)

HOST_FIELDS = (
    "sales_fen",
    "refunds_fen",
    "net_sales_fen",
    "coop_commission_fen",
    "recommender_fees_fen",
    "host_share_fen",
    "charges_fen",
    "opening_balance_fen",
    "payable_fen",
    "carried_forward_fen",
)


def coop_summary_pdf(s: CoopSummary) -> bytes:
    st = s.settlement
    frame = furniture("结算汇总", s.number, s.status, s.shop.name, s.shop.address, f"合作社 {s.shop.name}")
    details = f"主理人 {len(st.hosts)} 位 · 推介官 {len(st.recommenders)} 位"
    heading, heading_h = who_heading("合作社", s.shop.name, details)
    inc = s.income
    income = [
        Line("佣金收入", format_cny(inc.commission_fen)),
        Line("月租", format_cny(inc.rent_fen)),
        Line("其他费用", format_cny(inc.fees_fen)),
        Line("调整（负数为退还主理人）", format_cny(inc.adjustments_fen)),
        Line("合计", format_cny(inc.total_fen), strong=True),
        Line("月租、费用、调整为应收；不足抵扣的部分结转下期", muted=True),
    ]
    totals = [
        Line("净销售", format_cny(s.total("net_sales_fen"))),
        Line("合作社佣金", format_cny(s.total("coop_commission_fen"))),
        Line("推介费", format_cny(s.total("recommender_fees_fen"))),
        Line("主理人所得", format_cny(s.total("host_share_fen"))),
        Line("费用", format_cny(s.total("charges_fen"))),
        Line("期初余额", format_cny(s.total("opening_balance_fen"))),
        Line("应付主理人", format_cny(s.total("payable_fen")), strong=True),
        Line("结转下期", format_cny(s.total("carried_forward_fen"))),
    ]
    payments = [Line(PAYMENT_NAMES_ZH[m], format_cny(a)) for m, a in s.payments]
    payments += [
        Line("收款合计", format_cny(s.payments_fen), strong=True),
        Line(f"净销售合计 {format_cny(s.total('net_sales_fen'))}（退款为负）", muted=True),
    ]
    blocks: list[Block | Table] = [
        panels(heading, heading_h, [("合作社收入", income), ("收款方式", payments), ("本期合计", totals)], [])
    ]
    rows = [
        Row((h.code, p.name, *(money(getattr(h, f)) for f in HOST_FIELDS)))
        for h, p in zip(st.hosts, s.hosts, strict=True)
    ]
    rows.append(
        Row(("合计", f"{len(st.hosts)} 位", *(money(s.total(f)) for f in HOST_FIELDS)), style="total")
    )
    blocks.append(Table("主理人", SUMMARY_HOST_COLUMNS, rows))
    rec_rows = [
        Row((r.code, p.name, p.contact, str(r.lines), money(r.fees_fen)))
        for r, p in zip(st.recommenders, s.recommenders, strict=True)
    ]
    rec_rows.append(
        Row(
            (
                "合计",
                f"{len(st.recommenders)} 位",
                "",
                str(st.recommender_lines),
                money(st.recommender_fees_fen),
            ),
            style="total",
        )
    )
    blocks.append(Table("推介官", SUMMARY_REC_COLUMNS, rec_rows))
    charge_rows = [
        Row((h.code, str(c.day), CHARGE_NAMES_ZH.get(c.kind, c.kind), c.note, money(c.amount_fen)))
        for h in st.hosts
        for c in h.charge_items
    ]
    if charge_rows:
        charge_rows.append(Row(("合计", "", "", "", money(inc.charges_fen)), style="total"))
        cols = columns(
            (Column("主理人", 60), Column("日期", 80), Column("类型", 60), None, Column("金额", 90, "right")),
            "备注",
        )
        blocks.append(Table("费用", cols, charge_rows))
    blocks.append(signature_block(["合作社负责人", "财务"]))
    return render(frame, blocks)
