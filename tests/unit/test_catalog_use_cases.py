"""The back office's changes to the catalog, as a screen makes them: each use case is given a fresh
unit of work and opens, commits or (refused) rolls it back itself.

The shop: host H01 布言布语 (20% commission) and recommender R01 小林 (5%). 小陈, staff, keeps the
catalog; 阿芳, manager, also records charges. Nothing is on the shelf yet.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos.audit import Action, AuditFilter
from pos.catalog import Host, Product
from pos.costs import CostComponent
from pos.errors import NotFound, RuleError
from pos.services import catalog, charges, goods
from pos.services.queries import list_tags
from pos.services.steps import catalog as catalog_steps
from pos.users import Actor
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
SOAP, BAG = "6968344978697", "6925199619830"
STAFF = Actor(user_id=3, code="S01", name="小陈", role="staff")
MANAGER = Actor(user_id=4, code="M01", name="阿芳", role="manager")
CASHIER = Actor(user_id=2, code="C01", name="小林", role="cashier")
COSTS = (CostComponent("原料", 620), CostComponent("包装", 80))


@pytest.fixture
def shop() -> FakeUnitOfWork:
    uow = FakeUnitOfWork(actor=STAFF)
    with uow:
        catalog_steps.add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1), coop_bp=2000)
        catalog_steps.add_recommender(uow, code="R01", name="小林", default_bp=500)
        uow.commit()
    uow.commits = 0
    return uow


def product(uow: FakeUnitOfWork, barcode: str) -> Product | None:
    with uow:
        return uow.products.by_barcode(barcode)


def host(uow: FakeUnitOfWork, code: str) -> Host | None:
    with uow:
        return uow.hosts.by_code(code)


def soap(uow: FakeUnitOfWork, **changes: object) -> tuple[Product, tuple[CostComponent, ...]]:
    """The product form saved: 手工皂 ¥25.00 of H01, recommended by R01, with its two costs."""
    values: dict[str, object] = {
        "barcode": SOAP, "name": "手工皂", "price_fen": 2500, "host_code": "H01", "recommender_code": "R01",
        "coop_bp": 2000, "rec_bp": 500, "tags": ("手作",), "active": True, "components": COSTS,
    } | changes  # fmt: skip
    return goods.save_product(uow, **values)  # type: ignore[arg-type]


# ---------------------------------------------------------------- one transaction each


def test_a_new_host_is_stored_by_the_use_case_alone(shop: FakeUnitOfWork) -> None:
    added = catalog.add_host(shop, code="H02", name="绿手指", joined=date(2026, 11, 1), coop_bp=1500)
    assert shop.commits == 1 and not shop.is_open
    assert host(shop, "H02") == added and added.coop_bp == 1500


def test_a_refused_change_commits_nothing(shop: FakeUnitOfWork) -> None:
    with pytest.raises(NotFound, match="H09"):
        catalog.add_product(shop, name="手工皂", price_fen=2500, host_code="H09", barcode=SOAP)
    assert shop.commits == 0 and not shop.is_open
    assert product(shop, SOAP) is None


def test_a_use_case_wants_a_fresh_unit_of_work_not_one_already_open(shop: FakeUnitOfWork) -> None:
    """Several changes in one transaction are the steps' (pos.services.steps), not the use cases'."""
    with shop, pytest.raises(RuntimeError, match="already open"):
        catalog.add_tag(shop, name="手作")


def test_goods_come_in_and_a_charge_is_recorded_each_in_its_own_transaction(shop: FakeUnitOfWork) -> None:
    soap(shop)
    catalog.receive_stock(shop, barcode=SOAP, qty=12, at=NOW)
    shop.actor = MANAGER
    fee = charges.add_charge(shop, host_code="H01", day=date(2026, 11, 2), amount_fen=5000, kind="fee")
    assert shop.commits == 3
    received = product(shop, SOAP)
    assert received is not None
    with shop:
        assert shop.stock.on_hand(received.id) == 12  # type: ignore[arg-type]
        assert list(shop.charges.list()) == [fee]


def test_a_cashier_records_no_charge(shop: FakeUnitOfWork) -> None:
    shop.actor = CASHIER
    with pytest.raises(RuleError):
        charges.add_charge(shop, host_code="H01", day=date(2026, 11, 2), amount_fen=5000, kind="fee")
    assert shop.commits == 0


# ---------------------------------------------------------------- the product form


def test_a_new_product_and_its_costs_are_saved_together(shop: FakeUnitOfWork) -> None:
    saved, costs = soap(shop)
    assert shop.commits == 1
    assert (saved.name, saved.price_fen, saved.coop_bp, saved.rec_bp, saved.active) == (
        "手工皂",
        2500,
        2000,
        500,
        True,
    )
    assert costs == COSTS
    with shop:
        assert shop.products.costs(saved.id) == COSTS  # type: ignore[arg-type]
        assert [t.name for t in shop.tags.list()] == ["手作"]  # the new tag is made on the way


def test_a_product_saved_inactive_is_inactive_from_the_start(shop: FakeUnitOfWork) -> None:
    saved, _ = soap(shop, active=False)
    assert shop.commits == 1 and not saved.active and not product(shop, SOAP).active  # type: ignore[union-attr]


def test_a_product_without_a_barcode_gets_an_instore_code(shop: FakeUnitOfWork) -> None:
    saved, _ = soap(shop, barcode="")
    assert saved.barcode.startswith("2") and len(saved.barcode) == 13


def test_costs_refused_leave_no_product_behind(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="重复"):
        soap(shop, components=(CostComponent("原料", 620), CostComponent("原料", 80)))
    assert shop.commits == 0 and product(shop, SOAP) is None


def test_editing_a_product_changes_it_from_now_on_and_audits_the_rate(shop: FakeUnitOfWork) -> None:
    soap(shop)
    changed, costs = soap(shop, original_barcode=SOAP, price_fen=2600, coop_bp=2500, components=())
    assert shop.commits == 2
    assert (changed.price_fen, changed.coop_bp, costs) == (2600, 2500, ())
    with shop:
        [rate] = shop.audit.search(AuditFilter(action=Action.RATE_CHANGED))
    assert (rate.actor_code, rate.subject) == ("S01", SOAP)


def test_a_new_barcode_is_kept_while_the_product_has_no_history(shop: FakeUnitOfWork) -> None:
    soap(shop)
    changed, _ = soap(shop, original_barcode=SOAP, barcode=BAG)
    assert changed.barcode == BAG and product(shop, SOAP) is None


def test_removing_a_product_deletes_it_only_if_it_never_moved(shop: FakeUnitOfWork) -> None:
    soap(shop)
    soap(shop, barcode=BAG, name="帆布袋")
    catalog.receive_stock(shop, barcode=BAG, qty=3, at=NOW)
    assert goods.remove_product(shop, barcode=SOAP) is True
    assert goods.remove_product(shop, barcode=BAG) is False  # it came in: made inactive instead
    assert product(shop, SOAP) is None and not product(shop, BAG).active  # type: ignore[union-attr]


# ---------------------------------------------------------------- the host and recommender forms


def host_form(uow: FakeUnitOfWork, **changes: object) -> Host:
    values: dict[str, object] = {
        "adding": True, "code": "H02", "name": "绿手指零废弃小铺", "kind": "host", "coop_bp": 1500,
        "monthly_rent_fen": 0, "joined": date(2026, 11, 1), "contact": "周敏", "active": True,
        "loss_bearer": "host", "at": NOW,
    } | changes  # fmt: skip
    return goods.save_host(uow, **values)  # type: ignore[arg-type]


def test_a_new_host_whose_losses_the_coop_bears_is_saved_with_it(shop: FakeUnitOfWork) -> None:
    saved = host_form(shop, loss_bearer="coop")
    assert shop.commits == 1 and host(shop, "H02") == saved
    with shop:
        assert shop.stock.loss_bearers()[saved.id] == "coop"  # type: ignore[index]
        [bearer] = shop.audit.search(AuditFilter(action=Action.RATE_CHANGED))
    assert (bearer.subject, bearer.after) == ("H02", '{"loss_bearer": "coop"}')


def test_a_host_added_inactive_and_one_edited(shop: FakeUnitOfWork) -> None:
    assert not host_form(shop, active=False).active
    edited = host_form(
        shop, adding=False, code="H01", name="布言布语手作", coop_bp=2000, joined=date(2026, 1, 1)
    )
    assert (edited.name, edited.contact, edited.active) == ("布言布语手作", "周敏", True)
    assert shop.commits == 2


def test_a_new_host_with_rent_is_for_who_records_charges_and_nothing_is_kept(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError):
        host_form(shop, monthly_rent_fen=120000, loss_bearer="coop")
    assert shop.commits == 0 and host(shop, "H02") is None
    shop.actor = MANAGER
    assert host_form(shop, monthly_rent_fen=120000).monthly_rent_fen == 120000


def test_a_recommender_added_inactive_and_edited(shop: FakeUnitOfWork) -> None:
    added = goods.save_recommender(
        shop, adding=True, code="R02", name="阿May", default_bp=750, contact="", active=False
    )
    edited = goods.save_recommender(
        shop, adding=False, code="R01", name="小林", default_bp=600, contact="微信 xl", active=True
    )
    assert (added.active, added.default_bp) == (False, 750)
    assert (edited.default_bp, edited.contact) == (600, "微信 xl")
    assert shop.commits == 2


# ---------------------------------------------------------------- tags


def test_tags_are_added_renamed_and_deactivated(shop: FakeUnitOfWork) -> None:
    catalog.add_tag(shop, name="手作")
    catalog.add_tag(shop, name="环保")
    goods.rename_tag(shop, old="环保", new="零废弃", active=False)
    assert [(t.name, t.active) for t in list_tags(shop)] == [("手作", True), ("零废弃", False)]
    with pytest.raises(RuleError, match="已经存在"):
        catalog.add_tag(shop, name="手作")
    assert shop.commits == 3
