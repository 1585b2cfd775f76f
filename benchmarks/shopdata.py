"""The made-up shop behind the benchmarks, as plain row dicts: its size, and its catalog.

Nothing here touches a database: :func:`make_catalog` emits tags, hosts, recommenders and goods,
and :mod:`benchmarks.trading` a year at their counters; :mod:`benchmarks.generate` only writes
the rows.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pos.barcodes import gs1_check_digit, instore_ean13

Row = dict[str, Any]
Emit = Callable[[str, Row], None]  # (table name, row)

TIMEZONE = "Asia/Shanghai"
SHOP_ZONE = ZoneInfo(TIMEZONE)
INSTORE_SHARE = 0.05  # products with an in-store ``2…`` code instead of a maker's EAN-13

TAGS = (
    "社区营造", "环境友好", "可持续消费", "公平贸易", "手工传承", "乡村振兴", "残障共融", "长者关怀",
    "儿童友好", "性别平等", "零废弃", "在地食物", "动物福利", "心理健康", "社区互助", "文化多样", "开放协作",
)  # fmt: skip
ITEMS = (
    "手工皂", "帆布袋", "蜂蜜", "茶叶", "陶杯", "笔记本", "明信片", "香薰蜡烛", "围巾", "布偶",
    "果酱", "咖啡豆", "大米", "菜籽油", "竹筷", "木梳", "环保吸管", "再生纸本", "毛毡挂件", "草编篮",
)  # fmt: skip
TRAITS = ("薰衣草", "原色", "有机", "手作", "小批量", "社区", "山野", "再生", "古法", "限定", "")


@dataclass(frozen=True, slots=True)
class Params:
    products: int = 100_000
    sale_lines: int = 1_000_000
    hosts: int = 50
    recommenders: int = 20
    days: int = 365
    seed: int = 1
    end: date = date(2026, 11, 30)


@dataclass(slots=True)
class Catalog:
    """What sale lines copy from a product: parallel lists indexed by product id (index 0 unused)."""

    barcode: list[str] = field(default_factory=lambda: [""])
    name: list[str] = field(default_factory=lambda: [""])
    price: list[int] = field(default_factory=lambda: [0])
    host: list[int] = field(default_factory=lambda: [0])
    rec: list[int | None] = field(default_factory=lambda: [None])
    coop_bp: list[int] = field(default_factory=lambda: [0])
    rec_bp: list[int] = field(default_factory=lambda: [0])

    @property
    def size(self) -> int:
        return len(self.barcode) - 1


def shop_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SHOP_ZONE).astimezone(UTC)


def make_catalog(p: Params, rng: random.Random, emit: Emit) -> tuple[Catalog, int]:
    """Tags, hosts, recommenders, products with their tags; returns the catalog and the in-store
    barcodes used (the value of the ``instore_barcode`` sequence)."""
    first_day = p.end - timedelta(days=p.days - 1)
    for i, name in enumerate(TAGS, start=1):
        emit("tags", {"id": i, "name": name, "active": True})
    host_bp: list[int] = [0]
    for h in range(1, p.hosts + 1):
        kind = "producer" if rng.random() < 0.25 else "host"
        host_bp.append(rng.randrange(1000, 3001, 50))
        emit(
            "hosts",
            {
                "id": h,
                "code": f"H{h:03d}",
                "name": f"主理人{h:03d}",
                "kind": kind,
                "coop_bp": host_bp[h],
                "monthly_rent_fen": rng.choice((30_000, 50_000, 80_000, 120_000)) if kind == "host" else 0,
                "joined": first_day - timedelta(days=rng.randrange(0, 400)),
                "contact": f"1{rng.randrange(3, 10)}{rng.randrange(10**8, 10**9)}",
                "active": True,
            },
        )
    rec_bp: list[int] = [0]
    for r in range(1, p.recommenders + 1):
        rec_bp.append(rng.randrange(0, 1001, 50))
        emit(
            "recommenders",
            {
                "id": r,
                "code": f"R{r:03d}",
                "name": f"推介官{r:03d}",
                "default_bp": rec_bp[r],
                "contact": "",
                "active": True,
            },
        )

    cat = Catalog()
    # a few hosts bring most of the goods
    host_cum = list(itertools.accumulate(1.0 / (h**0.7) for h in range(1, p.hosts + 1)))
    hosts = rng.choices(range(1, p.hosts + 1), cum_weights=host_cum, k=p.products)
    maker_codes = iter(rng.sample(range(10**10), p.products))  # "69" + 10 digits: unique by construction
    instore = 0
    for pid in range(1, p.products + 1):
        if rng.random() < INSTORE_SHARE:
            instore += 1
            code = instore_ean13(instore)
        else:
            body = f"69{next(maker_codes):010d}"
            code = body + str(gs1_check_digit(body))
        host = hosts[pid - 1]
        rec = rng.randrange(1, p.recommenders + 1) if p.recommenders and rng.random() < 0.6 else None
        coop = host_bp[host] if rng.random() < 0.8 else rng.randrange(1000, 3001, 50)
        rbp = (rec_bp[rec] if rng.random() < 0.8 else rng.randrange(0, 1001, 50)) if rec else 0
        yuan = math.exp(rng.uniform(math.log(5), math.log(500)))
        price = min(50_000, max(500, int(yuan) * 100 + rng.choice((0, 0, 0, 50, 80, 90))))
        name = f"{rng.choice(TRAITS)}{rng.choice(ITEMS)} {host:03d}-{pid:06d}"
        cat.barcode.append(code)
        cat.name.append(name)
        cat.price.append(price)
        cat.host.append(host)
        cat.rec.append(rec)
        cat.coop_bp.append(coop)
        cat.rec_bp.append(rbp)
        emit(
            "products",
            {
                "id": pid,
                "barcode": code,
                "name": name,
                "price_fen": price,
                "host_id": host,
                "recommender_id": rec,
                "coop_bp": coop,
                "rec_bp": rbp,
                "active": rng.random() > 0.02,
            },
        )
        for tag in rng.sample(range(1, len(TAGS) + 1), rng.choice((0, 1, 1, 2, 2, 3))):
            emit("product_tags", {"product_id": pid, "tag_id": tag})
    return cat, instore
