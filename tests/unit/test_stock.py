"""The stock rules without a database: what a count expects while the shop sells, the variance,
the credit when the co-op bears losses, and a handheld scanner's memory dump."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import get_args

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pos.errors import InputError, RuleError
from pos.ids import HostId, ProductId
from pos.money import MAX_AMOUNT_FEN, split_line
from pos.stock import (
    NEVER_LOW,
    CountItem,
    CountScope,
    Moved,
    StockCount,
    StockFlag,
    StockLevel,
    expected_now,
    has_flag,
    is_in_stock,
    is_low,
    is_negative,
    merge_lines,
    parse_loss_bearer,
    parse_scanner_dump,
    slip_number,
    units_on_shelf,
    value_at_price,
    variance_report,
)

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
SOAP, TEA = ProductId(1), ProductId(2)
H01 = HostId(1)


def item(
    pid: ProductId, expected: int, *, counted: int = 0, scans: int = 0, mark: int | None = None
) -> CountItem:
    return CountItem(
        product_id=pid, barcode=f"69000000000{pid}", name=f"货{pid}", host_id=H01, host_code="H01",
        host_name="布言布语", price_fen=2500, coop_bp=2000, rec_bp=500, expected_at_start=expected,
        counted=counted, scans=scans, last_mark=mark,
    )  # fmt: skip


COUNT = StockCount(
    scope=CountScope(kind="host", host_id=H01), started_at=T0, started_by="小陈", start_mark=100
)


def test_sales_before_a_product_is_counted_come_off_what_is_expected_and_later_ones_do_not() -> None:
    # started at movement 100; 2 soaps sold at 101; soaps last scanned at 102; 1 more sold at 103
    moved = [Moved(101, SOAP, -2, "sale"), Moved(103, SOAP, -1, "sale"), Moved(104, TEA, 1, "refund")]
    lines = expected_now([item(SOAP, 10, counted=8, scans=8, mark=102), item(TEA, 3)], moved, upto_mark=104)
    assert [(ln.expected, ln.counted, ln.variance) for ln in lines] == [(8, 8, 0), (4, 0, -4)]


def test_count_adjustments_of_another_count_are_not_sales() -> None:
    moved = [Moved(101, SOAP, -3, "count_adjustment")]
    assert expected_now([item(SOAP, 5, counted=5, scans=1, mark=101)], moved)[0].expected == 5


def test_while_counting_a_product_not_yet_scanned_is_compared_with_now() -> None:
    moved = [Moved(101, TEA, -1, "sale"), Moved(150, TEA, -1, "sale")]
    assert expected_now([item(TEA, 3)], moved)[0].expected == 1


def test_the_coop_credits_the_hosts_share_of_what_is_missing_at_current_rates() -> None:
    lines = expected_now(
        [item(SOAP, 10, counted=7, scans=7, mark=100), item(TEA, 1, counted=2, scans=2, mark=100)], []
    )
    report = variance_report(COUNT, lines, bearers={H01: "coop"}, at=T0)
    h = report.hosts[0]
    # 3 × ¥25.00 = ¥75.00: co-op 20 % ¥15.00, recommender 5 % ¥3.75, host ¥56.25
    assert (h.missing, h.extra, h.variance_fen, h.credit_fen) == (3, 1, -5000, 5625)
    assert variance_report(COUNT, lines, bearers={H01: "host"}, at=T0).credit_fen == 0
    assert variance_report(COUNT, lines, bearers={}, at=T0).credit_fen == 0  # the host by default


@given(
    missing=st.integers(1, 1000),
    price=st.integers(1, 10_000_00),
    coop_bp=st.integers(0, 10000),
    rec_share=st.integers(0, 10000),
)
def test_the_credit_is_exactly_the_host_share_of_a_sale_of_the_missing_units(
    missing: int, price: int, coop_bp: int, rec_share: int
) -> None:
    assume(missing * price <= MAX_AMOUNT_FEN)  # the most one line may be worth (docs/domain.md, Money)
    rec_bp = (10000 - coop_bp) * rec_share // 10000
    it = CountItem(
        product_id=SOAP, barcode="1", name="x", host_id=H01, host_code="H01", host_name="h", price_fen=price,
        coop_bp=coop_bp, rec_bp=rec_bp, expected_at_start=missing, counted=0, scans=1, last_mark=0,
    )  # fmt: skip
    report = variance_report(COUNT, expected_now([it], []), bearers={H01: "coop"}, at=T0)
    split = split_line(qty=missing, unit_price_fen=price, coop_bp=coop_bp, rec_bp=rec_bp)
    assert report.credit_fen == split.host_fen
    assert 0 <= report.credit_fen <= missing * price
    assert report.variance_fen == -missing * price


def test_a_scanner_dump_one_code_a_line_or_with_a_quantity() -> None:
    text = "6968344978697\r\n\n6968344978697,3\n6925199619830\t12\n  H01-SOAP  \n\x1b6925199619830\n"
    assert [(d.line_no, d.code, d.qty) for d in parse_scanner_dump(text)] == [
        (1, "6968344978697", 1),
        (3, "6968344978697", 3),
        (4, "6925199619830", 12),
        (5, "H01-SOAP", 1),
        (6, "6925199619830", 1),
    ]


def test_a_bad_dump_names_every_bad_line() -> None:
    with pytest.raises(InputError) as refused:
        parse_scanner_dump("6968344978697,0\nA B\n6925199619830,x\n6968344978697\n")
    assert all(f"line {n}" in refused.value.en for n in (1, 2, 3)) and "line 4" not in refused.value.en


def test_slips_merge_repeated_codes_and_are_numbered_by_kind() -> None:
    assert merge_lines([("a", 1), ("b", 2), ("a", 3)]) == [("a", 4), ("b", 2)]
    assert (slip_number("intake", 12), slip_number("return_to_host", 3)) == ("RK000012", "TH000003")


def test_stock_flags_and_days_on_shelf() -> None:
    level = StockLevel(
        product_id=SOAP, barcode="1", name="皂", host_id=H01, host_code="H01", host_name="h",
        price_fen=2500, on_hand=2, threshold=2, last_intake_at=datetime(2026, 11, 20, 17, 0, tzinfo=UTC),
    )  # fmt: skip
    assert level.low and not level.negative and level.value_fen == 5000
    # 11-21 01:00 in Shanghai to 11-23 09:00: two shop days
    assert level.days_on_shelf(T0, "Asia/Shanghai") == 2
    gone = StockLevel(
        product_id=SOAP, barcode="1", name="皂", host_id=H01, host_code="H01", host_name="h",
        price_fen=2500, on_hand=-1,
    )  # fmt: skip
    assert gone.negative and not gone.low and gone.value_fen == 0 and gone.days_on_shelf(T0, "UTC") is None


@pytest.mark.parametrize(
    ("on_hand", "threshold", "low"),
    [
        (3, 3, True),  # at the threshold
        (2, 3, True),  # one below
        (4, 3, False),  # one above
        (0, 3, True),  # none left is low too
        (-1, 3, False),  # negative is a flag of its own
        (1, 1, True),
        (2, 1, False),
        (0, NEVER_LOW, False),  # no threshold set: never low
        (-1, NEVER_LOW, False),
    ],
)
def test_low_stock_at_one_below_and_one_above_the_threshold(on_hand: int, threshold: int, low: bool) -> None:
    assert is_low(on_hand, threshold) is low
    assert has_flag("low", on_hand=on_hand, threshold=threshold) is low


@given(
    st.integers(min_value=-50, max_value=50), st.integers(min_value=0, max_value=20), st.integers(0, 99_999)
)
def test_every_product_is_in_stock_or_out_and_never_both_negative_and_low(
    on_hand: int, threshold: int, price: int
) -> None:
    flags = {f for f in get_args(StockFlag) if f and has_flag(f, on_hand=on_hand, threshold=threshold)}
    assert ("in_stock" in flags) != ("out" in flags)
    assert not {"negative", "low"} <= flags
    assert has_flag("", on_hand=on_hand, threshold=threshold)
    assert is_negative(on_hand) == (on_hand < 0) and is_in_stock(on_hand) == (on_hand > 0)
    assert units_on_shelf(on_hand) == max(on_hand, 0)
    assert value_at_price(on_hand, price) == max(on_hand, 0) * price


def test_loss_bearers_and_scopes_in_words() -> None:
    assert (parse_loss_bearer("合作社"), parse_loss_bearer(" host ")) == ("coop", "host")
    with pytest.raises(InputError):
        parse_loss_bearer("nobody")
    with pytest.raises(RuleError):
        CountScope(kind="host")
