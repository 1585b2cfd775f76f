"""What the counter's payment screen works out while the customer pays: no Qt, exact fen.

- :func:`quick_cash_amounts`: the banknotes a customer is likely to hand over for a total, as
  one-key buttons (the exact amount first, then rounder sums of Chinese notes).
- :func:`parse_discount`: a discount typed as an amount (``5``, ``¥5.50``) or a percentage
  (``10%``) of what it applies to, in fen.
- :class:`Tendering`: the tenders entered so far, what is still due and the change, checked by
  the same rule as the sale (``pos.sale.settle_tenders``): only cash gives change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pos.cart import percent_off
from pos.errors import InputError, RuleError
from pos.money import BP_WHOLE, FEN_PER_YUAN, format_yuan, parse_bp, parse_fen
from pos.sale import PaymentMethod, Tender, settle_tenders

# The notes in a Chinese wallet, in fen: 1, 5, 10, 20, 50 and 100 yuan.
NOTES_FEN: tuple[int, ...] = tuple(n * FEN_PER_YUAN for n in (1, 5, 10, 20, 50, 100))
MAX_QUICK = 4


def _round_up(amount_fen: int, step_fen: int) -> int:
    return -(-amount_fen // step_fen) * step_fen


def quick_cash_amounts(due_fen: int, *, count: int = MAX_QUICK) -> list[int]:
    """Up to ``count`` cash amounts for one-key payment, ascending, the first being ``due_fen``.

    After the exact amount come the sums a customer hands over: the due rounded up to 10, 50
    and 100 yuan, then further hundreds. Every amount pays the total (none is below it) and none
    repeats. Nothing due gives no amounts.
    """
    if due_fen <= 0 or count <= 0:
        return []
    amounts = [due_fen]
    for step in (10 * FEN_PER_YUAN, 20 * FEN_PER_YUAN, 50 * FEN_PER_YUAN, 100 * FEN_PER_YUAN):
        candidate = _round_up(due_fen, step)
        if candidate > amounts[-1]:
            amounts.append(candidate)
    hundred = 100 * FEN_PER_YUAN
    while len(amounts) < count:
        amounts.append(_round_up(amounts[-1] + 1, hundred))
    return amounts[:count]


def parse_discount(text: str, base_fen: int, *, field: str = "折扣/discount") -> int:
    """A discount on ``base_fen``: ``10%`` is ten percent of it (half up), ``5`` or ``¥5`` is
    5 yuan. Refused when negative or more than the base."""
    raw = text.strip()
    if not raw:
        return 0
    stripped = raw.replace("％", "%")
    if stripped.endswith("%"):
        bp = parse_bp(stripped, field=field)
        if bp > BP_WHOLE:
            raise RuleError(f"折扣 {raw} 超过 100%", f"the discount {raw} is more than 100%")
        return percent_off(base_fen, bp)
    fen = parse_fen(raw, field=field)
    if fen > base_fen:
        raise RuleError(
            f"折扣 {format_yuan(fen)} 超过金额 {format_yuan(base_fen)}",
            f"the discount {format_yuan(fen)} is more than the amount {format_yuan(base_fen)}",
        )
    return fen


@dataclass(frozen=True, slots=True)
class Tendering:
    """A payment in progress: the total due and the tenders taken so far (in order)."""

    due_fen: int
    tenders: tuple[Tender, ...] = field(default=())

    @property
    def paid_fen(self) -> int:
        return sum(t.amount_fen for t in self.tenders)

    @property
    def remaining_fen(self) -> int:
        """Still to pay (0 once the tenders cover the total)."""
        return max(self.due_fen - self.paid_fen, 0)

    @property
    def change_fen(self) -> int:
        """Cash to hand back: what was paid beyond the total."""
        return max(self.paid_fen - self.due_fen, 0)

    @property
    def covered(self) -> bool:
        return self.paid_fen >= self.due_fen

    def add(self, method: PaymentMethod, amount_fen: int) -> Tendering:
        """Take ``amount_fen`` by ``method``. A non-cash tender may not exceed what is still due
        (a card is charged the exact amount); only cash can be more, and gives change."""
        if amount_fen <= 0:
            raise InputError("付款金额必须大于 0", "a payment must be more than 0")
        if self.covered:
            raise RuleError("已经付清", "the total is already paid")
        if method != "cash" and amount_fen > self.remaining_fen:
            raise RuleError(
                f"非现金付款不能超过待付的 {format_yuan(self.remaining_fen)} 元",
                f"a non-cash payment cannot exceed the {format_yuan(self.remaining_fen)} still due",
            )
        result = Tendering(self.due_fen, (*self.tenders, Tender(method, amount_fen)))
        if result.covered:
            settle_tenders(result.due_fen, result.tenders)  # the sale's own rule, checked now
        return result

    def remove_last(self) -> Tendering:
        return Tendering(self.due_fen, self.tenders[:-1])

    def by_method(self) -> Sequence[tuple[PaymentMethod, int]]:
        """Tendered amounts merged by method, in the order first used."""
        merged: dict[PaymentMethod, int] = {}
        for tender in self.tenders:
            merged[tender.method] = merged.get(tender.method, 0) + tender.amount_fen
        return list(merged.items())
