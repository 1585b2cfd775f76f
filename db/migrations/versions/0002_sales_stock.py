"""Sales and refunds with their lines and payments, receipt counters, the stock ledger, charges.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "receipt_counters",
        sa.Column("counter_id", sa.String(length=16), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("counter_id", "business_day", name=op.f("pk_receipt_counters")),
    )
    op.create_table(
        "sales",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("counter_id", sa.String(length=16), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("cashier", sa.String(length=40), nullable=False),
        sa.Column("sale_discount_fen", sa.BigInteger(), nullable=False),
        sa.Column("total_fen", sa.BigInteger(), nullable=False),
        sa.Column("tendered_fen", sa.BigInteger(), nullable=False),
        sa.Column("change_fen", sa.BigInteger(), nullable=False),
        sa.Column("refund_of", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.CheckConstraint("kind IN ('sale', 'refund')", name=op.f("ck_sales_kind")),
        sa.ForeignKeyConstraint(["refund_of"], ["sales.id"], name=op.f("fk_sales_refund_of_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales")),
        sa.UniqueConstraint("counter_id", "business_day", "seq", name="uq_sales_counter_day_seq"),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_sales_receipt_no")),
    )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.create_index("ix_sales_at", ["at"], unique=False)
        batch_op.create_index("ix_sales_refund_of", ["refund_of"], unique=False)
    op.create_table(
        "sale_lines",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=False),
        sa.Column("recommender_id", sa.Integer(), nullable=True),
        sa.Column("product_name", sa.String(length=80), nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("unit_price_fen", sa.BigInteger(), nullable=False),
        sa.Column("line_discount_fen", sa.BigInteger(), nullable=False),
        sa.Column("sale_discount_fen", sa.BigInteger(), nullable=False),
        sa.Column("net_fen", sa.BigInteger(), nullable=False),
        sa.Column("coop_bp", sa.Integer(), nullable=False),
        sa.Column("rec_bp", sa.Integer(), nullable=False),
        sa.Column("coop_fen", sa.BigInteger(), nullable=False),
        sa.Column("rec_fen", sa.BigInteger(), nullable=False),
        sa.Column("host_fen", sa.BigInteger(), nullable=False),
        sa.Column("refund_of_line", sa.Integer(), nullable=True),
        sa.Column("damaged", sa.Boolean(), nullable=False),
        sa.CheckConstraint("net_fen = coop_fen + rec_fen + host_fen", name=op.f("ck_sale_lines_split")),
        sa.ForeignKeyConstraint(["host_id"], ["hosts.id"], name=op.f("fk_sale_lines_host_id_hosts")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_sale_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["recommender_id"], ["recommenders.id"], name=op.f("fk_sale_lines_recommender_id_recommenders")
        ),
        sa.ForeignKeyConstraint(
            ["refund_of_line"], ["sale_lines.id"], name=op.f("fk_sale_lines_refund_of_line_sale_lines")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_sale_lines_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_lines")),
        sa.UniqueConstraint("sale_id", "line_no", name="uq_sale_lines_sale_line"),
    )
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.create_index("ix_sale_lines_host_id", ["host_id"], unique=False)
        batch_op.create_index("ix_sale_lines_product_id", ["product_id"], unique=False)
        batch_op.create_index("ix_sale_lines_refund_of_line", ["refund_of_line"], unique=False)
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "method IN ('cash', 'wechat', 'alipay', 'card', 'other')", name=op.f("ck_payments_method")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_payments_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index("ix_payments_sale_id", ["sale_id"], unique=False)
    op.create_table(
        "stock_movements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_movements_product_id_products")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_stock_movements_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movements")),
    )
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movements_product_id", ["product_id"], unique=False)
        batch_op.create_index("ix_stock_movements_sale_id", ["sale_id"], unique=False)
    op.create_table(
        "charges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('rent', 'fee', 'adjustment')", name=op.f("ck_charges_kind")),
        sa.ForeignKeyConstraint(["host_id"], ["hosts.id"], name=op.f("fk_charges_host_id_hosts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charges")),
    )
    with op.batch_alter_table("charges", schema=None) as batch_op:
        batch_op.create_index("ix_charges_host_day", ["host_id", "day"], unique=False)


def downgrade() -> None:
    op.drop_table("charges")
    op.drop_table("stock_movements")
    op.drop_table("payments")
    op.drop_table("sale_lines")
    op.drop_table("sales")
    op.drop_table("receipt_counters")
