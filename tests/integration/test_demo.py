"""The demo co-op: a believable shop whose books add up, the same for the same seed, only in an empty shop.

The demo runs through the services on a real SQLite file (and once on PostgreSQL when
COOP_POS_TEST_PG is set), then the tables are read back with plain SQL: every sale's
payments equal its lines, every line splits exactly, receipts are gap-free per day.
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, func, select

from db.engine import make_engine
from db.migrate import upgrade
from db.models import (
    HostRow,
    PaymentRow,
    ProductRow,
    ProductTagRow,
    RecommenderRow,
    SaleLineRow,
    SaleRow,
    StockMovementRow,
    TagRow,
)
from db.uow import SqlUnitOfWork
from pos.barcodes import normalise_barcode
from pos.demo import DemoSummary, fill_demo_shop
from pos.errors import RuleError
from pos.services.steps.catalog import add_host

pytestmark = pytest.mark.slow

TODAY = date(2024, 11, 23)
SHANGHAI = ZoneInfo("Asia/Shanghai")
PG_ENV = "COOP_POS_TEST_PG"


def _sqlite_shop(folder: Path) -> Engine:
    engine = make_engine(f"sqlite:///{folder / 'shop.sqlite'}")
    upgrade(engine)
    return engine


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, DemoSummary, list[str]]:
    engine = _sqlite_shop(tmp_path_factory.mktemp("demo"))
    said: list[str] = []
    started = time.perf_counter()
    summary = fill_demo_shop(SqlUnitOfWork(engine), today=TODAY, progress=said.append)
    print(f"demo on SQLite: {time.perf_counter() - started:.1f} s, {summary}")
    return engine, summary, said


def _digest(engine: Engine) -> str:
    """Every receipt with its time, total and payments, as one fingerprint."""
    h = hashlib.sha256()
    with engine.connect() as conn:
        pays: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for sale_id, method, amount in conn.execute(
            select(PaymentRow.sale_id, PaymentRow.method, PaymentRow.amount_fen).order_by(PaymentRow.id)
        ):
            pays[sale_id].append((method, amount))
        for sale_id, receipt, kind, at, total, change in sorted(
            conn.execute(
                select(
                    SaleRow.id,
                    SaleRow.receipt_no,
                    SaleRow.kind,
                    SaleRow.at,
                    SaleRow.total_fen,
                    SaleRow.change_fen,
                )
            ),
            key=lambda row: row.receipt_no,
        ):
            h.update(f"{receipt}|{kind}|{_utc(at).isoformat()}|{total}|{change}|{pays[sale_id]}\n".encode())
        for barcode, name, price in sorted(
            tuple(r) for r in conn.execute(select(ProductRow.barcode, ProductRow.name, ProductRow.price_fen))
        ):
            h.update(f"{barcode}|{name}|{price}\n".encode())
    return h.hexdigest()


def _check_books(engine: Engine, summary: DemoSummary, today: date) -> None:
    """Everything a treasurer would check, read straight from the tables."""
    first_day, last_day = today - timedelta(days=28), today - timedelta(days=1)
    assert (summary.first_day, summary.last_day) == (first_day, last_day)
    with engine.connect() as conn:

        def count(table: Any) -> int:
            return int(conn.scalar(select(func.count()).select_from(table)) or 0)

        # The catalog.
        assert count(TagRow) == summary.tags == 17
        assert 8 <= count(HostRow) == summary.hosts <= 12
        assert count(RecommenderRow) == summary.recommenders == 4
        assert 100 <= count(ProductRow) == summary.products <= 140
        hosts = conn.execute(
            select(HostRow.kind, HostRow.monthly_rent_fen, HostRow.coop_bp, HostRow.joined)
        ).all()
        assert {k for k, *_ in hosts} == {"host", "producer"}
        assert all((rent > 0) == (kind == "host") for kind, rent, _, _ in hosts)
        assert all(45050 <= rent <= 250000 for kind, rent, _, _ in hosts if kind == "host")
        assert all(1500 <= bp <= 2500 and joined < first_day for _, _, bp, joined in hosts)
        assert all(0 <= bp <= 800 for bp in conn.scalars(select(RecommenderRow.default_bp)))
        products = conn.execute(select(ProductRow.id, ProductRow.barcode, ProductRow.price_fen)).all()
        assert all(normalise_barcode(code) == code for _, code, _ in products)
        prefixes = Counter("maker" if code.startswith("69") else code[0] for _, code, _ in products)
        assert set(prefixes) == {"maker", "2"} and min(prefixes.values()) >= 20
        assert all(990 <= price <= 38800 for _, _, price in products)
        tags_per_product = Counter(conn.scalars(select(ProductTagRow.product_id)))
        assert set(tags_per_product) == {pid for pid, _, _ in products}
        assert set(tags_per_product.values()) <= {1, 2, 3}
        with_rec = conn.scalar(select(func.count()).where(ProductRow.recommender_id.is_not(None)))
        assert 10 <= (with_rec or 0) < len(products)
        intakes = (
            conn.execute(
                select(StockMovementRow.qty).where(
                    StockMovementRow.kind == "intake", StockMovementRow.reason == "首批入库"
                )
            )
            .scalars()
            .all()
        )
        assert len(intakes) == len(products) and all(5 <= q <= 60 for q in intakes)

        # Four weeks at the counter, ending yesterday, within opening hours.
        sales = conn.execute(
            select(
                SaleRow.id, SaleRow.kind, SaleRow.at, SaleRow.business_day, SaleRow.counter_id, SaleRow.seq,
                SaleRow.total_fen, SaleRow.sale_discount_fen, SaleRow.tendered_fen, SaleRow.change_fen,
                SaleRow.refund_of,
            )
        ).all()  # fmt: skip
        kinds = Counter(s.kind for s in sales)
        assert kinds["sale"] == summary.sales and kinds["refund"] == summary.refunds
        per_day = Counter(s.business_day for s in sales if s.kind == "sale")
        assert sorted(per_day) == [first_day + timedelta(days=i) for i in range(28)]
        assert all(10 <= n <= 40 for n in per_day.values())
        for s in sales:
            local = _utc(s.at).astimezone(SHANGHAI)
            assert local.date() == s.business_day and 10 <= local.hour < 20
        seqs: dict[tuple[str, date], list[int]] = defaultdict(list)
        for s in sales:
            seqs[(s.counter_id, s.business_day)].append(s.seq)
        assert all(sorted(v) == list(range(1, len(v) + 1)) for v in seqs.values())

        # The books: payments = Σ net = total; each line splits exactly.
        lines = conn.execute(
            select(
                SaleLineRow.sale_id, SaleLineRow.qty, SaleLineRow.net_fen, SaleLineRow.coop_fen,
                SaleLineRow.rec_fen, SaleLineRow.host_fen, SaleLineRow.line_discount_fen,
                SaleLineRow.sale_discount_fen, SaleLineRow.damaged,
            )
        ).all()  # fmt: skip
        assert all(ln.net_fen == ln.coop_fen + ln.rec_fen + ln.host_fen for ln in lines)
        net_by_sale: Counter[int] = Counter()
        for ln in lines:
            net_by_sale[ln.sale_id] += ln.net_fen
        pay_by_sale: Counter[int] = Counter()
        methods_by_sale: dict[int, set[str]] = defaultdict(set)
        for sale_id, method, amount in conn.execute(
            select(PaymentRow.sale_id, PaymentRow.method, PaymentRow.amount_fen)
        ):
            pay_by_sale[sale_id] += amount
            methods_by_sale[sale_id].add(method)
        for s in sales:
            assert pay_by_sale[s.id] == net_by_sale[s.id] == s.total_fen, s
            assert (s.total_fen > 0) == (s.kind == "sale")
        assert sum(s.total_fen for s in sales) == summary.net_sales_fen
        assert sum(1 for ln in lines if ln.qty > 0) == summary.sale_lines

        # A believable counter: split payments, change given, discounts, every method.
        sale_rows = [s for s in sales if s.kind == "sale"]
        assert sum(1 for s in sale_rows if len(methods_by_sale[s.id]) > 1) >= 10
        assert (
            sum(1 for s in sale_rows if s.change_fen > 0 and s.tendered_fen - s.change_fen == s.total_fen)
            >= 10
        )
        assert set().union(*methods_by_sale.values()) == {"cash", "wechat", "alipay", "card"}
        assert sum(1 for s in sale_rows if s.sale_discount_fen > 0) >= 10
        assert sum(1 for ln in lines if ln.line_discount_fen > 0) >= 10

        # A few refunds, full and partial, some damaged, each a day or more after its sale.
        by_id = {s.id: s for s in sales}
        refunds = [s for s in sales if s.kind == "refund"]
        assert 0.01 <= len(refunds) / len(sale_rows) <= 0.06
        assert all(r.business_day > by_id[r.refund_of].business_day for r in refunds)
        full = [r for r in refunds if r.total_fen == -by_id[r.refund_of].total_fen]
        assert full and len(full) < len(refunds)
        assert any(ln.damaged for ln in lines if ln.qty < 0)


def test_the_demo_fills_an_empty_shop_whose_books_add_up(
    demo_shop: tuple[Engine, DemoSummary, list[str]],
) -> None:
    engine, summary, said = demo_shop
    assert summary.first_day == date(2024, 10, 26) and summary.last_day == date(2024, 11, 22)
    _check_books(engine, summary, TODAY)
    assert f"商品 {summary.products} 件，已入库" in said
    assert said[-1] == f"完成：销售 {summary.sales} 单，退货 {summary.refunds} 单"


def test_the_same_seed_gives_the_same_shop(
    demo_shop: tuple[Engine, DemoSummary, list[str]], tmp_path: Path
) -> None:
    engine, summary, _ = demo_shop
    again = _sqlite_shop(tmp_path)
    assert fill_demo_shop(SqlUnitOfWork(again), today=TODAY) == summary
    assert _digest(again) == _digest(engine)


def test_the_demo_refuses_a_shop_that_is_not_empty(demo_shop: tuple[Engine, DemoSummary, list[str]]) -> None:
    engine, summary, _ = demo_shop
    with pytest.raises(RuleError) as refused:
        fill_demo_shop(SqlUnitOfWork(engine), today=TODAY + timedelta(days=30))
    assert "演示数据只能放进空的店铺" in refused.value.zh
    assert "only an empty shop" in refused.value.en
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SaleRow)) == summary.sales + summary.refunds


def test_one_host_is_enough_to_refuse_and_nothing_is_added(tmp_path: Path) -> None:
    engine = _sqlite_shop(tmp_path)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="布言布语手作工作室", joined=date(2024, 3, 1), monthly_rent_fen=120000)
        uow.commit()
    with pytest.raises(RuleError, match="1 位主理人"):
        fill_demo_shop(uow, today=TODAY)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(TagRow)) == 0
        assert conn.scalar(select(func.count()).select_from(HostRow)) == 1


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    schema = f"demo_test_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(make_engine(base).url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = make_engine(base, connect_args={"options": f"-csearch_path={schema}"})
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.dispose()


@pytest.mark.pg
def test_the_demo_on_postgresql_gives_the_same_books(
    pg_engine: Engine, demo_shop: tuple[Engine, DemoSummary, list[str]]
) -> None:
    sqlite_engine, sqlite_summary, _ = demo_shop
    started = time.perf_counter()
    summary = fill_demo_shop(SqlUnitOfWork(pg_engine), today=TODAY)
    print(f"demo on PostgreSQL: {time.perf_counter() - started:.1f} s")
    assert summary == sqlite_summary
    _check_books(pg_engine, summary, TODAY)
    assert _digest(pg_engine) == _digest(sqlite_engine)
