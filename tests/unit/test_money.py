"""Money rules of docs/domain.md, exact to the fen: parsing, formatting, rounding, splits, refunds.

The worked example of docs/domain.md (three soaps and a canvas bag, one yuan off the sale, then
two refunds) is checked figure by figure; the rules behind it are checked with Hypothesis
for any line a cashier could ring up.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pos.money as money
from pos.errors import CoopError, InputError, RuleError
from pos.money import (
    MAX_AMOUNT_FEN,
    LineInput,
    LineSplit,
    RefundSplit,
    allocate,
    apply_bp,
    check_amount,
    check_bp,
    check_rates,
    format_bp,
    format_cny,
    format_yuan,
    parse_bp,
    parse_fen,
    round_half_up_div,
    split_line,
    split_refund,
    split_sale,
)

# Products of the worked example.
SOAP = LineInput(qty=3, unit_price_fen=2500, coop_bp=2000, rec_bp=500)  # 手工皂 ¥25.00, H01, R01
BAG = LineInput(qty=1, unit_price_fen=3990, coop_bp=1500, rec_bp=0, line_discount_fen=200)  # 帆布袋 ¥39.90

FAST = settings(max_examples=200, deadline=None)
FEWER = settings(max_examples=80, deadline=None)


# ---------------------------------------------------------------------------------------------
# Reference arithmetic, in Decimal / Fraction, independent of pos.money.
# ---------------------------------------------------------------------------------------------


def decimal_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half up (away from zero) by Decimal, exactly."""
    digits = len(str(abs(numerator))) + len(str(denominator)) + 50
    with localcontext() as ctx:
        ctx.prec = digits
        quotient = Decimal(numerator) / Decimal(denominator)
        return int(quotient.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def decimal_yuan(fen: int) -> Decimal:
    """Exact Decimal yuan for ``fen``, with two places (``1250`` -> ``Decimal('12.50')``)."""
    return Decimal((1 if fen < 0 else 0, tuple(int(c) for c in str(abs(fen))), -2))


def assert_all_int(record: object) -> None:
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        assert type(value) is int, f"{type(record).__name__}.{field.name} is {type(value).__name__}"


# ---------------------------------------------------------------------------------------------
# Strategies: what a cashier can ring up.
# ---------------------------------------------------------------------------------------------

bps = st.integers(min_value=0, max_value=10_000)


@st.composite
def rate_pairs(draw: st.DrawFn) -> tuple[int, int]:
    coop = draw(bps)
    rec = draw(st.one_of(st.just(0), st.integers(min_value=0, max_value=10_000 - coop)))
    return coop, rec


@st.composite
def line_inputs(draw: st.DrawFn) -> LineInput:
    qty = draw(st.integers(min_value=1, max_value=50))
    price = draw(st.integers(min_value=0, max_value=200_000))
    coop, rec = draw(rate_pairs())
    discount = draw(st.one_of(st.just(0), st.integers(min_value=0, max_value=qty * price)))
    return LineInput(qty=qty, unit_price_fen=price, coop_bp=coop, rec_bp=rec, line_discount_fen=discount)


@st.composite
def sales(draw: st.DrawFn) -> tuple[list[LineInput], int]:
    lines = draw(st.lists(line_inputs(), min_size=1, max_size=6))
    due = sum(ln.qty * ln.unit_price_fen - ln.line_discount_fen for ln in lines)
    sale_discount = draw(st.one_of(st.just(0), st.integers(min_value=0, max_value=due)))
    return lines, sale_discount


@st.composite
def sold_lines(draw: st.DrawFn) -> LineSplit:
    """One completed sale line, with some share of a sale discount on it."""
    ln = draw(line_inputs())
    due = ln.qty * ln.unit_price_fen - ln.line_discount_fen
    share = draw(st.one_of(st.just(0), st.integers(min_value=0, max_value=due)))
    return split_line(
        qty=ln.qty,
        unit_price_fen=ln.unit_price_fen,
        coop_bp=ln.coop_bp,
        rec_bp=ln.rec_bp,
        line_discount_fen=ln.line_discount_fen,
        sale_discount_fen=share,
    )


@st.composite
def partitions(draw: st.DrawFn, total: int) -> list[int]:
    """Any way of returning ``total`` units in one or more refunds."""
    steps: list[int] = []
    left = total
    while left:
        step = draw(st.integers(min_value=1, max_value=left))
        steps.append(step)
        left -= step
    return steps


FULL_WIDTH = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


# ---------------------------------------------------------------------------------------------
# parse_fen: what the cashier types into a price or amount box.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("12.50", 1250),
        ("¥12.50", 1250),
        ("￥12.50", 1250),
        ("￥1,234.50", 123450),
        ("1,234,567.89", 123456789),
        ("１２．５０", 1250),
        ("￥１，２３４．５０", 123450),
        ("  39.90 ", 3990),
        ("¥ 25", 2500),
        ("0", 0),
        ("0.05", 5),
        ("0.5", 50),
        ("1234", 123400),
    ],
)
def test_a_price_typed_at_the_counter_becomes_fen(typed: str, fen: int) -> None:
    result = parse_fen(typed)
    assert result == fen
    assert type(result) is int


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("-3.20", -320),
        ("-¥3.20", -320),
        ("-￥1,234.50", -123450),
        ("－３．２０", -320),
        ("\u22123.20", -320),  # the minus sign of spreadsheets
        ("-0.01", -1),
    ],
)
def test_a_negative_amount_is_read_only_where_negatives_are_allowed(typed: str, fen: int) -> None:
    assert parse_fen(typed, allow_negative=True) == fen
    with pytest.raises(InputError) as refused:
        parse_fen(typed, field="单价/unit price")
    assert "单价" in refused.value.zh
    assert "unit price" in refused.value.en


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "¥",
        "-",
        ".",
        "abc",
        "12a",
        "a12",
        "12.5O",  # a letter O for a zero
        "1e3",
        "12.345",
        "0.001",
        "¥1,234.567",
        "1,23.00",
        "12,34",
        "1234,567.00",
        ",123.00",
        "1,,234",
        "--1",
        "-¥-1",
        "1.2.3",
        "12-",
    ],
)
def test_a_typing_mistake_is_refused_naming_the_field(typed: str) -> None:
    for allow_negative in (False, True):
        with pytest.raises(InputError) as refused:
            parse_fen(typed, field="实收/cash tendered", allow_negative=allow_negative)
        assert "实收" in refused.value.zh
        assert "cash tendered" in refused.value.en


