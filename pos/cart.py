"""The cart at the counter: what is rung up but not yet paid. Stored after every change.

A cart is ``open`` (being rung up; one per counter), ``suspended`` (挂单, parked by name),
``completed`` (paid: it points at its sale) or ``voided`` (作废). A completed or voided cart
never changes again, so a crash at any point leaves either the cart or the sale, never both
half-done and never the same sale twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pos.errors import RuleError
from pos.ids import ProductId, SaleId
from pos.money import apply_bp, check_amount, format_yuan

CartStatus = Literal["open", "suspended", "completed", "voided"]
MAX_QTY = 9999


@dataclass(frozen=True, slots=True, kw_only=True)
class CartItem:
    line_no: int
    product_id: ProductId
    barcode: str
    name: str
    host_code: str
    list_price_fen: int  # the catalog price when it was rung up
    qty: int
    unit_price_fen: int | None = None  # a price override, else the catalog price
    line_discount_fen: int = 0

    def __post_init__(self) -> None:
        check_amount(self.list_price_fen, field=f"{self.name} 的售价/price of {self.name}")
        if self.unit_price_fen is not None:
            check_amount(self.unit_price_fen, field=f"{self.name} 的单价/unit price of {self.name}")

    @property
    def price_fen(self) -> int:
        return self.list_price_fen if self.unit_price_fen is None else self.unit_price_fen

    @property
    def gross_fen(self) -> int:
        return self.qty * self.price_fen

    @property
    def net_fen(self) -> int:
        """The line after its own discount (before its share of a sale discount)."""
        return self.gross_fen - self.line_discount_fen


@dataclass(frozen=True, slots=True, kw_only=True)
class Cart:
    id: int | None = None
    counter_id: str
    status: CartStatus = "open"
    opened_at: datetime
    opened_by: str
    label: str = ""
    sale_discount_fen: int = 0
    items: tuple[CartItem, ...] = ()
    sale_id: SaleId | None = None

    @property
    def subtotal_fen(self) -> int:
        return sum(i.net_fen for i in self.items)

    @property
    def total_fen(self) -> int:
        """What the customer pays: the lines less the sale discount."""
        return self.subtotal_fen - self.sale_discount_fen

    @property
    def units(self) -> int:
        return sum(i.qty for i in self.items)


def check_qty(qty: int) -> int:
    if not 1 <= qty <= MAX_QTY:
        raise RuleError(
            f"数量 {qty} 应在 1 到 {MAX_QTY} 之间", f"quantity {qty} must be between 1 and {MAX_QTY}"
        )
    return qty


def percent_off(amount_fen: int, bp: int) -> int:
    """A discount given as a percentage, in fen (half up)."""
    return apply_bp(amount_fen, bp)


def check_line_discount(item: CartItem, discount_fen: int) -> int:
    """A line's discount, from nothing to all of it; the line itself within ``MAX_AMOUNT_FEN``."""
    check_amount(item.gross_fen, field=f"{item.name} 的行金额/line amount of {item.name}")
    if not 0 <= discount_fen <= item.gross_fen:
        raise RuleError(
            f"行折扣 {format_yuan(discount_fen)} 不在 0 到 {format_yuan(item.gross_fen)} 之间",
            f"the line discount {format_yuan(discount_fen)} is not between 0 and {format_yuan(item.gross_fen)}",
        )
    return discount_fen


def parse_qty_prefix(text: str) -> tuple[int | None, str]:
    """``3*6968344978697`` → (3, code): the cashier types a quantity and a star, then scans."""
    if "*" in text:
        head, _, tail = text.partition("*")
        head = head.strip()
        if head.isascii() and head.isdigit():
            return check_qty(int(head)), tail.strip()
    return None, text
