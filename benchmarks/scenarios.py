"""Timed scenarios over a generated shop, and the registry ``SCENARIOS`` that :mod:`benchmarks.run` runs.

A scenario is ``fn(bench, runs) -> Timing``: it prepares its inputs untimed, then times each
operation with ``time.perf_counter_ns`` through :meth:`Bench.time_each`. To add one, decorate a
function with ``@scenario("name", runs=..., what="...")`` in this module (or in a module imported
by it); the name is what ``--only`` takes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from time import perf_counter_ns
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, case, func, select

from db.models import ProductRow, SaleLineRow, SaleRow
from db.uow import SqlUnitOfWork
from pos.ids import ProductId
from pos.money import split_refund
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale

T = TypeVar("T")
TIMEZONE = "Asia/Shanghai"
COUNTER = "C1"
CASHIER = "bench"


@dataclass(slots=True)
class Timing:
    samples_ns: list[int]
    note: str = ""


@dataclass(slots=True)
class Bench:
    """What scenarios share: the engine, a seeded random source, the catalog, a clock that moves on."""

    engine: Engine
    rng: random.Random
    timezone: str = TIMEZONE
    warmup: int = 5
    _products: list[tuple[int, str]] = field(default_factory=list)
    _now: datetime | None = None

    def products(self) -> list[tuple[int, str]]:
        """(id, barcode) of every active product, read once."""
        if not self._products:
            with self.engine.connect() as conn:
                q = select(ProductRow.id, ProductRow.barcode).where(ProductRow.active).order_by(ProductRow.id)
                self._products = [(int(i), str(b)) for i, b in conn.execute(q)]
            if not self._products:
                raise SystemExit(
                    "the database has no products: generate a shop first (python -m benchmarks.generate)"
                )
        return self._products

    def now(self) -> datetime:
        """Times for new sales, a second apart: from 10:00 on the day after the shop's last business
        day (or the real clock, if later), so they never land in a month the generator filled."""
        if self._now is None:
            with self.engine.connect() as conn:
                last = conn.execute(select(func.max(SaleRow.business_day))).scalar()
            start = datetime.now(UTC)
            if last is not None:
                opening = datetime.combine(last + timedelta(days=1), time(10), tzinfo=ZoneInfo(self.timezone))
                start = max(start, opening.astimezone(UTC))
            self._now = start
        self._now += timedelta(seconds=1)
        return self._now

    def time_each(self, op: Callable[[T], Any], inputs: Iterable[T]) -> list[int]:
        """Nanoseconds per call of ``op``; the first ``warmup`` calls are run but not kept."""
        samples = []
        for x in inputs:
            t0 = perf_counter_ns()
            op(x)
            samples.append(perf_counter_ns() - t0)
        return samples[self.warmup :]


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    fn: Callable[[Bench, int], Timing]
    runs: int
    what: str


SCENARIOS: dict[str, Scenario] = {}


def scenario(
    name: str, *, runs: int, what: str
) -> Callable[[Callable[[Bench, int], Timing]], Callable[[Bench, int], Timing]]:
    def register(fn: Callable[[Bench, int], Timing]) -> Callable[[Bench, int], Timing]:
        if name in SCENARIOS:
            raise ValueError(f"scenario {name} is registered twice")
        SCENARIOS[name] = Scenario(name, fn, runs, what)
        return fn

    return register


@scenario(
    "product_lookup_by_barcode", runs=1000, what="one scan: products.by_barcode in its own unit of work"
)
def product_lookup_by_barcode(b: Bench, runs: int) -> Timing:
    codes = [code for _, code in b.rng.choices(b.products(), k=runs + b.warmup)]
    uow = SqlUnitOfWork(b.engine)

    def look(code: str) -> None:
        with uow:
            assert uow.products.by_barcode(code) is not None

    return Timing(b.time_each(look, codes), "random barcodes of active products")


@scenario("complete_sale", runs=200, what="checkout.complete_sale of 3 random products, cash with change")
def complete_sale_3(b: Bench, runs: int) -> Timing:
    carts = [[code for _, code in b.rng.sample(b.products(), 3)] for _ in range(runs + b.warmup)]

    def sell(codes: list[str]) -> None:
        complete_sale(
            SqlUnitOfWork(b.engine),
            items=[ItemRequest(barcode=c, qty=1) for c in codes],
            tenders=[Tender("cash", 200_000)],  # 3 × the dearest product (¥500) < ¥2,000
            at=b.now(),
            timezone=b.timezone,
            counter_id=COUNTER,
            cashier=CASHIER,
        )

    return Timing(b.time_each(sell, carts), f"adds {runs + b.warmup} sales to the shop ({COUNTER})")


@scenario(
    "refund", runs=100, what="checkout.refund_sale of 1 unit of a recent sale's line, paid back in cash"
)
def refund_one_unit(b: Bench, runs: int) -> Timing:
    original = SaleLineRow.__table__.alias("o")
    refunded = SaleLineRow.__table__.alias("r")
    q = (
        select(
            SaleRow.receipt_no,
            original.c.line_no,
            original.c.qty,
            original.c.net_fen,
            original.c.coop_fen,
            original.c.rec_fen,
        )
        .join(original, original.c.sale_id == SaleRow.id)
        .where(
            SaleRow.kind == "sale",
            ~select(refunded.c.id).where(refunded.c.refund_of_line == original.c.id).exists(),
        )
        .order_by(SaleRow.id.desc(), original.c.line_no)
        .limit(4 * (runs + b.warmup))
    )
    with b.engine.connect() as conn:
        rows = conn.execute(q).all()
    todo: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for receipt, line_no, qty, net, coop, rec in rows:
        due = -split_refund(
            qty=qty, net_fen=net, coop_fen=coop, rec_fen=rec, already_refunded=0, units=1
        ).net_fen
        if receipt not in seen and due > 0:  # one line per sale, and something to pay back
            seen.add(receipt)
            todo.append((receipt, line_no, due))
    todo = todo[: runs + b.warmup]

    def give_back(item: tuple[str, int, int]) -> None:
        receipt, line_no, due = item
        refund_sale(
            SqlUnitOfWork(b.engine),
            original_receipt=receipt,
            requests=[RefundRequest(line_no=line_no, units=1)],
            payouts=[Tender("cash", due)],
            at=b.now(),
            timezone=b.timezone,
            counter_id=COUNTER,
            cashier=CASHIER,
        )

    return Timing(b.time_each(give_back, todo), f"adds {len(todo)} refunds to the shop")


@scenario(
    "stock_on_hand", runs=1000, what="stock.on_hand (Σ of the ledger) of a random product, own unit of work"
)
def stock_on_hand(b: Bench, runs: int) -> Timing:
    ids = [pid for pid, _ in b.rng.choices(b.products(), k=runs + b.warmup)]
    uow = SqlUnitOfWork(b.engine)

    def count(pid: int) -> None:
        with uow:
            uow.stock.on_hand(ProductId(pid))

    return Timing(b.time_each(count, ids), "random active products")


def last_full_month(engine: Engine) -> date:
    """The first day of the latest calendar month the shop traded through to its end."""
    with engine.connect() as conn:
        last = conn.execute(select(func.max(SaleRow.business_day))).scalar()
    if last is None:
        raise SystemExit("the database has no sales: generate a shop first (python -m benchmarks.generate)")
    if (last + timedelta(days=1)).month == last.month:  # the month is not over: take the one before
        last = last.replace(day=1) - timedelta(days=1)
    return last.replace(day=1)


@scenario(
    "period_totals_sql", runs=20, what="baseline for settlement: one GROUP BY host over a month of sale lines"
)
def period_totals_sql(b: Bench, runs: int) -> Timing:
    first = last_full_month(b.engine)
    after = (first + timedelta(days=32)).replace(day=1)
    zone = ZoneInfo(b.timezone)
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(after, time(0), tzinfo=zone).astimezone(UTC)
    line = SaleLineRow
    q = (
        select(
            line.host_id,
            func.sum(case((SaleRow.kind == "sale", line.net_fen), else_=0)).label("sales"),
            func.sum(case((SaleRow.kind == "refund", line.net_fen), else_=0)).label("refunds"),
            func.sum(line.coop_fen),
            func.sum(line.rec_fen),
            func.sum(line.host_fen),
            func.count(),
        )
        .join(SaleRow, SaleRow.id == line.sale_id)
        .where(SaleRow.at >= start, SaleRow.at < end)
        .group_by(line.host_id)
    )
    seen: dict[str, int] = {}

    def totals(_: int) -> None:
        with b.engine.connect() as conn:
            rows = conn.execute(q).all()
        assert all(s + r == c + rc + h for _, s, r, c, rc, h, _ in rows)
        seen["hosts"], seen["lines"] = len(rows), sum(int(r[-1]) for r in rows)

    samples = b.time_each(totals, range(runs + b.warmup))
    return Timing(
        samples, f"{first:%Y-%m}: {seen['lines']:,} lines, {seen['hosts']} hosts (not the settlement service)"
    )


@scenario("settlement_month", runs=10, what="settlement.settlement_report (computed, not closed) of a month")
def settlement_month(b: Bench, runs: int) -> Timing:
    from pos.services.settlement import settlement_report  # imported here: a newer module than the rest
    from pos.settlement import Period

    first = last_full_month(b.engine)
    period = Period(first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))
    seen: dict[str, object] = {}

    def settle(_: int) -> None:
        document, _closed = settlement_report(SqlUnitOfWork(b.engine), period=period, timezone=b.timezone)
        seen["hosts"], seen["recs"] = document["hosts"], document["recommenders"]
        seen["net"] = document["totals"]["net_sales"]  # type: ignore[index]

    samples = b.time_each(settle, range(runs + b.warmup))
    hosts, recs = seen["hosts"], seen["recs"]
    assert isinstance(hosts, list) and isinstance(recs, list)
    return Timing(
        samples, f"{first:%Y-%m}: {len(hosts)} hosts, {len(recs)} recommenders, net sales ¥{seen['net']}"
    )


# Settlement statements (issue 7), recent sales and the refund look-up (issue 5), the wedge
# scanner (issue 5), stock and counts (issue 8): registered by importing their modules.
from benchmarks import history_scenarios, scanner_scenarios, statement_scenarios, stock_scenarios  # noqa: E402, F401
