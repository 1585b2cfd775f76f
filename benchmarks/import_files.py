"""The files the import benchmark reads: hosts, recommenders, products, charges and sales as CSV.

In the columns of docs/formats.md, made up from one ``random.Random`` so the same seed writes
the same files; what each holds is in :mod:`benchmarks.import_scenarios`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from pos.barcodes import gs1_check_digit

TAGS = [
    "在地文化", "乡村振兴", "公平贸易", "环保", "手作", "旧物新生", "有机", "残障友好", "社区营造", "女性创业",
    "非遗", "零废弃", "动物友好", "少数民族", "青年返乡", "儿童教育", "长者关怀", "本季新品", "市集限定",
]  # fmt: skip
WORDS = ["手工皂", "帆布袋", "蜂蜜", "明信片", "再生纸本", "茶", "果酱", "陶杯", "书签", "围巾", "香囊", "米"]


def ean13(prefix: str, n: int) -> str:
    body = f"{prefix}{n:0{12 - len(prefix)}d}"
    return body + str(gs1_check_digit(body))


def _csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    return ",".join(header) + "\n" + "".join(",".join(str(c) for c in r) + "\n" for r in rows)


def hosts_csv(first: int, count: int, rng: random.Random) -> str:
    rows = [
        (
            f"H{n:04d}",
            f"主理人{n:04d}",
            "producer" if n % 4 == 0 else "host",
            f"{rng.randint(10, 30)}%",
            "0" if n % 4 == 0 else f"{rng.choice((300, 450.5, 800, 1200))}",
            "2026-01-01",
            "",
        )
        for n in range(first, first + count)
    ]
    return _csv(("code", "name", "kind", "coop_rate", "monthly_rent", "joined", "contact"), rows)


def recommenders_csv(count: int, rng: random.Random) -> str:
    rows = [(f"R{n:03d}", f"推介官{n:03d}", f"{rng.randint(0, 10)}%", "") for n in range(1, count + 1)]
    return _csv(("code", "name", "default_rate", "contact"), rows)


@dataclass
class Goods:
    """The goods written to the products files: barcode (blank: in-store) and price in fen."""

    rows: list[tuple[str, int]] = field(default_factory=list)


def products_csv(
    start: int, count: int, hosts: int, recommenders: int, rng: random.Random, goods: Goods, *, blanks: bool
) -> str:
    rows = []
    for n in range(start, start + count):
        barcode = "" if blanks and rng.random() < 0.05 else ean13("69", n)
        price = int(math.exp(rng.uniform(math.log(500), math.log(50_000))))
        rec = f"R{rng.randint(1, recommenders):03d}" if rng.random() < 0.6 else ""
        tags = "；".join(rng.sample(TAGS, rng.randint(0, 3)))
        stock = rng.randint(1, 50) if rng.random() < 0.8 else ""
        rows.append(
            (
                barcode,
                f"{rng.choice(WORDS)}{n}",
                f"{price / 100:.2f}",
                f"H{rng.randint(1, hosts):04d}",
                rec,
                "",
                "",
                tags,
                stock,
            )
        )
        goods.rows.append((barcode, price))
    header = (
        "barcode",
        "name",
        "price",
        "host",
        "recommender",
        "coop_rate",
        "recommender_rate",
        "tags",
        "stock",
    )
    return _csv(header, rows)


def charges_csv(count: int, hosts: int, rng: random.Random) -> str:
    rows = [
        (f"H{rng.randint(1, hosts):04d}", f"2026-10-{rng.randint(1, 31):02d}", f"{rng.randint(1, 9999) / 100:.2f}",
         "fee", f"活动物料 {n}")
        for n in range(count)
    ]  # fmt: skip
    return _csv(("host", "date", "amount", "kind", "note"), rows)


OPEN_MINUTES = 31 * 11 * 60  # October 2026, 10:00–21:00 every day


def shop_time(minute: float, second: int = 0) -> str:
    day, rest = divmod(min(int(minute), OPEN_MINUTES - 1), 11 * 60)
    return f"2026-10-{1 + day:02d} {10 + rest // 60:02d}:{rest % 60:02d}:{second:02d}"


def sales_csv(count: int, goods: Sequence[tuple[str, int]], rng: random.Random) -> str:
    """``count`` rows: sales of 1–6 lines in October 2026 (shop time), then refunds of some of them."""
    header = (
        "receipt",
        "time",
        "barcode",
        "qty",
        "unit_price",
        "line_discount",
        "sale_discount",
        "payment",
        "refund_of",
    )
    rows: list[tuple[object, ...]] = []
    sold: list[tuple[str, float, str]] = []  # receipt, minute of the month, first barcode
    refunds_wanted = 0
    n = 0
    minute = 0.0
    while len(rows) + refunds_wanted < count:
        n += 1
        receipt = f"M-{n:06d}"
        minute += rng.uniform(0.5, 1.5)
        at = shop_time(minute)
        k = min(rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6)), count - len(rows) - refunds_wanted)
        lines = rng.sample(goods, k)
        total = 0
        parts = []
        for barcode, price in lines:
            qty = 1 if rng.random() < 0.8 else rng.randint(2, 3)
            discount = 50 if rng.random() < 0.04 else 0
            total += price * qty - discount
            parts.append((barcode, qty, f"{discount / 100:.2f}" if discount else ""))
        sale_discount = 100 if rng.random() < 0.08 and total > 1000 else 0
        total -= sale_discount
        if rng.random() < 0.03 and total > 2000:
            payment = f"wechat:{(total - 1000) / 100:.2f};cash:10.00"
        else:
            payment = rng.choice(("cash", "wechat", "alipay", "card", "wechat", "alipay", "现金", "微信"))
        for barcode, qty, discount in parts:
            rows.append((receipt, at, barcode, qty, "", discount, f"{sale_discount / 100:.2f}" if sale_discount else "", payment, ""))  # fmt: skip
        if rng.random() < 0.025 and len(rows) + refunds_wanted < count:
            sold.append((receipt, minute, parts[0][0]))
            refunds_wanted += 1
    for i, (receipt, at_minute, barcode) in enumerate(sold):
        at = shop_time(at_minute + rng.uniform(60, 3000), 30)
        rows.append((f"MR-{i + 1:05d}", at, barcode, 1, "", "", "", "cash", receipt))
    return _csv(header, rows)
