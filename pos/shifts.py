"""Shifts (班次): the cash drawer from opening float to closing count, and the X and Z reports.

A shift belongs to one counter. It opens with a float counted by denomination, takes paid-ins
and paid-outs with reasons, and closes with a blind count: the cashier enters what is in the
drawer before seeing what should be there. The sales and refunds of the shift are those of its
counter with ``opened_at <= at < closed_at``. The Z report is numbered per counter (gap-free,
assigned at close) and stored as it was closed; an X report is the same figures at any moment,
changing nothing.

Cash that should be in the drawer::

    expected = float + cash sales + cash refunds + paid-in − paid-out

with cash sales as stored (cash tendered less change) and cash refunds negative, as paid back.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal, NewType

from pos.catalog import clean_text
from pos.errors import InputError, RuleError
from pos.money import check_amount, format_cny
from pos.sale import PAYMENT_METHODS, PaymentMethod, Sale, SaleKind

ShiftId = NewType("ShiftId", int)

DENOMINATIONS_FEN: tuple[int, ...] = (10000, 5000, 2000, 1000, 500, 100, 50, 10)
DENOMINATION_NAMES_ZH: dict[int, str] = {
    10000: "100元",
    5000: "50元",
    2000: "20元",
    1000: "10元",
    500: "5元",
    100: "1元",
    50: "5角",
    10: "1角",
}
MAX_PIECES = 100_000  # of one denomination: more is a typo, not a drawer
MAX_REASON = 200


def denomination_label(fen: int) -> str:
    """``10000`` -> ``"¥100"``, ``50`` -> ``"¥0.5"``: how a denomination is printed."""
    whole, part = divmod(fen, 100)
    return f"¥{whole}" if part == 0 else f"¥{whole}.{part // 10}"


def aware_utc(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("shift times must be timezone-aware")
    return at.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class DenominationCount:
    """How many notes and coins of each denomination, in the order of ``DENOMINATIONS_FEN``."""

    pieces: tuple[int, ...] = (0,) * len(DENOMINATIONS_FEN)

    def __post_init__(self) -> None:
        if len(self.pieces) != len(DENOMINATIONS_FEN):
            raise ValueError(f"a count has {len(DENOMINATIONS_FEN)} denominations")
        for fen, n in zip(DENOMINATIONS_FEN, self.pieces, strict=True):
            _check_pieces(fen, n)
        check_amount(self.total_fen, field="点钞合计/count total")

    @classmethod
    def of(cls, pieces: Mapping[int, int]) -> DenominationCount:
        """From ``{denomination in fen: pieces}``; denominations left out count 0."""
        for fen in pieces:
            if fen not in DENOMINATIONS_FEN:
                raise InputError(f"没有面额 {fen} 分", f"there is no denomination of {fen} fen")
        return cls(tuple(pieces.get(fen, 0) for fen in DENOMINATIONS_FEN))

    @classmethod
    def parse(cls, texts: Mapping[int, str]) -> DenominationCount:
        """From what was typed per denomination (a dialog's fields); an empty field counts 0."""
        pieces: dict[int, int] = {}
        for fen, text in texts.items():
            s = unicodedata.normalize("NFKC", text).strip()
            if s and not (s.isascii() and s.isdigit()):
                raise _bad_count(fen, text.strip())
            pieces[fen] = int(s) if s else 0
        return cls.of(pieces)

    @property
    def total_fen(self) -> int:
        return sum(fen * n for fen, n in zip(DENOMINATIONS_FEN, self.pieces, strict=True))

    def items(self) -> tuple[tuple[int, int], ...]:
        """``(denomination fen, pieces)`` from ¥100 down to ¥0.1."""
        return tuple(zip(DENOMINATIONS_FEN, self.pieces, strict=True))

    def to_json(self) -> dict[str, int]:
        return {str(fen): n for fen, n in self.items()}

    @classmethod
    def from_json(cls, data: Mapping[str, int]) -> DenominationCount:
        return cls.of({int(k): int(v) for k, v in data.items()})


def _bad_count(fen: int, text: object) -> InputError:
    name = denomination_label(fen)
    return InputError(
        f"{name} 的数量 “{text}” 应为 0 或正整数（最多 {MAX_PIECES}）",
        f'the count of {name} "{text}" must be a whole number, 0 or more (at most {MAX_PIECES})',
    )


def _check_pieces(fen: int, n: object) -> None:
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= MAX_PIECES:
        raise _bad_count(fen, n)


MovementKind = Literal["paid_in", "paid_out"]
MOVEMENT_NAMES_ZH: dict[MovementKind, str] = {"paid_in": "存入", "paid_out": "支出"}


def clean_reason(text: str) -> str:
    """A reason is required (paid-in, paid-out, drawer opened without a sale): one line, trimmed."""
    reason = clean_text(text, field="原因/reason")
    if not reason:
        raise InputError("请填写原因", "a reason is required")
    if len(reason) > MAX_REASON:
        raise InputError(f"原因超过 {MAX_REASON} 个字", f"the reason is longer than {MAX_REASON} characters")
    return reason


@dataclass(frozen=True, slots=True, kw_only=True)
class CashMovement:
    """Cash put into (paid-in, 存入) or taken out of (paid-out, 支出) the drawer, not a sale."""

    id: int | None = None
    shift_id: ShiftId | None = None
    kind: MovementKind
    amount_fen: int
    reason: str
    at: datetime  # aware, UTC
    by: str  # the actor's code
    by_name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in MOVEMENT_NAMES_ZH:
            raise ValueError(f"unknown cash movement {self.kind!r}")
        if self.amount_fen <= 0:
            raise RuleError("金额必须大于 0", "the amount must be more than 0")
        # A new one meets today's rules; one recorded (with an id) loads as it was written.
        if self.id is None:
            check_amount(
                self.amount_fen,
                field=f"{MOVEMENT_NAMES_ZH[self.kind]}金额/{self.kind.replace('_', '-')} amount",
            )
        if self.reason != (clean_reason(self.reason) if self.id is None else " ".join(self.reason.split())):
            raise ValueError("clean the reason with clean_reason() first")

    @property
    def signed_fen(self) -> int:
        return self.amount_fen if self.kind == "paid_in" else -self.amount_fen


@dataclass(frozen=True, slots=True, kw_only=True)
class TillSale:
    """What a shift report needs of one sale or refund (payments negative for a refund)."""

    receipt_no: str
    kind: SaleKind
    at: datetime
    payments: tuple[tuple[PaymentMethod, int], ...]
    line_discounts_fen: int = 0
    sale_discount_fen: int = 0


def till_sale(sale: Sale) -> TillSale:
    return TillSale(
        receipt_no=sale.receipt_no,
        kind=sale.kind,
        at=sale.at,
        payments=tuple((p.method, p.amount_fen) for p in sale.payments),
        line_discounts_fen=sum(ln.line_discount_fen for ln in sale.lines),
        sale_discount_fen=sale.sale_discount_fen,
    )


def z_label(counter_id: str, number: int) -> str:
    """``C1-Z0003``: the third Z report of counter C1."""
    return f"{counter_id}-Z{number:04d}"


def over_short_zh(fen: int) -> str:
    """``多 ¥2.00`` (over), ``少 ¥3.00`` (short), ``平`` (exact)."""
    if fen > 0:
        return f"多 {format_cny(fen)}"
    if fen < 0:
        return f"少 {format_cny(-fen)}"
    return "平"


@dataclass(frozen=True, slots=True)
class MethodFigures:
    """One payment method over a shift: sales taken in, refunds paid back (≤ 0), and the net."""

    method: PaymentMethod
    sales_fen: int = 0
    refunds_fen: int = 0

    @property
    def net_fen(self) -> int:
        return self.sales_fen + self.refunds_fen


ReportKind = Literal["X", "Z"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ShiftReport:
    """The figures of a shift up to ``as_of``: an X report while open, the Z report at close.

    Every printed figure is a field, so a Z report read back from storage prints exactly what
    was closed even if these rules are changed later.
    """

    kind: ReportKind
    counter_id: str
    number: int | None  # the Z number; None on an X report
    opened_at: datetime
    opened_by: str  # "name (code)"
    as_of: datetime  # the close, or the moment of the X report
    closed_by: str = ""
    methods: tuple[MethodFigures, ...]  # all five, in PAYMENT_METHODS order
    sales_count: int
    refunds_count: int
    sales_fen: int
    refunds_fen: int
    net_fen: int
    line_discounts_fen: int
    sale_discounts_fen: int
    float_count: DenominationCount
    float_fen: int
    movements: tuple[CashMovement, ...]
    paid_in_fen: int
    paid_out_fen: int
    cash_sales_fen: int
    cash_refunds_fen: int  # ≤ 0
    expected_cash_fen: int
    counted: DenominationCount | None = None  # Z only
    counted_fen: int | None = None
    over_short_fen: int | None = None  # counted − expected: > 0 over (多), < 0 short (少)

    @property
    def discounts_fen(self) -> int:
        return self.line_discounts_fen + self.sale_discounts_fen

    def method(self, method: PaymentMethod) -> MethodFigures:
        return next(m for m in self.methods if m.method == method)

    @property
    def title_zh(self) -> str:
        if self.kind == "X" or self.number is None:
            return "X 报表（未交班）"
        return f"Z 报表 {z_label(self.counter_id, self.number)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Shift:
    """One shift at one counter. Open until ``closed_at``; closed, it carries its Z report."""

    id: ShiftId | None = None
    counter_id: str
    opened_at: datetime  # aware, UTC
    opened_by: str  # actor code
    opened_by_name: str = ""
    float_count: DenominationCount
    number: int | None = None  # the Z number, assigned at close
    closed_at: datetime | None = None
    closed_by: str = ""
    closed_by_name: str = ""
    counted: DenominationCount | None = None
    expected_cash_fen: int | None = None
    over_short_fen: int | None = None
    report: ShiftReport | None = None  # the Z report as closed

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def float_fen(self) -> int:
        return self.float_count.total_fen

    @property
    def subject(self) -> str:
        """How the audit log names the shift: its Z number once closed."""
        if self.number is not None:
            return z_label(self.counter_id, self.number)
        return f"{self.counter_id} 班次 #{self.id}"

    def holds(self, at: datetime, end: datetime) -> bool:
        """Does a sale or refund of this counter at ``at`` belong to the shift, counted up to ``end``?"""
        return self.opened_at <= at < end


def actor_label(name: str, code: str) -> str:
    return f"{name} ({code})" if name else code


def build_report(
    *,
    kind: ReportKind,
    shift: Shift,
    sales: Sequence[TillSale],
    movements: Sequence[CashMovement],
    as_of: datetime,
    number: int | None = None,
    closed_by: str = "",
    counted: DenominationCount | None = None,
) -> ShiftReport:
    """The shift's figures from its counter's sales and refunds and its cash movements.

    Sales outside ``[opened_at, as_of)`` are left out, whatever the caller passed.
    """
    as_of = aware_utc(as_of)
    if as_of < shift.opened_at:
        raise RuleError("报表时间早于开班时间", "the report time is before the shift opened")
    if (kind == "Z") != (counted is not None and number is not None):
        raise ValueError("a Z report has a number and a count; an X report neither")
    mine = [s for s in sales if shift.holds(aware_utc(s.at), as_of)]
    taken: dict[PaymentMethod, int] = dict.fromkeys(PAYMENT_METHODS, 0)
    back: dict[PaymentMethod, int] = dict.fromkeys(PAYMENT_METHODS, 0)
    for s in mine:
        into = taken if s.kind == "sale" else back
        for method, amount_fen in s.payments:
            into[method] += amount_fen
    methods = tuple(MethodFigures(m, taken[m], back[m]) for m in PAYMENT_METHODS)
    moves = tuple(sorted((m for m in movements if m.at < as_of), key=lambda m: (m.at, m.id or 0)))
    paid_in = sum(m.amount_fen for m in moves if m.kind == "paid_in")
    paid_out = sum(m.amount_fen for m in moves if m.kind == "paid_out")
    float_fen = shift.float_count.total_fen
    expected = float_fen + taken["cash"] + back["cash"] + paid_in - paid_out
    counted_fen = counted.total_fen if counted is not None else None
    return ShiftReport(
        kind=kind,
        counter_id=shift.counter_id,
        number=number,
        opened_at=shift.opened_at,
        opened_by=actor_label(shift.opened_by_name, shift.opened_by),
        as_of=as_of,
        closed_by=closed_by,
        methods=methods,
        sales_count=sum(1 for s in mine if s.kind == "sale"),
        refunds_count=sum(1 for s in mine if s.kind == "refund"),
        sales_fen=sum(taken.values()),
        refunds_fen=sum(back.values()),
        net_fen=sum(taken.values()) + sum(back.values()),
        line_discounts_fen=sum(s.line_discounts_fen for s in mine if s.kind == "sale"),
        sale_discounts_fen=sum(s.sale_discount_fen for s in mine if s.kind == "sale"),
        float_count=shift.float_count,
        float_fen=float_fen,
        movements=moves,
        paid_in_fen=paid_in,
        paid_out_fen=paid_out,
        cash_sales_fen=taken["cash"],
        cash_refunds_fen=back["cash"],
        expected_cash_fen=expected,
        counted=counted,
        counted_fen=counted_fen,
        over_short_fen=None if counted_fen is None else counted_fen - expected,
    )


def close(shift: Shift, report: ShiftReport, *, by: str, by_name: str) -> Shift:
    """The shift as closed by its Z report, by the user ``by`` (code) named ``by_name``."""
    if not shift.is_open:
        raise RuleError(f"{shift.subject} 已经交班", f"{shift.subject} is already closed")
    if report.kind != "Z" or report.number is None or report.counted is None:
        raise ValueError("a shift closes with a Z report")
    return replace(
        shift,
        number=report.number,
        closed_at=report.as_of,
        closed_by=by,
        closed_by_name=by_name,
        counted=report.counted,
        expected_cash_fen=report.expected_cash_fen,
        over_short_fen=report.over_short_fen,
        report=report,
    )