def test_an_amount_error_names_the_default_field_when_none_is_given() -> None:
    with pytest.raises(InputError) as refused:
        parse_fen("twelve")
    assert "金额" in refused.value.zh
    assert "amount" in refused.value.en
    assert "twelve" in refused.value.en


def test_empty_and_too_many_decimals_are_told_apart() -> None:
    with pytest.raises(InputError) as empty:
        parse_fen("", field="单价/price")
    with pytest.raises(InputError) as decimals:
        parse_fen("12.345", field="单价/price")
    assert "empty" in empty.value.en
    assert "12.345" in decimals.value.en
    assert "two decimals" in decimals.value.en


@FAST
@given(st.integers(min_value=-MAX_AMOUNT_FEN, max_value=MAX_AMOUNT_FEN))
def test_any_amount_written_out_reads_back_the_same(fen: int) -> None:
    written = format_yuan(fen)
    assert parse_fen(written, allow_negative=True) == fen
    assert format_yuan(parse_fen(written, allow_negative=True)) == written
    assert parse_fen(format_cny(fen), allow_negative=True) == fen
    assert parse_fen(format_cny(fen, grouping=False), allow_negative=True) == fen


@FAST
@given(st.integers())
def test_any_figure_the_shop_wrote_itself_reads_back_the_same_without_a_limit(fen: int) -> None:
    assert parse_fen(format_yuan(fen), allow_negative=True, max_fen=None) == fen
    assert parse_fen(format_cny(fen), allow_negative=True, max_fen=None) == fen


@FAST
@given(st.integers(min_value=0, max_value=MAX_AMOUNT_FEN))
def test_an_amount_typed_with_a_chinese_input_method_reads_the_same(fen: int) -> None:
    typed = "￥" + format_cny(fen)[1:].translate(FULL_WIDTH)
    assert parse_fen(typed) == fen


