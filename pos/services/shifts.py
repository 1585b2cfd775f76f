"""Shifts at the counter: open with a float, paid-in and paid-out, X report, close with a blind count.

Each service is one transaction of its own, checks the acting user's role first, and each one
that changes something writes exactly one audit entry naming the user, in that transaction.
A dialog calls them with ``uow`` (the logged-in user's unit of work), the counter's id and
``at=utc_now()``, and shows a :class:`~pos.errors.CoopError`'s words when one is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from pos.audit import Action, AuditEntry, entry
from pos.errors import NotFound, RuleError
from pos.ports import UnitOfWork
from pos.services.counter_rules import dated_now
from pos.services.users import confirmed_approver
from pos.shifts import (
    CashMovement,
    DenominationCount,
    MovementKind,
    ReportKind,
    Shift,
    ShiftReport,
    actor_label,
    aware_utc,
    build_report,
    clean_reason,
    close,
    z_label,
)
from pos.users import Actor, Permission, require


def _counter(counter_id: str) -> str:
    counter = counter_id.strip()
    if not counter:
        raise RuleError("没有设置收银台编号", "no counter id is configured")
    return counter


def _open_shift(uow: UnitOfWork, counter_id: str, *, for_update: bool = False) -> Shift:
    shift = uow.shifts.open_shift(counter_id, for_update=for_update)
    if shift is None:
        raise RuleError(f"收银台 {counter_id} 还没有开班", f"counter {counter_id} has no open shift")
    return shift


def _not_before_open(shift: Shift, at: datetime) -> None:
    if at < shift.opened_at:
        raise RuleError("时间早于开班时间", "that time is before the shift was opened")


def _report(
    uow: UnitOfWork,
    shift: Shift,
    *,
    kind: ReportKind,
    as_of: datetime,
    number: int | None = None,
    counted: DenominationCount | None = None,
) -> ShiftReport:
    assert shift.id is not None
    return build_report(
        kind=kind,
        shift=shift,
        sales=uow.shifts.till_sales(shift.counter_id, shift.opened_at, as_of),
        movements=uow.shifts.movements(shift.id),
        as_of=as_of,
        number=number,
        closed_by=actor_label(uow.actor.name, uow.actor.code) if kind == "Z" else "",
        counted=counted,
    )


def current_shift(uow: UnitOfWork, *, counter_id: str) -> Shift | None:
    """The counter's open shift, or None: whether the dialog offers 开班 or 交班."""
    require(uow.actor, Permission.SHIFT)
    with uow:
        return uow.shifts.open_shift(_counter(counter_id))


def open_shift(uow: UnitOfWork, *, counter_id: str, float_count: DenominationCount, at: datetime) -> Shift:
    """开班: open the counter's shift with the float counted by denomination.

    Refused while the counter has a shift open (one at a time; the database refuses a second
    one too), and before the counter's last shift was closed.
    """
    require(uow.actor, Permission.SHIFT)
    counter, at = _counter(counter_id), aware_utc(at)
    dated_now(uow, at, what_zh="开班", what_en="shift opening")
    with uow:
        current = uow.shifts.open_shift(counter)
        if current is not None:
            raise RuleError(
                f"收银台 {counter} 已经由 {current.opened_by_name or current.opened_by} 开班，请先交班",
                f"counter {counter} already has a shift open by {current.opened_by_name or current.opened_by}; close it first",
            )
        last = next(iter(uow.shifts.list(counter_id=counter, limit=1)), None)
        if last is not None and last.closed_at is not None and at < last.closed_at:
            raise RuleError("开班时间早于上一班的交班时间", "the shift would open before the last one closed")
        shift = uow.shifts.add(
            Shift(counter_id=counter, opened_at=at, opened_by=uow.actor.code, opened_by_name=uow.actor.name,
                  float_count=float_count)
        )  # fmt: skip
        uow.audit.add(entry(at=at, actor=uow.actor, action=Action.SHIFT_OPENED, subject=shift.subject,
                            after={"counter": counter, "float_fen": shift.float_fen,
                                   "float": float_count.to_json()}))  # fmt: skip
        uow.commit()
    return shift


def _move(
    uow: UnitOfWork, kind: MovementKind, *, counter_id: str, amount_fen: int, reason: str, at: datetime
) -> CashMovement:
    require(uow.actor, Permission.SHIFT)
    counter, at, reason = _counter(counter_id), aware_utc(at), clean_reason(reason)
    if amount_fen <= 0:
        raise RuleError("金额必须大于 0", "the amount must be more than 0")
    with uow:
        shift = _open_shift(uow, counter)
        _not_before_open(shift, at)
        movement = uow.shifts.add_movement(
            CashMovement(shift_id=shift.id, kind=kind, amount_fen=amount_fen, reason=reason, at=at,
                         by=uow.actor.code, by_name=uow.actor.name)
        )  # fmt: skip
        action = Action.PAID_IN if kind == "paid_in" else Action.PAID_OUT
        uow.audit.add(entry(at=at, actor=uow.actor, action=action, subject=shift.subject,
                            after={"amount_fen": amount_fen, "reason": reason}, note=reason))  # fmt: skip
        uow.commit()
    return movement


def paid_in(uow: UnitOfWork, *, counter_id: str, amount_fen: int, reason: str, at: datetime) -> CashMovement:
    """存入: cash put into the drawer that is not a sale (more change, say), with a reason."""
    return _move(uow, "paid_in", counter_id=counter_id, amount_fen=amount_fen, reason=reason, at=at)


