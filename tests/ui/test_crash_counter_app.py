"""The counter app itself killed mid-cart and mid-sale (SIGKILL), again and again on one shop.

A child process runs the real checkout screen (offscreen Qt, the wedge scanner installed): it
rings codes up as scanner bursts, changes quantities and discounts, suspends, and pays through
the payment dialog, printing what the screen shows after every change and which action it is
about to take. The test kills it at a random moment, then checks the shop against the last
screen: the cart is exactly what was on screen (or that plus the one action in flight), and a
sale in flight is either recorded exactly once, with the goods that were on screen, or not at
all. The next child starts by printing the cart the reopened screen shows: the one in the
database.
"""

from __future__ import annotations

import json
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
from pos.services import shifts
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.users import add_user
from pos.services.users import create_first_admin, login
from pos.shifts import DenominationCount
from tests.integration.test_crash_checkout import books

pytestmark = pytest.mark.slow
ROUNDS = int(os.environ.get("COOP_POS_GUI_CRASH_ROUNDS", "8"))
CODES = ["6968344978697", "6925199619830", "6903062027869"]

APP = r"""
import json, os, random, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import UTC, datetime
from PySide6.QtWidgets import QApplication
from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.config import Config
from pos.services.users import login
from tests.ui.scanner_keys import send_burst
from ui.checkout.checkout_page import CheckoutPage
from ui.kit.context import AppContext
from ui.checkout.payment_dialog import PaymentDialog
from ui.kit.session import Session

url, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
app = QApplication(["counter"])
engine = make_engine(url)
# as `coop-pos gui` does, but checkpointing right after every write: kills land in checkpoints too
from db.backup import sqlite_path_from_url
from db.checkpoint import WalCheckpointer
WalCheckpointer(engine, sqlite_path_from_url(url), quiet_s=0.0, max_delay_s=0.0).start()
session = Session()
session.log_in(login(SqlUnitOfWork(engine), code="C01", pin="1111", now=datetime.now(UTC)))
ctx = AppContext(
    config=Config(),
    uow_factory=session.bind(lambda actor: SqlUnitOfWork(engine, actor=actor)),
    documents=None,  # type: ignore[arg-type]
    read_uow_factory=session.bind(lambda actor: SqlUnitOfWork(engine, read_only=True, actor=actor)),
    session=session,
)
page = CheckoutPage(ctx)
page.show()
app.processEvents()
codes = %(codes)r

def say(**what):
    print(json.dumps(what), flush=True)

def shown():
    cart = page.cart
    say(shown=[[i.barcode, i.qty] for i in page.model.items], discount=cart.sale_discount_fen if cart else 0)

say(restored=[[i.barcode, i.qty] for i in page.model.items])
shown()
while True:
    roll = rng.random()
    if roll < 0.55:
        code = rng.choice(codes)
        say(op="scan", code=code)
        send_burst(page.scan_field, code)
    elif roll < 0.65 and page.model.items:
        item = page.model.items[-1]
        qty = rng.randint(1, 4)
        say(op="qty", line=[item.barcode, qty])
        page.changes.set_quantity(item.line_no, qty)
    elif roll < 0.72 and page.model.items:
        say(op="discount")
        page.changes.set_sale_discount(rng.randint(0, 20))
    elif roll < 0.76 and page.model.items:
        say(op="suspend")
        page.changes.suspend_as("parked")
    elif page.model.items:
        say(op="pay", cart=[[i.barcode, i.qty] for i in page.model.items])
        dialog = PaymentDialog(page.total_fen(), page.paying.commit_sale, language="zh_CN", parent=page)
        dialog.take_cash(page.total_fen() + rng.choice([0, 50, 10000]))
        if dialog.sale is not None:
            page.paying.after_sale(dialog.sale)
            say(paid=dialog.sale.receipt_no)
        dialog.deleteLater()
    app.processEvents()
    shown()
"""


def _whole_lines(text: str) -> list[dict[str, object]]:
    """What the child printed; a line cut short by the kill is dropped."""
    said = []
    for line in text.splitlines():
        try:
            said.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return said


