"""Logging in, approving on the spot, and managing who may do what. Every change is audited."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from pos.audit import Action, entry
from pos.catalog import Host, clean_code, clean_name
from pos.errors import RuleError
from pos.ports import UnitOfWork
from pos.services.steps import users as steps
from pos.services.transaction import in_transaction
from pos.users import (
    LOCK_FOR,
    MAX_TRIES,
    Actor,
    Permission,
    User,
    hash_pin,
    locked,
    require,
    verify_pin,
)


class LoginRefused(RuleError):
    """Wrong code or PIN, a locked or inactive user: said the same way, so codes cannot be probed."""


def needs_first_admin(uow: UnitOfWork) -> bool:
    """A new shop has no administrator: the first start asks for one (there is no default PIN)."""
    with uow:
        return uow.users.count_active_admins() == 0


def create_first_admin(uow: UnitOfWork, *, code: str, name: str, pin: str, now: datetime) -> Actor:
    with uow:
        if uow.users.count_active_admins():
            raise RuleError("已经有管理员了", "there is an administrator already")
        user = uow.users.add(
            User(code=clean_code(code, field="账号/login"), name=clean_name(name, field="姓名/name"), role="admin",
                 pin_hash=hash_pin(pin))
        )  # fmt: skip
        uow.audit.add(entry(at=now, actor=user.actor(), action=Action.USER_ADDED, subject=user.code,
                            after={"name": user.name, "role": user.role}))  # fmt: skip
        uow.commit()
    return user.actor()


def _check_pin(uow: UnitOfWork, *, code: str, pin: str, now: datetime) -> User:
    """Inside an open unit of work; records the failed try (the caller commits either way).

    The user's row is held from the read to the commit: logins of one user at several counters
    take turns, each sees the tries counted before it, and the fifth wrong PIN locks, never a later one."""
    user = uow.users.by_code(code.strip(), for_update=True)
    refused = LoginRefused("账号或 PIN 不对", "wrong login or PIN")
    if user is None or not user.active:
        raise refused
    if locked(user, now):
        assert user.locked_until is not None
        minutes = max(1, int((user.locked_until - now).total_seconds() + 59) // 60)
        raise LoginRefused(
            f"{user.name} 输错太多次，已锁定，请 {minutes} 分钟后再试",
            f"{user.name} is locked after too many wrong PINs; try again in {minutes} minute(s)",
        )
    if not verify_pin(pin, user.pin_hash):
        tries = user.failed_tries + 1
        if tries >= MAX_TRIES:
            uow.users.update(dataclasses.replace(user, failed_tries=0, locked_until=now + LOCK_FOR))
            uow.audit.add(entry(at=now, actor=user.actor(), action=Action.LOGIN_LOCKED, subject=user.code,
                                note=f"{MAX_TRIES} wrong PINs"))  # fmt: skip
            raise LoginRefused(
                f"PIN 连续输错 {MAX_TRIES} 次，{user.name} 已锁定 5 分钟",
                f"{MAX_TRIES} wrong PINs in a row: {user.name} is locked for 5 minutes",
            )
        uow.users.update(dataclasses.replace(user, failed_tries=tries))
        raise refused
    if user.failed_tries or user.locked_until is not None:
        user = uow.users.update(dataclasses.replace(user, failed_tries=0, locked_until=None))
    return user


def login(uow: UnitOfWork, *, code: str, pin: str, now: datetime) -> Actor:
    """Who is at the counter now. Five wrong PINs lock that user for five minutes."""
    with uow:
        try:
            user = _check_pin(uow, code=code, pin=pin, now=now)
        finally:
            uow.commit()  # a failed try counts even though the login is refused
    return user.actor()


def approve(uow: UnitOfWork, *, code: str, pin: str, now: datetime) -> Actor:
    """A manager approves on the spot with their PIN; the approver is recorded with what they approved."""
    with uow:
        try:
            user = _check_pin(uow, code=code, pin=pin, now=now)
        finally:
            uow.commit()
    approver = user.actor()
    require(approver, Permission.APPROVE)
    return approver


def confirmed_approver(uow: UnitOfWork, approver: Actor, permission: str) -> Actor:
    """The approver as the books know them now, inside the caller's transaction: an active login,
    not locked, whose stored role grants ``permission``. An ``Actor`` a script made up, or a
    manager demoted or deactivated since their PIN was typed, approves nothing."""
    user = uow.users.by_code(approver.code)
    if user is None or not user.active or locked(user, uow.now()) or user.id != approver.user_id:
        raise RuleError(
            f"批准人 {approver.code} 不是本店在用的账号",
            f"the approver {approver.code} is not an active login of the shop",
        )
    confirmed = user.actor()
    require(confirmed, permission)
    return confirmed


# ---------------------------------------------------------------- managing the users


@dataclass(frozen=True, slots=True)
class UserList:
    """The users (their PIN hashes left behind in the database) and the hosts a login may belong to."""

    users: tuple[User, ...]
    hosts: tuple[Host, ...]

    def host_of(self, user: User) -> Host | None:
        return next((h for h in self.hosts if h.id == user.host_id), None)


def load_users(uow: UnitOfWork) -> UserList:
    """The users page's list, in a unit of work of its own; only an administrator reads the users."""
    require(uow.actor, Permission.MANAGE_USERS)
    with uow:
        return UserList(
            users=tuple(dataclasses.replace(u, pin_hash="") for u in uow.users.list()),
            hosts=tuple(uow.hosts.list()),
        )


add_user = in_transaction(steps.add_user)
change_user = in_transaction(steps.change_user)
set_pin = in_transaction(steps.set_pin)
