"""Driver errors a user can cause (server down, wrong password, locked file), in words."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from db.engine import describe_url
from pos.errors import CoopError


class DatabaseError(CoopError):
    """The database cannot be reached or refused an operation."""


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    try:
        yield
    except CoopError:
        raise
    except DBAPIError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        raise DatabaseError(
            f"无法使用数据库 {describe_url(url)}：{detail}",
            f"cannot use the database {describe_url(url)}: {detail}",
        ) from exc
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"数据库 {describe_url(url)} 出错：{exc}", f"database {describe_url(url)} error: {exc}"
        ) from exc
