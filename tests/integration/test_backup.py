"""db.backup against real SQLite files: online backup, rotation, restore, refusals.

No mocks: every test builds shop databases in ``tmp_path``; the concurrency test runs a
separate Python process that keeps committing sales while the backup is taken.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.backup import (
    backup_due,
    backup_sqlite,
    list_backups,
    prune_backups,
    restore_sqlite,
    sqlite_path_from_url,
)
from pos.errors import ConfigError, CoopError, InputError, NotFound, RuleError

T0 = datetime(2025, 3, 14, 15, 9, 26, tzinfo=UTC)


def make_shop(path: Path, *, rows: int = 0, wal: bool = True, alembic: bool = True) -> Path:
    """A small coop-pos-like shop: ``alembic_version`` and a ``sales`` table with rows 1..rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _connect(path) as con:
        if wal:
            assert con.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
        con.execute("PRAGMA synchronous=FULL")
        if alembic:
            con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
            con.execute("INSERT INTO alembic_version VALUES ('0001_initial')")
        con.execute("CREATE TABLE sales (n INTEGER PRIMARY KEY, amount_fen INTEGER NOT NULL)")
        con.execute("BEGIN")
        con.executemany("INSERT INTO sales VALUES (?, 100)", [(i,) for i in range(1, rows + 1)])
        con.execute("COMMIT")
    return path


def _connect(path: Path) -> closing[sqlite3.Connection]:
    """An autocommit connection that really closes at the end of the ``with``."""
    return closing(sqlite3.connect(path, isolation_level=None))


def sale_numbers(path: Path) -> list[int]:
    with _connect(path) as con:
        return [n for (n,) in con.execute("SELECT n FROM sales ORDER BY n")]


def integrity(path: Path) -> list[str]:
    with _connect(path) as con:
        return [r for (r,) in con.execute("PRAGMA integrity_check")]


def journal_mode(path: Path) -> str:
    with _connect(path) as con:
        return str(con.execute("PRAGMA journal_mode").fetchone()[0])


def assert_user_message(err: CoopError, *fragments: str) -> None:
    """A message for people: Chinese and English, no traceback, naming what went wrong."""
    assert err.zh and err.en
    assert "Traceback" not in err.zh + err.en
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err.zh), err.zh
    for fragment in fragments:
        assert fragment in err.en, (fragment, err.en)


# --------------------------------------------------------------------------- backup


