"""Issue 4, shifts (班次): float, paid-in/out, X report, blind count, numbered Z reports."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from pos.audit import Action, AuditEntry, AuditFilter
from pos.errors import InputError, NotFound, RuleError
from pos.sale import PAYMENT_METHODS, PaymentMethod, RefundRequest, Sale, Tender, price_lines
from pos.services import shifts as shift_service
from pos.services.checkout import ItemRequest, cart_line, complete_sale, refund_sale
from pos.services.shifts import (
    current_shift,
    open_drawer_without_sale,
    paid_in,
    paid_out,
    shift_history,
    x_report,
    z_report,
)
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.users import add_user
from pos.services.users import approve, create_first_admin, login
from pos.shift_json import report_from_json, report_json
from pos.shifts import DENOMINATIONS_FEN, DenominationCount, Shift, denomination_label, over_short_zh
from pos.users import system_actor
from tests.unit.fakes import FakeUnitOfWork


def open_shift(uow: FakeUnitOfWork, *, at: datetime, **kw: Any) -> Shift:
    """开班 as it happens: the counter's clock reads the time the test plays at."""
    uow.clock = lambda: at
    return shift_service.open_shift(uow, at=at, **kw)


def close_shift(uow: FakeUnitOfWork, *, at: datetime, **kw: Any) -> Shift:
    uow.clock = lambda: at
    return shift_service.close_shift(uow, at=at, **kw)


OPEN = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
TZ = "Asia/Shanghai"
SOAP, TEA, BAG = "6968344978697", "6925199619830", "6901234567892"
FLOAT_500 = DenominationCount.of({10000: 3, 5000: 3, 2000: 2, 1000: 1})  # ¥300 + ¥150 + ¥40 + ¥10


def minutes(n: float) -> datetime:
    return OPEN + timedelta(minutes=n)


