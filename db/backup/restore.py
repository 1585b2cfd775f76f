"""Putting a backup back as the shop database, checked first, with the old one kept beside it."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from contextlib import closing, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db.backup import files
from db.backup.folder import STAMP_FORMAT, as_utc
from pos.errors import ConfigError, InputError, NotFound, RuleError

log = logging.getLogger(__name__)

_IN_USE_TIMEOUT_S = 2.0  # how long to wait for the counter to let go before refusing

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
    when = as_utc(now)
    backup_file = Path(backup_file)
    db_path = Path(db_path)
    _check_backup_file(backup_file, db_path)

    files.ensure_writable_dir(db_path.parent)
    _drop_stale_restores(db_path)
    tmp = files.temp_file(db_path.parent, prefix=f".{db_path.name}.restore-", suffix=".tmp")
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
        current_mode = _quiesce(db_path) if files.looks_like_sqlite(db_path, allow_empty=False) else None
        try:
            _finish_restored_copy(tmp, wal=current_mode in (None, "wal"))
            if db_path.exists():
                files.copy_mode_quietly(db_path, tmp)
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
                files.set_journal_mode_quietly(db_path, "wal")  # undo what _quiesce changed
            raise
    finally:
        files.remove_with_sidecars(tmp)
    files.fsync_dir(db_path.parent)
    return moved[0][1] if moved and moved[0][0] == db_path else None


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
    if not files.looks_like_sqlite(backup_file, allow_empty=False):
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
        problems = files.integrity_problems(copy)
        with closing(sqlite3.connect(files.file_uri(copy, "ro"), uri=True)) as con:
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
            files.file_uri(db_path, "rw"), uri=True, timeout=_IN_USE_TIMEOUT_S, isolation_level=None
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
        if files.error_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise in_use from exc
        return None  # damaged: keep it as it is
    finally:
        con.close()


def _finish_restored_copy(copy: Path, *, wal: bool) -> None:
    """Give the verified copy the shop's journal mode and flush it to disk."""
    try:
        files.set_journal_mode(copy, "wal" if wal else "delete")
        files.fsync_file(copy)
    except (sqlite3.Error, OSError) as exc:
        raise ConfigError(
            f"无法准备恢复用的副本：{exc}。没有恢复，原数据库未改动。",
            f"Cannot prepare the copy to restore: {exc}. Nothing was restored; the current database "
            "is unchanged.",
        ) from exc


def _move_aside(db_path: Path, when: datetime) -> list[tuple[Path, Path]]:
    """Rename the database and its companions to ``<name>.replaced-STAMP[-N]``; return the moves."""
    sources = [db_path, *(Path(f"{db_path}{s}") for s in files.SIDECARS)]
    sources = [p for p in sources if os.path.lexists(p)]
    if not sources:
        return []
    stamp = when.strftime(STAMP_FORMAT)
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
