"""Who may read and write a host's figures, asked of the services themselves, role by role.

The shop: host H01 sells 手工皂 ¥25.00 (20% commission, recommender R01 at 5%), host H02 sells 茶
¥40.00; in November 2026 a cashier sold 2 × 手工皂 and 1 × 茶. Seven people knock: a cashier, a
staff member, a manager, an administrator, H01's own login, H02's login, and a host login that
lost its host. Each test says who gets in and who is refused, in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import pytest

from pos.catalog import ProductFilter
from pos.errors import RuleError
from pos.ids import HostId, ProductId
from pos.receipt import ReceiptSettings
from pos.sale import Tender
from pos.sales_history import SalesQuery
from pos.services import (
    catalog,
    charges,
    goods,
    labels,
    queries,
    receipts,
    sales_history,
    statements,
    stock,
    stock_counts,
)
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.settlement import settlement_report
from pos.services.steps import goods as goods_steps
from pos.services.steps.catalog import add_host, add_product, add_recommender, receive_stock
from pos.settlement import Period
from pos.statements import ShopInfo
from pos.stock import (
    CountItem,
    CountScope,
    LossBearer,
    StockCount,
    StockFilter,
)
from pos.users import Actor, Role
from tests.unit.fakes import FakeStock, FakeUnitOfWork, _Store

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
TZ = "Asia/Shanghai"
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
SHOP = ShopInfo(name="社区合作社", address="")
SOAP, TEA = "6968344978697", "6925199619830"
H01, H02 = HostId(1), HostId(2)


# ---------------------------------------------------------------- the books, in memory


class Shelf(FakeStock):
    """Two approved counts (C1: everything, C2: H01's goods) over the store's goods, and H01's losses borne by the co-op."""

    def __init__(self, st: _Store, counts: dict[int, StockCount]) -> None:
        super().__init__(st)
        self.kept = counts

    def set_low_stock(self, product_id: ProductId, threshold: int) -> None:
        pass

    def loss_bearers(self) -> dict[HostId, LossBearer]:
        return {H01: "coop"}

    def get_count(self, count_id: int) -> StockCount | None:
        return self.kept.get(count_id)

    def count_items(
        self,
        count_id: int,
        *,
        product_id: ProductId | None = None,
        counted: bool | None = None,
        limit: int | None = None,
    ) -> Sequence[CountItem]:
        """Each product in the count's scope was expected 10 and counted 9."""
        scope = self.kept[count_id].scope
        return [
            CountItem(
                product_id=p.id,
                barcode=p.barcode,
                name=p.name,
                host_id=p.host_id,
                host_code=self.st.hosts[p.host_id].code,
                host_name=self.st.hosts[p.host_id].name,
                price_fen=p.price_fen,
                coop_bp=p.coop_bp,
                rec_bp=p.rec_bp,
                expected_at_start=10,
                counted=9,
                scans=1,
                approved_expected=10,
                approved_counted=9,
            )
            for p in sorted(self.st.products.values(), key=lambda p: p.barcode)
            if p.id is not None and (scope.host_id is None or p.host_id == scope.host_id)
        ]


COUNTS = {
    1: StockCount(
        id=1,
        scope=CountScope(),
        scope_label="全部商品",
        started_at=NOW,
        started_by="S01",
        start_mark=0,
        state="approved",
        approved_at=NOW,
        approved_by="S01",
    ),
    2: StockCount(
        id=2,
        scope=CountScope(kind="host", host_id=H01),
        scope_label="H01 主理人1号",
        started_at=NOW,
        started_by="S01",
        start_mark=0,
        state="approved",
        approved_at=NOW,
        approved_by="S01",
    ),
}


class Shop(FakeUnitOfWork):
    """The fake unit of work with two approved counts in its stock port."""

    def _bind(self, st: _Store) -> None:
        super()._bind(st)
        self.stock = Shelf(st, COUNTS)


# ---------------------------------------------------------------- who knocks

PEOPLE: dict[str, Actor] = {
    "cashier": Actor(user_id=2, code="C01", name="收银员", role="cashier"),
    "staff": Actor(user_id=3, code="S01", name="店员", role="staff"),
    "manager": Actor(user_id=4, code="M01", name="店长", role="manager"),
    "admin": Actor(user_id=1, code="A01", name="管理员", role="admin"),
    "host H01": Actor(user_id=5, code="H01", name="主理人1号", role="host", host_id=H01),
    "host H02": Actor(user_id=6, code="H02", name="主理人2号", role="host", host_id=H02),
    "host of nobody": Actor(user_id=7, code="X", name="无主", role="host"),
}
EVERYONE = list(PEOPLE)


def split(allowed: Sequence[str]) -> tuple[list[str], list[str]]:
    return list(allowed), [who for who in EVERYONE if who not in allowed]


@pytest.fixture
def shop() -> Shop:
    uow = Shop()
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        add_host(uow, code="H02", name="主理人2号", joined=date(2026, 9, 1), monthly_rent_fen=50000)
        add_recommender(uow, code="R01", name="推介官", default_bp=500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP, recommender_code="R01")
        add_product(uow, name="茶", price_fen=4000, host_code="H02", barcode=TEA)
        receive_stock(uow, barcode=SOAP, qty=10, at=NOW)
        receive_stock(uow, barcode=TEA, qty=5, at=NOW)
        uow.commit()
    # dated at NOW by the shop's own command line (a counter records only what happens now)
    complete_sale(uow, items=[ItemRequest(SOAP, 2), ItemRequest(TEA, 1)], tenders=[Tender("cash", 9000)],
                  at=NOW, timezone=TZ, counter_id="C1")  # fmt: skip
    return uow


def knock(shop: Shop, who: str, call: Callable[[Shop], Any], *, allowed: bool) -> Any:
    shop.actor = PEOPLE[who]
    if allowed:
        return call(shop)
    with pytest.raises(RuleError) as refused:
        call(shop)
    assert refused.value.zh and refused.value.en  # said in words, in both languages
    return None


def cases(allowed: Sequence[str]) -> list[Any]:
    yes, no = split(allowed)
    return [pytest.param(w, True, id=f"{w} may") for w in yes] + [
        pytest.param(w, False, id=f"{w} may not") for w in no
    ]


OFFICE = ("manager", "admin")
SHELF = ("staff", "manager", "admin")
COUNTER = ("cashier", "manager", "admin")


# ---------------------------------------------------------------- a host's money


@pytest.mark.parametrize(("who", "allowed"), cases((*OFFICE, "host H01")))
def test_h01s_settlement_figures(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: queries.host_settlement(u, period=NOVEMBER, timezone=TZ, host_code="H01"),
                allowed=allowed)  # fmt: skip
    if allowed:  # 2 × ¥25.00 = 5000; coop 1000, R01 250, H01 3750
        assert (got.code, got.net_sales_fen, got.coop_commission_fen, got.recommender_fees_fen,
                got.host_share_fen) == ("H01", 5000, 1000, 250, 3750)  # fmt: skip


@pytest.mark.parametrize(("who", "allowed"), cases((*OFFICE, "host H01")))
def test_h01s_statement_and_its_lines(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: statements.host_statement_of(u, period=NOVEMBER, timezone=TZ, shop=SHOP,
                                                                  host_code="H01"), allowed=allowed)  # fmt: skip
    if allowed:
        lines = [ln for g in got.groups for ln in g.lines]
        assert [(ln.barcode, ln.qty, ln.host_fen) for ln in lines] == [(SOAP, 2, 3750)]


def test_a_host_asking_for_a_host_that_does_not_exist_is_refused_not_told(shop: Shop) -> None:
    for call in (
        lambda u: queries.host_settlement(u, period=NOVEMBER, timezone=TZ, host_code="H99"),
        lambda u: statements.host_statement_of(u, period=NOVEMBER, timezone=TZ, shop=SHOP, host_code="H99"),
    ):
        knock(shop, "host H01", call, allowed=False)
        with pytest.raises(RuleError, match="只能查看自己的数据"):
            call(shop)


@pytest.mark.parametrize(("who", "allowed"), cases(OFFICE))
def test_every_statement_of_the_period(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: statements.statement_set(u, period=NOVEMBER, timezone=TZ, shop=SHOP),
                allowed=allowed)  # fmt: skip
    if allowed:
        assert [h.host.code for h in got.hosts] == ["H01", "H02"]
        assert [r.recommender.code for r in got.recommenders] == ["R01"]


@pytest.mark.parametrize(("who", "allowed"), cases(OFFICE))
def test_the_settlement_document(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: settlement_report(u, period=NOVEMBER, timezone=TZ), allowed=allowed)
    if allowed:
        document, closed = got
        assert closed is None and document


@pytest.mark.parametrize(("who", "allowed"), cases((*OFFICE, "host H01", "host H02")))
def test_the_settlement_screen_shows_a_host_its_own_row_only(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: statements.period_view(u, period=NOVEMBER, timezone=TZ), allowed=allowed)
    if not allowed:
        return
    s = got.settlement
    if who.startswith("host"):
        code = who.removeprefix("host ")
        assert got.host_code == code and [h.code for h in s.hosts] == [code]
        assert s.recommenders == () and dict(s.payments) == {}
    else:
        assert got.shop_wide and [h.code for h in s.hosts] == ["H01", "H02"]
        assert s.payments["cash"] == 9000 and sum(s.payments.values()) == 9000


@pytest.mark.parametrize(("who", "allowed"), cases((*OFFICE, "host H01", "host H02")))
def test_the_list_of_closed_periods(shop: Shop, who: str, allowed: bool) -> None:
    assert knock(shop, who, statements.closed_periods, allowed=allowed) in ([], None)


@pytest.mark.parametrize(("who", "allowed"), cases(OFFICE))
def test_charges_are_recorded_by_managers_only(shop: Shop, who: str, allowed: bool) -> None:
    def charge(u: Shop) -> Any:
        return charges.add_charge(u, host_code="H01", day=date(2026, 11, 2), amount_fen=3000, kind="fee")

    got = knock(shop, who, charge, allowed=allowed)
    assert got is None or (got.host_id, got.amount_fen) == (H01, 3000)


# ---------------------------------------------------------------- rent is a charge


@pytest.mark.parametrize(("who", "allowed"), cases(OFFICE))
def test_a_hosts_rent_is_set_by_those_who_record_charges(shop: Shop, who: str, allowed: bool) -> None:
    def rent(u: Shop) -> Any:
        return goods.update_host(u, code="H02", monthly_rent_fen=60000)

    got = knock(shop, who, rent, allowed=allowed)
    assert got is None or got.monthly_rent_fen == 60000


@pytest.mark.parametrize(
    ("who", "change", "allowed"),
    [
        ("staff", {"name": "主理人二号", "monthly_rent_fen": 50000, "joined": date(2026, 9, 1)}, True),
        ("staff", {"joined": date(2026, 8, 1)}, False),  # H02 pays rent: from when is a charge too
        ("manager", {"joined": date(2026, 8, 1)}, True),
        ("cashier", {"name": "主理人二号"}, False),
        ("host H02", {"name": "主理人二号"}, False),
    ],
)
def test_the_host_form_saves_without_touching_rent(
    shop: Shop, who: str, change: dict[str, Any], allowed: bool
) -> None:
    def save(u: Shop) -> Any:
        return goods.update_host(u, code="H02", **change)

    knock(shop, who, save, allowed=allowed)


@pytest.mark.parametrize(
    ("who", "rent", "allowed"), [("staff", 0, True), ("staff", 30000, False), ("manager", 30000, True)]
)
def test_a_new_host_with_rent(shop: Shop, who: str, rent: int, allowed: bool) -> None:
    def new(u: Shop) -> Any:
        return catalog.add_host(
            u, code="H03", name="主理人3号", joined=date(2026, 11, 1), monthly_rent_fen=rent
        )

    knock(shop, who, new, allowed=allowed)


# ---------------------------------------------------------------- stock


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "host H01")))
def test_the_stock_list_of_h01(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: stock.stock_levels(u, StockFilter(host_id=H01)), allowed=allowed)
    if allowed:
        assert [(s.barcode, s.on_hand) for s in got] == [(SOAP, 8)]


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "host H01", "host H02")))
def test_the_stock_list_and_its_totals_show_a_host_only_its_own(shop: Shop, who: str, allowed: bool) -> None:
    def read(u: Shop) -> Any:
        return (
            [s.barcode for s in stock.stock_levels(u, StockFilter())],
            stock.count_stock_levels(u, StockFilter()),
            [h.host_code for h in stock.host_stock(u)],
            [row["barcode"] for row in stock.stock_export(u)],
        )

    got = knock(shop, who, read, allowed=allowed)
    if not allowed:
        return
    mine = {"host H01": ([SOAP], 1, ["H01"], [SOAP]), "host H02": ([TEA], 1, ["H02"], [TEA])}
    assert got == mine.get(who, ([TEA, SOAP], 2, ["H01", "H02"], [TEA, SOAP]))


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "host H01")))
def test_who_bears_h01s_count_losses(shop: Shop, who: str, allowed: bool) -> None:
    assert knock(shop, who, lambda u: stock.loss_bearer(u, host_code="H01"), allowed=allowed) in (
        "coop",
        None,
    )


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "host H01")))
def test_the_variance_report_of_a_count_of_h01s_goods(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: stock_counts.count_variance(u, count_id=2, at=NOW), allowed=allowed)
    if allowed:  # one soap missing, at ¥25.00; the co-op bears H01's losses: 75% of it back to H01
        assert [(h.host_code, h.missing, h.variance_fen) for h in got.hosts] == [("H01", 1, -2500)]


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "host H01", "host H02")))
def test_the_variance_report_of_a_count_of_everything(shop: Shop, who: str, allowed: bool) -> None:
    got = knock(shop, who, lambda u: stock_counts.count_variance(u, count_id=1, at=NOW), allowed=allowed)
    if allowed:
        mine = {"host H01": ["H01"], "host H02": ["H02"]}
        assert [h.host_code for h in got.hosts] == mine.get(who, ["H01", "H02"])
        assert [ln.barcode for ln in got.lines] == {"host H01": [SOAP], "host H02": [TEA]}.get(
            who, [SOAP, TEA]
        )


