"""Helpers shared by the repositories."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, Table, bindparam, insert, update
from sqlalchemy.orm import InstrumentedAttribute, Session

Q = TypeVar("Q", bound=Select[Any])


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


def where_every_word(q: Q, text: str, key: InstrumentedAttribute[str]) -> Q:
    """``q`` narrowed to the rows whose search ``key`` (lower case) holds every word of ``text``,
    in any order; ``%``, ``_`` and ``\\`` in a word stand for themselves."""
    words = " ".join(text.lower().split())
    for word in words.split(" ") if words else ():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(key.like(pattern, escape="\\"))
    return q
