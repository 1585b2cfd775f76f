"""Charges a host owes the co-op (rent, fees) or is credited (adjustments), as a step inside the
caller's open unit of work; a screen calls ``pos.services.charges.add_charge``."""

from __future__ import annotations

from datetime import date

from pos.catalog import clean_code, clean_text
from pos.charges import Charge, ChargeKind
from pos.errors import NotFound, RuleError
from pos.money import format_yuan
from pos.ports import UnitOfWork
from pos.settlement import refuse_if_closed
from pos.users import Permission, require

MAX_CHARGE_FEN = 100_000_000  # ¥1,000,000: larger is a typo


def add_charge(
    uow: UnitOfWork, *, host_code: str, day: date, amount_fen: int, kind: ChargeKind, note: str = ""
) -> Charge:
    """A dated charge; negative is a credit to the host. Zero is refused as a typo."""
    require(uow.actor, Permission.CHARGES)
    code = clean_code(host_code, field="主理人/host")
    host = uow.hosts.by_code(code)
    if host is None or host.id is None:
        raise NotFound(f"没有编号为 {code} 的主理人", f"there is no host with code {code}")
    refuse_if_closed(uow.settlements.closed_number_covering(day), day, "费用", "charges")
    if amount_fen == 0:
        raise RuleError("费用金额不能为 0", "a charge cannot be 0")
    if abs(amount_fen) > MAX_CHARGE_FEN:
        raise RuleError(
            f"费用金额 {format_yuan(amount_fen)} 过大",
            f"the charge {format_yuan(amount_fen)} is implausibly large",
        )
    return uow.charges.add(
        Charge(
            host_id=host.id,
            day=day,
            amount_fen=amount_fen,
            kind=kind,
            note=clean_text(note, field="备注/note")[:200],
        )
    )