def stock_the_shelf(uow: FakeUnitOfWork) -> None:
    """H01 sells 手工皂 ¥25.00 and 帆布袋 ¥39.90; H02 sells 茶 ¥40.00."""
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1), coop_bp=2000)
        add_host(uow, code="H02", name="主理人2号", joined=date(2026, 9, 1), coop_bp=1500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        add_product(uow, name="帆布袋", price_fen=3990, host_code="H01", barcode=BAG)
        add_product(uow, name="茶", price_fen=4000, host_code="H02", barcode=TEA)
        uow.commit()


@pytest.fixture
def shop() -> FakeUnitOfWork:
    """The shelf above, and one login per role; the cashier C01 is at the counter."""
    uow = FakeUnitOfWork()
    stock_the_shelf(uow)
    create_first_admin(uow, code="A01", name="管理员", pin="9999", now=OPEN)
    with uow:
        for code, name, role, pin, host in (
            ("M01", "店长", "manager", "8888", ""),
            ("C01", "收银员", "cashier", "1111", ""),
            ("S01", "店员", "staff", "2222", ""),
            ("H01", "主理人1号", "host", "3333", "H01"),
        ):
            add_user(uow, code=code, name=name, role=role, pin=pin, now=OPEN, host_code=host)  # type: ignore[arg-type]
        uow.commit()
    return as_user(uow, "C01", "1111")


PINS = {"A01": "9999", "M01": "8888", "C01": "1111", "S01": "2222", "H01": "3333"}


def as_user(uow: FakeUnitOfWork, code: str, pin: str | None = None) -> FakeUnitOfWork:
    uow.actor = login(uow, code=code, pin=pin or PINS[code], now=OPEN)
    return uow


def sell(uow: FakeUnitOfWork, at: datetime, *tenders: Tender, counter: str = "C1", **kw: object) -> Sale:
    items = kw.pop("items", [ItemRequest(SOAP, 1)])
    uow.clock = lambda: at  # the sale is rung up as it happens
    return complete_sale(uow, items=items, tenders=list(tenders) or [Tender("cash", 2500)], at=at,
                         timezone=TZ, counter_id=counter, **kw)  # fmt: skip


def entries(uow: FakeUnitOfWork, action: str = "") -> list[AuditEntry]:
    with uow:
        return list(uow.audit.search(AuditFilter(action=action, limit=10_000)))


# ---------------------------------------------------------------- counting the drawer


def test_a_float_is_counted_note_by_note_and_coin_by_coin() -> None:
    count = DenominationCount.of({10000: 3, 5000: 3, 2000: 2, 1000: 1, 50: 3, 10: 4})
    assert count.total_fen == 30000 + 15000 + 4000 + 1000 + 150 + 40
    assert [denomination_label(f) for f in DENOMINATIONS_FEN] == [
        "¥100", "¥50", "¥20", "¥10", "¥5", "¥1", "¥0.5", "¥0.1"
    ]  # fmt: skip
    assert DenominationCount.from_json(count.to_json()) == count
    assert DenominationCount().total_fen == 0


def test_what_the_cashier_types_per_denomination_is_read_as_whole_counts() -> None:
    typed = {10000: "３", 5000: " 2 ", 2000: "", 10: "15"}  # a Chinese IME types full-width digits
    assert DenominationCount.parse(typed).total_fen == 30000 + 10000 + 150


@pytest.mark.parametrize("text", ["-1", "1.5", "两", "1e3", "100001"])
def test_a_count_that_is_not_a_whole_number_names_the_denomination(text: str) -> None:
    with pytest.raises(InputError, match=r"¥0\.5 的数量") as refused:
        DenominationCount.parse({50: text})
    assert "whole number" in refused.value.en


def test_there_is_no_three_yuan_note() -> None:
    with pytest.raises(InputError, match="没有面额 300 分"):
        DenominationCount.of({300: 1})
    with pytest.raises(InputError):
        DenominationCount.of({100: -2})


# ---------------------------------------------------------------- opening, paying in and out


def test_the_cashier_opens_the_shift_with_a_float_and_the_log_says_so(shop: FakeUnitOfWork) -> None:
    shift = open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    assert (shift.counter_id, shift.float_fen, shift.opened_by, shift.number) == ("C1", 50000, "C01", None)
    assert current_shift(shop, counter_id="C1") == shift
    [logged] = entries(shop, Action.SHIFT_OPENED)
    assert (logged.actor_code, logged.actor_name, logged.subject) == ("C01", "收银员", "C1 班次 #1")
    assert '"float_fen": 50000' in logged.after


def test_a_second_shift_at_the_same_counter_is_refused_until_the_first_closes(shop: FakeUnitOfWork) -> None:
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    with pytest.raises(RuleError, match="收银台 C1 已经由 收银员 开班，请先交班"):
        open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=minutes(5))
    open_shift(shop, counter_id="C2", float_count=FLOAT_500, at=minutes(5))  # another counter may
    close_shift(shop, counter_id="C1", counted=FLOAT_500, at=minutes(60))
    with pytest.raises(RuleError, match="早于上一班的交班时间"):
        open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=minutes(30))
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=minutes(61))
    assert len(entries(shop, Action.SHIFT_OPENED)) == 3


def test_paid_in_and_paid_out_need_an_open_shift_an_amount_and_a_reason(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="收银台 C1 还没有开班"):
        paid_in(shop, counter_id="C1", amount_fen=10000, reason="换零钱", at=OPEN)
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    with pytest.raises(InputError, match="请填写原因"):
        paid_out(shop, counter_id="C1", amount_fen=1200, reason="  ", at=minutes(1))
    with pytest.raises(RuleError, match="金额必须大于 0"):
        paid_out(shop, counter_id="C1", amount_fen=0, reason="买牛奶", at=minutes(1))
    moved = paid_out(shop, counter_id="C1", amount_fen=1200, reason=" 买 牛奶 ", at=minutes(1))
    assert (moved.kind, moved.amount_fen, moved.reason, moved.by) == ("paid_out", 1200, "买 牛奶", "C01")
    [logged] = entries(shop, Action.PAID_OUT)
    assert (logged.actor_code, logged.note) == ("C01", "买 牛奶")
    assert entries(shop, Action.PAID_IN) == []


# ---------------------------------------------------------------- who may


