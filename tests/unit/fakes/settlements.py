"""The settlement port over the store: the period's sums and lines, and the closed settlements."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from pos.ids import HostId, RecommenderId
from pos.settlement import ClosedSettlement, LineSums, Settlement
from pos.statement_snapshot import snapshot_document
from pos.statements import SoldLine
from tests.unit.fakes.store import _Store


class FakeSettlements:
    """The settlement port over the store: the closed settlements, and the period's sums and lines."""

    def __init__(self, st: _Store) -> None:
        self.st = st

    def closed_number_covering(self, day: date) -> str | None:
        self.st.books_held = max(self.st.books_held, 1)
        return next((c.number for c in self.st.closed if c.period.start <= day <= c.period.end), None)

    def lock_for_close(self) -> None:
        self.st.books_held = 2

    # The sums, summed from the store's sales as the database would.
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
        """Each host's carried forward from the latest closed settlement ending before ``before``."""
        out: dict[HostId, int] = {}
        for c in self.st.closed:  # by period: a later one's balance replaces an earlier one's
            if c.period.end < before:
                out.update(self.st.closed_balances[c.number])
        return out

    def closed(self) -> Sequence[ClosedSettlement]:
        return list(self.st.closed)

    def save_closed(self, settlement: Settlement, closed: ClosedSettlement) -> None:
        assert all(c.number != closed.number for c in self.st.closed), "settlement numbers are unique"
        self.st.closed = sorted([*self.st.closed, closed], key=lambda c: c.period.start)
        self.st.closed_balances[closed.number] = {h.host_id: h.carried_forward_fen for h in settlement.hosts}
        snapshot = snapshot_document(
            settlement,
            host_contacts={h.id: h.contact for h in self.st.hosts.values() if h.id is not None},
            recommender_contacts={r.id: r.contact for r in self.st.recommenders.values() if r.id is not None},
        )
        self.st.snapshots[closed.number] = json.loads(
            json.dumps(snapshot)
        )  # stored as JSON, as the database does

    def statement_snapshot(self, number: str) -> dict[str, object] | None:
        return self.st.snapshots.get(number)

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
