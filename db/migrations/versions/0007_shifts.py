"""Shifts with their float, count and Z report as closed; paid-in and paid-out of the drawer.

One open shift per counter (a partial unique index); Z numbers unique per counter. Triggers keep
a closed shift as it was closed and the cash movements append-only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = {
    "shifts_closed_no_update": "BEFORE UPDATE ON shifts WHEN OLD.closed_at IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'a closed shift is never changed'); END",
    "shifts_no_delete": "BEFORE DELETE ON shifts BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END",
    "cash_movements_no_update": "BEFORE UPDATE ON cash_movements "
    "BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END",
    "cash_movements_no_delete": "BEFORE DELETE ON cash_movements "
    "BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END",
}


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("counter_id", sa.String(length=16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by", sa.String(length=40), nullable=False),
        sa.Column("opened_by_name", sa.String(length=80), nullable=False),
        sa.Column("float_fen", sa.BigInteger(), nullable=False),
        sa.Column("float_count", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=40), nullable=False),
        sa.Column("closed_by_name", sa.String(length=80), nullable=False),
        sa.Column("counted_fen", sa.BigInteger(), nullable=True),
        sa.Column("counted", sa.Text(), nullable=True),
        sa.Column("expected_cash_fen", sa.BigInteger(), nullable=True),
        sa.Column("over_short_fen", sa.BigInteger(), nullable=True),
        sa.Column("report", sa.Text(), nullable=True),
        sa.CheckConstraint("(closed_at IS NULL) = (number IS NULL)", name=op.f("ck_shifts_number_at_close")),
        sa.CheckConstraint(
            "closed_at IS NULL OR closed_at >= opened_at", name=op.f("ck_shifts_closed_after_opened")
        ),
        sa.CheckConstraint("float_fen >= 0", name=op.f("ck_shifts_float")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
        sa.UniqueConstraint("counter_id", "number", name="uq_shifts_counter_number"),
    )
    with op.batch_alter_table("shifts") as batch:
        batch.create_index(
            "uq_shifts_one_open_per_counter",
            ["counter_id"],
            unique=True,
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )
    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=40), nullable=False),
        sa.Column("by_name", sa.String(length=80), nullable=False),
        sa.CheckConstraint("kind IN ('paid_in', 'paid_out')", name=op.f("ck_cash_movements_kind")),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_cash_movements_amount")),
        sa.CheckConstraint("reason <> ''", name=op.f("ck_cash_movements_reason")),
        sa.ForeignKeyConstraint(["shift_id"], ["shifts.id"], name=op.f("fk_cash_movements_shift_id_shifts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movements")),
    )
    with op.batch_alter_table("cash_movements") as batch:
        batch.create_index("ix_cash_movements_shift_id", ["shift_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        op.execute(
            "CREATE FUNCTION shifts_keep_closed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'shifts are never deleted'; END IF; "
            "RAISE EXCEPTION 'a closed shift is never changed'; END $$"
        )
        op.execute(
            "CREATE TRIGGER shifts_closed_no_update BEFORE UPDATE ON shifts "
            "FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL) EXECUTE FUNCTION shifts_keep_closed()"
        )
        op.execute(
            "CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts "
            "FOR EACH ROW EXECUTE FUNCTION shifts_keep_closed()"
        )
        op.execute(
            "CREATE FUNCTION cash_movements_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'cash movements are append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER cash_movements_append_only BEFORE UPDATE OR DELETE ON cash_movements "
            "FOR EACH ROW EXECUTE FUNCTION cash_movements_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS cash_movements_append_only ON cash_movements")
        op.execute("DROP FUNCTION IF EXISTS cash_movements_append_only()")
        op.execute("DROP TRIGGER IF EXISTS shifts_no_delete ON shifts")
        op.execute("DROP TRIGGER IF EXISTS shifts_closed_no_update ON shifts")
        op.execute("DROP FUNCTION IF EXISTS shifts_keep_closed()")
    op.drop_table("cash_movements")
    op.drop_table("shifts")
