"""What the settlement screen reads, on SQLite and PostgreSQL: ``period_view`` and ``closed_periods``
scoped by who is logged in, and closing with a manager's approval recorded in the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.audit import AuditFilter
from pos.config import Config
from pos.errors import RuleError
from pos.services.settlement import close_period, compute_settlement
from pos.services.statements import closed_periods, period_view
from pos.services.users import approve, login
from pos.settlement import Period
from pos.users import Actor, system_actor
from tests.integration.test_scenario1 import DATA, KINDS
from tests.ui.conftest import fill_logins
from ui.cli.imports import import_file
from ui.wiring.shop import Shop, init_schema

OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
TZ = "Asia/Shanghai"
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


@pytest.fixture
def engine(empty_db_url: str) -> Iterator[Engine]:
    shop = Shop(
        config=Config(),
        url=empty_db_url,
        engine=make_engine(empty_db_url),
        actor=system_actor("test"),
    )
    init_schema(shop)
    for kind in KINDS:
        import_file(shop, kind=kind, path=DATA / f"{kind}.csv")
    fill_logins(SqlUnitOfWork(shop.engine), NOW)
    yield shop.engine
    shop.close()


def user(engine: Engine, code: str, pin: str) -> Actor:
    return login(SqlUnitOfWork(engine, actor=system_actor("door")), code=code, pin=pin, now=NOW)


def test_a_manager_sees_the_whole_settlement_and_a_host_only_its_own_row(engine: Engine) -> None:
    with SqlUnitOfWork(engine, actor=system_actor("test")) as uow:
        books = compute_settlement(uow, period=OCTOBER, timezone=TZ)
    manager = period_view(
        SqlUnitOfWork(engine, actor=user(engine, "M01", "8888")), period=OCTOBER, timezone=TZ
    )
    assert manager.shop_wide and manager.settlement == books
    assert not manager.status.closed and manager.status.number == "JS-20261001-20261031"

    host = period_view(SqlUnitOfWork(engine, actor=user(engine, "H01", "3333")), period=OCTOBER, timezone=TZ)
    assert host.host_code == "H01" and not host.shop_wide
    assert host.settlement.hosts == tuple(h for h in books.hosts if h.code == "H01")
    assert host.settlement.recommenders == () and dict(host.settlement.payments) == {}

    for code, pin in (("C01", "1111"), ("S01", "2222")):  # no settlement for cashiers or staff
        with pytest.raises(RuleError, match="查看结算"):
            period_view(SqlUnitOfWork(engine, actor=user(engine, code, pin)), period=OCTOBER, timezone=TZ)


def test_closing_with_a_managers_approval_is_audited_and_listed(engine: Engine) -> None:
    cashier = user(engine, "C01", "1111")
    with pytest.raises(RuleError, match="结账"):
        close_period(
            SqlUnitOfWork(engine, actor=cashier), period=OCTOBER, timezone=TZ, closed_by="李收银", now=NOW
        )
    manager = approve(SqlUnitOfWork(engine, actor=system_actor("door")), code="M01", pin="8888", now=NOW)
    closed = close_period(
        SqlUnitOfWork(engine, actor=cashier),
        period=OCTOBER,
        timezone=TZ,
        closed_by="李收银 / 王店长",
        now=NOW,
        approver=manager,
    )
    with SqlUnitOfWork(engine, actor=system_actor("test")) as uow:
        (entry,) = uow.audit.search(AuditFilter(action="settlement_closed"))
    assert (entry.subject, entry.actor_code, entry.approver_code) == (closed.number, "C01", "M01")

    # a host sees the list of closed periods (no figures) and its own row as closed
    host = user(engine, "H01", "3333")
    (status,) = closed_periods(SqlUnitOfWork(engine, actor=host))
    assert (status.number, status.period, status.closed_by) == (closed.number, OCTOBER, "李收银 / 王店长")
    view = period_view(SqlUnitOfWork(engine, actor=host), period=OCTOBER, timezone=TZ)
    assert view.status.closed and [h.code for h in view.settlement.hosts] == ["H01"]
    # an approver who may not close is refused
    with pytest.raises(RuleError):
        close_period(
            SqlUnitOfWork(engine, actor=cashier),
            period=Period(date(2026, 11, 1), date(2026, 11, 2)),
            timezone=TZ,
            closed_by="李收银",
            now=NOW,
            approver=user(engine, "S01", "2222"),
        )
