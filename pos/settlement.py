"""Settlement of a period (docs/domain.md): what each host and recommender earned, exactly to the fen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from pos.charges import Charge
from pos.clock import zone
from pos.errors import RuleError
from pos.ids import HostId, RecommenderId
from pos.money import format_yuan
from pos.sale import PAYMENT_METHODS, PaymentMethod


@dataclass(frozen=True, slots=True)
class Period:
    """A closed range of the shop's calendar days ``[start, end]``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise RuleError(
                f"结算期结束日 {self.end} 早于开始日 {self.start}",
                f"the period ends ({self.end}) before it starts ({self.start})",
            )
        if (self.end - self.start).days > 366:
            raise RuleError("结算期不能超过一年", "a settlement period cannot be longer than a year")

    def utc_bounds(self, timezone: str) -> tuple[datetime, datetime]:
        """``[start 00:00, end+1 00:00)`` in shop time, as UTC instants."""
        tz = zone(timezone)
        lo = datetime.combine(self.start, time(0), tzinfo=tz).astimezone(UTC)
        hi = datetime.combine(self.end + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
        return lo, hi

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return f"{self.start}–{self.end}"


def rent_months(*, joined: date, period: Period) -> list[date]:
    """First days of the months that start inside the period, from the host's joining month on."""
    first = joined.replace(day=1)
    month = period.start.replace(day=1)
    if month < period.start:
        month = _next_month(month)
    out = []
    while month <= period.end:
        if month >= first:
            out.append(month)
        month = _next_month(month)
    return out


def _next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class LineSums:
    """Σ over sale lines (``sales``) or refund lines (``refunds``) of one host in the period."""

    net_fen: int = 0
    coop_fen: int = 0
    rec_fen: int = 0
    host_fen: int = 0
    lines: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class HostInput:
    host_id: HostId
    code: str
    name: str
    monthly_rent_fen: int
    joined: date
    sales: LineSums
    refunds: LineSums
    charges: tuple[Charge, ...]
    opening_balance_fen: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ChargeItem:
    """A charge as it appears on a statement: rent generated for a month, or a recorded charge."""

    day: date
    kind: str
    amount_fen: int
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class HostSettlement:
    host_id: HostId
    code: str
    name: str
    sales_fen: int
    refunds_fen: int
    net_sales_fen: int
    coop_commission_fen: int
    recommender_fees_fen: int
    host_share_fen: int
    charges_fen: int
    opening_balance_fen: int
    payable_fen: int
    carried_forward_fen: int
    charge_items: tuple[ChargeItem, ...]
    lines: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RecommenderSettlement:
    recommender_id: RecommenderId
    code: str
    name: str
    fees_fen: int
    lines: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Settlement:
    period: Period
    timezone: str
    hosts: tuple[HostSettlement, ...]
    recommenders: tuple[RecommenderSettlement, ...]
    payments: Mapping[PaymentMethod, int]

    def total(self, field: str) -> int:
        return sum(getattr(h, field) for h in self.hosts)

    @property
    def recommender_fees_fen(self) -> int:
        """Σ fees over the recommenders; equal to the hosts' recommender fees (checked on build)."""
        return sum(r.fees_fen for r in self.recommenders)

    @property
    def recommender_lines(self) -> int:
        return sum(r.lines for r in self.recommenders)


def settle_host(h: HostInput, *, period: Period) -> HostSettlement | None:
    """One host's figures; None when it has no lines, no charges and a zero opening balance."""
    if h.opening_balance_fen > 0:
        raise RuleError(
            f"主理人 {h.code} 的期初余额为正，账目有误",
            f"host {h.code} has a positive opening balance: the books are wrong",
        )
    items = [
        ChargeItem(day=m, kind="rent", amount_fen=h.monthly_rent_fen, note=f"{m:%Y-%m} 月租")
        for m in (rent_months(joined=h.joined, period=period) if h.monthly_rent_fen > 0 else [])
    ] + [ChargeItem(day=c.day, kind=c.kind, amount_fen=c.amount_fen, note=c.note) for c in h.charges]
    items.sort(key=lambda c: (c.day, c.kind != "rent"))
    lines = h.sales.lines + h.refunds.lines
    if not lines and not items and h.opening_balance_fen == 0:
        return None
    host_share = h.sales.host_fen + h.refunds.host_fen
    charges = sum(c.amount_fen for c in items)
    balance = host_share - charges + h.opening_balance_fen
    return HostSettlement(
        host_id=h.host_id,
        code=h.code,
        name=h.name,
        sales_fen=h.sales.net_fen,
        refunds_fen=h.refunds.net_fen,
        net_sales_fen=h.sales.net_fen + h.refunds.net_fen,
        coop_commission_fen=h.sales.coop_fen + h.refunds.coop_fen,
        recommender_fees_fen=h.sales.rec_fen + h.refunds.rec_fen,
        host_share_fen=host_share,
        charges_fen=charges,
        opening_balance_fen=h.opening_balance_fen,
        payable_fen=max(0, balance),
        carried_forward_fen=min(0, balance),
        charge_items=tuple(items),
        lines=lines,
    )


def build_settlement(
    *,
    period: Period,
    timezone: str,
    hosts: Sequence[HostInput],
    recommenders: Sequence[RecommenderSettlement],
    payments: Mapping[str, int],
) -> Settlement:
    settled = [s for s in (settle_host(h, period=period) for h in hosts) if s is not None]
    result = Settlement(
        period=period,
        timezone=timezone,
        hosts=tuple(sorted(settled, key=lambda s: s.code)),
        recommenders=tuple(sorted((r for r in recommenders if r.lines), key=lambda r: r.code)),
        payments={m: int(payments.get(m, 0)) for m in PAYMENT_METHODS},
    )
    check_reconciles(result)
    return result


def check_reconciles(s: Settlement) -> None:
    """Σ net sales = Σ payments by method; net = commission + fees + host share; fees agree."""
    net = s.total("net_sales_fen")
    paid = sum(s.payments.values())
    parts = s.total("coop_commission_fen") + s.total("recommender_fees_fen") + s.total("host_share_fen")
    fees = s.recommender_fees_fen
    if not net == paid == parts or fees != s.total("recommender_fees_fen"):
        raise RuleError(
            f"结算不平：净销售 {format_yuan(net)}，收款 {format_yuan(paid)}，拆分合计 {format_yuan(parts)}，推介费 {format_yuan(fees)}",
            f"the settlement does not reconcile: net sales {format_yuan(net)}, payments {format_yuan(paid)}, "
            f"split {format_yuan(parts)}, recommender fees {format_yuan(fees)}",
        )


def settlement_document(s: Settlement) -> dict[str, object]:
    """The settlement JSON of docs/formats.md: yuan strings with two decimals, lists sorted by code."""
    y = format_yuan
    return {
        "period": {
            "from": s.period.start.isoformat(),
            "to": s.period.end.isoformat(),
            "timezone": s.timezone,
        },
        "hosts": [
            {
                "code": h.code,
                "name": h.name,
                "sales": y(h.sales_fen),
                "refunds": y(h.refunds_fen),
                "net_sales": y(h.net_sales_fen),
                "coop_commission": y(h.coop_commission_fen),
                "recommender_fees": y(h.recommender_fees_fen),
                "host_share": y(h.host_share_fen),
                "charges": y(h.charges_fen),
                "opening_balance": y(h.opening_balance_fen),
                "payable": y(h.payable_fen),
                "carried_forward": y(h.carried_forward_fen),
            }
            for h in s.hosts
        ],
        "recommenders": [{"code": r.code, "name": r.name, "fees": y(r.fees_fen)} for r in s.recommenders],
        "payments": {m: y(s.payments.get(m, 0)) for m in PAYMENT_METHODS},
        "totals": {
            "net_sales": y(s.total("net_sales_fen")),
            "coop_commission": y(s.total("coop_commission_fen")),
            "recommender_fees": y(s.total("recommender_fees_fen")),
            "host_share": y(s.total("host_share_fen")),
            "charges": y(s.total("charges_fen")),
            "payable": y(s.total("payable_fen")),
        },
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class ClosedSettlement:
    """A period as it was closed: its number, who closed it and when, and the document as stored."""

    number: str
    period: Period
    timezone: str
    closed_at: datetime
    closed_by: str
    document: Mapping[str, object]


def settlement_number(period: Period) -> str:
    return f"JS-{period.start:%Y%m%d}-{period.end:%Y%m%d}"


def refuse_if_closed(number: str | None, day: date, what_zh: str, what_en: str) -> None:
    """Nothing is added to a closed period: its statements are final."""
    if number is not None:
        raise RuleError(
            f"{day} 所在的结算期已结账（{number}），不能再添加{what_zh}",
            f"{day} lies in a closed settlement ({number}): no {what_en} can be added to it",
        )