@FAST
@given(st.integers(min_value=0, max_value=MAX_AMOUNT_FEN // 100), st.integers(min_value=0, max_value=99))
def test_one_decimal_or_none_means_whole_tenths_or_whole_yuan(yuan: int, cents: int) -> None:
    assert parse_fen(str(yuan)) == yuan * 100
    assert parse_fen(f"{yuan}.{cents // 10}") == yuan * 100 + (cents // 10) * 10
    assert parse_fen(f"{yuan}.{cents:02d}") == yuan * 100 + cents


@FAST
@given(
    st.integers(min_value=0, max_value=10**9),
    st.text(alphabet="0123456789", min_size=3, max_size=8),
    st.booleans(),
)
def test_more_than_two_decimals_is_always_refused(yuan: int, decimals: str, negative: bool) -> None:
    typed = ("-" if negative else "") + f"{yuan}.{decimals}"
    with pytest.raises(InputError):
        parse_fen(typed, allow_negative=True)


@FAST
@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.data(),
)
def test_a_letter_anywhere_in_an_amount_is_refused(fen: int, letter: str, data: st.DataObject) -> None:
    text = format_cny(fen)
    at = data.draw(st.integers(min_value=0, max_value=len(text)))
    with pytest.raises(InputError):
        parse_fen(text[:at] + letter + text[at:], allow_negative=True)


@FAST
@given(st.text(max_size=20), st.booleans())
def test_whatever_is_typed_the_answer_is_fen_or_a_readable_refusal(text: str, allow_negative: bool) -> None:
    try:
        result = parse_fen(text, allow_negative=allow_negative)
    except InputError as refused:
        assert "金额" in refused.zh
        assert "amount" in refused.en
    else:
        assert type(result) is int
        if not allow_negative:
            assert result >= 0


# ---------------------------------------------------------------------------------------------
# format_yuan / format_cny: files and paper.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "in_files", "on_paper", "ungrouped"),
    [
        (0, "0.00", "¥0.00", "¥0.00"),
        (1, "0.01", "¥0.01", "¥0.01"),
        (5, "0.05", "¥0.05", "¥0.05"),
        (50, "0.50", "¥0.50", "¥0.50"),
        (100, "1.00", "¥1.00", "¥1.00"),
        (1250, "12.50", "¥12.50", "¥12.50"),
        (3990, "39.90", "¥39.90", "¥39.90"),
        (11190, "111.90", "¥111.90", "¥111.90"),
        (99999, "999.99", "¥999.99", "¥999.99"),
        (100000, "1000.00", "¥1,000.00", "¥1000.00"),
        (123450, "1234.50", "¥1,234.50", "¥1234.50"),
        (100000000, "1000000.00", "¥1,000,000.00", "¥1000000.00"),
        (-1, "-0.01", "-¥0.01", "-¥0.01"),
        (-5, "-0.05", "-¥0.05", "-¥0.05"),
        (-2478, "-24.78", "-¥24.78", "-¥24.78"),
        (-123450, "-1234.50", "-¥1,234.50", "-¥1234.50"),
    ],
)
def test_amounts_are_written_as_yuan_with_two_decimals(
    fen: int, in_files: str, on_paper: str, ungrouped: str
) -> None:
    assert format_yuan(fen) == in_files
    assert format_cny(fen) == on_paper
    assert format_cny(fen, grouping=False) == ungrouped


@FAST
@given(st.integers())
def test_written_amounts_agree_with_decimal(fen: int) -> None:
    yuan = decimal_yuan(fen)
    sign = "-" if fen < 0 else ""
    with localcontext() as ctx:
        ctx.prec = len(str(fen)) + 10  # so Decimal's own formatting never rounds a big amount
        assert format_yuan(fen) == format(yuan, "f")
        assert format_cny(fen) == f"{sign}¥{abs(yuan):,.2f}"
        assert format_cny(fen, grouping=False) == f"{sign}¥{abs(yuan):.2f}"
    assert re.fullmatch(r"-?\d+\.\d\d", format_yuan(fen))


def test_zero_is_never_written_negative() -> None:
    assert format_yuan(-0) == "0.00"
    assert format_cny(-0) == "¥0.00"


# ---------------------------------------------------------------------------------------------
# Rates: parse_bp, format_bp, check_bp, check_rates.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "bp"),
    [
        ("20", 2000),
        ("20%", 2000),
        ("7.5", 750),
        ("7.50", 750),
        ("6.5%", 650),
        ("6.55%", 655),
        ("17.5", 1750),
        ("0", 0),
        ("0%", 0),
        ("0.01", 1),
        ("100", 10_000),
        ("100%", 10_000),
        ("100.00", 10_000),
        ("１５％", 1500),
        ("６．５％", 650),
        (" 5 % ", 500),
    ],
)
def test_a_commission_rate_becomes_basis_points(typed: str, bp: int) -> None:
    result = parse_bp(typed)
    assert result == bp
    assert type(result) is int


@pytest.mark.parametrize(
    "typed", ["100.01", "101", "-1", "-0.5%", "abc", "20 percent", "1.234", "6.555%", "", "%", "."]
)
def test_a_rate_outside_zero_to_a_hundred_percent_or_garbled_is_refused(typed: str) -> None:
    with pytest.raises(CoopError) as refused:
        parse_bp(typed, field="佣金比例/commission rate")
    assert isinstance(refused.value, InputError | RuleError)
    assert "佣金比例" in refused.value.zh
    assert "commission rate" in refused.value.en


@pytest.mark.parametrize(
    ("bp", "shown"),
    [
        (0, "0%"),
        (1, "0.01%"),
        (5, "0.05%"),
        (10, "0.1%"),
        (500, "5%"),
        (650, "6.5%"),
        (655, "6.55%"),
        (750, "7.5%"),
        (1050, "10.5%"),
        (1750, "17.5%"),
        (2000, "20%"),
        (10_000, "100%"),
        (-100, "-1%"),
        (10_001, "100.01%"),
    ],
)
def test_rates_are_shown_as_short_percentages(bp: int, shown: str) -> None:
    assert format_bp(bp) == shown


@FAST
@given(bps)
def test_any_rate_shown_reads_back_the_same(bp: int) -> None:
    assert parse_bp(format_bp(bp)) == bp
    assert parse_bp(format_bp(bp)[:-1]) == bp  # without the % sign


