"""The largest amount the shop takes is ¥9,999,999.99 (``MAX_AMOUNT_FEN``), either way.

Anything larger is a typo or a careless script: typed, imported or passed to a service, it is
refused in words naming the field, never an overflow somewhere in a database.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.cart import CartItem
from pos.catalog import Host, Product
from pos.charges import Charge
from pos.costs import CostComponent, check_components
from pos.errors import CoopError, InputError, RuleError
from pos.ids import HostId, ProductId
from pos.money import MAX_AMOUNT_FEN, check_amount, format_yuan, parse_fen, split_line
from pos.sale import CartLine, Tender
from pos.services.carts import scan, set_price, set_quantity
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.shifts import open_shift, paid_in, paid_out
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.charges import add_charge
from pos.services.steps.goods import set_costs, update_host, update_product
from pos.shifts import CashMovement, DenominationCount
from tests.unit.fakes import FakeUnitOfWork, open_counter

TZ = "Asia/Shanghai"
AT = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
SOAP, LAMP = "6968344978697", "6925199619830"
LARGEST = "¥9,999,999.99"


def test_the_largest_amount_is_nine_million_nine_hundred_and_ninety_nine_thousand_yuan_and_change() -> None:
    assert MAX_AMOUNT_FEN == 999_999_999
    assert parse_fen("9,999,999.99") == MAX_AMOUNT_FEN
    assert parse_fen("-9999999.99", allow_negative=True) == -MAX_AMOUNT_FEN


@pytest.mark.parametrize(
    "typed", ["10000000", "¥10,000,000.00", "99999999999", "1" * 5000, "0" * 50 + "10000000"]
)
def test_a_larger_amount_typed_or_imported_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_fen(typed, field="售价/price")
    assert refused.value.zh.startswith("售价 “") and refused.value.zh.endswith(
        f"超过了允许的最大金额 {LARGEST}"
    )
    assert refused.value.en.startswith('price "') and refused.value.en.endswith(
        f"largest amount allowed, {LARGEST}"
    )


@given(st.integers())
def test_any_amount_is_within_the_limit_or_refused_in_words(fen: int) -> None:
    try:
        assert check_amount(fen, field="费用/charge") == fen
    except RuleError as exc:
        assert abs(fen) > MAX_AMOUNT_FEN
        assert exc.zh.startswith("费用 ") and exc.en.startswith("charge ") and LARGEST in exc.en
    written = format_yuan(fen)
    try:
        assert parse_fen(written, allow_negative=True) == fen
    except InputError as exc:
        assert abs(fen) > MAX_AMOUNT_FEN and LARGEST in exc.zh


@given(st.integers(min_value=MAX_AMOUNT_FEN + 1))
def test_records_refuse_a_larger_amount_whoever_builds_them(fen: int) -> None:
    attempts = {
        "售价": lambda: Product(barcode=SOAP, name="手工皂", price_fen=fen, host_id=HostId(1), coop_bp=2000),
        "月租": lambda: Host(code="H01", name="布言布语", monthly_rent_fen=fen, joined=date(2026, 1, 1)),
        "费用金额": lambda: Charge(host_id=HostId(1), day=date(2026, 11, 1), amount_fen=-fen, kind="adjustment"),
        "成本项“原料”": lambda: check_components([CostComponent("原料", fen)]),
        "现金付款": lambda: Tender("cash", fen),
        "手工皂 的单价": lambda: CartLine(product_id=ProductId(1), host_id=HostId(1), recommender_id=None,
                                       product_name="手工皂", barcode=SOAP, qty=1, unit_price_fen=fen,
                                       coop_bp=2000, rec_bp=0),
        "手工皂 的售价": lambda: CartItem(line_no=1, product_id=ProductId(1), barcode=SOAP, name="手工皂",
                                       host_code="H01", list_price_fen=fen, qty=1),
        "存入金额": lambda: CashMovement(kind="paid_in", amount_fen=fen, reason="找零", at=AT, by="A01"),
        "单价": lambda: split_line(qty=1, unit_price_fen=fen, coop_bp=2000, rec_bp=0),
    }  # fmt: skip
    for field, attempt in attempts.items():
        with pytest.raises(RuleError) as refused:
            attempt()
        assert refused.value.zh.startswith(field + " "), refused.value.zh
        assert LARGEST in refused.value.en


def test_a_recorded_paid_in_loads_as_it_was() -> None:
    """What happened is not refused afterwards: a stored movement (with an id) loads whatever it holds."""
    old = CashMovement(id=7, kind="paid_out", amount_fen=MAX_AMOUNT_FEN + 1, reason="旧账", at=AT, by="A01")
    assert old.amount_fen == MAX_AMOUNT_FEN + 1


@pytest.fixture
def shop() -> FakeUnitOfWork:
    """H01 sells 手工皂 at ¥25.00 and a lamp at ¥99,999.00; the counter's shift is open."""
    uow = FakeUnitOfWork()
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1))
        add_product(uow, barcode=SOAP, name="手工皂", price_fen=2500, host_code="H01")
        add_product(uow, barcode=LAMP, name="铜灯", price_fen=9_999_900, host_code="H01")
        uow.commit()
    return open_counter(uow, at=AT)


