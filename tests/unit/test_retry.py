"""A unit of work another counter got in the way of runs again; the cashier never sees driver text."""

from __future__ import annotations

import pytest

from pos.errors import Conflict, RuleError
from pos.services.retry import ATTEMPTS, retrying


def test_a_conflict_runs_the_whole_unit_of_work_again_until_it_goes_through() -> None:
    tries: list[int] = []
    pauses: list[float] = []

    def work() -> str:
        tries.append(1)
        if len(tries) < 3:
            raise Conflict("冲突", "conflict")
        return "C1-20261204-0007"

    assert retrying(work, sleep=pauses.append) == "C1-20261204-0007"
    assert len(tries) == 3 and len(pauses) == 2 and all(0 < p <= 0.2 for p in pauses)


def test_after_the_last_try_the_cashier_reads_what_happened_in_both_languages() -> None:
    tries: list[int] = []

    def work() -> None:
        tries.append(1)
        raise Conflict("冲突", "deadlock detected")

    with pytest.raises(Conflict) as refused:
        retrying(work, sleep=lambda _s: None)
    assert len(tries) == ATTEMPTS
    assert "什么也没有记录" in refused.value.zh and "Nothing was recorded" in refused.value.en
    assert "deadlock" not in refused.value.zh + refused.value.en  # not the driver's words


def test_a_rule_that_refuses_is_not_tried_again() -> None:
    tries: list[int] = []

    def work() -> None:
        tries.append(1)
        raise RuleError("退货数量超过可退数量", "more than sold")

    with pytest.raises(RuleError):
        retrying(work, sleep=lambda _s: None)
    assert tries == [1]
