"""The cart at the counter: scans, quantities, discounts, suspend and resume, voids, payment."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos.audit import Action, AuditFilter
from pos.cart import parse_qty_prefix
from pos.errors import InputError, NotFound, RuleError
from pos.sale import Tender
from pos.services import carts
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.goods import update_product
from pos.services.steps.users import add_user
from pos.services.users import create_first_admin, login
from pos.shifts import DenominationCount
from tests.unit.fakes import FakeUnitOfWork, open_counter

AT = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
TZ = "Asia/Shanghai"
SOAP, BAG = "6968344978697", "6925199619830"


@pytest.fixture
def counter() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    create_first_admin(uow, code="A01", name="管理员", pin="9999", now=AT)
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        add_product(uow, name="帆布袋", price_fen=3990, host_code="H01", barcode=BAG)
        add_user(uow, code="C01", name="收银员", role="cashier", pin="1111", now=AT)
        uow.commit()
    open_counter(uow, at=AT, float_count=DenominationCount.of({10000: 1}))
    uow.actor = login(uow, code="C01", pin="1111", now=AT)
    return uow


def scan(uow: FakeUnitOfWork, code: str, qty: int = 1):  # type: ignore[no-untyped-def]
    return carts.scan(uow, counter_id="C1", code=code, at=AT, qty=qty)


def test_scanning_the_same_code_again_adds_a_unit(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP)
    scan(counter, BAG)
    cart = scan(counter, f" {SOAP}\r\n")
    assert [(i.barcode, i.qty) for i in cart.items] == [(SOAP, 2), (BAG, 1)]
    assert cart.subtotal_fen == 2 * 2500 + 3990


def test_three_star_then_scan(counter: FakeUnitOfWork) -> None:
    qty, code = parse_qty_prefix(f"3*{SOAP}")
    cart = scan(counter, code, qty or 1)
    assert cart.items[0].qty == 3
    with pytest.raises(RuleError):
        parse_qty_prefix("0*123")


def test_an_unknown_or_mistyped_code_is_a_message_and_creates_nothing(counter: FakeUnitOfWork) -> None:
    with pytest.raises(NotFound, match="6901234567892"):
        scan(counter, "6901234567892")
    with pytest.raises(InputError, match="校验位"):
        scan(counter, "6968344978698")
    with counter:
        assert counter.products.by_barcode("6901234567892") is None


def test_an_inactive_product_is_not_sold(counter: FakeUnitOfWork) -> None:
    counter.actor = login(counter, code="A01", pin="9999", now=AT)
    with counter:
        update_product(counter, barcode=BAG, active=False)
        counter.commit()
    with pytest.raises(RuleError, match="已停用"):
        scan(counter, BAG)


def test_every_change_is_stored_before_it_is_shown(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP)
    carts.set_quantity(counter, counter_id="C1", line_no=1, qty=4, at=AT)
    carts.set_line_discount(counter, counter_id="C1", line_no=1, discount_fen=500, at=AT)
    carts.set_sale_discount(counter, counter_id="C1", discount_fen=100, at=AT)
    # "reopen the app": a fresh read of the counter's cart gives the exact cart back
    again = carts.current_cart(counter, counter_id="C1", at=AT)
    assert [(i.qty, i.line_discount_fen) for i in again.items] == [
        (4, 500)
    ] and again.sale_discount_fen == 100


def test_a_refused_change_changes_nothing(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP)
    with pytest.raises(RuleError):
        carts.set_line_discount(counter, counter_id="C1", line_no=1, discount_fen=2600, at=AT)
    with pytest.raises(RuleError):
        carts.set_quantity(counter, counter_id="C1", line_no=1, qty=0, at=AT)
    cart = carts.current_cart(counter, counter_id="C1", at=AT)
    assert [(i.qty, i.line_discount_fen) for i in cart.items] == [(1, 0)]


def test_several_carts_suspended_and_resumed(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP)
    carts.suspend(counter, counter_id="C1", label="王阿姨", at=AT)
    scan(counter, BAG)
    carts.suspend(counter, counter_id="C1", label="", at=AT)
    parked = carts.suspended_carts(counter, counter_id="C1")
    assert [c.label for c in parked] == ["王阿姨", "挂单 2"]
    scan(counter, BAG)
    with pytest.raises(RuleError, match="先挂起"):
        carts.resume(counter, counter_id="C1", cart_id=parked[0].id or 0, at=AT)
    carts.remove_line(counter, counter_id="C1", line_no=1, at=AT)
    cart = carts.resume(counter, counter_id="C1", cart_id=parked[0].id or 0, at=AT)
    assert [i.barcode for i in cart.items] == [SOAP]
    assert [c.label for c in carts.suspended_carts(counter, counter_id="C1")] == ["挂单 2"]


def test_paying_turns_the_cart_into_exactly_one_sale(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP, 3)
    scan(counter, BAG)
    carts.set_line_discount(counter, counter_id="C1", line_no=2, discount_fen=200, at=AT)
    carts.set_sale_discount(counter, counter_id="C1", discount_fen=100, at=AT)
    sale = carts.checkout(counter, counter_id="C1", tenders=[Tender("cash", 20000)], at=AT, timezone=TZ)  # fmt: skip
    assert sale.total_fen == 11190 and sale.change_fen == 20000 - 11190 and sale.cashier == "C01"
    assert carts.current_cart(counter, counter_id="C1", at=AT).items == ()
    with pytest.raises(RuleError, match="购物车是空的"):  # paying again records nothing
        carts.checkout(counter, counter_id="C1", tenders=[Tender("cash", 20000)], at=AT, timezone=TZ)  # fmt: skip
    assert len(counter.store.sales) == 1


def test_a_refused_payment_keeps_the_cart(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP)
    with pytest.raises(RuleError, match="还差"):
        carts.checkout(counter, counter_id="C1", tenders=[Tender("cash", 100)], at=AT, timezone=TZ)  # fmt: skip
    assert [i.barcode for i in carts.current_cart(counter, counter_id="C1", at=AT).items] == [SOAP]
    assert counter.store.sales == {}


def test_a_price_rung_up_is_the_price_paid(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP)
    counter.actor = login(counter, code="A01", pin="9999", now=AT)
    with counter:
        update_product(counter, barcode=SOAP, price_fen=2600)
        counter.commit()
    sale = carts.checkout(counter, counter_id="C1", tenders=[Tender("wechat", 2500)], at=AT, timezone=TZ)  # fmt: skip
    assert sale.total_fen == 2500


def test_voids_are_audited_once_each(counter: FakeUnitOfWork) -> None:
    scan(counter, SOAP)
    scan(counter, BAG)
    carts.remove_line(counter, counter_id="C1", line_no=2, at=AT)
    carts.void_cart(counter, counter_id="C1", at=AT, reason="顾客不要了")
    with counter:
        lines = counter.audit.search(AuditFilter(action=Action.VOID_LINE))
        voids = counter.audit.search(AuditFilter(action=Action.VOID_CART))
    assert [(e.actor_code, e.note) for e in lines] == [("C01", "帆布袋")]
    assert [(e.actor_code, e.note) for e in voids] == [("C01", "顾客不要了")]
    assert carts.current_cart(counter, counter_id="C1", at=AT).items == ()
    with pytest.raises(RuleError, match="没有什么可作废"):
        carts.void_cart(counter, counter_id="C1", at=AT, reason="又按了一次")
    scan(counter, SOAP)
    for reason in ("", "  \t"):  # a void says why, whoever calls
        with pytest.raises(RuleError, match="作废的原因"):
            carts.void_cart(counter, counter_id="C1", at=AT, reason=reason)
    assert [i.barcode for i in carts.current_cart(counter, counter_id="C1", at=AT).items] == [SOAP]


def test_a_shift_does_not_close_over_a_suspended_cart(counter: FakeUnitOfWork) -> None:
    from pos.services.shifts import close_shift

    scan(counter, SOAP)  # the shift with a ¥100 float was opened by the fixture
    carts.suspend(counter, counter_id="C1", label="王阿姨", at=AT)
    with pytest.raises(RuleError, match="挂单 1 张"):
        close_shift(counter, counter_id="C1", counted=DenominationCount.of({10000: 1}), at=AT)
    parked = carts.suspended_carts(counter, counter_id="C1")[0]
    carts.resume(counter, counter_id="C1", cart_id=parked.id or 0, at=AT)
    with pytest.raises(RuleError, match="收银台上还有商品"):
        close_shift(counter, counter_id="C1", counted=DenominationCount.of({10000: 1}), at=AT)
    carts.void_cart(counter, counter_id="C1", at=AT, reason="顾客改天再来")
    closed = close_shift(counter, counter_id="C1", counted=DenominationCount.of({10000: 1}), at=AT)
    assert closed.report is not None and closed.report.over_short_fen == 0
