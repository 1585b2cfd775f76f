"""In-memory fakes of every port in pos.ports, for unit tests of the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any, Self

from pos.audit import AuditEntry, AuditFilter
from pos.cart import Cart
from pos.catalog import Host, Product, ProductFilter, ProductListing, Recommender, Tag
from pos.charges import Charge
from pos.clock import utc_now
from pos.costs import CostComponent
from pos.counters import CounterLease
from pos.ids import HostId, ProductId, RecommenderId, SaleId, SaleLineId, TagId
from pos.receipt import StoredReceipt
from pos.sale import Sale, StockMovement
from pos.sales_history import SalesQuery, SaleSummary
from pos.settlement import ClosedSettlement, LineSums
from pos.shifts import CashMovement, DenominationCount, Shift, ShiftId, TillSale, till_sale
from pos.statements import SoldLine
from pos.stock import (
    CountItem,
    CountLine,
    CountState,
    HostStock,
    LossBearer,
    Moved,
    StockCount,
    StockFilter,
    StockLevel,
)
from pos.users import Actor, User, system_actor


class _Store:
    def __init__(self) -> None:
        self.hosts: dict[int, Host] = {}
        self.recommenders: dict[int, Recommender] = {}
        self.tags: dict[int, Tag] = {}
        self.products: dict[int, Product] = {}
        self.sales: dict[int, Sale] = {}
        self.movements: list[StockMovement] = []
        self.sequences: dict[str, int] = {}
        self.receipt_counters: dict[tuple[str, date], int] = {}
        self.next_line_id = 1
        self.costs: dict[int, tuple[CostComponent, ...]] = {}
        self.charges: list[Charge] = []
        self.closed_periods: dict[str, tuple[date, date]] = {}
        self.users: dict[str, User] = {}
        self.audit: list[AuditEntry] = []
        self.shifts: dict[int, Shift] = {}
        self.cash_movements: list[CashMovement] = []
        self.carts: dict[int, Cart] = {}
        self.receipts: dict[int, StoredReceipt] = {}
        self.locked_sales: list[SaleId] = []  # sales a refund held, in order
        self.settings: dict[str, str] = {}
        self.leases: dict[str, CounterLease] = {}
        self.books_held = 0  # 1: shared by a writer of something dated, 2: exclusively by a close


class FakeHosts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, host: Host) -> Host:
        h = dataclasses.replace(host, id=HostId(len(self.st.hosts) + 1))
        self.st.hosts[h.id] = h  # type: ignore[index]
        return h

    def update(self, host: Host) -> Host:
        self.st.hosts[host.id] = host  # type: ignore[index]
        return host

    def get(self, host_id: HostId) -> Host | None:
        return self.st.hosts.get(host_id)

    def by_code(self, code: str) -> Host | None:
        return next((h for h in self.st.hosts.values() if h.code == code), None)

    def list(self) -> Sequence[Host]:
        return sorted(self.st.hosts.values(), key=lambda h: h.code)


class FakeRecommenders:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, r: Recommender) -> Recommender:
        r = dataclasses.replace(r, id=RecommenderId(len(self.st.recommenders) + 1))
        self.st.recommenders[r.id] = r  # type: ignore[index]
        return r

    def update(self, r: Recommender) -> Recommender:
        self.st.recommenders[r.id] = r  # type: ignore[index]
        return r

    def get(self, recommender_id: RecommenderId) -> Recommender | None:
        return self.st.recommenders.get(recommender_id)

    def by_code(self, code: str) -> Recommender | None:
        return next((r for r in self.st.recommenders.values() if r.code == code), None)

    def list(self) -> Sequence[Recommender]:
        return sorted(self.st.recommenders.values(), key=lambda r: r.code)


class FakeTags:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, tag: Tag) -> Tag:
        t = dataclasses.replace(tag, id=TagId(len(self.st.tags) + 1))
        self.st.tags[t.id] = t  # type: ignore[index]
        return t

    def update(self, tag: Tag) -> Tag:
        self.st.tags[tag.id] = tag  # type: ignore[index]
        return tag

    def get(self, tag_id: TagId) -> Tag | None:
        return self.st.tags.get(tag_id)

    def by_name(self, name: str) -> Tag | None:
        return next((t for t in self.st.tags.values() if t.name == name), None)

    def list(self) -> Sequence[Tag]:
        return list(self.st.tags.values())


class FakeProducts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, p: Product) -> Product:
        if self.by_barcode(p.barcode) is not None:
            raise AssertionError("unique barcode violated")  # the database would refuse it too
        p = dataclasses.replace(p, id=ProductId(len(self.st.products) + 1))
        self.st.products[p.id] = p  # type: ignore[index]
        return p

    def update(self, p: Product) -> Product:
        self.st.products[p.id] = p  # type: ignore[index]
        return p

    def get(self, product_id: ProductId) -> Product | None:
        return self.st.products.get(product_id)

    def by_barcode(self, barcode: str) -> Product | None:
        return next((p for p in self.st.products.values() if p.barcode == barcode), None)

    def by_barcodes(self, barcodes: Sequence[str]) -> dict[str, Product]:
        wanted = set(barcodes)
        return {p.barcode: p for p in self.st.products.values() if p.barcode in wanted}

    def list(self, *, host_id: HostId | None = None) -> Sequence[Product]:
        return [p for p in self.st.products.values() if host_id is None or p.host_id == host_id]

    def _matches(self, q: ProductFilter) -> list[Product]:
        words = q.text.lower().split()
        out = []
        for p in self.st.products.values():
            hay = f"{p.name.lower()} {p.barcode}"
            if (
                all(w in hay for w in words)
                and (q.host_id is None or p.host_id == q.host_id)
                and (q.tag_id is None or q.tag_id in p.tag_ids)
                and (q.active is None or p.active == q.active)
            ):
                out.append(p)
        return sorted(out, key=lambda p: p.barcode)

    def count(self, query: ProductFilter) -> int:
        return len(self._matches(query))

    def search(self, query: ProductFilter) -> Sequence[ProductListing]:
        out = []
        for p in self._matches(query)[query.offset : query.offset + query.limit]:
            host = self.st.hosts[p.host_id]
            rec = self.st.recommenders.get(p.recommender_id) if p.recommender_id else None
            out.append(
                ProductListing(
                    id=p.id,
                    barcode=p.barcode,
                    name=p.name,
                    price_fen=p.price_fen,
                    host_code=host.code,  # type: ignore[arg-type]
                    host_name=host.name,
                    recommender_code=rec.code if rec else "",
                    recommender_name=rec.name if rec else "",
                    coop_bp=p.coop_bp,
                    rec_bp=p.rec_bp,
                    tags=tuple(self.st.tags[t].name for t in p.tag_ids),
                    active=p.active,
                    on_hand=sum(m.qty for m in self.st.movements if m.product_id == p.id),
                )
            )
        return out

    def costs(self, product_id: ProductId) -> tuple[CostComponent, ...]:
        return self.st.costs.get(product_id, ())

    def set_costs(self, product_id: ProductId, components: Sequence[CostComponent]) -> None:
        self.st.costs[product_id] = tuple(components)

    def has_history(self, product_id: ProductId) -> bool:
        return any(m.product_id == product_id for m in self.st.movements) or any(
            ln.product_id == product_id for s in self.st.sales.values() for ln in s.lines
        )

    def delete(self, product_id: ProductId) -> None:
        del self.st.products[product_id]
        self.st.costs.pop(product_id, None)


class FakeCharges:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, charge: Charge) -> Charge:
        c = dataclasses.replace(charge, id=len(self.st.charges) + 1)
        self.st.charges.append(c)
        return c

    def list(
        self, *, host_id: HostId | None = None, start: date | None = None, end: date | None = None
    ) -> Sequence[Charge]:
        return [
            c
            for c in self.st.charges
            if (host_id is None or c.host_id == host_id)
            and (start is None or c.day >= start)
            and (end is None or c.day <= end)
        ]


class FakeSales:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, sale: Sale) -> Sale:
        lines = []
        for ln in sale.lines:
            lines.append(dataclasses.replace(ln, id=SaleLineId(self.st.next_line_id)))
            self.st.next_line_id += 1
        s = dataclasses.replace(sale, id=SaleId(len(self.st.sales) + 1), lines=tuple(lines))
        self.st.sales[s.id] = s  # type: ignore[index]
        return s

    def by_receipt(self, receipt_no: str) -> Sale | None:
        return next((s for s in self.st.sales.values() if s.receipt_no == receipt_no), None)

    def add_many(self, sales: Sequence[Sale]) -> list[Sale]:
        return [self.add(sale) for sale in sales]

    def lock(self, sale_id: SaleId) -> None:
        self.st.locked_sales.append(sale_id)

    def by_idempotency_key(self, key: str) -> Sale | None:
        return next((s for s in self.st.sales.values() if s.idempotency_key == key), None)

    def refunded_units(self, sale_id: SaleId) -> dict[int, int]:
        original = self.st.sales[sale_id]
        line_no = {ln.id: ln.line_no for ln in original.lines}
        out: dict[int, int] = {}
        for s in self.st.sales.values():
            for ln in s.lines:
                if ln.refund_of_line_id in line_no:
                    no = line_no[ln.refund_of_line_id]
                    out[no] = out.get(no, 0) - ln.qty
        return out

    def next_seq(self, counter_id: str, business_day: date) -> int:
        key = (counter_id, business_day)
        self.st.receipt_counters[key] = self.st.receipt_counters.get(key, 0) + 1
        return self.st.receipt_counters[key]

    def _summary(self, s: Sale) -> SaleSummary:
        assert s.id is not None
        return SaleSummary(
            id=s.id, receipt_no=s.receipt_no, kind=s.kind, at=s.at, counter_id=s.counter_id,
            cashier=s.cashier, line_count=len(s.lines), units=sum(abs(ln.qty) for ln in s.lines),
            total_fen=s.total_fen, payments=s.payments, refund_of_receipt=s.refund_of_receipt,
        )  # fmt: skip

    def search(self, query: SalesQuery) -> Sequence[SaleSummary]:
        def matches(s: Sale) -> bool:
            lo, hi = query.min_total_fen, query.max_total_fen
            amount = abs(s.total_fen)
            return (
                (not query.receipt or (s.receipt_no == query.receipt if query.receipt_exact
                                       else query.receipt.lower() in s.receipt_no.lower()))
                and (query.start is None or s.at >= query.start)
                and (query.end is None or s.at < query.end)
                and (lo is None or amount >= lo) and (hi is None or amount <= hi)
                and (query.kind is None or s.kind == query.kind)
                and (not query.counter_id or s.counter_id == query.counter_id)
            )  # fmt: skip

        found = sorted((s for s in self.st.sales.values() if matches(s)), key=lambda s: (s.at, s.id or 0))
        return [self._summary(s) for s in reversed(found)][: query.limit]

    def refunds_of(self, sale_id: SaleId) -> Sequence[SaleSummary]:
        found = [s for s in self.st.sales.values() if s.refund_of == sale_id]
        return [self._summary(s) for s in sorted(found, key=lambda s: (s.at, s.id or 0))]


class FakeStock:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def lock_levels(self, product_ids: Sequence[ProductId]) -> None:
        pass

    def add(self, movements: Sequence[StockMovement]) -> None:
        self.st.movements.extend(movements)

    def on_hand(self, product_id: ProductId) -> int:
        return sum(m.qty for m in self.st.movements if m.product_id == product_id)

    # Stock levels and counts are tested on real databases (tests/integration/test_stock_db.py).
    def last_mark(self) -> int:
        return len(self.st.movements)

    def lock_ledger(self) -> None:
        pass

    def levels(self, query: StockFilter) -> Sequence[StockLevel]:
        out = []
        for p in sorted(self.st.products.values(), key=lambda p: p.barcode):
            if query.host_id is None or p.host_id == query.host_id:
                host = self.st.hosts[p.host_id]
                assert p.id is not None
                out.append(
                    StockLevel(
                        product_id=p.id,
                        barcode=p.barcode,
                        name=p.name,
                        host_id=p.host_id,
                        host_code=host.code,
                        host_name=host.name,
                        price_fen=p.price_fen,
                        on_hand=self.on_hand(p.id),
                    )
                )
        return out

    def count_levels(self, query: StockFilter) -> int:
        return len(self.levels(query))

    def on_hand_list(self, *, host_id: HostId | None = None) -> Sequence[tuple[str, str, str, int]]:
        return [
            (s.barcode, s.name, s.host_code, s.on_hand) for s in self.levels(StockFilter(host_id=host_id))
        ]

    def host_totals(self, *, host_id: HostId | None = None) -> Sequence[HostStock]:
        out = []
        for h in sorted(self.st.hosts.values(), key=lambda h: h.code):
            if host_id is None or h.id == host_id:
                mine = self.levels(StockFilter(host_id=h.id))
                assert h.id is not None
                out.append(
                    HostStock(
                        host_id=h.id,
                        host_code=h.code,
                        host_name=h.name,
                        products=len(mine),
                        units=sum(max(s.on_hand, 0) for s in mine),
                        value_fen=sum(s.value_fen for s in mine),
                        negative=sum(1 for s in mine if s.negative),
                        low=0,
                    )
                )
        return out

    def set_low_stock(self, product_id: ProductId, threshold: int) -> None:
        raise NotImplementedError

    def loss_bearers(self) -> dict[HostId, LossBearer]:
        return {}

    def set_loss_bearer(self, host_id: HostId, bearer: LossBearer) -> None:
        raise NotImplementedError

    def moved_since(
        self, mark: int, *, count_id: int | None = None, product_id: ProductId | None = None
    ) -> Sequence[Moved]:
        raise NotImplementedError

    def open_count(self) -> StockCount | None:
        return None

    def get_count(self, count_id: int) -> StockCount | None:
        return None

    def counts(self, *, limit: int = 50) -> Sequence[StockCount]:
        return []

    def add_count(self, count: StockCount, *, snapshot: bool = True) -> StockCount:
        raise NotImplementedError

    def has_count_item(self, count_id: int, product_id: ProductId) -> bool:
        raise NotImplementedError

    def add_count_item(self, count_id: int, product_id: ProductId, expected_at_start: int) -> None:
        raise NotImplementedError

    def on_hand_at(self, product_id: ProductId, mark: int) -> int:
        raise NotImplementedError

    def add_scan(
        self, count_id: int, product_id: ProductId, *, qty: int, at: datetime, user: str, mark: int
    ) -> None:
        raise NotImplementedError

    def count_items(
        self,
        count_id: int,
        *,
        product_id: ProductId | None = None,
        counted: bool | None = None,
        limit: int | None = None,
    ) -> Sequence[CountItem]:
        raise NotImplementedError

    def count_progress(self, count_id: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def finish_count(
        self, count: StockCount, lines: Sequence[CountLine], *, state: CountState, by: str, at: datetime
    ) -> None:
        raise NotImplementedError


class FakeSequences:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def next_value(self, name: str) -> int:
        self.st.sequences[name] = self.st.sequences.get(name, 0) + 1
        return self.st.sequences[name]


class FakeSettlements:
    """The settlement port over the store: which days are closed, and the period's sums and lines."""

    def __init__(self, st: _Store) -> None:
        self.st = st

    def closed_number_covering(self, day: date) -> str | None:
        self.st.books_held = max(self.st.books_held, 1)
        return next((n for n, (a, b) in self.st.closed_periods.items() if a <= day <= b), None)

    def lock_for_close(self) -> None:
        self.st.books_held = 2

    # The sums, summed from the store's sales as the database would (no closed settlements kept).
    def _lines(self, start: datetime, end: datetime) -> list[tuple[Any, Any]]:
        return [(s, ln) for s in self.st.sales.values() if start <= s.at < end for ln in s.lines]

    def host_line_sums(self, start: datetime, end: datetime) -> dict[HostId, tuple[LineSums, LineSums]]:
        out: dict[HostId, tuple[LineSums, LineSums]] = {}
        for s, ln in self._lines(start, end):
            sales, refunds = out.get(ln.host_id, (LineSums(), LineSums()))
            old = sales if s.kind == "sale" else refunds
            new = LineSums(
                net_fen=old.net_fen + ln.net_fen,
                coop_fen=old.coop_fen + ln.coop_fen,
                rec_fen=old.rec_fen + ln.rec_fen,
                host_fen=old.host_fen + ln.host_fen,
                lines=old.lines + 1,
            )
            out[ln.host_id] = (new, refunds) if s.kind == "sale" else (sales, new)
        return out

    def recommender_sums(self, start: datetime, end: datetime) -> dict[RecommenderId, tuple[int, int]]:
        out: dict[RecommenderId, tuple[int, int]] = {}
        for _, ln in self._lines(start, end):
            if ln.recommender_id is not None:
                fees, n = out.get(ln.recommender_id, (0, 0))
                out[ln.recommender_id] = (fees + ln.rec_fen, n + 1)
        return out

    def payments(self, start: datetime, end: datetime) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.st.sales.values():
            if start <= s.at < end:
                for p in s.payments:
                    out[p.method] = out.get(p.method, 0) + p.amount_fen
        return out

    def opening_balances(self, before: date) -> dict[HostId, int]:
        return {}

    def closed(self) -> Sequence[ClosedSettlement]:
        return []

    def statement_snapshot(self, number: str) -> dict[str, object] | None:
        return None

    def statement_lines(
        self,
        start: datetime,
        end: datetime,
        *,
        host_id: HostId | None = None,
        recommender_id: RecommenderId | None = None,
    ) -> Sequence[SoldLine]:
        return [
            SoldLine(
                at=s.at,
                receipt_no=s.receipt_no,
                line_no=ln.line_no,
                kind=s.kind,
                refund_of_receipt=s.refund_of_receipt or "",
                host_id=ln.host_id,
                recommender_id=ln.recommender_id,
                product_id=ln.product_id,
                product_name=ln.product_name,
                barcode=ln.barcode,
                split=ln.split,
            )
            for s, ln in self._lines(start, end)
            if (host_id is None or ln.host_id == host_id)
            and (recommender_id is None or ln.recommender_id == recommender_id)
        ]


