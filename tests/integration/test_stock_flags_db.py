"""The stock list's flags in SQL agree with the rule in pos/stock.py at every threshold (both databases).

The rule (``StockLevel.low`` / ``negative`` / ``value_fen``) is worked out in Python for the screen's
rows; the 低库存 / 负库存 / 有库存 / 无库存 filters and the per-host totals are SQL of their own. A shelf
of goods sitting just below, on and just above their thresholds (and a product never moved at all)
must be flagged the same way by both.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.ids import ProductId
from pos.sale import StockMovement
from pos.services.catalog import add_host, add_product
from pos.stock import StockFilter

AT = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _ean13(first12: str) -> str:
    digits = [int(c) for c in first12]
    return first12 + str((10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10)


def test_sql_flags_and_host_totals_follow_the_rule_at_the_threshold(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    shelf = list(
        itertools.product((0, 1, 3), (None, -2, -1, 0, 1, 2, 3, 4))
    )  # (threshold, on hand; None: never moved)
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1))
        add_host(uow, code="H02", name="山里茶", joined=date(2026, 1, 1))
        for n, (threshold, on_hand) in enumerate(shelf):
            p = add_product(
                uow,
                name=f"好货{n}",
                price_fen=100 + n,
                host_code=f"H0{n % 2 + 1}",
                barcode=_ean13(f"20000000{n:04d}"),
            )
            assert p.id is not None
            uow.stock.set_low_stock(ProductId(p.id), threshold)
            if on_hand is not None:  # received 5, then lost what brings it to on_hand (one movement each)
                uow.stock.add([
                    StockMovement(product_id=ProductId(p.id), kind="intake", qty=5, at=AT, user="t"),
                    StockMovement(product_id=ProductId(p.id), kind="loss", qty=on_hand - 5, at=AT, user="t", reason="测"),
                ])  # fmt: skip
        uow.commit()

    with uow:
        rows = list(uow.stock.levels(StockFilter(limit=1000)))
        assert len(rows) == len(shelf)
        by_rule = {
            "low": {r.barcode for r in rows if r.low},
            "negative": {r.barcode for r in rows if r.negative},
            "in_stock": {r.barcode for r in rows if r.on_hand > 0},
            "out": {r.barcode for r in rows if r.on_hand <= 0},
        }
        assert (
            len(by_rule["low"]) == 3 + 5 and len(by_rule["negative"]) == 3 * 2
        )  # the shelf is what it meant to be
        for flag, expected in by_rule.items():
            found = {r.barcode for r in uow.stock.levels(StockFilter(flag=flag, limit=1000))}  # type: ignore[arg-type]
            assert found == expected, flag
            assert uow.stock.count_levels(StockFilter(flag=flag)) == len(expected), flag  # type: ignore[arg-type]
        for host in uow.stock.host_totals():
            mine = [r for r in rows if r.host_id == host.host_id]
            assert host.low == sum(r.low for r in mine), host.host_code
            assert host.negative == sum(r.negative for r in mine), host.host_code
            assert host.value_fen == sum(r.value_fen for r in mine), host.host_code
            assert host.units == sum(max(r.on_hand, 0) for r in mine), host.host_code
            assert host.products == len(mine), host.host_code
    engine.dispose()