def test_a_rate_must_lie_between_zero_and_a_hundred_percent() -> None:
    assert check_bp(0) == 0
    assert check_bp(10_000) == 10_000
    for bad in (-1, 10_001):
        with pytest.raises(RuleError) as refused:
            check_bp(bad, field="推介比例/recommender rate")
        assert "recommender rate" in refused.value.en


def test_commission_and_recommender_may_take_everything_but_no_more() -> None:
    check_rates(6000, 4000)
    check_rates(10_000, 0)
    check_rates(0, 10_000)
    with pytest.raises(RuleError) as refused:
        check_rates(6000, 4001)
    assert "60%" in refused.value.en
    assert "40.01%" in refused.value.en
    for coop, rec in [(-1, 0), (0, -1), (10_001, 0), (0, 10_001)]:
        with pytest.raises(RuleError):
            check_rates(coop, rec)


# ---------------------------------------------------------------------------------------------
# round_half_up_div and apply_bp: 四舍五入 in integers.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "d", "rounded"),
    [
        (0, 7, 0),
        (4, 10, 0),
        (5, 10, 1),
        (6, 10, 1),
        (15, 10, 2),
        (25, 10, 3),
        (-4, 10, 0),
        (-5, 10, -1),
        (-6, 10, -1),
        (-15, 10, -2),
        (-25, 10, -3),
        (14868000, 10_000, 1487),  # 1486.8, the soap's commission
        (3717000, 10_000, 372),  # 371.7, the soap's recommender fee
        (1487, 3, 496),  # 495.67, refund A's commission
        (1, 2, 1),
        (-1, 2, -1),
        (1, 3, 0),
        (2, 3, 1),
    ],
)
def test_halves_round_away_from_zero(n: int, d: int, rounded: int) -> None:
    assert round_half_up_div(n, d) == rounded


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**40), max_value=10**40), st.integers(min_value=1, max_value=10**15))
def test_integer_rounding_agrees_with_decimal_round_half_up(n: int, d: int) -> None:
    result = round_half_up_div(n, d)
    assert type(result) is int
    assert result == decimal_half_up(n, d)
    assert round_half_up_div(-n, d) == -result


@FAST
@given(st.integers(), st.integers(min_value=1, max_value=10**30))
def test_rounding_lands_within_half_a_fen(n: int, d: int) -> None:
    result = round_half_up_div(n, d)
    error = Fraction(n, d) - result
    assert -Fraction(1, 2) <= error <= Fraction(1, 2)
    if abs(error) == Fraction(1, 2):  # a half goes away from zero
        assert abs(result) > abs(Fraction(n, d))


@pytest.mark.parametrize("d", [0, -1, -10_000])
def test_rounding_needs_a_positive_denominator(d: int) -> None:
    with pytest.raises(ValueError):
        round_half_up_div(10, d)


@FAST
@given(st.integers(min_value=-(10**12), max_value=10**12), bps)
def test_a_rate_applied_to_an_amount_is_rounded_half_up(fen: int, bp: int) -> None:
    result = apply_bp(fen, bp)
    assert type(result) is int
    assert result == decimal_half_up(fen * bp, 10_000)


# ---------------------------------------------------------------------------------------------
# allocate: the largest-remainder method.
# ---------------------------------------------------------------------------------------------


def test_one_yuan_off_is_shared_66_and_34_between_soaps_and_bag() -> None:
    assert allocate(100, [7500, 3790]) == [66, 34]


@pytest.mark.parametrize(
    ("total", "weights", "parts"),
    [
        (1, [1, 1], [1, 0]),
        (1, [5, 5, 5], [1, 0, 0]),
        (2, [1, 1, 1], [1, 1, 0]),
        (1, [0, 5, 5], [0, 1, 0]),
        (3, [2, 2, 2, 2], [1, 1, 1, 0]),
        (5, [3, 3], [3, 2]),
    ],
)
def test_an_even_tie_gives_the_odd_fen_to_the_earlier_line(
    total: int, weights: list[int], parts: list[int]
) -> None:
    assert allocate(total, weights) == parts


def test_the_odd_fen_goes_to_the_largest_remainder_not_the_first_line() -> None:
    # exact shares 0.3, 0.7: the second line has the larger remainder
    assert allocate(1, [3, 7]) == [0, 1]
    # exact shares 1.4, 1.6 of 3: remainders 0.4 and 0.6, the odd fen to the second
    assert allocate(3, [7, 8]) == [1, 2]


def test_a_free_gift_line_takes_no_share_of_the_discount() -> None:
    assert allocate(7, [0, 3, 0, 4]) == [0, 3, 0, 4]
    assert allocate(1, [0, 1]) == [0, 1]


def test_nothing_to_share_gives_zeros() -> None:
    assert allocate(0, [10, 20]) == [0, 0]
    assert allocate(0, [0, 0]) == [0, 0]
    assert allocate(0, []) == []