class FakeUsers:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, user: User) -> User:
        u = dataclasses.replace(user, id=len(self.st.users) + 1)
        self.st.users[u.code] = u
        return u

    def update(self, user: User) -> User:
        self.st.users[user.code] = user
        return user

    def by_code(self, code: str, *, for_update: bool = False) -> User | None:
        return self.st.users.get(code)

    def list(self) -> Sequence[User]:
        return sorted(self.st.users.values(), key=lambda u: u.code)

    def count_active_admins(self) -> int:
        return sum(1 for u in self.st.users.values() if u.role == "admin" and u.active)


class FakeAudit:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, e: AuditEntry) -> AuditEntry:
        e = dataclasses.replace(e, id=len(self.st.audit) + 1)
        self.st.audit.append(e)
        return e

    def search(self, query: AuditFilter) -> Sequence[AuditEntry]:
        out = [
            e
            for e in reversed(self.st.audit)
            if (not query.action or e.action == query.action)
            and (not query.user_code or query.user_code in (e.actor_code, e.approver_code))
        ]
        return out[query.offset : query.offset + query.limit]


class FakeCarts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def open_cart(self, counter_id: str) -> Cart | None:
        return next(
            (c for c in self.st.carts.values() if c.counter_id == counter_id and c.status == "open"), None
        )

    def get(self, cart_id: int) -> Cart | None:
        return self.st.carts.get(cart_id)

    def add(self, cart: Cart) -> Cart:
        if cart.status == "open" and self.open_cart(cart.counter_id) is not None:
            raise AssertionError("one open cart per counter")  # the database refuses it too
        c = dataclasses.replace(cart, id=len(self.st.carts) + 1)
        self.st.carts[c.id] = c  # type: ignore[index]
        return c

    def save(self, cart: Cart) -> Cart:
        self.st.carts[cart.id] = cart  # type: ignore[index]
        return cart

    def suspended(self, counter_id: str) -> Sequence[Cart]:
        return [c for c in self.st.carts.values() if c.counter_id == counter_id and c.status == "suspended"]


