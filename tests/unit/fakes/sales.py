"""Sales, the carts at the counters and the receipts as first printed, over the store."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from pos.cart import Cart
from pos.ids import SaleId, SaleLineId
from pos.receipt import StoredReceipt
from pos.sale import Sale
from pos.sales_history import SalesQuery, SaleSummary
from tests.unit.fakes.store import _Store


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


class FakeReceipts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def get(self, sale_id: SaleId) -> StoredReceipt | None:
        return self.st.receipts.get(sale_id)

    def add(self, receipt: StoredReceipt) -> StoredReceipt:
        return self.st.receipts.setdefault(receipt.sale_id, receipt)
