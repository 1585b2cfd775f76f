"""One value object for a line's split (pos.money.LineSplit), held by sale, sold and statement lines.

The eleven figures of a line (units, price, discounts, net, rates, the three shares) are declared
once; a sale line, a stored line read back for a statement and a statement's line hold a split and
read its figures as their own. A refund line's split comes from the sold line's split.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos.errors import RuleError
from pos.ids import HostId, ProductId, RecommenderId, SaleLineId
from pos.money import HoldsSplit, LineSplit, split_line, split_refund
from pos.sale import CartLine, RefundRequest, Sale, SaleLine, price_lines, refund_lines
from pos.statement_lines import SoldLine, StatementLine, to_statement_lines

SPLIT_FIELDS = {f.name for f in dataclasses.fields(LineSplit)}
AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
SOAP = CartLine(
    product_id=ProductId(1),
    host_id=HostId(1),
    recommender_id=RecommenderId(1),
    product_name="手工皂",
    barcode="6901234567892",
    qty=3,
    unit_price_fen=2500,
    coop_bp=2000,
    rec_bp=500,
)
BAG = CartLine(
    product_id=ProductId(2),
    host_id=HostId(2),
    recommender_id=None,
    product_name="帆布袋",
    barcode="6901234567908",
    qty=1,
    unit_price_fen=3990,
    coop_bp=1500,
    rec_bp=0,
    line_discount_fen=200,
)


def sale_one() -> Sale:
    """Sale 1 of docs/domain.md: 3 × 手工皂 and 1 × 帆布袋 (¥2.00 off the line), ¥1.00 off the sale."""
    lines = price_lines([SOAP, BAG], sale_discount_fen=100)
    lines = tuple(dataclasses.replace(ln, id=SaleLineId(ln.line_no)) for ln in lines)
    return Sale(
        receipt_no="C1-20261123-0001",
        at=AT,
        business_day=date(2026, 11, 23),
        counter_id="C1",
        seq=1,
        lines=lines,
        payments=(),
        sale_discount_fen=100,
    )


@pytest.mark.parametrize("record", [SaleLine, SoldLine, StatementLine])
def test_a_line_holds_one_split_and_declares_none_of_its_figures(record: type) -> None:
    own = {f.name: f.type for f in dataclasses.fields(record)}
    assert set(own) & SPLIT_FIELDS == set()
    assert own["split"] in ("LineSplit", LineSplit)
    assert issubclass(record, HoldsSplit)
    for name in SPLIT_FIELDS:  # read as its own, never written
        assert isinstance(getattr(record, name), property), name
        assert getattr(record, name).fset is None, name


def test_the_worked_example_reads_the_same_on_the_sale_line_and_in_its_split() -> None:
    soap, bag = sale_one().lines
    assert soap.split == split_line(
        qty=3, unit_price_fen=2500, coop_bp=2000, rec_bp=500, sale_discount_fen=66
    )
    assert (soap.net_fen, soap.coop_fen, soap.rec_fen, soap.host_fen) == (7434, 1487, 372, 5575)
    assert (bag.net_fen, bag.coop_fen, bag.rec_fen, bag.host_fen) == (3756, 563, 0, 3193)
    for line in (soap, bag):
        for name in SPLIT_FIELDS:
            assert getattr(line, name) == getattr(line.split, name), name
    assert soap.split.gross_fen == 7500 and bag.split.gross_fen == 3990
    assert sale_one().total_fen == 11190


def test_refunds_a_and_b_of_the_worked_example_as_line_splits() -> None:
    soap = sale_one().lines[0].split
    refund_a = soap.refund(units=1, already_refunded=0)
    refund_b = soap.refund(units=2, already_refunded=1)
    assert refund_a == LineSplit(
        qty=-1, unit_price_fen=2500, line_discount_fen=0, sale_discount_fen=0,
        net_fen=-2478, coop_bp=2000, rec_bp=500, coop_fen=-496, rec_fen=-124, host_fen=-1858,
    )  # fmt: skip
    assert refund_b == LineSplit(
        qty=-2, unit_price_fen=2500, line_discount_fen=0, sale_discount_fen=0,
        net_fen=-4956, coop_bp=2000, rec_bp=500, coop_fen=-991, rec_fen=-248, host_fen=-3717,
    )  # fmt: skip
    assert refund_a.gross_fen == -2500


def test_a_refund_line_holds_the_split_of_what_it_gives_back() -> None:
    sale = sale_one()
    (back,) = refund_lines(sale, [RefundRequest(line_no=1, units=2)], already_refunded={1: 1})
    assert back.split == sale.lines[0].split.refund(units=2, already_refunded=1)
    assert (back.qty, back.net_fen, back.host_fen) == (-2, -4956, -3717)
    assert back.refund_of_line_id == sale.lines[0].id


def test_refunding_more_than_is_left_of_a_split_is_refused() -> None:
    soap = sale_one().lines[0].split
    with pytest.raises(RuleError):
        soap.refund(units=3, already_refunded=1)
    with pytest.raises(RuleError):
        soap.refund(units=0, already_refunded=0)


def test_a_statement_line_holds_the_very_split_that_was_sold() -> None:
    sale = sale_one()
    sold = [
        SoldLine(
            at=sale.at, receipt_no=sale.receipt_no, line_no=ln.line_no, kind="sale", refund_of_receipt="",
            host_id=ln.host_id, recommender_id=ln.recommender_id, product_id=ln.product_id,
            product_name=ln.product_name, barcode=ln.barcode, split=ln.split,
        )
        for ln in sale.lines
    ]  # fmt: skip
    printed = to_statement_lines(
        sold, timezone="Asia/Shanghai", host_codes={HostId(1): "H01", HostId(2): "H02"},
        recommender_codes={RecommenderId(1): "R01"},
    )  # fmt: skip
    assert [p.split for p in printed] == [ln.split for ln in sale.lines]
    assert [(p.host_code, p.recommender_code, p.net_fen) for p in printed] == [
        ("H01", "R01", 7434),
        ("H02", "", 3756),
    ]


@st.composite
def sold_splits(draw: st.DrawFn) -> LineSplit:
    qty = draw(st.integers(min_value=1, max_value=40))
    price = draw(st.integers(min_value=0, max_value=200_000))
    coop = draw(st.integers(min_value=0, max_value=10_000))
    rec = draw(st.integers(min_value=0, max_value=10_000 - coop))
    line_discount = draw(st.integers(min_value=0, max_value=qty * price))
    share = draw(st.integers(min_value=0, max_value=qty * price - line_discount))
    return split_line(
        qty=qty, unit_price_fen=price, coop_bp=coop, rec_bp=rec,
        line_discount_fen=line_discount, sale_discount_fen=share,
    )  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_line_given_back_in_any_steps_gives_back_its_split_exactly(data: st.DataObject) -> None:
    sold = data.draw(sold_splits(), label="sold")
    back = {name: 0 for name in ("qty", "net_fen", "coop_fen", "rec_fen", "host_fen")}
    done = 0
    while done < sold.qty:
        units = data.draw(st.integers(min_value=1, max_value=sold.qty - done), label="units")
        part = sold.refund(units=units, already_refunded=done)
        same = split_refund(
            qty=sold.qty, net_fen=sold.net_fen, coop_fen=sold.coop_fen, rec_fen=sold.rec_fen,
            already_refunded=done, units=units,
        )  # fmt: skip
        assert (part.net_fen, part.coop_fen, part.rec_fen, part.host_fen) == (
            same.net_fen, same.coop_fen, same.rec_fen, same.host_fen,
        )  # fmt: skip
        assert (part.qty, part.unit_price_fen, part.coop_bp, part.rec_bp) == (
            -units, sold.unit_price_fen, sold.coop_bp, sold.rec_bp,
        )  # fmt: skip
        assert part.line_discount_fen == part.sale_discount_fen == 0
        assert part.net_fen == part.coop_fen + part.rec_fen + part.host_fen
        for name in back:
            back[name] += getattr(part, name)
        done += units
    assert back == {
        "qty": -sold.qty, "net_fen": -sold.net_fen, "coop_fen": -sold.coop_fen,
        "rec_fen": -sold.rec_fen, "host_fen": -sold.host_fen,
    }  # fmt: skip
