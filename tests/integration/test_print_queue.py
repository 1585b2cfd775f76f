"""The counter keeps selling while the printer is off, refusing or stuck, and every receipt comes
out once it is back: jobs in the database (SQLite and PostgreSQL), a real loopback printer.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.migrate import upgrade
from db.print_jobs import SqlPrintJobStore
from db.uow import SqlUnitOfWork
from pos.print_ops import PrintDoc, TextOp
from pos.receipt import ReceiptSettings
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.receipts import receipt_copy
from pos.services.steps.catalog import add_host, add_product
from receipts.escpos_bytes import Profile
from receipts.print_queue import PrintQueue, PrintStatus
from receipts.printers import TcpPrinter
from tests.integration.printer_sim import Listener, closed_port, read_escpos, wait_until

TZ = "Asia/Shanghai"
AT = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
SOAP = "6968344978697"
SETTINGS = ReceiptSettings(shop_name="来!合作社", shop_address="新华路345弄", timezone=TZ, paper_mm=58)


@pytest.fixture
def engine(empty_db_url: str) -> Engine:
    """A shop where H01 sells 手工皂 at ¥25.00."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    with SqlUnitOfWork(engine) as uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        uow.commit()
    return engine


class Counter:
    """The counter: sells for cash and queues the receipt, as the GUI will."""

    def __init__(self, engine: Engine, port: int, **queue_args: object) -> None:
        self.engine = engine
        self.events: list[tuple[str, bool | None, PrintStatus]] = []
        write_timeout = float(queue_args.pop("write_timeout", 1.0))  # type: ignore[arg-type]
        self.queue = PrintQueue(
            store=SqlPrintJobStore(engine),
            printer=TcpPrinter("127.0.0.1", port, connect_timeout=0.5, write_timeout=write_timeout),
            counter_id="C1",
            backoff=(0.05, 0.1, 0.2),
            **queue_args,  # type: ignore[arg-type]
        )
        self.queue.add_listener(lambda state, ok, status: self.events.append((state, ok, status)))
        self.queue.start()

    def sell(self, qty: int = 1) -> tuple[str, float]:
        """A cash sale and its receipt; returns the receipt number and how long queueing took."""
        uow = SqlUnitOfWork(self.engine)
        sale = complete_sale(
            uow, items=[ItemRequest(SOAP, qty)], tenders=[Tender("cash", 2500 * qty)], at=AT, timezone=TZ,
            counter_id="C1",
        )  # fmt: skip
        started = time.monotonic()
        copy = receipt_copy(uow, receipt_no=sale.receipt_no, settings=SETTINGS, now=AT, at_counter=True)
        self.queue.enqueue(copy.doc, kind="sale", receipt_no=sale.receipt_no)
        return sale.receipt_no, time.monotonic() - started

    def states(self) -> list[str]:
        return [s for s, _, _ in self.events]


@pytest.fixture
def counters() -> Iterator[Callable[..., Counter]]:
    made: list[Counter] = []

    def make(engine: Engine, port: int, **kw: object) -> Counter:
        made.append(Counter(engine, port, **kw))
        return made[-1]

    yield make
    for c in made:
        c.queue.stop()


def jobs(engine: Engine) -> list[tuple[str, str, int]]:
    store = SqlPrintJobStore(engine)
    out = []
    for i in range(1, 50):
        job = store.get(i)
        if job is None:
            break
        out.append((job.receipt_no, job.state, job.tries))
    return out


def assert_printed_once(listener: Listener, receipt_nos: list[str]) -> None:
    listener.wait_jobs(len(receipt_nos))
    time.sleep(0.3)  # nothing more arrives
    assert [read_escpos(d).barcodes for d in listener.jobs] == [[n] for n in receipt_nos]


def test_the_printer_is_off_the_sale_goes_on_and_the_receipt_prints_when_it_is_back(
    engine: Engine, counters: Callable[..., Counter]
) -> None:
    port = closed_port()
    counter = counters(engine, port)
    receipt_no, took = counter.sell()
    assert took < 0.5  # queued, not printed: the counter never waits for the printer
    assert wait_until(lambda: counter.queue.status.state == "offline")
    status = counter.queue.status
    assert (status.ok, status.pending, str(status)) == (False, 1, "打印机：离线，1 张待打印")
    assert status.error is not None and status.error.reason == "refused" and "拒绝连接" in status.reason()
    assert status.text("en") == "Printer: offline, 1 waiting"
    second, took = counter.sell(2)  # the cashier keeps selling
    assert took < 0.5 and counter.queue.status.pending == 2
    [(_, state, tries), _] = jobs(engine)
    assert state in ("queued", "printing") and tries >= 1

    printer = Listener(port=port)  # switched back on
    try:
        assert counter.queue.wait_idle(10)
        assert_printed_once(printer, [receipt_no, second])
    finally:
        printer.close()
    assert [(n, s) for n, s, _ in jobs(engine)] == [(receipt_no, "done"), (second, "done")]
    assert counter.queue.status == PrintStatus("idle", True, 0, f"127.0.0.1:{port}")
    assert counter.states()[-1] == "idle" and "offline" in counter.states()
    assert counter.events[-1][2].text() == "打印机：就绪"


