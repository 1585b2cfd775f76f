"""Shop time: timestamps are stored in UTC, days are the shop's calendar days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pos.errors import ConfigError, InputError, en_name, zh_name

DEFAULT_TIMEZONE = "Asia/Shanghai"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"时区 “{name}” 不存在", f'time zone "{name}" does not exist') from exc


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_utc(at: datetime, timezone: str) -> datetime:
    """An aware datetime in UTC; a naive one is read as shop time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=zone(timezone))
    return at.astimezone(UTC)


def business_day(at: datetime, timezone: str) -> date:
    """The shop's calendar day of ``at``."""
    return to_utc(at, timezone).astimezone(zone(timezone)).date()


def parse_time(text: str, timezone: str, *, field: str = "时间/time") -> datetime:
    """ISO 8601 (``2026-10-20T10:59:00+08:00``, ``2026-10-20 09:02:00``, ``…Z``) to UTC."""
    s = text.strip()
    try:
        at = datetime.fromisoformat(s)
    except ValueError as exc:
        raise InputError(
            f"{zh_name(field)} “{s}” 不是 ISO 8601 时间（例如 2026-11-23 14:30:00）",
            f'{en_name(field)} "{s}" is not an ISO 8601 time (e.g. 2026-11-23 14:30:00)',
        ) from exc
    return to_utc(at, timezone)


def parse_date(text: str, *, field: str = "日期/date") -> date:
    s = text.strip()
    try:
        return date.fromisoformat(s)
    except ValueError as exc:
        raise InputError(
            f"{zh_name(field)} “{s}” 不是日期（YYYY-MM-DD）",
            f'{en_name(field)} "{s}" is not a date (YYYY-MM-DD)',
        ) from exc
