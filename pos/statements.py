"""Settlement statements (结算单) as plain data, and the pure rules that shape them.

A statement is a settlement's figures for one host (or recommender, or the co-op as a whole) with
every line behind them, grouped per product with subtotals (the lines: ``pos.statement_lines``,
whose names are also here). Every figure here comes from ``pos.settlement`` or is a plain Σ of
stored lines; ``receipts`` only draws it. The lines of a statement must add up to its figures to
the fen, or the statement is refused.

A closed period's statements are built from the snapshot stored when it was closed
(``pos.statement_snapshot``), so later renames or rate changes never alter them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from pos.clock import zone
from pos.errors import RuleError
from pos.money import format_yuan
from pos.sale import PAYMENT_METHODS, PaymentMethod
from pos.settlement import HostSettlement, Period, RecommenderSettlement, Settlement
from pos.statement_lines import LineTotals, ProductGroup, combined, group_by_product, in_time_order

# named here too for the callers that meet them as part of a statement (ports, services, screens)
from pos.statement_lines import SoldLine as SoldLine
from pos.statement_lines import StatementLine as StatementLine
from pos.statement_lines import to_statement_lines as to_statement_lines

CHARGE_NAMES_ZH = {"rent": "月租", "fee": "费用", "adjustment": "调整"}


@dataclass(frozen=True, slots=True)
class ShopInfo:
    """The co-op as printed at the top of every statement (Config.shop_name, shop_address)."""

    name: str
    address: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Party:
    """A host or recommender as the statement names them."""

    code: str
    name: str
    contact: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Status:
    """Which settlement, and whether it is a draft (草稿) or closed (已结算) and by whom."""

    number: str
    period: Period
    timezone: str
    closed_at: datetime | None = None  # UTC
    closed_by: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    def closed_local(self) -> datetime | None:
        """The closing time in shop time."""
        return None if self.closed_at is None else self.closed_at.astimezone(zone(self.timezone))


# ---------------------------------------------------------------- statements


@dataclass(frozen=True, slots=True, kw_only=True)
class HostStatement:
    """结算单 of one host: who, the settlement figures, and every line grouped per product."""

    number: str  # settlement number + host code
    status: Status
    shop: ShopInfo
    host: Party
    figures: HostSettlement
    groups: tuple[ProductGroup, ...]
    totals: LineTotals


@dataclass(frozen=True, slots=True, kw_only=True)
class RecommenderStatement:
    """推介费结算单 of one recommender: the lines naming them, and their fees."""

    number: str
    status: Status
    shop: ShopInfo
    recommender: Party
    figures: RecommenderSettlement
    groups: tuple[ProductGroup, ...]
    totals: LineTotals


@dataclass(frozen=True, slots=True, kw_only=True)
class CoopIncome:
    """What the co-op earns in the period: commission on sales, and the charges it is owed."""

    commission_fen: int
    rent_fen: int
    fees_fen: int
    adjustments_fen: int

    @property
    def charges_fen(self) -> int:
        return self.rent_fen + self.fees_fen + self.adjustments_fen

    @property
    def total_fen(self) -> int:
        return self.commission_fen + self.charges_fen


@dataclass(frozen=True, slots=True, kw_only=True)
class CoopSummary:
    """The co-op's overview: every host and recommender, its income, and payments by method."""

    number: str
    status: Status
    shop: ShopInfo
    settlement: Settlement
    hosts: tuple[Party, ...]  # in the order of settlement.hosts
    recommenders: tuple[Party, ...]  # in the order of settlement.recommenders
    income: CoopIncome
    payments: tuple[tuple[PaymentMethod, int], ...]  # every method, in PAYMENT_METHODS order

    def total(self, field: str) -> int:
        return self.settlement.total(field)

    @property
    def payments_fen(self) -> int:
        return sum(a for _, a in self.payments)


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementSet:
    """Everything one period prints: the co-op summary, one statement per host and per recommender."""

    summary: CoopSummary
    hosts: tuple[HostStatement, ...]
    recommenders: tuple[RecommenderStatement, ...]

    def lines(self) -> list[StatementLine]:
        """Every line of the period (each once), in time order: the accountant's 明细."""
        out = [ln for h in self.hosts for g in h.groups for ln in g.lines]
        out.sort(key=in_time_order)
        return out


