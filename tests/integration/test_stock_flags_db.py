"""The stock list's flags in SQL agree with the rule in pos/stock at every threshold (both databases).

The rule (``is_negative``, ``is_low``, ``is_in_stock``, ``units_on_shelf``, ``value_at_price`` in
pos/stock/levels.py) is worked out in Python for the screen's rows; the 低库存 / 负库存 / 有库存 /
无库存 filters and the per-host totals are SQL, built by one helper in db/repositories/stock.py. A
shelf of goods at, one below and one above each threshold, at zero, at -1 and -2, and never moved
at all, must be flagged, counted and valued the same way by the rule and by both SQL places.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import get_args

import pytest

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.catalog import Host, Product
from pos.ids import ProductId
from pos.sale import StockMovement
from pos.stock import (
    NEVER_LOW,
    StockFilter,
    StockFlag,
    has_flag,
    is_low,
    is_negative,
    units_on_shelf,
    value_at_price,
)

AT = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
THRESHOLDS = (NEVER_LOW, 1, 3, 5)
FLAGS: tuple[StockFlag, ...] = tuple(f for f in get_args(StockFlag) if f)


@dataclass(frozen=True)
class Shelved:
    barcode: str
    host: str
    threshold: int
    on_hand: int | None  # None: never moved (no stock level at all)
    price_fen: int

    @property
    def held(self) -> int:
        return 0 if self.on_hand is None else self.on_hand


def _ean13(first12: str) -> str:
    digits = [int(c) for c in first12]
    return first12 + str((10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10)


def the_shelf() -> list[Shelved]:
    """Per threshold: never moved, -2, -1, 0, and one below, at and one above the threshold."""
    shelf: list[Shelved] = []
    for threshold in THRESHOLDS:
        levels = sorted({-2, -1, 0, threshold - 1, threshold, threshold + 1})
        for on_hand in [None, *levels]:
            n = len(shelf)
            shelf.append(
                Shelved(_ean13(f"20000000{n:04d}"), f"H0{n % 2 + 1}", threshold, on_hand, 100 + 7 * n)
            )
    return shelf


def test_the_shelf_stands_at_below_and_above_every_threshold() -> None:
    shelf = the_shelf()
    for threshold in THRESHOLDS:
        held = {s.on_hand for s in shelf if s.threshold == threshold}
        assert {None, -2, -1, 0, threshold - 1, threshold, threshold + 1} <= held
    # what the rule says there, so a change of the rule shows here too
    assert [is_low(n, 3) for n in (-1, 0, 2, 3, 4)] == [False, True, True, True, False]
    assert [is_low(n, NEVER_LOW) for n in (-1, 0, 1)] == [False, False, False]
    assert [is_negative(n) for n in (-1, 0, 1)] == [True, False, False]
    assert [value_at_price(n, 250) for n in (-1, 0, 3)] == [0, 0, 750]


@pytest.fixture
def shop(empty_db_url: str) -> Iterator[SqlUnitOfWork]:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        hosts = {
            code: uow.hosts.add(Host(code=code, name=name, joined=date(2026, 1, 1)))
            for code, name in (("H01", "布言布语"), ("H02", "山里茶"))
        }
        for n, s in enumerate(the_shelf()):
            host_id = hosts[s.host].id
            assert host_id is not None
            p = uow.products.add(
                Product(
                    barcode=s.barcode, name=f"好货{n}", price_fen=s.price_fen, host_id=host_id, coop_bp=2000
                )
            )
            assert p.id is not None
            uow.stock.set_low_stock(ProductId(p.id), s.threshold)
            if s.on_hand is not None:  # received 10, then lost what brings it to on_hand
                uow.stock.add([
                    StockMovement(product_id=ProductId(p.id), kind="intake", qty=10, at=AT, user="t"),
                    StockMovement(product_id=ProductId(p.id), kind="loss", qty=s.on_hand - 10, at=AT, user="t", reason="测"),
                ])  # fmt: skip
        uow.commit()
    yield uow
    engine.dispose()


def test_the_list_shows_each_product_as_the_rule_sees_it(shop: SqlUnitOfWork) -> None:
    shelf = {s.barcode: s for s in the_shelf()}
    with shop:
        rows = list(shop.stock.levels(StockFilter(limit=1000)))
    assert {r.barcode: (r.on_hand, r.threshold) for r in rows} == {
        b: (s.held, s.threshold) for b, s in shelf.items()
    }
    for r in rows:
        s = shelf[r.barcode]
        assert (r.negative, r.low, r.value_fen) == (
            is_negative(s.held),
            is_low(s.held, s.threshold),
            value_at_price(s.held, s.price_fen),
        ), r.barcode


@pytest.mark.parametrize("host", [None, "H02"])
@pytest.mark.parametrize("flag", FLAGS)
def test_the_lists_filter_takes_the_products_the_rule_flags(
    shop: SqlUnitOfWork, flag: StockFlag, host: str | None
) -> None:
    shelf = [s for s in the_shelf() if host is None or s.host == host]
    expected = {s.barcode for s in shelf if has_flag(flag, on_hand=s.held, threshold=s.threshold)}
    with shop:
        found_host = None if host is None else shop.hosts.by_code(host)
        host_id = None if found_host is None else found_host.id
        query = StockFilter(flag=flag, host_id=host_id, limit=1000)
        found = {r.barcode for r in shop.stock.levels(query)}
        counted = shop.stock.count_levels(query)
    assert found == expected
    assert counted == len(expected)
    assert expected, "the shelf has goods under every flag"


def test_the_host_totals_add_up_what_the_rule_says_of_each_product(shop: SqlUnitOfWork) -> None:
    shelf = the_shelf()
    with shop:
        totals = {h.host_code: h for h in shop.stock.host_totals()}
        only = shop.stock.host_totals(host_id=totals["H02"].host_id)
    assert [h.host_code for h in only] == ["H02"] and only[0] == totals["H02"]
    for code, h in totals.items():
        mine = [s for s in shelf if s.host == code]
        assert (h.products, h.units, h.value_fen, h.negative, h.low) == (
            len(mine),
            sum(units_on_shelf(s.held) for s in mine),
            sum(value_at_price(s.held, s.price_fen) for s in mine),
            sum(is_negative(s.held) for s in mine),
            sum(is_low(s.held, s.threshold) for s in mine),
        ), code
