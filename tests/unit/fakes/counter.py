"""What a counter keeps over the store: its shifts, the shop's shared settings, who holds each counter id."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from pos.counters import CounterLease
from pos.shifts import CashMovement, Shift, ShiftId, TillSale, till_sale
from tests.unit.fakes.store import _Store


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
