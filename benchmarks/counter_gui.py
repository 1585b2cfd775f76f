"""The checkout screen timed as the cashier meets it, on a generated shop (offscreen Qt).

    python -m benchmarks.counter_gui --db benchmarks/data/shop.sqlite [--scans 500] [--carts 100]

Works on a copy of the shop (``--copy``, default a temporary file next to it) so the generated
shop stays as it was; migrates the copy, adds the demo logins' cashier C01 (PIN 1111) and opens
a shift if there is none. Then, with the real ``CheckoutPage`` and its wedge scanner:

1. **App start to ready-to-scan**: a fresh Python process does what ``coop-pos gui`` does (open
   the shop, check the schema, build the context, the main window and the PIN pad); the time
   from launching the process to the PIN pad on screen, then (after a second for typing the
   PIN, while the app warms up as ``run_gui`` does) from the PIN entered to the checkout shown
   with its cart loaded: the PIN check (scrypt) included. Timed twice: as this Python runs (with
   ``PYTHONDONTWRITEBYTECODE`` set, every module of the project is compiled at every start), and
   with the compiled bytecode kept (in a temporary ``PYTHONPYCACHEPREFIX``, filled by one start
   first), as an installed app runs.
2. **Scan to the line on screen**: ``--carts`` carts of 20 scanner bursts each, codes drawn at
   random from all the goods; timed from the burst's Enter until the events it caused are
   handled, the repaint of the table with the line included (the burst's own 13 keys, 4 ms apart on a real scanner, are sent before the clock
   starts). Each cart is then paid in cash through the payment dialog: **sale commit** is timed
   from the tender to the sale recorded.
3. **500 scans in a row** at scanner speed into one cart (25 goods, so lines repeat): counted
   back from the database, none lost, none doubled.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

START_CHILD = r"""
import gc, sys, time
gc.disable()  # as ui.cli.main does: no cyclic garbage collection until the login is on screen
t_launch = float(sys.argv[2])
from datetime import UTC, datetime
from ui.wiring.shop import open_shop, schema_problem
from ui.wiring.context import app_context
from ui.app.shell import create_application, open_window
from pos.services.users import login
shop = open_shop(db_url=sys.argv[1])
assert schema_problem(shop) is None
ctx = app_context(shop)
app = create_application(["coop-pos"], language=shop.config.language)
window = open_window(shop_name=shop.config.shop_name, database_label=shop.label, context=ctx)  # as run_gui
app.processEvents()
deadline = time.time() + 60
while (window.dialog is None or not window.dialog.isVisible()) and time.time() < deadline:
    app.processEvents()
assert window.dialog is not None and window.dialog.isVisible(), "no PIN pad"
t_pin_pad = time.time()
typing_until = time.time() + 1.0  # the cashier types a 4-digit PIN on the pad: a second at least
while time.time() < typing_until:
    app.processEvents()
t_pin = time.time()
ctx.session.log_in(login(ctx.login_uow(), code="C01", pin="1111", now=datetime.now(UTC)))
app.processEvents()
page = window.page("checkout")
while not (page.isVisible() and page.cart is not None) and time.time() < deadline:
    app.processEvents()
assert page.isVisible() and page.cart is not None, "the checkout did not show"
t_ready = time.time()
print(f"{t_pin_pad - t_launch:.4f} {t_ready - t_pin:.4f}", flush=True)
devices = getattr(ctx.devices, "stop", None)
if callable(devices):
    devices()
