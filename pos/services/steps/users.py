"""Steps that manage who may do what: add a user, change one, set a PIN. Every change is audited.

Each works inside the caller's open unit of work (``pos.services.steps``); a screen calls the
use cases of the same name in ``pos.services.users``.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from pos.audit import Action, entry
from pos.catalog import clean_code, clean_name
from pos.errors import NotFound, RuleError
from pos.ports import UnitOfWork
from pos.users import ROLE_NAMES_ZH, Permission, Role, User, hash_pin, require


def _host_id(uow: UnitOfWork, role: Role, host_code: str) -> int | None:
    if role != "host":
        return None
    host = uow.hosts.by_code(host_code.strip())
    if host is None:
        raise NotFound(f"没有编号为 {host_code} 的主理人", f"there is no host with code {host_code}")
    return host.id


def add_user(
    uow: UnitOfWork, *, code: str, name: str, role: Role, pin: str, now: datetime, host_code: str = ""
) -> User:
    require(uow.actor, Permission.MANAGE_USERS)
    code = clean_code(code, field="账号/login")
    if uow.users.by_code(code) is not None:
        raise RuleError(f"账号 {code} 已经存在", f"the login {code} already exists")
    user = uow.users.add(
        User(code=code, name=clean_name(name, field="姓名/name"), role=role, host_id=_host_id(uow, role, host_code),  # type: ignore[arg-type]
             pin_hash=hash_pin(pin))
    )  # fmt: skip
    uow.audit.add(entry(at=now, actor=uow.actor, action=Action.USER_ADDED, subject=code,
                        after={"name": user.name, "role": role, "host": host_code}))  # fmt: skip
    return user


def change_user(
    uow: UnitOfWork,
    *,
    code: str,
    now: datetime,
    name: str | None = None,
    role: Role | None = None,
    host_code: str | None = None,
    active: bool | None = None,
) -> User:
    """Rename, change role or deactivate a user; the last active administrator always stays."""
    require(uow.actor, Permission.MANAGE_USERS)
    user = uow.users.by_code(code.strip())
    if user is None:
        raise NotFound(f"没有账号 {code}", f"there is no login {code}")
    new_role = role or user.role
    changed = dataclasses.replace(
        user,
        name=clean_name(name, field="姓名/name") if name is not None else user.name,
        role=new_role,
        host_id=_host_id(uow, new_role, host_code) if (role or host_code is not None) else user.host_id,  # type: ignore[arg-type]
        active=user.active if active is None else active,
    )
    losing_admin = user.role == "admin" and user.active and (changed.role != "admin" or not changed.active)
    if losing_admin and uow.users.count_active_admins() <= 1:
        raise RuleError("至少要保留一位在用的管理员", "at least one active administrator must remain")
    before = {"name": user.name, "role": f"{user.role} {ROLE_NAMES_ZH[user.role]}", "active": user.active}
    after = {
        "name": changed.name,
        "role": f"{changed.role} {ROLE_NAMES_ZH[changed.role]}",
        "active": changed.active,
    }
    stored = uow.users.update(changed)
    uow.audit.add(entry(at=now, actor=uow.actor, action=Action.USER_CHANGED, subject=user.code,
                        before=before, after=after))  # fmt: skip
    return stored


def set_pin(uow: UnitOfWork, *, code: str, pin: str, now: datetime) -> None:
    """A user changes their own PIN; an administrator may set anyone's (and unlocks them)."""
    user = uow.users.by_code(code.strip())
    if user is None:
        raise NotFound(f"没有账号 {code}", f"there is no login {code}")
    if uow.actor.code != user.code:
        require(uow.actor, Permission.MANAGE_USERS)
    uow.users.update(dataclasses.replace(user, pin_hash=hash_pin(pin), failed_tries=0, locked_until=None))
    uow.audit.add(entry(at=now, actor=uow.actor, action=Action.PIN_CHANGED, subject=user.code))
