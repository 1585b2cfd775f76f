"""Sales and refunds as immutable records, and the pure rules that build them (docs/domain.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pos.errors import InputError, RuleError
from pos.ids import HostId, ProductId, RecommenderId, SaleId, SaleLineId
from pos.money import HoldsSplit, LineInput, LineSplit, check_amount, format_yuan, split_sale

PaymentMethod = Literal["cash", "wechat", "alipay", "card", "other"]
PAYMENT_METHODS: tuple[PaymentMethod, ...] = ("cash", "wechat", "alipay", "card", "other")
PAYMENT_NAMES_ZH: dict[PaymentMethod, str] = {
    "cash": "现金",
    "wechat": "微信",
    "alipay": "支付宝",
    "card": "银行卡",
    "other": "其他",
}
_METHOD_WORDS: dict[str, PaymentMethod] = (
    {m: m for m in PAYMENT_METHODS}
    | {zh: m for m, zh in PAYMENT_NAMES_ZH.items()}
    | {"微信支付": "wechat", "刷卡": "card", "bank card": "card"}
)

SaleKind = Literal["sale", "refund"]


def parse_payment_method(text: str) -> PaymentMethod:
    method = _METHOD_WORDS.get(text.strip().lower()) or _METHOD_WORDS.get(text.strip())
    if method is None:
        raise InputError(
            f"支付方式 “{text}” 应为 现金/微信/支付宝/银行卡/其他",
            f'payment "{text}" must be cash, wechat, alipay, card or other',
        )
    return method


@dataclass(frozen=True, slots=True, kw_only=True)
class SaleLine(HoldsSplit):
    """One line of a sale (positive amounts) or of a refund (negative amounts, ``qty`` < 0).

    Its figures are its ``split``'s, read as its own (``line.net_fen``)."""

    id: SaleLineId | None = None
    line_no: int
    product_id: ProductId
    host_id: HostId
    recommender_id: RecommenderId | None
    product_name: str
    barcode: str
    split: LineSplit
    refund_of_line_id: SaleLineId | None = None
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class Payment:
    method: PaymentMethod
    amount_fen: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Sale:
    """A completed checkout (``kind="sale"``) or a refund against an earlier one. Immutable."""

    id: SaleId | None = None
    receipt_no: str
    kind: SaleKind = "sale"
    at: datetime  # aware, UTC
    business_day: date
    counter_id: str | None
    seq: int | None
    cashier: str = ""
    lines: tuple[SaleLine, ...]
    payments: tuple[Payment, ...]
    sale_discount_fen: int = 0
    tendered_fen: int = 0
    change_fen: int = 0
    refund_of: SaleId | None = None
    refund_of_receipt: str | None = None
    source: str = "counter"
    approver: str = ""  # who approved a discount or price override over the limit
    idempotency_key: str | None = None  # made when the cart was paid: the same key, the same sale

    @property
    def total_fen(self) -> int:
        return sum(ln.net_fen for ln in self.lines)


@dataclass(frozen=True, slots=True, kw_only=True)
class CartLine:
    """What the cashier rang up: a product, how many, at what price, less what discount."""

    product_id: ProductId
    host_id: HostId
    recommender_id: RecommenderId | None
    product_name: str
    barcode: str
    qty: int
    unit_price_fen: int
    coop_bp: int
    rec_bp: int
    line_discount_fen: int = 0
    list_price_fen: int | None = None  # the catalog price when the cashier overrode it

    def __post_init__(self) -> None:
        check_amount(
            self.unit_price_fen, field=f"{self.product_name} 的单价/unit price of {self.product_name}"
        )
        if self.list_price_fen is not None:
            check_amount(
                self.list_price_fen, field=f"{self.product_name} 的售价/price of {self.product_name}"
            )


def price_lines(cart: Sequence[CartLine], *, sale_discount_fen: int = 0) -> tuple[SaleLine, ...]:
    """Split every cart line per docs/domain.md, sharing the sale discount by largest remainder."""
    if not cart:
        raise RuleError("购物车是空的", "the cart is empty")
    splits = split_sale(
        [
            LineInput(
                qty=c.qty,
                unit_price_fen=c.unit_price_fen,
                coop_bp=c.coop_bp,
                rec_bp=c.rec_bp if c.recommender_id is not None else 0,
                line_discount_fen=c.line_discount_fen,
            )
            for c in cart
        ],
        sale_discount_fen=sale_discount_fen,
    )
    return tuple(
        SaleLine(
            line_no=i,
            product_id=c.product_id,
            host_id=c.host_id,
            recommender_id=c.recommender_id,
            product_name=c.product_name,
            barcode=c.barcode,
            split=s,
        )
        for i, (c, s) in enumerate(zip(cart, splits, strict=True), start=1)
    )


@dataclass(frozen=True, slots=True)
class Tender:
    """Money handed over for one method; cash may exceed what is due (the rest is change)."""

    method: PaymentMethod
    amount_fen: int

    def __post_init__(self) -> None:
        check_amount(
            self.amount_fen,
            field=f"{PAYMENT_NAMES_ZH.get(self.method, self.method)}付款/{self.method} payment",
        )


