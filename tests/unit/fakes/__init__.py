"""In-memory fakes of every port in pos.ports, for unit tests of the services: one module per part
of the books (catalog, sales, stock, settlements, people, counter), over one store, and the fake
unit of work that binds them (``uow``)."""

from __future__ import annotations

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
from tests.unit.fakes.uow import FakeUnitOfWork, open_counter

__all__ = [
    "FakeAudit",
    "FakeCarts",
    "FakeCharges",
    "FakeHosts",
    "FakeLeases",
    "FakeProducts",
    "FakeReceipts",
    "FakeRecommenders",
    "FakeSales",
    "FakeSequences",
    "FakeSettings",
    "FakeSettlements",
    "FakeShifts",
    "FakeStock",
    "FakeTags",
    "FakeUnitOfWork",
    "FakeUsers",
    "_Store",
    "open_counter",
]
