"""Statement snapshots: what a closed period's statements need that the books may later change.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "settlement_snapshots",
        sa.Column("settlement_id", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["settlement_id"],
            ["settlements.id"],
            name=op.f("fk_settlement_snapshots_settlement_id_settlements"),
        ),
        sa.PrimaryKeyConstraint("settlement_id", name=op.f("pk_settlement_snapshots")),
    )


def downgrade() -> None:
    op.drop_table("settlement_snapshots")