@dataclass(frozen=True, slots=True)
class Settled:
    payments: tuple[Payment, ...]
    tendered_fen: int
    change_fen: int


def settle_tenders(total_fen: int, tenders: Sequence[Tender]) -> Settled:
    """Check the tenders pay ``total_fen`` exactly, cash giving change; merge by method.

    Payments recorded are what the shop keeps: cash tendered less change. A tender
    over the total is allowed only in cash, and only by less than the cash handed over.
    Nothing to pay (a gift, a line discounted to nothing) needs no tender.
    """
    if not tenders:
        if total_fen == 0:
            return Settled(payments=(), tendered_fen=0, change_fen=0)
        raise RuleError("没有付款", "no payment was entered")
    if any(t.amount_fen <= 0 for t in tenders):
        raise RuleError("付款金额必须大于 0", "each payment must be more than 0")
    paid = sum(t.amount_fen for t in tenders)
    cash = sum(t.amount_fen for t in tenders if t.method == "cash")
    if paid < total_fen:
        raise RuleError(
            f"还差 {format_yuan(total_fen - paid)} 元未付",
            f"{format_yuan(total_fen - paid)} is still due",
        )
    change = paid - total_fen
    if change and change >= cash:
        raise RuleError(
            f"非现金付款多了 {format_yuan(change)} 元，只有现金可以找零",
            f"non-cash payments exceed the total by {format_yuan(change)}; only cash gives change",
        )
    merged: dict[PaymentMethod, int] = {}
    for t in tenders:
        merged[t.method] = merged.get(t.method, 0) + t.amount_fen
    if change:
        merged["cash"] -= change
    payments = tuple(Payment(m, merged[m]) for m in PAYMENT_METHODS if merged.get(m))
    return Settled(payments=payments, tendered_fen=paid, change_fen=change)


@dataclass(frozen=True, slots=True)
class RefundRequest:
    """Give back ``units`` of the original line ``line_no``; ``damaged`` keeps them out of stock."""

    line_no: int
    units: int
    damaged: bool = False


def refund_lines(
    original: Sale, requests: Sequence[RefundRequest], *, already_refunded: dict[int, int]
) -> tuple[SaleLine, ...]:
    """The negative lines of a refund, per docs/domain.md; ``already_refunded`` maps line_no → units."""
    if original.kind != "sale":
        raise RuleError(
            f"{original.receipt_no} 是退货单，不能再退",
            f"{original.receipt_no} is a refund; it cannot be refunded",
        )
    if not requests:
        raise RuleError("没有选择要退的商品", "no lines were chosen to refund")
    by_no = {ln.line_no: ln for ln in original.lines}
    asked: dict[int, int] = {}
    out: list[SaleLine] = []
    for i, req in enumerate(requests, start=1):
        line = by_no.get(req.line_no)
        if line is None:
            raise RuleError(
                f"{original.receipt_no} 没有第 {req.line_no} 行",
                f"{original.receipt_no} has no line {req.line_no}",
            )
        before = already_refunded.get(req.line_no, 0) + asked.get(req.line_no, 0)
        left = line.qty - before
        if req.units > left:
            raise RuleError(
                f"{line.product_name} 只能再退 {left} 件，不能退 {req.units} 件",
                f"{line.product_name}: only {left} left to refund, cannot refund {req.units}",
            )
        split = line.split.refund(units=req.units, already_refunded=before)
        asked[req.line_no] = asked.get(req.line_no, 0) + req.units
        out.append(
            SaleLine(
                line_no=i,
                product_id=line.product_id,
                host_id=line.host_id,
                recommender_id=line.recommender_id,
                product_name=line.product_name,
                barcode=line.barcode,
                split=split,
                refund_of_line_id=line.id,
                damaged=req.damaged,
            )
        )
    return tuple(out)


def receipt_number(counter_id: str, business_day: date, seq: int) -> str:
    """``C1-20261123-0007``: unique across the shop, gap-free per counter and business day."""
    return f"{counter_id}-{business_day:%Y%m%d}-{seq:04d}"


@dataclass(frozen=True, slots=True)
class StockMovement:
    """One append-only change to what is on the shelf (positive in, negative out)."""

    product_id: ProductId
    kind: str  # intake | sale | refund | refund_damaged | return_to_host | count_adjustment | loss
    qty: int
    at: datetime
    reason: str = ""
    user: str = ""
    sale_id: SaleId | None = None


def reduction_over_limit(
    cart: Sequence[CartLine], lines: Sequence[SaleLine], *, sale_discount_fen: int, limit_bp: int
) -> bool:
    """Does any line's markdown (price override plus line discount) or the sale discount take off
    more than ``limit_bp`` of what it was worth? Compared in integers: ``off × 10000 > worth × limit``."""
    for c in cart:
        worth = c.qty * (c.list_price_fen if c.list_price_fen is not None else c.unit_price_fen)
        off = worth - (c.qty * c.unit_price_fen - c.line_discount_fen)
        if off > 0 and off * 10_000 > worth * limit_bp:
            return True
    subtotal = sum(ln.net_fen + ln.sale_discount_fen for ln in lines)
    return sale_discount_fen > 0 and sale_discount_fen * 10_000 > subtotal * limit_bp
