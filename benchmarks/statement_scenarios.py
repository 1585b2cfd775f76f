"""Timed scenarios of the settlement statements (issue 7), registered in ``SCENARIOS`` on import.

Targets: a month of 20k sale lines across 50 hosts gives its JSON in < 2 s and every PDF in < 15 s;
one host's statement of 5,000 lines (~100 pages) in < 3 s. Run them on a shop of that size:

    python -m benchmarks.generate --db benchmarks/data/month20k.sqlite --sale-lines 240000 --days 365
    python -m benchmarks.run --db benchmarks/data/month20k.sqlite --only settle_json_month \\
        statement_pdfs_month settlement_xlsx_month host_statement_5000
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter_ns
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from benchmarks.scenarios import Bench, Timing, last_full_month, scenario
from db.models import HostRow, SaleLineRow, SaleRow
from db.uow import SqlUnitOfWork
from pos.settlement import Period
from pos.statements import ShopInfo, file_name

SHOP = ShopInfo("来!合作社", "上海市长宁区新华路345弄4号楼 新华·社区营造中心")
PAGE = re.compile(rb"/Type /Page\b(?!s)")


def _month(b: Bench) -> Period:
    first = last_full_month(b.engine)
    return Period(first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))


def _bounds(b: Bench, period: Period) -> tuple[datetime, datetime]:
    return period.utc_bounds(b.timezone)


def _lines_in(b: Bench, period: Period) -> int:
    start, end = _bounds(b, period)
    q = (
        select(func.count())
        .select_from(SaleLineRow)
        .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
        .where(SaleRow.at >= start, SaleRow.at < end)
    )
    with b.engine.connect() as conn:
        return int(conn.execute(q).scalar_one())


def _timed(op: Callable[[], object], runs: int, warmup: int = 1) -> list[int]:
    """Like ``Bench.time_each`` with fewer warm-up runs: these operations take seconds."""
    samples = []
    for _ in range(runs + warmup):
        t0 = perf_counter_ns()
        op()
        samples.append(perf_counter_ns() - t0)
    return samples[warmup:]


def _uow(b: Bench) -> SqlUnitOfWork:
    return SqlUnitOfWork(b.engine, read_only=True)


@scenario("settle_json_month", runs=10, what="settle --json of the last full month: settlement_report + json")
def settle_json_month(b: Bench, runs: int) -> Timing:
    from pos.services.settlement import settlement_report

    period = _month(b)
    seen: dict[str, int] = {}

    def run() -> None:
        document, _ = settlement_report(_uow(b), period=period, timezone=b.timezone)
        seen["bytes"] = len(json.dumps(document, ensure_ascii=False, indent=1))
        seen["hosts"] = len(document["hosts"])  # type: ignore[arg-type]

    samples = _timed(run, runs, warmup=2)
    return Timing(samples, f"{period.start:%Y-%m}: {_lines_in(b, period):,} lines, {seen['hosts']} hosts")


@scenario(
    "statement_pdfs_month",
    runs=3,
    what="settle --pdf of the last full month: statements read, every PDF rendered and written",
)
def statement_pdfs_month(b: Bench, runs: int) -> Timing:
    from pos.services.statements import statement_set
    from receipts.statements import coop_summary_pdf, host_statement_pdf, recommender_statement_pdf

    period = _month(b)
    seen: dict[str, int] = {}

    def run() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            st = statement_set(_uow(b), period=period, timezone=b.timezone, shop=SHOP)
            docs = [(st.summary.number, coop_summary_pdf(st.summary))]
            docs += [(h.number, host_statement_pdf(h)) for h in st.hosts]
            docs += [(r.number, recommender_statement_pdf(r)) for r in st.recommenders]
            for number, pdf in docs:
                (Path(tmp) / file_name(number)).write_bytes(pdf)
            seen["files"], seen["pages"] = len(docs), sum(len(PAGE.findall(pdf)) for _, pdf in docs)
            seen["hosts"], seen["recs"] = len(st.hosts), len(st.recommenders)

    samples = _timed(run, runs)
    return Timing(
        samples,
        f"{period.start:%Y-%m}: {_lines_in(b, period):,} lines, {seen['hosts']} hosts, {seen['recs']} "
        f"recommenders: {seen['files']} PDFs, {seen['pages']:,} pages",
    )


@scenario("settlement_xlsx_month", runs=3, what="settle --xlsx of the last full month (every line, openpyxl)")
def settlement_xlsx_month(b: Bench, runs: int) -> Timing:
    from pos.services.statements import statement_set
    from receipts.settlement_xlsx import settlement_xlsx

    period = _month(b)
    seen: dict[str, int] = {}

    def run() -> None:
        st = statement_set(_uow(b), period=period, timezone=b.timezone, shop=SHOP)
        seen["bytes"] = len(settlement_xlsx(st))

    samples = _timed(run, runs)
    return Timing(
        samples, f"{period.start:%Y-%m}: {_lines_in(b, period):,} lines, {seen['bytes'] / 1e6:.1f} MB"
    )


def _long_host(b: Bench, want: int) -> tuple[str, Period, int]:
    """The busiest host of the last full month, and the period ending with that month in which it
    has at least ``want`` lines (whole days back from the month's end), and how many it has."""
    month = _month(b)
    start, end = _bounds(b, month)
    busiest = (
        select(SaleLineRow.host_id, func.count().label("n"))
        .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
        .where(SaleRow.at >= start, SaleRow.at < end)
        .group_by(SaleLineRow.host_id)
        .order_by(func.count().desc(), SaleLineRow.host_id)
        .limit(1)
    )
    zone = ZoneInfo(b.timezone)
    with b.engine.connect() as conn:
        host_id = conn.execute(busiest).first()[0]  # type: ignore[index]
        code = conn.execute(select(HostRow.code).where(HostRow.id == host_id)).scalar_one()
        since = datetime.combine(month.end - timedelta(days=365), time(0), tzinfo=zone).astimezone(UTC)
        per_day = conn.execute(
            select(SaleRow.business_day, func.count())
            .join(SaleLineRow, SaleRow.id == SaleLineRow.sale_id)
            .where(SaleLineRow.host_id == host_id, SaleRow.at >= since, SaleRow.at < end)
            .group_by(SaleRow.business_day)
        ).all()
    counts: dict[date, int] = {d: int(n) for d, n in per_day}
    total, day = 0, month.end
    while total < want and (month.end - day).days < 365:
        total += counts.get(day, 0)
        day -= timedelta(days=1)
    return str(code), Period(day + timedelta(days=1), month.end), total


@scenario(
    "host_statement_5000", runs=5, what="one host's statement PDF of ~5,000 lines: read, checked, rendered"
)
def host_statement_5000(b: Bench, runs: int) -> Timing:
    from pos.services.statements import host_statement_of
    from receipts.statements import host_statement_pdf

    code, period, _ = _long_host(b, 5000)
    seen: dict[str, int] = {}

    def run() -> None:
        s = host_statement_of(_uow(b), period=period, timezone=b.timezone, shop=SHOP, host_code=code)
        pdf = host_statement_pdf(s)
        seen["pages"], seen["lines"], seen["groups"] = len(PAGE.findall(pdf)), s.totals.lines, len(s.groups)

    samples = _timed(run, runs)
    return Timing(
        samples,
        f"host {code}, {period}: {seen['lines']:,} lines of {seen['groups']:,} products, {seen['pages']} pages",
    )
