"""An SQLite shop is readable by the shop's user only: the folders coop-pos makes are 0700, the
database (with its -wal and -shm) and its backups 0600; folders and files it did not make keep
their modes. Checked under the usual umask (022), which would otherwise give 0755 and 0644."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from db.backup import backup_sqlite, restore_sqlite
from db.engine import make_engine
from ui.cli import main

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_shop_and_the_folders_made_for_it_are_the_users_only(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)  # a folder that was there: not ours to change
    shop = tmp_path / "coop" / "data" / "shop.sqlite"
    assert main(["init", "--db", str(shop)]) == 0
    assert (mode(tmp_path / "coop"), mode(shop.parent), mode(shop)) == (0o700, 0o700, 0o600)
    assert mode(tmp_path) == 0o755

    engine = make_engine(f"sqlite:///{shop}")
    try:
        with engine.connect() as conn:  # while the counter sells, its log and shared memory too
            conn.execute(text("SELECT count(*) FROM sales")).scalar_one()
            assert {s: mode(Path(f"{shop}{s}")) for s in ("-wal", "-shm")} == {"-wal": 0o600, "-shm": 0o600}
    finally:
        engine.dispose()


def test_a_shop_beside_other_files_leaves_the_folder_and_an_older_shop_as_they_are(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    older = tmp_path / "older.sqlite"
    assert main(["init", "--db", str(older)]) == 0
    older.chmod(0o644)  # as a shop made before coop-pos kept its files private has it
    assert main(["init", "--db", str(older)]) == 0
    assert main(["init", "--db", str(tmp_path / "new.sqlite")]) == 0
    assert (mode(tmp_path), mode(older), mode(tmp_path / "new.sqlite")) == (0o755, 0o644, 0o600)


def test_backups_and_their_folder_are_the_users_only(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite"
    assert main(["init", "--db", str(shop)]) == 0
    backups = tmp_path / "usb" / "coop-backups"
    copy = backup_sqlite(shop, backups, reason="manual")
    assert (mode(tmp_path / "usb"), mode(backups), mode(copy)) == (0o700, 0o700, 0o600)
    assert not [p.name for p in backups.iterdir() if p != copy]  # no temporary file left behind

    # the default place: a backups folder beside the database
    assert main(["backup", "--db", str(shop)]) == 0
    (made,) = (tmp_path / "backups").iterdir()
    assert (mode(tmp_path / "backups"), mode(made)) == (0o700, 0o600)


def test_a_shop_restored_where_there_was_none_is_the_users_only(tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite"
    assert main(["init", "--db", str(shop)]) == 0
    copy = backup_sqlite(shop, tmp_path / "backups")
    elsewhere = tmp_path / "new-machine" / "shop.sqlite"
    assert restore_sqlite(copy, elsewhere) is None
    assert (mode(elsewhere.parent), mode(elsewhere)) == (0o700, 0o600)


def test_the_settings_file_made_at_first_start_is_the_users_only(tmp_path: Path) -> None:
    from pos.config import load_config

    settings = tmp_path / "config" / "coop-pos" / "config.toml"
    load_config(settings)
    assert (mode(settings.parent), mode(settings)) == (0o700, 0o600)  # it may hold a database password
    load_config(settings)  # read again as it is
    assert mode(settings) == 0o600
