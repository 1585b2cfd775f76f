"""The shop opened: its settings and database, a unit of work to use them, its schema and backups."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db import backup as backups
from db.checkpoint import WalCheckpointer, start_checkpointer
from db.engine import describe_url, make_engine, normalise_url
from db.errors import database_errors
from db.migrate import schema_state, shop_has_catalog, upgrade
from db.uow import SqlUnitOfWork
from pos.config import Config, load_config
from pos.errors import CoopError, RuleError
from pos.users import Actor, system_actor
from ui.kit import paths

if TYPE_CHECKING:
    from sqlalchemy import Engine

ENV_DB = "COOP_POS_DB"


def resolve_database_url(cli_url: str | None, config: Config) -> str:
    """``--db``, then ``$COOP_POS_DB``, then the config file, then an SQLite file in the data folder."""
    for candidate in (cli_url, os.environ.get(ENV_DB), config.database_url):
        if candidate and candidate.strip():
            return normalise_url(candidate)
    return normalise_url(str(paths.default_database_file()))


@dataclass
class Shop:
    """An opened shop: its settings and database, and a unit of work to use them."""

    config: Config
    url: str
    engine: Engine
    actor: Actor  # who acts: the command line's user, or whoever logged in at the counter
    config_path: Path | None = None  # the settings file it was opened with
    checkpointer: WalCheckpointer | None = None  # the counter app's WAL checkpoints (SQLite)

    def uow(self, *, read_only: bool = False, actor: Actor | None = None) -> SqlUnitOfWork:
        """``actor``: who acts in this unit of work (the user at the counter); else ``self.actor``."""
        return SqlUnitOfWork(self.engine, read_only=read_only, actor=self.actor if actor is None else actor)

    @contextmanager
    def database_errors(self) -> Iterator[None]:
        """A driver's error inside (the server away, a wrong password, a locked file) comes out as
        a ``DatabaseError`` in words that name this shop's database."""
        with database_errors(self.url):
            yield

    @property
    def label(self) -> str:
        return describe_url(self.url)

    @property
    def sqlite_file(self) -> Path | None:
        return backups.sqlite_path_from_url(self.url)

    def backup_dir(self) -> Path:
        if self.config.backup_dir:
            return Path(self.config.backup_dir).expanduser()
        db_file = self.sqlite_file
        if db_file is None:
            raise RuleError(
                "PostgreSQL 数据库请用 pg_dump 备份",
                "back up a PostgreSQL shop with pg_dump (see the README)",
            )
        return db_file.parent / "backups"

    def checkpoint_in_background(self) -> None:
        """For the long-running app on an SQLite file: the write-ahead log is checkpointed on a
        thread of its own between sales, not inside one (``db.checkpoint``)."""
        if self.checkpointer is None:
            self.checkpointer = start_checkpointer(self.engine, self.sqlite_file)

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        self.engine.dispose()


def open_shop(*, db_url: str | None = None, config_path: Path | None = None) -> Shop:
    config = load_config(config_path or paths.config_file())
    url = resolve_database_url(db_url, config)
    return Shop(
        config=config,
        url=url,
        engine=make_engine(url),
        actor=system_actor(_os_user()),
        config_path=config_path or paths.config_file(),
    )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a container
        return "system"


# ---------------------------------------------------------------- the schema


@dataclass(frozen=True, slots=True)
class InitResult:
    before: str | None
    after: str
    backup: Path | None
    created: bool


def init_schema(shop: Shop) -> InitResult:
    """Create or upgrade the schema to the newest version; a no-op when it is current.

    An SQLite shop whose schema is about to change is backed up first.
    """
    with shop.database_errors():
        state = schema_state(shop.engine)
        if state.state == "ahead":
            raise RuleError(
                f"数据库版本 {state.current} 比本程序新（{state.head}）：请升级 coop-pos",
                f"the database is at version {state.current}, newer than this program ({state.head}): upgrade coop-pos",
            )
        if state.state == "foreign":
            raise RuleError(
                f"{shop.label} 里已有别的数据表，不是 coop-pos 的店铺数据库",
                f"{shop.label} already holds other tables; it is not a coop-pos shop",
            )
        saved = None
        if state.state == "behind" and shop.sqlite_file is not None:
            saved = backups.backup_sqlite(
                shop.sqlite_file,
                shop.backup_dir(),
                reason=f"before-upgrade-{state.current}",
                keep=shop.config.backup_keep,
            )
        if state.state != "current":
            upgrade(shop.engine)
        return InitResult(
            before=state.current, after=state.head, backup=saved, created=state.state == "empty"
        )


def schema_problem(shop: Shop) -> CoopError | None:
    """Why the GUI cannot open this shop's database as it is, or None. An empty one is created."""
    with shop.database_errors():
        state = schema_state(shop.engine)
    if state.state in ("current", "empty"):
        return None
    if state.state == "behind":
        return RuleError(
            f"数据库版本 {state.current} 需要升级到 {state.head}。请先运行：coop-pos init（会先自动备份）",
            f"the database is at version {state.current} and needs version {state.head}. "
            "Run first: coop-pos init (it backs up first)",
        )
    if state.state == "ahead":
        return RuleError(
            f"数据库版本 {state.current} 比本程序新：请升级 coop-pos",
            f"the database version {state.current} is newer than this program: upgrade coop-pos",
        )
    return RuleError(
        f"{shop.label} 不是 coop-pos 的店铺数据库", f"{shop.label} is not a coop-pos shop database"
    )


def require_current_schema(shop: Shop) -> None:
    """Commands that read or write the shop refuse a database that `coop-pos init` has not prepared."""
    with shop.database_errors():
        state = schema_state(shop.engine)
    if state.state == "current":
        return
    if state.state == "empty":
        raise RuleError(
            f"{shop.label} 还没有初始化：请先运行 coop-pos init",
            f"{shop.label} is not set up yet: run coop-pos init first",
        )
    problem = schema_problem(shop)
    assert problem is not None
    raise problem


def has_catalog(shop: Shop) -> bool:
    """Whether the shop has hosts or goods already (the demo fills only an empty one)."""
    with shop.database_errors():
        return shop_has_catalog(shop.engine)


# ---------------------------------------------------------------- backups (SQLite)


def make_backup(shop: Shop, *, to: Path | None = None, reason: str = "manual") -> Path:
    db_file = shop.sqlite_file
    if db_file is None:
        raise RuleError(
            "PostgreSQL 数据库请用 pg_dump 备份（见 README）",
            "back up a PostgreSQL shop with pg_dump (see the README)",
        )
    return backups.backup_sqlite(
        db_file, to or shop.backup_dir(), reason=reason, keep=shop.config.backup_keep
    )


def restore_backup(shop: Shop, backup_file: Path) -> Path | None:
    db_file = shop.sqlite_file
    if db_file is None:
        raise RuleError(
            "PostgreSQL 数据库请用 pg_restore / psql 恢复",
            "restore a PostgreSQL shop with pg_restore or psql",
        )
    shop.engine.dispose()
    return backups.restore_sqlite(backup_file, db_file)


def daily_backup(shop: Shop) -> Path | None:
    """The automatic once-a-day backup of an SQLite shop; None when not due or not SQLite."""
    if shop.sqlite_file is None or not shop.sqlite_file.exists():
        return None
    target = shop.backup_dir()
    if not backups.backup_due(target):
        return None
    return backups.backup_sqlite(shop.sqlite_file, target, reason="daily", keep=shop.config.backup_keep)
