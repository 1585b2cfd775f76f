"""Several counters, one book: an idempotency key per checkout, a lease per counter id, and the
settings every counter must agree on (the discount limit) in the database.

``sales.idempotency_key`` gets a unique index, not a constraint: SQLite adds it without rebuilding
the table (a rebuild would drop the append-only triggers of 0011).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sales", sa.Column("idempotency_key", sa.String(length=64), nullable=True))
    op.create_index("ix_sales_idempotency_key", "sales", ["idempotency_key"], unique=True)
    op.create_table(
        "counter_leases",
        sa.Column("counter_id", sa.String(length=16), nullable=False),
        sa.Column("holder", sa.String(length=64), nullable=False),
        sa.Column("machine", sa.String(length=120), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("renewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("counter_id", name=op.f("pk_counter_leases")),
    )
    op.create_table(
        "shop_settings",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_shop_settings")),
    )


def downgrade() -> None:
    op.drop_table("shop_settings")
    op.drop_table("counter_leases")
    op.drop_index("ix_sales_idempotency_key", table_name="sales")
    # plain ALTER TABLE on both (SQLite ≥ 3.35): a batch rebuild would drop the table's triggers
    op.execute("ALTER TABLE sales DROP COLUMN idempotency_key")
