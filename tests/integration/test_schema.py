"""The schema is Alembic's, on SQLite and PostgreSQL alike; `init` is idempotent and upgrades."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.engine import make_engine
from db.migrate import head_revision, schema_state, upgrade
from db.models import Base
from db.uow import SqlUnitOfWork
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.steps.catalog import add_host, add_product, add_recommender


def test_the_models_and_the_migrations_describe_one_schema(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_upgrading_twice_changes_nothing(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    assert schema_state(engine).state == "empty"
    upgrade(engine)
    upgrade(engine)
    state = schema_state(engine)
    assert (state.state, state.current) == ("current", head_revision())


def test_an_older_schema_is_upgraded_and_keeps_its_hosts(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine, "0001")
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1))
        uow.commit()
    assert schema_state(engine).state == "behind"
    upgrade(engine)
    with uow:
        host = uow.hosts.by_code("H01")
    assert host is not None and host.name == "主理人1号·手作"


def test_a_schema_written_by_a_newer_program_is_recognised(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert schema_state(engine).state == "ahead"


def test_sqlite_runs_with_wal_foreign_keys_full_sync_and_a_busy_timeout(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.sqlite'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000


def test_the_database_itself_refuses_a_split_that_does_not_add_up(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode="6968344978697")
        uow.commit()
    complete_sale(
        uow,
        items=[ItemRequest("6968344978697", 1)],
        tenders=[Tender("cash", 2500)],
        at=datetime(2026, 11, 23, 6, 0, tzinfo=UTC),
        timezone="Asia/Shanghai",
        counter_id="C1",
    )
    columns = (
        "product_id, host_id, product_name, barcode, qty, unit_price_fen, line_discount_fen, "
        "sale_discount_fen, net_fen, coop_bp, rec_bp, coop_fen, rec_fen"
    )
    # a second line one fen off (an UPDATE would meet the append-only trigger before the check)
    with engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(
            text(
                f"INSERT INTO sale_lines (sale_id, line_no, {columns}, host_fen, damaged) "
                f"SELECT sale_id, line_no + 1, {columns}, host_fen + 1, damaged FROM sale_lines"
            )
        )
        conn.commit()


def test_a_sale_and_its_refunds_round_trip_through_the_database(empty_db_url: str) -> None:
    """docs/domain.md's worked example, stored and read back, on each backend."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1), coop_bp=2000)
        add_host(uow, code="H02", name="主理人2号·旧物新生", joined=date(2026, 8, 1), coop_bp=1500)
        add_recommender(uow, code="R01", name="推介官1", default_bp=500)
        add_product(
            uow,
            name="手工皂",
            price_fen=2500,
            host_code="H01",
            recommender_code="R01",
            barcode="6968344978697",
            tags=["手作", "环保"],
        )
        add_product(
            uow, name="帆布袋", price_fen=3990, host_code="H02", barcode="6925199619830", tags=["环保"]
        )
        uow.commit()
    at = datetime(2026, 11, 22, 17, 30, tzinfo=UTC)  # 01:30 on the 23rd in Shanghai
    sale = complete_sale(
        uow,
        items=[ItemRequest("6968344978697", 3), ItemRequest("6925199619830", 1, line_discount_fen=200)],
        sale_discount_fen=100,
        tenders=[Tender("cash", 5000), Tender("alipay", 6190)],
        at=at,
        timezone="Asia/Shanghai",
        counter_id="C1",
    )
    assert sale.receipt_no == "C1-20261123-0001"
    for units in (1, 2):
        refund_sale(
            uow,
            original_receipt=sale.receipt_no,
            requests=[RefundRequest(1, units)],
            payouts=[Tender("cash", 2478 * units)],
            at=at,
            timezone="Asia/Shanghai",
            counter_id="C1",
        )
    with uow:
        stored = uow.sales.by_receipt(sale.receipt_no)
        refund = uow.sales.by_receipt("C1-20261123-0003")
        assert stored is not None and refund is not None and stored.id is not None
        assert stored.at == at and stored.total_fen == 11190
        assert [(ln.net_fen, ln.coop_fen, ln.rec_fen, ln.host_fen) for ln in stored.lines] == [
            (7434, 1487, 372, 5575),
            (3756, 563, 0, 3193),
        ]
        assert [(ln.qty, ln.net_fen, ln.coop_fen, ln.rec_fen, ln.host_fen) for ln in refund.lines] == [
            (-2, -4956, -991, -248, -3717)
        ]
        assert refund.refund_of_receipt == sale.receipt_no
        assert uow.sales.refunded_units(stored.id) == {1: 3}
        soap = uow.products.by_barcode("6968344978697")
        assert soap is not None and soap.id is not None and len(soap.tag_ids) == 2
        assert uow.stock.on_hand(soap.id) == 0


def test_a_report_reading_the_shop_never_holds_up_a_sale(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """SQLite: a read-only unit of work begins DEFERRED; a writer commits while it is open."""
    import time

    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    engine = make_engine(url)
    upgrade(engine)
    report = SqlUnitOfWork(engine, read_only=True)
    counter = SqlUnitOfWork(make_engine(url))
    with report:
        assert report.hosts.list() == []  # the report holds its snapshot open...
        started = time.monotonic()
        with counter:  # ...while the counter writes and commits at once
            add_host(counter, code="H01", name="主理人1号", joined=date(2026, 9, 1))
            counter.commit()
        assert time.monotonic() - started < 2
        assert report.hosts.list() == []  # a consistent snapshot
    with report:
        assert [h.code for h in report.hosts.list()] == ["H01"]
        with pytest.raises(Exception, match=r"readonly|read-only|query_only|attempt to write"):
            add_host(report, code="H02", name="不能写", joined=date(2026, 9, 1))
    with counter:  # the pooled connection is writable again for a normal unit of work
        add_host(counter, code="H03", name="主理人3号", joined=date(2026, 9, 1))
        counter.commit()


def test_the_fast_schema_check_knows_the_revisions_alembic_knows() -> None:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config, shipped_revisions

    known, head = shipped_revisions()
    assert head == head_revision()
    assert known == {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
