"""Statements as data (pos.statements): lines per product with subtotals that add up, the refusal of
lines that disagree with the settlement, numbers and file names, and the snapshot kept at closing."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.errors import RuleError
from pos.ids import HostId, ProductId, RecommenderId
from pos.money import LineInput, split_sale
from pos.settlement import ChargeItem, HostSettlement, Period, RecommenderSettlement, Settlement
from pos.statement_lines import SoldLine, StatementLine, group_by_product, line_totals, to_statement_lines
from pos.statement_snapshot import from_snapshot, snapshot_document
from pos.statements import (
    Party,
    ShopInfo,
    Status,
    coop_income,
    file_name,
    host_statement,
    recommender_numbers,
    recommender_statement,
)

TZ = "Asia/Shanghai"
OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
SHOP = ShopInfo("来!合作社", "上海市长宁区新华路345弄")
DRAFT = Status(number="JS-20261001-20261031", period=OCTOBER, timezone=TZ)
H01 = HostId(1)
R01 = RecommenderId(1)
SOAP, BAG = ProductId(1), ProductId(2)


def sold(
    product: ProductId,
    name: str,
    *,
    at: datetime,
    receipt: str,
    qty: int,
    price: int,
    coop_bp: int = 2000,
    rec_bp: int = 0,
    line_no: int = 1,
    sale_discount: int = 0,
) -> SoldLine:
    s = split_sale(
        [LineInput(qty=qty, unit_price_fen=price, coop_bp=coop_bp, rec_bp=rec_bp)],
        sale_discount_fen=sale_discount,
    )[0]
    return SoldLine(
        at=at,
        receipt_no=receipt,
        line_no=line_no,
        kind="sale",
        refund_of_receipt="",
        host_id=H01,
        recommender_id=R01 if rec_bp else None,
        product_id=product,
        product_name=name,
        barcode=f"69000000000{int(product):02d}",
        split=s,
    )


def refund_of(line: SoldLine, *, units: int, at: datetime, receipt: str) -> SoldLine:
    return dataclasses.replace(
        line,
        at=at,
        receipt_no=receipt,
        kind="refund",
        refund_of_receipt=line.receipt_no,
        split=line.split.refund(units=units, already_refunded=0),
    )


def lines_of(*items: SoldLine) -> list[StatementLine]:
    return to_statement_lines(items, timezone=TZ, host_codes={H01: "H01"}, recommender_codes={R01: "R01"})


def figures(lines: list[StatementLine], *, charges: tuple[ChargeItem, ...] = ()) -> HostSettlement:
    t = line_totals(lines)
    charged = sum(c.amount_fen for c in charges)
    balance = t.host_fen - charged
    return HostSettlement(
        host_id=H01,
        code="H01",
        name="王小明·手工皂",
        sales_fen=t.sales_fen,
        refunds_fen=t.refunds_fen,
        net_sales_fen=t.net_fen,
        coop_commission_fen=t.coop_fen,
        recommender_fees_fen=t.rec_fen,
        host_share_fen=t.host_fen,
        charges_fen=charged,
        opening_balance_fen=0,
        payable_fen=max(0, balance),
        carried_forward_fen=min(0, balance),
        charge_items=charges,
        lines=t.lines,
    )


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 10, day, hour, tzinfo=UTC)


def test_three_soaps_sold_and_one_returned_make_one_product_group_with_its_subtotal() -> None:
    soap = sold(SOAP, "手工皂", at=at(20), receipt="C1-20261020-0001", qty=3, price=2500, rec_bp=500)
    bag = sold(BAG, "帆布袋", at=at(21), receipt="C1-20261021-0001", qty=1, price=3990, coop_bp=1500)
    back = refund_of(soap, units=1, at=at(25), receipt="C1-20261025-0001")
    lines = lines_of(back, bag, soap)
    groups = group_by_product(lines)
    assert [g.name for g in groups] == ["帆布袋", "手工皂"]  # by name, then barcode
    soaps = groups[1]
    assert [ln.receipt_no for ln in soaps.lines] == ["C1-20261020-0001", "C1-20261025-0001"]  # by time
    assert soaps.lines[1].refund and soaps.lines[1].refund_of_receipt == "C1-20261020-0001"
    # 3 × ¥25.00 at 20 % and 5 %: net 7500, coop 1500, rec 375, host 5625; one back: −2500, −500, −125
    t = soaps.totals
    assert (t.lines, t.qty, t.sales_fen, t.refunds_fen, t.net_fen) == (2, 2, 7500, -2500, 5000)
    assert (t.coop_fen, t.rec_fen, t.host_fen) == (1000, 250, 3750)


def test_lines_are_dated_in_shop_time_across_midnight() -> None:
    late = sold(SOAP, "手工皂", at=datetime(2026, 10, 31, 16, 30, tzinfo=UTC), receipt="A", qty=1, price=100)
    (line,) = lines_of(late)
    assert f"{line.at:%Y-%m-%d %H:%M}" == "2026-11-01 00:30"


def test_a_host_statement_takes_its_figures_from_the_settlement_when_the_lines_agree() -> None:
    lines = lines_of(
        sold(SOAP, "手工皂", at=at(20), receipt="A", qty=3, price=2500, rec_bp=500, sale_discount=66),
        sold(BAG, "帆布袋", at=at(21), receipt="B", qty=1, price=3990),
    )
    rent = (ChargeItem(day=date(2026, 10, 1), kind="rent", amount_fen=50000, note="2026-10 月租"),)
    f = figures(lines, charges=rent)
    s = host_statement(status=DRAFT, shop=SHOP, host=Party(code="H01", name="王小明"), figures=f, lines=lines)
    assert s.number == "JS-20261001-20261031-H01"
    assert s.totals.host_fen == f.host_share_fen
    assert s.figures.carried_forward_fen == f.host_share_fen - 50000 < 0


def test_lines_that_disagree_with_the_settlement_are_refused() -> None:
    lines = lines_of(sold(SOAP, "手工皂", at=at(20), receipt="A", qty=1, price=2500))
    f = figures(lines)
    wrong = HostSettlement(
        **{**{k: getattr(f, k) for k in HostSettlement.__dataclass_fields__}, "host_share_fen": 1}
    )
    with pytest.raises(RuleError, match="不一致"):
        host_statement(
            status=DRAFT, shop=SHOP, host=Party(code="H01", name="王小明"), figures=wrong, lines=lines
        )
    fees = RecommenderSettlement(recommender_id=R01, code="R01", name="李推介", fees_fen=999, lines=1)
    with pytest.raises(RuleError):
        recommender_statement(
            status=DRAFT, shop=SHOP, recommender=Party(code="R01", name="李推介"), figures=fees, lines=lines
        )


lines_strategy = st.lists(
    st.tuples(
        st.integers(1, 6),  # product
        st.integers(1, 28),  # day
        st.integers(1, 5),  # qty
        st.integers(1, 50_000),  # unit price
        st.sampled_from([0, 1000, 1750, 2000, 3000]),
        st.sampled_from([0, 500, 650]),
        st.integers(0, 2),  # units refunded
    ),
    max_size=40,
)


@given(lines_strategy)
def test_product_subtotals_always_add_up_to_the_statement_total(spec: list[tuple[int, ...]]) -> None:
    items: list[SoldLine] = []
    for i, (product, day, qty, price, coop, rec, back) in enumerate(spec):
        line = sold(
            ProductId(product),
            f"好货{product}",
            at=at(day),
            receipt=f"S{i:03d}",
            qty=qty,
            price=price,
            coop_bp=coop,
            rec_bp=rec,
        )
        items.append(line)
        if 0 < back <= qty:
            items.append(refund_of(line, units=back, at=at(day) + timedelta(days=1), receipt=f"R{i:03d}"))
    lines = lines_of(*items)
    groups = group_by_product(lines)
    whole = line_totals(lines)
    assert sorted(ln.receipt_no for g in groups for ln in g.lines) == sorted(ln.receipt_no for ln in lines)
    for field in ("lines", "qty", "sales_fen", "refunds_fen", "net_fen", "coop_fen", "rec_fen", "host_fen"):
        assert sum(getattr(g.totals, field) for g in groups) == getattr(whole, field)
    assert whole.net_fen == whole.coop_fen + whole.rec_fen + whole.host_fen
    for g in groups:
        assert all(a.at <= b.at for a, b in zip(g.lines, g.lines[1:], strict=False))


def test_statement_numbers_and_file_names() -> None:
    numbers = recommender_numbers("JS-20261001-20261031", ["H01", "a1"], ["R01", "A1", "COOP"])
    assert numbers == {
        "R01": "JS-20261001-20261031-R01",
        "A1": "JS-20261001-20261031-R-A1",  # a host has that code (file systems ignore case)
        "COOP": "JS-20261001-20261031-R-COOP",  # the summary is <number>-coop
    }
    assert file_name("JS-20261001-20261031-H/01") == "JS-20261001-20261031-H_01.pdf"


def test_the_snapshot_gives_back_the_settlement_and_the_parties_as_they_were() -> None:
    lines = lines_of(sold(SOAP, "手工皂", at=at(20), receipt="A", qty=3, price=2500, rec_bp=500))
    rent = (ChargeItem(day=date(2026, 10, 1), kind="rent", amount_fen=45050, note="2026-10 月租"),)
    host = figures(lines, charges=rent)
    rec = RecommenderSettlement(recommender_id=R01, code="R01", name="李推介", fees_fen=375, lines=1)
    settlement = Settlement(
        period=OCTOBER,
        timezone=TZ,
        hosts=(host,),
        recommenders=(rec,),
        payments={"cash": 7500, "wechat": 0, "alipay": 0, "card": 0, "other": 0},
    )
    doc = snapshot_document(settlement, host_contacts={H01: "138 0000 0000"}, recommender_contacts={})
    back = from_snapshot(doc)
    assert back.settlement == settlement
    assert back.hosts["H01"] == Party(code="H01", name="王小明·手工皂", contact="138 0000 0000")
    assert back.recommenders["R01"] == Party(code="R01", name="李推介", contact="")
    assert coop_income(settlement).rent_fen == 45050
    with pytest.raises(RuleError):
        from_snapshot({**doc, "version": 99})
