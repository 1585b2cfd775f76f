"""The stock port over the store: the ledger, the stock list it sums to, and stock counts, as the
database keeps them (db/repositories/stock.py and stock_counts.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from pos.catalog import Product
from pos.ids import HostId, ProductId
from pos.sale import StockMovement
from pos.stock import (
    NEVER_LOW,
    CountItem,
    CountLine,
    CountState,
    HostStock,
    LossBearer,
    Moved,
    StockCount,
    StockFilter,
    StockLevel,
    has_flag,
    units_on_shelf,
)
from tests.unit.fakes.store import _Store


class FakeStock:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def lock_levels(self, product_ids: Sequence[ProductId]) -> None:
        pass

    def add(self, movements: Sequence[StockMovement]) -> None:
        self.st.movements.extend(movements)

    def on_hand(self, product_id: ProductId) -> int:
        return sum(m.qty for m in self.st.movements if m.product_id == product_id)

    # A movement's id is its place in the ledger (1, 2, ...): the mark is the newest one's.
    def last_mark(self) -> int:
        return len(self.st.movements)

    def lock_ledger(self) -> None:
        pass

    def _level(self, p: Product) -> StockLevel:
        host = self.st.hosts[p.host_id]
        assert p.id is not None
        intakes = [m.at for m in self.st.movements if m.product_id == p.id and m.kind == "intake"]
        return StockLevel(
            product_id=p.id,
            barcode=p.barcode,
            name=p.name,
            host_id=p.host_id,
            host_code=host.code,
            host_name=host.name,
            price_fen=p.price_fen,
            on_hand=self.on_hand(p.id),
            threshold=self.st.low_stock.get(p.id, NEVER_LOW),
            last_intake_at=max(intakes, default=None),
            active=p.active,
        )

    def _levels(self, query: StockFilter) -> list[StockLevel]:
        """Every level ``query`` matches, by barcode (its words in the name or the barcode)."""
        words = query.text.lower().split()
        out = []
        for p in sorted(self.st.products.values(), key=lambda p: p.barcode):
            level = self._level(p)
            if (
                all(w in f"{p.name.lower()} {p.barcode}" for w in words)
                and (query.host_id is None or p.host_id == query.host_id)
                and (query.active is None or p.active == query.active)
                and has_flag(query.flag, on_hand=level.on_hand, threshold=level.threshold)
            ):
                out.append(level)
        return out

    def levels(self, query: StockFilter) -> Sequence[StockLevel]:
        found = self._levels(query)[query.offset :]
        return found[: query.limit] if query.limit else found

    def count_levels(self, query: StockFilter) -> int:
        return len(self._levels(query))

    def on_hand_list(self, *, host_id: HostId | None = None) -> Sequence[tuple[str, str, str, int]]:
        return [
            (s.barcode, s.name, s.host_code, s.on_hand)
            for s in self.levels(StockFilter(host_id=host_id, limit=0))
        ]

    def host_totals(self, *, host_id: HostId | None = None) -> Sequence[HostStock]:
        out = []
        for h in sorted(self.st.hosts.values(), key=lambda h: h.code):
            if host_id is None or h.id == host_id:
                mine = self.levels(StockFilter(host_id=h.id, limit=0))
                assert h.id is not None
                out.append(
                    HostStock(
                        host_id=h.id,
                        host_code=h.code,
                        host_name=h.name,
                        products=len(mine),
                        units=sum(units_on_shelf(s.on_hand) for s in mine),
                        value_fen=sum(s.value_fen for s in mine),
                        negative=sum(1 for s in mine if s.negative),
                        low=sum(1 for s in mine if s.low),
                        loss_bearer=self.st.loss_bearers.get(h.id, "host"),
                    )
                )
        return out

    def set_low_stock(self, product_id: ProductId, threshold: int) -> None:
        self.st.low_stock[product_id] = threshold

    def loss_bearers(self) -> dict[HostId, LossBearer]:
        return {h: self.st.loss_bearers.get(h, "host") for h in self.st.hosts}

    def set_loss_bearer(self, host_id: HostId, bearer: LossBearer) -> None:
        self.st.loss_bearers[host_id] = bearer

    def moved_since(
        self, mark: int, *, count_id: int | None = None, product_id: ProductId | None = None
    ) -> Sequence[Moved]:
        in_count = self.st.count_items.get(count_id, {}) if count_id is not None else None
        return [
            Moved(n, m.product_id, m.qty, m.kind)
            for n, m in enumerate(self.st.movements, start=1)
            if n > mark
            and (product_id is None or m.product_id == product_id)
            and (in_count is None or m.product_id in in_count)
        ]

    def on_hand_at(self, product_id: ProductId, mark: int) -> int:
        return sum(m.qty for m in self.st.movements[:mark] if m.product_id == product_id)

    # A stock count: the count, its products with what was expected, the scans, and the close.
    def open_count(self) -> StockCount | None:
        return next(
            (c for c in sorted(self.st.counts.values(), key=lambda c: c.id or 0) if c.state == "open"), None
        )

    def get_count(self, count_id: int) -> StockCount | None:
        return self.st.counts.get(count_id)

    def counts(self, *, limit: int = 50) -> Sequence[StockCount]:
        return sorted(self.st.counts.values(), key=lambda c: c.id or 0, reverse=True)[:limit]

    def add_count(self, count: StockCount, *, snapshot: bool = True) -> StockCount:
        """As the database: with ``snapshot``, every product in scope (active, or inactive still
        showing stock) with its on hand now."""
        stored = dataclasses.replace(count, id=len(self.st.counts) + 1, state="open")
        assert stored.id is not None
        self.st.counts[stored.id] = stored
        items: dict[ProductId, list[int | None]] = {}
        if snapshot:
            for p in self.st.products.values():
                assert p.id is not None
                on_hand = self.on_hand(p.id)
                if (
                    (p.active or on_hand != 0)
                    and (count.scope.host_id is None or p.host_id == count.scope.host_id)
                    and (count.scope.tag_id is None or count.scope.tag_id in p.tag_ids)
                ):
                    items[p.id] = [on_hand, None, None]
        self.st.count_items[stored.id] = items
        return stored

    def has_count_item(self, count_id: int, product_id: ProductId) -> bool:
        return product_id in self.st.count_items.get(count_id, {})

    def add_count_item(self, count_id: int, product_id: ProductId, expected_at_start: int) -> None:
        assert not self.has_count_item(count_id, product_id), "one row per product in a count"
        self.st.count_items.setdefault(count_id, {})[product_id] = [expected_at_start, None, None]

    def add_scan(
        self, count_id: int, product_id: ProductId, *, qty: int, at: datetime, user: str, mark: int
    ) -> None:
        self.st.count_scans.append((count_id, product_id, qty, mark))

    def count_items(
        self,
        count_id: int,
        *,
        product_id: ProductId | None = None,
        counted: bool | None = None,
        limit: int | None = None,
    ) -> Sequence[CountItem]:
        """The count's products (by barcode), with what was scanned; ``counted`` False: those not yet."""
        out = []
        for pid, (expected_at_start, approved_expected, approved_counted) in self.st.count_items.get(
            count_id, {}
        ).items():
            scans = [(q, mark) for c, p, q, mark in self.st.count_scans if c == count_id and p == pid]
            if (product_id is not None and pid != product_id) or (
                counted is not None and bool(scans) != counted
            ):
                continue
            p = self.st.products[pid]
            host = self.st.hosts[p.host_id]
            assert expected_at_start is not None
            out.append(
                CountItem(
                    product_id=pid, barcode=p.barcode, name=p.name, host_id=p.host_id, host_code=host.code,
                    host_name=host.name, price_fen=p.price_fen, coop_bp=p.coop_bp, rec_bp=p.rec_bp,
                    expected_at_start=expected_at_start, counted=sum(q for q, _ in scans), scans=len(scans),
                    last_mark=max((mark for _, mark in scans), default=None),
                    approved_expected=approved_expected, approved_counted=approved_counted,
                )
            )  # fmt: skip
        out.sort(key=lambda item: item.barcode)
        return out[:limit] if limit else out

    def count_progress(self, count_id: int) -> tuple[int, int, int]:
        """(products in the count, products scanned, units scanned)."""
        scans = [(p, q) for c, p, q, _ in self.st.count_scans if c == count_id]
        return (
            len(self.st.count_items.get(count_id, {})),
            len({p for p, _ in scans}),
            sum(q for _, q in scans),
        )

    def finish_count(
        self, count: StockCount, lines: Sequence[CountLine], *, state: CountState, by: str, at: datetime
    ) -> None:
        """Close the count: keep each product's expected and counted quantities as approved."""
        assert count.id is not None
        items = self.st.count_items[count.id]
        for ln in lines:
            items[ln.product_id][1:] = [ln.expected, ln.counted]
        self.st.counts[count.id] = dataclasses.replace(
            self.st.counts[count.id], state=state, approved_at=at, approved_by=by[:80]
        )
