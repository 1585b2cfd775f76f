"""Backups of an SQLite shop: online copies, restore with checks, daily rotation.

Standard library only (no SQLAlchemy, no Qt), so the command line can back up and
restore a shop even when the rest of the application cannot start.

A backup is one self-contained file named ``coop-pos-YYYYMMDD-HHMMSS-<reason>.sqlite``
(UTC; ``.2``, ``.3`` … before ``.sqlite`` when two land in the same second), in
rollback-journal mode so that it needs no ``-wal``/``-shm`` companions and can be
carried on a USB stick. Backups are readable by the shop's user only (0600), and a folder
made for them is too (0700); folders that were there already are left as they are.

A backup killed halfway (power cut, task manager) leaves no backup behind
-------------------------------------------------------------------------
The copy is written to a hidden temporary file in the backups folder
(``.coop-pos-backup-XXXXXXXX.part``), checked, flushed, and only then renamed into place with
one atomic ``os.replace``: a file named like a backup is always a whole, checked one. A run
holds a lock on ``.coop-pos-backup.lock`` in the folder for as long as it works there (the
operating system lets go of it when the process dies), so the next run knows that temporaries
it finds are left over from a run that was killed, and removes them, with any empty file named
like a backup that an older version left. :func:`backup_due` counts only files that look whole
(an SQLite header whose page count matches the file's size), never an empty or cut-off one.

How the copy stays consistent while the counter sells
-----------------------------------------------------
``sqlite3.Connection.backup`` copies a fixed number of pages per step. Between steps
the source's read lock is normally released, and when *another process* commits in
that gap SQLite restarts the copy from the first page; a till that commits a sale
every few milliseconds would then keep the backup restarting until the till goes quiet.
We therefore open a read transaction on the source first: in WAL mode it pins one
snapshot for every step, so the copy finishes in a single pass and is exactly the
database as of one commit, while the writer never waits (WAL readers do not block
writers; checkpoints merely stop at the snapshot until the copy is done).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote

from pos.errors import ConfigError, InputError, NotFound, RuleError

__all__ = [
    "BACKUP_SUFFIX",
    "DEFAULT_KEEP",
    "backup_due",
    "backup_sqlite",
    "list_backups",
    "make_private_dir",
    "prune_backups",
    "restore_sqlite",
    "sqlite_path_from_url",
]

log = logging.getLogger(__name__)

DEFAULT_KEEP = 30
BACKUP_PREFIX = "coop-pos-"
BACKUP_SUFFIX = ".sqlite"
BACKUP_INTERVAL = timedelta(hours=24)

_PAGES_PER_STEP = 256  # 1 MiB at the default 4 KiB page size
_BUSY_TIMEOUT_S = 10.0  # waiting for a lock on the source (WAL recovery, rollback-journal writers)
_IN_USE_TIMEOUT_S = 2.0  # restore: how long to wait for the counter to let go before refusing
_SQLITE_MAGIC = b"SQLite format 3\x00"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_SIDECARS = ("-wal", "-shm", "-journal")
_TEMP_PREFIX, _TEMP_SUFFIX = ".coop-pos-backup-", ".part"
_LOCK_NAME = ".coop-pos-backup.lock"
_LOCK_TIMEOUT_S = 120.0  # waiting for another backup into the same folder to finish
_UNLOCKED_STALE_AGE_S = 24 * 3600.0  # without a working lock: temporaries older than this are stale

_REASON_MAX = 48
_NOT_IN_REASON = re.compile(r"[^a-z0-9_-]+")
_BACKUP_NAME = re.compile(
    r"^coop-pos-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9][a-z0-9_-]{0,47})(?:\.(?P<n>[1-9]\d{0,5}))?\.sqlite$"
)


# --------------------------------------------------------------------------- public API


def backup_sqlite(
    db_path: Path,
    dest_dir: Path,
    *,
    reason: str = "manual",
    now: datetime | None = None,
    keep: int = DEFAULT_KEEP,
) -> Path:
    """Copy the live shop database at ``db_path`` into ``dest_dir`` and return the new file.

    Safe while the counter sells: the copy is one consistent snapshot taken with the
    SQLite backup API in steps of ``_PAGES_PER_STEP`` pages, and writers are not held up.
    The copy is written to a hidden temporary file in ``dest_dir``, switched to
    ``journal_mode=DELETE`` (one self-contained file), checked with ``PRAGMA integrity_check``,
    flushed to disk and only then renamed to ``coop-pos-YYYYMMDD-HHMMSS-<reason>.sqlite``. A copy
    that is not intact is deleted and refused. The folder's lock is held throughout, and
    temporaries left by a killed run are removed first (see the module docstring). Afterwards the newest ``keep`` backups in ``dest_dir`` are kept and older
    ones removed; the backup just made is always kept, even when the clock went backwards.

    ``reason`` is a short word (``manual``, ``daily``, ``before-upgrade-0002`` …); it is
    lowercased and anything but letters, digits, ``-`` and ``_`` becomes ``-`` in the name.
    ``now`` defaults to the current time; a naive datetime is taken as local time.

    Raises :class:`NotFound` when there is no database file, :class:`ConfigError` when
    ``db_path`` is not an SQLite database or ``dest_dir`` cannot be written, and
    :class:`RuleError` when the database is damaged or stays locked.
    """
    reason = _reason_slug(reason)
    _check_keep(keep)
    when = _as_utc(now)
    db_path = Path(db_path)
    dest_dir = Path(dest_dir)

    if not db_path.is_file():
        raise NotFound(
            f"找不到店铺数据库文件：{db_path}",
            f"Shop database file not found: {db_path}",
        )
    if not _looks_like_sqlite(db_path):
        raise ConfigError(
            f"{db_path} 不是 SQLite 数据库文件，无法备份。请检查数据库设置。",
            f"{db_path} is not an SQLite database file and cannot be backed up. Check the database setting.",
        )
    _ensure_writable_dir(dest_dir)

    with _folder_lock(dest_dir) as locked:
        _remove_leftovers(dest_dir, locked=locked)
        tmp = _temp_file(dest_dir, prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX)
        try:
            _online_copy(db_path, tmp, dest_dir)
            problems = _integrity_problems(tmp)
            if problems:
                raise RuleError(
                    f"备份副本没有通过完整性检查，已删除，没有保存备份：{problems}。"
                    "店铺数据库可能已损坏，请联系维护人员。",
                    f"The backup copy failed the integrity check and was deleted; no backup was kept: "
                    f"{problems}. The shop database may be damaged; ask whoever maintains the system.",
                )
            _fsync_file(tmp)  # whole on disk before its name says it is a backup
            final = _free_backup_name(dest_dir, when, reason)
            os.replace(tmp, final)
        except OSError as exc:
            raise _dest_error(dest_dir, exc) from exc
        finally:
            _remove_with_sidecars(tmp)
        _fsync_dir(dest_dir)

        _prune(dest_dir, keep=keep, protect=final)
    return final


STALE_RESTORE = timedelta(minutes=10)


def _drop_stale_restores(db_path: Path) -> None:
    """Copies a killed restore left beside the database (``.<name>.restore-*.tmp``) and nobody
    has touched for ten minutes: no restore takes that long, so none of them is in use."""
    cutoff = datetime.now(UTC).timestamp() - STALE_RESTORE.total_seconds()
    for stale in db_path.parent.glob(f".{db_path.name}.restore-*.tmp"):
        with suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                stale.unlink()


def restore_sqlite(backup_file: Path, db_path: Path, *, now: datetime | None = None) -> Path | None:
    """Put ``backup_file`` back as the shop database at ``db_path``.

    The backup must exist, be an SQLite database, pass ``PRAGMA integrity_check`` and have
    an ``alembic_version`` table (a coop-pos shop); these checks run on a copy made next to
    ``db_path``, so what is checked is exactly what is put in place. The current database,
    if any, is merged into one file (WAL checkpointed, ``journal_mode=DELETE``) and moved
    aside as ``<name>.replaced-YYYYMMDD-HHMMSS`` (UTC) together with any ``-wal``/``-shm``/
    ``-journal`` files next to it; then the copy is renamed into place. If that last step
    fails, the replaced database is moved back, so the shop is never left without one.

    Returns the path of the replaced database that was kept, or ``None`` when there was none.

    Raises :class:`NotFound` for a missing backup file, :class:`InputError` for a file that
    is not an intact coop-pos database, :class:`RuleError` while the database is still open
    in coop-pos (close the counter first), :class:`ConfigError` when files cannot be written.
    """
    when = _as_utc(now)
    backup_file = Path(backup_file)
    db_path = Path(db_path)
    _check_backup_file(backup_file, db_path)

    _ensure_writable_dir(db_path.parent)
    _drop_stale_restores(db_path)
    tmp = _temp_file(db_path.parent, prefix=f".{db_path.name}.restore-", suffix=".tmp")
    try:
        try:
            shutil.copyfile(backup_file, tmp)
        except OSError as exc:
            raise ConfigError(
                f"无法把备份复制到 {db_path.parent}：{exc}。没有恢复，原数据库未改动。",
                f"Cannot copy the backup to {db_path.parent}: {exc}. Nothing was restored; "
                "the current database is unchanged.",
            ) from exc
        _check_restorable(tmp, backup_file)

        # Only a file that looks like a database is opened (and checkpointed); anything else,
        # with whatever -wal lies beside it, is moved aside untouched for whoever investigates.
        current_mode = _quiesce(db_path) if _looks_like_sqlite(db_path, allow_empty=False) else None
        try:
            _finish_restored_copy(tmp, wal=current_mode in (None, "wal"))
            if db_path.exists():
                _copy_mode_quietly(db_path, tmp)
            moved = _move_aside(db_path, when)
            try:
                os.replace(tmp, db_path)
            except OSError as exc:
                _move_back(moved)
                raise ConfigError(
                    f"恢复失败，原数据库已放回原处：{exc}",
                    f"Restore failed; the previous database was put back: {exc}",
                ) from exc
        except BaseException:
            if current_mode == "wal" and db_path.exists():
                _set_journal_mode_quietly(db_path, "wal")  # undo what _quiesce changed
            raise
    finally:
        _remove_with_sidecars(tmp)
    _fsync_dir(db_path.parent)
    return moved[0][1] if moved and moved[0][0] == db_path else None


def list_backups(dest_dir: Path) -> list[Path]:
    """The backups in ``dest_dir`` (files named like ours), newest first.

    Ordered by the UTC timestamp in the name, then the same-second counter. Other files
    are ignored; a missing folder has no backups.
    """
    dest_dir = Path(dest_dir)
    try:
        entries = list(dest_dir.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found: list[tuple[datetime, int, str, Path]] = []
    for path in entries:
        parsed = _parse_backup_name(path.name)
        if parsed is not None and path.is_file():
            found.append((parsed[0], parsed[1], path.name, path))
    found.sort(reverse=True)
    return [item[3] for item in found]


def prune_backups(dest_dir: Path, *, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``dest_dir``; return the ones removed.

    Only files named like our backups are ever touched. A file that cannot be removed is
    logged and left (a failed clean-up must not turn a good backup into an error).
    """
    _check_keep(keep)
    return _prune(Path(dest_dir), keep=keep, protect=None)