@pytest.mark.parametrize(("who", "allowed"), cases(SHELF))
def test_goods_come_in_and_go_back_to_their_host(shop: Shop, who: str, allowed: bool) -> None:
    def slips(u: Shop) -> Any:
        stock.receive_goods(u, lines=[(SOAP, 3)], at=NOW)
        return stock.return_to_host(u, lines=[(SOAP, 1)], at=NOW, reason="瑕疵")

    got = knock(shop, who, slips, allowed=allowed)
    assert got is None or (got.host_code, got.user) == ("H01", PEOPLE[who].label)


@pytest.mark.parametrize(("who", "allowed"), cases(SHELF))
def test_a_loss_and_a_low_stock_level(shop: Shop, who: str, allowed: bool) -> None:
    def write(u: Shop) -> Any:
        stock.set_low_stock(u, barcode=SOAP, threshold=2)
        return stock.record_loss(u, barcode=SOAP, qty=1, at=NOW, reason="摔碎")

    got = knock(shop, who, write, allowed=allowed)
    assert got is None or got.qty == -1


@pytest.mark.parametrize(("who", "allowed"), cases(SHELF))
def test_a_count_is_started_by_those_who_count(shop: Shop, who: str, allowed: bool) -> None:
    knock(shop, who, lambda u: stock_counts.recent_counts(u), allowed=allowed)
    knock(shop, who, lambda u: stock_counts.current_count(u), allowed=allowed)


