"""The database's deadlock and lock errors become the shop's words, on a real server."""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import text

from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.errors import Busy, Conflict


@pytest.mark.skipif(not os.environ.get("COOP_POS_TEST_PG"), reason="needs PostgreSQL")
def test_a_real_deadlock_is_a_conflict_that_may_be_run_again(empty_db_url: str) -> None:
    if not empty_db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    engine = make_engine(empty_db_url)
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (id int primary key, v int)"))
        c.execute(text("INSERT INTO t VALUES (1, 0), (2, 0)"))
    both = threading.Barrier(2)
    outcomes: list[BaseException | None] = []

    def writer(first: int, second: int) -> None:
        uow = SqlUnitOfWork(engine)
        try:
            with uow:
                uow.session.execute(text("UPDATE t SET v = v + 1 WHERE id = :i"), {"i": first})
                both.wait(timeout=10)
                uow.session.execute(text("UPDATE t SET v = v + 1 WHERE id = :i"), {"i": second})
                uow.commit()
            outcomes.append(None)
        except BaseException as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=writer, args=(1, 2)), threading.Thread(target=writer, args=(2, 1))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    failed = [o for o in outcomes if o is not None]
    assert len(outcomes) == 2 and len(failed) == 1
    assert isinstance(failed[0], Conflict) and "another counter" in failed[0].en
    engine.dispose()


def test_a_database_locked_too_long_is_said_in_words(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    monkeypatch.setattr("db.engine.SQLITE_BUSY_MS", 200)  # a counter waits 15 s; a test need not
    path = tmp_path / "shop.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (id int)"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # an import holding the write lock
    try:
        with pytest.raises(Busy, match="nothing was recorded"), SqlUnitOfWork(engine) as uow:
            uow.session.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
