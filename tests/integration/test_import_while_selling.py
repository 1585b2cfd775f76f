"""The counter keeps selling while `coop-pos import products` of a few thousand goods runs in another
process, on an SQLite file: every sale started meanwhile is recorded (the import is prepared in a
read-only transaction and written in one short one, so no sale waits out the busy timeout).

Bounded in time: a stuck import is killed and fails the test, it never hangs the suite.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from db.engine import make_engine
from db.models import ProductRow, SaleRow
from db.uow import SqlUnitOfWork
from pos.barcodes import gs1_check_digit
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale
from ui.cli import main

GOODS = 4000
TIMEOUT_S = 180


def ean13(n: int) -> str:
    body = f"69{n:010d}"
    return body + str(gs1_check_digit(body))


def test_a_sale_started_while_goods_are_imported_completes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    assert main(["init", "--db", url]) == 0
    hosts = tmp_path / "hosts.csv"
    hosts.write_text("code,name\nH01,主理人1号\nH02,主理人2号\n", encoding="utf-8")
    assert main(["import", "hosts", str(hosts), "--db", url]) == 0
    shelf = [ean13(n) for n in range(1, 21)]
    counter_goods = tmp_path / "shelf.csv"
    counter_goods.write_text(
        "barcode,name,price,host,stock\n"
        + "".join(f"{c},货{i},{5 + i}.50,H01,100\n" for i, c in enumerate(shelf)),
        encoding="utf-8",
    )
    assert main(["import", "products", str(counter_goods), "--db", url]) == 0
    big = tmp_path / "goods.csv"
    big.write_text(
        "barcode,name,price,host,tags,stock\n"
        + "".join(
            f"{ean13(n) if n % 20 else ''},新货{n},{n % 300 + 1}.90,H0{n % 2 + 1},在地文化；手作,{n % 7}\n"
            for n in range(1000, 1000 + GOODS)
        ),
        encoding="utf-8",
    )

    engine = make_engine(url)
    importing = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "import", "products", str(big), "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sales: list[tuple[float, str]] = []  # (started, receipt or error)
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while importing.poll() is None:
            assert time.monotonic() < deadline, "the import did not finish in time"
            started = time.monotonic()
            try:
                sale = complete_sale(
                    SqlUnitOfWork(engine),
                    items=[ItemRequest(barcode=shelf[len(sales) % len(shelf)], qty=1)],
                    tenders=[Tender("cash", 10_000)],
                    at=datetime.now(UTC),
                    timezone="Asia/Shanghai",
                    counter_id="C1",
                    cashier="C01",
                )
                sales.append((started, sale.receipt_no))
            except Exception as exc:  # what a cashier would see, kept for the assertion below
                sales.append((started, f"failed: {type(exc).__name__}: {exc}"))
            time.sleep(0.05)
        out, err = importing.communicate(timeout=30)
    finally:
        if importing.poll() is None:
            importing.kill()
            importing.communicate()
    assert importing.returncode == 0, err
    assert f"{GOODS} line(s): {GOODS} new" in out
    assert sales, "no sale was started while the import ran"
    assert [s for _, s in sales if s.startswith("failed")] == []
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ProductRow)).scalar_one() == GOODS + len(shelf)
        assert conn.execute(select(func.count()).select_from(SaleRow)).scalar_one() == len(sales)
    engine.dispose()
