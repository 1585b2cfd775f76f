"""Stand-ins for the repositories while an import is prepared: reads from a read-only unit of work,
kept; writes kept in the :class:`~pos.imports.plan.Plan` with provisional (negative) ids."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from pos.audit import AuditEntry
from pos.catalog import Host, Product, Recommender, Tag
from pos.charges import Charge
from pos.ids import HostId, ProductId, RecommenderId, SaleId, SaleLineId, TagId
from pos.imports.plan import Check, Plan, fetch_products
from pos.imports.ports import SequenceBlocks
from pos.ports import UnitOfWork
from pos.sale import Sale, StockMovement

K = TypeVar("K", Host, Recommender, Tag)


class Keyed(Generic[K]):
    """Hosts, recommenders or tags: few enough to read all at once, and checked as a whole."""

    def __init__(
        self,
        *,
        name: str,
        read: Any,
        key: Callable[[K], str],
        new: list[K],
        updates: dict[int, K],
        plan: Plan,
    ) -> None:
        self._name = name
        self._read = read
        self._key: Callable[[K], str] = key
        self._new: list[K] = new
        self._updates: dict[int, K] = updates
        self._plan = plan
        self._by_key: dict[str, K] | None = None
        self._by_id: dict[int, K] = {}

    def _all(self) -> dict[str, K]:
        if self._by_key is None:
            seen = tuple(self._read.list())
            self._by_key = {self._key(x): x for x in seen}
            self._by_id = {x.id: x for x in seen if x.id is not None}
            name = self._name
            self._plan.checks.append(Check(name, 2, lambda u: tuple(getattr(u, name).list()), seen))
        return self._by_key

    def _keep(self, item: K, old: K | None = None) -> K:
        by_key = self._all()
        if old is not None and self._key(old) != self._key(item):
            del by_key[self._key(old)]
        by_key[self._key(item)] = item
        assert item.id is not None
        self._by_id[item.id] = item
        return item

    def _by(self, key: str) -> K | None:
        return self._all().get(key)

    def get(self, item_id: int) -> K | None:
        self._all()
        return self._by_id.get(item_id)

    def list(self) -> list[K]:
        return sorted(self._all().values(), key=self._key)

    def add(self, item: K) -> K:
        self._all()
        stored = self._with_id(item, self._plan.provisional())
        self._new.append(stored)
        return self._keep(stored)

    def _with_id(self, item: K, item_id: int) -> K:
        raise NotImplementedError

    def update(self, item: K) -> K:
        self._all()
        assert item.id is not None
        old = self._by_id.get(item.id)
        if item.id < 0:
            self._new[:] = [item if x.id == item.id else x for x in self._new]
        else:
            self._updates[item.id] = item
        return self._keep(item, old)


class Hosts(Keyed[Host]):
    def by_code(self, code: str) -> Host | None:
        return self._by(code)

    def _with_id(self, item: Host, item_id: int) -> Host:
        return dataclasses.replace(item, id=HostId(item_id))


class Recommenders(Keyed[Recommender]):
    def by_code(self, code: str) -> Recommender | None:
        return self._by(code)

    def _with_id(self, item: Recommender, item_id: int) -> Recommender:
        return dataclasses.replace(item, id=RecommenderId(item_id))


class Tags(Keyed[Tag]):
    def by_name(self, name: str) -> Tag | None:
        return self._by(name)

    def _with_id(self, item: Tag, item_id: int) -> Tag:
        return dataclasses.replace(item, id=TagId(item_id))


class Products:
    """Looked up by barcode a chunk at a time (``by_barcodes`` before the rows: one query per
    500 codes, hits and misses kept)."""

    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan
        self._cache: dict[str, Product | None] = {}
        self._by_id: dict[int, Product] = {}
        self.seen: dict[int, Product] = {}  # products updated, as they were read

    def _found(self, code: str, product: Product | None) -> None:
        self._cache[code] = product
        if product is not None and product.id is not None:
            self._by_id[product.id] = product

    def by_barcodes(self, barcodes: Sequence[str]) -> dict[str, Product]:
        missing = [c for c in barcodes if c not in self._cache]
        if missing:
            found = fetch_products(self._read, missing)
            for code in missing:
                self._found(code, found.get(code))
        return {c: p for c in barcodes if (p := self._cache.get(c)) is not None}

    def by_barcode(self, barcode: str) -> Product | None:
        if barcode not in self._cache:
            self._found(barcode, self._read.by_barcode(barcode))
        return self._cache[barcode]

    def get(self, product_id: ProductId) -> Product | None:
        if product_id not in self._by_id:
            product = self._read.get(product_id)
            if product is None:
                return None
            self._found(product.barcode, product)
        return self._by_id[product_id]

    def add(self, product: Product) -> Product:
        stored = dataclasses.replace(product, id=ProductId(self._plan.provisional()))
        self._plan.products.append(stored)
        self._found(stored.barcode, stored)
        return stored

    def update(self, product: Product) -> Product:
        assert product.id is not None
        old = self.get(product.id)
        if product.id < 0:
            self._plan.products[:] = [product if p.id == product.id else p for p in self._plan.products]
        else:
            if old is not None:
                self.seen.setdefault(product.id, old)
            self._plan.product_updates[product.id] = product
        if old is not None and old.barcode != product.barcode:
            self._cache[old.barcode] = None
        self._found(product.barcode, product)
        return product

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)


class Sequences:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan

    def next_value(self, name: str) -> int:
        if name not in self._plan.sequences:
            blocks: SequenceBlocks = self._read
            self._plan.sequences[name] = (blocks.current(name), 0)
        last, taken = self._plan.sequences[name]
        self._plan.sequences[name] = (last, taken + 1)
        return last + taken + 1


class Stock:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan

    def add(self, movements: Sequence[StockMovement]) -> None:
        self._plan.movements.extend(movements)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)


class Charges:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan
        self._lists: dict[tuple[object, ...], tuple[Charge, ...]] = {}

    def add(self, charge: Charge) -> Charge:
        stored = dataclasses.replace(charge, id=self._plan.provisional())
        self._plan.charges.append(stored)
        return stored

    def list(
        self, *, host_id: HostId | None = None, start: date | None = None, end: date | None = None
    ) -> list[Charge]:
        args = (host_id, start, end)
        if args not in self._lists:
            seen = tuple(self._read.list(host_id=host_id, start=start, end=end))
            self._lists[args] = seen
            self._plan.checks.append(
                Check(
                    "charges", 2, lambda u: tuple(u.charges.list(host_id=host_id, start=start, end=end)), seen
                )
            )
        staged = [
            c
            for c in self._plan.charges
            if (host_id is None or c.host_id == host_id)
            and (start is None or c.day >= start)
            and (end is None or c.day <= end)
        ]
        return [*self._lists[args], *staged]


class Settlements:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan
        self._closed: dict[date, str | None] = {}

    def closed_number_covering(self, day: date) -> str | None:
        if day not in self._closed:
            self._closed[day] = self._read.closed_number_covering(day)
            self._plan.checks.append(
                Check(
                    f"closed {day}", 0, lambda u: u.settlements.closed_number_covering(day), self._closed[day]
                )
            )
        return self._closed[day]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)


def _refunded_held(uow: UnitOfWork, sale_id: SaleId) -> dict[int, int]:
    """What was refunded of a sale, its row held first as a counter's refund holds it."""
    uow.sales.lock(sale_id)
    return dict(uow.sales.refunded_units(sale_id))


