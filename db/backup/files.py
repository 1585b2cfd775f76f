"""SQLite files on disk, as the backups and the restore handle them, with the standard library only.

What looks like an SQLite file, or a whole one, without opening it; the integrity check; the
journal mode; a file's URI; folders readable by the shop's user only; temporaries of ours, flushed
and removed with their ``-wal``/``-shm``/``-journal`` companions.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import parse_qs, unquote

from pos.errors import ConfigError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")


def make_private_dir(directory: Path) -> None:
    """Make ``directory``, and any missing folder above it, readable by this user only (0700).

    The shop's sales, its hosts' contacts and its users' PIN hashes live in these folders.
    Folders that exist already are left as they are: the user's home, ``/tmp``, a backup drive
    shared on purpose are not ours to change. Raises :class:`OSError` as :meth:`Path.mkdir` does.
    """
    directory = Path(directory)
    missing: list[Path] = []
    folder = directory
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
            # made meanwhile by someone else: theirs, left as it is
    if not directory.is_dir():
        directory.mkdir(exist_ok=True)  # raises FileExistsError: a file is in the way


def sqlite_path_from_url(url: str) -> Path | None:
    """The database file named by an SQLAlchemy SQLite URL, or ``None``.

    ``sqlite:///shop.db`` gives ``shop.db`` (relative to the working directory, as
    SQLAlchemy reads it), ``sqlite:////abs/shop.db`` and ``sqlite+pysqlite:///…`` likewise;
    percent-escapes are decoded and the query string dropped. ``None`` for an in-memory
    database (``sqlite://``, ``:memory:``, ``mode=memory``) and for any other backend
    (``postgresql+psycopg://…``), which these backups do not cover.
    """
    scheme, sep, rest = url.strip().partition("://")
    if not sep or scheme.split("+", 1)[0].lower() != "sqlite":
        return None
    rest, _, query = rest.partition("?")
    slash = rest.find("/")  # anything before it is a host part, which SQLite ignores
    if slash < 0:
        return None
    database = unquote(rest[slash + 1 :])
    params = {k.lower(): v[-1].lower() for k, v in parse_qs(query).items()}
    if params.get("uri") in ("true", "1") and database.startswith("file:"):
        if params.get("mode") == "memory":
            return None
        database = database.removeprefix("file:")
        if database.startswith("//"):  # file://localhost/abs/path or file:///abs/path
            database = database[2:]
            database = database[database.find("/") :] if "/" in database else ""
    if not database or database == ":memory:":
        return None
    return Path(database)


def looks_like_sqlite(path: Path, *, allow_empty: bool = True) -> bool:
    """True for an SQLite file, and for an empty one (SQLite treats it as an empty database)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return head == SQLITE_MAGIC or (allow_empty and head == b"")


def looks_whole(path: Path) -> bool:
    """Does ``path`` look like a whole SQLite file, without opening it as a database (cheap enough
    for every start of the app)? Its header is SQLite's, its page size a power of two from 512 to
    65536, its size a whole number of pages, and, where the header's page count is current, at
    least that many pages: an empty file or a copy cut off halfway is not."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        return False
    pages = int.from_bytes(head[28:32], "big")
    current = head[24:28] == head[92:96]  # "version-valid-for" matches the change counter
    return not current or 0 < pages * page_size <= size


def integrity_problems(path: Path) -> str:
    """'' when ``PRAGMA integrity_check`` says ok, else its first findings (or the error)."""
    try:
        with closing(sqlite3.connect(file_uri(path, "ro"), uri=True)) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    findings = [str(r[0]) for r in rows]
    if findings == ["ok"]:
        return ""
    text = "; ".join(findings[:3]) + (f" (+{len(findings) - 3})" if len(findings) > 3 else "")
    return text or "no result"


def set_journal_mode(path: Path, mode: str) -> None:
    with closing(sqlite3.connect(file_uri(path, "rw"), uri=True, isolation_level=None)) as con:
        row = con.execute(f"PRAGMA journal_mode={mode}").fetchone()
        if row is None or str(row[0]).lower() != mode:
            raise sqlite3.OperationalError(f"journal_mode is {row}, wanted {mode}")


def set_journal_mode_quietly(path: Path, mode: str) -> None:
    try:
        set_journal_mode(path, mode)
    except (sqlite3.Error, OSError) as exc:  # the application sets it again when it connects
        log.warning("could not set journal_mode=%s on %s: %s", mode, path, exc)


def file_uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path`` (any characters, any platform) with ``mode=ro|rw``."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def dest_error(dest_dir: Path, exc: BaseException) -> ConfigError:
    return ConfigError(
        f"无法写入备份文件夹 {dest_dir}：{exc}。请检查文件夹是否存在、可写、磁盘是否已满。",
        f"Cannot write to the backup folder {dest_dir}: {exc}. Check that it exists, is writable "
        "and the disk is not full.",
    )


def ensure_writable_dir(directory: Path) -> None:
    try:
        make_private_dir(directory)
    except OSError as exc:
        raise dest_error(directory, exc) from exc


def temp_file(directory: Path, *, prefix: str, suffix: str) -> Path:
    """An empty file of ours in ``directory``, mode 0600 (``mkstemp``): the backup is written into
    it and renamed, so it keeps that mode; SQLite gives its ``-journal`` the same."""
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=directory)
    except OSError as exc:
        raise dest_error(directory, exc) from exc
    os.close(fd)
    return Path(name)


def remove_with_sidecars(path: Path) -> None:
    for p in (path, *(Path(f"{path}{s}") for s in SIDECARS)):
        _unlink_quietly(p)


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove %s: %s", path, exc)


def copy_mode_quietly(src: Path, dst: Path) -> None:
    """Keep the shop file's permissions (mkstemp makes 0600)."""
    try:
        shutil.copymode(src, dst)
    except OSError as exc:
        log.warning("could not copy permissions of %s: %s", src, exc)


def fsync_file(path: Path) -> None:
    with _opened(path, os.O_RDWR) as fd:
        os.fsync(fd)


def fsync_dir(directory: Path) -> None:
    """Make renames in ``directory`` durable (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    try:
        with _opened(directory, os.O_RDONLY) as fd:
            os.fsync(fd)
    except OSError as exc:
        log.warning("could not fsync %s: %s", directory, exc)


@contextmanager
def _opened(path: Path, flags: int) -> Iterator[int]:
    fd = os.open(path, flags)
    try:
        yield fd
    finally:
        os.close(fd)


def error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")
