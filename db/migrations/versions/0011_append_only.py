"""Append-only books: the database refuses UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) on what
happened: sales, their lines and payments, closed settlements with their host figures and statement
snapshots, the stock ledger and the audit log. A mistake is corrected by a new record (a refund, a
correcting movement, an adjustment in the next period), never by changing an old one.

The triggers guard the books against code, not against whoever owns the database: the owner can
still drop them (and ``DROP TABLE`` is not refused).

Triggers, by the names a later migration needs:

* SQLite: ``<table>_no_update`` and ``<table>_no_delete`` (``BEFORE UPDATE`` / ``BEFORE DELETE``,
  ``RAISE(ABORT, …)``) on ``sales``, ``sale_lines``, ``payments``, ``settlements``,
  ``settlement_hosts``, ``settlement_snapshots``; ``stock_movements`` has had the same pair since
  0010 and ``audit_log`` since 0006.
* PostgreSQL: one function, ``refuse_change()``, raising its trigger argument as the message;
  ``<table>_append_only`` (``BEFORE UPDATE OR DELETE … FOR EACH ROW``) on the same six tables, and
  ``<table>_no_truncate`` (``BEFORE TRUNCATE … FOR EACH STATEMENT``) on those six and on
  ``stock_movements`` and ``audit_log``, whose row triggers (``stock_movements_append_only``,
  ``audit_log_append_only``) 0010 and 0006 made.

Changing these tables later: adding a column with ``ALTER TABLE … ADD COLUMN`` is not an UPDATE and
keeps the triggers; use ``op.add_column`` (inside ``op.batch_alter_table`` Alembic also does a plain
``ADD COLUMN`` on SQLite, as long as nothing else in the batch needs the table rebuilt). Anything
that makes SQLite's batch mode rebuild the table (copy, ``DROP TABLE``, rename: dropping or altering
a column, a new constraint, ``recreate="always"``) silently drops that table's triggers: such a
migration must create ``<table>_no_update`` and ``<table>_no_delete`` again afterwards, from
``_SQLITE_TRIGGER`` below. A backfill that must rewrite rows drops the triggers, updates and creates
them again in the same migration. ``tests/integration/test_append_only.py`` checks that the newest
schema has every trigger.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CORRECT_A_SALE = "record a refund or a correction instead"
_CLOSED = "a closed settlement stays as closed; book an adjustment in the next period"

# what each table's trigger says (no single quotes: the text goes into SQL as it is)
_REFUSED = {
    "sales": f"sales are append-only: {_CORRECT_A_SALE}",
    "sale_lines": f"sale_lines are append-only: {_CORRECT_A_SALE}",
    "payments": f"payments are append-only: {_CORRECT_A_SALE}",
    "settlements": f"settlements are append-only: {_CLOSED}",
    "settlement_hosts": f"settlement_hosts are append-only: {_CLOSED}",
    "settlement_snapshots": "settlement_snapshots are append-only: a closed statement stays as it was closed",
}
# append-only already (0010, 0006); on PostgreSQL TRUNCATE is refused from here on, with their words
_ALREADY = {
    "stock_movements": "the stock ledger is append-only: add a correcting movement",
    "audit_log": "the audit log is append-only",
}

_SQLITE_TRIGGER = (
    "CREATE TRIGGER {table}_no_{verb} BEFORE {VERB} ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END"
)

_PG_FUNCTION = (
    "CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], DETAIL = TG_OP || ' on ' || TG_TABLE_NAME || ' refused'; "
    "END $$"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, message in _REFUSED.items():
            for verb in ("update", "delete"):
                op.execute(_SQLITE_TRIGGER.format(table=table, verb=verb, VERB=verb.upper(), message=message))
        return  # SQLite has no TRUNCATE: DELETE without WHERE fires the DELETE trigger
    op.execute(_PG_FUNCTION)
    for table, message in _REFUSED.items():
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION refuse_change('{message}')"
        )
    for table, message in (_REFUSED | _ALREADY).items():
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('{message}')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in _REFUSED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        return
    for table in _REFUSED | _ALREADY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    for table in _REFUSED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    op.execute("DROP FUNCTION IF EXISTS refuse_change()")
