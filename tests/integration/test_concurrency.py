"""Several counters, one book: real processes selling, refunding the same line, closing a period and
logging in with wrong PINs at the same moment, on PostgreSQL and on an SQLite file; then the rules
of docs/domain.md are checked on what the database holds.

Every process is bounded in time (a stuck one fails the test, it never hangs the suite).
"""

from __future__ import annotations

import multiprocessing
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from db.engine import make_engine
from db.migrate import upgrade
from db.models import PaymentRow, ProductRow, SaleLineRow, SaleRow, StockLevelRow, StockMovementRow
from db.uow import SqlUnitOfWork
from pos.clock import business_day
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.settlement import compute_settlement, settlement_report
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.users import add_user
from pos.services.stock import receive_goods
from pos.settlement import Period, settlement_document
from pos.users import system_actor
from tests.integration import counters

TZ = counters.TZ
GOODS = [f"20000000000{n}" for n in range(1, 7)]  # completed with a check digit below
TIMEOUT_S = 120
SPAWN = multiprocessing.get_context("spawn")


def _ean13(first12: str) -> str:
    digits = [int(c) for c in first12]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return first12 + str(check)


CODES = [_ean13(g[:12]) for g in GOODS]


@pytest.fixture
def shop(empty_db_url: str) -> Iterator[tuple[str, Engine]]:
    """Two hosts, six goods with 1,000 units each, a cashier whose PIN is 1111."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1), coop_bp=2000)
        add_host(uow, code="H02", name="山里茶", joined=date(2026, 1, 1), coop_bp=1500)
        for n, code in enumerate(CODES):
            add_product(
                uow, name=f"好货{n}", price_fen=1000 + 135 * n, host_code=f"H0{n % 2 + 1}", barcode=code
            )
        add_user(uow, code="C01", name="小林", role="cashier", pin="1111", now=datetime.now(UTC))
        uow.commit()
    for host in (0, 1):  # a slip holds one host's goods
        receive_goods(
            SqlUnitOfWork(engine), lines=[(c, 1000) for i, c in enumerate(CODES) if i % 2 == host],
            at=datetime.now(UTC) - timedelta(days=3), reason="开店",
        )  # fmt: skip
    yield empty_db_url, engine
    engine.dispose()


def run_all(jobs: list[tuple[Callable[..., None], str, dict[str, Any]]], url: str) -> list[tuple[Any, ...]]:
    """Start every job in a process of its own, all at one moment; what they reported, once all are done."""
    queue = SPAWN.Queue()
    barrier = SPAWN.Barrier(len(jobs))
    procs = [
        SPAWN.Process(target=fn, args=(worker, url, queue, barrier), kwargs=kw, daemon=True)
        for fn, worker, kw in jobs
    ]
    for p in procs:
        p.start()
    results: list[tuple[Any, ...]] = []
    done = 0
    deadline = datetime.now(UTC) + timedelta(seconds=TIMEOUT_S)
    try:
        while done < len(procs):
            left = (deadline - datetime.now(UTC)).total_seconds()
            if left <= 0:
                pytest.fail(f"counters still running after {TIMEOUT_S} s: {results[-5:]}")
            item = queue.get(timeout=left)
            if item[1] == "done":
                done += 1
            else:
                results.append(item)
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    crashes = [r for r in results if r[2] == "crash"]
    assert not crashes, crashes[0][3]
    return results


def test_counters_selling_the_same_goods_at_once_lose_no_sale_and_number_without_gaps(
    shop: tuple[str, Engine],
) -> None:
    url, engine = shop
    # Four processes, two of them both counter C1 (two app windows, or the app and a script):
    # they race for the first number of the day, then for every number and every stock level.
    jobs = [
        (counters.sell, f"w{i}", {"counter_id": cid, "barcodes": CODES, "sales": 12, "seed": i})
        for i, cid in enumerate(["C1", "C1", "C2", "C3"])
    ]
    results = run_all(jobs, url)

    refused = [r for r in results if r[2] != "ok"]
    assert not refused, refused  # no sale refused for a race: a deadlock is retried, never shown
    assert len(results) == 48
    with engine.connect() as c:
        rows = c.execute(
            select(SaleRow.counter_id, SaleRow.business_day, SaleRow.seq, SaleRow.receipt_no)
        ).all()
        assert len({r.receipt_no for r in rows}) == len(rows) == 48
        seqs: dict[tuple[str, date], list[int]] = defaultdict(list)
        for r in rows:
            seqs[(r.counter_id, r.business_day)].append(r.seq)
        for key, taken in seqs.items():
            assert sorted(taken) == list(range(1, len(taken) + 1)), key  # gap-free per counter and day
        assert sum(len(v) for k, v in seqs.items() if k[0] == "C1") == 24
        ledger = dict(c.execute(select(StockMovementRow.product_id, func.sum(StockMovementRow.qty)).group_by(StockMovementRow.product_id)).all())  # fmt: skip
        levels = dict(c.execute(select(StockLevelRow.product_id, StockLevelRow.on_hand)).all())
        assert levels == ledger  # on hand = the ledger
        sold = dict(c.execute(select(SaleLineRow.product_id, func.sum(SaleLineRow.qty)).group_by(SaleLineRow.product_id)).all())  # fmt: skip
        assert all(levels[p] == 1000 - sold.get(p, 0) for p in levels)
        totals = c.execute(select(func.sum(SaleRow.total_fen))).scalar_one()
        paid = c.execute(select(func.sum(PaymentRow.amount_fen))).scalar_one()
        assert totals == paid


def test_two_counters_refunding_the_same_line_at_once_refund_it_once(shop: tuple[str, Engine]) -> None:
    url, engine = shop
    for trial in range(3):
        sale = complete_sale(
            SqlUnitOfWork(engine), items=[ItemRequest(CODES[0], 1), ItemRequest(CODES[1], 2)],
            tenders=[Tender("cash", 10**6)], at=datetime.now(UTC), timezone=TZ, counter_id="C9",
        )  # fmt: skip
        net = sale.lines[0].net_fen
        jobs = [
            (
                counters.refund,
                f"R{i}",
                {"receipt": sale.receipt_no, "line_no": 1, "units": 1, "pay_back_fen": net},
            )
            for i in range(4)
        ]
        results = run_all(jobs, url)
        outcomes = sorted(r[2] for r in results)
        assert outcomes == ["ok", "refused", "refused", "refused"], (trial, results)
        assert all(
            "more than" in r[3] or "already" in r[3] or "left" in r[3] for r in results if r[2] == "refused"
        ), results
        with engine.connect() as c:
            refunded = c.execute(
                select(func.coalesce(func.sum(-SaleLineRow.qty), 0)).where(SaleLineRow.refund_of_line == sale.lines[0].id)
            ).scalar_one()  # fmt: skip
            assert refunded == 1
            back = c.execute(
                select(func.sum(StockMovementRow.qty)).where(StockMovementRow.kind == "refund", StockMovementRow.product_id == sale.lines[0].product_id)
            ).scalar_one()  # fmt: skip
            assert back == trial + 1  # one unit back on the shelf per trial, never two


def test_a_period_closed_while_counters_sell_into_it_never_changes_afterwards(
    shop: tuple[str, Engine],
) -> None:
    url, engine = shop
    today = business_day(datetime.now(UTC), TZ)
    yesterday = today - timedelta(days=1)
    at = (
        datetime.combine(yesterday, datetime.min.time()).replace(hour=4, tzinfo=UTC).isoformat()
    )  # noon there
    jobs: list[tuple[Callable[..., None], str, dict[str, Any]]] = [
        (
            counters.sell,
            f"w{i}",
            {"counter_id": f"C{i}", "barcodes": CODES, "sales": 15, "at_iso": at, "seed": i},
        )
        for i in range(1, 4)
    ]
    jobs.append((counters.close, "closer", {"start": str(yesterday), "end": str(yesterday), "delay_s": 0.3}))
    results = run_all(jobs, url)

    close = [r for r in results if r[1] == "close"]
    assert [r[2] for r in close] == ["ok"], close
    sales = [r for r in results if r[1] == "sale"]
    late = [r for r in sales if r[2] == "refused"]
    assert all("closed settlement" in r[3] for r in late), late  # refused in words, nothing else
    period = Period(yesterday, yesterday)
    stored, closed = settlement_report(SqlUnitOfWork(engine, read_only=True), period=period, timezone=TZ)
    assert closed is not None
    uow = SqlUnitOfWork(engine, read_only=True)
    with uow:
        now = settlement_document(compute_settlement(uow, period=period, timezone=TZ))
    assert now == stored  # every sale that got in is on the statements; none got in after
    with engine.connect() as c:
        in_period = c.execute(select(func.count()).select_from(SaleRow).where(SaleRow.business_day == yesterday)).scalar_one()  # fmt: skip
    assert in_period == len(sales) - len(late)


def test_six_logins_with_wrong_pins_at_once_check_exactly_five_before_the_lock(
    shop: tuple[str, Engine],
) -> None:
    url, _engine = shop
    jobs = [(counters.wrong_pins, f"L{i}", {"code": "C01", "tries": 3}) for i in range(6)]
    results = run_all(jobs, url)
    said = [r[3] for r in results]
    assert all(r[2] == "refused" for r in results)
    assert sum("wrong login or PIN" in s for s in said) == 4
    assert sum("in a row" in s for s in said) == 1  # the fifth wrong PIN locks
    assert sum("is locked after too many" in s for s in said) == 18 - 5
    uow = SqlUnitOfWork(_engine, actor=system_actor())
    with uow:
        user = uow.users.by_code("C01")
    assert user is not None and user.locked_until is not None


def test_two_returns_of_the_same_goods_at_once_never_take_more_than_is_on_hand(
    shop: tuple[str, Engine],
) -> None:
    url, engine = shop
    jobs = [(counters.return_goods, f"S{i}", {"barcode": CODES[2], "qty": 600}) for i in range(3)]
    results = run_all(jobs, url)
    assert sorted(r[2] for r in results) == ["ok", "refused", "refused"], results
    assert all("more than the books show" in r[3] for r in results if r[2] == "refused")
    with engine.connect() as c:
        left = c.execute(select(StockLevelRow.on_hand).join(ProductRow, ProductRow.id == StockLevelRow.product_id).where(ProductRow.barcode == CODES[2])).scalar_one()  # fmt: skip
    assert left == 400


def test_apps_starting_on_one_counter_id_at_once_get_it_once(shop: tuple[str, Engine]) -> None:
    url, _engine = shop
    results = run_all([(counters.claim, f"app{i}", {"counter_id": "C7"}) for i in range(4)], url)
    assert sorted(r[2] for r in results) == ["ok", "refused", "refused", "refused"], results
    assert all("is open on" in r[3] for r in results if r[2] == "refused")
