"""A believable demo co-op: tags, hosts, recommenders, goods, stock and four weeks at the counter.

Everything goes through the services, exactly as a cashier and the staff would do it, so
the demo shop obeys every rule of docs/domain.md. The same ``seed`` and ``today`` give the
same shop: the same goods, barcodes, receipts and totals.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pos.barcodes import gs1_check_digit
from pos.catalog import HostKind, Product
from pos.clock import zone
from pos.costs import CostComponent, compose_price
from pos.errors import RuleError
from pos.money import parse_fen
from pos.ports import UnitOfWork
from pos.sale import CartLine, PaymentMethod, RefundRequest, Sale, Tender, price_lines, refund_lines
from pos.services.catalog import add_host, add_product, add_recommender, ensure_tags, receive_stock
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.goods import set_costs
from pos.services.users import add_user
from pos.users import Role

DAYS = 28
# Demo logins and PINs, printed in the README: a demo shop only, never a real one.
DEMO_USERS: tuple[tuple[str, str, Role, str, str], ...] = (
    ("A01", "管理员 老周", "admin", "9999", ""),
    ("M01", "店长 阿芳", "manager", "8888", ""),
    ("C01", "收银员 小林", "cashier", "1111", ""),
    ("S01", "店员 小陈", "staff", "2222", ""),
    ("H01", "主理人 布言布语", "host", "3333", "H01"),
)
OPEN, CLOSE = time(10, 0), time(20, 0)

TAGS = (
    "社区营造", "在地文化", "环保", "手作", "公平贸易", "乡村振兴", "旧物新生", "零废弃", "性别平等",
    "长者友好", "儿童友好", "残障共融", "可持续农业", "动物福利", "社区教育", "心理健康", "城市自然",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _HostSeed:
    code: str
    name: str
    kind: HostKind
    coop_bp: int
    rent: str  # yuan, "" for a producer
    person: str
    tags: tuple[str, ...]
    barcoded: float  # share of its goods that carry a maker's EAN-13
    goods: str  # "name price; name price; …"


HOSTS = (
    _HostSeed("H01", "布言布语手作工作室", "host", 2000, "1200.00", "周敏", ("手作", "旧物新生", "在地文化"), 0.2,
              "帆布袋 59.00; 扎染方巾 68.00; 拼布杯垫 25.00; 手缝零钱包 45.00; 蓝染围裙 128.00; 布艺书衣 58.00; "
              "旧衣改造抱枕套 88.00; 碎布发圈 15.00; 手工布面笔袋 39.90; 亚麻餐垫 49.00; 刺绣胸针 35.00; "
              "牛仔布再生托特包 168.00"),
    _HostSeed("H02", "崇明有机米合作社", "producer", 1500, "", "施建华", ("乡村振兴", "可持续农业"), 0.9,
              "崇明有机大米 2.5kg 45.00; 崇明有机大米 5kg 86.00; 崇明糙米 1kg 22.00; 崇明香软米 1kg 19.90; "
              "有机糯米 1kg 24.00; 崇明黑米 1kg 26.00; 崇明糕 12.80; 桂花米酒 500ml 38.00; 崇明老白酒 58.00; "
              "米糠手工皂 28.00; 稻田鸭蛋 6枚 32.00; 崇明金瓜 16.80"),
    _HostSeed("H03", "绿手指零废弃小铺", "host", 2000, "880.00", "李想", ("零废弃", "环保"), 0.4,
              "冷制手工皂 25.00; 固体洗发皂 42.00; 竹柄牙刷 12.90; 天然丝瓜络 9.90; 蜂蜡保鲜布 三片装 59.00; "
              "不锈钢吸管套装 29.90; 洗碗固体皂 19.90; 竹棉签 15.80; 玻璃储物罐 35.00; 棉布网兜 22.00; "
              "散装洗衣液 1L 18.00; 月经杯 148.00; 椰壳碗 39.00; 竹纤维抹布 3条 19.00"),
    _HostSeed("H04", "新华路邻里纸品社", "host", 1800, "450.50", "王一帆", ("社区营造", "社区教育", "在地文化"), 0.2,
              "再生纸笔记本 A5 28.00; 新华路明信片 套装 30.00; 新华路明信片 9.90; 社区手绘地图 15.00; "
              "梧桐叶书签 12.00; 外国弄堂手账本 46.00; 社区故事集《新华路上》 58.00; 活版印刷贺卡 18.00; "
              "再生纸信封套装 16.00; 新华路风景拼图 98.00; 邻里食谱小册 25.00; 新华路徽章 15.00"),
    _HostSeed("H05", "普洱山茶农互助社", "producer", 1800, "", "岩温", ("公平贸易", "乡村振兴", "可持续农业"), 0.9,
              "古树普洱生茶饼 357g 388.00; 普洱熟茶砖 250g 168.00; 滇红金芽 100g 128.00; 月光白 50g 88.00; "
              "小青柑 10颗 68.00; 普洱茶包 20袋 39.90; 蜂蜜滇红茶包 29.90; 高山绿茶 100g 58.00; "
              "手工竹编茶则 45.00; 山茶籽油 500ml 118.00; 保山小粒咖啡豆 250g 78.00; 茶农手作茶点 22.00"),
    _HostSeed("H06", "山野蜂语养蜂人", "producer", 1800, "", "马永强", ("可持续农业", "动物福利"), 0.8,
              "百花蜂蜜 500g 68.00; 椴树蜜 500g 78.00; 枣花蜜 250g 39.00; 巢蜜 400g 128.00; 蜂蜡润唇膏 22.00; "
              "蜂蜡蜡烛 45.00; 蜂花粉 200g 58.00; 蜂蜜柠檬膏 36.00; 蜂蜜试吃装 9.90; 蜂蜜手工皂 32.00; "
              "蜂蜜礼盒 3×250g 118.00"),
    _HostSeed("H07", "慢慢来长者手工坊", "host", 1500, "650.00", "陈阿姨", ("长者友好", "手作", "社区营造"), 0.1,
              "钩针杯垫 18.00; 手织毛线帽 88.00; 老上海剪纸窗花 20.00; 绒线小猫挂件 25.00; 手织围巾 128.00; "
              "钩针花朵胸针 15.00; 布老虎 66.00; 盘扣耳环 35.00; 手缝香囊 19.90; 编织收纳篮 58.00; "
              "手工鞋垫 30.00; 虎头鞋 78.00"),
    _HostSeed("H08", "星星画室", "host", 1500, "1500.00", "林静", ("残障共融", "心理健康"), 0.3,
              "画作明信片 10.00; 艺术帆布包 79.00; 画作冰箱贴 15.00; 艺术T恤 99.00; 装框画作复制品 A4 188.00; "
              "贴纸套装 12.00; 艺术丝巾 158.00; 画作马克杯 55.00; 艺术笔记本 32.00; 画作台历 45.00; "
              "艺术拼图 68.00; 画作钥匙扣 18.00"),
    _HostSeed("H09", "城市自然观察社", "host", 2500, "2500.00", "张博", ("城市自然", "儿童友好", "社区教育", "环保"), 0.3,
              "植物拓印材料包 49.00; 自然观察笔记本 36.00; 种子纸书签 12.00; 昆虫旅馆 128.00; 苔藓微景观瓶 68.00; "
              "上海常见鸟类图鉴折页 20.00; 放大镜观察盒 35.00; 阳台堆肥桶 199.00; 香草种子套装 29.00; "
              "儿童自然寻宝卡 25.00; 蚯蚓堆肥入门包 58.00; 野花种子包 9.90; 植物标本相框 75.00"),
    _HostSeed("H10", "她山绣娘合作社", "producer", 2000, "", "杨秀兰", ("性别平等", "在地文化", "乡村振兴", "手作"),
              0.3,
              "苗绣香包 38.00; 蜡染围巾 168.00; 苗银耳环 128.00; 刺绣零钱包 58.00; 蜡染桌旗 98.00; "
              "苗绣书签 22.00; 蜡染抱枕套 88.00; 绣片胸针 45.00; 刺绣帆布包 138.00; 手工蜡染笔记本 39.00; "
              "蜡染方巾 58.00"),
)  # fmt: skip

RECOMMENDERS = (("R01", "林小满"), ("R02", "陈一鸣"), ("R03", "王秀英"), ("R04", "赵晓雯"))
CASHIERS = ("小周", "阿芳", "老陈", "Lily")


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


@dataclass(frozen=True, slots=True)
class _PlannedRefund:
    at: datetime
    original: Sale
    requests: tuple[RefundRequest, ...]


def _goods(text: str) -> list[tuple[str, int]]:
    out = []
    for item in text.split(";"):
        name, price = item.strip().rsplit(" ", 1)
        out.append((name, parse_fen(price, field="演示售价/demo price")))
    return out


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
            for name, price_fen in _goods(h.goods):
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


def _times(rng: random.Random, day: date, n: int, tz: ZoneInfo) -> list[datetime]:
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


def _tenders(rng: random.Random, total: int) -> list[Tender]:
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


def _one_sale(
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


def _plan_refund(
    rng: random.Random, sale: Sale, day: date, today: date, tz: ZoneInfo
) -> _PlannedRefund | None:
    back = day + timedelta(days=rng.randint(1, 7))
    if back >= today:
        return None
    if rng.random() < 0.4:
        requests = tuple(RefundRequest(ln.line_no, ln.qty, damaged=rng.random() < 0.2) for ln in sale.lines)
    else:
        ln = rng.choice(sale.lines)
        requests = (RefundRequest(ln.line_no, rng.randint(1, ln.qty), damaged=rng.random() < 0.3),)
    return _PlannedRefund(_times(rng, back, 1, tz)[0], sale, requests)


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
    pending: dict[date, list[_PlannedRefund]] = {}
    for i in range(DAYS):
        day = first_day + timedelta(days=i)
        restocked = _restock(uow, rng, stock, datetime.combine(day, time(9, 30), tz).astimezone(UTC))
        n = rng.randint(22, 40) if day.weekday() >= 5 else rng.randint(10, 26)
        events: list[tuple[datetime, int, _PlannedRefund | None]] = [
            (at, 1, None) for at in _times(rng, day, n, tz)
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
            items, cart, sale_discount = _one_sale(rng, products, weights)
            total = sum(ln.net_fen for ln in price_lines(cart, sale_discount_fen=sale_discount))
            sale = complete_sale(
                uow, items=items, tenders=_tenders(rng, total), at=at, timezone=timezone, counter_id=counter_id,
                sale_discount_fen=sale_discount, cashier=cashier,
            )  # fmt: skip
            assert sale.total_fen == total, (sale.receipt_no, sale.total_fen, total)
            for ln in sale.lines:
                stock[ln.barcode] -= ln.qty
            sales += 1
            day_sales += 1
            sale_lines += len(sale.lines)
            net += total
            if rng.random() < 0.035 and (planned_refund := _plan_refund(rng, sale, day, today, tz)):
                pending.setdefault(planned_refund.at.date(), []).append(planned_refund)
        extra = f"，补货 {restocked} 件商品" if restocked else ""
        say(f"{day:%Y-%m-%d} 销售 {day_sales} 单，退货 {day_refunds} 单{extra}")
    say(f"完成：销售 {sales} 单，退货 {refunds} 单")
    return DemoSummary(
        tags=len(TAGS), hosts=len(HOSTS), recommenders=len(RECOMMENDERS), products=len(products),
        sales=sales, refunds=refunds, sale_lines=sale_lines, net_sales_fen=net,
        first_day=first_day, last_day=today - timedelta(days=1),
    )  # fmt: skip
