"""The stock list: each product's level, its flags, and each host's goods summed.

The rule for the flags and the value at price is written here once. The stock list's filters and
the per-host totals are SQL of their own (``db/repositories/stock.py``, one helper built from the
names below); ``tests/integration/test_stock_flags_db.py`` checks the SQL against these functions
at, below and above every threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pos.clock import business_day
from pos.ids import HostId, ProductId
from pos.stock.ledger import LossBearer

StockFlag = Literal["", "negative", "low", "in_stock", "out"]

NEVER_LOW = 0  # a low-stock threshold of 0 (every product's until one is set) turns the flag off
EMPTY = 0  # nothing on the shelf: more is in stock, less is negative (sold past what the books hold)


def is_negative(on_hand: int) -> bool:
    """Sold past what the books hold: flagged for the next count (docs/domain.md, Stock)."""
    return on_hand < EMPTY


def is_in_stock(on_hand: int) -> bool:
    return on_hand > EMPTY


def is_low(on_hand: int, threshold: int) -> bool:
    """At or below the product's threshold, and not negative (negative is a flag of its own)."""
    return threshold > NEVER_LOW and EMPTY <= on_hand <= threshold


def units_on_shelf(on_hand: int) -> int:
    """What a level adds to a host's units: negative stock is nothing on the shelf."""
    return on_hand if is_in_stock(on_hand) else EMPTY


def value_at_price(on_hand: int, price_fen: int) -> int:
    """What the units on the shelf are worth at their price (nothing for negative stock)."""
    return units_on_shelf(on_hand) * price_fen


def has_flag(flag: StockFlag, *, on_hand: int, threshold: int) -> bool:
    """Does the stock list filtered by ``flag`` show a product with ``on_hand`` and ``threshold``?"""
    if flag == "negative":
        return is_negative(on_hand)
    if flag == "low":
        return is_low(on_hand, threshold)
    if flag == "in_stock":
        return is_in_stock(on_hand)
    if flag == "out":
        return not is_in_stock(on_hand)
    return True


@dataclass(frozen=True, slots=True, kw_only=True)
class StockLevel:
    """One product's line on the stock screen."""

    product_id: ProductId
    barcode: str
    name: str
    host_id: HostId
    host_code: str
    host_name: str
    price_fen: int
    on_hand: int
    threshold: int = NEVER_LOW  # low stock at or below this (NEVER_LOW: never low)
    last_intake_at: datetime | None = None
    active: bool = True

    @property
    def value_fen(self) -> int:
        """What the units on the shelf are worth at their price (nothing for negative stock)."""
        return value_at_price(self.on_hand, self.price_fen)

    @property
    def negative(self) -> bool:
        return is_negative(self.on_hand)

    @property
    def low(self) -> bool:
        return is_low(self.on_hand, self.threshold)

    def days_on_shelf(self, now: datetime, timezone: str) -> int | None:
        """Whole days since the last intake, in shop days (None: never received)."""
        if self.last_intake_at is None:
            return None
        return (business_day(now, timezone) - business_day(self.last_intake_at, timezone)).days


@dataclass(frozen=True, slots=True, kw_only=True)
class StockFilter:
    text: str = ""  # barcode, name or pinyin initials
    host_id: HostId | None = None
    flag: StockFlag = ""
    active: bool | None = None
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class HostStock:
    """One host's goods on the shelf, summed."""

    host_id: HostId
    host_code: str
    host_name: str
    products: int
    units: int  # Σ units_on_shelf
    value_fen: int  # Σ value_at_price
    negative: int  # products below zero
    low: int
    loss_bearer: LossBearer = "host"
