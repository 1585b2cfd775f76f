"""Done-when of the foundation: a backup taken while another process sells restores whole."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.services.steps.catalog import add_host, add_product, receive_stock
from ui.cli import main

SELLER = r"""
import sys, time
from datetime import UTC, datetime
from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale

url, log_path, stop_path = sys.argv[1:4]
uow = SqlUnitOfWork(make_engine(url))
deadline = time.monotonic() + 20
with open(log_path, "a", encoding="utf-8") as log:
    n = 0
    while time.monotonic() < deadline:
        import os
        if os.path.exists(stop_path):
            break
        n += 1
        sale = complete_sale(
            uow, items=[ItemRequest("6968344978697", 1 + n % 3)], tenders=[Tender("wechat", 2500 * (1 + n % 3))],
            at=datetime.now(UTC), timezone="Asia/Shanghai", counter_id="C1",
        )
        log.write(sale.receipt_no + "\n")
        log.flush()  # written only after the commit returned
"""


def test_a_backup_taken_while_the_counter_sells_holds_every_committed_sale(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode="6968344978697")
        receive_stock(uow, barcode="6968344978697", qty=100, at=datetime.now(UTC))
        uow.commit()
    engine.dispose()

    log_path, stop_path = tmp_path / "sold.txt", tmp_path / "stop"
    log_path.touch()
    seller = subprocess.Popen([sys.executable, "-c", SELLER, url, str(log_path), str(stop_path)])
    try:
        deadline = time.monotonic() + 30
        while len(log_path.read_text().split()) < 20:  # the counter is busy selling
            assert seller.poll() is None, "the seller died"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        committed_before = log_path.read_text().split()
        assert main(["backup", "--db", url, "--to", str(tmp_path / "bk")]) == 0
        assert seller.poll() is None, "the counter kept selling through the backup"
    finally:
        stop_path.touch()
        seller.wait(timeout=30)
    sold_in_all = log_path.read_text().split()
    assert len(sold_in_all) > len(committed_before)

    backup = next((tmp_path / "bk").glob("coop-pos-*.sqlite"))
    restored = tmp_path / "restored.sqlite"
    assert main(["restore", "--db", f"sqlite:///{restored}", str(backup)]) == 0
    with sqlite3.connect(restored) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        receipts = {r for (r,) in conn.execute("SELECT receipt_no FROM sales")}
        assert set(committed_before) <= receipts
        assert receipts <= set(sold_in_all)
        unbalanced = conn.execute(
            "SELECT s.receipt_no FROM sales s WHERE s.total_fen != "
            "(SELECT SUM(amount_fen) FROM payments p WHERE p.sale_id = s.id) OR s.total_fen != "
            "(SELECT SUM(net_fen) FROM sale_lines l WHERE l.sale_id = s.id)"
        ).fetchall()
        assert unbalanced == []
        by_day: dict[str, list[int]] = {}
        for day, seq in conn.execute("SELECT business_day, seq FROM sales ORDER BY business_day, seq"):
            by_day.setdefault(day, []).append(seq)
        for seqs in by_day.values():  # gap-free per day: no half-written sale in the copy
            assert seqs == list(range(1, len(seqs) + 1))
