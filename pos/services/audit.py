"""Reading the audit log: who did what, approved by whom, when, and what changed."""

from __future__ import annotations

from collections.abc import Sequence

from pos.audit import AuditEntry, AuditFilter
from pos.ports import UnitOfWork
from pos.users import Permission, require


def read_audit(uow: UnitOfWork, query: AuditFilter) -> Sequence[AuditEntry]:
    """The entries ``query`` asks for, newest first, in a unit of work of its own; only those who
    may read the audit log do."""
    require(uow.actor, Permission.AUDIT)
    with uow:
        return uow.audit.search(query)