@pytest.mark.parametrize(("code", "allowed"), [("C01", True), ("M01", True), ("A01", True), ("S01", False), ("H01", False)])  # fmt: skip
def test_who_may_open_pay_in_and_out_report_and_close(shop: FakeUnitOfWork, code: str, allowed: bool) -> None:
    as_user(shop, code)
    steps = [
        lambda: open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN),
        lambda: paid_in(shop, counter_id="C1", amount_fen=5000, reason="换零钱", at=minutes(1)),
        lambda: paid_out(shop, counter_id="C1", amount_fen=800, reason="买胶带", at=minutes(2)),
        lambda: x_report(shop, counter_id="C1", at=minutes(3)),
        lambda: close_shift(shop, counter_id="C1", counted=FLOAT_500, at=minutes(4)),
        lambda: z_report(shop, counter_id="C1", number=1),
        lambda: shift_history(shop, counter_id="C1"),
    ]
    for step in steps:
        if allowed:
            step()
        else:
            with pytest.raises(RuleError, match="没有“开班和交班”的权限"):
                step()
    assert len(entries(shop, Action.SHIFT_CLOSED)) == (1 if allowed else 0)


def test_only_a_manager_opens_the_drawer_without_a_sale_or_approves_a_cashier_doing_it(
    shop: FakeUnitOfWork,
) -> None:
    with pytest.raises(RuleError, match="没有“开钱箱”的权限"):
        open_drawer_without_sale(shop, counter_id="C1", reason="顾客换零钱", at=minutes(1))
    manager = approve(shop, code="M01", pin="8888", now=OPEN)
    open_drawer_without_sale(shop, counter_id="C1", reason="顾客换零钱", at=minutes(2), approver=manager)
    as_user(shop, "M01")
    open_drawer_without_sale(shop, counter_id="C1", reason="放回备用金", at=minutes(3))
    as_user(shop, "S01")
    with pytest.raises(RuleError):
        open_drawer_without_sale(shop, counter_id="C1", reason="看看", at=minutes(4), approver=manager)
    approved, alone = reversed(entries(shop, Action.DRAWER_OPENED))
    assert (approved.actor_code, approved.approver_code, approved.note, approved.subject) == (
        "C01", "M01", "顾客换零钱", "收银台 C1"
    )  # fmt: skip
    assert (alone.actor_code, alone.approver_code) == ("M01", "")


def test_each_action_leaves_exactly_one_audit_entry_naming_the_user(shop: FakeUnitOfWork) -> None:
    as_user(shop, "M01")
    before = len(entries(shop))
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    paid_in(shop, counter_id="C1", amount_fen=5000, reason="换零钱", at=minutes(1))
    paid_out(shop, counter_id="C1", amount_fen=800, reason="买胶带", at=minutes(2))
    x_report(shop, counter_id="C1", at=minutes(3))
    open_drawer_without_sale(shop, counter_id="C1", reason="退押金", at=minutes(4))
    close_shift(shop, counter_id="C1", counted=FLOAT_500, at=minutes(5))
    new = list(reversed(entries(shop)))[before:]
    assert [(e.action, e.actor_code) for e in new] == [
        (Action.SHIFT_OPENED, "M01"),
        (Action.PAID_IN, "M01"),
        (Action.PAID_OUT, "M01"),
        (Action.DRAWER_OPENED, "M01"),
        (Action.SHIFT_CLOSED, "M01"),
    ]
    assert [e.subject for e in new] == ["C1 班次 #1"] * 4 + ["C1-Z0001"]


# ---------------------------------------------------------------- X and Z


def test_the_x_report_changes_nothing(shop: FakeUnitOfWork) -> None:
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    sell(shop, minutes(10), Tender("cash", 5000))
    committed, commits = copy.deepcopy(shop._committed.__dict__), shop.commits
    first = x_report(shop, counter_id="C1", at=minutes(20))
    again = x_report(shop, counter_id="C1", at=minutes(20))
    assert first == again and first.kind == "X" and first.number is None
    assert first.title_zh == "X 报表（未交班）"
    assert (shop.commits, shop._committed.__dict__) == (commits, committed)
    assert current_shift(shop, counter_id="C1") is not None  # it does not reset or close anything


