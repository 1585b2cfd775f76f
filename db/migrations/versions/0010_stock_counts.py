"""Stock: counts (盘点) with their expected snapshot and scans, low-stock thresholds, who bears losses,
on-hand levels kept by triggers from the append-only ledger (which now refuses UPDATE and DELETE).

``stock_levels`` is a cache of ``Σ stock_movements.qty`` per product and the time of its last intake,
written by a trigger in the same statement as each movement, so the stock screen opens at once on a
shop of 100k goods; the ledger stays the truth (a test compares the two).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEDGER = "the stock ledger is append-only: add a correcting movement"

_SQLITE_TRIGGERS = {
    "stock_movements_no_update": f"BEFORE UPDATE ON stock_movements BEGIN SELECT RAISE(ABORT, '{_LEDGER}'); END",
    "stock_movements_no_delete": f"BEFORE DELETE ON stock_movements BEGIN SELECT RAISE(ABORT, '{_LEDGER}'); END",
    "stock_levels_on_movement": (
        "AFTER INSERT ON stock_movements BEGIN "
        "INSERT INTO stock_levels (product_id, on_hand, last_intake_at) "
        "VALUES (NEW.product_id, NEW.qty, CASE WHEN NEW.kind = 'intake' THEN NEW.at END) "
        "ON CONFLICT (product_id) DO UPDATE SET on_hand = stock_levels.on_hand + excluded.on_hand, "
        "last_intake_at = CASE WHEN excluded.last_intake_at IS NOT NULL AND "
        "(stock_levels.last_intake_at IS NULL OR excluded.last_intake_at > stock_levels.last_intake_at) "
        "THEN excluded.last_intake_at ELSE stock_levels.last_intake_at END; END"
    ),
}

_PG_FUNCTIONS = {
    "stock_movements_append_only": f"BEGIN RAISE EXCEPTION '{_LEDGER}'; END",
    "stock_levels_on_movement": (
        "BEGIN "
        "INSERT INTO stock_levels (product_id, on_hand, last_intake_at) "
        "VALUES (NEW.product_id, NEW.qty, CASE WHEN NEW.kind = 'intake' THEN NEW.at END) "
        "ON CONFLICT (product_id) DO UPDATE SET on_hand = stock_levels.on_hand + excluded.on_hand, "
        "last_intake_at = GREATEST(stock_levels.last_intake_at, excluded.last_intake_at); "
        "RETURN NULL; END"
    ),
}


def upgrade() -> None:
    # plain ADD COLUMN on both databases: rebuilding ``products`` on SQLite would fight its foreign keys
    op.execute(
        "ALTER TABLE hosts ADD COLUMN loss_bearer VARCHAR(8) DEFAULT 'host' NOT NULL "
        "CONSTRAINT ck_hosts_loss_bearer CHECK (loss_bearer IN ('host', 'coop'))"
    )
    op.execute(
        "ALTER TABLE products ADD COLUMN low_stock INTEGER DEFAULT 0 NOT NULL "
        "CONSTRAINT ck_products_low_stock CHECK (low_stock >= 0)"
    )

    op.create_table(
        "stock_levels",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("on_hand", sa.BigInteger(), nullable=False),
        sa.Column("last_intake_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_levels_product_id_products")
        ),
        sa.PrimaryKeyConstraint("product_id", name=op.f("pk_stock_levels")),
    )
    with op.batch_alter_table("stock_levels") as batch:
        batch.create_index("ix_stock_levels_on_hand", ["on_hand"], unique=False)
    # the stock screen's per-host totals walk this index instead of every product row
    op.create_index("ix_products_host_price", "products", ["host_id", "price_fen", "low_stock"], unique=False)
    op.execute(
        "INSERT INTO stock_levels (product_id, on_hand, last_intake_at) "
        "SELECT product_id, SUM(qty), MAX(CASE WHEN kind = 'intake' THEN at END) "
        "FROM stock_movements GROUP BY product_id"
    )

    op.create_table(
        "stock_counts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("scope_kind", sa.String(length=8), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("tag_id", sa.Integer(), nullable=True),
        sa.Column("scope_label", sa.String(length=120), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_by", sa.String(length=80), nullable=False),
        sa.Column("start_mark", sa.BigInteger(), nullable=False),
        sa.Column("uncounted_zero", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("scope_kind IN ('all', 'host', 'tag')", name=op.f("ck_stock_counts_scope_kind")),
        sa.CheckConstraint("state IN ('open', 'approved', 'cancelled')", name=op.f("ck_stock_counts_state")),
        sa.ForeignKeyConstraint(["host_id"], ["hosts.id"], name=op.f("fk_stock_counts_host_id_hosts")),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_stock_counts_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_counts")),
    )
    op.create_table(
        "stock_count_items",
        sa.Column("count_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("expected_at_start", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=True),
        sa.Column("counted", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["count_id"], ["stock_counts.id"], name=op.f("fk_stock_count_items_count_id_stock_counts")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_count_items_product_id_products")
        ),
        sa.PrimaryKeyConstraint("count_id", "product_id", name=op.f("pk_stock_count_items")),
    )
    op.create_table(
        "stock_count_scans",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("count_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=40), nullable=False),
        sa.Column("mark", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["count_id", "product_id"],
            ["stock_count_items.count_id", "stock_count_items.product_id"],
            name=op.f("fk_stock_count_scans_count_id_stock_count_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_count_scans")),
    )
    with op.batch_alter_table("stock_count_scans") as batch:
        batch.create_index("ix_stock_count_scans_count_product", ["count_id", "product_id"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        for name, body in _PG_FUNCTIONS.items():
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ {body} $$")
        op.execute(
            "CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements "
            "FOR EACH ROW EXECUTE FUNCTION stock_movements_append_only()"
        )
        op.execute(
            "CREATE TRIGGER stock_levels_on_movement AFTER INSERT ON stock_movements "
            "FOR EACH ROW EXECUTE FUNCTION stock_levels_on_movement()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS stock_levels_on_movement ON stock_movements")
        op.execute("DROP TRIGGER IF EXISTS stock_movements_append_only ON stock_movements")
        for name in _PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table("stock_count_scans")
    op.drop_table("stock_count_items")
    op.drop_table("stock_counts")
    op.drop_table("stock_levels")
    op.drop_index("ix_products_host_price", table_name="products")
    with op.batch_alter_table("products") as batch:
        batch.drop_constraint("ck_products_low_stock", type_="check")
        batch.drop_column("low_stock")
    with op.batch_alter_table("hosts") as batch:
        batch.drop_constraint("ck_hosts_loss_bearer", type_="check")
        batch.drop_column("loss_bearer")
