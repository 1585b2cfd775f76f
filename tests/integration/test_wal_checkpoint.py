"""The counter app's WAL checkpoints run on a thread of their own, after the writes, never inside one."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import text

from db.checkpoint import SAFETY_NET_PAGES, WalCheckpointer, start_checkpointer
from db.engine import make_engine


def _table(url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"))
    return engine


def _wait(predicate, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def test_writes_are_checkpointed_after_they_stop_and_sqlite_does_not_do_it_inside_a_commit(
    tmp_path: Path,
) -> None:
    db = tmp_path / "shop.sqlite"
    engine = _table(f"sqlite:///{db}")
    checkpointer = start_checkpointer(engine, db)
    assert checkpointer is not None and checkpointer.running
    try:
        with engine.connect() as conn:  # a connection made after the start has the safety net
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == SAFETY_NET_PAGES
        for n in range(50):
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO t (v) VALUES (:v)"), {"v": "x" * 3000 + str(n)})
        assert _wait(lambda: checkpointer.checkpoints >= 1)
        # everything the log held is in the database file now (a read would not need the log)
        assert _wait(lambda: checkpointer.last_result is not None and checkpointer.last_result[0] == 0)
        assert _wait(
            lambda: (
                checkpointer.checkpoint()
                and checkpointer.last_result is not None
                and checkpointer.last_result[1] == checkpointer.last_result[2]
            )
        )
        assert checkpointer.failures == 0
    finally:
        checkpointer.stop()
    assert not checkpointer.running
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT count(*) FROM t").fetchone() == (50,)
    engine.dispose()


def test_no_checkpoint_while_writes_keep_coming_one_when_they_pause(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    engine = _table(f"sqlite:///{db}")
    checkpointer = WalCheckpointer(engine, db, quiet_s=1.0, max_delay_s=60.0).start()
    try:
        started = time.monotonic()
        while time.monotonic() - started < 0.4:  # commits back to back: never a pause of a second
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO t (v) VALUES ('x')"))
        assert checkpointer.checkpoints == 0
        assert _wait(lambda: checkpointer.checkpoints == 1)  # the pause came
    finally:
        checkpointer.stop()
    engine.dispose()


def test_checkpoints_while_another_thread_writes_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    engine = _table(f"sqlite:///{db}")
    checkpointer = WalCheckpointer(engine, db, quiet_s=0.0, max_delay_s=0.0).start()
    errors: list[BaseException] = []

    def write(first: int) -> None:
        try:
            for n in range(first, first + 300):
                with engine.begin() as conn:
                    conn.execute(text("INSERT INTO t (id, v) VALUES (:n, :v)"), {"n": n, "v": "y" * 500})
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    writers = [threading.Thread(target=write, args=(k * 1000,)) for k in range(2)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    checkpointer.stop()
    assert errors == []
    assert checkpointer.checkpoints >= 1 and checkpointer.failures == 0
    engine.dispose()
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT count(*) FROM t").fetchone() == (600,)


def test_a_missing_file_is_a_logged_failure_and_no_new_file(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "shop.sqlite"
    engine = _table(f"sqlite:///{db}")
    gone = tmp_path / "moved-away.sqlite"
    checkpointer = WalCheckpointer(engine, gone)
    with caplog.at_level("WARNING", logger="db.checkpoint"):
        assert checkpointer.checkpoint() is False
    assert checkpointer.failures == 1 and not gone.exists()
    assert "WAL checkpoint failed" in caplog.text
    engine.dispose()


def test_only_for_an_sqlite_file(tmp_path: Path) -> None:
    memory = make_engine("sqlite://")
    assert start_checkpointer(memory, None) is None
    memory.dispose()


def test_the_counter_apps_shop_runs_one_on_sqlite_and_stops_it_on_close(empty_db_url: str) -> None:
    from ui.wiring.shop import open_shop

    shop = open_shop(db_url=empty_db_url)
    shop.checkpoint_in_background()
    checkpointer = shop.checkpointer
    if empty_db_url.startswith("postgresql"):
        assert checkpointer is None  # the server does its own
        shop.close()
        return
    assert checkpointer is not None and checkpointer.running
    shop.checkpoint_in_background()  # a second call starts no second thread
    assert shop.checkpointer is checkpointer
    shop.close()
    assert shop.checkpointer is None and not checkpointer.running
