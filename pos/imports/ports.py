"""What an import's write phase needs from the repositories beyond ``pos.ports``: many rows at once.

The SQL repositories (``db.repositories``) have these methods; an import reaches them through
:func:`bulk` so the shared ports stay as they are for every other caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from pos.catalog import Host, Product, Recommender
from pos.charges import Charge
from pos.ids import HostId, ProductId, RecommenderId
from pos.ports import UnitOfWork
from pos.sale import Sale


class BulkHosts(Protocol):
    def add_many(self, hosts: Sequence[Host]) -> Sequence[HostId]:
        """Store new hosts (their ``id`` ignored) in as few statements as the database allows;
        returns their ids, in order."""
        ...

    def update_many(self, hosts: Sequence[Host]) -> None:
        """Store the fields of hosts that exist (by id)."""
        ...


class BulkRecommenders(Protocol):
    def add_many(self, recommenders: Sequence[Recommender]) -> Sequence[RecommenderId]: ...
    def update_many(self, recommenders: Sequence[Recommender]) -> None: ...


class BulkProducts(Protocol):
    def search_keys(self, products: Sequence[Product]) -> list[str]:
        """What the search box will match for each product (no database work: worked out before a
        write begins, as it is the slow part of storing a product)."""
        ...

    def add_many(self, products: Sequence[Product], *, search_keys: Sequence[str]) -> Sequence[ProductId]:
        """Store new products with their tags (their ``id`` ignored); returns their ids, in order."""
        ...

    def update_many(self, products: Sequence[Product], *, search_keys: Sequence[str]) -> None:
        """Store the fields and tags of products that exist (by id)."""
        ...


class BulkCharges(Protocol):
    def add_many(self, charges: Sequence[Charge]) -> Sequence[int]: ...


class BulkSales(Protocol):
    def add_many(self, sales: Sequence[Sale]) -> Sequence[Sale]:
        """Store sales or refunds in a few statements; returned with their ids, in order. None may
        point at another of the same call."""
        ...


class SequenceBlocks(Protocol):
    def current(self, name: str) -> int:
        """The last value taken of a named sequence (0: none yet); takes nothing."""
        ...

    def advance(self, name: str, count: int) -> int:
        """Take ``count`` values at once; returns the last one taken."""
        ...


@dataclass(frozen=True, slots=True)
class Bulk:
    hosts: BulkHosts
    recommenders: BulkRecommenders
    products: BulkProducts
    charges: BulkCharges
    sales: BulkSales
    sequences: SequenceBlocks


def bulk(uow: UnitOfWork) -> Bulk:
    """The bulk side of ``uow``'s repositories (inside its open ``with`` block)."""
    return Bulk(
        hosts=cast(BulkHosts, uow.hosts),
        recommenders=cast(BulkRecommenders, uow.recommenders),
        products=cast(BulkProducts, uow.products),
        charges=cast(BulkCharges, uow.charges),
        sales=cast(BulkSales, uow.sales),
        sequences=cast(SequenceBlocks, uow.sequences),
    )
