"""What the back office's screens read, each in a unit of work of its own that writes nothing:
the goods list, a product's form, the choices it offers, labels and price cards, the audit log.

The shop: H01 布言布语 sells 手工皂 ¥25.00 (20% commission, R01 小林 recommends it at 5%, costs
原料 ¥6.20 and 包装 ¥0.80) and 竹牙刷 ¥12.00; H02 绿手指 sells 帆布袋 ¥39.90, recommended by R02
阿May. 12 soaps and 3 bags came in. Who reads: 小陈 (staff), H01's own login, a cashier, a manager.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos.audit import Action, AuditFilter
from pos.catalog import ProductFilter
from pos.costs import CostComponent
from pos.errors import RuleError
from pos.ids import HostId, ProductId
from pos.services import labels, queries
from pos.services.audit import read_audit
from pos.services.steps import catalog, goods
from pos.users import Actor
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
SOAP, BRUSH, BAG = "6968344978697", "6901234567892", "6925199619830"
STAFF = Actor(user_id=3, code="S01", name="小陈", role="staff")
H01_LOGIN = Actor(user_id=5, code="H01", name="布言布语", role="host", host_id=HostId(1))
CASHIER = Actor(user_id=2, code="C01", name="小林", role="cashier")
MANAGER = Actor(user_id=4, code="M01", name="阿芳", role="manager")
COSTS = (CostComponent("原料", 620), CostComponent("包装", 80))


@pytest.fixture
def shop() -> FakeUnitOfWork:
    uow = FakeUnitOfWork(actor=STAFF)
    with uow:
        catalog.add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1), coop_bp=2000)
        catalog.add_host(uow, code="H02", name="绿手指", joined=date(2026, 1, 1), coop_bp=1500)
        catalog.add_recommender(uow, code="R01", name="小林", default_bp=500)
        catalog.add_recommender(uow, code="R02", name="阿May", default_bp=750)
        catalog.add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP,
                            recommender_code="R01", tags=["手作"])  # fmt: skip
        catalog.add_product(uow, name="竹牙刷", price_fen=1200, host_code="H01", barcode=BRUSH)
        catalog.add_product(uow, name="帆布袋", price_fen=3990, host_code="H02", barcode=BAG,
                            recommender_code="R02", tags=["环保"])  # fmt: skip
        goods.set_costs(uow, barcode=SOAP, components=COSTS)
        catalog.receive_stock(uow, barcode=SOAP, qty=12, at=NOW)
        catalog.receive_stock(uow, barcode=BAG, qty=3, at=NOW)
        uow.commit()
    uow.commits = 0
    return uow


def reads_only(uow: FakeUnitOfWork) -> bool:
    return uow.commits == 0 and not uow.is_open


# ---------------------------------------------------------------- the goods list and its form


def test_the_goods_list_counts_and_shows_its_first_page_together(shop: FakeUnitOfWork) -> None:
    total, page = queries.products_page(shop, ProductFilter(limit=2))
    assert total == 3 and [p.barcode for p in page] == [BRUSH, BAG]  # by barcode
    assert [p.barcode for p in queries.search_products(shop, ProductFilter(limit=2, offset=2))] == [SOAP]
    assert queries.count_products(shop, ProductFilter(text="皂")) == 1
    assert reads_only(shop)


def test_a_host_sees_only_its_own_goods_and_whom_they_name(shop: FakeUnitOfWork) -> None:
    shop.actor = H01_LOGIN
    total, page = queries.products_page(shop, ProductFilter())
    assert (total, [p.barcode for p in page]) == (2, [BRUSH, SOAP])
    choices = queries.catalog_choices(shop)
    assert [h.code for h in choices.hosts] == ["H01"]
    assert [r.code for r in choices.recommenders] == ["R01"]  # not R02, who recommends H02's bag
    assert reads_only(shop)


def test_the_choices_of_the_product_form(shop: FakeUnitOfWork) -> None:
    choices = queries.catalog_choices(shop)
    assert [h.code for h in choices.hosts] == ["H01", "H02"]
    assert [t.name for t in choices.tags] == ["手作", "环保"]
    assert choices.host("H02").name == "绿手指"  # type: ignore[union-attr]
    assert choices.recommender_by_id(choices.recommender("R02").id).name == "阿May"  # type: ignore[union-attr]
    assert choices.host("H09") is None


def test_a_product_opens_with_its_costs_and_the_choices(shop: FakeUnitOfWork) -> None:
    found = queries.product_to_edit(shop, product_id=ProductId(1))
    assert found is not None
    assert (found.product.barcode, found.costs) == (SOAP, COSTS)
    assert [h.code for h in found.choices.hosts] == ["H01", "H02"]
    assert queries.product_to_edit(shop, product_id=ProductId(99)) is None  # gone meanwhile
    assert queries.product_detail(shop, product_id=ProductId(1)) == (found.product, COSTS)
    assert reads_only(shop)


def test_a_host_opens_only_its_own_product(shop: FakeUnitOfWork) -> None:
    shop.actor = H01_LOGIN
    assert queries.product_to_edit(shop, product_id=ProductId(1)) is not None
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        queries.product_to_edit(shop, product_id=ProductId(3))  # H02's bag


def test_hosts_and_recommenders_are_not_for_the_counter(shop: FakeUnitOfWork) -> None:
    assert [h.code for h in queries.visible_hosts(shop)] == ["H01", "H02"]
    assert [r.code for r in queries.visible_recommenders(shop)] == ["R01", "R02"]
    shop.actor = CASHIER
    with pytest.raises(RuleError):
        queries.visible_hosts(shop)


def test_every_tag_is_listed_active_or_not(shop: FakeUnitOfWork) -> None:
    with shop:
        goods.rename_tag(shop, old="环保", new="环保", active=False)
        shop.commit()
    assert [(t.name, t.active) for t in queries.list_tags(shop)] == [("手作", True), ("环保", False)]


# ---------------------------------------------------------------- labels and price cards


def test_labels_one_per_product_or_as_many_as_are_on_hand(shop: FakeUnitOfWork) -> None:
    one_each = labels.label_items(shop, host_code="H01", copies=2)
    assert [(i.barcode, i.copies, i.host_name) for i in one_each] == [
        (SOAP, 2, "布言布语"),
        (BRUSH, 2, "布言布语"),
    ]
    on_hand = labels.label_items(shop, per_stock=True)  # no brushes came in: no label for them
    assert [(i.barcode, i.copies) for i in on_hand] == [(SOAP, 12), (BAG, 3)]
    with pytest.raises(RuleError, match="没有库存"):
        labels.label_items(shop, barcodes=[BRUSH], per_stock=True)
    with pytest.raises(RuleError, match="份数"):
        labels.label_items(shop, copies=0)
    assert reads_only(shop)


def test_a_price_card_shows_who_gets_what_of_the_soap(shop: FakeUnitOfWork) -> None:
    [card] = labels.price_cards(shop, shop_name="来!合作社", as_of=date(2026, 11, 23), barcodes=[SOAP])
    c = card.composition
    assert (card.host_code, card.recommender_name, card.tags) == ("H01", "小林", ("手作",))
    assert (c.price_fen, c.coop_fen, c.rec_fen, c.host_fen, c.costs_fen, c.margin_fen) == (
        2500, 500, 125, 1875, 700, 1175,
    )  # fmt: skip
    assert reads_only(shop)


def test_a_host_prints_labels_of_its_own_goods_only(shop: FakeUnitOfWork) -> None:
    shop.actor = H01_LOGIN
    assert [i.barcode for i in labels.label_items(shop)] == [SOAP, BRUSH]
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        labels.price_cards(shop, shop_name="来!合作社", as_of=date(2026, 11, 23), barcodes=[BAG])


# ---------------------------------------------------------------- the audit log


def test_a_manager_reads_the_log_newest_first_a_cashier_not_at_all(shop: FakeUnitOfWork) -> None:
    with shop:
        goods.update_product(shop, barcode=SOAP, coop_bp=2500)
        goods.update_product(shop, barcode=BAG, coop_bp=1800)
        shop.commit()
    shop.commits, shop.actor = 0, MANAGER
    entries = read_audit(shop, AuditFilter(action=Action.RATE_CHANGED))
    assert [(e.subject, e.actor_code) for e in entries] == [(BAG, "S01"), (SOAP, "S01")]
    assert reads_only(shop)
    shop.actor = CASHIER
    with pytest.raises(RuleError, match="查看操作记录"):
        read_audit(shop, AuditFilter())
