"""Stock paperwork: intake (入库单) and return (退货单) slips signed by the host and the co-op's staff,
and a count's variance report (盘点差异表) per host, with a line for the host to co-sign; as PDF (A4,
embedded CJK font) and XLSX.

Each host's part of a variance report starts on a page of its own, so every host signs the
pages about its own goods. The pages themselves (header, repeating table head, signature lines)
are :mod:`receipts.stock_paper`'s.
"""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from pos.clock import zone
from pos.money import format_cny
from pos.statements import ShopInfo
from pos.stock import LOSS_BEARER_NAMES_ZH, StockSlip, VarianceReport, count_number
from receipts.sheet_text import xlsx_row
from receipts.stock_paper import GAIN, INK, LEFT, LOSS, Col, Doc


def _local(at: datetime, timezone: str) -> str:
    return at.astimezone(zone(timezone)).strftime("%Y-%m-%d %H:%M")


def _qty(n: int) -> str:
    return f"{n:+d}" if n else "0"


# ---------------------------------------------------------------- slips

_SLIP_COLS = (
    Col("条码 Barcode", 0.22),
    Col("品名 Product", 0.38),
    Col("数量 Qty", 0.11, right=True),
    Col("单价 Price", 0.14, right=True),
    Col("金额 Value", 0.15, right=True),
)


def slip_pdf(slip: StockSlip, *, shop: ShopInfo, timezone: str) -> bytes:
    intake = slip.kind == "intake"
    title = "入库单 Goods received" if intake else "退货单 Goods returned to host"
    doc = Doc(f"{title} {slip.number}")
    heading = [f"{shop.name} · {title}", f"{slip.number}  ·  {slip.host_code} {slip.host_name}"]
    doc.new_page(heading)
    doc.fields(
        [
            ("单号 No.", slip.number),
            ("日期 Date", _local(slip.at, timezone)),
            ("主理人 Host", f"{slip.host_code} {slip.host_name}"),
            ("经手人 Staff", slip.user),
            ("说明 Note", slip.reason or "—"),
            ("地址 Address", shop.address or "—"),
        ]
    )
    doc.table_head(_SLIP_COLS)
    for ln in slip.lines:
        doc.row(
            _SLIP_COLS,
            [ln.barcode, ln.name, str(ln.qty), format_cny(ln.price_fen), format_cny(ln.value_fen)],
            heading,
        )
    doc.row(
        _SLIP_COLS,
        [f"合计 Total：{len(slip.lines)} 种 items", "", str(slip.units), "", format_cny(slip.value_fen)],
        heading,
        total=True,
    )
    what = (
        "主理人交付、合作社点收上列商品（寄售，售出前归主理人所有）。"
        if intake
        else "合作社退还、主理人点收上列未售商品。"
    )
    doc.signatures(
        ["主理人签字 Host", "合作社经手人 Co-op staff"],
        heading,
        note=what
        + (
            "\nThe goods listed were delivered and checked."
            if intake
            else "\nThe goods listed were returned and checked."
        ),
    )
    return doc.bytes()


# ---------------------------------------------------------------- variance report

_VAR_COLS = (
    Col("条码 Barcode", 0.18),
    Col("品名 Product", 0.26),
    Col("单价 Price", 0.11, right=True),
    Col("应有 Exp.", 0.11, right=True),
    Col("实盘 Cnt.", 0.11, right=True),
    Col("差异 Var.", 0.11, right=True),
    Col("金额 Value", 0.12, right=True),
)


def _state(report: VarianceReport) -> str:
    c = report.count
    if c.state == "approved":
        return f"已审核 approved {c.approved_by}"
    if c.state == "cancelled":
        return "已取消 cancelled"
    return "未审核（草稿）draft, not approved"


