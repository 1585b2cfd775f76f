"""Imports while the counter sells: how long an import holds the write lock, and what a sale waits.

    python -m benchmarks.import_scenarios --db /tmp/import-bench.sqlite [--products 30000] [--sales 30000]
    python -m benchmarks.import_scenarios --db postgresql+psycopg://postgres@127.0.0.1:5432/coop_bench_imports

Makes a new shop at ``--db`` (an SQLite file is replaced; on PostgreSQL every table of the
database is dropped first, so give it a database of its own, never the test suite's ``test``),
imports a base catalog (``--hosts`` hosts, ``--recommenders`` recommenders, 500 goods with stock)
with nothing else running, then starts a second process, the **counter**, that records a sale of
1–3 of the base goods through ``pos.services.checkout.complete_sale`` every ``--interval`` seconds
(counter ``C9``, the clock's time), and while it sells imports, one file after the other, through
``ui.cli.imports.import_file`` (what ``coop-pos import`` runs):

- ``hosts``: ``--more-hosts`` new hosts;
- ``charges``: ``--charges`` fee rows spread over the hosts;
- ``products``: ``--products`` goods (5 % without a barcode, so an in-store code is allocated;
  60 % with a recommender, 0–3 tags of 20, two of them new, stock 0–50 on 80 %);
- ``sales``: ``--sales`` rows of market-day sales of 1–6 lines (of the base goods, which the
  counter sells too, and the new goods), 8 % with a sale discount, 4 % of lines with a line
  discount, 3 % split WeChat + cash, and 2.5 % of receipts refunded later in the file.

For each file it prints the import's wall time, every write transaction the import process
opened (measured in that process from the moment ``BEGIN IMMEDIATE`` returned, i.e. the lock is
held, to the connection going back to the pool after ``COMMIT``; on PostgreSQL the same span of
the writing transaction), and the counter's sales that started while the import ran: how many,
how many failed (``database is locked`` after SQLite's 15 s busy timeout), median, p95 and max.
The files are written to ``--files`` (default: a temporary folder) and kept with ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.import_files import Goods, charges_csv, hosts_csv, products_csv, recommenders_csv, sales_csv

TIMEZONE = "Asia/Shanghai"
BASE_GOODS = 500
COUNTER = "C9"


# ------------------------------------------------------------------------------------------ counter

COUNTER_CHILD = "counter"


def counter(url: str, goods: list[str], interval: float, out: Path, stop: Path) -> None:
    """The second process: a sale every ``interval`` seconds until ``stop`` exists; one JSON line each."""
    from datetime import UTC, datetime

    from db.engine import make_engine
    from db.uow import SqlUnitOfWork
    from pos.sale import Tender
    from pos.services.checkout import ItemRequest, complete_sale

    engine = make_engine(url)
    rng = random.Random(7)
    with out.open("w", encoding="utf-8") as f:
        next_at = time.perf_counter()
        while not stop.exists():
            codes = rng.sample(goods, rng.randint(1, 3))
            started = time.time()
            t0 = time.perf_counter()
            error = None
            try:
                complete_sale(
                    SqlUnitOfWork(engine),
                    items=[ItemRequest(barcode=c, qty=1) for c in codes],
                    tenders=[Tender("cash", 200_000)],
                    at=datetime.now(UTC),
                    timezone=TIMEZONE,
                    counter_id=COUNTER,
                    cashier="bench",
                )
            except Exception as exc:  # a sale that fails is what is measured, not a reason to stop
                error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
            elapsed = time.perf_counter() - t0
            f.write(json.dumps({"t": started, "ms": elapsed * 1000, "error": error}) + "\n")
            f.flush()
            next_at += interval
            time.sleep(max(0.0, next_at - time.perf_counter()))
            next_at = max(next_at, time.perf_counter())
    engine.dispose()


# ------------------------------------------------------------------------------------------ locks


@dataclass
class LockWatch:
    """Every write transaction of the engine: from BEGIN (IMMEDIATE on SQLite) done to the connection
    checked back in after COMMIT or ROLLBACK, in seconds."""

    held: list[float] = field(default_factory=list)
    _open: dict[int, float] = field(default_factory=dict)

    def attach(self, engine: Any) -> None:
        from sqlalchemy import event

        from db.engine import READ_ONLY

        @event.listens_for(engine, "begin")  # runs after the engine's own listener issued BEGIN
        def _begin(conn: Any) -> None:
            if not conn.get_execution_options().get(READ_ONLY):
                self._open[id(conn.connection.dbapi_connection)] = time.perf_counter()

        @event.listens_for(engine.pool, "checkin")
        def _checkin(dbapi_connection: Any, _record: Any) -> None:
            t0 = self._open.pop(id(dbapi_connection), None)
            if t0 is not None:
                self.held.append(time.perf_counter() - t0)

    def take(self) -> list[float]:
        out, self.held = self.held, []
        return out


# ------------------------------------------------------------------------------------------ running


def _p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def fresh_shop(url: str) -> None:
    from benchmarks.generate import is_sqlite_file
    from db.engine import make_engine
    from db.migrate import upgrade

    path = is_sqlite_file(url)
    if path is not None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    engine = make_engine(url)
    if path is None:  # a database of its own: its schema goes, with the migrations' functions
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    upgrade(engine)
    engine.dispose()


@dataclass
class Result:
    kind: str
    rows: int
    seconds: float
    summary: str
    held: list[float]
    sales: list[dict[str, Any]]
    error: str = ""


def read_sales(out: Path, start: float, end: float) -> list[dict[str, Any]]:
    if not out.exists():
        return []
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if start <= r["t"] <= end]


def run_import(shop: Any, watch: LockWatch, kind: str, path: Path, rows: int) -> tuple[float, str, str]:
    from pos.errors import CoopError
    from ui.cli.imports import import_file

    watch.take()
    t0 = time.perf_counter()
    error = ""
    summary = ""
    try:
        report = import_file(shop, kind=kind, path=path)
        summary = report.summary()[1]
    except CoopError as exc:
        error = exc.en.splitlines()[0] if exc.en else str(exc)
    return time.perf_counter() - t0, summary, error


def report(results: Sequence[Result], url: str) -> str:
    head = "| file | rows | import s | write transactions | longest write s | Σ writes s | sales during | failed | median ms | p95 ms | max ms |"
    rule = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    lines = [f"{url}", head, rule]
    for r in results:
        ok = [s["ms"] for s in r.sales if not s["error"]]
        failed = [s for s in r.sales if s["error"]]
        every = [s["ms"] for s in r.sales]
        lines.append(
            f"| {r.kind} | {r.rows:,} | {r.seconds:.2f} | {len(r.held)} | "
            f"{max(r.held, default=0):.3f} | {sum(r.held):.3f} | {len(r.sales)} | {len(failed)} | "
            f"{statistics.median(ok) if ok else float('nan'):.1f} | {_p95(every) if every else float('nan'):.1f} | "
            f"{max(every, default=float('nan')):.1f} |"
        )
    for r in results:
        lines.append(f"- {r.kind}: {r.error or r.summary}")
        for s in r.sales:
            if s["error"]:
                lines.append(f"  - a sale failed after {s['ms'] / 1000:.1f} s: {s['error']}")
                break
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == COUNTER_CHILD:
        _, url, goods, interval, out, stop = args
        counter(url, json.loads(Path(goods).read_text()), float(interval), Path(out), Path(stop))
        return
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.import_scenarios", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--db", required=True, help="database URL, or a path for an SQLite file (replaced)")
    ap.add_argument("--products", type=int, default=30_000)
    ap.add_argument("--sales", type=int, default=30_000, help="rows of the sales file")
    ap.add_argument("--hosts", type=int, default=50)
    ap.add_argument("--more-hosts", type=int, default=1_000)
    ap.add_argument("--recommenders", type=int, default=20)
    ap.add_argument("--charges", type=int, default=5_000)
    ap.add_argument("--interval", type=float, default=0.1, help="seconds between the counter's sales")
    ap.add_argument("--only", nargs="+", choices=("hosts", "charges", "products", "sales"))
    ap.add_argument("--files", type=Path, help="folder for the generated files (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(args)

    from db.engine import normalise_url
    from ui.wiring.shop import open_shop

    url = normalise_url(a.db)
    rng = random.Random(a.seed)
    folder = a.files or Path(tempfile.mkdtemp(prefix="coop-import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)

    def write(name: str, text: str) -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    t0 = time.perf_counter()
    base = Goods()
    files = {
        "base-hosts": write("base-hosts.csv", hosts_csv(1, a.hosts, rng)),
        "recommenders": write("recommenders.csv", recommenders_csv(a.recommenders, rng)),
        "base-products": write(
            "base-products.csv", products_csv(1, BASE_GOODS, a.hosts, a.recommenders, rng, base, blanks=False)
        ),
        "hosts": write("hosts.csv", hosts_csv(a.hosts + 1, a.more_hosts, rng)),
        "charges": write("charges.csv", charges_csv(a.charges, a.hosts, rng)),
    }
    goods = Goods()
    files["products"] = write(
        "products.csv",
        products_csv(BASE_GOODS + 1, a.products, a.hosts, a.recommenders, rng, goods, blanks=True),
    )
    sellable = base.rows + [g for g in goods.rows if g[0]]
    files["sales"] = write("sales.csv", sales_csv(a.sales, sellable, rng))
    counter_goods = folder / "counter-goods.json"
    counter_goods.write_text(json.dumps([b for b, _ in base.rows]))
    print(f"files written to {folder} in {time.perf_counter() - t0:.1f}s", flush=True)

    fresh_shop(url)
    shop = open_shop(db_url=url)
    watch = LockWatch()
    watch.attach(shop.engine)
    for kind, name in (
        ("hosts", "base-hosts"),
        ("recommenders", "recommenders"),
        ("products", "base-products"),
    ):
        seconds, summary, error = run_import(shop, watch, kind, files[name], 0)
        if error:
            sys.exit(f"base {kind}: {error}")
        print(f"base {kind}: {seconds:.2f}s, {summary}", flush=True)

    sizes = {"hosts": a.more_hosts, "charges": a.charges, "products": a.products, "sales": a.sales}
    out = folder / "counter-sales.jsonl"
    stop = folder / "counter.stop"
    stop.unlink(missing_ok=True)
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.import_scenarios", COUNTER_CHILD, url, str(counter_goods),
         str(a.interval), str(out), str(stop)],
    )  # fmt: skip
    results: list[Result] = []
    try:
        time.sleep(2.0)  # the counter warms up (imports, first sales)
        for kind in a.only or ("hosts", "charges", "products", "sales"):
            print(f"importing {kind} ({sizes[kind]:,} rows) while the counter sells…", flush=True)
            start = time.time()
            seconds, summary, error = run_import(shop, watch, kind, files[kind], sizes[kind])
            held = watch.take()
            time.sleep(max(1.0, 3 * a.interval))  # the sale in flight when the import ended
            end = start + seconds
            results.append(
                Result(kind, sizes[kind], seconds, summary, held, read_sales(out, start, end), error)
            )
            print(
                f"  {seconds:.2f}s, longest write {max(held, default=0):.3f}s: {error or summary}", flush=True
            )
    finally:
        stop.touch()
        try:
            child.wait(timeout=60)
        except subprocess.TimeoutExpired:
            child.kill()
        shop.close()
    print(report(results, shop.label))
    if not a.keep and a.files is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
