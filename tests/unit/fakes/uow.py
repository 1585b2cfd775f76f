"""The fake unit of work, and a day at the counter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Self

from pos.clock import utc_now
from pos.shifts import DenominationCount
from pos.users import Actor, system_actor
from tests.unit.fakes.catalog import (
    FakeCharges,
    FakeHosts,
    FakeProducts,
    FakeRecommenders,
    FakeSequences,
    FakeTags,
)
from tests.unit.fakes.counter import FakeLeases, FakeSettings, FakeShifts
from tests.unit.fakes.people import FakeAudit, FakeUsers
from tests.unit.fakes.sales import FakeCarts, FakeReceipts, FakeSales
from tests.unit.fakes.settlements import FakeSettlements
from tests.unit.fakes.stock import FakeStock
from tests.unit.fakes.store import _Store


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
