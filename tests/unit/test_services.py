"""The counter's use cases on fakes: a day at 来!合作社 told as tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos.errors import InputError, NotFound, RuleError
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.steps.catalog import add_host, add_product, add_recommender, receive_stock
from tests.unit.fakes import FakeUnitOfWork

TZ = "Asia/Shanghai"
AT = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai
SOAP, BAG = "6968344978697", "6925199619830"


@pytest.fixture
def shop() -> FakeUnitOfWork:
    """H01 sells 手工皂 at ¥25.00 (20%, recommender R01 5%); H02 sells 帆布袋 at ¥39.90 (15%)."""
    uow = FakeUnitOfWork()
    with uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1), coop_bp=2000)
        add_host(uow, code="H02", name="主理人2号·旧物新生", joined=date(2026, 8, 1), coop_bp=1500)
        add_recommender(uow, code="R01", name="推介官1", default_bp=500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", recommender_code="R01", barcode=SOAP)
        add_product(uow, name="帆布袋", price_fen=3990, host_code="H02", barcode=BAG)
        receive_stock(uow, barcode=SOAP, qty=10, at=AT)
        uow.commit()
    return uow


def sell_worked_example(uow: FakeUnitOfWork, *, tenders: list[Tender] | None = None):  # type: ignore[no-untyped-def]
    return complete_sale(
        uow,
        items=[ItemRequest(SOAP, 3), ItemRequest(BAG, 1, line_discount_fen=200)],
        sale_discount_fen=100,
        tenders=tenders or [Tender("wechat", 11190)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )


def test_products_take_their_hosts_and_recommenders_rates(shop: FakeUnitOfWork) -> None:
    with shop:
        soap = shop.products.by_barcode(SOAP)
        bag = shop.products.by_barcode(BAG)
    assert soap is not None and (soap.coop_bp, soap.rec_bp) == (2000, 500)
    assert bag is not None and (bag.coop_bp, bag.rec_bp, bag.recommender_id) == (1500, 0, None)


def test_a_product_without_barcode_gets_the_next_instore_ean13(shop: FakeUnitOfWork) -> None:
    with shop:
        first = add_product(shop, name="明信片", price_fen=1000, host_code="H01")
        second = add_product(shop, name="明信片二", price_fen=1000, host_code="H01")
    assert (first.barcode, second.barcode) == ("2000000000015", "2000000000022")


def test_upc_a_and_its_ean13_form_are_one_product(shop: FakeUnitOfWork) -> None:
    with shop:
        add_product(shop, name="蜂蜜", price_fen=3580, host_code="H02", barcode="748906828839")
        with pytest.raises(RuleError, match="0748906828839"):
            add_product(shop, name="蜂蜜二", price_fen=3580, host_code="H02", barcode="0748906828839")


def test_a_wrong_check_digit_is_refused_never_stored(shop: FakeUnitOfWork) -> None:
    with shop, pytest.raises(InputError) as err:
        add_product(shop, name="茶", price_fen=4156, host_code="H01", barcode="6968344978698")
    assert "校验位" in err.value.zh and "check digit" in err.value.en


def test_rates_over_100_percent_cannot_be_saved(shop: FakeUnitOfWork) -> None:
    with shop, pytest.raises(RuleError):
        add_product(shop, name="茶", price_fen=4156, host_code="H01", recommender_code="R01", coop_bp=9600)


def test_the_worked_example_of_domain_md_to_the_fen(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    assert sale.receipt_no == "C1-20261123-0001"
    assert [
        (ln.sale_discount_fen, ln.net_fen, ln.coop_fen, ln.rec_fen, ln.host_fen) for ln in sale.lines
    ] == [
        (66, 7434, 1487, 372, 5575),
        (34, 3756, 563, 0, 3193),
    ]
    assert sale.total_fen == 11190


def test_cash_above_the_total_is_change_not_revenue(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop, tenders=[Tender("wechat", 1190), Tender("cash", 20000)])
    assert sale.change_fen == 10000
    assert {p.method: p.amount_fen for p in sale.payments} == {"cash": 10000, "wechat": 1190}
    assert sum(p.amount_fen for p in sale.payments) == sale.total_fen


def test_card_cannot_be_overpaid(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="找零"):
        sell_worked_example(shop, tenders=[Tender("card", 20000)])


def test_receipt_numbers_are_gap_free_and_a_failed_sale_takes_none(shop: FakeUnitOfWork) -> None:
    sell_worked_example(shop)
    with pytest.raises(RuleError):
        sell_worked_example(shop, tenders=[Tender("wechat", 100)])  # underpaid: refused
    second = sell_worked_example(shop)
    assert second.receipt_no == "C1-20261123-0002"


def test_an_unknown_barcode_is_a_message_and_records_nothing(shop: FakeUnitOfWork) -> None:
    with pytest.raises(NotFound, match="6901234567892"):
        complete_sale(
            shop,
            items=[ItemRequest("6901234567892", 1)],
            tenders=[Tender("cash", 100)],
            at=AT,
            timezone=TZ,
            counter_id="C1",
        )
    assert shop.store.sales == {}


def test_refunds_in_two_steps_give_back_exactly_the_line(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    a = refund_sale(
        shop,
        original_receipt=sale.receipt_no,
        requests=[RefundRequest(1, 1)],
        payouts=[Tender("cash", 2478)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    b = refund_sale(
        shop,
        original_receipt=sale.receipt_no,
        requests=[RefundRequest(1, 2)],
        payouts=[Tender("wechat", 4956)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    assert [(ln.net_fen, ln.coop_fen, ln.rec_fen, ln.host_fen) for ln in a.lines] == [
        (-2478, -496, -124, -1858)
    ]
    assert [(ln.net_fen, ln.coop_fen, ln.rec_fen, ln.host_fen) for ln in b.lines] == [
        (-4956, -991, -248, -3717)
    ]
    assert a.refund_of_receipt == sale.receipt_no and a.receipt_no == "C1-20261123-0002"
    assert [p.amount_fen for p in b.payments] == [-4956]


def test_refunding_more_than_was_sold_is_refused(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    refund_sale(
        shop,
        original_receipt=sale.receipt_no,
        requests=[RefundRequest(1, 2)],
        payouts=[Tender("cash", 4956)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    with pytest.raises(RuleError) as err:
        refund_sale(
            shop,
            original_receipt=sale.receipt_no,
            requests=[RefundRequest(1, 2)],
            payouts=[Tender("cash", 4956)],
            at=AT,
            timezone=TZ,
            counter_id="C1",
        )
    assert "只能再退 1 件" in err.value.zh and "only 1 left" in err.value.en


def test_stock_follows_sales_and_refunds_but_not_damaged_goods(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    refund_sale(
        shop,
        original_receipt=sale.receipt_no,
        requests=[RefundRequest(1, 1)],
        payouts=[Tender("cash", 2478)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    refund_sale(
        shop,
        original_receipt=sale.receipt_no,
        requests=[RefundRequest(1, 1, damaged=True)],
        payouts=[Tender("cash", 2478)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    with shop:
        soap = shop.products.by_barcode(SOAP)
        bag = shop.products.by_barcode(BAG)
        assert soap and soap.id and bag and bag.id
        assert shop.stock.on_hand(soap.id) == 10 - 3 + 1
        assert shop.stock.on_hand(bag.id) == -1  # sold with no stock on the books: allowed, flagged later


def test_a_price_change_never_touches_a_past_sale(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    with shop:
        soap = shop.products.by_barcode(SOAP)
        assert soap is not None
        shop.products.update(soap.with_changes(price_fen=3000, coop_bp=3000))
        shop.commit()
    with shop:
        stored = shop.sales.by_receipt(sale.receipt_no)
    assert stored is not None and stored.lines[0].unit_price_fen == 2500 and stored.lines[0].coop_bp == 2000


def test_a_gift_worth_nothing_completes_without_payment(shop: FakeUnitOfWork) -> None:
    sale = complete_sale(
        shop,
        items=[ItemRequest(SOAP, 1, line_discount_fen=2500)],
        tenders=[],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    assert sale.total_fen == 0 and sale.payments == ()
    refund = refund_sale(
        shop, original_receipt=sale.receipt_no, requests=[RefundRequest(1, 1)], payouts=[],
        at=AT, timezone=TZ, counter_id="C1",
    )  # fmt: skip
    assert refund.total_fen == 0
    with shop:
        soap = shop.products.by_barcode(SOAP)
        assert soap is not None and soap.id is not None and shop.stock.on_hand(soap.id) == 10


def test_a_sale_with_something_to_pay_still_needs_a_payment(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="没有付款"):
        complete_sale(shop, items=[ItemRequest(SOAP, 1)], tenders=[], at=AT, timezone=TZ, counter_id="C1")
