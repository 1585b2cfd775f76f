"""The backups folder: the names of backups, listing, pruning, whether one is due, and the lock.

A backup is one file named ``coop-pos-YYYYMMDD-HHMMSS-<reason>.sqlite`` (UTC; ``.2``, ``.3`` …
before ``.sqlite`` when two land in the same second). A run holds a lock on
``.coop-pos-backup.lock`` in the folder for as long as it works there (the operating system lets
go of it when the process dies), so the next run knows that temporaries it finds
(``.coop-pos-backup-XXXXXXXX.part``) are left over from a run that was killed, and removes them,
with any empty file named like a backup that an older version left. :func:`backup_due` counts
only files that look whole (an SQLite header whose page count matches the file's size), never an
empty or cut-off one.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db.backup.files import SIDECARS, dest_error, looks_whole
from pos.errors import InputError, RuleError

log = logging.getLogger(__name__)

DEFAULT_KEEP = 30
BACKUP_PREFIX = "coop-pos-"
BACKUP_SUFFIX = ".sqlite"
BACKUP_INTERVAL = timedelta(hours=24)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
TEMP_PREFIX, TEMP_SUFFIX = ".coop-pos-backup-", ".part"
_LOCK_NAME = ".coop-pos-backup.lock"
_LOCK_TIMEOUT_S = 120.0  # waiting for another backup into the same folder to finish
_UNLOCKED_STALE_AGE_S = 24 * 3600.0  # without a working lock: temporaries older than this are stale

_BACKUP_NAME = re.compile(
    r"^coop-pos-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9][a-z0-9_-]{0,47})(?:\.(?P<n>[1-9]\d{0,5}))?\.sqlite$"
)


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
        parsed = parse_backup_name(path.name)
        if parsed is not None and path.is_file():
            found.append((parsed[0], parsed[1], path.name, path))
    found.sort(reverse=True)
    return [item[3] for item in found]


def prune_backups(dest_dir: Path, *, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``dest_dir``; return the ones removed.

    Only files named like our backups are ever touched. A file that cannot be removed is
    logged and left (a failed clean-up must not turn a good backup into an error).
    """
    check_keep(keep)
    return prune(Path(dest_dir), keep=keep, protect=None)


def backup_due(dest_dir: Path, *, now: datetime | None = None) -> bool:
    """True when no backup in ``dest_dir`` was made in the 24 hours up to ``now``.

    Judged by the timestamp in the file names. Backups stamped in the future (the clock
    was set back) do not count, so a wrong clock leads to one more backup, not to none.
    Neither do files that are not whole backups: empty, cut off, or not SQLite at all
    (temporaries of a run in progress or killed are not named like backups in the first place).
    """
    when = as_utc(now)
    for path in list_backups(dest_dir):
        parsed = parse_backup_name(path.name)
        if parsed is not None and when - BACKUP_INTERVAL < parsed[0] <= when and looks_whole(path):
            return False
    return True


def free_backup_name(dest_dir: Path, when: datetime, reason: str) -> Path:
    """The first backup name for ``when`` and ``reason`` not taken in ``dest_dir``.

    Nothing is created: the checked copy is renamed to it at once. Free for sure while the
    folder's lock is held (every coop-pos backup into the folder takes it); without a working
    lock, two runs in the same second with the same reason could pick one name, and the later
    copy would replace the earlier (both whole: a backup is lost, never half of one)."""
    base = f"{BACKUP_PREFIX}{when.strftime(STAMP_FORMAT)}-{reason}"
    for n in range(1, 1000):
        path = dest_dir / (f"{base}{BACKUP_SUFFIX}" if n == 1 else f"{base}.{n}{BACKUP_SUFFIX}")
        if not os.path.lexists(path):
            return path
    raise OSError(f"no free name for {base}{BACKUP_SUFFIX}")


@contextmanager
def folder_lock(dest_dir: Path) -> Iterator[bool]:
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
            raise dest_error(dest_dir, exc) from exc
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


def remove_leftovers(dest_dir: Path, *, locked: bool) -> list[Path]:
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
        ours = name.startswith(TEMP_PREFIX) and any(
            name.endswith(TEMP_SUFFIX + extra) for extra in ("", *SIDECARS)
        )
        try:
            st = path.lstat()
            if not ours:
                ours = parse_backup_name(name) is not None and path.is_file() and st.st_size == 0
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


def prune(dest_dir: Path, *, keep: int, protect: Path | None) -> list[Path]:
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


def parse_backup_name(name: str) -> tuple[datetime, int] | None:
    m = _BACKUP_NAME.match(name)
    if m is None:
        return None
    try:
        stamp = datetime.strptime(m["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None  # 20251399-…: not ours
    return stamp, int(m["n"] or 1)


def as_utc(now: datetime | None) -> datetime:
    """``now`` in UTC; ``None`` is the current time and a naive value is local time."""
    return datetime.now(UTC) if now is None else now.astimezone(UTC)


def check_keep(keep: int) -> None:
    if keep < 1:
        raise InputError(
            f"保留的备份数必须至少为 1，而不是 {keep}。",
            f"The number of backups to keep must be at least 1, not {keep}.",
        )
