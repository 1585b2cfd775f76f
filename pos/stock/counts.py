"""A stock count (盘点): what was expected and what was scanned, product by product, and the variance.

A count takes each product's expected quantity when it starts; sales, refunds and deliveries made
while it runs are taken into account product by product: what moved before a product was last
scanned was not on the shelf when it was counted, what moved after it was. Approving a count posts
the variances as count-adjustment movements; where the co-op bears losses, the missing goods become
a credit charge to their host.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from pos.clock import business_day
from pos.errors import RuleError
from pos.ids import HostId, ProductId, TagId
from pos.money import format_yuan, split_line
from pos.stock.ledger import LossBearer

ScopeKind = Literal["all", "host", "tag"]
CountState = Literal["open", "approved", "cancelled"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CountScope:
    kind: ScopeKind = "all"
    host_id: HostId | None = None
    tag_id: TagId | None = None

    def __post_init__(self) -> None:
        if (self.kind == "host") != (self.host_id is not None) or (self.kind == "tag") != (
            self.tag_id is not None
        ):
            raise RuleError("盘点范围不完整", "the count's scope is incomplete")


@dataclass(frozen=True, slots=True, kw_only=True)
class StockCount:
    id: int | None = None
    scope: CountScope
    scope_label: str = ""  # 全部 / H01 布言布语 / 标签 …, as it was when the count started
    started_at: datetime
    started_by: str
    start_mark: int  # the last stock movement id when the expected quantities were taken
    uncounted_zero: bool = True  # products in scope never scanned were counted as zero
    state: CountState = "open"
    approved_at: datetime | None = None
    approved_by: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CountItem:
    """One product in a count, as stored: its expected quantity at the start and what was scanned."""

    product_id: ProductId
    barcode: str
    name: str
    host_id: HostId
    host_code: str
    host_name: str
    price_fen: int
    coop_bp: int
    rec_bp: int
    expected_at_start: int
    counted: int = 0
    scans: int = 0  # scan rows: 0 means never counted
    last_mark: int | None = None  # the last movement id when this product was last scanned
    approved_expected: int | None = None  # as kept when the count was approved
    approved_counted: int | None = None


@dataclass(frozen=True, slots=True)
class Moved:
    """A stock movement made after the count started (id order is the order they happened in)."""

    id: int
    product_id: ProductId
    qty: int
    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CountLine:
    product_id: ProductId
    barcode: str
    name: str
    host_id: HostId
    host_code: str
    host_name: str
    price_fen: int
    coop_bp: int
    rec_bp: int
    expected: int
    counted: int
    was_counted: bool

    @property
    def variance(self) -> int:
        return self.counted - self.expected

    @property
    def variance_fen(self) -> int:
        return self.variance * self.price_fen

    @property
    def host_share_missing_fen(self) -> int:
        """The host's share of the price of the missing units, at the product's current rates."""
        if self.variance >= 0:
            return 0
        return split_line(
            qty=-self.variance, unit_price_fen=self.price_fen, coop_bp=self.coop_bp, rec_bp=self.rec_bp
        ).host_fen


def expected_now(
    items: Sequence[CountItem], moved: Sequence[Moved], *, upto_mark: int | None = None
) -> list[CountLine]:
    """Each product's expected quantity when it was counted.

    ``expected = expected_at_start + Σ movements made after the start and up to the product's last
    scan`` (count adjustments excepted). A product never scanned was counted at ``upto_mark`` (when
    the count is approved: every movement so far), or, while counting, is compared with now.
    """
    by_product: dict[ProductId, list[Moved]] = {}
    for m in moved:
        if m.kind != "count_adjustment":
            by_product.setdefault(m.product_id, []).append(m)
    lines = []
    for it in items:
        mark = it.last_mark if it.scans else upto_mark
        delta = sum(m.qty for m in by_product.get(it.product_id, ()) if mark is None or m.id <= mark)
        lines.append(
            CountLine(
                product_id=it.product_id,
                barcode=it.barcode,
                name=it.name,
                host_id=it.host_id,
                host_code=it.host_code,
                host_name=it.host_name,
                price_fen=it.price_fen,
                coop_bp=it.coop_bp,
                rec_bp=it.rec_bp,
                expected=it.expected_at_start + delta,
                counted=it.counted,
                was_counted=it.scans > 0,
            )
        )
    return lines


@dataclass(frozen=True, slots=True, kw_only=True)
class HostVariance:
    host_id: HostId
    host_code: str
    host_name: str
    loss_bearer: LossBearer
    expected: int
    counted: int
    missing: int  # units (≥ 0)
    extra: int  # units (≥ 0)
    variance_fen: int  # at price
    credit_fen: int  # what the co-op credits the host for missing goods (≥ 0; 0 if the host bears them)
    lines: tuple[CountLine, ...] = field(default=())


@dataclass(frozen=True, slots=True, kw_only=True)
class VarianceReport:
    count: StockCount
    hosts: tuple[HostVariance, ...]
    at: datetime  # when the figures were taken

    @property
    def lines(self) -> list[CountLine]:
        return [ln for h in self.hosts for ln in h.lines]

    @property
    def variance_fen(self) -> int:
        return sum(h.variance_fen for h in self.hosts)

    @property
    def credit_fen(self) -> int:
        return sum(h.credit_fen for h in self.hosts)


def variance_report(
    count: StockCount,
    lines: Sequence[CountLine],
    *,
    bearers: Mapping[HostId, LossBearer],
    at: datetime,
    include_unchanged: bool = True,
) -> VarianceReport:
    """Per host (by code), every product counted or expected (by barcode), with value at price."""
    per: dict[HostId, list[CountLine]] = {}
    for ln in lines:
        if not include_unchanged and ln.variance == 0:
            continue
        if not ln.was_counted and ln.expected == 0 and ln.counted == 0 and not include_unchanged:
            continue
        per.setdefault(ln.host_id, []).append(ln)
    hosts = []
    for host_id, hl in per.items():
        hl.sort(key=lambda x: x.barcode)
        bearer = bearers.get(host_id, "host")
        hosts.append(
            HostVariance(
                host_id=host_id,
                host_code=hl[0].host_code,
                host_name=hl[0].host_name,
                loss_bearer=bearer,
                expected=sum(x.expected for x in hl),
                counted=sum(x.counted for x in hl),
                missing=sum(-x.variance for x in hl if x.variance < 0),
                extra=sum(x.variance for x in hl if x.variance > 0),
                variance_fen=sum(x.variance_fen for x in hl),
                credit_fen=sum(x.host_share_missing_fen for x in hl) if bearer == "coop" else 0,
                lines=tuple(hl),
            )
        )
    hosts.sort(key=lambda h: h.host_code)
    return VarianceReport(count=count, hosts=tuple(hosts), at=at)


def count_number(count_id: int) -> str:
    return f"PD{count_id:05d}"


def today_label(at: datetime, timezone: str) -> date:
    return business_day(at, timezone)


def variance_document(report: VarianceReport) -> dict[str, object]:
    """``coop-pos count --json``: the count, and per host (by code) every line (by barcode).

    Amounts are strings in yuan with two decimals, as in the settlement JSON."""
    c = report.count
    return {
        "count": count_number(c.id or 0),
        "scope": c.scope_label,
        "state": c.state,
        "started_at": c.started_at.isoformat(),
        "approved_at": c.approved_at.isoformat() if c.approved_at else None,
        "hosts": [
            {
                "code": h.host_code,
                "name": h.host_name,
                "loss_bearer": h.loss_bearer,
                "expected": h.expected,
                "counted": h.counted,
                "missing": h.missing,
                "extra": h.extra,
                "variance_value": format_yuan(h.variance_fen),
                "credit": format_yuan(h.credit_fen),
                "lines": [
                    {
                        "barcode": ln.barcode,
                        "name": ln.name,
                        "price": format_yuan(ln.price_fen),
                        "expected": ln.expected,
                        "counted": ln.counted,
                        "variance": ln.variance,
                        "variance_value": format_yuan(ln.variance_fen),
                    }
                    for ln in h.lines
                ],
            }
            for h in report.hosts
        ],
        "totals": {
            "expected": sum(h.expected for h in report.hosts),
            "counted": sum(h.counted for h in report.hosts),
            "variance_value": format_yuan(report.variance_fen),
            "credit": format_yuan(report.credit_fen),
        },
    }
