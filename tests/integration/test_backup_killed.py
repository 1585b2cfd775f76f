"""A backup killed halfway (the power goes, someone ends the task) leaves no backup behind.

A real child process starts the daily backup of a 64 MB shop and is killed (SIGKILL) while its
copy is being written. The temporary it leaves is never taken for today's backup, and the next
backup removes it and puts a whole one in its place. Nothing here patches db.backup.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.backup import backup_due, backup_sqlite, list_backups

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")

CHILD = """
import sys
from pathlib import Path
from db.backup import backup_sqlite
print("started", flush=True)
backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), reason="daily")
print("finished", flush=True)
"""

HOLDER = """
import fcntl, os, sys, time
lock, temporary, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
with open(temporary, "wb") as fh:  # its copy, being written
    fh.write(b"SQLite format 3\\x00")
print("locked", flush=True)
time.sleep(seconds)
os.unlink(temporary)  # done with it (a real run renames it into place)
os.unlink(lock)  # and lets go as a backup does: the file goes, then the lock
os.close(fd)
"""


def big_shop(path: Path, *, megabytes: int = 64) -> Path:
    """A shop with ``megabytes`` of stock photos: its copy takes long enough to be interrupted."""
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        assert con.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('0012')")
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")
        con.execute(
            "WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < ?) "
            "INSERT INTO photos (data) SELECT randomblob(4000) FROM i",
            (megabytes * 250,),
        )
    return path


def temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".coop-pos-backup-"))


def kill_halfway(db: Path, dest: Path) -> list[Path]:
    """Start a backup in a child process and SIGKILL it once its copy has 1 MiB written.
    Returns the temporaries it left."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(dest)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "started", child.stderr
        deadline = time.monotonic() + 30
        while True:
            assert child.poll() is None, ("the backup ended before it was killed", child.communicate())
            assert time.monotonic() < deadline, "no temporary appeared"
            parts = [p for p in temporaries(dest) if p.name.endswith(".part")] if dest.exists() else []
            if parts and parts[0].stat().st_size >= 1 << 20:
                break
            time.sleep(0.002)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL  # killed, not finished
    return temporaries(dest)


def test_a_killed_backup_never_counts_as_todays_and_the_next_one_cleans_up(tmp_path: Path) -> None:
    db = big_shop(tmp_path / "shop.sqlite")
    dest = tmp_path / "backups"

    left = kill_halfway(db, dest)
    assert [p for p in left if p.name.endswith(".part")], left  # the kill really left its temporary
    assert list_backups(dest) == []  # nothing named like a backup
    assert backup_due(dest)  # so today's backup is still to be made
    # an older version held the name with an empty file before renaming the copy onto it
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    empty = dest / f"coop-pos-{stamp}-daily.sqlite"
    empty.touch()
    assert backup_due(dest)  # an empty file is no backup either

    made = backup_sqlite(db, dest, reason="daily")
    assert list(dest.iterdir()) == [made]  # no temporary, no empty file, no lock file left
    assert list_backups(dest) == [made]
    assert not backup_due(dest)
    with closing(sqlite3.connect(made)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM photos").fetchone() == (64 * 250,)


def test_a_cut_off_copy_named_like_a_backup_does_not_count(tmp_path: Path) -> None:
    db = big_shop(tmp_path / "shop.sqlite", megabytes=2)
    whole = backup_sqlite(db, tmp_path / "elsewhere", reason="daily")
    dest = tmp_path / "backups"
    dest.mkdir()
    cut = dest / whole.name
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert backup_due(dest)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    header_only = b"SQLite format 3\x00" + b"\x00" * 84
    (dest / f"coop-pos-{stamp}-manual.sqlite").write_bytes(header_only)
    assert backup_due(dest)
    cut.write_bytes(whole.read_bytes())
    assert not backup_due(dest)


def test_a_backup_waits_for_another_one_in_the_same_folder_and_leaves_its_temporary_alone(
    tmp_path: Path,
) -> None:
    db = big_shop(tmp_path / "shop.sqlite", megabytes=1)
    dest = tmp_path / "backups"
    dest.mkdir()
    theirs = dest / ".coop-pos-backup-theirs.part"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(dest / ".coop-pos-backup.lock"), str(theirs), "1.0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    made: list[Path] = []
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        ours = threading.Thread(target=lambda: made.append(backup_sqlite(db, dest, reason="manual")))
        ours.start()
        time.sleep(0.5)
        assert theirs.exists() and not made  # waiting, and the other run's copy left alone
        ours.join(timeout=30)
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert holder.returncode == 0
    assert waited >= 0.9 and len(made) == 1  # it went on once the other run let go
    assert list(dest.iterdir()) == made


def test_a_killed_restores_copy_is_cleared_by_the_next_restore(tmp_path: Path) -> None:
    import os
    import time

    from db.backup import backup_sqlite, restore_sqlite
    from ui.cli import main

    shop = tmp_path / "shop.sqlite"
    assert main(["init", "--db", str(shop)]) == 0
    copy = backup_sqlite(shop, tmp_path / "backups")
    killed = tmp_path / ".shop.sqlite.restore-k1ll3d.tmp"  # what a restore killed mid-copy leaves
    killed.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    hour_ago = time.time() - 3600
    os.utime(killed, (hour_ago, hour_ago))
    fresh = tmp_path / ".shop.sqlite.restore-running.tmp"  # one still being written: left alone
    fresh.write_bytes(b"")
    restore_sqlite(copy, shop)
    assert not killed.exists() and fresh.exists()
