"""Schema versions, only through Alembic: the migrations ship inside the package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic itself is imported only to change a schema or to walk its history: loading it costs
# about 0.3 s, and the counter app only needs to know whether the schema is the current one.
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^(down_revision|revision)\b[^=]*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@cache
def shipped_revisions() -> tuple[frozenset[str], str]:
    """Every revision the package ships, and the newest, read from the migration files' own
    ``revision`` / ``down_revision`` lines (a test checks it agrees with Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for kind, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            if value:
                (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        return frozenset(revisions), head_revision()  # a branched history: let Alembic decide
    return frozenset(revisions), heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True, slots=True)
class SchemaState:
    """``empty`` (no tables), ``current``, ``behind`` (run ``coop-pos init``), ``ahead`` (newer app
    wrote it), or ``foreign`` (tables that are not a coop-pos shop)."""

    state: str
    current: str | None
    head: str


def schema_state(engine: Engine) -> SchemaState:
    known, head = shipped_revisions()
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        return SchemaState("empty" if not tables else "foreign", None, head)
    if current == head:
        return SchemaState("current", current, head)
    return SchemaState("behind" if current in known else "ahead", current, head)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; idempotent."""
    from alembic import command

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
