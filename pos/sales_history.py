"""Past sales and refunds as the counter looks them up: a search, one line per receipt, and what of
a sale is left to refund (docs/domain.md, Refunds)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from pos.clock import to_utc, zone
from pos.errors import InputError
from pos.ids import SaleId
from pos.money import parse_fen
from pos.sale import Payment, PaymentMethod, RefundRequest, Sale, SaleKind, SaleLine, refund_lines

MAX_RESULTS = 500

# C1-20261123-0007: the counter, the business day and the number of the day
_FULL_RECEIPT = re.compile(r"^[A-Za-z0-9_]{1,8}-\d{8}-\d{4,}$")
_RANGE = re.compile(r"^(?P<lo>[^~～至到]+)[~～至到](?P<hi>[^~～至到]+)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class SalesQuery:
    """What to look for among sales and refunds; every field left empty matches everything.

    ``start``/``end`` bound the time (``start <= at < end``); a naive datetime is shop time.
    Amounts match a sale's total or a refund's (as a positive amount), in fen, inclusive.
    """

    receipt: str = ""  # a fragment of the receipt number (case does not matter)
    receipt_exact: bool = False  # ``receipt`` is a whole receipt number
    start: datetime | None = None
    end: datetime | None = None
    min_total_fen: int | None = None
    max_total_fen: int | None = None
    kind: SaleKind | None = None
    counter_id: str | None = None
    limit: int = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class SaleSummary:
    """One receipt in a list: a sale (positive total) or a refund (negative total)."""

    id: SaleId
    receipt_no: str
    kind: SaleKind
    at: datetime  # aware, UTC
    counter_id: str | None
    cashier: str
    line_count: int
    units: int  # units sold, or units given back (positive)
    total_fen: int
    payments: tuple[Payment, ...]  # refunds: negative amounts
    refund_of_receipt: str | None = None

    @property
    def methods(self) -> tuple[PaymentMethod, ...]:
        return tuple(p.method for p in self.payments)


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundableLine:
    """A line of the original sale, with how many of its units were given back already."""

    line: SaleLine
    refunded: int

    @property
    def line_no(self) -> int:
        return self.line.line_no

    @property
    def qty(self) -> int:
        return self.line.qty

    @property
    def left(self) -> int:
        return self.line.qty - self.refunded


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundableSale:
    """An earlier sale as the refund screen needs it: its lines with what is left, its payments,
    and the refunds already made against it."""

    sale: Sale
    lines: tuple[RefundableLine, ...]
    refunds: tuple[SaleSummary, ...]

    @property
    def receipt_no(self) -> str:
        return self.sale.receipt_no

    @property
    def payments(self) -> tuple[Payment, ...]:
        return self.sale.payments

    @property
    def total_fen(self) -> int:
        return self.sale.total_fen

    @property
    def refunded_fen(self) -> int:
        """What was given back so far (positive)."""
        return -sum(r.total_fen for r in self.refunds)

    @property
    def units_left(self) -> int:
        return sum(ln.left for ln in self.lines)

    @property
    def default_payout(self) -> PaymentMethod:
        """The method the money goes back by: the sale's own when it was paid one way, else cash."""
        methods = {p.method for p in self.sale.payments if p.amount_fen > 0}
        return methods.pop() if len(methods) == 1 else "cash"

    def already_refunded(self) -> dict[int, int]:
        return {ln.line_no: ln.refunded for ln in self.lines if ln.refunded}

    def refund_preview(self, requests: Sequence[RefundRequest]) -> tuple[SaleLine, ...]:
        """The refund lines these requests would make, split per docs/domain.md (refusals as the
        refund itself would refuse)."""
        return refund_lines(self.sale, requests, already_refunded=self.already_refunded())

    def refund_total_fen(self, requests: Sequence[RefundRequest]) -> int:
        """What the customer gets back for these requests (positive fen; 0 for none)."""
        wanted = [r for r in requests if r.units > 0]
        if not wanted:
            return 0
        return -sum(ln.net_fen for ln in self.refund_preview(wanted))


def looks_like_receipt_no(text: str) -> bool:
    """A whole counter receipt number such as ``C1-20261123-0007``."""
    return bool(_FULL_RECEIPT.match(text.strip()))


def clean_receipt_no(text: str) -> str:
    """A receipt number as typed or scanned: NFKC (full-width forms), trimmed of white space and
    control characters a scanner adds, upper case for a counter's number."""
    s = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isprintable()).strip()
    return s.upper() if looks_like_receipt_no(s) else s


def day_range(first: date, last: date, timezone: str) -> tuple[datetime, datetime]:
    """The UTC bounds ``[start, end)`` of the shop's calendar days ``first`` … ``last``."""
    if last < first:
        first, last = last, first
    tz = zone(timezone)
    start = datetime.combine(first, time(), tz)
    end = datetime.combine(last + timedelta(days=1), time(), tz)
    return to_utc(start, timezone), to_utc(end, timezone)


def parse_search(text: str) -> SalesQuery:
    """The counter's search line: ``35.50``/``¥35``/``35元`` is an amount, ``30~40`` a range of
    amounts, a whole receipt number is that receipt, anything else a part of a receipt number."""
    s = unicodedata.normalize("NFKC", text).strip()
    if not s:
        return SalesQuery()
    m = _RANGE.match(s.replace(" ", ""))
    if m is not None:
        lo = parse_fen(m.group("lo"), field="金额/amount")
        hi = parse_fen(m.group("hi"), field="金额/amount")
        lo, hi = min(lo, hi), max(lo, hi)
        return SalesQuery(min_total_fen=lo, max_total_fen=hi)
    if "." in s or s[0] in "¥$" or s.endswith(("元", "圆")):
        try:
            fen = parse_fen(s, field="金额/amount")
        except InputError:
            if s[0] in "¥$" or s.endswith(("元", "圆")):
                raise
        else:
            return SalesQuery(min_total_fen=fen, max_total_fen=fen)
    number = clean_receipt_no(s)
    return SalesQuery(receipt=number, receipt_exact=looks_like_receipt_no(number))