def refused(shop: FakeUnitOfWork, attempt, field: str) -> CoopError:  # type: ignore[no-untyped-def]
    with pytest.raises(CoopError) as caught:
        attempt()
    assert caught.value.zh.startswith(field), caught.value.zh
    assert LARGEST in caught.value.zh and LARGEST in caught.value.en
    return caught.value


def test_a_careless_script_passing_huge_fen_to_the_catalog_is_refused_in_words(shop: FakeUnitOfWork) -> None:
    def in_uow(call):  # type: ignore[no-untyped-def]
        def run() -> None:
            with shop:
                call()
                shop.commit()

        return run

    refused(shop, in_uow(lambda: add_product(shop, name="金条", price_fen=10**12, host_code="H01")), "售价")
    refused(shop, in_uow(lambda: update_product(shop, barcode=SOAP, price_fen=10**12)), "售价")
    refused(shop, in_uow(lambda: update_host(shop, code="H01", monthly_rent_fen=10**12)), "月租")
    refused(
        shop,
        in_uow(lambda: set_costs(shop, barcode=SOAP, components=[CostComponent("原料", 10**12)])),
        "成本项",
    )
    # a charge has its own, lower bound (¥1,000,000), which comes first
    huge_charge = in_uow(
        lambda: add_charge(shop, host_code="H01", day=date(2026, 11, 1), amount_fen=10**12, kind="fee")
    )
    with pytest.raises(RuleError, match=r"过大|implausibly large"):
        huge_charge()
    with shop:
        soap = shop.products.by_barcode(SOAP)
        assert soap is not None and soap.price_fen == 2500


def test_a_sale_whose_total_is_over_the_limit_is_refused_with_words(shop: FakeUnitOfWork) -> None:
    def sell(*items: ItemRequest, paid: int = 100):  # type: ignore[no-untyped-def]
        return lambda: complete_sale(
            shop, items=list(items), tenders=[Tender("cash", paid)], at=AT, timezone=TZ, counter_id="C1"
        )

    commits = shop.commits
    refused(shop, sell(ItemRequest(LAMP, 99999)), "行金额")  # 99,999 × ¥99,999.00
    refused(shop, sell(ItemRequest(LAMP, 60), ItemRequest(LAMP, 50)), "整单金额")  # ¥6.0M + ¥5.0M
    refused(shop, sell(ItemRequest(SOAP, 1, unit_price_fen=10**12)), "手工皂 的单价")
    refused(shop, sell(ItemRequest(SOAP, 1), paid=10**12), "现金付款")
    assert shop.commits == commits  # nothing recorded


def test_the_counters_cart_refuses_a_line_over_the_limit(shop: FakeUnitOfWork) -> None:
    cart = scan(shop, counter_id="C1", code=LAMP, at=AT)
    line = cart.items[0].line_no
    refused(shop, lambda: set_quantity(shop, counter_id="C1", line_no=line, qty=9999, at=AT), "铜灯 的行金额")
    refused(
        shop,
        lambda: set_price(shop, counter_id="C1", line_no=line, unit_price_fen=10**12, at=AT),
        "铜灯 的单价",
    )
    cart = set_quantity(shop, counter_id="C1", line_no=line, qty=100, at=AT)  # ¥9,999,900.00: just inside
    assert cart.total_fen == 999_990_000
    assert dataclasses.replace(cart.items[0], qty=100).gross_fen <= MAX_AMOUNT_FEN


def test_the_drawer_refuses_paid_in_out_and_floats_over_the_limit() -> None:
    uow = FakeUnitOfWork()
    uow.clock = lambda: AT
    refused(uow, lambda: DenominationCount.of({10000: 100_000}), "点钞合计")  # 100,000 × ¥100
    open_shift(uow, counter_id="C1", float_count=DenominationCount.of({10000: 5}), at=AT)
    refused(uow, lambda: paid_in(uow, counter_id="C1", amount_fen=10**12, reason="找零", at=AT), "存入金额")
    refused(
        uow,
        lambda: paid_out(uow, counter_id="C1", amount_fen=MAX_AMOUNT_FEN + 1, reason="买菜", at=AT),
        "支出金额",
    )
    assert (
        paid_in(uow, counter_id="C1", amount_fen=MAX_AMOUNT_FEN, reason="银行取款", at=AT).amount_fen
        == MAX_AMOUNT_FEN
    )
