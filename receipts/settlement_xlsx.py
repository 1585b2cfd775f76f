"""The settlement for the co-op's accountant as an .xlsx workbook: the same figures and lines as the
statements, one sheet each: 汇总 (hosts), 推介官, 收款 (payments by method), 明细 (every line),
费用 (charges), and 说明 (period and status).

Amounts are numbers, not text: fen become ``Decimal`` yuan exactly (``Decimal(fen).scaleb(-2)``),
never a float sum, shown with two decimals; rates are fractions shown as percentages. Headers
are Chinese, on the first row of each sheet, frozen, so the sheet filters and sorts as it is.
Text (names, notes, codes) goes through :mod:`receipts.sheet_text`: shown, never run as a formula.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from pos.sale import PAYMENT_NAMES_ZH
from pos.statements import CHARGE_NAMES_ZH, StatementSet
from receipts.sheet_text import xlsx_value

MONEY = "#,##0.00"
RATE = "0.00%"
TIME = "yyyy-mm-dd hh:mm:ss"
DAY = "yyyy-mm-dd"
HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E5E7EB")
TOTAL_FONT = Font(bold=True)


def yuan(fen: int) -> Decimal:
    """Fen as exact yuan: ``1234`` -> ``Decimal("12.34")``."""
    return Decimal(fen).scaleb(-2)


def rate(bp: int) -> Decimal:
    """Basis points as a fraction: ``650`` -> ``Decimal("0.065")`` (6.5% in the cell's format)."""
    return Decimal(bp).scaleb(-4)


class _Sheet:
    """A write-only sheet with a styled, frozen header row and typed cells."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[tuple[str, float]]) -> None:
        ws = wb.create_sheet(title)
        assert isinstance(ws, WriteOnlyWorksheet)
        self.ws = ws
        for i, (_, width) in enumerate(columns):
            ws.column_dimensions[_letter(i)].width = width
        ws.freeze_panes = "A2"
        head = []
        for name, _ in columns:
            guarded = xlsx_value(ws, name)
            c = guarded if isinstance(guarded, Cell) else WriteOnlyCell(ws, value=name)
            c.font, c.fill = HEAD_FONT, HEAD_FILL
            head.append(c)
        ws.append(head)
        self._styled: dict[tuple[int, str | None, bool], WriteOnlyCell] = {}

    def row(self, values: Iterable[object], formats: Sequence[str | None], *, total: bool = False) -> None:
        out: list[object] = []
        for i, (v, fmt) in enumerate(zip(values, formats, strict=True)):
            v = xlsx_value(self.ws, v, font=TOTAL_FONT if total else None)
            if isinstance(v, Cell):  # text a spreadsheet could run: a string cell of its own
                out.append(v)
                continue
            if v is None or (fmt is None and not total):
                out.append(v)
                continue
            # one styled cell per column and style, its value replaced row by row: a write-only
            # sheet writes each row out as it is appended, and styling a new cell is the slow part
            c = self._styled.get((i, fmt, total))
            if c is None:
                c = self._styled[(i, fmt, total)] = WriteOnlyCell(self.ws)
                if fmt is not None:
                    c.number_format = fmt
                if total:
                    c.font = TOTAL_FONT
            c.value = v
            out.append(c)
        self.ws.append(out)


def _letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _local(at: datetime) -> datetime:
    """Excel has no time zones: the shop's wall-clock time, as the statements print it."""
    return at.replace(tzinfo=None)


HOST_FIELDS = (
    ("销售", "sales_fen"),
    ("退货", "refunds_fen"),
    ("净销售", "net_sales_fen"),
    ("佣金", "coop_commission_fen"),
    ("推介费", "recommender_fees_fen"),
    ("主理人所得", "host_share_fen"),
    ("费用", "charges_fen"),
    ("期初余额", "opening_balance_fen"),
    ("应付", "payable_fen"),
    ("结转", "carried_forward_fen"),
)


def settlement_xlsx(st: StatementSet) -> bytes:
    summary = st.summary
    s = summary.settlement
    wb = Workbook(write_only=True)

    hosts = _Sheet(
        wb,
        "汇总",
        [("编号", 10), ("主理人", 24), ("联系方式", 20)]
        + [(n, 14) for n, _ in HOST_FIELDS]
        + [("明细笔数", 10)],
    )
    money_fmts = [MONEY] * len(HOST_FIELDS)
    for h, p in zip(s.hosts, summary.hosts, strict=True):
        hosts.row(
            [h.code, p.name, p.contact, *(yuan(getattr(h, f)) for _, f in HOST_FIELDS), h.lines],
            [None, None, None, *money_fmts, None],
        )
    hosts.row(
        ["合计", f"{len(s.hosts)} 位", "", *(yuan(s.total(f)) for _, f in HOST_FIELDS), s.total("lines")],
        [None, None, None, *money_fmts, None],
        total=True,
    )

    recs = _Sheet(
        wb, "推介官", [("编号", 10), ("推介官", 24), ("联系方式", 20), ("笔数", 10), ("推介费", 14)]
    )
    for r, p in zip(s.recommenders, summary.recommenders, strict=True):
        recs.row([r.code, p.name, p.contact, r.lines, yuan(r.fees_fen)], [None, None, None, None, MONEY])
    recs.row(
        [
            "合计",
            f"{len(s.recommenders)} 位",
            "",
            s.recommender_lines,
            yuan(s.recommender_fees_fen),
        ],
        [None, None, None, None, MONEY],
        total=True,
    )

    pay = _Sheet(wb, "收款", [("支付方式", 14), ("代码", 10), ("金额", 16)])
    for method, amount in summary.payments:
        pay.row([PAYMENT_NAMES_ZH[method], method, yuan(amount)], [None, None, MONEY])
    pay.row(["合计", "", yuan(summary.payments_fen)], [None, None, MONEY], total=True)
    pay.row(["净销售合计", "", yuan(summary.total("net_sales_fen"))], [None, None, MONEY])

    _lines_sheet(wb, st)

    charges = _Sheet(
        wb, "费用", [("主理人", 10), ("名称", 24), ("日期", 12), ("类型", 8), ("金额", 14), ("备注", 40)]
    )
    for h, p in zip(s.hosts, summary.hosts, strict=True):
        for c in h.charge_items:
            charges.row(
                [h.code, p.name, c.day, CHARGE_NAMES_ZH.get(c.kind, c.kind), yuan(c.amount_fen), c.note],
                [None, None, DAY, None, MONEY, None],
            )
    charges.row(
        ["合计", "", None, "", yuan(s.total("charges_fen")), ""],
        [None, None, None, None, MONEY, None],
        total=True,
    )

    info = _Sheet(wb, "说明", [("项目", 16), ("内容", 60)])
    status = summary.status
    closed_at = status.closed_local()
    for k, v in (
        ("合作社", summary.shop.name),
        ("地址", summary.shop.address),
        ("结算单号", status.number),
        ("结算期", f"{status.period.start} 至 {status.period.end}"),
        ("时区", status.timezone),
        ("状态", "已结算" if status.closed else "草稿（未结账，数字可能变动）"),
        ("结账时间", f"{closed_at:%Y-%m-%d %H:%M}" if closed_at else ""),
        ("结账人", status.closed_by),
        ("金额单位", "元（两位小数）；比例为百分比"),
    ):
        info.row([k, v], [None, None])

    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _lines_sheet(wb: Workbook, st: StatementSet) -> None:
    sheet = _Sheet(
        wb,
        "明细",
        [
            ("时间", 19),
            ("单号", 20),
            ("类型", 6),
            ("原单号", 20),
            ("主理人", 8),
            ("推介官", 8),
            ("条码", 15),
            ("商品", 28),
            ("数量", 6),
            ("单价", 11),
            ("行折扣", 10),
            ("整单折扣", 10),
            ("净额", 12),
            ("佣金比例", 9),
            ("佣金", 11),
            ("推介比例", 9),
            ("推介费", 11),
            ("主理人所得", 12),
        ],
    )
    fmts = [TIME, *[None] * 8, MONEY, MONEY, MONEY, MONEY, RATE, MONEY, RATE, MONEY, MONEY]
    for ln in st.lines():
        has_rec = bool(ln.recommender_code)
        # blank rather than "" or 0 where a line has nothing (no original receipt, no recommender,
        # no discount): the sheet reads more easily, sums the same, and writes a third faster
        sheet.row(
            [
                _local(ln.at),
                ln.receipt_no,
                "退货" if ln.refund else "销售",
                ln.refund_of_receipt or None,
                ln.host_code,
                ln.recommender_code or None,
                ln.barcode,
                ln.product_name,
                ln.qty,
                yuan(ln.unit_price_fen),
                yuan(ln.line_discount_fen) if ln.line_discount_fen else None,
                yuan(ln.sale_discount_fen) if ln.sale_discount_fen else None,
                yuan(ln.net_fen),
                rate(ln.coop_bp),
                yuan(ln.coop_fen),
                rate(ln.rec_bp) if has_rec else None,
                yuan(ln.rec_fen) if has_rec else None,
                yuan(ln.host_fen),
            ],
            fmts,
        )
