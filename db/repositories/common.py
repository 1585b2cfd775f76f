"""Helpers shared by the repositories."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session


def as_utc(at: datetime) -> datetime:
    """SQLite gives back naive datetimes; every stored time is UTC."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def insert_returning_ids(s: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Many rows in as few INSERTs as the driver allows (SQLAlchemy's "insertmanyvalues"), their
    new ids in the order of ``rows``."""
    if not rows:
        return []
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [int(i) for i in s.execute(stmt, rows).scalars()]


def update_by_id(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany ``UPDATE … WHERE id = :row_id``; rows already loaded in the session are
    expired, so they are read again if asked for."""
    if not rows:
        return
    # no .values(): the SET clause is every other key of the rows
    s.execute(update(table).where(table.c.id == bindparam("row_id")), rows)
    s.expire_all()