class FakeShifts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, shift: Shift) -> Shift:
        if self.open_shift(shift.counter_id) is not None:
            raise AssertionError("one open shift per counter")  # the database refuses it too
        s = dataclasses.replace(shift, id=ShiftId(len(self.st.shifts) + 1))
        self.st.shifts[s.id] = s  # type: ignore[index]
        return s

    def open_shift(self, counter_id: str, *, for_update: bool = False) -> Shift | None:
        return next((s for s in self.st.shifts.values() if s.counter_id == counter_id and s.is_open), None)

    def close(self, shift: Shift) -> Shift:
        assert shift.id is not None and self.st.shifts[shift.id].is_open, "a closed shift is never changed"
        taken = {(s.counter_id, s.number) for s in self.st.shifts.values() if s.number is not None}
        assert (shift.counter_id, shift.number) not in taken, "Z numbers are unique per counter"
        self.st.shifts[shift.id] = shift
        return shift

    def next_number(self, counter_id: str) -> int:
        return 1 + max(
            (s.number or 0 for s in self.st.shifts.values() if s.counter_id == counter_id), default=0
        )

    def by_number(self, counter_id: str, number: int) -> Shift | None:
        return next(
            (s for s in self.st.shifts.values() if s.counter_id == counter_id and s.number == number), None
        )

    def list(self, *, counter_id: str | None = None, limit: int = 50) -> Sequence[Shift]:
        mine = [s for s in self.st.shifts.values() if counter_id is None or s.counter_id == counter_id]
        return sorted(mine, key=lambda s: (s.opened_at, s.id or 0), reverse=True)[:limit]

    def add_movement(self, movement: CashMovement) -> CashMovement:
        m = dataclasses.replace(movement, id=len(self.st.cash_movements) + 1)
        self.st.cash_movements.append(m)
        return m

    def movements(self, shift_id: ShiftId) -> Sequence[CashMovement]:
        return [m for m in self.st.cash_movements if m.shift_id == shift_id]

    def till_sales(self, counter_id: str, start: datetime, end: datetime) -> Sequence[TillSale]:
        return [
            till_sale(s)
            for s in sorted(self.st.sales.values(), key=lambda s: (s.at, s.id or 0))
            if s.counter_id == counter_id and start <= s.at < end
        ]