def test_backup_of_live_wal_database_has_committed_rows_only(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db", rows=2)
    with _connect(db) as writer, _connect(db) as other:
        writer.execute("PRAGMA wal_autocheckpoint=0")  # keep the commits in the -wal only
        writer.execute("INSERT INTO sales VALUES (3, 100)")
        assert Path(f"{db}-wal").stat().st_size > 0
        other.execute("BEGIN IMMEDIATE")  # a sale being rung up: holds the write lock
        other.execute("INSERT INTO sales VALUES (99, 100)")

        started = time.monotonic()
        backup = backup_sqlite(db, tmp_path / "backups", now=T0)
        assert time.monotonic() - started < 3  # did not wait for the open transaction

        other.execute("COMMIT")  # the counter carries on
    assert backup == tmp_path / "backups" / "coop-pos-20250314-150926-manual.sqlite"
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no temp, no -wal

    alone = tmp_path / "elsewhere" / "copy.sqlite"  # the file by itself is the whole backup
    alone.parent.mkdir()
    shutil.copyfile(backup, alone)
    assert journal_mode(alone) == "delete"
    assert integrity(alone) == ["ok"]
    assert sale_numbers(alone) == [1, 2, 3]
    assert sale_numbers(db) == [1, 2, 3, 99]


def test_backup_names_counter_and_reason(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db", rows=1)
    dest = tmp_path / "b"
    first = backup_sqlite(db, dest, now=T0)
    second = backup_sqlite(db, dest, now=T0)
    third = backup_sqlite(db, dest, now=T0, reason="pre-upgrade")
    local = backup_sqlite(db, dest, now=datetime(2025, 3, 14, 23, 9, 26, tzinfo=UTC).astimezone())
    assert first.name == "coop-pos-20250314-150926-manual.sqlite"
    assert second.name == "coop-pos-20250314-150926-manual.2.sqlite"
    assert third.name == "coop-pos-20250314-150926-pre-upgrade.sqlite"
    assert local.name == "coop-pos-20250314-230926-manual.sqlite"  # stamped in UTC
    assert list_backups(dest)[:2] == [local, second]

    odd = backup_sqlite(db, dest, now=T0, reason="Before upgrade/../0002_Sales")
    assert odd.name == "coop-pos-20250314-150926-before-upgrade-0002_sales.sqlite"
    assert odd.parent == dest
    long = backup_sqlite(db, dest, now=T0, reason="before-upgrade-" + "a" * 60)
    assert long.name == f"coop-pos-20250314-150926-before-upgrade-{'a' * 33}.sqlite"
    assert long in list_backups(dest)
    for bad in ("", "  ", "../", "（手动）"):
        with pytest.raises(InputError) as refused:
            backup_sqlite(db, dest, now=T0, reason=bad)
        assert_user_message(refused.value, "reason")


def test_pruning_keeps_the_newest_30_and_nothing_else_is_touched(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db", rows=1)
    dest = tmp_path / "b"
    dest.mkdir()
    strangers = ["notes.txt", "coop-pos-latest.sqlite", "coop-pos-20200101-000000-manual.sqlite.bak"]
    for name in strangers:
        (dest / name).write_text("not a backup")

    made = [backup_sqlite(db, dest, now=T0 + timedelta(hours=h), reason="daily") for h in range(35)]

    assert list_backups(dest) == made[::-1][:30]
    assert all(not p.exists() for p in made[:5])
    assert all((dest / name).read_text() == "not a backup" for name in strangers)

    removed = prune_backups(dest, keep=5)
    assert removed == made[::-1][5:30]
    assert list_backups(dest) == made[::-1][:5]
    assert prune_backups(dest, keep=5) == []
    with pytest.raises(InputError):
        prune_backups(dest, keep=0)
    assert list_backups(tmp_path / "missing") == []


def test_backup_made_with_clock_set_back_is_kept(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db", rows=1)
    dest = tmp_path / "b"
    for h in range(3):
        backup_sqlite(db, dest, now=T0 + timedelta(hours=h), keep=3)
    old_clock = backup_sqlite(db, dest, now=datetime(2000, 1, 1, tzinfo=UTC), keep=3)
    assert old_clock.exists()
    assert len(list_backups(dest)) == 3


def test_backup_due(tmp_path: Path) -> None:
    dest = tmp_path / "b"
    assert backup_due(dest, now=T0)  # no folder yet
    backup_sqlite(make_shop(tmp_path / "shop.db"), dest, now=T0, reason="daily")
    assert not backup_due(dest, now=T0)
    assert not backup_due(dest, now=T0 + timedelta(hours=23, minutes=59))
    assert backup_due(dest, now=T0 + timedelta(hours=24))
    assert backup_due(dest, now=T0 - timedelta(days=1))  # only a backup "from the future"
    assert not backup_due(dest, now=(T0 + timedelta(hours=1)).astimezone())  # any timezone


def test_backup_refusals(tmp_path: Path) -> None:
    with pytest.raises(NotFound) as missing:
        backup_sqlite(tmp_path / "nope.db", tmp_path / "b")
    assert_user_message(missing.value, "not found", "nope.db")

    db = make_shop(tmp_path / "shop.db", rows=1)
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(ConfigError) as unwritable:
        backup_sqlite(db, tmp_path / "a-file" / "backups")
    assert_user_message(unwritable.value, "backup folder")

    text = tmp_path / "settings.toml"
    text.write_text("database = 'shop.db'\n" * 10)
    with pytest.raises(ConfigError) as not_db:
        backup_sqlite(text, tmp_path / "b")
    assert_user_message(not_db.value, "not an SQLite database")
    assert list_backups(tmp_path / "b") == []


def test_backup_of_damaged_database_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db", rows=2000, wal=False)
    _scribble(db, page=3)
    dest = tmp_path / "b"
    with pytest.raises(RuleError) as damaged:
        backup_sqlite(db, dest, now=T0)
    assert_user_message(damaged.value, "integrity")
    assert list(dest.iterdir()) == []


# --------------------------------------------------------------------------- restore


def test_restore_refuses_while_the_counter_has_the_database_open(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db", rows=2)
    backup = backup_sqlite(db, tmp_path / "b", now=T0)
    with _connect(db) as counter:
        counter.execute("INSERT INTO sales VALUES (3, 100)")  # open and idle, as the UI leaves it
        with pytest.raises(RuleError) as in_use:
            restore_sqlite(backup, db, now=T0)
        counter.execute("INSERT INTO sales VALUES (4, 100)")  # still works
    assert_user_message(in_use.value, "in use", "Close")
    assert sale_numbers(db) == [1, 2, 3, 4]
    assert journal_mode(db) == "wal"
    assert not list(tmp_path.glob("shop.db.*"))


def test_restore_keeps_the_replaced_database_with_its_wal_merged(tmp_path: Path) -> None:
    live = make_shop(tmp_path / "live" / "shop.db", rows=2)
    backup = backup_sqlite(live, tmp_path / "b", now=T0)
    counter = tmp_path / "counter"  # the counter PC lost power with sales only in the -wal
    counter.mkdir()
    with _connect(live) as con:
        con.execute("PRAGMA wal_autocheckpoint=0")
        con.executemany("INSERT INTO sales VALUES (?, 100)", [(3,), (4,), (5,)])
        shutil.copyfile(live, counter / "shop.db")
        shutil.copyfile(f"{live}-wal", counter / "shop.db-wal")
    db = counter / "shop.db"
    assert (counter / "shop.db-wal").stat().st_size > 0
    os.chmod(db, 0o640)

    replaced = restore_sqlite(backup, db, now=T0 + timedelta(hours=1))

    assert replaced == counter / "shop.db.replaced-20250314-160926"
    assert sale_numbers(db) == [1, 2]
    assert integrity(db) == ["ok"]
    assert journal_mode(db) == "wal"  # as the shop had it
    assert (db.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in counter.iterdir()) == ["shop.db", replaced.name]
    alone = tmp_path / "kept.db"  # the kept file holds every committed sale by itself
    shutil.copyfile(replaced, alone)
    assert sale_numbers(alone) == [1, 2, 3, 4, 5]

    again = restore_sqlite(backup, db, now=T0 + timedelta(hours=1))  # same second: no overwrite
    assert again == counter / "shop.db.replaced-20250314-160926-2"
    assert sale_numbers(replaced) == [1, 2, 3, 4, 5]
    assert sale_numbers(db) == [1, 2]


def test_restore_without_a_current_database(tmp_path: Path) -> None:
    backup = backup_sqlite(make_shop(tmp_path / "shop.db", rows=3), tmp_path / "b", now=T0)
    target = tmp_path / "new" / "place" / "shop.db"
    assert restore_sqlite(backup, target) is None
    assert sale_numbers(target) == [1, 2, 3]
    assert sorted(p.name for p in target.parent.iterdir()) == ["shop.db"]


def test_restore_over_a_broken_database_keeps_it_as_it_was(tmp_path: Path) -> None:
    backup = backup_sqlite(make_shop(tmp_path / "good.db", rows=2), tmp_path / "b", now=T0)
    db = tmp_path / "shop.db"
    db.write_bytes(b"\x00garbage after a disk error" * 100)
    Path(f"{db}-wal").write_bytes(b"stale wal")  # must not be replayed onto the restored file

    replaced = restore_sqlite(backup, db, now=T0)

    assert replaced == tmp_path / "shop.db.replaced-20250314-150926"
    assert replaced.read_bytes() == b"\x00garbage after a disk error" * 100
    assert Path(f"{replaced}-wal").read_bytes() == b"stale wal"
    assert not Path(f"{db}-wal").exists()
    assert sale_numbers(db) == [1, 2]
    assert integrity(db) == ["ok"]


def _scribble(path: Path, *, page: int, pages: int = 2) -> None:
    """Write garbage over whole pages of a database file, from page number ``page`` (1-based)."""
    with _connect(path) as con:
        size = con.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(bytes((i * 7 + 13) % 256 for i in range(size * pages)))


@pytest.mark.parametrize(
    ("kind", "fragment"),
    [
        ("text", "not an SQLite database"),
        ("empty", "not an SQLite database"),
        ("garbage-pages", "damaged"),
        ("garbage-header", "not an SQLite database"),
        ("truncated", "damaged"),
        ("no-alembic", "alembic_version"),
    ],
)
def test_restore_refuses_what_is_not_an_intact_shop(tmp_path: Path, kind: str, fragment: str) -> None:
    db = make_shop(tmp_path / "shop.db", rows=5)
    bad = tmp_path / "bad.sqlite"
    if kind == "text":
        bad.write_text("Date,Item,Amount\n2025-03-14,Tofu,3.50\n" * 100)
    elif kind == "empty":
        bad.touch()
    else:
        src = make_shop(tmp_path / "other.db", rows=3000, wal=False, alembic=kind != "no-alembic")
        shutil.copyfile(src, bad)
        if kind == "garbage-pages":
            _scribble(bad, page=3)
        elif kind == "garbage-header":
            _scribble(bad, page=1, pages=1)
        elif kind == "truncated":
            size = bad.stat().st_size
            with bad.open("r+b") as fh:
                fh.truncate(size // 2 + 100)

    with pytest.raises(InputError) as refused:
        restore_sqlite(bad, db, now=T0)
    assert_user_message(refused.value, fragment, "bad.sqlite")

    assert sale_numbers(db) == [1, 2, 3, 4, 5]  # the shop is untouched
    leftovers = {"shop.db", "shop.db-wal", "shop.db-shm", "bad.sqlite", "other.db"}
    assert {p.name for p in tmp_path.iterdir()} <= leftovers


def test_restore_refuses_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db", rows=1)
    with pytest.raises(NotFound) as missing:
        restore_sqlite(tmp_path / "nope.sqlite", db)
    assert_user_message(missing.value, "not found", "nope.sqlite")
    with pytest.raises(InputError) as folder:
        restore_sqlite(tmp_path, db)
    assert_user_message(folder.value, "not a file")
    with pytest.raises(InputError):
        restore_sqlite(db, db)
    assert sale_numbers(db) == [1]


# --------------------------------------------------------------------------- while selling

WRITER = r"""
import json, os, sqlite3, sys, time

db, progress, stop, limit = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
deadline = time.monotonic() + limit
con = sqlite3.connect(db, isolation_level=None, timeout=10)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=FULL")
n, worst = 0, 0.0
while time.monotonic() < deadline and not os.path.exists(stop):
    started = time.monotonic()
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO sales (n, amount_fen) VALUES (?, ?)", (n + 1, 100 + n % 7))
    con.execute("COMMIT")
    worst = max(worst, time.monotonic() - started)
    n += 1
    with open(progress + ".tmp", "w") as fh:  # the last committed number, replaced atomically
        fh.write(str(n))
    os.replace(progress + ".tmp", progress)
con.close()
print(json.dumps({"last": n, "worst_commit_s": worst}))
"""


def _committed(progress: Path) -> int:
    try:
        return int(progress.read_text() or 0)
    except FileNotFoundError:
        return 0


def test_backup_while_another_process_sells(tmp_path: Path) -> None:
    db = make_shop(tmp_path / "shop.db")
    with _connect(db) as con:  # ~16 MB of stock photos, so that the copy takes many steps
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")
        con.execute(
            "WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < 4000) "
            "INSERT INTO photos (data) SELECT randomblob(4000) FROM i"
        )
    progress, stop = tmp_path / "committed", tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(progress), str(stop), "10"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 5
        while _committed(progress) < 50:
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline, "the writer did not get going"
            time.sleep(0.01)

        before = _committed(progress)
        started = time.monotonic()
        backup = backup_sqlite(db, tmp_path / "backups", reason="test")
        took = time.monotonic() - started
        after = _committed(progress)
        # The copy finished while the counter was still selling, not because it stopped
        # (a paged backup without a pinned snapshot restarts at every commit until then).
        assert writer.poll() is None
        assert took < 5
        time.sleep(0.1)  # and it keeps selling afterwards
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=15)
    assert writer.returncode == 0, err
    report = json.loads(out)
    print(f"backup {took:.2f} s, committed before {before}, after {after}; writer {report}")

    restored = tmp_path / "restored" / "shop.db"
    assert restore_sqlite(backup, restored) is None
    assert integrity(restored) == ["ok"]
    numbers = sale_numbers(restored)
    n = len(numbers)
    assert numbers == list(range(1, n + 1))  # one snapshot: no gaps, no torn transaction
    assert before <= n <= after  # everything committed before the backup started is in it
    assert after > before  # the counter sold during the backup: it was really concurrent
    assert report["last"] > n
    assert report["worst_commit_s"] < 2.0  # and was never held up for long
    with _connect(restored) as con:
        assert con.execute("SELECT count(*) FROM photos").fetchone() == (4000,)


# --------------------------------------------------------------------------- URLs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///shop.db", Path("shop.db")),
        ("sqlite:///data/shop.db", Path("data/shop.db")),
        ("sqlite:////var/lib/coop-pos/shop.db", Path("/var/lib/coop-pos/shop.db")),
        ("sqlite+pysqlite:////abs/path.db", Path("/abs/path.db")),
        ("sqlite+pysqlite:///rel.db?timeout=30", Path("rel.db")),
        ("sqlite:///my%20shop.db", Path("my shop.db")),
        ("sqlite:///file:shop.db?mode=ro&uri=true", Path("shop.db")),
        ("sqlite://", None),
        ("sqlite:///", None),
        ("sqlite:///:memory:", None),
        ("sqlite:///file:mem?mode=memory&uri=true", None),
        ("postgresql+psycopg://coop:secret@localhost/coop", None),
        ("shop.db", None),
    ],
)
def test_sqlite_path_from_url(url: str, expected: Path | None) -> None:
    assert sqlite_path_from_url(url) == expected