def paid_out(uow: UnitOfWork, *, counter_id: str, amount_fen: int, reason: str, at: datetime) -> CashMovement:
    """支出: cash taken out of the drawer that is not a refund (buying milk, say), with a reason."""
    return _move(uow, "paid_out", counter_id=counter_id, amount_fen=amount_fen, reason=reason, at=at)


def x_report(uow: UnitOfWork, *, counter_id: str, at: datetime) -> ShiftReport:
    """X 报表: the open shift's figures up to ``at``. Changes nothing and is not audited, so a
    read-only unit of work will do. It shows the expected cash: a dialog closing the shift must
    not show it before the blind count is entered."""
    require(uow.actor, Permission.SHIFT)
    counter, at = _counter(counter_id), aware_utc(at)
    with uow:
        shift = _open_shift(uow, counter)
        return _report(uow, shift, kind="X", as_of=at)


def close_shift(uow: UnitOfWork, *, counter_id: str, counted: DenominationCount, at: datetime) -> Shift:
    """交班: close the counter's shift with the blind count, in one transaction.

    The cashier enters ``counted`` before seeing what was expected: the closed shift that comes
    back carries its Z report (number, expected cash, over/short). The Z number is the counter's
    next, gap-free: it is taken in the same transaction, with the open shift locked. The Z
    report is stored as JSON with the shift, so its PDF is drawn afterwards from what was stored
    and can be drawn again; a failed PDF never leaves the shift half-closed.

    A counter with a suspended cart (挂单) or goods still on the open cart cannot close: each
    cart must be resumed and paid, or voided, explicitly first.
    """
    require(uow.actor, Permission.SHIFT)
    counter, at = _counter(counter_id), aware_utc(at)
    dated_now(uow, at, what_zh="交班", what_en="shift closing")
    with uow:
        shift = _open_shift(uow, counter, for_update=True)
        _not_before_open(shift, at)
        if uow.shifts.till_sales(counter, at, at + timedelta(days=1)):
            raise RuleError(
                "这个收银台有一笔销售的时间晚于交班时间，请稍后再交班",
                "a sale at this counter is dated after the closing time: close the shift a little later",
            )
        parked = len(uow.carts.suspended(counter))
        open_cart = uow.carts.open_cart(counter)
        if parked or (open_cart is not None and open_cart.items):
            raise RuleError(
                f"交班前请先处理购物车：挂单 {parked} 张"
                + ("，收银台上还有商品" if open_cart and open_cart.items else ""),
                f"resolve the carts before closing: {parked} suspended"
                + (", and goods still on the counter's cart" if open_cart and open_cart.items else ""),
            )
        number = uow.shifts.next_number(counter)
        report = _report(uow, shift, kind="Z", as_of=at, number=number, counted=counted)
        closed = uow.shifts.close(close(shift, report, by=uow.actor.code, by_name=uow.actor.name))
        uow.audit.add(entry(at=at, actor=uow.actor, action=Action.SHIFT_CLOSED, subject=closed.subject,
                            after={"expected_cash_fen": report.expected_cash_fen, "counted_fen": report.counted_fen,
                                   "over_short_fen": report.over_short_fen, "net_fen": report.net_fen,
                                   "sales": report.sales_count, "refunds": report.refunds_count},
                            note=shift.subject))  # fmt: skip
        uow.commit()
    return closed


def open_drawer_without_sale(
    uow: UnitOfWork, *, counter_id: str, reason: str, at: datetime, approver: Actor | None = None
) -> AuditEntry:
    """无销售开钱箱: record why the drawer is opened without a sale (the kick itself is the
    printer's). A cashier may do it when a manager approves on the spot (``approver``, from
    :func:`pos.services.users.approve`); the entry names both."""
    counter, at, reason = _counter(counter_id), aware_utc(at), clean_reason(reason)
    if uow.actor.may(Permission.OPEN_DRAWER) or approver is None:
        require(uow.actor, Permission.OPEN_DRAWER)
        approver = None
    else:  # someone at the counter, with a manager's PIN
        require(uow.actor, Permission.SELL)
        require(approver, Permission.OPEN_DRAWER)
    with uow:
        if approver is not None:
            approver = confirmed_approver(uow, approver, Permission.OPEN_DRAWER)
        shift = uow.shifts.open_shift(counter)
        subject = shift.subject if shift is not None else f"收银台 {counter}"
        logged = uow.audit.add(entry(at=at, actor=uow.actor, approver=approver, action=Action.DRAWER_OPENED,
                                     subject=subject, note=reason))  # fmt: skip
        uow.commit()
    return logged


def z_report(uow: UnitOfWork, *, counter_id: str, number: int) -> ShiftReport:
    """A closed shift's Z report exactly as it was stored at close (to reprint it)."""
    require(uow.actor, Permission.SHIFT)
    counter = _counter(counter_id)
    with uow:
        shift = uow.shifts.by_number(counter, number)
    if shift is None or shift.report is None:
        label = z_label(counter, number)
        raise NotFound(f"没有 Z 报表 {label}", f"there is no Z report {label}")
    return shift.report


def shift_history(uow: UnitOfWork, *, counter_id: str | None = None, limit: int = 50) -> Sequence[Shift]:
    """Shifts newest first, open ones included, of one counter or all."""
    require(uow.actor, Permission.SHIFT)
    with uow:
        return list(uow.shifts.list(counter_id=_counter(counter_id) if counter_id else None, limit=limit))
