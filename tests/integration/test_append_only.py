"""What happened stays as it happened: the database itself (migration 0011, with 0006 and 0010)
refuses UPDATE and DELETE on sales, their lines and payments, closed settlements with their host
figures and statements, the stock ledger and the audit log, and TRUNCATE on PostgreSQL; on SQLite
and PostgreSQL, with a real day at the counter in the books."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DBAPIError

from db.engine import make_engine
from db.migrate import alembic_config, schema_state, upgrade
from db.models import SaleRow, SettlementHostRow
from db.uow import SqlUnitOfWork
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.settlement import close_period
from pos.services.steps.catalog import add_host, add_product
from pos.services.stock import receive_goods
from pos.settlement import Period

TZ = "Asia/Shanghai"
OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
SOAP, TEA = "6968344978697", "6925199619830"

# what the database says when asked to change each table
REFUSAL = {
    "sales": "sales are append-only",
    "sale_lines": "sale_lines are append-only",
    "payments": "payments are append-only",
    "settlements": "settlements are append-only",
    "settlement_hosts": "settlement_hosts are append-only",
    "settlement_snapshots": "settlement_snapshots are append-only",
    "stock_movements": "the stock ledger is append-only",
    "audit_log": "the audit log is append-only",
}
# a change someone might be tempted to make
CHANGE = {
    "sales": "UPDATE sales SET total_fen = 0",
    "sale_lines": "UPDATE sale_lines SET qty = qty + 1",
    "payments": "UPDATE payments SET amount_fen = 0",
    "settlements": "UPDATE settlements SET closed_by = '别人'",
    "settlement_hosts": "UPDATE settlement_hosts SET payable_fen = 0",
    "settlement_snapshots": "UPDATE settlement_snapshots SET document = '{}'",
    "stock_movements": "UPDATE stock_movements SET qty = 100",
    "audit_log": "UPDATE audit_log SET note = '没发生过'",
}
ADDED_BY_0011 = ("sales", "sale_lines", "payments", "settlements", "settlement_hosts", "settlement_snapshots")


def at(day: int, hour: int = 10, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour - 8, 0, tzinfo=UTC)  # shop time in Shanghai


@pytest.fixture
def engine(empty_db_url: str) -> Iterator[Engine]:
    """October at a small shop: 手工皂 delivered and sold with 茶, one soap brought back, the month
    closed on 20 November; every table of the books has rows."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1), coop_bp=2000)
        add_host(uow, code="H02", name="山里茶", joined=date(2026, 1, 1), coop_bp=1500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        add_product(uow, name="茶", price_fen=4000, host_code="H02", barcode=TEA)
        uow.commit()
    receive_goods(SqlUnitOfWork(engine), lines=[(SOAP, 10)], at=at(1))  # one slip per host
    receive_goods(SqlUnitOfWork(engine), lines=[(TEA, 5)], at=at(1))
    sale = complete_sale(
        SqlUnitOfWork(engine), items=[ItemRequest(SOAP, 2), ItemRequest(TEA, 1)],
        tenders=[Tender("wechat", 5000), Tender("cash", 4000)], at=at(12), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    refund_sale(
        SqlUnitOfWork(engine), original_receipt=sale.receipt_no, requests=[RefundRequest(1, 1)],
        payouts=[Tender("wechat", 2500)], at=at(13), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    close_period(SqlUnitOfWork(engine), period=OCTOBER, timezone=TZ, closed_by="王店长", now=at(20, month=11))
    assert all(books(engine).values()), books(engine)
    yield engine
    engine.dispose()


def books(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in REFUSAL}


def triggers(conn: Connection) -> set[str]:
    """The triggers on the tables of the books, in this shop (this schema on PostgreSQL)."""
    tables = ", ".join(f"'{t}'" for t in REFUSAL)
    if conn.dialect.name == "sqlite":
        sql = f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({tables})"
    else:
        sql = (
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE NOT t.tgisinternal AND n.nspname = current_schema() AND c.relname IN ({tables})"
        )
    return set(conn.execute(text(sql)).scalars())


def expected_triggers(dialect: str, tables: tuple[str, ...]) -> set[str]:
    if dialect == "sqlite":
        return {f"{t}_no_{verb}" for t in tables for verb in ("update", "delete")}
    return {f"{t}_{kind}" for t in tables for kind in ("append_only", "no_truncate")}


def refused(engine: Engine, sql: str, message: str | None) -> None:
    with pytest.raises(DBAPIError, match=message), engine.begin() as conn:
        conn.execute(text(sql))


@pytest.mark.parametrize("table", list(REFUSAL))
def test_the_database_refuses_to_change_delete_or_truncate_what_happened(engine: Engine, table: str) -> None:
    before = books(engine)
    key = "settlement_id" if table == "settlement_snapshots" else "id"
    refused(engine, CHANGE[table], REFUSAL[table])
    refused(engine, f"DELETE FROM {table} WHERE {key} = (SELECT max({key}) FROM {table})", REFUSAL[table])
    refused(engine, f"DELETE FROM {table}", REFUSAL[table])
    if engine.dialect.name == "postgresql":  # SQLite has no TRUNCATE
        refused(engine, f"TRUNCATE {table}", None)  # sales, settlements: their foreign keys refuse first
        refused(engine, f"TRUNCATE {table} CASCADE", REFUSAL[table])
    assert books(engine) == before


def test_a_unit_of_work_cannot_change_a_sale_or_a_closed_settlement_either(engine: Engine) -> None:
    before = books(engine)
    with SqlUnitOfWork(engine) as uow:
        sale = uow.session.scalars(select(SaleRow).order_by(SaleRow.id)).first()
        assert sale is not None
        sale.total_fen = 0
        with pytest.raises(DBAPIError, match="sales are append-only"):
            uow.commit()
    with SqlUnitOfWork(engine) as uow:
        host = uow.session.scalars(select(SettlementHostRow)).first()
        uow.session.delete(host)
        with pytest.raises(DBAPIError, match="settlement_hosts are append-only"):
            uow.commit()
    assert books(engine) == before


def test_the_books_still_take_new_records(engine: Engine) -> None:
    """Append-only, not read-only: the next sale and its refund go in beside the refused changes."""
    refused(engine, CHANGE["sales"], REFUSAL["sales"])
    sale = complete_sale(
        SqlUnitOfWork(engine), items=[ItemRequest(TEA, 1)], tenders=[Tender("alipay", 4000)],
        at=at(21, month=11), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    refund_sale(
        SqlUnitOfWork(engine), original_receipt=sale.receipt_no, requests=[RefundRequest(1, 1)],
        payouts=[Tender("alipay", 4000)], at=at(22, month=11), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    with engine.connect() as conn:
        totals = conn.execute(text("SELECT total_fen FROM sales ORDER BY id")).scalars().all()
    assert totals == [9000, -2500, 4000, -4000]


def test_the_newest_schema_has_every_trigger(engine: Engine) -> None:
    """A later migration that rebuilt one of these tables (SQLite batch mode) would lose its triggers."""
    with engine.connect() as conn:
        assert triggers(conn) >= expected_triggers(engine.dialect.name, tuple(REFUSAL))


def test_downgrading_to_0010_lifts_only_0011s_rules_and_upgrading_brings_them_back(engine: Engine) -> None:
    dialect = engine.dialect.name
    before = {t: len(rows) for t, rows in books(engine).items()}
    with engine.connect() as conn:
        at_head = triggers(conn)

    command.downgrade(alembic_config(engine), "0010")
    with engine.connect() as conn:
        kept = triggers(conn)
    if dialect == "sqlite":  # 0006 and 0010 keep theirs, and the stock levels' trigger
        append_only = {f"{t}_no_{v}" for t in ("stock_movements", "audit_log") for v in ("update", "delete")}
    else:
        append_only = {"stock_movements_append_only", "audit_log_append_only"}
    assert kept == append_only | {"stock_levels_on_movement"}
    refused(engine, CHANGE["audit_log"], REFUSAL["audit_log"])
    with engine.connect() as conn:  # a sale could be changed again (rolled back here)
        assert conn.execute(text("UPDATE sales SET cashier = cashier")).rowcount == before["sales"]
        conn.rollback()

    upgrade(engine)
    assert schema_state(engine).state == "current"
    with engine.connect() as conn:
        assert triggers(conn) == at_head
    assert at_head - kept == expected_triggers(dialect, ADDED_BY_0011) | (
        set() if dialect == "sqlite" else {"stock_movements_no_truncate", "audit_log_no_truncate"}
    )
    refused(engine, CHANGE["sales"], REFUSAL["sales"])
    assert {t: len(rows) for t, rows in books(engine).items()} == before
