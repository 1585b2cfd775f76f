"""What a person at a counter records happens now.

A sale, a refund, a shift opened or closed by someone who logged in is dated by the counter's
clock as it happens: a caller's time more than a few minutes from the unit of work's clock
(``uow.now()``), or ahead of it, is refused. Back-dated sales come in through an import by a
manager; the shop's own command line (the system) may record history, as the demo does.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pos.errors import RuleError
from pos.ports import UnitOfWork
from pos.users import is_system

CLOCK_TOLERANCE = timedelta(minutes=5)  # behind: a screen held open, a slow network
AHEAD_TOLERANCE = timedelta(minutes=1)  # ahead: never more, or a Z report could miss it


def dated_now(uow: UnitOfWork, at: datetime, *, what_zh: str, what_en: str) -> None:
    if is_system(uow.actor):
        return
    now = uow.now()
    if at < now - CLOCK_TOLERANCE or at > now + AHEAD_TOLERANCE:
        raise RuleError(
            f"{what_zh}的时间 {at:%Y-%m-%d %H:%M} 与现在相差太多：收银台只能记录现在发生的{what_zh}，补录请由店长导入",
            f"the {what_en} is dated {at:%Y-%m-%d %H:%M} UTC, too far from now: a counter records a "
            f"{what_en} as it happens; a manager imports earlier sales",
        )