def test_a_discount_cannot_be_shared_over_nothing() -> None:
    with pytest.raises(RuleError):
        allocate(1, [0, 0])
    with pytest.raises(RuleError):
        allocate(1, [])


@pytest.mark.parametrize(("total", "weights"), [(-1, [1]), (1, [1, -1])])
def test_negative_totals_or_weights_are_a_programming_error(total: int, weights: list[int]) -> None:
    with pytest.raises(ValueError):
        allocate(total, weights)


@settings(max_examples=250, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=12).filter(any),
    st.integers(min_value=0, max_value=10**8),
)
def test_shares_add_up_and_follow_the_largest_remainders(weights: list[int], total: int) -> None:
    parts = allocate(total, weights)
    whole = sum(weights)
    assert len(parts) == len(weights)
    assert all(type(p) is int for p in parts)
    assert sum(parts) == total
    floors, remainders = [], []
    for w, part in zip(weights, parts, strict=True):
        exact = Fraction(total * w, whole)
        assert abs(part - exact) < 1, "each part within one fen of its exact share"
        assert part >= 0
        if w == 0:
            assert part == 0
        if total <= whole:
            assert part <= w
        floor, remainder = divmod(total * w, whole)
        assert part - floor in (0, 1)
        floors.append(floor)
        remainders.append(remainder)
    # Every line that got a leftover fen had a larger remainder than every line that did not,
    # or the same remainder and came earlier.
    got = [i for i, p in enumerate(parts) if p > floors[i]]
    missed = [i for i, p in enumerate(parts) if p == floors[i]]
    for i in got:
        assert remainders[i] > 0
        for j in missed:
            assert remainders[i] > remainders[j] or (remainders[i] == remainders[j] and i < j)


# ---------------------------------------------------------------------------------------------
# split_line / split_sale: the worked example, then the rules for any sale.
# ---------------------------------------------------------------------------------------------


def test_three_soaps_and_a_bag_share_one_yuan_discount() -> None:
    soap, bag = split_sale([SOAP, BAG], sale_discount_fen=100)

    assert soap.gross_fen == 7500
    assert soap.sale_discount_fen == 66
    assert (soap.net_fen, soap.coop_fen, soap.rec_fen, soap.host_fen) == (7434, 1487, 372, 5575)

    assert bag.gross_fen == 3990
    assert bag.line_discount_fen == 200
    assert bag.sale_discount_fen == 34
    assert (bag.net_fen, bag.coop_fen, bag.rec_fen, bag.host_fen) == (3756, 563, 0, 3193)

    total = soap.net_fen + bag.net_fen
    assert total == 11190
    assert format_cny(total) == "¥111.90"
    assert format_yuan(total) == "111.90"


def test_each_line_keeps_the_rates_it_was_sold_at() -> None:
    soap, bag = split_sale([SOAP, BAG], sale_discount_fen=100)
    assert (soap.coop_bp, soap.rec_bp, soap.qty, soap.unit_price_fen) == (2000, 500, 3, 2500)
    assert (bag.coop_bp, bag.rec_bp, bag.qty, bag.unit_price_fen) == (1500, 0, 1, 3990)


def test_the_soap_line_alone_splits_as_in_the_worked_example() -> None:
    soap = split_line(qty=3, unit_price_fen=2500, coop_bp=2000, rec_bp=500, sale_discount_fen=66)
    assert soap == LineSplit(
        qty=3,
        unit_price_fen=2500,
        line_discount_fen=0,
        sale_discount_fen=66,
        net_fen=7434,
        coop_bp=2000,
        rec_bp=500,
        coop_fen=1487,
        rec_fen=372,
        host_fen=5575,
    )
    assert soap.gross_fen == 7500


def test_a_bag_with_no_recommender_pays_no_recommender_fee() -> None:
    bag = split_line(
        qty=1, unit_price_fen=3990, coop_bp=1500, rec_bp=0, line_discount_fen=200, sale_discount_fen=34
    )
    assert (bag.net_fen, bag.coop_fen, bag.rec_fen, bag.host_fen) == (3756, 563, 0, 3193)


def test_a_sale_without_discounts_splits_the_full_price() -> None:
    (soap,) = split_sale([SOAP])
    assert (soap.net_fen, soap.coop_fen, soap.rec_fen, soap.host_fen) == (7500, 1500, 375, 5625)


def test_a_single_line_takes_the_whole_sale_discount() -> None:
    (bag,) = split_sale([BAG], sale_discount_fen=90)
    assert bag.sale_discount_fen == 90
    assert bag.net_fen == 3990 - 200 - 90


def test_a_free_gift_beside_a_paid_item_takes_no_discount() -> None:
    gift = LineInput(qty=1, unit_price_fen=0, coop_bp=2000, rec_bp=0)
    gift_line, soap = split_sale([gift, SOAP], sale_discount_fen=100)
    assert gift_line.net_fen == gift_line.coop_fen == gift_line.host_fen == 0
    assert soap.sale_discount_fen == 100


