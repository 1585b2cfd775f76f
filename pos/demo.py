"""A believable demo co-op: tags, hosts, recommenders, goods, stock and four weeks at the counter.

Everything goes through the services, exactly as a cashier and the staff would do it, so
the demo shop obeys every rule of docs/domain.md. The same ``seed`` and ``today`` give the
same shop: the same goods, barcodes, receipts and totals.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pos.barcodes import gs1_check_digit
from pos.catalog import Product
from pos.clock import zone
from pos.costs import CostComponent, compose_price
from pos.demo_coop import CASHIERS, DEMO_USERS, HOSTS, RECOMMENDERS, TAGS, goods_of
from pos.demo_counter import PlannedRefund, one_sale, plan_refund, sale_times, tenders_for
from pos.errors import RuleError
from pos.money import parse_fen
from pos.ports import UnitOfWork
from pos.sale import Tender, price_lines, refund_lines
from pos.services.checkout import complete_sale, refund_sale
from pos.services.steps.catalog import add_host, add_product, add_recommender, ensure_tags, receive_stock
from pos.services.steps.goods import set_costs
from pos.services.steps.users import add_user

DAYS = 28


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo put into the shop."""

    tags: int
    hosts: int
    recommenders: int
    products: int
    sales: int
    refunds: int
    sale_lines: int
    net_sales_fen: int  # Σ sale totals + Σ refund totals (refunds are negative)
    first_day: date
    last_day: date


def _phone(rng: random.Random) -> str:
    return rng.choice(("139", "138", "136", "158", "186", "189")) + f"{rng.randrange(10**8):08d}"


def _ean13(prefix: str, item: int) -> str:
    body = f"{prefix}{item:04d}"
    return body + str(gs1_check_digit(body))


def _cost_breakdown(rng: random.Random, p: Product) -> list[CostComponent]:
    """Believable named costs inside the host's share, to the 角; what is left is the maker's margin."""
    host_fen = compose_price(price_fen=p.price_fen, coop_bp=p.coop_bp, rec_bp=p.rec_bp).host_fen
    shares = (
        ("原料", 30, 45),
        ("人工", 20, 35),
        ("包装", 4, 10),
        ("物流", 3, 8),
    )  # percent of the host's share
    out = []
    for name, lo, hi in shares:
        amount = host_fen * rng.randint(lo, hi) // 100 // 10 * 10
        if amount > 0:
            out.append(CostComponent(name, amount))
    return out


def _refuse_if_not_empty(uow: UnitOfWork) -> None:
    with uow:
        hosts, products, recs = len(uow.hosts.list()), len(uow.products.list()), len(uow.recommenders.list())
    if hosts or products or recs:
        raise RuleError(
            f"演示数据只能放进空的店铺；这个店铺已有 {hosts} 位主理人、{products} 件商品、{recs} 位推介官",
            f"the demo fills only an empty shop; this one already has {hosts} hosts, "
            f"{products} products and {recs} recommenders",
        )


def _fill_catalog(
    uow: UnitOfWork, rng: random.Random, *, first_day: date, tz: ZoneInfo, say: Callable[[str], None]
) -> tuple[list[Product], dict[str, int]]:
    """Tags, hosts, recommenders, goods and their first intake, in one transaction."""
    products: list[Product] = []
    stock: dict[str, int] = {}
    with uow:
        ensure_tags(uow, TAGS)
        say(f"社会创新标签 {len(TAGS)} 个")
        rec_codes = [code for code, _ in RECOMMENDERS]
        for code, name in RECOMMENDERS:
            add_recommender(
                uow, code=code, name=name, default_bp=rng.choice((0, 300, 500, 500, 800)), contact=_phone(rng)
            )
        say(f"推介官 {len(RECOMMENDERS)} 位")
        used: set[str] = set()
        for h in HOSTS:
            joined = first_day - timedelta(days=rng.randint(14, 420))
            add_host(
                uow,
                code=h.code,
                name=h.name,
                joined=joined,
                kind=h.kind,
                coop_bp=h.coop_bp,
                monthly_rent_fen=parse_fen(h.rent) if h.rent else 0,
                contact=f"{h.person} {_phone(rng)}",
            )
            # A producer was usually brought in by one recommender, who also tells its goods' story.
            finder = rng.choice(rec_codes)
            company = f"69{rng.randint(0, 9)}{rng.randrange(10**5):05d}"
            intake_day = max(joined, first_day - timedelta(days=rng.randint(1, 10)))
            intake_at = datetime.combine(intake_day, time(9, 30), tz).astimezone(UTC)
            for name, price_fen in goods_of(h.code):
                barcode = _ean13(company, rng.randrange(10**4)) if rng.random() < h.barcoded else ""
                while barcode in used:
                    barcode = _ean13(company, rng.randrange(10**4))
                if barcode:
                    used.add(barcode)
                if h.kind == "producer":
                    rec = finder if rng.random() < 0.7 else ""
                else:
                    rec = rng.choice(rec_codes) if rng.random() < 0.12 else ""
                tags = rng.sample(h.tags, k=rng.randint(1, min(3, len(h.tags))))
                p = add_product(
                    uow, name=name, price_fen=price_fen, host_code=h.code, barcode=barcode,
                    recommender_code=rec, tags=tags,
                )  # fmt: skip
                if rec or rng.random() < 0.4:  # 公开成本: recommenders publish the breakdown of their finds
                    set_costs(uow, barcode=p.barcode, components=_cost_breakdown(rng, p))
                qty = rng.randint(5, 60) if price_fen < 10000 else rng.randint(5, 20)
                receive_stock(uow, barcode=p.barcode, qty=qty, at=intake_at, user="店员", reason="首批入库")
                products.append(p)
                stock[p.barcode] = qty
        for code, name, role, pin, host in DEMO_USERS:
            add_user(uow, code=code, name=name, role=role, pin=pin, now=intake_at, host_code=host)
        say(f"主理人与生产者 {len(HOSTS)} 位；演示账号 {len(DEMO_USERS)} 个")
        say(f"商品 {len(products)} 件，已入库")
        uow.commit()
    return products, stock


