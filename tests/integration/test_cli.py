"""`coop-pos` as a user runs it: exit codes 0/1/2, messages instead of tracebacks, --db everywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import make_engine
from db.migrate import head_revision, schema_state, upgrade
from ui.cli import main


def run(*args: str) -> int:
    return main(list(args))


def test_version_prints_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        run("--version")
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("coop-pos ")


def test_an_unknown_command_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        run("sell-everything")
    assert done.value.code == 2
    assert "usage error" in capsys.readouterr().err


def test_init_twice_on_one_database(empty_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("init", "--db", empty_db_url) == 0
    assert "created" in capsys.readouterr().out
    assert run("--db", empty_db_url, "init") == 0  # --db before or after the command
    assert "up to date" in capsys.readouterr().out
    state = schema_state(make_engine(empty_db_url))
    assert (state.state, state.current) == ("current", head_revision())


def test_init_upgrades_an_older_sqlite_shop_after_backing_it_up(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    upgrade(make_engine(url), "0001")
    assert run("init", "--db", url) == 0
    out = capsys.readouterr().out
    assert "0001 -> " + head_revision() in out
    backups = list((tmp_path / "backups").glob("coop-pos-*-before-upgrade-0001.sqlite"))
    assert len(backups) == 1


def test_an_unreachable_postgresql_server_is_a_message_not_a_traceback(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run("init", "--db", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2") == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：无法使用数据库") and "Error: cannot use the database" in err
    assert "Traceback" not in err


def test_an_unsupported_database_url_is_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run("init", "--db", "mysql://root@localhost/shop") == 1
    assert "sqlite" in capsys.readouterr().err


def test_a_database_that_is_not_a_shop_is_left_alone(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    assert run("init", "--db", f"sqlite:///{path}") == 1
    assert "not a coop-pos shop" in capsys.readouterr().err


def test_the_database_comes_from_db_then_env_then_config_then_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "settings.toml"
    from_config = tmp_path / "from-config.sqlite"
    config.write_text(f'[database]\nurl = "sqlite:///{from_config}"\n', encoding="utf-8")
    monkeypatch.setenv("COOP_POS_CONFIG", str(config))
    assert run("init") == 0
    assert from_config.exists()
    from_env = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("COOP_POS_DB", f"sqlite:///{from_env}")
    assert run("init") == 0
    assert from_env.exists()
    from_flag = tmp_path / "from-flag.sqlite"
    assert run("init", "--db", str(from_flag)) == 0  # a bare path is an SQLite file
    assert from_flag.exists()
    monkeypatch.delenv("COOP_POS_DB")
    monkeypatch.delenv("COOP_POS_CONFIG")
    assert run("init") == 0
    assert (Path(os.environ["XDG_DATA_HOME"]) / "coop-pos" / "shop.sqlite").exists()


def test_the_first_run_writes_a_commented_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert run("init", "--db", f"sqlite:///{tmp_path / 's.sqlite'}") == 0
    text = (Path(os.environ["XDG_CONFIG_HOME"]) / "coop-pos" / "config.toml").read_text(encoding="utf-8")
    assert 'timezone = "Asia/Shanghai"' in text and "# " in text and 'id = "C1"' in text


def test_a_broken_config_file_is_named_in_the_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "settings.toml"
    config.write_text('[shop]\ntimezone = "Mars/Olympus"\n', encoding="utf-8")
    assert run("--config", str(config), "init") == 1
    assert "Mars/Olympus" in capsys.readouterr().err


def test_backup_and_restore_from_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "shop.sqlite"
    url = f"sqlite:///{db}"
    assert run("init", "--db", url) == 0
    assert run("backup", "--db", url, "--to", str(tmp_path / "bk")) == 0
    copy = next((tmp_path / "bk").glob("coop-pos-*.sqlite"))
    assert run("restore", "--db", url, str(copy)) == 0
    out = capsys.readouterr().out
    assert "restored from" in out and "kept at" in out


def test_backup_of_a_postgresql_shop_points_to_pg_dump(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run("backup", "--db", "postgresql+psycopg://postgres@127.0.0.1:5432/test") == 1
    assert "pg_dump" in capsys.readouterr().err


def test_restore_of_a_file_that_is_no_backup_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    assert run("init", "--db", url) == 0
    assert run("restore", "--db", url, str(junk)) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_the_console_script_is_installed_and_answers() -> None:
    exe = Path(sys.executable).with_name("coop-pos")
    assert exe.exists(), "pip install -e . installs the coop-pos command"
    done = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("coop-pos ")


def test_a_pdf_into_a_folder_that_is_a_file_is_a_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    assert run("init", "--db", url) == 0
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    labels = tmp_path / "goods.csv"
    labels.write_text("code,name\nH01,主理人1号\n", encoding="utf-8")
    assert run("import", "hosts", str(labels), "--db", url) == 0
    goods = tmp_path / "p.csv"
    goods.write_text("barcode,name,price,host\n6968344978697,手工皂,25.00,H01\n", encoding="utf-8")
    assert run("import", "products", str(goods), "--db", url) == 0
    assert run("labels", "--pdf", str(blocker / "labels.pdf"), "--db", url) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err


def test_python_m_ui_cli_is_the_same_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "init", "--db", url], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "created the database" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "ui.cli", "settle"], capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 2 and "usage error" in bad.stderr


def test_modules_load_without_the_garbage_collector_and_commands_run_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector walks the growing heap some 200 times while the counter app's modules load:
    it is off until a command is loaded (the counter app turns it on once its login shows)."""
    import gc

    import ui.cli

    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    seen: list[tuple[str, bool, bool]] = []
    body = ui.cli.command

    def command(name: str):  # type: ignore[no-untyped-def]
        loading = gc.isenabled()
        real = body(name) if name != "gui" else None

        def run(shop, args):  # type: ignore[no-untyped-def]
            seen.append((name, loading, gc.isenabled()))
            return real(shop, args) if real is not None else 0

        return run

    monkeypatch.setattr(ui.cli, "command", command)
    assert run("init", "--db", url) == 0
    assert run("--db", url) == 0
    assert seen == [("init", False, True), ("gui", False, False)]
    assert gc.isenabled()  # and on again when the command line returns
