"""Looking back at the counter on fakes: the recent sales list and what is left to refund."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.errors import InputError, NotFound, RuleError
from pos.money import MAX_AMOUNT_FEN
from pos.sale import RefundRequest, Tender
from pos.sales_history import SalesQuery, clean_receipt_no, day_range, parse_search
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.sales_history import recent_sales, refundable, sale_details
from pos.services.steps.catalog import add_host, add_product, add_recommender, receive_stock
from pos.users import Actor
from tests.unit.fakes import FakeUnitOfWork

TZ = "Asia/Shanghai"
MON = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 on Monday 23 November in Shanghai
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
        receive_stock(uow, barcode=SOAP, qty=10, at=MON)
        uow.commit()
    return uow


def sell(uow: FakeUnitOfWork, at: datetime, items: list[ItemRequest], tenders: list[Tender], **kw: object):  # type: ignore[no-untyped-def]
    return complete_sale(uow, items=items, tenders=tenders, at=at, timezone=TZ, counter_id="C1", **kw)


@pytest.fixture
def day(shop: FakeUnitOfWork):  # type: ignore[no-untyped-def]
    """Monday: 3 soaps by WeChat at 10:00, a bag in cash (¥50 handed over) at 11:00, one soap
    of the first sale back at 15:00; Tuesday: 2 bags by card."""
    first = sell(shop, MON, [ItemRequest(SOAP, 3)], [Tender("wechat", 7500)])
    second = sell(shop, MON + timedelta(hours=1), [ItemRequest(BAG, 1)], [Tender("cash", 5000)])
    back = refund_sale(
        shop, original_receipt=first.receipt_no, requests=[RefundRequest(1, 1)],
        payouts=[Tender("wechat", 2500)], at=MON + timedelta(hours=5), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    tuesday = sell(shop, MON + timedelta(days=1), [ItemRequest(BAG, 2)], [Tender("card", 7980)])
    return first, second, back, tuesday


def test_monday_newest_first_with_items_totals_and_payments(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    first, second, back, _ = day
    start, end = day_range(date(2026, 11, 23), date(2026, 11, 23), TZ)
    found = recent_sales(shop, query=SalesQuery(start=start, end=end), timezone=TZ)
    assert [s.receipt_no for s in found] == [back.receipt_no, second.receipt_no, first.receipt_no]
    assert [s.receipt_no for s in found] == ["C1-20261123-0003", "C1-20261123-0002", "C1-20261123-0001"]
    refund, bag, soaps = found
    assert (refund.kind, refund.total_fen, refund.units, refund.refund_of_receipt) == (
        "refund", -2500, 1, "C1-20261123-0001",
    )  # fmt: skip
    assert [(p.method, p.amount_fen) for p in refund.payments] == [("wechat", -2500)]
    assert (bag.total_fen, bag.methods, bag.payments[0].amount_fen) == (3990, ("cash",), 3990)
    assert (soaps.line_count, soaps.units, soaps.total_fen) == (1, 3, 7500)


def test_naive_times_are_shop_time(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    found = recent_sales(
        shop,
        query=SalesQuery(start=datetime(2026, 11, 23, 10, 30), end=datetime(2026, 11, 23, 12)),
        timezone=TZ,
    )
    assert [s.receipt_no for s in found] == ["C1-20261123-0002"]


def test_search_by_amount_finds_sales_and_refunds_of_it(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    assert [s.receipt_no for s in recent_sales(shop, query=parse_search("39.90"), timezone=TZ)] == [
        "C1-20261123-0002"
    ]
    assert [s.receipt_no for s in recent_sales(shop, query=parse_search("¥25"), timezone=TZ)] == [
        "C1-20261123-0003"
    ]
    both = recent_sales(shop, query=parse_search("20~80"), timezone=TZ)
    assert [s.receipt_no for s in both] == [
        "C1-20261124-0001", "C1-20261123-0003", "C1-20261123-0002", "C1-20261123-0001",
    ]  # fmt: skip


def test_search_by_receipt_fragment_kind_counter_and_limit(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    assert [s.receipt_no for s in recent_sales(shop, query=parse_search("1124"), timezone=TZ)] == [
        "C1-20261124-0001"
    ]
    refunds = recent_sales(shop, query=SalesQuery(kind="refund"), timezone=TZ)
    assert [s.receipt_no for s in refunds] == ["C1-20261123-0003"]
    assert recent_sales(shop, query=SalesQuery(counter_id="C2"), timezone=TZ) == []
    assert len(recent_sales(shop, query=SalesQuery(limit=2), timezone=TZ)) == 2


def test_a_whole_receipt_number_finds_it_whatever_the_days(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    start, end = day_range(date(2026, 11, 24), date(2026, 11, 24), TZ)
    query = parse_search(" c1-20261123-0001\r\n")
    assert query.receipt_exact and query.receipt == "C1-20261123-0001"
    query = SalesQuery(receipt=query.receipt, receipt_exact=True, start=start, end=end)
    assert [s.receipt_no for s in recent_sales(shop, query=query, timezone=TZ)] == ["C1-20261123-0001"]


def test_what_is_left_to_refund_after_one_refund(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    first, _, back, _ = day
    r = refundable(shop, "c1-20261123-0001 ")
    assert r.receipt_no == first.receipt_no
    (line,) = r.lines
    assert (line.qty, line.refunded, line.left) == (3, 1, 2)
    assert [x.receipt_no for x in r.refunds] == [back.receipt_no]
    assert (r.refunded_fen, r.default_payout, r.units_left) == (2500, "wechat", 2)
    assert r.refund_total_fen([RefundRequest(1, 2)]) == 5000
    with pytest.raises(RuleError, match="只能再退 2 件"):
        r.refund_total_fen([RefundRequest(1, 3)])


def test_a_refund_or_an_unknown_number_is_refused_in_words(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    _, _, back, _ = day
    with pytest.raises(RuleError) as refused:
        refundable(shop, back.receipt_no)
    assert "是退货单" in refused.value.zh and "C1-20261123-0001" in refused.value.zh
    assert "is a refund" in refused.value.en
    with pytest.raises(NotFound) as unknown:
        refundable(shop, "C1-20261123-0099")
    assert "没有单号为 C1-20261123-0099" in unknown.value.zh and "no sale" in unknown.value.en
    with pytest.raises(RuleError, match="原收银单号"):
        refundable(shop, "  ")


def test_a_split_payment_is_paid_back_in_cash_by_default(shop: FakeUnitOfWork) -> None:
    sale = sell(shop, MON, [ItemRequest(SOAP, 2)], [Tender("wechat", 3000), Tender("cash", 2000)])
    assert refundable(shop, sale.receipt_no).default_payout == "cash"


def test_a_host_sees_no_whole_receipts_and_staff_no_refunds(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    shop.actor = Actor(user_id=5, code="H01", name="周敏", role="host", host_id=None)
    with pytest.raises(RuleError, match="主理人不能查看整张收银单"):
        recent_sales(shop, query=SalesQuery(), timezone=TZ)
    shop.actor = Actor(user_id=6, code="S01", name="赵店员", role="staff")
    with pytest.raises(RuleError, match="没有“收银”的权限"):
        recent_sales(shop, query=SalesQuery(), timezone=TZ)
    with pytest.raises(RuleError, match="没有“退货”的权限"):
        refundable(shop, "C1-20261123-0001")
    shop.actor = Actor(user_id=7, code="C01", name="李收银", role="cashier")
    assert len(recent_sales(shop, query=SalesQuery(), timezone=TZ)) == 4
    assert refundable(shop, "C1-20261123-0001").units_left == 2


def test_search_text() -> None:
    assert parse_search("") == SalesQuery()
    assert parse_search("35.50") == SalesQuery(min_total_fen=3550, max_total_fen=3550)
    assert parse_search("３５．５") == SalesQuery(min_total_fen=3550, max_total_fen=3550)
    assert parse_search("35元") == SalesQuery(min_total_fen=3500, max_total_fen=3500)
    assert parse_search("40 ~ 30") == SalesQuery(min_total_fen=3000, max_total_fen=4000)
    assert parse_search("0007") == SalesQuery(receipt="0007")
    with pytest.raises(InputError):
        parse_search("¥3.555")
    assert clean_receipt_no("\x02c2-20261123-0010\t") == "C2-20261123-0010"
    assert clean_receipt_no("imp-2026/a") == "imp-2026/a"  # an imported number keeps its case


@given(st.integers(min_value=0, max_value=MAX_AMOUNT_FEN))
def test_an_amount_typed_as_shown_finds_that_amount(fen: int) -> None:
    text = f"{fen // 100}.{fen % 100:02d}"
    assert parse_search(text) == SalesQuery(min_total_fen=fen, max_total_fen=fen)


def test_the_lines_of_any_receipt_for_the_list(shop: FakeUnitOfWork, day) -> None:  # type: ignore[no-untyped-def]
    _, _, back, _ = day
    refund = sale_details(shop, back.receipt_no.lower())
    assert [(ln.product_name, ln.qty, ln.net_fen) for ln in refund.lines] == [("手工皂", -1, -2500)]
    with pytest.raises(NotFound):
        sale_details(shop, "C1-20261123-0042")


@given(
    qty=st.integers(min_value=1, max_value=12),
    discount=st.integers(min_value=0, max_value=900),
    steps=st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=6),
)
def test_what_the_screen_shows_is_what_is_refunded_and_all_of_it_gives_back_the_sale(
    qty: int, discount: int, steps: list[int]
) -> None:
    uow = FakeUnitOfWork()
    with uow:
        add_host(uow, code="H01", name="手作", joined=date(2026, 1, 1), coop_bp=2000)
        add_recommender(uow, code="R01", name="推介官1", default_bp=500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", recommender_code="R01", barcode=SOAP)
        add_product(uow, name="帆布袋", price_fen=3990, host_code="H01", barcode=BAG)
        uow.commit()
    total = qty * 2500 + 3990 - discount
    sale = sell(uow, MON, [ItemRequest(SOAP, qty), ItemRequest(BAG, 1)], [Tender("alipay", total)],
                sale_discount_fen=discount)  # fmt: skip
    given_back = 0
    for i, units in enumerate([*steps, qty]):
        r = refundable(uow, sale.receipt_no)
        units = min(units, r.lines[0].left)
        if units == 0:
            break
        requests = [RefundRequest(1, units)] + ([RefundRequest(2, 1)] if i == 0 else [])
        shown = r.refund_total_fen(requests)
        refund = refund_sale(
            uow, original_receipt=sale.receipt_no, requests=requests, payouts=[Tender("alipay", shown)] if shown else [],
            at=MON + timedelta(minutes=i + 1), timezone=TZ, counter_id="C1",
        )  # fmt: skip
        assert -refund.total_fen == shown
        given_back += shown
    final = refundable(uow, sale.receipt_no)
    assert final.units_left == 0 and given_back == sale.total_fen == final.refunded_fen
