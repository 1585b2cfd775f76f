"""Timed scenarios of stock (issue 8), registered in ``SCENARIOS`` on import.

Targets: the stock screen opens in < 1 s on a shop of 100k goods; 2,000 scans in a row at scanner
speed are counted with none lost or doubled (a scan of 13 digits and Enter at 4 ms a key takes a
scanner ~56 ms, so writing one must take less). The count scenarios write to the shop (a count
each, cancelled or approved): run them on a copy.

    cp benchmarks/data/shop.sqlite /tmp/stock-bench.sqlite
    python -m benchmarks.run --db /tmp/stock-bench.sqlite --upgrade --only stock_screen_open \\
        stock_screen_negative stock_json_all count_start_all count_scan_each count_scan_gui_2000 \\
        count_approve_host
"""

from __future__ import annotations

import os
from collections.abc import Callable
from time import perf_counter_ns

from sqlalchemy import func, select

from benchmarks.scenarios import Bench, Timing, scenario
from db.models import HostRow, ProductRow
from db.uow import SqlUnitOfWork
from pos.services.stock import count_stock_levels, host_stock, stock_export, stock_levels
from pos.services.stock_counts import (
    approve_count,
    cancel_count,
    count_status,
    current_count,
    scan,
    start_count,
)
from pos.stock import StockFilter

SCANS = 2000


def _timed(op: Callable[[], object], runs: int, warmup: int = 1) -> list[int]:
    samples = []
    for _ in range(runs + warmup):
        t0 = perf_counter_ns()
        op()
        samples.append(perf_counter_ns() - t0)
    return samples[warmup:]


def _read(b: Bench) -> SqlUnitOfWork:
    return SqlUnitOfWork(b.engine, read_only=True)


def _no_open_count(b: Bench) -> None:
    open_count = current_count(SqlUnitOfWork(b.engine))
    if open_count is not None and open_count.id is not None:
        cancel_count(SqlUnitOfWork(b.engine), count_id=open_count.id, at=b.now())