def open_cart(conn: sqlite3.Connection) -> tuple[list[list[object]], int]:
    row = conn.execute("SELECT id, sale_discount_fen FROM carts WHERE status='open'").fetchone()
    if row is None:
        return [], 0
    lines = conn.execute(
        "SELECT barcode, qty FROM cart_lines WHERE cart_id=? ORDER BY line_no", (row[0],)
    ).fetchall()
    return [list(line) for line in lines], row[1]


def last_sale_lines(conn: sqlite3.Connection) -> list[list[object]]:
    sale = conn.execute("SELECT max(id) FROM sales").fetchone()[0]
    return [
        list(r)
        for r in conn.execute("SELECT barcode, qty FROM sale_lines WHERE sale_id=? ORDER BY line_no", (sale,))
    ]


def after_scan(cart: list[list[object]], code: str) -> list[list[object]]:
    """The cart once ``code`` is rung up: its last plain line gets one more, else a new line."""
    result = [list(line) for line in cart]
    for line in reversed(result):
        if line[0] == code:
            line[1] = int(line[1]) + 1  # type: ignore[call-overload]
            return result
    return [*result, [code, 1]]


def check_against_screen(db: Path, said: list[dict[str, object]], sales_before: int) -> int:
    """What the database holds after the kill, against the last screen and the action in flight."""
    at = max((i for i, s in enumerate(said) if "shown" in s), default=-1)
    assert at >= 0, said
    last = said[at]
    after = said[at + 1 :]
    in_flight = next((s for s in after if "op" in s), None)
    with sqlite3.connect(db) as conn:
        cart, discount = open_cart(conn)
        sales = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
        shown_sales = sales_before + sum(1 for s in said[:at] if "paid" in s)
        if cart == last["shown"] and discount == last["discount"] and sales == shown_sales:
            return sales  # exactly as on screen
        assert in_flight is not None, (cart, last, said[-3:])
        op = in_flight["op"]
        if op == "pay":
            # the sale committed but the screen had not caught up: recorded once, with what was shown
            assert sales == shown_sales + 1, (sales, shown_sales)
            assert last_sale_lines(conn) == in_flight["cart"]
            assert cart == []
        elif op == "scan":
            assert sales == shown_sales
            assert cart == after_scan(last["shown"], str(in_flight["code"]))  # type: ignore[arg-type]
        elif op == "suspend":
            assert sales == shown_sales and cart == []
        else:  # a quantity or a discount: committed, not yet on screen
            assert sales == shown_sales
            assert [line[0] for line in cart] == [line[0] for line in last["shown"]]  # type: ignore[union-attr]
        return sales


def test_the_counter_app_killed_at_random_moments_restores_the_cart_or_records_the_sale_once(
    tmp_path: Path,
) -> None:
    db = tmp_path / "shop.sqlite"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    upgrade(engine)
    now = datetime.now(UTC)
    create_first_admin(SqlUnitOfWork(engine), code="A01", name="管理员", pin="9999", now=now)
    admin = login(SqlUnitOfWork(engine), code="A01", pin="9999", now=now)
    uow = SqlUnitOfWork(engine, actor=admin)
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        for i, code in enumerate(CODES):
            add_product(uow, name=f"好货{i}", price_fen=1000 + 990 * i, host_code="H01", barcode=code)
        add_user(uow, code="C01", name="收银员", role="cashier", pin="1111", now=now)
        uow.commit()
    cashier = login(SqlUnitOfWork(engine), code="C01", pin="1111", now=now)
    shifts.open_shift(
        SqlUnitOfWork(engine, actor=cashier),
        counter_id="C1",
        float_count=DenominationCount.of({10000: 1}),
        at=now,
    )
    engine.dispose()
    script = APP % {"codes": CODES}
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    rng = random.Random(11)
    sales = 0
    expected_restored: list[list[object]] | None = None
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", script, url, str(round_no)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout is not None
        first = json.loads(child.stdout.readline())
        if expected_restored is not None:
            assert (
                first["restored"] == expected_restored
            )  # the reopened screen shows the cart in the database
        time.sleep(rng.uniform(0.2, 1.2))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait(timeout=30)
        said = [first, *_whole_lines(rest)]
        books(db)
        sales = check_against_screen(db, said, sales)
        with sqlite3.connect(db) as conn:
            expected_restored = open_cart(conn)[0]
    assert sales > 0