class FakeReceipts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def get(self, sale_id: SaleId) -> StoredReceipt | None:
        return self.st.receipts.get(sale_id)

    def add(self, receipt: StoredReceipt) -> StoredReceipt:
        return self.st.receipts.setdefault(receipt.sale_id, receipt)


class FakeSettings:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def get(self, key: str) -> str | None:
        return self.st.settings.get(key)

    def put(self, key: str, value: str) -> None:
        self.st.settings[key] = value


class FakeLeases:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def holder(self, counter_id: str, *, for_update: bool = False) -> CounterLease | None:
        return self.st.leases.get(counter_id)

    def put(self, lease: CounterLease) -> None:
        self.st.leases[lease.counter_id] = lease

    def release(self, counter_id: str, holder: str) -> None:
        if (lease := self.st.leases.get(counter_id)) is not None and lease.holder == holder:
            del self.st.leases[counter_id]


class FakeUnitOfWork:
    """Transactions by snapshot: leaving ``with`` without ``commit()`` restores the last commit."""

    def __init__(self, actor: Actor | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.actor = actor or system_actor("test")
        self.clock = clock  # a test of a day at the counter sets the time it plays at
        self._committed = _Store()
        self._bind(self._committed)
        self.commits = 0
        self.is_open = False

    def _bind(self, st: _Store) -> None:
        self.store = st
        self.hosts = FakeHosts(st)
        self.recommenders = FakeRecommenders(st)
        self.tags = FakeTags(st)
        self.products = FakeProducts(st)
        self.charges = FakeCharges(st)
        self.settlements = FakeSettlements(st)
        self.users = FakeUsers(st)
        self.audit = FakeAudit(st)
        self.carts = FakeCarts(st)
        self.sales = FakeSales(st)
        self.stock = FakeStock(st)
        self.sequences = FakeSequences(st)
        self.shifts = FakeShifts(st)
        self.receipts = FakeReceipts(st)
        self.settings = FakeSettings(st)
        self.leases = FakeLeases(st)

    def __enter__(self) -> Self:
        import copy

        if self.is_open:  # as SqlUnitOfWork: a use case given a unit of work its caller opened
            raise RuntimeError("unit of work already open")
        self.is_open = True
        self._bind(copy.deepcopy(self._committed))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.is_open = False
        self._bind(self._committed)

    def commit(self) -> None:
        self._committed = self.store
        self.commits += 1

    def now(self) -> datetime:
        return self.clock()

    def rollback(self) -> None:
        self._bind(self._committed)


def open_counter(
    uow: FakeUnitOfWork, *, at: datetime, counter_id: str = "C1", float_count: DenominationCount | None = None
) -> FakeUnitOfWork:
    """A day at the counter: the clock stands at ``at`` and the counter's shift is open (opened by
    the administrator, with an empty float unless given), as the rules of a person at a counter need."""
    from pos.services.shifts import open_shift

    uow.clock = lambda: at
    who, uow.actor = uow.actor, system_actor("test")
    open_shift(uow, counter_id=counter_id, float_count=float_count or DenominationCount(), at=at)
    uow.actor = who
    return uow