def _busiest_host(b: Bench) -> tuple[str, list[str]]:
    """The host with the most active goods, and their barcodes."""
    with b.engine.connect() as conn:
        code = conn.execute(
            select(HostRow.code)
            .join(ProductRow, ProductRow.host_id == HostRow.id)
            .where(ProductRow.active)
            .group_by(HostRow.code)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
        codes = list(
            conn.execute(
                select(ProductRow.barcode)
                .join(HostRow, HostRow.id == ProductRow.host_id)
                .where(HostRow.code == code, ProductRow.active)
            ).scalars()
        )
    return str(code), codes


@scenario(
    "stock_screen_open",
    runs=20,
    what="the stock screen as it opens: per-host totals, first 200 goods and the count",
)
def stock_screen_open(b: Bench, runs: int) -> Timing:
    seen: dict[str, int] = {}

    def run() -> None:
        hosts = host_stock(_read(b))
        levels = stock_levels(_read(b), StockFilter(limit=200))
        seen["total"] = count_stock_levels(_read(b), StockFilter())
        seen["hosts"], seen["rows"] = len(hosts), len(levels)

    samples = _timed(run, runs, warmup=2)
    return Timing(samples, f"{seen['hosts']} hosts, {seen['rows']} rows of {seen['total']} goods")


@scenario("stock_screen_negative", runs=20, what="the stock list filtered to negative stock, with its count")
def stock_screen_negative(b: Bench, runs: int) -> Timing:
    seen: dict[str, int] = {}

    def run() -> None:
        query = StockFilter(flag="negative", limit=200)
        seen["rows"] = len(stock_levels(_read(b), query))
        seen["total"] = count_stock_levels(_read(b), query)

    samples = _timed(run, runs, warmup=2)
    return Timing(samples, f"{seen['total']} goods below zero")


@scenario("stock_json_all", runs=5, what="coop-pos stock --json: every product's on hand, sorted by barcode")
def stock_json_all(b: Bench, runs: int) -> Timing:
    seen: dict[str, int] = {}

    def run() -> None:
        seen["rows"] = len(stock_export(_read(b)))

    return Timing(_timed(run, runs), f"{seen['rows']} products")


@scenario(
    "count_start_all",
    runs=5,
    what="start_count of everything (expected quantities of every product), then cancel",
)
def count_start_all(b: Bench, runs: int) -> Timing:
    _no_open_count(b)
    seen: dict[str, int] = {}

    def run() -> None:
        count = start_count(SqlUnitOfWork(b.engine), scope="all", at=b.now())
        assert count.id is not None
        seen["items"] = count_status(_read(b), count_id=count.id, limit=1).products
        cancel_count(SqlUnitOfWork(b.engine), count_id=count.id, at=b.now())

    return Timing(
        _timed(run, runs),
        f"{seen['items']} products in scope (time includes reading its size and cancelling)",
    )


@scenario(
    "count_scan_each",
    runs=SCANS,
    what="pos.services.stock.scan: one scan, its own transaction (the busiest host)",
)
def count_scan_each(b: Bench, runs: int) -> Timing:
    _no_open_count(b)
    host, codes = _busiest_host(b)
    count = start_count(SqlUnitOfWork(b.engine), scope="host", host_code=host, at=b.now())
    assert count.id is not None
    count_id = count.id
    chosen = [b.rng.choice(codes) for _ in range(runs + b.warmup)]

    def one(code: str) -> None:
        scan(SqlUnitOfWork(b.engine), count_id=count_id, code=code, at=b.now())

    samples = b.time_each(one, chosen)
    status = count_status(_read(b), count_id=count_id, limit=1)
    cancel_count(SqlUnitOfWork(b.engine), count_id=count_id, at=b.now())
    if status.scanned_units != len(chosen):
        raise AssertionError(f"{len(chosen)} scans, {status.scanned_units} counted")
    return Timing(samples, f"{host}, {len(codes)} goods: {status.scanned_units} scans, all counted once")


@scenario(
    "count_scan_gui_2000",
    runs=1,
    what="2,000 scans typed into the 盘点 screen as a scanner sends them, until all are written",
)
def count_scan_gui_2000(b: Bench, runs: int) -> Timing:
    """The counting screen on Qt's offscreen platform: each scan is 13 key events and Enter into the
    focused field, as fast as the event loop takes them (faster than a scanner); the time is until
    every scan is written. Checks that the database holds exactly 2,000."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pos.config import Config
    from ui.kit import ops
    from ui.kit.context import AppContext
    from ui.stock.stock_count import CountPanel

    app = QApplication.instance() or QApplication([])
    _no_open_count(b)
    host, codes = _busiest_host(b)
    ctx = AppContext(config=Config(), uow_factory=lambda: SqlUnitOfWork(b.engine), documents=None)  # type: ignore[arg-type]
    samples = []
    notes = []
    for _ in range(runs):
        panel = CountPanel(ctx)
        panel.show()
        ops.wait_idle(60_000)
        app.processEvents()
        count = start_count(SqlUnitOfWork(b.engine), scope="host", host_code=host, at=b.now())
        assert count.id is not None
        panel.load()
        ops.wait_idle(60_000)
        app.processEvents()
        chosen = [b.rng.choice(codes) for _ in range(SCANS)]
        t0 = perf_counter_ns()
        for code in chosen:
            QTest.keyClicks(panel.sheet.scan, code)
            QTest.keyClick(panel.sheet.scan, Qt.Key.Key_Return)
        while panel.writing or panel.pending:
            app.processEvents()
            ops.wait_idle(100)
        samples.append(perf_counter_ns() - t0)
        status = count_status(_read(b), count_id=count.id, limit=1)
        cancel_count(SqlUnitOfWork(b.engine), count_id=count.id, at=b.now())
        panel.deleteLater()
        app.processEvents()
        if status.scanned_units != SCANS or panel.scans_sent != SCANS:
            raise AssertionError(
                f"{SCANS} scans typed, {panel.scans_sent} sent, {status.scanned_units} counted"
            )
        notes.append(f"{status.scanned_units} counted")
    return Timing(samples, f"{host}: {SCANS} scans typed, {', '.join(notes)}; total time for all of them")


@scenario(
    "count_approve_host",
    runs=3,
    what="approve a count of the busiest host (every product scanned once, the rest zero)",
)
def count_approve_host(b: Bench, runs: int) -> Timing:
    """Writes: each run posts count adjustments for the host's goods (on a copy of the shop!)."""
    _no_open_count(b)
    host, codes = _busiest_host(b)
    seen: dict[str, int] = {}
    samples = []
    for _ in range(runs):
        count = start_count(SqlUnitOfWork(b.engine), scope="host", host_code=host, at=b.now())
        assert count.id is not None
        for code in codes[:200]:
            scan(SqlUnitOfWork(b.engine), count_id=count.id, code=code, at=b.now())
        t0 = perf_counter_ns()
        report = approve_count(SqlUnitOfWork(b.engine), count_id=count.id, at=b.now(), timezone=b.timezone)
        samples.append(perf_counter_ns() - t0)
        seen["lines"] = len(report.lines)
        seen.setdefault("adjusted", sum(1 for ln in report.lines if ln.variance))
    return Timing(samples, f"{host}: {seen['lines']} goods, {seen['adjusted']} adjusted in the first run")
