"""The payment screen's arithmetic: quick cash amounts, typed discounts, tenders and change."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.errors import CoopError
from pos.sale import PAYMENT_METHODS, Tender, settle_tenders
from pos.tendering import Tendering, parse_discount, quick_cash_amounts

fen = st.integers(min_value=1, max_value=5_000_000)


def test_quick_amounts_for_a_typical_basket() -> None:
    assert quick_cash_amounts(3650) == [3650, 4000, 5000, 10000]
    assert quick_cash_amounts(10000) == [10000, 20000, 30000, 40000]
    assert quick_cash_amounts(12345) == [12345, 13000, 14000, 15000]
    assert quick_cash_amounts(50) == [50, 1000, 2000, 5000]
    assert quick_cash_amounts(0) == []


@given(fen)
def test_quick_amounts_each_pay_the_total_ascending_without_repeats(due: int) -> None:
    amounts = quick_cash_amounts(due)
    assert amounts[0] == due
    assert len(amounts) == 4
    assert amounts == sorted(set(amounts))
    for amount in amounts[1:]:
        assert amount % 1000 == 0  # whole tens of yuan: what a customer hands over
        settled = settle_tenders(due, [Tender("cash", amount)])
        assert settled.change_fen == amount - due


def test_discounts_typed_as_amounts_or_percentages() -> None:
    assert parse_discount("5", 2000) == 500
    assert parse_discount("¥5.50", 2000) == 550
    assert parse_discount("10%", 2000) == 200
    assert parse_discount("１０％", 2000) == 200  # typed with a Chinese input method
    assert parse_discount("15%", 333) == 50  # 49.95 half up
    assert parse_discount("", 2000) == 0
    assert parse_discount("100%", 2000) == 2000
    with pytest.raises(CoopError):
        parse_discount("25", 2000)
    with pytest.raises(CoopError):
        parse_discount("120%", 2000)
    with pytest.raises(CoopError):
        parse_discount("-5", 2000)
    with pytest.raises(CoopError):
        parse_discount("abc", 2000)


@given(base=st.integers(min_value=0, max_value=10_000_000), bp=st.integers(min_value=0, max_value=10_000))
def test_a_percentage_discount_never_exceeds_the_base(base: int, bp: int) -> None:
    whole, part = divmod(bp, 100)
    discount = parse_discount(f"{whole}.{part:02d}%", base)
    assert 0 <= discount <= base
    assert discount == (base * bp * 2 + 10_000) // 20_000  # half up, exact in integers


def test_split_tender_then_cash_with_change() -> None:
    t = Tendering(8050)
    t = t.add("wechat", 5000)
    assert (t.remaining_fen, t.change_fen, t.covered) == (3050, 0, False)
    t = t.add("cash", 5000)
    assert (t.remaining_fen, t.change_fen, t.covered) == (0, 1950, True)
    assert list(t.by_method()) == [("wechat", 5000), ("cash", 5000)]
    assert t.remove_last().remaining_fen == 3050


def test_non_cash_may_not_exceed_what_is_due() -> None:
    with pytest.raises(CoopError):
        Tendering(3000).add("card", 3001)
    with pytest.raises(CoopError):
        Tendering(3000).add("cash", 0)
    with pytest.raises(CoopError):
        Tendering(3000).add("cash", 3000).add("cash", 100)  # already paid


@given(
    due=fen,
    steps=st.lists(
        st.tuples(st.sampled_from(PAYMENT_METHODS), st.integers(min_value=1, max_value=2_000_000)),
        max_size=6,
    ),
)
def test_tendering_agrees_with_the_sale_rule(due: int, steps: list[tuple[str, int]]) -> None:
    """Whatever the cashier enters, a covered tendering is one the sale accepts, with the same change."""
    t = Tendering(due)
    for method, amount in steps:
        try:
            t = t.add(method, amount)  # type: ignore[arg-type]
        except CoopError:
            continue
        assert t.paid_fen + t.remaining_fen - t.change_fen == due
    if t.covered:
        settled = settle_tenders(due, t.tenders)
        assert settled.change_fen == t.change_fen
        assert sum(p.amount_fen for p in settled.payments) == due
