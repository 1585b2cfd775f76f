"""Schema versions, only through Alembic: the migrations ship inside the package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True, slots=True)
class SchemaState:
    """``empty`` (no tables), ``current``, ``behind`` (run ``coop-pos init``), ``ahead`` (newer app
    wrote it), or ``foreign`` (tables that are not a coop-pos shop)."""

    state: str
    current: str | None
    head: str


def schema_state(engine: Engine) -> SchemaState:
    head = head_revision()
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        return SchemaState("empty" if not tables else "foreign", None, head)
    if current == head:
        return SchemaState("current", current, head)
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    return SchemaState("behind" if current in known else "ahead", current, head)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; idempotent."""
    command.upgrade(alembic_config(engine), revision)


def shop_has_catalog(engine: Engine) -> bool:
    """True when the shop already has hosts or goods (so the demo must not fill it)."""
    from sqlalchemy import exists, select

    from db.models import HostRow, ProductRow

    with engine.connect() as conn:
        return bool(
            conn.scalar(
                select(exists().where(HostRow.id.isnot(None)) | exists().where(ProductRow.id.isnot(None)))
            )
        )
