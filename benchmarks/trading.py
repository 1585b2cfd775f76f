"""A year at the made-up shop's counters, as plain row dicts: sales, refunds, payments, stock.

Nothing here touches a database. Every sale line is split by ``pos.money.split_sale`` and every
refund line by ``pos.money.split_refund``, so the rows obey docs/domain.md exactly as the services'
rows do; :mod:`benchmarks.generate` only writes them.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from benchmarks.shopdata import Catalog, Emit, Params, Row, shop_midnight_utc
from pos.money import LineInput, RefundSplit, split_refund, split_sale
from pos.sale import PAYMENT_METHODS, receipt_number

OPEN_S, CLOSE_S = 10 * 3600, 21 * 3600  # the counter is open 10:00-21:00 shop time
RESTOCK_S = 21 * 3600 + 30 * 60
REFUND_SHARE = 0.025  # sales that are later (partly) refunded
DAMAGED_SHARE = 0.1  # refunded units that do not go back on the shelf
CASHIERS = ("小王", "小李", "阿芳", "老陈", "小周", "阿杰", "小林", "小吴")
COUNTERS = ("C1", "C2", "C3", "C4")
COUNTER_WEIGHTS = (5, 3, 2, 1)
METHODS = ("wechat", "alipay", "cash", "card", "other")
METHOD_CUM = tuple(itertools.accumulate((45, 30, 15, 8, 2)))
LINES_PER_SALE = (1, 2, 3, 4, 5, 6)
LINES_CUM = tuple(itertools.accumulate((35, 28, 18, 10, 6, 3)))  # about 2.4 lines a sale
QTYS = (1, 2, 3, 4, 5, 6)
QTY_CUM = tuple(itertools.accumulate((80, 13, 5, 1, 0.6, 0.4)))


@dataclass(slots=True)
class SoldLine:
    """An original sale line a refund may still give back units of."""

    id: int
    sale_id: int
    row: Row
    refunded: int = 0


@dataclass(slots=True)
class PendingRefund:
    sale_id: int
    method: str
    lines: list[tuple[SoldLine, int | None]]  # units, or None for "whatever is left"


def day_budgets(total: int, days: list[date]) -> list[int]:
    """Share ``total`` lines over the days (busier weekends, slow growth), exactly, by largest remainder."""
    weights = [
        (1.6 if d.weekday() >= 5 else 1.2 if d.weekday() == 4 else 1.0)
        * (0.8 + 0.4 * i / max(len(days) - 1, 1))
        for i, d in enumerate(days)
    ]
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    out = [math.floor(x) for x in exact]
    order = sorted(range(len(days)), key=lambda i: (out[i] - exact[i], i))
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


@dataclass(slots=True)
class Trading:
    """A year at the counters: sales, refunds, payments, stock movements, receipt counters, fees."""

    p: Params
    rng: random.Random
    cat: Catalog
    emit: Emit
    next_sale: int = 1
    next_line: int = 1
    lines_written: int = 0
    sales_written: int = 0
    refunds_written: int = 0
    on_hand: list[int] = field(default_factory=list)
    pending: dict[date, list[PendingRefund]] = field(default_factory=dict)
    counters: tuple[str, ...] = ()

    def run(self, progress: Callable[[int, date], None]) -> None:
        p, rng = self.p, self.rng
        days = [p.end - timedelta(days=p.days - 1 - i) for i in range(p.days)]
        self.counters = COUNTERS[: rng.randint(2, 4)]
        self.on_hand = [0] * (self.cat.size + 1)
        popularity = list(range(1, self.cat.size + 1))
        rng.shuffle(popularity)
        pop_cum = list(itertools.accumulate(1.0 / (r**0.7) for r in range(1, self.cat.size + 1)))
        self._opening_stock(days[0])
        self._fees(days)
        budgets = day_budgets(p.sale_lines, days)
        for day, budget in zip(days, budgets, strict=True):
            self._day(day, budget, days[-1], popularity, pop_cum)
            progress(self.lines_written, day)

    def _opening_stock(self, first: date) -> None:
        at = shop_midnight_utc(first) - timedelta(hours=15)  # 09:00 the day before
        for pid in range(1, self.cat.size + 1):
            qty = self.rng.randint(3, 30)
            self.on_hand[pid] = qty
            self.emit("stock_movements", _movement(pid, "intake", qty, at, "", "开业入库"))

    def _fees(self, days: list[date]) -> None:
        """Now and then a host owes an event fee (rent is left to settlement: it follows from the host)."""
        for h in range(1, self.p.hosts + 1):
            for _ in range(self.rng.randint(0, max(1, len(days) // 90))):
                day = self.rng.choice(days)
                self.emit(
                    "charges",
                    {
                        "host_id": h,
                        "day": day,
                        "amount_fen": self.rng.choice((5_000, 10_000, 20_000)),
                        "kind": "fee",
                        "note": "市集活动费",
                        "created_at": shop_midnight_utc(day) + timedelta(hours=9),
                    },
                )

    def _day(self, day: date, budget: int, last: date, popularity: list[int], pop_cum: list[float]) -> None:
        rng = self.rng
        refunds = []
        for item in self.pending.pop(day, []):
            parts = self._resolve(item)
            if parts is None:
                continue
            if len(parts) > budget:  # no room today: the customer comes back tomorrow
                if day < last:
                    self.pending.setdefault(day + timedelta(days=1), []).append(item)
                continue
            budget -= len(parts)
            for ln, part in parts:
                ln.refunded += part.units
            refunds.append((item, parts))
        # refunds of one line keep the order their amounts were worked out in (already_refunded)
        times = sorted(rng.randrange(OPEN_S, CLOSE_S) for _ in refunds)
        events: list[tuple[int, int, Any]] = [
            (t, i, r) for i, (t, r) in enumerate(zip(times, refunds, strict=True))
        ]
        while budget > 0:
            n = min(rng.choices(LINES_PER_SALE, cum_weights=LINES_CUM)[0], budget)
            budget -= n
            pids = rng.choices(popularity, cum_weights=pop_cum, k=n)
            events.append((rng.randrange(OPEN_S, CLOSE_S), len(events), pids))
        events.sort(key=lambda e: (e[0], e[1]))
        midnight = shop_midnight_utc(day)
        seqs = dict.fromkeys(self.counters, 0)
        touched: set[int] = set()
        counter_cum = list(itertools.accumulate(COUNTER_WEIGHTS[: len(self.counters)]))
        for second, _, what in events:
            counter = rng.choices(self.counters, cum_weights=counter_cum)[0]
            seqs[counter] += 1
            at = midnight + timedelta(seconds=second)
            cashier = CASHIERS[(COUNTERS.index(counter) * 2 + second // (6 * 3600)) % len(CASHIERS)]
            if isinstance(what, tuple):
                item, parts = what
                self._refund(item, parts, day, at, counter, seqs[counter], cashier, touched)
            else:
                self._sale(what, day, last, at, counter, seqs[counter], cashier, touched)
        for counter, seq in seqs.items():
            if seq:
                self.emit("receipt_counters", {"counter_id": counter, "business_day": day, "last_seq": seq})
        restock_at = midnight + timedelta(seconds=RESTOCK_S)
        for pid in sorted(touched):
            if self.on_hand[pid] <= 0:
                qty = rng.randint(10, 30)
                self.on_hand[pid] += qty
                self.emit("stock_movements", _movement(pid, "intake", qty, restock_at, "店员", "补货"))

    def _resolve(self, item: PendingRefund) -> list[tuple[SoldLine, RefundSplit]] | None:
        """The refund's lines split by ``split_refund`` against what was refunded so far, or None
        when nothing is left to give back (or it would pay back 0 fen)."""
        parts = []
        for ln, units in item.lines:
            qty = ln.row["qty"]
            k = qty - ln.refunded if units is None else units
            if k <= 0 or ln.refunded + k > qty:
                continue
            part = split_refund(
                qty=qty, net_fen=ln.row["net_fen"], coop_fen=ln.row["coop_fen"], rec_fen=ln.row["rec_fen"],
                already_refunded=ln.refunded, units=k,
            )  # fmt: skip
            parts.append((ln, part))
        if not parts or sum(part.net_fen for _, part in parts) >= 0:
            return None
        return parts

    def _sale(
        self, pids: list[int], day: date, last: date, at: datetime, counter: str, seq: int, cashier: str,
        touched: set[int],
    ) -> None:  # fmt: skip
        rng, cat = self.rng, self.cat
        inputs = []
        for pid in pids:
            qty = rng.choices(QTYS, cum_weights=QTY_CUM)[0]
            price = cat.price[pid]
            line_discount = price * qty * rng.choice((5, 10, 20)) // 100 if rng.random() < 0.04 else 0
            rec_bp = cat.rec_bp[pid] if cat.rec[pid] is not None else 0
            inputs.append(LineInput(qty, price, cat.coop_bp[pid], rec_bp, line_discount))
        due = sum(i.qty * i.unit_price_fen - i.line_discount_fen for i in inputs)
        discount = 0
        if rng.random() < 0.08:  # 抹零 (drop the odd jiao and fen) or a member's 5-10 % off
            discount = due % 100 if due > 100 and rng.random() < 0.5 else due * rng.choice((5, 10)) // 100
        splits = split_sale(inputs, sale_discount_fen=discount)
        total = sum(s.net_fen for s in splits)
        sale_id = self.next_sale
        self.next_sale += 1
        method = rng.choices(METHODS, cum_weights=METHOD_CUM)[0]
        payments: dict[str, int] = {}
        tendered, change = total, 0
        if rng.random() < 0.03 and total >= 200:  # part on WeChat, the rest in exact cash
            payments = {"wechat": total // 2, "cash": total - total // 2}
        elif method == "cash":
            note = rng.choice((100, 1000, 5000, 10_000))
            tendered = -(-total // note) * note
            change = tendered - total
            payments = {"cash": total}
        else:
            payments = {method: total}
        self.emit(
            "sales",
            {
                "id": sale_id,
                "receipt_no": receipt_number(counter, day, seq),
                "kind": "sale",
                "at": at,
                "business_day": day,
                "counter_id": counter,
                "seq": seq,
                "cashier": cashier,
                "sale_discount_fen": discount,
                "total_fen": total,
                "tendered_fen": tendered,
                "change_fen": change,
                "refund_of": None,
                "source": "counter",
            },
        )
        for m in PAYMENT_METHODS:
            if m in payments:
                self.emit("payments", {"sale_id": sale_id, "method": m, "amount_fen": payments[m]})
        sold: list[SoldLine] = []
        for no, (pid, s) in enumerate(zip(pids, splits, strict=True), start=1):
            line_id = self.next_line
            row = {
                "id": line_id,
                "sale_id": sale_id,
                "line_no": no,
                "product_id": pid,
                "host_id": cat.host[pid],
                "recommender_id": cat.rec[pid],
                "product_name": cat.name[pid],
                "barcode": cat.barcode[pid],
                "qty": s.qty,
                "unit_price_fen": s.unit_price_fen,
                "line_discount_fen": s.line_discount_fen,
                "sale_discount_fen": s.sale_discount_fen,
                "net_fen": s.net_fen,
                "coop_bp": s.coop_bp,
                "rec_bp": s.rec_bp,
                "coop_fen": s.coop_fen,
                "rec_fen": s.rec_fen,
                "host_fen": s.host_fen,
                "refund_of_line": None,
                "damaged": False,
            }
            self.next_line += 1
            self.emit("sale_lines", row)
            sold.append(SoldLine(line_id, sale_id, row))
            self.on_hand[pid] -= s.qty
            touched.add(pid)
            self.emit("stock_movements", _movement(pid, "sale", -s.qty, at, cashier, "", sale_id))
        self.lines_written += len(pids)
        self.sales_written += 1
        if rng.random() < REFUND_SHARE:  # paid back the way it was paid (a split payment: in cash)
            self._plan_refund(sale_id, method if len(payments) == 1 else "cash", sold, day, last)

    def _plan_refund(self, sale_id: int, method: str, sold: list[SoldLine], day: date, last: date) -> None:
        rng = self.rng
        chosen = sold if rng.random() < 0.2 else [rng.choice(sold)]
        when = day + timedelta(days=rng.randint(1, 14))
        if when > last:
            return
        first = [(ln, rng.randint(1, ln.row["qty"])) for ln in chosen]
        self.pending.setdefault(when, []).append(PendingRefund(sale_id, method, list(first)))
        rest: list[tuple[SoldLine, int | None]] = [(ln, None) for ln, k in first if k < ln.row["qty"]]
        later = when + timedelta(days=rng.randint(1, 14))
        if rest and later <= last and rng.random() < 0.3:  # comes back for the rest
            self.pending.setdefault(later, []).append(PendingRefund(sale_id, method, rest))

    def _refund(
        self, item: PendingRefund, parts: list[tuple[SoldLine, RefundSplit]], day: date, at: datetime,
        counter: str, seq: int, cashier: str, touched: set[int],
    ) -> None:  # fmt: skip
        due = -sum(part.net_fen for _, part in parts)
        refund_id = self.next_sale
        self.next_sale += 1
        self.emit(
            "sales",
            {
                "id": refund_id,
                "receipt_no": receipt_number(counter, day, seq),
                "kind": "refund",
                "at": at,
                "business_day": day,
                "counter_id": counter,
                "seq": seq,
                "cashier": cashier,
                "sale_discount_fen": 0,
                "total_fen": -due,
                "tendered_fen": 0,
                "change_fen": 0,
                "refund_of": item.sale_id,
                "source": "counter",
            },
        )
        self.emit("payments", {"sale_id": refund_id, "method": item.method, "amount_fen": -due})
        for no, (ln, part) in enumerate(parts, start=1):
            damaged = self.rng.random() < DAMAGED_SHARE
            o = ln.row
            self.emit(
                "sale_lines",
                o
                | {
                    "id": self.next_line,
                    "sale_id": refund_id,
                    "line_no": no,
                    "qty": -part.units,
                    "line_discount_fen": 0,
                    "sale_discount_fen": 0,
                    "net_fen": part.net_fen,
                    "coop_fen": part.coop_fen,
                    "rec_fen": part.rec_fen,
                    "host_fen": part.host_fen,
                    "refund_of_line": ln.id,
                    "damaged": damaged,
                },
            )
            self.next_line += 1
            if not damaged:
                self.on_hand[o["product_id"]] += part.units
                touched.add(o["product_id"])
                self.emit(
                    "stock_movements",
                    _movement(o["product_id"], "refund", part.units, at, cashier, "", refund_id),
                )
        self.lines_written += len(parts)
        self.refunds_written += 1


def _movement(
    pid: int, kind: str, qty: int, at: datetime, user: str, reason: str, sale_id: int | None = None
) -> Row:
    return {
        "product_id": pid,
        "kind": kind,
        "qty": qty,
        "at": at,
        "user": user,
        "reason": reason,
        "sale_id": sale_id,
    }
