"""Timed scenarios of the recent sales list and the refund screen's look-up (issue 5, items 7 and 8).

Registered by importing this module from :mod:`benchmarks.scenarios`. They only read.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import Engine, func, select

from benchmarks.scenarios import Bench, Timing, scenario
from db.models import SaleRow
from db.uow import SqlUnitOfWork
from pos.sales_history import SalesQuery, day_range, parse_search
from pos.services.sales_history import recent_sales, refundable


def _busiest_day(engine: Engine) -> tuple[date, int]:
    """The business day with the most receipts in the shop's last 30 days, and how many."""
    with engine.connect() as conn:
        last = conn.execute(select(func.max(SaleRow.business_day))).scalar()
        assert last is not None, "generate a shop first (python -m benchmarks.generate)"
        row = conn.execute(
            select(SaleRow.business_day, func.count())
            .where(SaleRow.business_day > date.fromordinal(last.toordinal() - 30))
            .group_by(SaleRow.business_day)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    return row[0], int(row[1])


def _receipts(b: Bench, n: int, *, kind: str | None = "sale") -> list[str]:
    with b.engine.connect() as conn:
        top = conn.execute(select(func.max(SaleRow.id))).scalar() or 0
        found: list[str] = []
        while len(found) < n:
            ids = [b.rng.randint(1, top) for _ in range(2 * n)]
            q = select(SaleRow.receipt_no).where(SaleRow.id.in_(ids))
            if kind is not None:
                q = q.where(SaleRow.kind == kind)
            found += list(conn.execute(q).scalars())
    return found[:n]


def _list(b: Bench, query: SalesQuery) -> int:
    return len(recent_sales(SqlUnitOfWork(b.engine, read_only=True), query=query, timezone=b.timezone))


@scenario("recent_sales_day", runs=50, what="the recent sales list of the busiest day (200 newest receipts)")
def recent_sales_day(b: Bench, runs: int) -> Timing:
    day, receipts = _busiest_day(b.engine)
    start, end = day_range(day, day, b.timezone)
    query = SalesQuery(start=start, end=end, limit=200)
    shown = [0]

    def look(_: int) -> None:
        shown[0] = _list(b, query)

    samples = b.time_each(look, range(runs + b.warmup))
    return Timing(samples, f"{day}: {receipts} receipts, {shown[0]} listed")


@scenario("recent_sales_scanned", runs=200, what="a whole receipt number scanned into the list (any day)")
def recent_sales_scanned(b: Bench, runs: int) -> Timing:
    numbers = _receipts(b, runs + b.warmup, kind=None)

    def look(number: str) -> None:
        assert _list(b, parse_search(number)) == 1

    return Timing(b.time_each(look, numbers), "random receipts of the whole year")


@scenario(
    "recent_sales_amount_month", runs=20, what="search by an exact amount (¥35.50) over the last 30 days"
)
def recent_sales_amount_month(b: Bench, runs: int) -> Timing:
    with b.engine.connect() as conn:
        last = conn.execute(select(func.max(SaleRow.business_day))).scalar()
    assert last is not None
    start, end = day_range(date.fromordinal(last.toordinal() - 29), last, b.timezone)
    query = dataclasses.replace(parse_search("35.50"), start=start, end=end)
    found = [0]

    def look(_: int) -> None:
        found[0] = _list(b, query)

    samples = b.time_each(look, range(runs + b.warmup))
    return Timing(samples, f"{found[0]} receipts of ¥35.50 in 30 days")


@scenario(
    "recent_sales_fragment_all",
    runs=10,
    what="part of a receipt number ('0042') with no date range: the worst case",
)
def recent_sales_fragment_all(b: Bench, runs: int) -> Timing:
    query = parse_search("0042")
    found = [0]

    def look(_: int) -> None:
        found[0] = _list(b, query)

    samples = b.time_each(look, range(runs + b.warmup))
    return Timing(samples, f"{found[0]} listed (limit 200)")


@scenario("refundable", runs=200, what="the refund screen's look-up: refundable() of a random sale")
def refundable_lookup(b: Bench, runs: int) -> Timing:
    numbers = _receipts(b, runs + b.warmup)
    refunded = [0]

    def look(number: str) -> None:
        r = refundable(SqlUnitOfWork(b.engine, read_only=True), number)
        refunded[0] += bool(r.refunds)

    samples = b.time_each(look, numbers)
    return Timing(samples, f"random sales of the year; {refunded[0]} of them refunded before")