# ---------------------------------------------------------------- goods and people


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "cashier", "host H02")))
def test_goods_search_for_h02(shop: Shop, who: str, allowed: bool) -> None:
    def search(u: Shop) -> Any:
        return [p.barcode for p in queries.search_products(u, ProductFilter(host_id=H02))]

    assert knock(shop, who, search, allowed=allowed) in ([TEA], None)


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "cashier", "host H01")))
def test_one_products_details_and_costs(shop: Shop, who: str, allowed: bool) -> None:
    def detail(u: Shop) -> Any:
        found = queries.product_detail(u, product_id=ProductId(1))
        assert found is not None
        with u:
            return found[0].barcode, goods_steps.get_product(u, SOAP).barcode

    assert knock(shop, who, detail, allowed=allowed) in ((SOAP, SOAP), None)


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "host H01", "host H02")))
def test_the_hosts_and_recommenders_one_may_see(shop: Shop, who: str, allowed: bool) -> None:
    def people(u: Shop) -> Any:
        return [h.code for h in queries.visible_hosts(u)], [r.code for r in queries.visible_recommenders(u)]

    got = knock(shop, who, people, allowed=allowed)
    if allowed:  # R01 recommends H01's soap, nothing of H02's
        mine = {"host H01": (["H01"], ["R01"]), "host H02": (["H02"], [])}
        assert got == mine.get(who, (["H01", "H02"], ["R01"]))


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "cashier", "host H01")))
def test_the_host_h01_itself(shop: Shop, who: str, allowed: bool) -> None:
    def read(u: Shop) -> Any:
        with u:
            return goods_steps.get_host(u, "H01").code

    assert knock(shop, who, read, allowed=allowed) in ("H01", None)