def coop_income(settlement: Settlement) -> CoopIncome:
    by_kind = dict.fromkeys(CHARGE_NAMES_ZH, 0)
    for h in settlement.hosts:
        for c in h.charge_items:
            by_kind[c.kind] = by_kind.get(c.kind, 0) + c.amount_fen
    return CoopIncome(
        commission_fen=settlement.total("coop_commission_fen"),
        rent_fen=by_kind["rent"],
        fees_fen=by_kind["fee"],
        adjustments_fen=by_kind["adjustment"],
    )


def _mismatch(who: str, what: str, lines: int, figure: int) -> RuleError:
    return RuleError(
        f"{who} 的明细合计 {what} {format_yuan(lines)} 与结算数 {format_yuan(figure)} 不符：账目与结算不一致",
        f"the lines of {who} add up to {what} {format_yuan(lines)}, not the settled {format_yuan(figure)}: "
        "the books and the settlement disagree",
    )


def host_statement(
    *, status: Status, shop: ShopInfo, host: Party, figures: HostSettlement, lines: Sequence[StatementLine]
) -> HostStatement:
    """A host's statement; its lines must give exactly the settled sales, refunds and split."""
    groups = group_by_product(lines)
    totals = combined(g.totals for g in groups)
    for what, got, want in (
        ("销售/sales", totals.sales_fen, figures.sales_fen),
        ("退货/refunds", totals.refunds_fen, figures.refunds_fen),
        ("佣金/commission", totals.coop_fen, figures.coop_commission_fen),
        ("推介费/recommender fees", totals.rec_fen, figures.recommender_fees_fen),
        ("主理人所得/host share", totals.host_fen, figures.host_share_fen),
    ):
        if got != want:
            raise _mismatch(host.code, what, got, want)
    return HostStatement(
        number=statement_number(status.number, host.code),
        status=status,
        shop=shop,
        host=host,
        figures=figures,
        groups=groups,
        totals=totals,
    )


def recommender_statement(
    *,
    status: Status,
    shop: ShopInfo,
    recommender: Party,
    figures: RecommenderSettlement,
    lines: Sequence[StatementLine],
    number: str | None = None,
) -> RecommenderStatement:
    groups = group_by_product(lines)
    totals = combined(g.totals for g in groups)
    if totals.rec_fen != figures.fees_fen:
        raise _mismatch(recommender.code, "推介费/fees", totals.rec_fen, figures.fees_fen)
    return RecommenderStatement(
        number=number or statement_number(status.number, recommender.code),
        status=status,
        shop=shop,
        recommender=recommender,
        figures=figures,
        groups=groups,
        totals=totals,
    )


def coop_summary(
    *,
    status: Status,
    shop: ShopInfo,
    settlement: Settlement,
    hosts: Mapping[str, Party],
    recommenders: Mapping[str, Party],
) -> CoopSummary:
    return CoopSummary(
        number=statement_number(status.number, "coop"),
        status=status,
        shop=shop,
        settlement=settlement,
        hosts=tuple(hosts.get(h.code, Party(code=h.code, name=h.name)) for h in settlement.hosts),
        recommenders=tuple(
            recommenders.get(r.code, Party(code=r.code, name=r.name)) for r in settlement.recommenders
        ),
        income=coop_income(settlement),
        payments=tuple((m, int(settlement.payments.get(m, 0))) for m in PAYMENT_METHODS),
    )


# ---------------------------------------------------------------- numbers and file names


def statement_number(settlement_number: str, code: str) -> str:
    """``JS-20261001-20261031`` + ``H01`` -> ``JS-20261001-20261031-H01``; ``coop`` for the summary."""
    return f"{settlement_number}-{code}"


def recommender_numbers(
    settlement_number: str, host_codes: Iterable[str], codes: Iterable[str]
) -> dict[str, str]:
    """Recommender statement numbers: ``<number>-<code>``, or ``<number>-R-<code>`` when the code
    is also a host's (or ``coop``), compared as a case-insensitive file system would."""
    taken = {c.casefold() for c in host_codes} | {"coop"}
    return {c: statement_number(settlement_number, f"R-{c}" if c.casefold() in taken else c) for c in codes}


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name(number: str) -> str:
    """A statement's PDF file name: its number, with characters no file system takes replaced."""
    return _UNSAFE.sub("_", number) + ".pdf"