def test_a_line_discounted_to_nothing_is_still_a_line() -> None:
    free = split_line(qty=2, unit_price_fen=500, coop_bp=2000, rec_bp=500, line_discount_fen=1000)
    assert (free.net_fen, free.coop_fen, free.rec_fen, free.host_fen) == (0, 0, 0, 0)


@pytest.mark.parametrize("qty", [0, -1, -3])
def test_a_line_needs_at_least_one_unit(qty: int) -> None:
    with pytest.raises(RuleError):
        split_line(qty=qty, unit_price_fen=2500, coop_bp=2000, rec_bp=500)
    with pytest.raises(RuleError):
        split_sale([LineInput(qty=qty, unit_price_fen=2500, coop_bp=2000, rec_bp=500)])


@pytest.mark.parametrize(("coop", "rec"), [(9000, 1001), (10_000, 1), (5001, 5000), (10_001, 0), (-1, 0)])
def test_a_product_whose_rates_add_up_over_a_hundred_percent_cannot_be_sold(coop: int, rec: int) -> None:
    with pytest.raises(RuleError):
        split_line(qty=1, unit_price_fen=2500, coop_bp=coop, rec_bp=rec)
    with pytest.raises(RuleError):
        split_sale([LineInput(qty=1, unit_price_fen=2500, coop_bp=coop, rec_bp=rec)])


def test_rates_of_exactly_a_hundred_percent_leave_the_host_nothing() -> None:
    line = split_line(qty=3, unit_price_fen=2500, coop_bp=8000, rec_bp=2000)
    assert (line.coop_fen, line.rec_fen, line.host_fen) == (6000, 1500, 0)


def test_a_line_discount_larger_than_the_line_is_refused() -> None:
    with pytest.raises(RuleError):
        split_line(qty=1, unit_price_fen=3990, coop_bp=1500, rec_bp=0, line_discount_fen=3991)
    with pytest.raises(RuleError):
        split_line(qty=1, unit_price_fen=3990, coop_bp=1500, rec_bp=0, line_discount_fen=-1)
    with pytest.raises(RuleError):
        split_sale([LineInput(qty=1, unit_price_fen=3990, coop_bp=1500, rec_bp=0, line_discount_fen=3991)])


def test_a_sale_discount_larger_than_what_is_due_is_refused() -> None:
    with pytest.raises(RuleError):
        split_line(
            qty=1, unit_price_fen=3990, coop_bp=1500, rec_bp=0, line_discount_fen=200, sale_discount_fen=3791
        )
    with pytest.raises(RuleError):
        split_line(qty=1, unit_price_fen=3990, coop_bp=1500, rec_bp=0, sale_discount_fen=-1)
    # 75.00 + 37.90 is due; 112.91 off is too much, 112.90 is everything
    with pytest.raises(RuleError):
        split_sale([SOAP, BAG], sale_discount_fen=11291)
    with pytest.raises(RuleError):
        split_sale([SOAP, BAG], sale_discount_fen=-1)
    everything = split_sale([SOAP, BAG], sale_discount_fen=11290)
    assert [ln.net_fen for ln in everything] == [0, 0]


def test_a_negative_price_is_refused() -> None:
    with pytest.raises(RuleError):
        split_line(qty=1, unit_price_fen=-1, coop_bp=0, rec_bp=0)


@settings(max_examples=150, deadline=None)
@given(sales())
def test_any_sale_splits_exactly_to_the_fen(sale: tuple[list[LineInput], int]) -> None:
    lines, sale_discount = sale
    split = split_sale(lines, sale_discount_fen=sale_discount)
    assert len(split) == len(lines)

    weights = [ln.qty * ln.unit_price_fen - ln.line_discount_fen for ln in lines]
    assert [s.sale_discount_fen for s in split] == allocate(sale_discount, weights)
    assert sum(s.sale_discount_fen for s in split) == sale_discount

    gross = sum(ln.qty * ln.unit_price_fen for ln in lines)
    line_discounts = sum(ln.line_discount_fen for ln in lines)
    assert sum(s.net_fen for s in split) == gross - line_discounts - sale_discount

    for ln, s in zip(lines, split, strict=True):
        assert_all_int(s)
        assert (s.qty, s.unit_price_fen, s.coop_bp, s.rec_bp) == (
            ln.qty,
            ln.unit_price_fen,
            ln.coop_bp,
            ln.rec_bp,
        )
        assert s.gross_fen == ln.qty * ln.unit_price_fen
        assert s.net_fen == s.gross_fen - s.line_discount_fen - s.sale_discount_fen
        assert s.net_fen >= 0
        assert s.net_fen == s.coop_fen + s.rec_fen + s.host_fen
        assert s.coop_fen == decimal_half_up(s.net_fen * s.coop_bp, 10_000)
        assert s.rec_fen == decimal_half_up(s.net_fen * s.rec_bp, 10_000)
        if ln.rec_bp == 0:
            assert s.rec_fen == 0
        # two half-ups can overshoot the line by at most one fen
        assert s.host_fen >= -1


