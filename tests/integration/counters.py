"""Counters in processes of their own, for the concurrency suite (tests/integration/test_concurrency.py).

Each function here runs in a child process (``spawn``): it opens its own engine on the shop's URL,
waits at the barrier with the others so they all start at the same moment, does its part through
the services exactly as a counter or a script would, and puts what happened on the queue as plain
tuples: ``(worker, what, outcome, detail, seconds)``. Nothing is shared but the database.
"""

from __future__ import annotations

import random
import time
import traceback
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.errors import CoopError
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.settlement import close_period
from pos.services.users import login
from pos.settlement import Period
from pos.users import Actor, system_actor

TZ = "Asia/Shanghai"


def _run(
    worker: str, queue: Any, barrier: Any, body: Callable[[Callable[[str, str, str, float], None]], None]
) -> None:
    def put(what: str, outcome: str, detail: str, seconds: float) -> None:
        queue.put((worker, what, outcome, detail, seconds))

    try:
        barrier.wait(timeout=60)
        body(put)
    except Exception:  # a crash is an outcome the test must see, not a silent child
        put("crash", "crash", traceback.format_exc(), 0.0)
    finally:
        queue.put((worker, "done", "", "", 0.0))


def _timed(put: Callable[[str, str, str, float], None], what: str, call: Callable[[], Any]) -> Any:
    t0 = time.perf_counter()
    try:
        result = call()
    except CoopError as exc:
        put(what, "refused", f"{type(exc).__name__}: {exc.en}", time.perf_counter() - t0)
        return None
    put(
        what,
        "ok",
        str(getattr(result, "receipt_no", getattr(result, "number", ""))),
        time.perf_counter() - t0,
    )
    return result


def sell(
    worker: str,
    url: str,
    queue: Any,
    barrier: Any,
    *,
    counter_id: str,
    barcodes: list[str],
    sales: int,
    at_iso: str | None = None,
    seed: int = 0,
) -> None:
    """``sales`` sales of 2–4 of ``barcodes`` each, in a random order, paid exactly in cash."""
    engine = make_engine(url)
    rng = random.Random(seed)
    actor = system_actor(f"counter {counter_id}")

    def body(put: Callable[[str, str, str, float], None]) -> None:
        for _ in range(sales):
            picked = rng.sample(barcodes, rng.randint(2, min(4, len(barcodes))))
            items = [ItemRequest(code, rng.randint(1, 3)) for code in picked]
            at = datetime.fromisoformat(at_iso) if at_iso else datetime.now(UTC)
            _timed(
                put,
                "sale",
                lambda items=items, at=at: complete_sale(
                    SqlUnitOfWork(engine, actor=actor),
                    items=items,
                    tenders=[Tender("cash", 10**7)],
                    at=at,
                    timezone=TZ,
                    counter_id=counter_id,
                ),
            )

    _run(worker, queue, barrier, body)
    engine.dispose()


def refund(
    worker: str,
    url: str,
    queue: Any,
    barrier: Any,
    *,
    receipt: str,
    line_no: int,
    units: int,
    pay_back_fen: int,
) -> None:
    engine = make_engine(url)

    def body(put: Callable[[str, str, str, float], None]) -> None:
        _timed(
            put,
            "refund",
            lambda: refund_sale(
                SqlUnitOfWork(engine, actor=system_actor(worker)),
                original_receipt=receipt,
                requests=[RefundRequest(line_no, units)],
                payouts=[Tender("cash", pay_back_fen)],
                at=datetime.now(UTC),
                timezone=TZ,
                counter_id=worker,
            ),
        )

    _run(worker, queue, barrier, body)
    engine.dispose()


def close(worker: str, url: str, queue: Any, barrier: Any, *, start: str, end: str, delay_s: float) -> None:
    engine = make_engine(url)

    def body(put: Callable[[str, str, str, float], None]) -> None:
        time.sleep(delay_s)  # let the counters get going first
        _timed(
            put,
            "close",
            lambda: close_period(
                SqlUnitOfWork(engine, actor=system_actor(worker)),
                period=Period(date.fromisoformat(start), date.fromisoformat(end)),
                timezone=TZ,
                closed_by=worker,
                now=datetime.now(UTC),
            ),
        )

    _run(worker, queue, barrier, body)
    engine.dispose()


def wrong_pins(worker: str, url: str, queue: Any, barrier: Any, *, code: str, tries: int) -> None:
    engine = make_engine(url)

    def body(put: Callable[[str, str, str, float], None]) -> None:
        for _ in range(tries):
            _timed(
                put,
                "login",
                lambda: login(
                    SqlUnitOfWork(engine, actor=Actor(user_id=0, code="door", name="door", role="cashier")),
                    code=code,
                    pin="0000",
                    now=datetime.now(UTC),
                ),
            )

    _run(worker, queue, barrier, body)
    engine.dispose()


def return_goods(worker: str, url: str, queue: Any, barrier: Any, *, barcode: str, qty: int) -> None:
    """Staff sending ``qty`` of one product back to its host (退货给主理人)."""
    from pos.services.stock import return_to_host

    engine = make_engine(url)

    def body(put: Callable[[str, str, str, float], None]) -> None:
        _timed(
            put,
            "return",
            lambda: return_to_host(
                SqlUnitOfWork(engine, actor=system_actor(worker)),
                lines=[(barcode, qty)],
                at=datetime.now(UTC),
            ),
        )

    _run(worker, queue, barrier, body)
    engine.dispose()


def claim(worker: str, url: str, queue: Any, barrier: Any, *, counter_id: str) -> None:
    """An app starting on ``counter_id`` (its lease)."""
    from pos.services.counters import claim_counter

    engine = make_engine(url)

    def body(put: Callable[[str, str, str, float], None]) -> None:
        _timed(
            put,
            "claim",
            lambda: claim_counter(
                SqlUnitOfWork(engine),
                counter_id=counter_id,
                holder=worker,
                machine=f"电脑 {worker}",
                now=datetime.now(UTC),
            ),
        )

    _run(worker, queue, barrier, body)
    engine.dispose()