def test_a_blind_count_shows_the_drawer_over_or_short(shop: FakeUnitOfWork) -> None:
    """Float ¥500; 手工皂 paid ¥100 cash (¥75 change); 茶 by WeChat; ¥12 paid out for milk."""
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    sell(shop, minutes(10), Tender("cash", 10000))
    sell(shop, minutes(20), Tender("wechat", 4000), items=[ItemRequest(TEA, 1)])
    paid_out(shop, counter_id="C1", amount_fen=1200, reason="买牛奶", at=minutes(30))
    counted = DenominationCount.of({10000: 3, 5000: 3, 2000: 2, 1000: 2, 100: 3})  # ¥513.00
    closed = close_shift(shop, counter_id="C1", counted=counted, at=minutes(60))
    z = closed.report
    assert z is not None and z.kind == "Z"
    assert (z.cash_sales_fen, z.paid_out_fen, z.expected_cash_fen) == (2500, 1200, 50000 + 2500 - 1200)
    assert (z.counted_fen, z.over_short_fen, over_short_zh(z.over_short_fen or 0)) == (51300, 0, "平")
    assert (z.method("wechat").sales_fen, z.net_fen, z.sales_count) == (4000, 6500, 2)
    assert (closed.number, closed.expected_cash_fen, closed.over_short_fen) == (1, 51300, 0)
    assert not closed.is_open and closed.closed_by == "C01"

    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=minutes(61))
    sell(shop, minutes(70), Tender("cash", 2500))
    short = close_shift(shop, counter_id="C1", counted=FLOAT_500, at=minutes(90))
    assert (short.over_short_fen, over_short_zh(-2500)) == (-2500, "少 ¥25.00")
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=minutes(91))
    over = close_shift(shop, counter_id="C1", counted=DenominationCount.of({10000: 5, 10: 3}), at=minutes(92))
    assert (over.over_short_fen, over_short_zh(30)) == (30, "多 ¥0.30")


def test_a_shift_with_no_sales_closes(shop: FakeUnitOfWork) -> None:
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    closed = close_shift(shop, counter_id="C1", counted=FLOAT_500, at=minutes(1))
    z = closed.report
    assert z is not None
    assert (z.sales_count, z.refunds_count, z.net_fen) == (0, 0, 0)
    assert (z.expected_cash_fen, z.over_short_fen) == (50000, 0)
    assert [(m.method, m.net_fen) for m in z.methods] == [(method, 0) for method in PAYMENT_METHODS]
    assert current_shift(shop, counter_id="C1") is None
    with pytest.raises(RuleError, match="还没有开班"):
        close_shift(shop, counter_id="C1", counted=FLOAT_500, at=minutes(2))


def test_z_numbers_run_without_gaps_per_counter(shop: FakeUnitOfWork) -> None:
    numbers: dict[str, list[int]] = {"C1": [], "C2": []}
    t = 0
    for counter in ("C1", "C2", "C1", "C1", "C2"):
        open_shift(shop, counter_id=counter, float_count=FLOAT_500, at=minutes(t))
        with pytest.raises(RuleError, match="早于开班时间"):  # a refused close takes no number
            close_shift(shop, counter_id=counter, counted=FLOAT_500, at=minutes(t - 1))
        closed = close_shift(shop, counter_id=counter, counted=FLOAT_500, at=minutes(t + 1))
        assert closed.number is not None
        numbers[counter].append(closed.number)
        t += 2
    assert numbers == {"C1": [1, 2, 3], "C2": [1, 2]}
    assert z_report(shop, counter_id="C2", number=2).number == 2
    assert [s.subject for s in shift_history(shop, counter_id="C1")] == ["C1-Z0003", "C1-Z0002", "C1-Z0001"]


