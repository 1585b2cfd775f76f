"""Users and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import AuditRow, UserRow
from db.repositories.common import as_utc
from pos.audit import AuditEntry, AuditFilter
from pos.ids import HostId
from pos.users import Role, User

_USER_FIELDS = ("code", "name", "role", "host_id", "pin_hash", "active", "failed_tries", "locked_until")


class SqlUserRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: UserRow) -> User:
        return User(
            id=r.id,
            code=r.code,
            name=r.name,
            role=cast(Role, r.role),
            host_id=HostId(r.host_id) if r.host_id is not None else None,
            pin_hash=r.pin_hash,
            active=r.active,
            failed_tries=r.failed_tries,
            locked_until=as_utc(r.locked_until) if r.locked_until is not None else None,
        )

    def add(self, user: User) -> User:
        row = UserRow(**{f: getattr(user, f) for f in _USER_FIELDS})
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, user: User) -> User:
        row = self.s.get_one(UserRow, user.id)
        for f in _USER_FIELDS:
            setattr(row, f, getattr(user, f))
        self.s.flush()
        return self._rec(row)

    def by_code(self, code: str, *, for_update: bool = False) -> User | None:
        q = select(UserRow).where(UserRow.code == code)
        if for_update:  # wait for another login of the same user to count its try first
            q = q.with_for_update().execution_options(populate_existing=True)
        row = self.s.scalar(q)
        return self._rec(row) if row else None

    def list(self) -> Sequence[User]:
        return [self._rec(r) for r in self.s.scalars(select(UserRow).order_by(UserRow.code))]

    def count_active_admins(self) -> int:
        return int(
            self.s.scalar(select(func.count()).where(UserRow.role == "admin", UserRow.active.is_(True))) or 0
        )


class SqlAuditRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: AuditRow) -> AuditEntry:
        return AuditEntry(
            id=r.id,
            at=as_utc(r.at),
            actor_code=r.actor_code,
            actor_name=r.actor_name,
            approver_code=r.approver_code,
            approver_name=r.approver_name,
            action=r.action,
            subject=r.subject,
            before=r.before,
            after=r.after,
            note=r.note,
        )

    def add(self, entry: AuditEntry) -> AuditEntry:
        row = AuditRow(
            at=as_utc(entry.at),
            actor_code=entry.actor_code[:40],
            actor_name=entry.actor_name[:80],
            approver_code=entry.approver_code[:40],
            approver_name=entry.approver_name[:80],
            action=entry.action,
            subject=entry.subject[:120],
            before=entry.before,
            after=entry.after,
            note=entry.note[:400],
        )
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def search(self, query: AuditFilter) -> Sequence[AuditEntry]:
        q = select(AuditRow).order_by(AuditRow.at.desc(), AuditRow.id.desc())
        if query.start is not None:
            q = q.where(AuditRow.at >= query.start)
        if query.end is not None:
            q = q.where(AuditRow.at < query.end)
        if query.action:
            q = q.where(AuditRow.action == query.action)
        if query.user_code:
            q = q.where(
                or_(AuditRow.actor_code == query.user_code, AuditRow.approver_code == query.user_code)
            )
        if query.text:
            like = f"%{query.text}%"
            q = q.where(or_(AuditRow.subject.like(like), AuditRow.note.like(like)))
        return [self._rec(r) for r in self.s.scalars(q.limit(query.limit).offset(query.offset))]
