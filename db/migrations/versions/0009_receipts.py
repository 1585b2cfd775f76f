"""Receipts as first rendered (print ops, one per sale, never changed) and the print job queue.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = {
    "receipts_no_update": "BEFORE UPDATE ON receipts "
    "BEGIN SELECT RAISE(ABORT, 'a receipt is kept as first rendered'); END",
    "receipts_no_delete": "BEFORE DELETE ON receipts "
    "BEGIN SELECT RAISE(ABORT, 'a receipt is kept as first rendered'); END",
}


def upgrade() -> None:
    op.create_table(
        "receipts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("paper_mm", sa.Integer(), nullable=False),
        sa.Column("ops", sa.Text(), nullable=False),
        sa.Column("rendered_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("paper_mm IN (58, 80)", name=op.f("ck_receipts_paper_mm")),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_receipts_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_receipts_sale_id")),
    )
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("counter_id", sa.String(length=16), nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('sale', 'refund', 'reprint', 'z_report', 'test')", name=op.f("ck_print_jobs_kind")
        ),
        sa.CheckConstraint(
            "state IN ('queued', 'printing', 'done', 'failed')", name=op.f("ck_print_jobs_state")
        ),
        sa.CheckConstraint("tries >= 0", name=op.f("ck_print_jobs_tries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")),
    )
    with op.batch_alter_table("print_jobs") as batch:
        batch.create_index("ix_print_jobs_counter_state", ["counter_id", "state"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        op.execute(
            "CREATE FUNCTION receipts_keep() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'a receipt is kept as first rendered'; END $$"
        )
        op.execute(
            "CREATE TRIGGER receipts_keep BEFORE UPDATE OR DELETE ON receipts "
            "FOR EACH ROW EXECUTE FUNCTION receipts_keep()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS receipts_keep ON receipts")
        op.execute("DROP FUNCTION IF EXISTS receipts_keep()")
    op.drop_table("print_jobs")
    op.drop_table("receipts")
