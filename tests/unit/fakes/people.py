"""The users and the audit log over the store."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from pos.audit import AuditEntry, AuditFilter
from pos.users import User
from tests.unit.fakes.store import _Store


class FakeUsers:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, user: User) -> User:
        u = dataclasses.replace(user, id=len(self.st.users) + 1)
        self.st.users[u.code] = u
        return u

    def update(self, user: User) -> User:
        self.st.users[user.code] = user
        return user

    def by_code(self, code: str, *, for_update: bool = False) -> User | None:
        return self.st.users.get(code)

    def list(self) -> Sequence[User]:
        return sorted(self.st.users.values(), key=lambda u: u.code)

    def count_active_admins(self) -> int:
        return sum(1 for u in self.st.users.values() if u.role == "admin" and u.active)


class FakeAudit:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, e: AuditEntry) -> AuditEntry:
        e = dataclasses.replace(e, id=len(self.st.audit) + 1)
        self.st.audit.append(e)
        return e

    def search(self, query: AuditFilter) -> Sequence[AuditEntry]:
        out = [
            e
            for e in reversed(self.st.audit)
            if (not query.action or e.action == query.action)
            and (not query.user_code or query.user_code in (e.actor_code, e.approver_code))
        ]
        return out[query.offset : query.offset + query.limit]
