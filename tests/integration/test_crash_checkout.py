"""A counter killed at any moment (SIGKILL: no clean-up at all) loses nothing and counts nothing twice.

A child process rings up carts and pays for them in a loop; the test kills it at a random moment,
reopens the shop and checks the books, again and again on one database.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.services import carts
from pos.services.shifts import open_shift
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.users import add_user
from pos.services.users import create_first_admin, login
from pos.shifts import DenominationCount

pytestmark = pytest.mark.slow
ROUNDS = int(os.environ.get("COOP_POS_CRASH_ROUNDS", "25"))
CODES = ["6968344978697", "6925199619830", "6903062027869"]

COUNTER = r"""
import random, sys
from datetime import UTC, datetime
from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.errors import CoopError
from pos.sale import Tender
from pos.services import carts
from pos.services.users import login

url, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
engine = make_engine(url)
actor = login(SqlUnitOfWork(engine), code="C01", pin="1111", now=datetime.now(UTC))
uow = SqlUnitOfWork(engine, actor=actor)
codes = ["6968344978697", "6925199619830", "6903062027869"]
print("ready", flush=True)
while True:
    now = datetime.now(UTC)
    roll = rng.random()
    try:
        if roll < 0.6:
            carts.scan(uow, counter_id="C1", code=rng.choice(codes), at=now, qty=rng.randint(1, 3))
        elif roll < 0.7:
            carts.set_sale_discount(uow, counter_id="C1", discount_fen=rng.randint(0, 50), at=now)
        elif roll < 0.75:
            carts.suspend(uow, counter_id="C1", label="", at=now)
        else:
            cart = carts.current_cart(uow, counter_id="C1", at=now)
            due = cart.subtotal_fen - cart.sale_discount_fen
            carts.checkout(uow, counter_id="C1", tenders=[Tender("cash", due + 10000)], at=now,
                           timezone="Asia/Shanghai")
    except CoopError:
        pass
"""


def books(db: Path) -> dict[str, int]:
    """Check what must hold whatever moment the counter died; return some counts."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sales = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
        unbalanced = conn.execute(
            "SELECT s.receipt_no FROM sales s WHERE s.total_fen != (SELECT sum(net_fen) FROM sale_lines l "
            "WHERE l.sale_id = s.id) OR s.total_fen != (SELECT coalesce(sum(amount_fen), 0) FROM payments p "
            "WHERE p.sale_id = s.id)"
        ).fetchall()
        assert unbalanced == []
        # every sale came from exactly one completed cart, and every completed cart has its sale
        completed = conn.execute(
            "SELECT count(*), count(DISTINCT sale_id) FROM carts WHERE status='completed'"
        ).fetchone()
        assert completed == (sales, sales)
        assert (
            conn.execute(
                "SELECT count(*) FROM carts WHERE status='completed' AND sale_id IS NULL"
            ).fetchone()[0]
            == 0
        )
        # the cart and its sale hold the same goods
        mismatched = conn.execute(
            "SELECT c.id FROM carts c WHERE c.status='completed' AND "
            "(SELECT group_concat(barcode || 'x' || qty, ',') FROM (SELECT barcode, qty FROM cart_lines "
            " WHERE cart_id = c.id ORDER BY line_no)) != "
            "(SELECT group_concat(barcode || 'x' || qty, ',') FROM (SELECT barcode, qty FROM sale_lines "
            " WHERE sale_id = c.sale_id ORDER BY line_no))"
        ).fetchall()
        assert mismatched == []
        assert conn.execute("SELECT count(*) FROM carts WHERE status='open'").fetchone()[0] <= 1
        moves = conn.execute("SELECT count(*) FROM stock_movements WHERE kind='sale'").fetchone()[0]
        assert moves == conn.execute("SELECT count(*) FROM sale_lines").fetchone()[0]
        seqs = [s for (s,) in conn.execute("SELECT seq FROM sales WHERE business_day = "
                                           "(SELECT max(business_day) FROM sales) ORDER BY seq")]  # fmt: skip
        assert seqs == list(range(1, len(seqs) + 1))
        return {"sales": sales}


def test_a_counter_killed_at_any_moment_loses_nothing_and_counts_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    upgrade(engine)
    now = datetime.now(UTC)
    create_first_admin(SqlUnitOfWork(engine), code="A01", name="管理员", pin="9999", now=now)
    uow = SqlUnitOfWork(engine, actor=login(SqlUnitOfWork(engine), code="A01", pin="9999", now=now))
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        for i, code in enumerate(CODES):
            add_product(uow, name=f"好货{i}", price_fen=1000 + 990 * i, host_code="H01", barcode=code)
        add_user(uow, code="C01", name="收银员", role="cashier", pin="1111", now=now)
        uow.commit()
    # the cashier opens the counter's shift, as every day, before ringing anything up
    cashier = login(SqlUnitOfWork(engine), code="C01", pin="1111", now=now)
    open_shift(SqlUnitOfWork(engine, actor=cashier), counter_id="C1", float_count=DenominationCount(), at=now)
    engine.dispose()
    rng = random.Random(7)
    sold = 0
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", COUNTER, url, str(round_no)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        counts = books(db)
        assert counts["sales"] >= sold  # nothing recorded before is ever lost
        sold = counts["sales"]
        # reopening: the counter's cart is there, whole, and can be paid
        cashier = login(SqlUnitOfWork(make_engine(url)), code="C01", pin="1111", now=datetime.now(UTC))
        cart = carts.current_cart(
            SqlUnitOfWork(make_engine(url), actor=cashier), counter_id="C1", at=datetime.now(UTC)
        )
        assert all(i.qty >= 1 for i in cart.items)
    assert sold > 0