class Sales:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan
        self._staged: dict[str, Sale] = {}
        self._read_receipts: dict[str, Sale | None] = {}
        self._by_id: dict[int, Sale] = {}
        self._refunded: dict[int, dict[int, int]] = {}

    def by_receipt(self, receipt_no: str) -> Sale | None:
        if receipt_no in self._staged:
            return self._staged[receipt_no]
        if receipt_no not in self._read_receipts:
            sale = self._read.by_receipt(receipt_no)
            self._read_receipts[receipt_no] = sale
            if sale is not None and sale.id is not None:
                self._by_id[sale.id] = sale
        return self._read_receipts[receipt_no]

    def lock(self, sale_id: SaleId) -> None:
        """Nothing to hold while preparing: the write phase holds it when it checks what was refunded."""

    def refunded_units(self, sale_id: SaleId) -> dict[int, int]:
        units: dict[int, int] = {}
        if sale_id > 0:
            if sale_id not in self._refunded:
                seen = dict(self._read.refunded_units(sale_id))
                self._refunded[sale_id] = seen
                self._plan.checks.append(
                    Check(f"refunds of sale {sale_id}", 1, lambda u: _refunded_held(u, sale_id), seen)
                )
            units.update(self._refunded[sale_id])
        original = self._by_id.get(sale_id)
        if original is not None:
            line_no = {ln.id: ln.line_no for ln in original.lines}
            for refund in self._plan.sales:
                if refund.refund_of == sale_id:
                    for ln in refund.lines:
                        no = line_no[ln.refund_of_line_id]
                        units[no] = units.get(no, 0) - ln.qty
        return units

    def add(self, sale: Sale) -> Sale:
        lines = tuple(dataclasses.replace(ln, id=SaleLineId(self._plan.provisional())) for ln in sale.lines)
        stored = dataclasses.replace(sale, id=SaleId(self._plan.provisional()), lines=lines)
        self._plan.sales.append(stored)
        self._staged[stored.receipt_no] = stored
        assert stored.id is not None
        self._by_id[stored.id] = stored
        return stored

    def next_seq(self, counter_id: str, business_day: date) -> int:
        raise RuntimeError("an import brings its own receipt numbers")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)


class Audit:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan

    def add(self, entry: AuditEntry) -> AuditEntry:
        self._plan.audit.append(entry)
        return entry

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)
