"""Statements of a period: computed from the books for a draft, or, once the period is closed, from
what was stored when it was closed (figures, charges, names, contacts) with its immutable lines."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pos.errors import NotFound, RuleError
from pos.ids import HostId
from pos.ports import UnitOfWork
from pos.services.settlement import compute_settlement
from pos.settlement import Period, Settlement, settlement_number
from pos.statement_snapshot import SettledParties, from_closed_document, from_snapshot
from pos.statements import (
    HostStatement,
    Party,
    ShopInfo,
    StatementLine,
    StatementSet,
    Status,
    coop_summary,
    host_statement,
    recommender_numbers,
    recommender_statement,
    to_statement_lines,
)
from pos.users import Actor, Permission, require, require_host_access, require_host_figures


def _current(uow: UnitOfWork, settlement: Settlement) -> SettledParties:
    return SettledParties(
        settlement=settlement,
        hosts={h.code: Party(code=h.code, name=h.name, contact=h.contact) for h in uow.hosts.list()},
        recommenders={
            r.code: Party(code=r.code, name=r.name, contact=r.contact) for r in uow.recommenders.list()
        },
    )


def _basis(uow: UnitOfWork, *, period: Period, timezone: str) -> tuple[SettledParties, Status]:
    """The settlement and its parties: as closed if this exact period was closed, else as of now."""
    closed = next((c for c in uow.settlements.closed() if c.period == period), None)
    if closed is None:
        settlement = compute_settlement(uow, period=period, timezone=timezone)
        status = Status(number=settlement_number(period), period=period, timezone=timezone)
        return _current(uow, settlement), status
    status = Status(
        number=closed.number,
        period=period,
        timezone=closed.timezone,
        closed_at=closed.closed_at,
        closed_by=closed.closed_by,
    )
    snapshot = uow.settlements.statement_snapshot(closed.number)
    if snapshot is not None:
        return from_snapshot(snapshot), status
    # closed before snapshots were kept: the figures as closed, the rest as the books are now
    now = _current(uow, compute_settlement(uow, period=period, timezone=closed.timezone))
    return from_closed_document(closed.document, current=now), status


def _lines(
    uow: UnitOfWork, basis: SettledParties, status: Status, *, host_id: HostId | None = None
) -> list[StatementLine]:
    start, end = status.period.utc_bounds(status.timezone)
    s = basis.settlement
    return to_statement_lines(
        uow.settlements.statement_lines(start, end, host_id=host_id),
        timezone=status.timezone,
        host_codes={h.host_id: h.code for h in s.hosts},
        recommender_codes={r.recommender_id: r.code for r in s.recommenders},
    )


def statement_set(uow: UnitOfWork, *, period: Period, timezone: str, shop: ShopInfo) -> StatementSet:
    """Every statement of the period: the co-op summary, each host's and each recommender's."""
    require(uow.actor, Permission.SETTLE)
    with uow:
        basis, status = _basis(uow, period=period, timezone=timezone)
        lines = _lines(uow, basis, status)
    s = basis.settlement
    by_host: dict[str, list[StatementLine]] = {}
    by_rec: dict[str, list[StatementLine]] = {}
    for ln in lines:
        by_host.setdefault(ln.host_code, []).append(ln)
        if ln.recommender_code:
            by_rec.setdefault(ln.recommender_code, []).append(ln)
    hosts = tuple(
        host_statement(
            status=status,
            shop=shop,
            host=basis.hosts.get(h.code, Party(code=h.code, name=h.name)),
            figures=h,
            lines=by_host.pop(h.code, []),
        )
        for h in s.hosts
    )
    _no_strays(by_host)
    numbers = recommender_numbers(status.number, (h.code for h in s.hosts), (r.code for r in s.recommenders))
    recs = tuple(
        recommender_statement(
            status=status,
            shop=shop,
            recommender=basis.recommenders.get(r.code, Party(code=r.code, name=r.name)),
            figures=r,
            lines=by_rec.pop(r.code, []),
            number=numbers[r.code],
        )
        for r in s.recommenders
    )
    _no_strays(by_rec)
    summary = coop_summary(
        status=status, shop=shop, settlement=s, hosts=basis.hosts, recommenders=basis.recommenders
    )
    return StatementSet(summary=summary, hosts=hosts, recommenders=recs)


def _no_strays(left: dict[str, list[StatementLine]]) -> None:
    """Lines of someone the settlement does not list: the books changed after it was made."""
    if any(left.values()):
        who = ", ".join(sorted(left))
        raise RuleError(
            f"明细里有结算单之外的人（{who}）：账目与结算不一致",
            f"the lines name people the settlement does not list ({who}): the books and the settlement disagree",
        )


def host_statement_of(
    uow: UnitOfWork, *, period: Period, timezone: str, shop: ShopInfo, host_code: str
) -> HostStatement:
    """One host's statement, reading only that host's lines. A host may ask only for its own;
    otherwise only those who settle (a cashier or staff may not read what a host earned)."""
    code = host_code.strip()
    if uow.actor.role != "host":
        require_host_figures(uow.actor, None)
    with uow:
        host = uow.hosts.by_code(code)
        require_host_figures(uow.actor, host.id if host is not None else None)  # before "no such host"
        if host is None or host.id is None:
            raise NotFound(f"没有编号为 {code} 的主理人", f"there is no host with code {code}")
        basis, status = _basis(uow, period=period, timezone=timezone)
        figures = next((h for h in basis.settlement.hosts if h.host_id == host.id), None)
        if figures is None:
            raise NotFound(
                f"主理人 {code} 在 {period} 没有销售、费用或结转，没有结算单",
                f"host {code} has no sales, charges or balance in {period}: there is no statement",
            )
        lines = _lines(uow, basis, status, host_id=host.id)
    party = basis.hosts.get(figures.code, Party(code=figures.code, name=figures.name))
    return host_statement(status=status, shop=shop, host=party, figures=figures, lines=lines)


# ---------------------------------------------------------------- the settlement screen


@dataclass(frozen=True, slots=True, kw_only=True)
class PeriodView:
    """A period as the settlement screen shows it: the figures (as closed, or as the books are
    now), whether and by whom it was closed, and whose they are: ``host_code`` is the one host a
    host login sees (its row only: no other host, no recommenders, no payments), "" for the shop."""

    settlement: Settlement
    status: Status
    host_code: str = ""

    @property
    def shop_wide(self) -> bool:
        return not self.host_code


def _own_host_only(actor: Actor) -> bool:
    """True for a host login (its own statements); staff without SETTLE are refused."""
    if actor.role == "host":
        require(actor, Permission.OWN_HOST)
        require_host_access(actor, actor.host_id)
        return True
    require(actor, Permission.SETTLE)
    return False


def period_view(uow: UnitOfWork, *, period: Period, timezone: str) -> PeriodView:
    """The settlement of ``period`` as its statements show it; a host sees only its own row."""
    own = _own_host_only(uow.actor)
    with uow:
        basis, status = _basis(uow, period=period, timezone=timezone)
        code = ""
        if own:
            host = next((h for h in uow.hosts.list() if h.id == uow.actor.host_id), None)
            if host is None:
                raise NotFound("这个主理人已不存在", "this host no longer exists")
            code = host.code
    s = basis.settlement
    if own:
        s = dataclasses.replace(
            s,
            hosts=tuple(h for h in s.hosts if h.host_id == uow.actor.host_id),
            recommenders=(),
            payments={},
        )
    return PeriodView(settlement=s, status=status, host_code=code)


def closed_periods(uow: UnitOfWork) -> list[Status]:
    """The closed periods, newest first: number, period, who closed it and when (no figures)."""
    _own_host_only(uow.actor)
    with uow:
        closed = list(uow.settlements.closed())
    out = [
        Status(
            number=c.number,
            period=c.period,
            timezone=c.timezone,
            closed_at=c.closed_at,
            closed_by=c.closed_by,
        )
        for c in closed
    ]
    out.sort(key=lambda st: st.period.start, reverse=True)
    return out