def _restock(uow: UnitOfWork, rng: random.Random, stock: dict[str, int], at: datetime) -> int:
    low = [code for code, qty in stock.items() if qty <= 2]
    if not low:
        return 0
    with uow:
        for code in low:
            qty = rng.randint(10, 30)
            receive_stock(uow, barcode=code, qty=qty, at=at, user="店员", reason="补货")
            stock[code] += qty
        uow.commit()
    return len(low)


def fill_demo_shop(
    uow: UnitOfWork,
    *,
    today: date,
    timezone: str = "Asia/Shanghai",
    counter_id: str = "C1",
    seed: int = 2024,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty shop with a co-op and its last four weeks at the counter, ending yesterday.

    Refuses (:class:`RuleError`) a shop that already has hosts, goods or recommenders.
    Each sale and refund is its own transaction, as at the counter.
    """

    def say(message: str) -> None:
        if progress is not None:
            progress(message)

    tz = zone(timezone)
    _refuse_if_not_empty(uow)
    rng = random.Random(seed)
    first_day = today - timedelta(days=DAYS)
    products, stock = _fill_catalog(uow, rng, first_day=first_day, tz=tz, say=say)
    # Cheap everyday goods sell more often; every product also has a popularity of its own.
    weights = [rng.uniform(0.3, 1.5) * (3000 / (p.price_fen + 1500)) for p in products]

    sales = refunds = sale_lines = net = 0
    pending: dict[date, list[PlannedRefund]] = {}
    for i in range(DAYS):
        day = first_day + timedelta(days=i)
        restocked = _restock(uow, rng, stock, datetime.combine(day, time(9, 30), tz).astimezone(UTC))
        n = rng.randint(22, 40) if day.weekday() >= 5 else rng.randint(10, 26)
        events: list[tuple[datetime, int, PlannedRefund | None]] = [
            (at, 1, None) for at in sale_times(rng, day, n, tz)
        ]
        events += [(r.at, 0, r) for r in pending.pop(day, [])]
        events.sort(key=lambda e: (e[0], e[1]))
        day_sales = day_refunds = 0
        for at, _, planned in events:
            cashier = CASHIERS[(2 * i + (at.hour >= 15)) % len(CASHIERS)]
            if planned is not None:
                lines = refund_lines(planned.original, planned.requests, already_refunded={})
                paid_by = max(planned.original.payments, key=lambda p: p.amount_fen).method
                refund = refund_sale(
                    uow, original_receipt=planned.original.receipt_no, requests=planned.requests,
                    payouts=[Tender(paid_by, -sum(ln.net_fen for ln in lines))], at=at, timezone=timezone,
                    counter_id=counter_id, cashier=cashier,
                )  # fmt: skip
                for ln in refund.lines:
                    if not ln.damaged:
                        stock[ln.barcode] -= ln.qty
                refunds += 1
                day_refunds += 1
                net += refund.total_fen
                continue
            items, cart, sale_discount = one_sale(rng, products, weights)
            total = sum(ln.net_fen for ln in price_lines(cart, sale_discount_fen=sale_discount))
            sale = complete_sale(
                uow, items=items, tenders=tenders_for(rng, total), at=at, timezone=timezone, counter_id=counter_id,
                sale_discount_fen=sale_discount, cashier=cashier,
            )  # fmt: skip
            assert sale.total_fen == total, (sale.receipt_no, sale.total_fen, total)
            for ln in sale.lines:
                stock[ln.barcode] -= ln.qty
            sales += 1
            day_sales += 1
            sale_lines += len(sale.lines)
            net += total
            if rng.random() < 0.035 and (planned_refund := plan_refund(rng, sale, day, today, tz)):
                pending.setdefault(planned_refund.at.date(), []).append(planned_refund)
        extra = f"，补货 {restocked} 件商品" if restocked else ""
        say(f"{day:%Y-%m-%d} 销售 {day_sales} 单，退货 {day_refunds} 单{extra}")
    say(f"完成：销售 {sales} 单，退货 {refunds} 单")
    return DemoSummary(
        tags=len(TAGS), hosts=len(HOSTS), recommenders=len(RECOMMENDERS), products=len(products),
        sales=sales, refunds=refunds, sale_lines=sale_lines, net_sales_fen=net,
        first_day=first_day, last_day=today - timedelta(days=1),
    )  # fmt: skip
