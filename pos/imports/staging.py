"""Preparing an import without the write lock: the shop's own services run on a staging unit of work.

Reads go to a read-only unit of work (on SQLite it begins DEFERRED and never holds up a sale) and
are kept, so a file of 30,000 goods reads the catalog once, not row by row. Writes never reach the
database: they are kept in a :class:`Plan`, with provisional (negative) ids standing in for the ones
the database will give. Every rule, default, message and audit entry is therefore the services'
own, a dry run is exactly what the import would do, and the write phase
(:func:`pos.imports.writing.write_plan`) stores the plan in a few statements.

A read a rule depends on is noted as a :class:`Check` and asked again inside the write
transaction; an answer that changed means another writer came in between, and the plan is
prepared again. New keys (a barcode, a code, a receipt number) are not checked that way: the
database's unique constraints refuse one taken meanwhile, which also has the import prepared again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from pos.audit import AuditEntry
from pos.catalog import Host, Product, Recommender, Tag
from pos.charges import Charge
from pos.ids import HostId, ProductId, RecommenderId, SaleId, SaleLineId, TagId
from pos.imports.ports import SequenceBlocks, bulk
from pos.ports import UnitOfWork
from pos.sale import Sale, StockMovement
from pos.users import Actor

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


K = TypeVar("K", Host, Recommender, Tag)


class _Keyed(Generic[K]):
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


class _Hosts(_Keyed[Host]):
    def by_code(self, code: str) -> Host | None:
        return self._by(code)

    def _with_id(self, item: Host, item_id: int) -> Host:
        return dataclasses.replace(item, id=HostId(item_id))


class _Recommenders(_Keyed[Recommender]):
    def by_code(self, code: str) -> Recommender | None:
        return self._by(code)

    def _with_id(self, item: Recommender, item_id: int) -> Recommender:
        return dataclasses.replace(item, id=RecommenderId(item_id))


class _Tags(_Keyed[Tag]):
    def by_name(self, name: str) -> Tag | None:
        return self._by(name)

    def _with_id(self, item: Tag, item_id: int) -> Tag:
        return dataclasses.replace(item, id=TagId(item_id))


class _Products:
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


class _Sequences:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan

    def next_value(self, name: str) -> int:
        if name not in self._plan.sequences:
            blocks: SequenceBlocks = self._read
            self._plan.sequences[name] = (blocks.current(name), 0)
        last, taken = self._plan.sequences[name]
        self._plan.sequences[name] = (last, taken + 1)
        return last + taken + 1


class _Stock:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan

    def add(self, movements: Sequence[StockMovement]) -> None:
        self._plan.movements.extend(movements)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)


class _Charges:
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


class _Settlements:
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


class _Sales:
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


class _Audit:
    def __init__(self, read: Any, plan: Plan) -> None:
        self._read, self._plan = read, plan

    def add(self, entry: AuditEntry) -> AuditEntry:
        self._plan.audit.append(entry)
        return entry

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)


class StagingUnitOfWork:
    """A unit of work whose reads come from ``read`` (open it first) and whose writes make a plan.

    Pass it where the services want a :class:`~pos.ports.UnitOfWork` (it quacks like one:
    repositories it does not stage, such as users or shifts, are ``read``'s own, for reading).
    """

    def __init__(self, read: UnitOfWork) -> None:
        self._read = read
        self.plan = Plan()
        plan = self.plan
        self.hosts = _Hosts(name="hosts", read=read.hosts, key=lambda h: h.code, new=plan.hosts,
                            updates=plan.host_updates, plan=plan)  # fmt: skip
        self.recommenders = _Recommenders(name="recommenders", read=read.recommenders, key=lambda r: r.code,
                                          new=plan.recommenders, updates=plan.recommender_updates, plan=plan)  # fmt: skip
        self.tags = _Tags(
            name="tags", read=read.tags, key=lambda t: t.name, new=plan.tags, updates={}, plan=plan
        )
        self.products = _Products(read.products, plan)
        self.sequences = _Sequences(read.sequences, plan)
        self.stock = _Stock(read.stock, plan)
        self.charges = _Charges(read.charges, plan)
        self.settlements = _Settlements(read.settlements, plan)
        self.sales = _Sales(read.sales, plan)
        self.audit = _Audit(read.audit, plan)

    @property
    def actor(self) -> Actor:
        return self._read.actor

    def now(self) -> datetime:
        return self._read.now()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def commit(self) -> None:
        raise RuntimeError("a staging unit of work is never committed: write_plan stores its plan")

    def rollback(self) -> None:
        return None

    def finish(self) -> Plan:
        """The plan, ready to write (call while ``read`` is open): the goods it changes are checked
        again before writing, and their search keys are worked out now, not under the lock."""
        plan = self.plan
        seen = dict(self.products.seen)
        if seen:
            before = {p.barcode: p for p in seen.values()}
            plan.checks.append(Check("products", 2, lambda u: fetch_products(u.products, before), before))
        products = bulk(self._read).products
        plan.search_keys = products.search_keys(plan.products)
        plan.update_search_keys = products.search_keys(list(plan.product_updates.values()))
        return plan

    def __repr__(self) -> str:
        return f"StagingUnitOfWork(plan of {len(self.plan.products)} goods, {len(self.plan.sales)} sales)"
