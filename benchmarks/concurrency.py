"""Several counters selling at once: the latency of a sale at each, and the deadlocks and retries.

    python -m benchmarks.concurrency --db URL [--counters 4] [--sales 150] [--popular 300] [--pace-ms 0]

Each counter is a process of its own (C1…Cn, a cashier logged in, the shift open): it rings up a
cart of 1–6 lines of the shop's ``--popular`` goods (so the counters sell the same goods and race
for their stock levels, as on a busy Saturday) by scanning, then pays; the time of the payment
(``carts.checkout``: the sale, its lines, payments, stock, the receipt number, the cart closed) is
what is measured, and, apart, the time of a scan. On PostgreSQL the deadlocks the server saw are
read from ``pg_stat_database`` before and after. It adds its sales to the shop: run it on a copy.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import random
import statistics
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, text

from db.engine import make_engine
from db.models import ProductRow
from db.uow import SqlUnitOfWork
from pos.errors import CoopError
from pos.sale import Tender
from pos.services import carts
from pos.services.shifts import current_shift, open_shift
from pos.services.steps.users import add_user
from pos.services.users import login
from pos.shifts import DenominationCount
from pos.users import system_actor

TZ = "Asia/Shanghai"


def _prepare(engine: Engine, counters: int) -> None:
    """A cashier per counter (PIN 1234) and each counter's shift open."""
    now = datetime.now(UTC)
    for n in range(1, counters + 1):
        uow = SqlUnitOfWork(engine, actor=system_actor("bench"))
        with uow:
            exists = uow.users.by_code(f"BC{n}") is not None
        if not exists:
            uow = SqlUnitOfWork(engine, actor=system_actor("bench"))
            with uow:
                add_user(uow, code=f"BC{n}", name=f"压测收银{n}", role="cashier", pin="1234", now=now)
                uow.commit()
        cashier = login(SqlUnitOfWork(engine), code=f"BC{n}", pin="1234", now=now)
        if current_shift(SqlUnitOfWork(engine, actor=cashier), counter_id=f"B{n}") is None:
            open_shift(
                SqlUnitOfWork(engine, actor=cashier),
                counter_id=f"B{n}",
                float_count=DenominationCount(),
                at=now,
            )


def _counter(n: int, url: str, codes: list[str], sales: int, pace_s: float, barrier: Any, out: Any) -> None:
    engine = make_engine(url)
    rng = random.Random(n)
    cashier = login(SqlUnitOfWork(engine), code=f"BC{n}", pin="1234", now=datetime.now(UTC))
    counter = f"B{n}"
    pay_s: list[float] = []
    scan_s: list[float] = []
    refused: list[str] = []
    barrier.wait(timeout=120)
    for _ in range(sales):
        try:
            for code in rng.sample(codes, rng.randint(1, 6)):
                t0 = time.perf_counter()
                carts.scan(SqlUnitOfWork(engine, actor=cashier), counter_id=counter, code=code, at=datetime.now(UTC), qty=rng.randint(1, 2))  # fmt: skip
                scan_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            carts.checkout(
                SqlUnitOfWork(engine, actor=cashier), counter_id=counter, tenders=[Tender("cash", 10**7)],
                at=datetime.now(UTC), timezone=TZ,
            )  # fmt: skip
            pay_s.append(time.perf_counter() - t0)
        except CoopError as exc:
            refused.append(exc.en)
            with contextlib.suppress(CoopError):  # the next sale starts on an empty cart
                carts.void_cart(
                    SqlUnitOfWork(engine, actor=cashier),
                    counter_id=counter,
                    at=datetime.now(UTC),
                    reason="压测 bench",
                )
        if pace_s:
            time.sleep(pace_s)
    out.put((n, pay_s, scan_s, refused))
    engine.dispose()


def _deadlocks(engine: Engine) -> int | None:
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as c:
        return int(c.execute(text("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")).scalar_one())  # fmt: skip


def _ms(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--counters", type=int, default=4)
    ap.add_argument("--sales", type=int, default=150, help="sales per counter")
    ap.add_argument("--popular", type=int, default=300, help="how many goods the counters sell")
    ap.add_argument("--pace-ms", type=float, default=0, help="pause between a counter's sales")
    args = ap.parse_args()
    engine = make_engine(args.db)
    with engine.connect() as c:
        q = select(ProductRow.barcode).where(ProductRow.active).order_by(ProductRow.id).limit(args.popular)
        codes = [str(b) for b in c.scalars(q)]
    _prepare(engine, args.counters)
    before = _deadlocks(engine)
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(args.counters), ctx.Queue()
    procs = [
        ctx.Process(target=_counter, args=(n, args.db, codes, args.sales, args.pace_ms / 1000, barrier, out))
        for n in range(1, args.counters + 1)
    ]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get(timeout=1800) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    wall = time.perf_counter() - t0
    after = _deadlocks(engine)
    pay = [s for r in results for s in r[1]] or [float("nan")]
    scans = [s for r in results for s in r[2]] or [float("nan")]
    refused = [m for r in results for m in r[3]]
    print(
        f"{engine.dialect.name}: {args.counters} counters × {args.sales} sales of 1–6 of {len(codes)} goods, {wall:.1f} s"
    )
    print(f"  pay (carts.checkout): n={len(pay)} median {1000 * statistics.median(pay):.1f} ms, "
          f"p95 {_ms(pay, 0.95):.1f} ms, p99 {_ms(pay, 0.99):.1f} ms, max {1000 * max(pay):.1f} ms")  # fmt: skip
    print(f"  scan (carts.scan):    n={len(scans)} median {1000 * statistics.median(scans):.1f} ms, "
          f"p95 {_ms(scans, 0.95):.1f} ms, max {1000 * max(scans):.1f} ms")  # fmt: skip
    print(f"  sales refused: {len(refused)} {sorted(set(refused))[:3]}")
    if before is not None and after is not None:
        print(f"  deadlocks the server reported meanwhile: {after - before}")


if __name__ == "__main__":
    main()