def variance_pdf(report: VarianceReport, *, shop: ShopInfo, timezone: str) -> bytes:
    c = report.count
    number = count_number(c.id or 0)
    doc = Doc(f"盘点差异表 {number}")
    if not report.hosts:
        heading = [f"{shop.name} · 盘点差异表 Stock count variance", f"{number} · {c.scope_label}"]
        doc.new_page(heading)
        doc.text(LEFT, doc.y - 12, "本次盘点没有商品。 Nothing was counted.")
        return doc.bytes()
    for h in report.hosts:
        heading = [
            f"{shop.name} · 盘点差异表 Stock count variance",
            " · ".join(
                [number, c.scope_label]
                + ([] if c.scope.host_id == h.host_id else [f"{h.host_code} {h.host_name}"])
                + [_state(report)]
            ),
        ]
        doc.new_page(heading)
        doc.fields(
            [
                ("盘点 Count", f"{number}  {c.scope_label}"),
                ("主理人 Host", f"{h.host_code} {h.host_name}"),
                ("开始 Started", f"{_local(c.started_at, timezone)} {c.started_by}"),
                ("截至 As of", _local(report.at, timezone)),
                ("损耗承担 Losses", f"{LOSS_BEARER_NAMES_ZH[h.loss_bearer]} borne by {h.loss_bearer}"),
                ("状态 State", _state(report)),
            ]
        )
        doc.table_head(_VAR_COLS)
        for ln in h.lines:
            color = LOSS if ln.variance < 0 else GAIN if ln.variance > 0 else INK
            doc.row(
                _VAR_COLS,
                [
                    ln.barcode,
                    ln.name + ("" if ln.was_counted else "（未扫 not scanned）"),
                    format_cny(ln.price_fen),
                    str(ln.expected),
                    str(ln.counted),
                    _qty(ln.variance),
                    format_cny(ln.variance_fen),
                ],
                heading,
                color=color,
            )
        doc.row(
            _VAR_COLS,
            [
                f"合计 Total：{len(h.lines)} 种",
                f"缺 missing {h.missing} · 多 extra {h.extra}",
                "",
                str(h.expected),
                str(h.counted),
                _qty(h.counted - h.expected),
                format_cny(h.variance_fen),
            ],
            heading,
            total=True,
        )
        done = c.state == "approved"
        note = (
            f"合作社承担损耗：按现行比例补偿主理人应得部分 {format_cny(h.credit_fen)}，"
            + ("已记入结算。" if done else "审核后记入结算。")
            + f"\nThe co-op bears losses: {format_cny(h.credit_fen)} "
            + ("credited to the host." if done else "to be credited once approved.")
            if h.loss_bearer == "coop"
            else "损耗由主理人承担。\nLosses are borne by the host."
        )
        doc.signatures(
            ["盘点人 Counted by", "审核人 Approved by", "主理人会签 Host co-sign"], heading, note=note
        )
    return doc.bytes()


def variance_xlsx(report: VarianceReport, *, timezone: str) -> bytes:
    """One sheet of every line (host, barcode) with amounts as numbers in yuan, and one per host."""
    c = report.count
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "盘点差异"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E5E7EB")
    ws.append(
        xlsx_row(
            ws,
            [f"盘点 {count_number(c.id or 0)}", c.scope_label, _state(report), _local(report.at, timezone)],
        )
    )
    ws.append([])
    head = [
        "主理人 host",
        "主理人名称 host name",
        "条码 barcode",
        "品名 name",
        "单价 price",
        "应有 expected",
        "实盘 counted",
        "差异 variance",
        "差异金额 variance value",
        "已扫描 scanned",
    ]
    ws.append(xlsx_row(ws, head))
    for cell in ws[3]:
        cell.font, cell.fill = bold, fill
    for h in report.hosts:
        for ln in h.lines:
            ws.append(
                xlsx_row(
                    ws,
                    [
                        h.host_code,
                        h.host_name,
                        ln.barcode,
                        ln.name,
                        _yuan(ln.price_fen),
                        ln.expected,
                        ln.counted,
                        ln.variance,
                        _yuan(ln.variance_fen),
                        "是" if ln.was_counted else "否",
                    ],
                )
            )
    for row in ws.iter_rows(min_row=4):
        row[2].number_format = "@"
        row[4].number_format = row[8].number_format = "#,##0.00"
    for col, width in zip("ABCDEFGHIJ", (10, 16, 16, 28, 10, 10, 10, 10, 14, 8), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    hs = wb.create_sheet("主理人汇总")
    hs.append(xlsx_row(hs,
        ["主理人 host", "名称 name", "损耗承担 loss bearer", "应有 expected", "实盘 counted", "缺 missing",
         "多 extra", "差异金额 variance value", "补偿 credit"]
    ))  # fmt: skip
    for cell in hs[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True)
    for h in report.hosts:
        hs.append(xlsx_row(hs,
            [h.host_code, h.host_name, LOSS_BEARER_NAMES_ZH[h.loss_bearer], h.expected, h.counted, h.missing,
             h.extra, _yuan(h.variance_fen), _yuan(h.credit_fen)]
        ))  # fmt: skip
    hs.append(xlsx_row(hs,
        ["合计 total", "", "", sum(h.expected for h in report.hosts), sum(h.counted for h in report.hosts),
         sum(h.missing for h in report.hosts), sum(h.extra for h in report.hosts), _yuan(report.variance_fen),
         _yuan(report.credit_fen)]
    ))  # fmt: skip
    for cell in hs[hs.max_row]:
        cell.font = bold
    for row in hs.iter_rows(min_row=2):
        row[7].number_format = row[8].number_format = "#,##0.00"
    for col, width in zip("ABCDEFGHI", (10, 16, 12, 10, 10, 8, 8, 14, 12), strict=True):
        hs.column_dimensions[col].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


class StockDocs:
    """``pos.ports.StockDocuments`` over this module."""

    def slip_pdf(self, slip: StockSlip, *, shop: ShopInfo, timezone: str) -> bytes:
        return slip_pdf(slip, shop=shop, timezone=timezone)

    def variance_pdf(self, report: VarianceReport, *, shop: ShopInfo, timezone: str) -> bytes:
        return variance_pdf(report, shop=shop, timezone=timezone)

    def variance_xlsx(self, report: VarianceReport, *, timezone: str) -> bytes:
        return variance_xlsx(report, timezone=timezone)
