"""The models' two partial unique indexes (one open cart, one open shift per counter) keep their
WHERE on both databases, while an SQLite shop never loads SQLAlchemy's PostgreSQL dialect for them."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from db.engine import make_engine
from db.migrate import upgrade
from db.models import CartRow, ShiftRow, for_postgresql

PARTIAL = {
    "uq_carts_one_open_per_counter": (CartRow, "status = 'open'"),
    "uq_shifts_one_open_per_counter": (ShiftRow, "closed_at IS NULL"),
}


def _index(name: str):  # type: ignore[no-untyped-def]
    row, _where = PARTIAL[name]
    return next(i for i in row.__table__.indexes if i.name == name)


def test_both_databases_create_the_indexes_partial() -> None:
    for_postgresql()
    for name, (_row, where) in PARTIAL.items():
        for dialect in (sqlite.dialect(), postgresql.dialect()):
            ddl = str(CreateIndex(_index(name)).compile(dialect=dialect))
            assert ddl.startswith(f"CREATE UNIQUE INDEX {name} ON") and ddl.endswith(f"WHERE {where}")


def test_a_postgresql_engine_gives_the_indexes_their_where(empty_db_url: str) -> None:
    for name in PARTIAL:  # as in a process that has not made a PostgreSQL engine yet
        if _index(name).dialect_options["postgresql"].get("where") is not None:
            del _index(name).dialect_kwargs["postgresql_where"]
    engine = make_engine(empty_db_url)
    upgrade(engine)
    with engine.connect() as conn:
        found = {i["name"]: i for t in ("carts", "shifts") for i in inspect(conn).get_indexes(t)}
    for name, (_row, where) in PARTIAL.items():
        assert found[name]["unique"]
        if engine.dialect.name == "postgresql":  # the shop's own, as the migration made it
            assert where.split()[0] in str(found[name]["dialect_options"]["postgresql_where"])
            assert str(_index(name).dialect_kwargs["postgresql_where"]) == where
        assert str(_index(name).dialect_kwargs["sqlite_where"]) == where


def test_the_models_on_an_sqlite_shop_load_no_postgresql_dialect(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    code = (
        "import sys\n"
        "import db.models\n"
        "from db.engine import make_engine\n"
        f"make_engine({url!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgresql')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
