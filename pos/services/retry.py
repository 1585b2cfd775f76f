"""Running a unit of work again when the database says another counter got in the way.

Two counters selling the same goods, a refund racing another refund of the same line, a close
racing a sale: the services take their locks in one fixed order (README, "Several counters at
once"), so these are rare, but PostgreSQL may still end one transaction with a deadlock or a
serialization failure. Nothing of it was written, so the service runs the whole unit of work
again, a few times, after a short random pause; the cashier never sees the driver's words.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from pos.errors import Conflict

T = TypeVar("T")

ATTEMPTS = 5
_PAUSE_S = 0.02  # doubled each time, with jitter: 20, 40, 80, 160 ms at most


def retrying(
    work: Callable[[], T], *, attempts: int = ATTEMPTS, sleep: Callable[[float], None] = time.sleep
) -> T:
    """``work()`` (which opens, and commits or rolls back, its own unit of work), run again while
    it ends in a :class:`Conflict`; the last conflict is raised in the cashier's words."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except Conflict as exc:
            if attempt == attempts:
                raise Conflict(
                    "另一台收银机同时在处理同一笔数据，已重试几次仍未完成；什么也没有记录，请再试一次",
                    "another counter was working on the same records at the same moment; it was tried "
                    "again several times without success. Nothing was recorded: please try again",
                ) from exc
            sleep(random.uniform(0.5, 1.0) * _PAUSE_S * 2 ** (attempt - 1))
    raise AssertionError("unreachable")