@FEWER
@given(sold_lines())
def test_split_line_agrees_with_decimal(line: LineSplit) -> None:
    assert_all_int(line)
    assert line.coop_fen == int(
        (Decimal(line.net_fen) * line.coop_bp / 10_000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    )
    assert line.rec_fen == int(
        (Decimal(line.net_fen) * line.rec_bp / 10_000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    )
    assert line.host_fen == line.net_fen - line.coop_fen - line.rec_fen


# ---------------------------------------------------------------------------------------------
# split_refund: returns give back exactly what was sold.
# ---------------------------------------------------------------------------------------------


def _soap_refund(already_refunded: int, units: int) -> RefundSplit:
    return split_refund(
        qty=3, net_fen=7434, coop_fen=1487, rec_fen=372, already_refunded=already_refunded, units=units
    )


def test_one_soap_comes_back_then_the_other_two() -> None:
    refund_a = _soap_refund(already_refunded=0, units=1)
    assert refund_a == RefundSplit(units=1, net_fen=-2478, coop_fen=-496, rec_fen=-124, host_fen=-1858)

    refund_b = _soap_refund(already_refunded=1, units=2)
    assert refund_b == RefundSplit(units=2, net_fen=-4956, coop_fen=-991, rec_fen=-248, host_fen=-3717)

    assert refund_a.net_fen + refund_b.net_fen == -7434
    assert refund_a.coop_fen + refund_b.coop_fen == -1487
    assert refund_a.rec_fen + refund_b.rec_fen == -372
    assert refund_a.host_fen + refund_b.host_fen == -5575


def test_three_soaps_back_one_at_a_time_give_back_the_whole_line() -> None:
    refunds = [_soap_refund(already_refunded=r, units=1) for r in range(3)]
    assert [x.coop_fen for x in refunds] == [-496, -495, -496]
    assert sum(x.net_fen for x in refunds) == -7434
    assert sum(x.coop_fen for x in refunds) == -1487
    assert sum(x.rec_fen for x in refunds) == -372
    assert sum(x.host_fen for x in refunds) == -5575


def test_all_three_soaps_back_at_once_give_back_the_whole_line() -> None:
    assert _soap_refund(already_refunded=0, units=3) == RefundSplit(
        units=3, net_fen=-7434, coop_fen=-1487, rec_fen=-372, host_fen=-5575
    )


def test_the_bag_comes_back() -> None:
    refund = split_refund(qty=1, net_fen=3756, coop_fen=563, rec_fen=0, already_refunded=0, units=1)
    assert refund == RefundSplit(units=1, net_fen=-3756, coop_fen=-563, rec_fen=0, host_fen=-3193)


@pytest.mark.parametrize(
    ("already_refunded", "units"),
    [(0, 4), (1, 3), (2, 2), (3, 1), (0, 0), (0, -1), (-1, 1), (-1, 4)],
)
def test_refunding_more_soaps_than_are_left_is_refused(already_refunded: int, units: int) -> None:
    with pytest.raises(RuleError) as refused:
        _soap_refund(already_refunded=already_refunded, units=units)
    assert refused.value.zh
    assert refused.value.en


def test_the_refusal_says_how_many_are_left() -> None:
    with pytest.raises(RuleError) as refused:
        _soap_refund(already_refunded=1, units=3)
    assert "2" in refused.value.zh and "3" in refused.value.zh
    assert "2" in refused.value.en and "3" in refused.value.en


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_way_of_returning_a_line_gives_back_exactly_what_was_sold(data: st.DataObject) -> None:
    line = data.draw(sold_lines(), label="line")
    steps = data.draw(partitions(line.qty), label="refund steps")

    refunded = 0
    given_back = {"net": 0, "coop": 0, "rec": 0, "host": 0}
    for k in steps:
        refund = split_refund(
            qty=line.qty,
            net_fen=line.net_fen,
            coop_fen=line.coop_fen,
            rec_fen=line.rec_fen,
            already_refunded=refunded,
            units=k,
        )
        assert_all_int(refund)
        assert refund.units == k
        assert refund.host_fen == refund.net_fen - refund.coop_fen - refund.rec_fen
        assert refund.net_fen <= 0 and refund.coop_fen <= 0 and refund.rec_fen <= 0
        # each refund is within a fen of its exact share of the line
        assert abs(refund.net_fen + Fraction(line.net_fen * k, line.qty)) < 1
        assert abs(refund.coop_fen + Fraction(line.coop_fen * k, line.qty)) < 1
        assert abs(refund.rec_fen + Fraction(line.rec_fen * k, line.qty)) < 1
        refunded += k
        given_back["net"] += refund.net_fen
        given_back["coop"] += refund.coop_fen
        given_back["rec"] += refund.rec_fen
        given_back["host"] += refund.host_fen
        # however it was reached, r units back is -F(r, a)
        assert given_back["net"] == -decimal_half_up(line.net_fen * refunded, line.qty)
        assert given_back["coop"] == -decimal_half_up(line.coop_fen * refunded, line.qty)
        assert given_back["rec"] == -decimal_half_up(line.rec_fen * refunded, line.qty)

    assert refunded == line.qty
    assert given_back == {
        "net": -line.net_fen,
        "coop": -line.coop_fen,
        "rec": -line.rec_fen,
        "host": -line.host_fen,
    }

    with pytest.raises(RuleError):
        split_refund(
            qty=line.qty,
            net_fen=line.net_fen,
            coop_fen=line.coop_fen,
            rec_fen=line.rec_fen,
            already_refunded=refunded,
            units=1,
        )


@FEWER
@given(sold_lines(), st.data())
def test_refunding_past_what_was_sold_is_refused(line: LineSplit, data: st.DataObject) -> None:
    already = data.draw(st.integers(min_value=0, max_value=line.qty))
    units = data.draw(st.integers(min_value=line.qty - already + 1, max_value=line.qty + 5))
    with pytest.raises(RuleError):
        split_refund(
            qty=line.qty,
            net_fen=line.net_fen,
            coop_fen=line.coop_fen,
            rec_fen=line.rec_fen,
            already_refunded=already,
            units=units,
        )


# ---------------------------------------------------------------------------------------------
# No float anywhere.
# ---------------------------------------------------------------------------------------------

MONEY_SOURCE = Path(inspect.getfile(money)).read_text(encoding="utf-8")

# One call of every public function of pos.money, with ints only, and what it must return.
PUBLIC_CALLS = {
    "parse_fen": (lambda: parse_fen("¥1,234.50"), int),
    "format_yuan": (lambda: format_yuan(-2478), str),
    "format_cny": (lambda: format_cny(123450), str),
    "parse_bp": (lambda: parse_bp("6.5%"), int),
    "check_amount": (lambda: check_amount(2500), int),
    "check_bp": (lambda: check_bp(2000), int),
    "format_bp": (lambda: format_bp(750), str),
    "round_half_up_div": (lambda: round_half_up_div(-14868000, 10_000), int),
    "apply_bp": (lambda: apply_bp(7434, 2000), int),
    "check_rates": (lambda: check_rates(2000, 500), type(None)),
    "allocate": (lambda: allocate(100, [7500, 3790]), list),
    "split_line": (lambda: split_line(qty=3, unit_price_fen=2500, coop_bp=2000, rec_bp=500), LineSplit),
    "split_sale": (lambda: split_sale([SOAP, BAG], sale_discount_fen=100), list),
    "split_refund": (lambda: _soap_refund(already_refunded=0, units=1), RefundSplit),
}


def test_every_public_function_is_called_below() -> None:
    public = {
        name
        for name, obj in vars(money).items()
        if inspect.isfunction(obj) and obj.__module__ == money.__name__ and not name.startswith("_")
    }
    assert public == set(PUBLIC_CALLS)


@pytest.mark.parametrize("name", sorted(PUBLIC_CALLS))
def test_money_functions_take_ints_and_give_ints(name: str) -> None:
    call, kind = PUBLIC_CALLS[name]
    result = call()  # ints in: never a TypeError
    assert type(result) is kind
    if isinstance(result, int):
        assert type(result) is int  # not a bool, not a float
    elif isinstance(result, list):
        for item in result:
            if dataclasses.is_dataclass(item):
                assert_all_int(item)
            else:
                assert type(item) is int
    elif dataclasses.is_dataclass(result):
        assert_all_int(result)


def test_no_float_appears_in_the_money_module() -> None:
    tree = ast.parse(MONEY_SOURCE)
    offences = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "float":
            offences.append(f"line {node.lineno}: float(...)")
        if isinstance(node, ast.Constant) and isinstance(node.value, float | complex):
            offences.append(f"line {node.lineno}: float literal {node.value!r}")
        if isinstance(node, ast.BinOp | ast.AugAssign) and isinstance(node.op, ast.Div):
            offences.append(f"line {node.lineno}: true division '/' gives a float")
        if isinstance(node, ast.Name) and node.id in {"float", "round"}:
            offences.append(f"line {node.lineno}: {node.id}")
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            if "math" in modules:
                offences.append(f"line {node.lineno}: imports math")
    assert offences == []


def test_the_float_scan_would_catch_a_float() -> None:
    sneaky = "def f(x):\n    return round(float(x) * 0.2)\n"
    tree = ast.parse(sneaky)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "float"]
    literals = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, float)]
    assert calls and literals


@pytest.mark.parametrize("text", ["٣", "１٣", "१२.५०"])
def test_digits_of_other_scripts_are_not_amounts(text: str) -> None:
    with pytest.raises(InputError):
        parse_fen(text)
    with pytest.raises(InputError):
        parse_bp(text)
