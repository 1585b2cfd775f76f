"""What goes on printed documents (labels, price cards), as plain data; ``receipts`` draws it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pos.costs import PriceComposition


@dataclass(frozen=True, slots=True)
class LabelItem:
    """One product's label: printed ``copies`` times."""

    barcode: str
    name: str
    price_fen: int
    host_name: str
    copies: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class PriceCard:
    """A transparent price card (透明价签): the price and who gets what, with the listed costs."""

    shop_name: str
    product_name: str
    barcode: str
    host_name: str
    host_code: str
    recommender_name: str  # "" without a recommender
    tags: tuple[str, ...]
    composition: PriceComposition
    as_of: date
