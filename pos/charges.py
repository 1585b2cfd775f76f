"""Charges: what a host owes the co-op (module rent, other fees) or is credited, dated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pos.errors import InputError
from pos.ids import HostId
from pos.money import check_amount

ChargeKind = Literal["rent", "fee", "adjustment"]
CHARGE_KINDS: dict[str, ChargeKind] = {
    "rent": "rent",
    "fee": "fee",
    "adjustment": "adjustment",
    "租金": "rent",
    "月租": "rent",
    "费用": "fee",
    "调整": "adjustment",
}


def parse_charge_kind(text: str) -> ChargeKind:
    kind = CHARGE_KINDS.get(text.strip().lower()) or CHARGE_KINDS.get(text.strip())
    if kind is None:
        raise InputError(
            f"费用类型 “{text}” 应为 rent/fee/adjustment（租金/费用/调整）",
            f'charge kind "{text}" must be rent, fee or adjustment',
        )
    return kind


@dataclass(frozen=True, slots=True, kw_only=True)
class Charge:
    """Positive: the host owes the co-op; negative: a credit to the host."""

    id: int | None = None
    host_id: HostId
    day: date
    amount_fen: int
    kind: ChargeKind
    note: str = ""

    def __post_init__(self) -> None:
        check_amount(self.amount_fen, field="费用金额/charge")