@pytest.mark.parametrize(("who", "allowed"), cases((*SHELF, "cashier", "host H01")))
def test_labels_of_h01s_goods(shop: Shop, who: str, allowed: bool) -> None:
    def print_labels(u: Shop) -> Any:
        return [i.barcode for i in labels.label_items(u, host_code="H01")]

    assert knock(shop, who, print_labels, allowed=allowed) in ([SOAP], None)


# ---------------------------------------------------------------- receipts


@pytest.mark.parametrize(("who", "allowed"), cases(COUNTER))
def test_whole_receipts_are_for_the_counter_and_the_office(shop: Shop, who: str, allowed: bool) -> None:
    def history(u: Shop) -> Any:
        [summary] = sales_history.recent_sales(u, query=SalesQuery(), timezone=TZ)
        sale = sales_history.sale_details(u, summary.receipt_no)
        copy = receipts.receipt_copy(
            u, receipt_no=sale.receipt_no, settings=ReceiptSettings(shop_name="社"), now=NOW
        )
        left = sales_history.refundable(u, sale.receipt_no)
        return copy.receipt_no, [ln.line.barcode for ln in left.lines]

    got = knock(shop, who, history, allowed=allowed)
    assert got is None or got[1] == [SOAP, TEA]


# ---------------------------------------------------------------- one table of it all


@pytest.mark.parametrize("role", ["cashier", "staff", "manager", "admin", "host"])
def test_every_role_is_refused_in_its_own_words(role: Role) -> None:
    actor = Actor(user_id=None, code="X", name="某人", role=role, host_id=H01 if role == "host" else None)
    shop = Shop(actor=actor)
    if role in OFFICE:
        statements.closed_periods(shop)
        return
    with pytest.raises(RuleError) as refused:
        statements.statement_set(shop, period=NOVEMBER, timezone=TZ, shop=SHOP)
    assert "某人" in refused.value.zh and "查看结算" in refused.value.zh
