"""Helpers shared by the repositories."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, insert
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
