"""Settling a period, and closing it so its figures never change again."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from pos.audit import Action, entry
from pos.clock import business_day, utc_now
from pos.errors import RuleError
from pos.ports import UnitOfWork
from pos.services.retry import retrying
from pos.services.users import confirmed_approver
from pos.settlement import (
    ClosedSettlement,
    HostInput,
    LineSums,
    Period,
    RecommenderSettlement,
    Settlement,
    build_settlement,
    settlement_document,
    settlement_number,
)
from pos.users import Actor, Permission, require


def compute_settlement(uow: UnitOfWork, *, period: Period, timezone: str) -> Settlement:
    """The period's figures from the books as they are now (inside the caller's transaction)."""
    start, end = period.utc_bounds(timezone)
    sums = uow.settlements.host_line_sums(start, end)
    opening = uow.settlements.opening_balances(period.start)
    charges = uow.charges.list(start=period.start, end=period.end)
    hosts = [
        HostInput(
            host_id=h.id,
            code=h.code,
            name=h.name,
            monthly_rent_fen=h.monthly_rent_fen,
            joined=h.joined,
            sales=sums.get(h.id, (LineSums(), LineSums()))[0],
            refunds=sums.get(h.id, (LineSums(), LineSums()))[1],
            charges=tuple(c for c in charges if c.host_id == h.id),
            opening_balance_fen=opening.get(h.id, 0),
        )
        for h in uow.hosts.list()
        if h.id is not None
    ]
    fees = uow.settlements.recommender_sums(start, end)
    recommenders = [
        RecommenderSettlement(
            recommender_id=r.id, code=r.code, name=r.name, fees_fen=fees[r.id][0], lines=fees[r.id][1]
        )
        for r in uow.recommenders.list()
        if r.id is not None and r.id in fees
    ]
    return build_settlement(
        period=period,
        timezone=timezone,
        hosts=hosts,
        recommenders=recommenders,
        payments=uow.settlements.payments(start, end),
    )


def settlement_report(
    uow: UnitOfWork, *, period: Period, timezone: str
) -> tuple[Mapping[str, object], ClosedSettlement | None]:
    """The settlement JSON: as stored when this exact period was closed, else computed now."""
    require(uow.actor, Permission.SETTLE)
    with uow:
        for closed in uow.settlements.closed():
            if closed.period == period:
                return closed.document, closed
        return settlement_document(compute_settlement(uow, period=period, timezone=timezone)), None


def close_period(
    uow: UnitOfWork,
    *,
    period: Period,
    timezone: str,
    closed_by: str,
    now: datetime,
    approver: Actor | None = None,
) -> ClosedSettlement:
    """Store the period's figures and statements as they are. A closed period cannot be closed
    again or overlapped; charges, sales and refunds dated in it can no longer be added.
    ``approver``: a manager who approved on the spot (their PIN) when the user may not close.

    Only a period that has ended in the shop's time zone can be closed (by the earlier of ``now``
    and this machine's clock). The close holds the books exclusively before it reads anything:
    every sale, refund, charge or count credit in flight has committed or rolled back by then,
    none can start until the close commits, and so every figure is read from one state of the
    books, the same one its statements keep."""
    if uow.actor.may(Permission.CLOSE_SETTLEMENT) or approver is None:
        require(uow.actor, Permission.CLOSE_SETTLEMENT)
        approver = None
    else:
        require(approver, Permission.CLOSE_SETTLEMENT)
    today = business_day(min(now, utc_now()), timezone)
    if period.end >= today:
        raise RuleError(
            f"结算期 {period} 还没有结束（今天是 {today}），只能关账已经结束的结算期",
            f"the period {period} has not ended yet (today is {today}): only a past period can be closed",
        )
    return retrying(
        lambda: _close(uow, period=period, timezone=timezone, closed_by=closed_by, now=now, approver=approver)
    )


def _close(
    uow: UnitOfWork, *, period: Period, timezone: str, closed_by: str, now: datetime, approver: Actor | None
) -> ClosedSettlement:
    with uow:
        uow.settlements.lock_for_close()
        if approver is not None:
            approver = confirmed_approver(uow, approver, Permission.CLOSE_SETTLEMENT)
        for other in uow.settlements.closed():
            if other.period.overlaps(period):
                raise RuleError(
                    f"结算期 {period} 与已结算的 {other.period}（{other.number}）重叠",
                    f"the period {period} overlaps the closed settlement {other.period} ({other.number})",
                )
        settlement = compute_settlement(uow, period=period, timezone=timezone)
        closed = ClosedSettlement(
            number=settlement_number(period),
            period=period,
            timezone=timezone,
            closed_at=now,
            closed_by=closed_by,
            document=settlement_document(settlement),
        )
        uow.settlements.save_closed(settlement, closed)
        uow.audit.add(entry(at=now, actor=uow.actor, approver=approver, action=Action.SETTLEMENT_CLOSED, subject=closed.number,
                            after={"period": str(period), "net_sales_fen": settlement.total("net_sales_fen"),
                                   "payable_fen": settlement.total("payable_fen")}))  # fmt: skip
        uow.commit()
    return closed
