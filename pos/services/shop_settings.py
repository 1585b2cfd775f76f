"""Settings every counter of the shop must agree on, kept in the database (not in one PC's
config file): today, the discount limit above which a cashier's markdown needs a manager's PIN.

A careless script cannot pass a limit of its own: the checkout reads it here, inside its own
transaction. ``coop-pos init`` writes the config file's ``discount_limit_percent`` here (audited
when it changes); a shop without the setting uses the default of 10 %.
"""

from __future__ import annotations

from datetime import datetime

from pos.audit import Action, entry
from pos.errors import RuleError
from pos.money import format_bp
from pos.ports import UnitOfWork
from pos.users import Permission, require

DISCOUNT_LIMIT = "discount_limit_bp"
DEFAULT_DISCOUNT_LIMIT_BP = 1000


def discount_limit_bp(uow: UnitOfWork) -> int:
    """The shop's limit, in basis points, inside the caller's transaction."""
    value = uow.settings.get(DISCOUNT_LIMIT)
    return DEFAULT_DISCOUNT_LIMIT_BP if value is None else int(value)


def shop_discount_limit_bp(uow: UnitOfWork) -> int:
    """The shop's limit, read in a transaction of its own (for screens)."""
    with uow:
        return discount_limit_bp(uow)


def set_discount_limit(uow: UnitOfWork, *, limit_bp: int, now: datetime) -> bool:
    """An administrator sets the shop's discount limit (0–100 %); audited. False: it was so already."""
    require(uow.actor, Permission.MANAGE_USERS)
    if not 0 <= limit_bp <= 10_000:
        raise RuleError("折扣上限应在 0 到 100% 之间", "the discount limit must be between 0 and 100%")
    with uow:
        before = discount_limit_bp(uow)
        if uow.settings.get(DISCOUNT_LIMIT) is not None and before == limit_bp:
            return False
        uow.settings.put(DISCOUNT_LIMIT, str(limit_bp))
        uow.audit.add(
            entry(at=now, actor=uow.actor, action=Action.SETTING_CHANGED, subject="折扣上限 discount limit",
                  before={"折扣上限": format_bp(before)}, after={"折扣上限": format_bp(limit_bp)})
        )  # fmt: skip
        uow.commit()
    return True
