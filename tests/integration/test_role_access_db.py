"""A host login on a real database (SQLite, and PostgreSQL when configured) reads only its own
lines, stock and goods through the services; a cashier and staff never read a host's statement.

The shop is scenario 1 (tests/data/scenario-1): eight hosts, sales from October to December 2026.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.catalog import ProductFilter
from pos.config import Config
from pos.errors import RuleError
from pos.services import queries, statements, stock
from pos.services.users import login
from pos.settlement import Period
from pos.statements import ShopInfo
from pos.stock import StockFilter
from pos.users import Actor, system_actor
from tests.integration.test_scenario1 import DATA, KINDS
from tests.ui.conftest import fill_logins
from ui.cli.imports import import_file
from ui.wiring.shop import Shop, init_schema

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
TZ = "Asia/Shanghai"
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
SHOP = ShopInfo(name="合作社", address="")


@pytest.fixture
def engine(empty_db_url: str) -> Iterator[Engine]:
    shop = Shop(
        config=Config(), url=empty_db_url, engine=make_engine(empty_db_url), actor=system_actor("test")
    )
    init_schema(shop)
    for kind in KINDS:
        import_file(shop, kind=kind, path=DATA / f"{kind}.csv")
    fill_logins(SqlUnitOfWork(shop.engine), NOW)
    yield shop.engine
    shop.close()


def user(engine: Engine, code: str, pin: str) -> Actor:
    return login(SqlUnitOfWork(engine, actor=system_actor("door")), code=code, pin=pin, now=NOW)


def statement(engine: Engine, actor: Actor, host_code: str) -> statements.HostStatement:
    return statements.host_statement_of(
        SqlUnitOfWork(engine, read_only=True, actor=actor),
        period=NOVEMBER,
        timezone=TZ,
        shop=SHOP,
        host_code=host_code,
    )


def test_a_host_login_reads_only_its_own_lines(engine: Engine) -> None:
    h01 = user(engine, "H01", "3333")
    everything = statements.statement_set(
        SqlUnitOfWork(engine, read_only=True, actor=user(engine, "M01", "8888")),
        period=NOVEMBER,
        timezone=TZ,
        shop=SHOP,
    )
    books = {(ln.receipt_no, ln.line_no) for ln in everything.lines() if ln.host_code == "H01"}
    assert books, "scenario 1 has H01 lines in November"
    assert any(ln.host_code != "H01" for ln in everything.lines())

    own = statement(engine, h01, "H01")
    lines = [ln for g in own.groups for ln in g.lines]
    assert {ln.host_code for ln in lines} == {"H01"}
    assert {(ln.receipt_no, ln.line_no) for ln in lines} == books
    assert own.figures.host_share_fen == sum(ln.host_fen for ln in lines) == own.totals.host_fen

    with pytest.raises(RuleError, match="只能查看自己的数据"):
        statement(engine, h01, "H02")
    for code, pin in (("C01", "1111"), ("S01", "2222")):  # cashiers and staff: no host's money
        with pytest.raises(RuleError, match="查看结算"):
            statement(engine, user(engine, code, pin), "H01")


def test_a_host_login_reads_only_its_own_stock_and_goods(engine: Engine) -> None:
    h01 = user(engine, "H01", "3333")
    with SqlUnitOfWork(engine, actor=system_actor("test")) as uow:
        hosts = {h.code: h.id for h in uow.hosts.list()}
        theirs = next(p for p in uow.products.list(host_id=hosts["H02"]))
    assert theirs.id is not None

    levels = stock.stock_levels(SqlUnitOfWork(engine, read_only=True, actor=h01), StockFilter(limit=1000))
    staff = user(engine, "S01", "2222")
    all_levels = stock.stock_levels(
        SqlUnitOfWork(engine, read_only=True, actor=staff), StockFilter(limit=1000)
    )
    assert levels and {s.host_code for s in levels} == {"H01"}
    assert [s.barcode for s in levels] == [s.barcode for s in all_levels if s.host_code == "H01"]
    assert [h.host_code for h in stock.host_stock(SqlUnitOfWork(engine, read_only=True, actor=h01))] == [
        "H01"
    ]
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        stock.stock_levels(
            SqlUnitOfWork(engine, read_only=True, actor=h01), StockFilter(host_id=hosts["H02"])
        )
    with pytest.raises(RuleError, match="盘点"):  # a cashier finds goods, not the shelf's books
        stock.stock_levels(
            SqlUnitOfWork(engine, read_only=True, actor=user(engine, "C01", "1111")), StockFilter()
        )

    goods = queries.search_products(
        SqlUnitOfWork(engine, read_only=True, actor=h01), ProductFilter(limit=1000)
    )
    assert goods and {p.host_code for p in goods} == {"H01"}
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        queries.product_detail(SqlUnitOfWork(engine, read_only=True, actor=h01), product_id=theirs.id)
