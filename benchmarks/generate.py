"""Generate a shop of any size for the benchmarks.

    python -m benchmarks.generate --db benchmarks/data/shop.sqlite [--products 100000]
        [--sale-lines 1000000] [--hosts 50] [--recommenders 20] [--days 365] [--seed 1]
        [--end 2026-11-30] [--force] [--no-verify]

The schema comes from ``db.migrate.upgrade``; the rows (made by :mod:`benchmarks.shopdata`, every
split by ``pos.money``) are written with SQLAlchemy Core ``insert()`` executemany in batches, not
through the services, which would take hours for a million lines. On SQLite the file is written
with ``journal_mode=OFF, synchronous=OFF`` (a crash half-way leaves a broken file: generate again)
and put back in WAL mode at the end, as the app keeps it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, Table, event, insert, inspect, text
from sqlalchemy.engine import make_url

from benchmarks.shopdata import Catalog, Params, Row, make_catalog
from benchmarks.trading import Trading
from db.engine import describe_url, make_engine, normalise_url
from db.migrate import schema_state, upgrade
from db.models import Base
from pos.services.catalog import INSTORE_SEQUENCE

BATCH = 10_000
# parents before children, so foreign keys hold at every flush
ORDER = (
    "tags", "hosts", "recommenders", "products", "product_tags", "sales", "sale_lines", "payments",
    "stock_movements", "receipt_counters", "charges", "sequences",
)  # fmt: skip
ID_TABLES = tuple(name for name in ORDER if "id" in Base.metadata.tables[name].c)  # serial ids on PostgreSQL


class Writer:
    """Buffers rows per table and writes them with executemany, parents first, one transaction per
    flush of about ``3 × BATCH`` rows. (A writer thread was tried: with the GIL it saved nothing.)"""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.buffers: dict[str, list[Row]] = {name: [] for name in ORDER}
        self.counts: dict[str, int] = dict.fromkeys(ORDER, 0)
        self.tables: dict[str, Table] = {name: Base.metadata.tables[name] for name in ORDER}
        self.pending = 0

    def emit(self, table: str, row: Row) -> None:
        self.buffers[table].append(row)
        self.pending += 1
        if self.pending >= BATCH * 3:
            self.flush()

    def flush(self) -> None:
        with self.engine.begin() as conn:
            for name in ORDER:
                rows = self.buffers[name]
                for i in range(0, len(rows), BATCH):
                    conn.execute(insert(self.tables[name]), rows[i : i + BATCH])
                self.counts[name] += len(rows)
                rows.clear()
        self.pending = 0


def derived_columns(emit: Callable[[str, Row], None]) -> Callable[[str, Row], None]:
    """Fill the columns the app derives from others when it stores a row, where the schema has them
    (today: a product's ``search_key``, made by ``db.pinyin.search_key`` as the catalog does)."""
    if "search_key" not in Base.metadata.tables["products"].c:
        return emit
    try:
        from db.pinyin import search_key
    except ImportError:
        return emit

    def fill(table: str, row: Row) -> None:
        if table == "products":
            row["search_key"] = search_key(row["name"], row["barcode"])
        emit(table, row)

    return fill


def is_sqlite_file(url: str) -> Path | None:
    u = make_url(normalise_url(url))
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        return Path(u.database)
    return None


def prepare(url: str, *, force: bool) -> None:
    """An empty database with the current schema; an existing shop only with ``force`` (it is wiped)."""
    path = is_sqlite_file(url)
    engine = make_engine(url)
    try:
        state = schema_state(engine)
    finally:
        engine.dispose()
    if state.state != "empty":
        if not force:
            sys.exit(f"{describe_url(url)} is not empty ({state.state}); pass --force to wipe it")
        if path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        else:
            engine = make_engine(url)
            meta = MetaData()
            meta.reflect(engine)
            meta.drop_all(engine)
            engine.dispose()


def bulk_engine(url: str) -> Engine:
    """The app's engine, plus (SQLite) no journal and no fsync while the file is being filled."""
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _fast(dbapi_connection: Any, _record: Any) -> None:
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA journal_mode = OFF")
            cur.execute("PRAGMA synchronous = OFF")
            cur.execute("PRAGMA cache_size = -262144")  # 256 MiB
            cur.close()

    return engine


def drop_plain_indexes(engine: Engine) -> list[tuple[str, dict[str, Any]]]:
    """Drop the non-unique indexes the migrations made (3x faster loading on SQLite); returns them
    as the database described them, for :func:`restore_indexes`. Unique ones stay: they check the data."""
    dropped = []
    with engine.begin() as conn:
        insp = inspect(conn)
        for table in ORDER:
            for ix in insp.get_indexes(table):
                if not ix["unique"] and ix["name"] and not ix.get("duplicates_constraint"):
                    conn.execute(text(f"DROP INDEX {ix['name']}"))
                    dropped.append((table, dict(ix)))
    return dropped


def restore_indexes(engine: Engine, dropped: list[tuple[str, dict[str, Any]]]) -> None:
    with engine.begin() as conn:
        for table, ix in dropped:
            cols = ", ".join(ix["column_names"])
            conn.execute(text(f"CREATE INDEX {ix['name']} ON {table} ({cols})"))


def finish(url: str) -> None:
    """Back to the app's settings (WAL on SQLite); ids continue after ours on PostgreSQL; statistics."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                for name in ID_TABLES:
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), coalesce(max(id), 0) + 1, false) FROM {name}"
                        )
                    )
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ANALYZE"))
        else:
            with engine.connect() as conn:  # the connect hook has set journal_mode back to WAL
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
                assert mode == "wal", mode
    finally:
        engine.dispose()


def database_bytes(url: str) -> int:
    if path := is_sqlite_file(url):
        return sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists())
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
            return 0
    finally:
        engine.dispose()


CHECKS = {
    "sale total = Σ line net": """
        SELECT count(*) FROM sales s JOIN (SELECT sale_id, sum(net_fen) AS n FROM sale_lines GROUP BY sale_id) l
        ON l.sale_id = s.id WHERE l.n <> s.total_fen""",
    "Σ payments = sale total": """
        SELECT count(*) FROM sales s JOIN (SELECT sale_id, sum(amount_fen) AS p FROM payments GROUP BY sale_id) p
        ON p.sale_id = s.id WHERE p.p <> s.total_fen""",
    "Σ discount shares = sale discount": """
        SELECT count(*) FROM sales s JOIN (SELECT sale_id, sum(sale_discount_fen) AS d FROM sale_lines GROUP BY sale_id) l
        ON l.sale_id = s.id WHERE l.d <> s.sale_discount_fen""",
    "sales without lines or payments": """
        SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)
        OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.sale_id = s.id)""",
    "receipt numbers gap-free per counter and day": """
        SELECT count(*) FROM (SELECT counter_id, business_day FROM sales GROUP BY counter_id, business_day
        HAVING min(seq) <> 1 OR max(seq) <> count(*)) g""",
    "receipt_counters = last number taken": """
        SELECT count(*) FROM receipt_counters c LEFT JOIN (SELECT counter_id, business_day, max(seq) AS m FROM sales
        GROUP BY counter_id, business_day) s ON s.counter_id = c.counter_id AND s.business_day = c.business_day
        WHERE s.m IS NULL OR s.m <> c.last_seq""",
    "refunds within what was sold": """
        SELECT count(*) FROM (SELECT o.id FROM sale_lines o JOIN sale_lines r ON r.refund_of_line = o.id
        GROUP BY o.id, o.qty HAVING sum(-r.qty) > o.qty) x""",
    "refunding every unit gives back the line exactly": """
        SELECT count(*) FROM (SELECT o.id FROM sale_lines o JOIN sale_lines r ON r.refund_of_line = o.id
        GROUP BY o.id, o.qty, o.net_fen, o.coop_fen, o.rec_fen HAVING sum(-r.qty) = o.qty
        AND (sum(r.net_fen) <> -o.net_fen OR sum(r.coop_fen) <> -o.coop_fen OR sum(r.rec_fen) <> -o.rec_fen)) x""",
    "refund lines point into the refunded sale": """
        SELECT count(*) FROM sale_lines r JOIN sales rs ON rs.id = r.sale_id JOIN sale_lines o ON o.id = r.refund_of_line
        WHERE rs.refund_of IS NULL OR rs.refund_of <> o.sale_id OR rs.kind <> 'refund'""",
}


def verify(engine: Engine) -> list[str]:
    """The invariants of docs/domain.md over the whole database; each check names what failed."""
    problems = []
    with engine.connect() as conn:
        for label, sql in CHECKS.items():
            bad = conn.exec_driver_sql(sql).scalar()
            if bad:
                problems.append(f"{label}: {bad} rows break it")
    return problems


def generate(url: str, p: Params, *, force: bool = False, check: bool = True) -> dict[str, int]:
    started = time.perf_counter()

    def say(msg: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f}s] {msg}", flush=True)

    prepare(url, force=force)
    engine = bulk_engine(url)
    upgrade(engine)
    dropped = drop_plain_indexes(engine)
    say(
        f"schema created in {describe_url(url)}; {len(dropped)} plain indexes held back until the rows are in"
    )
    writer = Writer(engine)
    try:
        rng = random.Random(p.seed)
        cat: Catalog
        cat, instore = make_catalog(p, rng, derived_columns(writer.emit))
        if instore:
            writer.emit("sequences", {"name": INSTORE_SEQUENCE, "value": instore})
        say(
            f"{p.hosts} hosts, {p.recommenders} recommenders, {cat.size:,} products ({instore:,} in-store codes)"
        )
        step = max(p.sale_lines // 20, 1)
        mark = [step]

        def progress(lines: int, day: date) -> None:
            if lines >= mark[0] or lines == p.sale_lines:
                mark[0] += step
                say(f"{day}  {lines:,}/{p.sale_lines:,} sale lines ({100 * lines // max(p.sale_lines, 1)} %)")

        trading = Trading(p, rng, cat, writer.emit)
        trading.run(progress)
        writer.flush()
        say(f"rows written; creating {len(dropped)} indexes")
        restore_indexes(engine, dropped)
    finally:
        engine.dispose()
    finish(url)
    generated = time.perf_counter() - started
    counts = dict(writer.counts)
    say(
        f"done in {generated:.1f}s: {trading.sales_written:,} sales, {trading.refunds_written:,} refunds, "
        + ", ".join(f"{n:,} {t}" for t, n in counts.items())
    )
    say(f"database size {database_bytes(url) / 2**20:,.0f} MiB")
    if check:
        engine = make_engine(url)
        try:
            t0 = time.perf_counter()
            problems = verify(engine)
        finally:
            engine.dispose()
        say(
            f"checked {len(CHECKS)} invariants in {time.perf_counter() - t0:.1f}s: "
            + ("; ".join(problems) or "all hold")
        )
        if problems:
            sys.exit(1)
    counts["seconds"] = round(generated)
    return counts


def main(argv: Sequence[str] | None = None) -> None:
    d = Params()
    ap = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="database URL, or a path for an SQLite file")
    ap.add_argument("--products", type=int, default=d.products)
    ap.add_argument("--sale-lines", type=int, default=d.sale_lines, help="sale and refund lines in all")
    ap.add_argument("--hosts", type=int, default=d.hosts)
    ap.add_argument("--recommenders", type=int, default=d.recommenders)
    ap.add_argument("--days", type=int, default=d.days, help="days of trading, ending on --end")
    ap.add_argument("--end", type=date.fromisoformat, default=d.end, help="last business day (YYYY-MM-DD)")
    ap.add_argument("--seed", type=int, default=d.seed)
    ap.add_argument("--force", action="store_true", help="wipe a database that is not empty")
    ap.add_argument("--no-verify", action="store_true", help="skip the invariant checks at the end")
    a = ap.parse_args(argv)
    if min(a.products, a.hosts, a.days) < 1 or a.sale_lines < 0 or a.recommenders < 0:
        ap.error("--products, --hosts and --days must be at least 1")
    p = Params(
        products=a.products, sale_lines=a.sale_lines, hosts=a.hosts, recommenders=a.recommenders,
        days=a.days, seed=a.seed, end=a.end,
    )  # fmt: skip
    generate(a.db, p, force=a.force, check=not a.no_verify)


if __name__ == "__main__":
    main()