def test_a_printer_that_refuses_the_job_keeps_it_for_later(
    engine: Engine, counters: Callable[..., Counter]
) -> None:
    refusing = Listener("refuse")
    port = refusing.port
    counter = counters(engine, port)
    try:
        receipt_no, took = counter.sell()
        assert took < 0.5
        assert wait_until(lambda: counter.queue.status.state == "offline")
        assert wait_until(lambda: jobs(engine)[0][2] >= 2)  # tried again, still refused
    finally:
        refusing.close()
    assert jobs(engine)[0][1] in ("queued", "printing")
    printer = Listener(port=port)
    try:
        assert counter.queue.wait_idle(10)
        assert_printed_once(printer, [receipt_no])
    finally:
        printer.close()
    assert jobs(engine)[0][1] == "done"


def test_a_printer_that_stalls_mid_job_gets_the_whole_job_again(
    engine: Engine, counters: Callable[..., Counter]
) -> None:
    """Out of paper: it takes a few hundred bytes and stops reading. The receipt (as images, a
    printer without Chinese fonts: some 28 kB) is sent again whole once it reads again."""
    stalled = Listener("stall", stall_after=300)
    port = stalled.port
    counter = counters(engine, port, write_timeout=0.5, profile=Profile(render="raster"))
    try:
        receipt_no, took = counter.sell()
        assert took < 0.5
        assert wait_until(lambda: counter.queue.status.state == "offline", timeout=5)
        error = counter.queue.status.error
        assert error is not None and error.reason == "stalled" and "缺纸" in error.zh
        assert stalled.partial and len(stalled.partial[0]) == 300
    finally:
        stalled.close()
    printer = Listener(port=port)
    try:
        assert counter.queue.wait_idle(10)
        assert_printed_once(printer, [receipt_no])
        assert len(printer.jobs[0]) > 20_000
    finally:
        printer.close()
    assert jobs(engine)[0][1] == "done"


def test_jobs_left_when_the_program_stopped_print_at_the_next_start(
    engine: Engine, counters: Callable[..., Counter]
) -> None:
    port = closed_port()
    before = counters(engine, port)
    first, _ = before.sell()
    second, _ = before.sell()
    assert wait_until(lambda: before.queue.status.state == "offline")
    before.queue.stop()

    printer = Listener(port=port)
    try:
        after = counters(engine, port)  # the next morning
        assert after.queue.wait_idle(10)
        assert_printed_once(printer, [first, second])
    finally:
        printer.close()
    assert [s for _, s, _ in jobs(engine)] == ["done", "done"]


def test_many_receipts_print_in_order_each_once(engine: Engine, counters: Callable[..., Counter]) -> None:
    printer = Listener()
    try:
        counter = counters(engine, printer.port)
        sold = [counter.sell()[0] for _ in range(5)]
        assert counter.queue.wait_idle(10)
        assert_printed_once(printer, sold)
    finally:
        printer.close()
    assert [s for _, s, _ in jobs(engine)] == ["done"] * 5 and all(t == 1 for _, _, t in jobs(engine))


def test_a_receipt_that_waited_for_the_printer_does_not_pop_the_drawer(
    engine: Engine, counters: Callable[..., Counter]
) -> None:
    clock = [AT]
    port = closed_port()
    counter = counters(engine, port, drawer_fresh=60.0, clock=lambda: clock[0])
    counter.sell()
    assert wait_until(lambda: counter.queue.status.state == "offline")
    clock[0] = AT + timedelta(minutes=5)  # the cashier opened the drawer with the key long ago
    printer = Listener(port=port)
    try:
        assert counter.queue.wait_idle(10)
        [data] = printer.wait_jobs(1)
    finally:
        printer.close()
    assert read_escpos(data).drawer_kicks == []


def test_a_job_that_can_never_print_does_not_hold_up_the_others(
    engine: Engine, counters: Callable[..., Counter]
) -> None:
    store = SqlPrintJobStore(engine)
    bad = store.add(replace(_job(), payload='{"v": 99}'))  # written by a newer program, say
    printer = Listener()
    try:
        counter = counters(engine, printer.port)
        receipt_no, _ = counter.sell()
        assert counter.queue.wait_idle(10)
        assert_printed_once(printer, [receipt_no])
    finally:
        printer.close()
    assert bad.id is not None
    failed = store.get(bad.id)
    assert failed is not None and failed.state == "failed" and "stored receipt" in failed.last_error


def _job():  # type: ignore[no-untyped-def]
    from pos.print_jobs import PrintJob
    from pos.print_ops import to_json

    return PrintJob(
        counter_id="C1", kind="test", payload=to_json(PrintDoc(58, (TextOp("x"),))), created_at=AT
    )


def test_printing_to_nobody_queues_nothing(engine: Engine, tmp_path: Path) -> None:
    queue = PrintQueue(store=SqlPrintJobStore(engine), printer=None, counter_id="C1").start()
    assert queue.enqueue(PrintDoc(58, (TextOp("x"),)), kind="test") is None
    assert str(queue.status) == "打印机：未设置" and queue.status.ok is None
