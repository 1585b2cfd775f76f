"""Backing up the live shop: one consistent, checked copy while the counter sells.

A backup is one self-contained file in rollback-journal mode, so that it needs no
``-wal``/``-shm`` companions and can be carried on a USB stick. Backups are readable by the
shop's user only (0600), and a folder made for them is too (0700); folders that were there
already are left as they are. Its name, the folder's lock and the rotation are
:mod:`db.backup.folder`'s.

A backup killed halfway (power cut, task manager) leaves no backup behind
-------------------------------------------------------------------------
The copy is written to a hidden temporary file in the backups folder
(``.coop-pos-backup-XXXXXXXX.part``), checked, flushed, and only then renamed into place with
one atomic ``os.replace``: a file named like a backup is always a whole, checked one. The next
run, holding the folder's lock, removes the temporaries a killed run left.

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

import os
import re
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from db.backup import files
from db.backup.folder import (
    DEFAULT_KEEP,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    as_utc,
    check_keep,
    folder_lock,
    free_backup_name,
    prune,
    remove_leftovers,
)
from pos.errors import ConfigError, InputError, NotFound, RuleError

_PAGES_PER_STEP = 256  # 1 MiB at the default 4 KiB page size
_BUSY_TIMEOUT_S = 10.0  # waiting for a lock on the source (WAL recovery, rollback-journal writers)
_REASON_MAX = 48  # as long as a backup's name lets it be (db.backup.folder)
_NOT_IN_REASON = re.compile(r"[^a-z0-9_-]+")


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
    check_keep(keep)
    when = as_utc(now)
    db_path = Path(db_path)
    dest_dir = Path(dest_dir)

    if not db_path.is_file():
        raise NotFound(
            f"找不到店铺数据库文件：{db_path}",
            f"Shop database file not found: {db_path}",
        )
    if not files.looks_like_sqlite(db_path):
        raise ConfigError(
            f"{db_path} 不是 SQLite 数据库文件，无法备份。请检查数据库设置。",
            f"{db_path} is not an SQLite database file and cannot be backed up. Check the database setting.",
        )
    files.ensure_writable_dir(dest_dir)

    with folder_lock(dest_dir) as locked:
        remove_leftovers(dest_dir, locked=locked)
        tmp = files.temp_file(dest_dir, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
        try:
            _online_copy(db_path, tmp, dest_dir)
            problems = files.integrity_problems(tmp)
            if problems:
                raise RuleError(
                    f"备份副本没有通过完整性检查，已删除，没有保存备份：{problems}。"
                    "店铺数据库可能已损坏，请联系维护人员。",
                    f"The backup copy failed the integrity check and was deleted; no backup was kept: "
                    f"{problems}. The shop database may be damaged; ask whoever maintains the system.",
                )
            files.fsync_file(tmp)  # whole on disk before its name says it is a backup
            final = free_backup_name(dest_dir, when, reason)
            os.replace(tmp, final)
        except OSError as exc:
            raise files.dest_error(dest_dir, exc) from exc
        finally:
            files.remove_with_sidecars(tmp)
        files.fsync_dir(dest_dir)

        prune(dest_dir, keep=keep, protect=final)
    return final


def _online_copy(db_path: Path, tmp: Path, dest_dir: Path) -> None:
    """Copy ``db_path`` into the empty file ``tmp`` as one snapshot, then make it DELETE mode."""
    try:
        src = sqlite3.connect(
            files.file_uri(db_path, "ro"), uri=True, timeout=_BUSY_TIMEOUT_S, isolation_level=None
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
            if files.error_name(exc).startswith(
                ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")
            ):
                raise files.dest_error(dest_dir, exc) from exc
            raise _source_error(db_path, exc) from exc


def _source_error(db_path: Path, exc: sqlite3.Error) -> RuleError:
    if files.error_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return RuleError(
            f"店铺数据库一直被锁住（{_BUSY_TIMEOUT_S:.0f} 秒），备份没有完成，请稍后再试：{exc}",
            f"The shop database stayed locked for {_BUSY_TIMEOUT_S:.0f} s; the backup did not "
            f"finish. Try again in a moment: {exc}",
        )
    return RuleError(
        f"无法读取店铺数据库 {db_path}，可能已损坏，没有保存备份：{exc}",
        f"Cannot read the shop database {db_path}; it may be damaged. No backup was kept: {exc}",
    )


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
