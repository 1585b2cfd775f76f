"""Public cost breakdown per product, and a search key (name, pinyin, barcode) on goods.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.pinyin import search_key

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cost_components",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount_fen >= 0", name=op.f("ck_cost_components_amount")),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_cost_components_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_components")),
        sa.UniqueConstraint("product_id", "position", name="uq_cost_components_product_position"),
    )
    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("search_key", sa.String(length=400), nullable=False, server_default=""))
    products = sa.table(
        "products",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("barcode", sa.String),
        sa.column("search_key", sa.String),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(products.c.id, products.c.name, products.c.barcode)).all()
    for pid, pname, barcode in rows:
        conn.execute(
            products.update().where(products.c.id == pid).values(search_key=search_key(pname, barcode))
        )


def downgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.drop_column("search_key")
    op.drop_table("cost_components")
