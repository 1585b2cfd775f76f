"""The catalog: tags, hosts, recommenders, products and their tags, named sequences.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "hosts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("coop_bp", sa.Integer(), nullable=False),
        sa.Column("monthly_rent_fen", sa.BigInteger(), nullable=False),
        sa.Column("joined", sa.Date(), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("kind IN ('host', 'producer')", name=op.f("ck_hosts_kind")),
        sa.CheckConstraint("coop_bp BETWEEN 0 AND 10000", name=op.f("ck_hosts_coop_bp")),
        sa.CheckConstraint("monthly_rent_fen >= 0", name=op.f("ck_hosts_rent")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hosts")),
        sa.UniqueConstraint("code", name=op.f("uq_hosts_code")),
    )
    op.create_table(
        "recommenders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("default_bp", sa.Integer(), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("default_bp BETWEEN 0 AND 10000", name=op.f("ck_recommenders_default_bp")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommenders")),
        sa.UniqueConstraint("code", name=op.f("uq_recommenders_code")),
    )
    op.create_table(
        "sequences",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sequences")),
    )
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("price_fen", sa.BigInteger(), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=False),
        sa.Column("recommender_id", sa.Integer(), nullable=True),
        sa.Column("coop_bp", sa.Integer(), nullable=False),
        sa.Column("rec_bp", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "coop_bp >= 0 AND rec_bp >= 0 AND coop_bp + rec_bp <= 10000", name=op.f("ck_products_rates")
        ),
        sa.CheckConstraint("price_fen > 0", name=op.f("ck_products_price")),
        sa.ForeignKeyConstraint(["host_id"], ["hosts.id"], name=op.f("fk_products_host_id_hosts")),
        sa.ForeignKeyConstraint(
            ["recommender_id"], ["recommenders.id"], name=op.f("fk_products_recommender_id_recommenders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("barcode", name=op.f("uq_products_barcode")),
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.create_index("ix_products_host_id", ["host_id"], unique=False)
    op.create_table(
        "product_tags",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_tags_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_product_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("product_id", "tag_id", name=op.f("pk_product_tags")),
    )


def downgrade() -> None:
    op.drop_table("product_tags")
    op.drop_table("products")
    op.drop_table("sequences")
    op.drop_table("recommenders")
    op.drop_table("hosts")
    op.drop_table("tags")
