"""Issue 4: each role allowed and refused where it should be, in the services themselves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pos.audit import Action, AuditFilter
from pos.catalog import ProductFilter
from pos.errors import RuleError
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ApprovalNeeded, ItemRequest, complete_sale, refund_sale
from pos.services.queries import host_settlement, search_products
from pos.services.steps.catalog import add_host, add_product, receive_stock
from pos.services.steps.charges import add_charge
from pos.services.steps.goods import update_product
from pos.services.steps.users import add_user, change_user, set_pin
from pos.services.users import LoginRefused, approve, create_first_admin, login
from pos.settlement import Period
from pos.users import Actor
from tests.unit.fakes import FakeUnitOfWork, open_counter

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
TZ = "Asia/Shanghai"
SOAP, TEA = "6968344978697", "6925199619830"


@pytest.fixture
def shop() -> FakeUnitOfWork:
    """H01 sells 手工皂 ¥25.00, H02 sells 茶 ¥40.00; five logins, one per role."""
    uow = FakeUnitOfWork()
    create_first_admin(uow, code="A01", name="管理员", pin="9999", now=NOW)
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        add_host(uow, code="H02", name="主理人2号", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        add_product(uow, name="茶", price_fen=4000, host_code="H02", barcode=TEA)
        for code, name, role, pin, host in (
            ("M01", "店长", "manager", "8888", ""),
            ("C01", "收银员", "cashier", "1111", ""),
            ("S01", "店员", "staff", "2222", ""),
            ("H01", "主理人1号", "host", "3333", "H01"),
        ):
            add_user(uow, code=code, name=name, role=role, pin=pin, now=NOW, host_code=host)  # type: ignore[arg-type]
        uow.commit()
    return open_counter(uow, at=NOW)


def as_user(uow: FakeUnitOfWork, code: str, pin: str) -> FakeUnitOfWork:
    uow.actor = login(uow, code=code, pin=pin, now=NOW)
    return uow


def sell(uow: FakeUnitOfWork, **kw) -> object:  # type: ignore[no-untyped-def]
    args = {"items": [ItemRequest(SOAP, 1)], "tenders": [Tender("cash", 2500)], "at": NOW, "timezone": TZ,
            "counter_id": "C1"} | kw  # fmt: skip
    return complete_sale(uow, **args)


def audit(uow: FakeUnitOfWork, action: str) -> list:  # type: ignore[type-arg]
    with uow:
        return list(uow.audit.search(AuditFilter(action=action)))


@pytest.mark.parametrize(
    ("code", "pin", "allowed"),
    [
        ("C01", "1111", True),
        ("M01", "8888", True),
        ("A01", "9999", True),
        ("S01", "2222", False),
        ("H01", "3333", False),
    ],
)
def test_who_may_sell(shop: FakeUnitOfWork, code: str, pin: str, allowed: bool) -> None:
    as_user(shop, code, pin)
    if allowed:
        sell(shop)
    else:
        with pytest.raises(RuleError, match="没有“收银”的权限"):
            sell(shop)


@pytest.mark.parametrize(
    ("code", "pin", "allowed"),
    [("S01", "2222", True), ("M01", "8888", True), ("C01", "1111", False), ("H01", "3333", False)],
)
def test_who_may_change_goods_and_receive_stock(
    shop: FakeUnitOfWork, code: str, pin: str, allowed: bool
) -> None:
    as_user(shop, code, pin)
    with shop:
        if allowed:
            update_product(shop, barcode=SOAP, price_fen=2600)
            receive_stock(shop, barcode=SOAP, qty=5, at=NOW)
        else:
            with pytest.raises(RuleError):
                update_product(shop, barcode=SOAP, price_fen=2600)
            with pytest.raises(RuleError):
                receive_stock(shop, barcode=SOAP, qty=5, at=NOW)


def test_only_managers_record_charges(shop: FakeUnitOfWork) -> None:
    for code, pin in (("C01", "1111"), ("S01", "2222"), ("H01", "3333")):
        as_user(shop, code, pin)
        with shop, pytest.raises(RuleError):
            add_charge(shop, host_code="H01", day=date(2026, 11, 1), amount_fen=5000, kind="fee")
    as_user(shop, "M01", "8888")
    with shop:
        add_charge(shop, host_code="H01", day=date(2026, 11, 1), amount_fen=5000, kind="fee")


def test_only_an_administrator_manages_users(shop: FakeUnitOfWork) -> None:
    as_user(shop, "M01", "8888")
    with shop, pytest.raises(RuleError, match="管理用户"):
        add_user(shop, code="C02", name="新收银员", role="cashier", pin="4444", now=NOW)
    as_user(shop, "A01", "9999")
    with shop:
        add_user(shop, code="C02", name="新收银员", role="cashier", pin="4444", now=NOW)
        shop.commit()
    assert [e.subject for e in audit(shop, Action.USER_ADDED)] == ["C02", "H01", "S01", "C01", "M01", "A01"]


def test_a_host_sees_only_its_own_goods_and_figures(shop: FakeUnitOfWork) -> None:
    as_user(shop, "H01", "3333")
    assert [p.barcode for p in search_products(shop, ProductFilter())] == [SOAP]
    with shop:
        h02 = shop.hosts.by_code("H02")
    assert h02 is not None
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        search_products(shop, ProductFilter(host_id=h02.id))
    with pytest.raises(RuleError, match="只能查看自己的数据"):  # a unit of work of its own
        host_settlement(
            shop, period=Period(date(2026, 11, 1), date(2026, 11, 30)), timezone=TZ, host_code="H02"
        )


def test_five_wrong_pins_lock_that_user_for_five_minutes(shop: FakeUnitOfWork) -> None:
    for _ in range(4):
        with pytest.raises(LoginRefused, match="账号或 PIN 不对"):
            login(shop, code="C01", pin="0000", now=NOW)
    with pytest.raises(LoginRefused, match="已锁定 5 分钟"):
        login(shop, code="C01", pin="0000", now=NOW)
    with pytest.raises(LoginRefused, match="请 5 分钟后再试"):
        login(shop, code="C01", pin="1111", now=NOW)  # even the right PIN, while locked
    assert login(shop, code="C01", pin="1111", now=NOW + timedelta(minutes=5)).role == "cashier"
    assert len(audit(shop, Action.LOGIN_LOCKED)) == 1
    with pytest.raises(LoginRefused, match="账号或 PIN 不对"):
        login(shop, code="NOBODY", pin="1111", now=NOW)  # an unknown login reads the same


def test_a_cashiers_discount_over_the_limit_needs_a_managers_pin(shop: FakeUnitOfWork) -> None:
    as_user(shop, "C01", "1111")
    sell(
        shop, items=[ItemRequest(SOAP, 1, line_discount_fen=250)], tenders=[Tender("cash", 2250)]
    )  # 10%: fine
    with pytest.raises(ApprovalNeeded, match="店长"):
        sell(shop, items=[ItemRequest(SOAP, 1, line_discount_fen=251)], tenders=[Tender("cash", 2249)])
    with pytest.raises(RuleError, match="批准折扣"):  # another cashier cannot approve
        sell(shop, items=[ItemRequest(SOAP, 1, line_discount_fen=500)], tenders=[Tender("cash", 2000)],
             approver=login(shop, code="C01", pin="1111", now=NOW))  # fmt: skip
    manager = approve(shop, code="M01", pin="8888", now=NOW)
    sale = sell(shop, items=[ItemRequest(SOAP, 1, line_discount_fen=500)], tenders=[Tender("cash", 2000)],
                approver=manager)  # fmt: skip
    assert sale.approver == "M01"  # type: ignore[attr-defined]
    [over] = audit(shop, Action.DISCOUNT_OVER_LIMIT)
    assert (over.actor_code, over.approver_code, over.subject) == ("C01", "M01", sale.receipt_no)  # type: ignore[attr-defined]


def test_a_sale_discount_and_a_price_override_count_too(shop: FakeUnitOfWork) -> None:
    as_user(shop, "C01", "1111")
    with pytest.raises(ApprovalNeeded):
        sell(shop, items=[ItemRequest(TEA, 1)], sale_discount_fen=401, tenders=[Tender("cash", 3599)])
    sale = sell(
        shop, items=[ItemRequest(TEA, 1, unit_price_fen=3800)], tenders=[Tender("cash", 3800)]
    )  # 5% off
    [override] = audit(shop, Action.PRICE_OVERRIDE)
    assert override.subject == sale.receipt_no and '"price_fen": 4000' in override.before  # type: ignore[attr-defined]
    assert audit(shop, Action.DISCOUNT_OVER_LIMIT) == []


def test_a_manager_marks_down_without_asking_anyone(shop: FakeUnitOfWork) -> None:
    as_user(shop, "M01", "8888")
    sale = sell(shop, items=[ItemRequest(SOAP, 1, line_discount_fen=1000)], tenders=[Tender("cash", 1500)])
    [over] = audit(shop, Action.DISCOUNT_OVER_LIMIT)
    assert (over.actor_code, over.approver_code, sale.approver) == ("M01", "", "")  # type: ignore[attr-defined]


def test_each_refund_and_rate_change_leaves_exactly_one_entry(shop: FakeUnitOfWork) -> None:
    as_user(shop, "C01", "1111")
    sale = sell(shop, items=[ItemRequest(SOAP, 2)], tenders=[Tender("cash", 5000)])
    refund_sale(shop, original_receipt=sale.receipt_no, requests=[RefundRequest(1, 1)],  # type: ignore[attr-defined]
                payouts=[Tender("cash", 2500)], at=NOW, timezone=TZ, counter_id="C1")  # fmt: skip
    [refund] = audit(shop, Action.REFUND)
    assert refund.actor_code == "C01" and sale.receipt_no in refund.note  # type: ignore[attr-defined]
    as_user(shop, "S01", "2222")
    with shop:
        update_product(shop, barcode=SOAP, coop_bp=2500)
        update_product(shop, barcode=SOAP, price_fen=2700)  # a price change is not a rate change
        shop.commit()
    [rate] = audit(shop, Action.RATE_CHANGED)
    assert (rate.actor_code, rate.subject, rate.before, rate.after) == (
        "S01",
        SOAP,
        '{"coop_bp": 2000, "rec_bp": 0}',
        '{"coop_bp": 2500, "rec_bp": 0}',
    )


def test_the_last_administrator_stays_and_pins_change_only_by_their_owner_or_an_admin(
    shop: FakeUnitOfWork,
) -> None:
    as_user(shop, "A01", "9999")
    with shop, pytest.raises(RuleError, match="至少要保留一位"):
        change_user(shop, code="A01", active=False, now=NOW)
    as_user(shop, "C01", "1111")
    with shop:
        set_pin(shop, code="C01", pin="123456", now=NOW)
        shop.commit()
        with pytest.raises(RuleError):
            set_pin(shop, code="M01", pin="000000", now=NOW)
    assert login(shop, code="C01", pin="123456", now=NOW).code == "C01"
    assert [e.subject for e in audit(shop, Action.PIN_CHANGED)] == ["C01"]


def test_there_is_no_default_pin(shop: FakeUnitOfWork) -> None:
    fresh = FakeUnitOfWork()
    from pos.services.users import needs_first_admin

    assert needs_first_admin(fresh)
    with pytest.raises(LoginRefused):
        login(fresh, code="admin", pin="0000", now=NOW)
    assert not needs_first_admin(shop)
    with pytest.raises(RuleError, match="已经有管理员"):
        create_first_admin(shop, code="X", name="x", pin="1234", now=NOW)


def test_actor_labels() -> None:
    actor = Actor(user_id=1, code="C01", name="收银员", role="cashier")
    assert actor.label == "收银员 (C01)"


def test_a_host_prints_labels_only_for_its_own_goods(shop: FakeUnitOfWork) -> None:
    from pos.services.labels import label_items

    as_user(shop, "H01", "3333")
    assert [i.barcode for i in label_items(shop)] == [SOAP]
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        label_items(shop, barcodes=[TEA])
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        label_items(shop, host_code="H02")


def test_a_host_login_without_a_host_sees_nothing() -> None:
    uow = FakeUnitOfWork(actor=Actor(user_id=None, code="door", name="door", role="host"))
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        search_products(uow, ProductFilter())
