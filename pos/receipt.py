"""The receipt (小票) of a sale or a refund: what it says, and how it is laid out on 58 or 80 mm paper.

``receipt_from_sale`` reads what the customer should see off an immutable :class:`Sale` (with the
hosts' names as they are at first print); ``render_receipt`` lays it out into print ops
(``pos.print_ops``) in fixed columns, a hanzi two columns wide, amounts flush right. The ops are
stored with the sale when first rendered, so a reprint prints exactly that (``print_ops.reprint``).

Amounts are printed with the full-width ``￥``: it is a two-byte GB2312 character that every
Chinese printer font has, where the half-width ``¥`` is a four-byte GB18030 sequence that most
receipt printers cannot print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from pos.clock import zone
from pos.ids import HostId, SaleId
from pos.money import format_cny
from pos.print_ops import (
    BarcodeOp,
    CutMode,
    CutOp,
    DrawerOp,
    FeedOp,
    Op,
    PrintDoc,
    QrOp,
    TextOp,
    fits_code128,
)
from pos.sale import PAYMENT_NAMES_ZH, Sale
from pos.text_layout import COLUMNS, clean, pair, shorten, width, wrap

if TYPE_CHECKING:
    from pos.config import Config

NumberCode = Literal["barcode", "qr", "none"]
CURRENCY = "￥"


def paper_amount(fen: int) -> str:
    """``-1234`` -> ``"-￥12.34"``: an amount as printed on receipt paper."""
    return format_cny(fen).replace("¥", CURRENCY)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiptSettings:
    """What the shop's settings say about receipts (``Config`` [shop], [printer], [receipt])."""

    shop_name: str
    shop_address: str = ""
    timezone: str = "Asia/Shanghai"
    paper_mm: int = 80
    footer: str = ""
    footer_qr: str = ""
    number_code: NumberCode = "barcode"
    cut: CutMode | None = "partial"
    drawer_pin: int = 2
    drawer_pulse_ms: int = 100

    @classmethod
    def from_config(cls, config: Config) -> ReceiptSettings:
        codes: dict[str, NumberCode] = {"barcode": "barcode", "qr": "qr", "none": "none"}
        cuts: dict[str, CutMode | None] = {"partial": "partial", "full": "full", "none": None}
        return cls(
            shop_name=config.shop_name,
            shop_address=config.shop_address,
            timezone=config.timezone,
            paper_mm=config.printer_paper_mm,
            footer=config.receipt_footer,
            footer_qr=config.receipt_footer_qr,
            number_code=codes[config.receipt_number_code],
            cut=cuts[config.printer_cut],
            drawer_pin=config.drawer_pin,
            drawer_pulse_ms=config.drawer_pulse_ms,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiptLine:
    name: str
    host: str  # "H01 主理人1号·手作": whose goods these are
    qty: int  # negative on a refund
    unit_price_fen: int
    line_discount_fen: int
    total_fen: int  # a sale: qty × price − line discount; a refund: what is given back (negative)


@dataclass(frozen=True, slots=True)
class PaymentLine:
    name: str  # 现金 / 微信 / 支付宝 / 银行卡 / 其他
    amount_fen: int  # cash: what was handed over (change is its own line)


@dataclass(frozen=True, slots=True, kw_only=True)
class Receipt:
    """What a receipt says, independent of the paper it is printed on."""

    kind: Literal["sale", "refund"]
    shop_name: str
    shop_address: str
    receipt_no: str
    at_local: str  # "2026-11-23 14:30:05" in the shop's time zone
    counter_id: str
    cashier: str
    lines: tuple[ReceiptLine, ...]
    subtotal_fen: int
    sale_discount_fen: int
    total_fen: int
    payments: tuple[PaymentLine, ...]
    change_fen: int
    refund_of: str  # the original receipt number of a refund
    footer: str
    footer_qr: str
    number_code: NumberCode
    open_drawer: bool  # cash changed hands at the counter


def _cash_moved(sale: Sale) -> bool:
    return sale.change_fen > 0 or any(p.method == "cash" and p.amount_fen != 0 for p in sale.payments)


def receipt_from_sale(
    sale: Sale, *, hosts: Mapping[HostId, str], settings: ReceiptSettings, at_counter: bool = False
) -> Receipt:
    """The receipt of ``sale``. ``hosts`` names each host ("H01 主理人1号"); ``at_counter``: it is
    printed as the sale completes, so a cash sale (or cash refund) kicks the drawer open."""
    refund = sale.kind == "refund"
    lines = tuple(
        ReceiptLine(
            name=clean(ln.product_name),
            host=clean(hosts.get(ln.host_id, "")),
            qty=ln.qty,
            unit_price_fen=ln.unit_price_fen,
            line_discount_fen=ln.line_discount_fen,
            total_fen=ln.net_fen if refund else ln.qty * ln.unit_price_fen - ln.line_discount_fen,
        )
        for ln in sale.lines
    )
    payments = tuple(
        PaymentLine(
            PAYMENT_NAMES_ZH[p.method],
            p.amount_fen + (sale.change_fen if p.method == "cash" and not refund else 0),
        )
        for p in sale.payments
    )
    return Receipt(
        kind=sale.kind,
        shop_name=clean(settings.shop_name),
        shop_address=clean(settings.shop_address),
        receipt_no=sale.receipt_no,
        at_local=sale.at.astimezone(zone(settings.timezone)).strftime("%Y-%m-%d %H:%M:%S"),
        counter_id=sale.counter_id or "",
        cashier=clean(sale.cashier),
        lines=lines,
        subtotal_fen=sum(ln.total_fen for ln in lines),
        sale_discount_fen=0 if refund else sale.sale_discount_fen,
        total_fen=sale.total_fen,
        payments=payments,
        change_fen=0 if refund else sale.change_fen,
        refund_of=sale.refund_of_receipt or "",
        footer=clean(settings.footer),
        footer_qr=settings.footer_qr.strip(),
        number_code=settings.number_code,
        open_drawer=at_counter and _cash_moved(sale),
    )


def wrap_words(text: str, cols: int) -> list[str]:
    """Centred text (an address, the footer): broken at its spaces where the parts fit, so
    "…4号楼 新华·社区营造中心" keeps 新华 together; a part longer than a line wraps as usual."""
    lines: list[str] = []
    line = ""
    for word in clean(text).split(" "):
        joined = f"{line} {word}" if line else word
        if width(joined) <= cols:
            line = joined
            continue
        if line:
            lines.append(line)
        parts = wrap(word, cols)
        lines += parts[:-1]
        line = parts[-1]
    return [*lines, line]


def _line_ops(ln: ReceiptLine, cols: int) -> list[Op]:
    ops: list[Op] = [TextOp(part) for part in wrap(ln.name, cols, indent="  ")]
    if ln.host:
        ops.append(TextOp(shorten(f"  主理人 {ln.host}", cols)))
    qty = f"退 {-ln.qty}" if ln.qty < 0 else str(ln.qty)
    left = f"  {qty} × {paper_amount(ln.unit_price_fen)}"
    total = paper_amount(ln.total_fen)
    if ln.line_discount_fen:
        off = f"折扣 {paper_amount(-ln.line_discount_fen)}"
        if width(f"{left} {off}") + 1 + width(total) <= cols:
            ops.append(TextOp(pair(f"{left} {off}", total, cols)))
        else:
            ops += [TextOp(left), TextOp(pair(f"  {off}", total, cols))]
    else:
        ops.append(TextOp(pair(left, total, cols)))
    return ops


def render_receipt(r: Receipt, *, paper_mm: int, cut: CutMode | None = "partial", drawer_pin: int = 2,
                   drawer_pulse_ms: int = 100) -> PrintDoc:  # fmt: skip
    """Lay ``r`` out for ``paper_mm`` paper: every text line fits its columns, amounts flush right."""
    cols = COLUMNS[paper_mm]
    rule = TextOp("-" * cols)
    ops: list[Op] = []
    if r.open_drawer:
        ops.append(DrawerOp(drawer_pin, drawer_pulse_ms))
    ops += [TextOp(part, "center", True, "double") for part in wrap_words(r.shop_name, cols // 2)]
    if r.shop_address:
        ops += [TextOp(part, "center") for part in wrap_words(r.shop_address, cols)]
    ops += [rule, TextOp("退货单" if r.kind == "refund" else "销售单", "center", True, "tall")]
    ops.append(TextOp(pair("单号", r.receipt_no, cols)))
    if r.refund_of:
        ops.append(TextOp(pair("原单号", r.refund_of, cols)))
    ops.append(TextOp(pair("时间", r.at_local, cols)))
    if r.counter_id:
        ops.append(TextOp(pair("收银台", r.counter_id, cols)))
    if r.cashier:
        ops.append(TextOp(pair("收银员", r.cashier, cols)))
    ops += [rule, TextOp(pair("商品  数量 × 单价", "金额", cols)), rule]
    for ln in r.lines:
        ops += _line_ops(ln, cols)
    ops.append(rule)
    units = sum(abs(ln.qty) for ln in r.lines)
    if r.kind == "refund":
        ops.append(
            TextOp(pair(f"退款合计（{units} 件）", paper_amount(r.total_fen), cols), bold=True, size="tall")
        )
    else:
        if r.sale_discount_fen or r.subtotal_fen != r.total_fen:
            ops.append(TextOp(pair("小计", paper_amount(r.subtotal_fen), cols)))
        if r.sale_discount_fen:
            ops.append(TextOp(pair("整单折扣", paper_amount(-r.sale_discount_fen), cols)))
        ops.append(
            TextOp(pair(f"合计（{units} 件）", paper_amount(r.total_fen), cols), bold=True, size="tall")
        )
    change = [TextOp(pair("找零", paper_amount(r.change_fen), cols))] if r.change_fen else []
    for p in r.payments:
        ops.append(TextOp(pair(p.name, paper_amount(p.amount_fen), cols)))
        if p.name == PAYMENT_NAMES_ZH["cash"]:
            ops += change  # right under the cash handed over
            change = []
    ops += change
    ops.append(rule)
    if r.footer:
        ops += [TextOp(part, "center") for part in wrap_words(r.footer, cols)]
    if r.footer_qr:
        ops.append(QrOp(r.footer_qr))
    ops += _number_code(r.receipt_no, r.number_code, paper_mm)
    ops.append(FeedOp(3))
    if cut is not None:
        ops.append(CutOp(cut))
    return PrintDoc(paper_mm, tuple(ops))


def _number_code(receipt_no: str, code: NumberCode, paper_mm: int) -> list[Op]:
    """The receipt number for the refund screen's scanner: Code 128 (its text printed below it
    by the printer), or a QR code with the number under it: also when Code 128 cannot take it
    (not ASCII, an imported number too long for bars a scanner reads on this paper)."""
    if code == "none":
        return []
    if code == "barcode" and fits_code128(receipt_no, paper_mm):
        return [BarcodeOp(receipt_no)]
    return [QrOp(receipt_no, 4), TextOp(receipt_no, "center")]


def render_sale_receipt(
    sale: Sale, *, hosts: Mapping[HostId, str], settings: ReceiptSettings, at_counter: bool = False
) -> PrintDoc:
    receipt = receipt_from_sale(sale, hosts=hosts, settings=settings, at_counter=at_counter)
    return render_receipt(
        receipt,
        paper_mm=settings.paper_mm,
        cut=settings.cut,
        drawer_pin=settings.drawer_pin,
        drawer_pulse_ms=settings.drawer_pulse_ms,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredReceipt:
    """A receipt's ops as first rendered, kept with its sale: what every reprint prints."""

    sale_id: SaleId
    doc: PrintDoc
    rendered_at: datetime  # UTC

    @property
    def paper_mm(self) -> int:
        return self.doc.paper_mm


def printer_test_page(settings: ReceiptSettings, *, printer: str, at_local: str) -> PrintDoc:
    """The settings screen's test print: the shop's name, Chinese and mixed text, a column ruler,
    both codes, the drawer left shut."""
    cols = COLUMNS[settings.paper_mm]
    ruler = "".join(str(i % 10) for i in range(1, cols + 1))
    ops: list[Op] = [
        *(TextOp(part, "center", True, "double") for part in wrap(settings.shop_name, cols // 2)),
        TextOp("打印测试 / test print", "center", True, "tall"),
        TextOp("-" * cols),
        TextOp(pair("打印机", printer, cols)),
        TextOp(pair("时间", at_local, cols)),
        TextOp(pair("纸宽", f"{settings.paper_mm} mm / {cols} 列", cols)),
        TextOp(ruler),
        TextOp("中" * (cols // 2)),
        TextOp(pair("手工皂·薰衣草 ＡＢＣ", paper_amount(1250), cols)),
        TextOp(pair("粗体 bold", paper_amount(-200), cols), bold=True),
        TextOp(pair("倍高 tall", paper_amount(123450), cols), size="tall"),
        TextOp("-" * cols),
        BarcodeOp("C1-20261123-0007"),
        QrOp("来!合作社 coop-pos"),
        FeedOp(3),
    ]
    if settings.cut is not None:
        ops.append(CutOp(settings.cut))
    return PrintDoc(settings.paper_mm, tuple(ops))
