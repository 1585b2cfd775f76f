"""Helpers shared by the repositories."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(at: datetime) -> datetime:
    """SQLite gives back naive datetimes; every stored time is UTC."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
