"""Taking, renewing and giving up the lease on a counter id (pos/counters.py)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from pos.audit import Action, entry
from pos.counters import CounterLease
from pos.errors import RuleError
from pos.ports import UnitOfWork
from pos.services.retry import retrying


class CounterTaken(RuleError):
    """Another running app holds this counter id."""


def _taken(lease: CounterLease, now: datetime) -> CounterTaken:
    seconds = max(0, int((now - lease.renewed_at).total_seconds()))
    return CounterTaken(
        f"收银台 {lease.counter_id} 已经在 {lease.machine or '另一台电脑'} 上打开（{seconds} 秒前仍在使用）。"
        "同一个收银台编号只能在一处打开：请关掉那边的程序，或在设置文件里给这台电脑另设一个收银台编号（counter_id）",
        f"counter {lease.counter_id} is open on {lease.machine or 'another computer'} (in use {seconds} s ago). "
        "One counter id can be open in one place only: close the app there, or give this computer a "
        "counter id of its own (counter_id in the settings file)",
    )


def claim_counter(
    uow: UnitOfWork, *, counter_id: str, holder: str, machine: str, now: datetime, take_over: bool = False
) -> CounterLease:
    """Take the counter for this app, or say who has it. ``take_over`` (a manager who knows the
    other app is gone) takes a live lease anyway, audited."""

    def work() -> CounterLease:
        with uow:
            current = uow.leases.holder(counter_id, for_update=True)
            if current is not None and current.holder != holder and current.live(now):
                if not take_over:
                    raise _taken(current, now)
                uow.audit.add(
                    entry(at=now, actor=uow.actor, action=Action.COUNTER_TAKEN_OVER, subject=counter_id,
                          before={"机器 machine": current.machine}, after={"机器 machine": machine})
                )  # fmt: skip
            lease = CounterLease(
                counter_id=counter_id, holder=holder, machine=machine, acquired_at=now, renewed_at=now
            )
            if current is not None and current.holder == holder:
                lease = dataclasses.replace(current, renewed_at=now)
            uow.leases.put(lease)
            uow.commit()
        return lease

    return retrying(work)


def counter_holder(uow: UnitOfWork, *, counter_id: str) -> CounterLease | None:
    """Who holds the counter now (for an app deciding whether the holder is one of its own, gone)."""
    with uow:
        return uow.leases.holder(counter_id)


def renew_counter(uow: UnitOfWork, *, counter_id: str, holder: str, now: datetime) -> CounterLease:
    """Still here: refused (``CounterTaken``) when another app has taken the counter meanwhile."""

    def work() -> CounterLease:
        with uow:
            current = uow.leases.holder(counter_id, for_update=True)
            if current is not None and current.holder and current.holder != holder:
                raise _taken(current, now)
            if current is None or not current.holder:  # given up, or never held
                raise CounterTaken(
                    f"收银台 {counter_id} 的占用记录不见了，请重新打开程序",
                    f"this app's hold on counter {counter_id} is gone: open the app again",
                )
            lease = dataclasses.replace(current, renewed_at=now)
            uow.leases.put(lease)
            uow.commit()
        return lease

    return retrying(work)


def release_counter(uow: UnitOfWork, *, counter_id: str, holder: str) -> None:
    with uow:
        uow.leases.release(counter_id, holder)
        uow.commit()