"""


def _ms(seconds: float) -> float:
    return seconds * 1000


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)]


def prepare(source: Path, copy: Path) -> str:
    from db.engine import make_engine
    from db.migrate import upgrade
    from db.uow import SqlUnitOfWork
    from pos.services import shifts
    from pos.services.steps.users import add_user
    from pos.services.users import create_first_admin, login
    from pos.shifts import DenominationCount

    if not copy.exists():
        print(f"copying {source} → {copy}", flush=True)
        shutil.copyfile(source, copy)
        for suffix in ("-wal", "-shm"):
            side = Path(str(source) + suffix)
            if side.exists():
                shutil.copyfile(side, Path(str(copy) + suffix))
    url = f"sqlite:///{copy}"
    engine = make_engine(url)
    upgrade(engine)
    now = datetime.now(UTC)
    with SqlUnitOfWork(engine) as uow:
        has_admin = uow.users.by_code("A01") is not None
        has_cashier = uow.users.by_code("C01") is not None
    if not has_admin:
        create_first_admin(SqlUnitOfWork(engine), code="A01", name="管理员", pin="9999", now=now)
    if not has_cashier:
        admin = login(SqlUnitOfWork(engine), code="A01", pin="9999", now=now)
        uow = SqlUnitOfWork(engine, actor=admin)
        with uow:
            add_user(uow, code="C01", name="收银员", role="cashier", pin="1111", now=now)
            uow.commit()
    cashier = login(SqlUnitOfWork(engine), code="C01", pin="1111", now=now)
    if shifts.current_shift(SqlUnitOfWork(engine, actor=cashier), counter_id="C1") is None:
        shifts.open_shift(
            SqlUnitOfWork(engine, actor=cashier),
            counter_id="C1",
            float_count=DenominationCount.of({10000: 2}),
            at=now,
        )
    engine.dispose()
    return url


def app_start(url: str, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    _starts(url, runs, env, "app start")
    with tempfile.TemporaryDirectory(prefix="coop-pos-bytecode-") as cache:
        kept = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        kept["PYTHONPYCACHEPREFIX"] = cache
        _start(url, kept)  # compiles every module once, as installing does
        _starts(url, runs, kept, "the same, bytecode kept (as installed)")


def _start(url: str, env: dict[str, str]) -> tuple[float, float]:
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", START_CHILD, url, f"{launched:.6f}"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split()
    return float(out[0]), float(out[1])


def _starts(url: str, runs: int, env: dict[str, str], what: str) -> None:
    pin_pad, ready = zip(*(_start(url, env) for _ in range(runs)), strict=True)
    print(
        f"{what} → PIN pad on screen: median {_ms(statistics.median(pin_pad)):.0f} ms, "
        f"min {_ms(min(pin_pad)):.0f} ms, max {_ms(max(pin_pad)):.0f} ms; PIN accepted → ready to scan: "
        f"median {_ms(statistics.median(ready)):.0f} ms, max {_ms(max(ready)):.0f} ms ({runs} runs)",
        flush=True,
    )


def counter(url: str, *, carts: int, scans: int, checkpointer: bool = True) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from db.engine import make_engine
    from db.models import ProductRow
    from db.uow import SqlUnitOfWork
    from pos.config import Config
    from pos.services.users import login
    from tests.ui.scanner_keys import send_burst, send_key
    from ui.checkout.checkout_page import CheckoutPage
    from ui.checkout.payment_dialog import PaymentDialog
    from ui.kit.context import AppContext
    from ui.kit.session import Session

    app = QApplication.instance() or QApplication(["bench"])
    engine = make_engine(url)
    from db.backup import sqlite_path_from_url
    from db.checkpoint import start_checkpointer

    # as `coop-pos gui` does (Shop.checkpoint_in_background), unless --no-checkpointer
    background = start_checkpointer(engine, sqlite_path_from_url(url)) if checkpointer else None
    with engine.connect() as conn:
        codes = [c for (c,) in conn.execute(select(ProductRow.barcode).where(ProductRow.active.is_(True)))]
    print(f"{len(codes)} active goods", flush=True)
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
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    if page.model.items:
        page.changes.void_with("benchmark: start empty")
    rng = random.Random(5)
    scan_ms: list[float] = []
    commit_ms: list[float] = []

    def timed_scan(code: str) -> None:
        at = send_burst(page.scan_field, code, terminator=None)
        t0 = time.perf_counter()
        send_key(page.scan_field, Qt.Key.Key_Return, "\r", at_ms=at)
        app.processEvents()  # the repaint Qt scheduled for the change: the line is on screen
        scan_ms.append(_ms(time.perf_counter() - t0))

    for _ in range(carts):
        for _ in range(20):
            timed_scan(rng.choice(codes))
        dialog = PaymentDialog(page.total_fen(), page.paying.commit_sale, language="zh_CN", parent=page)
        t0 = time.perf_counter()
        dialog.take_cash(page.total_fen() + 10000)
        commit_ms.append(_ms(time.perf_counter() - t0))
        assert dialog.sale is not None, dialog.banner.text()
        page.paying.after_sale(dialog.sale)
        dialog.deleteLater()
        app.processEvents()
    print(
        f"scan → line on screen: median {statistics.median(scan_ms):.1f} ms, p95 {_p95(scan_ms):.1f} ms, "
        f"max {max(scan_ms):.1f} ms ({len(scan_ms)} scans)",
        flush=True,
    )
    print(
        f"sale commit (tender → sale recorded): median {statistics.median(commit_ms):.1f} ms, "
        f"p95 {_p95(commit_ms):.1f} ms ({len(commit_ms)} sales of 20 lines)",
        flush=True,
    )

    few = rng.sample(codes, 25)
    sent = [rng.choice(few) for _ in range(scans)]
    scan_ms.clear()
    t0 = time.perf_counter()
    for code in sent:
        timed_scan(code)
    elapsed = time.perf_counter() - t0
    with SqlUnitOfWork(engine) as uow:
        cart = uow.carts.open_cart("C1")
    assert cart is not None
    held = Counter({i.barcode: 0 for i in cart.items})
    for item in cart.items:
        held[item.barcode] += item.qty
    expected = Counter(sent)
    lost = sum((expected - held).values())
    doubled = sum((held - expected).values())
    print(
        f"{scans} scans in a row into one cart: {sum(held.values())} units on {len(cart.items)} lines, "
        f"lost {lost}, doubled {doubled}; scan → screen median {statistics.median(scan_ms):.1f} ms, "
        f"p95 {_p95(scan_ms):.1f} ms; {elapsed:.1f} s in all",
        flush=True,
    )
    page.changes.void_with("benchmark: done")
    if background is not None:
        background.stop()
        print(f"background WAL checkpoints: {background.checkpoints}, failed {background.failures}")
    engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, default=Path("benchmarks/data/shop.sqlite"))
    parser.add_argument(
        "--copy", type=Path, default=None, help="the working copy (default: <db>.counter.sqlite)"
    )
    parser.add_argument("--scans", type=int, default=500)
    parser.add_argument("--carts", type=int, default=100)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument(
        "--no-checkpointer",
        action="store_true",
        help="leave WAL checkpoints to SQLite (inside commits), as before the app had its own thread",
    )
    args = parser.parse_args(argv)
    copy = args.copy or args.db.with_suffix(".counter.sqlite")
    url = prepare(args.db, copy)
    if args.starts:
        app_start(url, args.starts)
    counter(url, carts=args.carts, scans=args.scans, checkpointer=not args.no_checkpointer)


if __name__ == "__main__":
    main()
