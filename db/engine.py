"""Engines for SQLite (the default, one counter) and PostgreSQL (several counters, a back office)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from db.backup import make_private_dir
from pos.errors import ConfigError

SQLITE_BUSY_MS = 15_000
READ_ONLY = "coop_read_only"  # execution option: a unit of work that only reads


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` as the psycopg 3 driver, and a bare file path as SQLite."""
    url = url.strip()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    if "://" not in url and url:
        return "sqlite:///" + str(Path(url).expanduser().resolve())
    return url


def describe_url(url: str) -> str:
    """The URL with any password hidden, for screens and logs."""
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"数据库地址 “{url}” 无法识别", f'database URL "{url}" is not understood') from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        uri = str(parsed.query.get("uri", "")).lower() in ("true", "1")
        return _sqlite_engine(url, parsed.database, uri=uri, **kwargs)
    if backend == "postgresql":
        from db.models import for_postgresql  # here: an SQLite shop never needs PostgreSQL's clauses

        for_postgresql()
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, **kwargs)
    raise ConfigError(
        f"不支持的数据库 “{backend}”：请用 sqlite 或 postgresql",
        f'unsupported database "{backend}": use sqlite or postgresql',
    )


def _sqlite_engine(url: str, database: str | None, *, uri: bool, **kwargs: Any) -> Engine:
    """The shop's folder and file are readable by its user only: a folder made here is 0700, and
    a new database file 0600 (SQLite gives its ``-wal``, ``-shm`` and ``-journal`` the file's mode).
    What exists already (the user's home, a shop made before) is left as it is."""
    if database and database != ":memory:":
        parent = Path(database).expanduser().parent
        try:
            make_private_dir(parent)
        except OSError as exc:
            raise ConfigError(
                f"无法创建数据库文件夹 {parent}：{exc.strerror}",
                f"cannot create the database folder {parent}: {exc.strerror}",
            ) from exc
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000}, **kwargs)

    if database and database != ":memory:" and not uri:  # a file: URI is SQLite's to open as it says

        @event.listens_for(engine, "do_connect")
        def _create_private(*_args: Any) -> None:
            _create_private_file(Path(database))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (the pysqlite driver's own
        # deferred BEGIN cannot be made IMMEDIATE), then set the durability pragmas.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        if database and database != ":memory:":
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A unit of work that writes begins IMMEDIATE: it takes the write lock at the start, so two
        # counters writing at once wait their turn (busy_timeout) instead of failing when a read
        # turns into a write. A read-only one (lists, reports) begins DEFERRED and, in WAL mode,
        # never holds up a sale; query_only makes sure it cannot write.
        read_only = bool(conn.get_execution_options().get(READ_ONLY))
        conn.exec_driver_sql(f"PRAGMA query_only = {int(read_only)}")
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _create_private_file(path: Path) -> None:
    """Create the database file empty, mode 0600, before SQLite opens it (it would make it 0644
    under the usual umask); SQLite takes an empty file as an empty database. An existing file is
    left as it is; if it cannot be made here, SQLite tries itself and reports why it cannot."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError:
        return
    os.close(fd)
