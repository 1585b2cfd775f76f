"""What an import will write, and the reads its rules depended on (``pos.imports.staging`` makes one,
``pos.imports.writing`` stores it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pos.audit import AuditEntry
from pos.catalog import Host, Product, Recommender, Tag
from pos.charges import Charge
from pos.ports import UnitOfWork
from pos.sale import Sale, StockMovement

CHUNK = 500  # codes per look-up: well under SQLite's and PostgreSQL's parameter limits


@dataclass(frozen=True, slots=True)
class Check:
    """A read a rule depended on: ``ask`` it again in the write transaction and expect ``seen``.
    ``order``: the books (0) first, then rows held for the rest of the transaction (1), then the
    rest (2): the order in which the counter's own transactions take their locks."""

    what: str
    order: int
    ask: Callable[[UnitOfWork], object]
    seen: object


@dataclass
class Plan:
    """What an import will write, in the order it is written; ids below zero are provisional."""

    tags: list[Tag] = field(default_factory=list)
    hosts: list[Host] = field(default_factory=list)
    host_updates: dict[int, Host] = field(default_factory=dict)
    recommenders: list[Recommender] = field(default_factory=list)
    recommender_updates: dict[int, Recommender] = field(default_factory=dict)
    products: list[Product] = field(default_factory=list)
    product_updates: dict[int, Product] = field(default_factory=dict)
    charges: list[Charge] = field(default_factory=list)
    sales: list[Sale] = field(default_factory=list)
    movements: list[StockMovement] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    sequences: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (last seen, taken)
    checks: list[Check] = field(default_factory=list)
    search_keys: list[str] = field(default_factory=list)  # of ``products``, worked out beforehand
    update_search_keys: list[str] = field(default_factory=list)  # of ``product_updates``
    _last_id: int = 0

    def provisional(self) -> int:
        self._last_id -= 1
        return self._last_id


def fetch_products(products: Any, barcodes: Iterable[str]) -> dict[str, Product]:
    """``products.by_barcodes`` a chunk at a time."""
    codes = sorted(set(barcodes))
    found: dict[str, Product] = {}
    for i in range(0, len(codes), CHUNK):
        found.update(products.by_barcodes(codes[i : i + CHUNK]))
    return found
