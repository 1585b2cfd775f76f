"""Closed settlements: the figures and statement document as closed, per host balances carried.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "settlements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("start_day", sa.Date(), nullable=False),
        sa.Column("end_day", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.String(length=80), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint("start_day <= end_day", name=op.f("ck_settlements_period")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlements")),
        sa.UniqueConstraint("number", name=op.f("uq_settlements_number")),
        sa.UniqueConstraint("start_day", name=op.f("uq_settlements_start_day")),
        sa.UniqueConstraint("end_day", name=op.f("uq_settlements_end_day")),
    )
    op.create_table(
        "settlement_hosts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("settlement_id", sa.Integer(), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=False),
        sa.Column("end_day", sa.Date(), nullable=False),
        sa.Column("net_sales_fen", sa.BigInteger(), nullable=False),
        sa.Column("host_share_fen", sa.BigInteger(), nullable=False),
        sa.Column("charges_fen", sa.BigInteger(), nullable=False),
        sa.Column("opening_balance_fen", sa.BigInteger(), nullable=False),
        sa.Column("payable_fen", sa.BigInteger(), nullable=False),
        sa.Column("carried_forward_fen", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["host_id"], ["hosts.id"], name=op.f("fk_settlement_hosts_host_id_hosts")),
        sa.ForeignKeyConstraint(
            ["settlement_id"], ["settlements.id"], name=op.f("fk_settlement_hosts_settlement_id_settlements")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_hosts")),
        sa.UniqueConstraint("settlement_id", "host_id", name="uq_settlement_hosts_settlement_host"),
    )
    with op.batch_alter_table("settlement_hosts") as batch:
        batch.create_index("ix_settlement_hosts_host_id", ["host_id"], unique=False)


def downgrade() -> None:
    op.drop_table("settlement_hosts")
    op.drop_table("settlements")
