"""`coop-pos` with no command: what it does before the window opens."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from db.engine import make_engine
from db.migrate import head_revision, schema_state, upgrade
from pos.errors import CoopError
from pos.services.users import needs_first_admin
from pos.users import Actor
from ui.app import shell
from ui.cli import main


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def fake_run_gui(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 1 if kwargs["schema_problem"] else 0

    monkeypatch.setattr(shell, "run_gui", fake_run_gui)
    return calls


def test_a_new_shop_is_created_and_opened(tmp_path: Path, opened: list[dict[str, Any]]) -> None:
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    assert main(["--db", url]) == 0
    assert opened[0]["schema_problem"] is None and opened[0]["shop_name"] == "来!合作社"
    context = opened[0]["context"]
    assert context is not None and context.read_table is not None
    with pytest.raises(CoopError, match="请先登录"):  # nobody is logged in: no stand-in administrator
        context.read_uow()
    assert needs_first_admin(context.login_uow())  # the window asks for the administrator first
    context.session.log_in(Actor(user_id=None, code="A01", name="店主", role="admin"))
    with context.read_uow() as uow:  # the screens read the same shop, as the user logged in
        assert list(uow.hosts.list()) == [] and uow.actor.code == "A01"
    assert schema_state(make_engine(url)).current == head_revision()


def test_an_out_of_date_schema_is_refused_with_what_to_run(
    tmp_path: Path, opened: list[dict[str, Any]]
) -> None:
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    upgrade(make_engine(url), "0001")
    assert main(["--db", url]) == 1
    problem = opened[0]["schema_problem"]
    assert isinstance(problem, CoopError)
    assert "coop-pos init" in problem.zh and "coop-pos init" in problem.en
    assert schema_state(make_engine(url)).current == "0001"  # the GUI never upgrades by itself
    assert opened[0]["context"] is None


def test_opening_the_app_backs_the_shop_up_once_a_day(tmp_path: Path, opened: list[dict[str, Any]]) -> None:
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    assert main(["init", "--db", url]) == 0
    for _ in range(2):  # opened twice the same day
        assert main(["--db", url]) == 0
        for thread in threading.enumerate():
            if thread.name == "daily-backup":
                thread.join(timeout=20)
    daily = list((tmp_path / "backups").glob("coop-pos-*-daily.sqlite"))
    assert len(daily) == 1


def test_a_second_app_on_the_same_counter_id_is_refused_and_the_first_lets_go_when_it_closes(
    tmp_path: Path, opened: list[dict[str, Any]]
) -> None:
    from datetime import UTC, datetime

    from db.uow import SqlUnitOfWork
    from pos.services.counters import claim_counter

    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    assert main(["--db", url]) == 0  # the first app ran and closed: its counter is free again
    engine = make_engine(url)
    claim_counter(
        SqlUnitOfWork(engine),
        counter_id="C1",
        holder="the-other-app",
        machine="前台电脑",
        now=datetime.now(UTC),
    )
    assert main(["--db", url]) == 1  # a second app on C1 while the first runs
    problem = opened[1]["schema_problem"]
    assert isinstance(problem, CoopError) and "前台电脑" in problem.zh and "counter id" in problem.en
    assert opened[1]["context"] is None  # it opens no counter screen


def test_an_app_of_this_computer_that_crashed_a_moment_ago_is_not_waited_for(
    tmp_path: Path, opened: list[dict[str, Any]]
) -> None:
    import os
    import socket
    import subprocess
    import sys
    from datetime import UTC, datetime

    from db.uow import SqlUnitOfWork
    from pos.services.counters import claim_counter

    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    assert main(["--db", url, "init"]) == 0
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    machine = f"{socket.gethostname()} ({user}, pid {int(dead.stdout)})"  # as the crashed app wrote it
    claim_counter(
        SqlUnitOfWork(make_engine(url)),
        counter_id="C1",
        holder="crashed",
        machine=machine,
        now=datetime.now(UTC),
    )
    assert main(["--db", url]) == 0  # opened at once, not after the lease ran out
    assert opened[0]["schema_problem"] is None
