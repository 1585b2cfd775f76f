"""The demo's customers at the counter: when they come, what they pick, how they pay, what they
bring back. Plain choices from one ``random.Random``; :mod:`pos.demo` rings them up."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pos.catalog import Product
from pos.sale import CartLine, PaymentMethod, RefundRequest, Sale, Tender
from pos.services.checkout import ItemRequest

OPEN, CLOSE = time(10, 0), time(20, 0)


@dataclass(frozen=True, slots=True)
class PlannedRefund:
    at: datetime
    original: Sale
    requests: tuple[RefundRequest, ...]


def sale_times(rng: random.Random, day: date, n: int, tz: ZoneInfo) -> list[datetime]:
    opening = datetime.combine(day, OPEN, tz)
    span = (datetime.combine(day, CLOSE, tz) - opening).total_seconds()
    # Quiet mornings, busier afternoons and early evenings.
    secs = sorted(int(rng.triangular(0, span - 1, span * 0.7)) for _ in range(n))
    return [opening + timedelta(seconds=s) for s in secs]


def _pick_lines(rng: random.Random, products: Sequence[Product], weights: Sequence[float]) -> list[Product]:
    k = rng.choices((1, 2, 3, 4, 5), weights=(45, 30, 15, 7, 3))[0]
    chosen: list[Product] = []
    while len(chosen) < k:
        p = rng.choices(products, weights=weights)[0]
        if p not in chosen:
            chosen.append(p)
    return chosen


def _cash_note(rng: random.Random, total: int) -> int:
    """What a customer hands over: the smallest round note at or above the total, sometimes a 100."""
    for note in (1000, 2000, 5000, 10000):
        if note >= total:
            return 10000 if note < 10000 and rng.random() < 0.3 else note
    return -(-total // 10000) * 10000


def tenders_for(rng: random.Random, total: int) -> list[Tender]:
    how = rng.choices(("wechat", "alipay", "cash", "card", "split"), weights=(46, 26, 13, 5, 10))[0]
    if how == "split" and total > 2000:
        cash = max(n for n in (1000, 2000, 5000, 10000) if n < total)
        rest: PaymentMethod = "wechat" if rng.random() < 0.7 else "alipay"
        return [Tender("cash", cash), Tender(rest, total - cash)]
    if how == "cash" or how == "split":
        exact = total % 100 == 0 and rng.random() < 0.3
        return [Tender("cash", total if exact else _cash_note(rng, total))]
    method: PaymentMethod = "wechat" if how == "wechat" else "alipay" if how == "alipay" else "card"
    return [Tender(method, total)]


def one_sale(
    rng: random.Random, products: Sequence[Product], weights: Sequence[float]
) -> tuple[list[ItemRequest], list[CartLine], int]:
    items: list[ItemRequest] = []
    cart: list[CartLine] = []
    for p in _pick_lines(rng, products, weights):
        assert p.id is not None
        qty = rng.choices((1, 2, 3), weights=(80, 15, 5))[0]
        if p.price_fen < 2000 and rng.random() < 0.15:
            qty += rng.randint(1, 3)  # a handful of postcards or bookmarks
        gross = qty * p.price_fen
        discount = 0
        if rng.random() < 0.06:  # a flawed piece or a short date: 10% off, or ¥5 off
            discount = min(gross - 100, 500) if gross > 3000 and rng.random() < 0.5 else gross // 100 * 10
        items.append(ItemRequest(p.barcode, qty, line_discount_fen=discount))
        cart.append(
            CartLine(
                product_id=p.id, host_id=p.host_id, recommender_id=p.recommender_id, product_name=p.name,
                barcode=p.barcode, qty=qty, unit_price_fen=p.price_fen, coop_bp=p.coop_bp, rec_bp=p.rec_bp,
                line_discount_fen=discount,
            )
        )  # fmt: skip
    due = sum(c.qty * c.unit_price_fen - c.line_discount_fen for c in cart)
    roll = rng.random()
    if roll < 0.08 and due > 100:
        sale_discount = due % 100  # 抹零: the 角 and 分 rounded off
    elif roll < 0.14:
        sale_discount = due * 5 // 100  # 会员九五折
    else:
        sale_discount = 0
    return items, cart, sale_discount


def plan_refund(rng: random.Random, sale: Sale, day: date, today: date, tz: ZoneInfo) -> PlannedRefund | None:
    back = day + timedelta(days=rng.randint(1, 7))
    if back >= today:
        return None
    if rng.random() < 0.4:
        requests = tuple(RefundRequest(ln.line_no, ln.qty, damaged=rng.random() < 0.2) for ln in sale.lines)
    else:
        ln = rng.choice(sale.lines)
        requests = (RefundRequest(ln.line_no, rng.randint(1, ln.qty), damaged=rng.random() < 0.3),)
    return PlannedRefund(sale_times(rng, back, 1, tz)[0], sale, requests)