def test_a_reprinted_z_report_is_the_one_stored_at_close(shop: FakeUnitOfWork) -> None:
    open_shift(shop, counter_id="C1", float_count=FLOAT_500, at=OPEN)
    sell(shop, minutes(5), Tender("alipay", 2500))
    closed = close_shift(shop, counter_id="C1", counted=FLOAT_500, at=minutes(10))
    with pytest.raises(RuleError, match="还没有开班"):  # a cashier cannot sell with the shift closed
        sell(shop, minutes(11), Tender("cash", 2500))
    cashier, shop.actor = shop.actor, system_actor("test")
    sell(shop, minutes(9), Tender("cash", 2500))  # history booked late into the closed window: not reprinted
    shop.actor = cashier
    again = z_report(shop, counter_id="C1", number=1)
    assert again == closed.report and again.sales_count == 1
    assert report_from_json(report_json(again)) == again
    with pytest.raises(NotFound, match="没有 Z 报表 C1-Z0002"):
        z_report(shop, counter_id="C1", number=2)


# ---------------------------------------------------------------- the Z report adds up, to the fen


@st.composite
def tenders_for(draw: st.DrawFn, total_fen: int) -> list[Tender]:
    """Split ``total_fen`` over up to three methods; cash, if any, may be handed over with change."""
    if total_fen == 0:
        return []
    methods = draw(st.lists(st.sampled_from(PAYMENT_METHODS), min_size=1, max_size=3, unique=True))
    cuts = sorted(
        draw(st.lists(st.integers(0, total_fen), min_size=len(methods) - 1, max_size=len(methods) - 1))
    )
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, total_fen], strict=True)]
    out = [Tender(m, p) for m, p in zip(methods, parts, strict=True) if p > 0]
    if any(t.method == "cash" for t in out):
        change = draw(st.integers(0, 10_000))
        out = [Tender(t.method, t.amount_fen + change) if t.method == "cash" else t for t in out]
    return out


ITEM = st.tuples(st.sampled_from([SOAP, TEA, BAG]), st.integers(1, 4), st.integers(0, 100))


def _sale_or_refund(
    draw: st.DrawFn, uow: FakeUnitOfWork, at: datetime, counter: str, done: list[Sale]
) -> Sale:
    if done and draw(st.booleans()):
        original = draw(st.sampled_from(done))
        with uow:
            left = {ln.line_no: ln.qty - uow.sales.refunded_units(original.id).get(ln.line_no, 0)  # type: ignore[arg-type]
                    for ln in original.lines}  # fmt: skip
        line_no = draw(st.sampled_from(sorted(left)))
        if left[line_no]:
            units = draw(st.integers(1, left[line_no]))
            due = -sum(ln.net_fen for ln in price_refund(uow, original, line_no, units))
            cash = draw(st.integers(0, due))
            other: PaymentMethod = draw(st.sampled_from(PAYMENT_METHODS[1:]))
            payouts = [t for t in (Tender("cash", cash), Tender(other, due - cash)) if t.amount_fen > 0]
            return refund_sale(uow, original_receipt=original.receipt_no, requests=[RefundRequest(line_no, units)],
                               payouts=payouts, at=at, timezone=TZ, counter_id=counter)  # fmt: skip
    picks = draw(st.lists(ITEM, min_size=1, max_size=3))
    items = [ItemRequest(code, qty, line_discount_fen=off) for code, qty, off in picks]
    with uow:
        cart = [cart_line(uow, i) for i in items]
    subtotal = sum(ln.net_fen for ln in price_lines(cart))
    sale_discount = draw(st.integers(0, min(subtotal, 500)))
    total = sum(ln.net_fen for ln in price_lines(cart, sale_discount_fen=sale_discount))
    sale = complete_sale(uow, items=items, tenders=draw(tenders_for(total)), at=at, timezone=TZ, counter_id=counter,
                         sale_discount_fen=sale_discount)  # fmt: skip
    done.append(sale)
    return sale