def backup_due(dest_dir: Path, *, now: datetime | None = None) -> bool:
    """True when no backup in ``dest_dir`` was made in the 24 hours up to ``now``.

    Judged by the timestamp in the file names. Backups stamped in the future (the clock
    was set back) do not count, so a wrong clock leads to one more backup, not to none.
    Neither do files that are not whole backups: empty, cut off, or not SQLite at all
    (temporaries of a run in progress or killed are not named like backups in the first place).
    """
    when = _as_utc(now)
    for path in list_backups(dest_dir):
        parsed = _parse_backup_name(path.name)
        if parsed is not None and when - BACKUP_INTERVAL < parsed[0] <= when and _looks_whole(path):
            return False
    return True


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


# --------------------------------------------------------------------------- backup internals


def _online_copy(db_path: Path, tmp: Path, dest_dir: Path) -> None:
    """Copy ``db_path`` into the empty file ``tmp`` as one snapshot, then make it DELETE mode."""
    try:
        src = sqlite3.connect(
            _file_uri(db_path, "ro"), uri=True, timeout=_BUSY_TIMEOUT_S, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise _source_error(db_path, exc) from exc
    with closing(src):
        try:
            # Pin one read snapshot for every step (see the module docstring).
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlite3.Error as exc:
            raise _source_error(db_path, exc) from exc
        try:
            with closing(sqlite3.connect(tmp, isolation_level=None)) as dst:
                src.backup(dst, pages=_PAGES_PER_STEP, sleep=0.05)
                src.execute("ROLLBACK")
                src.close()  # let checkpoints run past our snapshot again
                # The header says WAL if the shop's does; a backup must stand alone.
                row = dst.execute("PRAGMA journal_mode=DELETE").fetchone()
                if row is None or str(row[0]).lower() != "delete":
                    raise sqlite3.OperationalError(f"journal_mode is still {row}")
        except sqlite3.Error as exc:
            if _error_name(exc).startswith(
                ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")
            ):
                raise _dest_error(dest_dir, exc) from exc
            raise _source_error(db_path, exc) from exc


def _source_error(db_path: Path, exc: sqlite3.Error) -> RuleError:
    if _error_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return RuleError(
            f"店铺数据库一直被锁住（{_BUSY_TIMEOUT_S:.0f} 秒），备份没有完成，请稍后再试：{exc}",
            f"The shop database stayed locked for {_BUSY_TIMEOUT_S:.0f} s; the backup did not "
            f"finish. Try again in a moment: {exc}",
        )
    return RuleError(
        f"无法读取店铺数据库 {db_path}，可能已损坏，没有保存备份：{exc}",
        f"Cannot read the shop database {db_path}; it may be damaged. No backup was kept: {exc}",
    )


def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def _free_backup_name(dest_dir: Path, when: datetime, reason: str) -> Path:
    """The first backup name for ``when`` and ``reason`` not taken in ``dest_dir``.

    Nothing is created: the checked copy is renamed to it at once. Free for sure while the
    folder's lock is held (every coop-pos backup into the folder takes it); without a working
    lock, two runs in the same second with the same reason could pick one name, and the later
    copy would replace the earlier (both whole: a backup is lost, never half of one)."""
    base = f"{BACKUP_PREFIX}{when.strftime(_STAMP_FORMAT)}-{reason}"
    for n in range(1, 1000):
        path = dest_dir / (f"{base}{BACKUP_SUFFIX}" if n == 1 else f"{base}.{n}{BACKUP_SUFFIX}")
        if not os.path.lexists(path):
            return path
    raise OSError(f"no free name for {base}{BACKUP_SUFFIX}")


@contextmanager
def _folder_lock(dest_dir: Path) -> Iterator[bool]:
    """Hold the backups folder's lock (``.coop-pos-backup.lock``) while working in it.

    Yields True with the lock held, False where the file system cannot lock (some network
    shares): the backup is still made, only leftovers are then judged by age. Another backup
    holding the lock is waited for, up to ``_LOCK_TIMEOUT_S``; then a :class:`RuleError`.
    The lock is the operating system's: a killed process never leaves it held. The file is
    removed by whoever holds it, on the way out; one who opened it meanwhile finds, once it has
    the lock, that the name no longer points at its file, and takes the lock again on a new one.
    """
    path = dest_dir / _LOCK_NAME
    deadline = time.monotonic() + _LOCK_TIMEOUT_S
    fd: int | None = None
    while fd is None:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise _dest_error(dest_dir, exc) from exc
        try:
            _lock_fd(fd)
        except OSError as exc:
            os.close(fd)
            fd = None
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                log.warning("cannot lock %s (%s); leftovers are judged by age", path, exc)
                break
            if time.monotonic() > deadline:
                raise RuleError(
                    f"另一个备份正在写入 {dest_dir}（已等待 {_LOCK_TIMEOUT_S:.0f} 秒），请稍后再试。",
                    f"Another backup is being written into {dest_dir} (waited {_LOCK_TIMEOUT_S:.0f} s); "
                    "try again in a moment.",
                ) from exc
            time.sleep(0.05)
            continue
        if not _names(path, fd):  # removed by the run before us while we waited: take a new one
            os.close(fd)
            fd = None
    try:
        yield fd is not None
    finally:
        if fd is not None:
            if os.name == "nt":  # an open file cannot be removed there: let go first
                os.close(fd)
                _remove_lock_file(path)
            else:  # removed while held: whoever waits on this file re-checks its name
                _remove_lock_file(path)
                os.close(fd)


def _names(path: Path, fd: int) -> bool:
    """Does ``path`` still name the open file ``fd``?"""
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _remove_lock_file(path: Path) -> None:
    with suppress(OSError):  # gone already, or (Windows) open in the next backup: it removes it
        path.unlink()


if sys.platform == "win32":
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the first byte; released when the file is closed

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_leftovers(dest_dir: Path, *, locked: bool) -> list[Path]:
    """Remove what killed runs left in ``dest_dir``: our temporaries (``.coop-pos-backup-*.part``
    and their ``-journal``) and empty files named like backups (an older version held the name
    with one). With the folder's lock held, nobody else is writing there, so all of them are
    stale; without it, only those untouched for a day. Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(dest_dir.iterdir())
    except OSError:
        return removed
    cutoff = time.time() - _UNLOCKED_STALE_AGE_S
    for path in entries:
        name = path.name
        ours = name.startswith(_TEMP_PREFIX) and any(
            name.endswith(_TEMP_SUFFIX + extra) for extra in ("", *_SIDECARS)
        )
        try:
            st = path.lstat()
            if not ours:
                ours = _parse_backup_name(name) is not None and path.is_file() and st.st_size == 0
            if not ours or (not locked and st.st_mtime > cutoff):
                continue
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("could not remove the leftover %s: %s", path, exc)
            continue
        log.info("removed %s, left by a backup that did not finish", path)
        removed.append(path)
    return removed


def _prune(dest_dir: Path, *, keep: int, protect: Path | None) -> list[Path]:
    backups = list_backups(dest_dir)
    kept = backups[:keep]
    if protect is not None and protect not in kept:
        kept = [*backups[: keep - 1], protect]
    removed: list[Path] = []
    for path in backups:
        if path in kept:
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue  # someone else pruned it
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", path, exc)
            continue
        removed.append(path)
    return removed


def _parse_backup_name(name: str) -> tuple[datetime, int] | None:
    m = _BACKUP_NAME.match(name)
    if m is None:
        return None
    try:
        stamp = datetime.strptime(m["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None  # 20251399-…: not ours
    return stamp, int(m["n"] or 1)


def _dest_error(dest_dir: Path, exc: BaseException) -> ConfigError:
    return ConfigError(
        f"无法写入备份文件夹 {dest_dir}：{exc}。请检查文件夹是否存在、可写、磁盘是否已满。",
        f"Cannot write to the backup folder {dest_dir}: {exc}. Check that it exists, is writable "
        "and the disk is not full.",
    )


# --------------------------------------------------------------------------- restore internals


def _check_backup_file(backup_file: Path, db_path: Path) -> None:
    if not backup_file.exists():
        raise NotFound(f"找不到备份文件：{backup_file}", f"Backup file not found: {backup_file}")
    if not backup_file.is_file():
        raise InputError(
            f"{backup_file} 不是文件（是文件夹？）。请选择一个备份文件。",
            f"{backup_file} is not a file (a folder?). Choose a backup file.",
        )
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise InputError(
            "备份文件就是当前的店铺数据库，不能用它自己来恢复。",
            "The backup file is the current shop database itself; it cannot be restored onto itself.",
        )
    if not _looks_like_sqlite(backup_file, allow_empty=False):
        raise InputError(
            f"{backup_file.name} 不是 SQLite 数据库文件，不能用来恢复。没有改动任何数据。",
            f"{backup_file.name} is not an SQLite database file and cannot be restored. Nothing was changed.",
        )
    wal = Path(f"{backup_file}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        raise InputError(
            f"{backup_file.name} 旁边有未合并的 -wal 文件，它可能正被使用，单独复制会丢失数据。"
            "请用 coop-pos backup 生成的备份来恢复。",
            f"{backup_file.name} has an unmerged -wal file next to it; it may be in use and copying it "
            "alone would lose data. Restore from a file made by coop-pos backup.",
        )


def _check_restorable(copy: Path, backup_file: Path) -> None:
    """Integrity check and ``alembic_version`` on the copy; :class:`InputError` if either fails."""
    label = backup_file.name
    try:
        problems = _integrity_problems(copy)
        with closing(sqlite3.connect(_file_uri(copy, "ro"), uri=True)) as con:
            has_version = con.execute(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
    except sqlite3.Error as exc:
        problems, has_version = str(exc), None
    if problems:
        raise InputError(
            f"备份文件 {label} 已损坏（完整性检查未通过：{problems}），没有恢复，原数据库未改动。",
            f"The backup file {label} is damaged (integrity check failed: {problems}). Nothing was "
            "restored; the current database is unchanged.",
        )
    if has_version is None:
        raise InputError(
            f"{label} 不是 coop-pos 店铺数据库（没有 alembic_version 表），没有恢复。",
            f"{label} is not a coop-pos shop database (it has no alembic_version table). "
            "Nothing was restored.",
        )


def _quiesce(db_path: Path) -> str | None:
    """Merge the current database into its main file and make sure nobody else has it open.

    Returns its journal mode (``"wal"``, ``"delete"`` …), or ``None`` if it does not open
    as a database (then it is moved aside as it is). Leaving WAL mode needs the only
    connection to the file, so a counter that still has the shop open is detected here.
    """
    in_use = RuleError(
        "店铺数据库正在使用中（收银程序可能还开着）。请先关闭所有 coop-pos 窗口，再恢复备份。",
        "The shop database is in use (the counter may still be open). Close every coop-pos window, "
        "then restore the backup.",
    )
    try:
        con = sqlite3.connect(
            _file_uri(db_path, "rw"), uri=True, timeout=_IN_USE_TIMEOUT_S, isolation_level=None
        )
    except sqlite3.Error:
        return None
    try:
        row = con.execute("PRAGMA journal_mode").fetchone()
        mode = str(row[0]).lower() if row else None
        if mode == "wal":
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or busy[0] != 0:
                raise in_use
            row = con.execute("PRAGMA journal_mode=DELETE").fetchone()
            if row is None or str(row[0]).lower() != "delete":
                raise in_use
        return mode
    except sqlite3.Error as exc:
        if _error_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise in_use from exc
        return None  # damaged: keep it as it is
    finally:
        con.close()


def _finish_restored_copy(copy: Path, *, wal: bool) -> None:
    """Give the verified copy the shop's journal mode and flush it to disk."""
    try:
        _set_journal_mode(copy, "wal" if wal else "delete")
        _fsync_file(copy)
    except (sqlite3.Error, OSError) as exc:
        raise ConfigError(
            f"无法准备恢复用的副本：{exc}。没有恢复，原数据库未改动。",
            f"Cannot prepare the copy to restore: {exc}. Nothing was restored; the current database "
            "is unchanged.",
        ) from exc


def _move_aside(db_path: Path, when: datetime) -> list[tuple[Path, Path]]:
    """Rename the database and its companions to ``<name>.replaced-STAMP[-N]``; return the moves."""
    sources = [db_path, *(Path(f"{db_path}{s}") for s in _SIDECARS)]
    sources = [p for p in sources if os.path.lexists(p)]
    if not sources:
        return []
    stamp = when.strftime(_STAMP_FORMAT)
    for n in range(1, 1000):
        base = Path(f"{db_path}.replaced-{stamp}" + ("" if n == 1 else f"-{n}"))
        targets = [Path(f"{base}{str(p)[len(str(db_path)) :]}") for p in sources]
        if not any(os.path.lexists(t) for t in targets):
            break
    else:
        raise ConfigError(
            f"无法为旧数据库找到一个空闲的文件名：{db_path}.replaced-{stamp}",
            f"No free name to keep the old database as: {db_path}.replaced-{stamp}",
        )
    moved: list[tuple[Path, Path]] = []
    try:
        for src, dst in zip(sources, targets, strict=True):
            os.replace(src, dst)
            moved.append((src, dst))
    except OSError as exc:
        _move_back(moved)
        raise ConfigError(
            f"无法把旧数据库移到一旁：{exc}。没有恢复，原数据库未改动。",
            f"Cannot move the old database aside: {exc}. Nothing was restored; the current database "
            "is unchanged.",
        ) from exc
    return moved


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for src, dst in reversed(moved):
        try:
            os.replace(dst, src)
        except OSError as exc:  # pragma: no cover - nothing more we can do; say where it is
            log.error("could not put %s back as %s: %s", dst, src, exc)


# --------------------------------------------------------------------------- small helpers


def _as_utc(now: datetime | None) -> datetime:
    """``now`` in UTC; ``None`` is the current time and a naive value is local time."""
    return datetime.now(UTC) if now is None else now.astimezone(UTC)


def _reason_slug(reason: str) -> str:
    """``reason`` as it goes into a file name: lowercase ``[a-z0-9_-]``, at most 48 characters.

    ``before-upgrade-0002`` stays as it is; ``Before upgrade/ABC`` becomes
    ``before-upgrade-abc``. Nothing usable left is an :class:`InputError`.
    """
    slug = _NOT_IN_REASON.sub("-", reason.lower()).strip("-_")[:_REASON_MAX].rstrip("-_")
    if not slug:
        raise InputError(
            f"备份原因“{reason}”无效：请用字母或数字，例如 manual、daily。",
            f"Invalid backup reason {reason!r}: use letters or digits, such as manual or daily.",
        )
    return slug


def _check_keep(keep: int) -> None:
    if keep < 1:
        raise InputError(
            f"保留的备份数必须至少为 1，而不是 {keep}。",
            f"The number of backups to keep must be at least 1, not {keep}.",
        )


def _looks_like_sqlite(path: Path, *, allow_empty: bool = True) -> bool:
    """True for an SQLite file, and for an empty one (SQLite treats it as an empty database)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError:
        return False
    return head == _SQLITE_MAGIC or (allow_empty and head == b"")


def _looks_whole(path: Path) -> bool:
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
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        return False
    pages = int.from_bytes(head[28:32], "big")
    current = head[24:28] == head[92:96]  # "version-valid-for" matches the change counter
    return not current or 0 < pages * page_size <= size


def _integrity_problems(path: Path) -> str:
    """'' when ``PRAGMA integrity_check`` says ok, else its first findings (or the error)."""
    try:
        with closing(sqlite3.connect(_file_uri(path, "ro"), uri=True)) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    findings = [str(r[0]) for r in rows]
    if findings == ["ok"]:
        return ""
    text = "; ".join(findings[:3]) + (f" (+{len(findings) - 3})" if len(findings) > 3 else "")
    return text or "no result"


def _set_journal_mode(path: Path, mode: str) -> None:
    with closing(sqlite3.connect(_file_uri(path, "rw"), uri=True, isolation_level=None)) as con:
        row = con.execute(f"PRAGMA journal_mode={mode}").fetchone()
        if row is None or str(row[0]).lower() != mode:
            raise sqlite3.OperationalError(f"journal_mode is {row}, wanted {mode}")


def _set_journal_mode_quietly(path: Path, mode: str) -> None:
    try:
        _set_journal_mode(path, mode)
    except (sqlite3.Error, OSError) as exc:  # the application sets it again when it connects
        log.warning("could not set journal_mode=%s on %s: %s", mode, path, exc)


def _file_uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path`` (any characters, any platform) with ``mode=ro|rw``."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def _ensure_writable_dir(directory: Path) -> None:
    try:
        make_private_dir(directory)
    except OSError as exc:
        raise _dest_error(directory, exc) from exc


def _temp_file(directory: Path, *, prefix: str, suffix: str) -> Path:
    """An empty file of ours in ``directory``, mode 0600 (``mkstemp``): the backup is written into
    it and renamed, so it keeps that mode; SQLite gives its ``-journal`` the same."""
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=directory)
    except OSError as exc:
        raise _dest_error(directory, exc) from exc
    os.close(fd)
    return Path(name)


def _remove_with_sidecars(path: Path) -> None:
    for p in (path, *(Path(f"{path}{s}") for s in _SIDECARS)):
        _unlink_quietly(p)


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove %s: %s", path, exc)


def _copy_mode_quietly(src: Path, dst: Path) -> None:
    """Keep the shop file's permissions (mkstemp makes 0600)."""
    try:
        shutil.copymode(src, dst)
    except OSError as exc:
        log.warning("could not copy permissions of %s: %s", src, exc)


def _fsync_file(path: Path) -> None:
    with _opened(path, os.O_RDWR) as fd:
        os.fsync(fd)


def _fsync_dir(directory: Path) -> None:
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