def price_refund(uow: FakeUnitOfWork, original: Sale, line_no: int, units: int):  # type: ignore[no-untyped-def]
    from pos.sale import refund_lines

    with uow:
        already = uow.sales.refunded_units(original.id)  # type: ignore[arg-type]
    return refund_lines(original, [RefundRequest(line_no, units)], already_refunded=already)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_z_report_is_the_sum_of_the_shifts_sales_and_refunds_by_method(data: st.DataObject) -> None:
    """Sales with split tenders and cash change, refunds paid back in parts, paid-in and paid-out;
    and sales before the shift, at another counter and after the close, which do not count."""
    draw = data.draw
    uow = FakeUnitOfWork()  # the shop's own command line: an administrator
    stock_the_shelf(uow)
    done: list[Sale] = []
    _sale_or_refund(draw, uow, OPEN - timedelta(hours=1), "C1", done)  # yesterday's shift
    float_count = DenominationCount.of({f: draw(st.integers(0, 5)) for f in DENOMINATIONS_FEN})
    open_shift(uow, counter_id="C1", float_count=float_count, at=OPEN)
    mine: list[Sale] = []
    moved = {"paid_in": 0, "paid_out": 0}
    for i in range(draw(st.integers(0, 12))):
        at = minutes(i + 1)
        what = draw(st.sampled_from(["here", "here", "here", "elsewhere", "paid_in", "paid_out"]))
        if what in moved:
            amount = draw(st.integers(1, 50_000))
            (paid_in if what == "paid_in" else paid_out)(
                uow, counter_id="C1", amount_fen=amount, reason="备用", at=at
            )
            moved[what] += amount
        elif what == "elsewhere":
            _sale_or_refund(draw, uow, at, "C2", done)
        else:
            mine.append(_sale_or_refund(draw, uow, at, "C1", done))
    close_at = minutes(30)
    counted = DenominationCount.of({f: draw(st.integers(0, 20)) for f in DENOMINATIONS_FEN})
    x = x_report(uow, counter_id="C1", at=close_at)
    closed = close_shift(uow, counter_id="C1", counted=counted, at=close_at)
    _sale_or_refund(draw, uow, close_at, "C1", done)  # the next shift's, at the very moment of close
    z = z_report(uow, counter_id="C1", number=1)
    assert z == closed.report

    def paid(kind: str, method: PaymentMethod) -> int:
        return sum(p.amount_fen for s in mine if s.kind == kind for p in s.payments if p.method == method)

    for method in PAYMENT_METHODS:
        figures = z.method(method)
        assert (figures.sales_fen, figures.refunds_fen) == (paid("sale", method), paid("refund", method))
        assert figures.net_fen == paid("sale", method) + paid("refund", method)
        assert x.method(method) == figures
    sales = [s for s in mine if s.kind == "sale"]
    refunds = [s for s in mine if s.kind == "refund"]
    event(f"refunds in the shift: {bool(refunds)}")
    event(f"cash change given: {any(s.change_fen for s in sales)}")
    event(f"split tenders: {any(len(s.payments) > 1 for s in mine)}")
    assert (z.sales_count, z.refunds_count) == (len(sales), len(refunds))
    assert z.sales_fen == sum(s.total_fen for s in sales) == sum(m.sales_fen for m in z.methods)
    assert z.refunds_fen == sum(s.total_fen for s in refunds) == sum(m.refunds_fen for m in z.methods)
    assert z.net_fen == sum(s.total_fen for s in mine)
    assert z.line_discounts_fen == sum(ln.line_discount_fen for s in sales for ln in s.lines)
    assert z.sale_discounts_fen == sum(s.sale_discount_fen for s in sales)
    cash_in = sum(p.amount_fen for s in sales for p in s.payments if p.method == "cash")
    assert cash_in == sum(s.tendered_fen - s.change_fen - sum(p.amount_fen for p in s.payments if p.method != "cash")
                          for s in sales)  # fmt: skip
    cash_back = -paid("refund", "cash")
    assert (
        z.expected_cash_fen
        == float_count.total_fen + cash_in - cash_back + moved["paid_in"] - moved["paid_out"]
    )
    assert (z.paid_in_fen, z.paid_out_fen) == (moved["paid_in"], moved["paid_out"])
    assert z.over_short_fen == counted.total_fen - z.expected_cash_fen
    assert x.expected_cash_fen == z.expected_cash_fen and x.counted is None
    assert report_from_json(report_json(z)) == z
