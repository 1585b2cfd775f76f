"""Typed rows. Money is integer fen, rates integer basis points, times UTC.

The schema is created and changed only by the Alembic migrations in db/migrations;
this module describes it for the ORM, and a test checks the two agree.

Unlike the other modules, this one has no ``from __future__ import annotations``: with it every
``Mapped[...]`` would be a string that SQLAlchemy evaluates when the class is made, a quarter of
this module's load, at every start of the counter app.
"""

from datetime import date, datetime
from typing import Annotated

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

intpk = Annotated[int, mapped_column(Integer, primary_key=True, autoincrement=True)]
fen = Annotated[int, mapped_column(BigInteger, nullable=False)]
bp = Annotated[int, mapped_column(Integer, nullable=False)]
code = Annotated[str, mapped_column(String(16), nullable=False, unique=True)]
name = Annotated[str, mapped_column(String(80), nullable=False)]
utc = Annotated[datetime, mapped_column(DateTime(timezone=True), nullable=False)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# The partial unique indexes and their WHERE clause, the same on both databases. The SQLite clause is
# given when the index is made; the PostgreSQL one by for_postgresql(), for a PostgreSQL shop only:
# given here, it would load SQLAlchemy's PostgreSQL dialect (about 0.1 s) on every SQLite counter at
# start, to check the argument's name.
_PARTIAL: dict[Index, str] = {}


def _partial_unique(name: str, column: str, *, where: str) -> Index:
    index = Index(name, column, unique=True, sqlite_where=text(where))
    _PARTIAL[index] = where
    return index


def for_postgresql() -> None:
    """Give the partial unique indexes their PostgreSQL ``WHERE`` (``postgresql_where``), as
    ``db.engine.make_engine`` does for a PostgreSQL database (every engine here is made by it);
    again changes nothing."""
    for index, where in _PARTIAL.items():
        index.dialect_kwargs["postgresql_where"] = text(where)


class TagRow(Base):
    __tablename__ = "tags"
    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class HostRow(Base):
    __tablename__ = "hosts"
    __table_args__ = (
        CheckConstraint("coop_bp BETWEEN 0 AND 10000", name="coop_bp"),
        CheckConstraint("monthly_rent_fen >= 0", name="rent"),
        CheckConstraint("kind IN ('host', 'producer')", name="kind"),
        CheckConstraint("loss_bearer IN ('host', 'coop')", name="loss_bearer"),
    )
    id: Mapped[intpk]
    code: Mapped[code]
    name: Mapped[name]
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    coop_bp: Mapped[bp]
    monthly_rent_fen: Mapped[fen]
    joined: Mapped[date] = mapped_column(Date, nullable=False)
    contact: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # who bears goods missing at a stock count: 'host' (default) or 'coop' (a credit to the host)
    # (deferred and not fetched after INSERT: the catalog's own queries never touch it, so they
    # also work on a schema before 0010, as `coop-pos init` upgrades it)
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012 (SQLAlchemy reads it as is)
    loss_bearer: Mapped[str] = mapped_column(String(8), nullable=False, server_default="host", deferred=True)


class RecommenderRow(Base):
    __tablename__ = "recommenders"
    __table_args__ = (CheckConstraint("default_bp BETWEEN 0 AND 10000", name="default_bp"),)
    id: Mapped[intpk]
    code: Mapped[code]
    name: Mapped[name]
    default_bp: Mapped[bp]
    contact: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ProductRow(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("price_fen > 0", name="price"),
        CheckConstraint("coop_bp >= 0 AND rec_bp >= 0 AND coop_bp + rec_bp <= 10000", name="rates"),
        CheckConstraint("low_stock >= 0", name="low_stock"),
        Index("ix_products_host_price", "host_id", "price_fen", "low_stock"),  # stock totals per host
        Index("ix_products_host_id", "host_id"),
    )
    id: Mapped[intpk]
    barcode: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    name: Mapped[name]
    price_fen: Mapped[fen]
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id"), nullable=False)
    recommender_id: Mapped[int | None] = mapped_column(ForeignKey("recommenders.id"), nullable=True)
    coop_bp: Mapped[bp]
    rec_bp: Mapped[bp]
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # name, pinyin initials, full pinyin and barcode, lower case: what the search box matches
    search_key: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    # flagged low on the stock screen at or below this many units (0: never; deferred, see loss_bearer)
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012 (SQLAlchemy reads it as is)
    low_stock: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0", deferred=True)


class CostComponentRow(Base):
    """One named cost inside a product's price (公开成本), in the order it is shown."""

    __tablename__ = "cost_components"
    __table_args__ = (
        UniqueConstraint("product_id", "position", name="uq_cost_components_product_position"),
        CheckConstraint("amount_fen >= 0", name="amount"),
    )
    id: Mapped[intpk]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[name]
    amount_fen: Mapped[fen]


class ProductTagRow(Base):
    __tablename__ = "product_tags"
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)


class SequenceRow(Base):
    """Named sequences that are never reused (in-store barcodes)."""

    __tablename__ = "sequences"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)


class ReceiptCounterRow(Base):
    """The last receipt number taken per counter and business day; updated in the sale's transaction."""

    __tablename__ = "receipt_counters"
    counter_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    business_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False)


class SaleRow(Base):
    __tablename__ = "sales"
    __table_args__ = (
        CheckConstraint("kind IN ('sale', 'refund')", name="kind"),
        UniqueConstraint("counter_id", "business_day", "seq", name="uq_sales_counter_day_seq"),
        Index("ix_sales_at", "at"),
        Index("ix_sales_refund_of", "refund_of"),
        # made when the cart is paid: a retried or repeated checkout finds its sale, never a second
        Index("ix_sales_idempotency_key", "idempotency_key", unique=True),
    )
    id: Mapped[intpk]
    receipt_no: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    at: Mapped[utc]
    business_day: Mapped[date] = mapped_column(Date, nullable=False)
    counter_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cashier: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    sale_discount_fen: Mapped[fen]
    total_fen: Mapped[fen]
    tendered_fen: Mapped[fen]
    change_fen: Mapped[fen]
    refund_of: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(16), nullable=False, default="counter")
    approver: Mapped[str] = mapped_column(String(40), nullable=False, default="", server_default="")
    idempotency_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SaleLineRow(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (
        UniqueConstraint("sale_id", "line_no", name="uq_sale_lines_sale_line"),
        CheckConstraint("net_fen = coop_fen + rec_fen + host_fen", name="split"),
        Index("ix_sale_lines_product_id", "product_id"),
        Index("ix_sale_lines_host_id", "host_id"),
        Index("ix_sale_lines_refund_of_line", "refund_of_line"),
    )
    id: Mapped[intpk]
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id"), nullable=False)
    recommender_id: Mapped[int | None] = mapped_column(ForeignKey("recommenders.id"), nullable=True)
    product_name: Mapped[name]
    barcode: Mapped[str] = mapped_column(String(32), nullable=False)
    qty: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_fen: Mapped[fen]
    line_discount_fen: Mapped[fen]
    sale_discount_fen: Mapped[fen]
    net_fen: Mapped[fen]
    coop_bp: Mapped[bp]
    rec_bp: Mapped[bp]
    coop_fen: Mapped[fen]
    rec_fen: Mapped[fen]
    host_fen: Mapped[fen]
    refund_of_line: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"), nullable=True)
    damaged: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class PaymentRow(Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("method IN ('cash', 'wechat', 'alipay', 'card', 'other')", name="method"),
        Index("ix_payments_sale_id", "sale_id"),
    )
    id: Mapped[intpk]
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), nullable=False)
    method: Mapped[str] = mapped_column(String(8), nullable=False)
    amount_fen: Mapped[fen]


class StockMovementRow(Base):
    """Append-only: nothing updates or deletes a movement; a correction is a new one."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        Index("ix_stock_movements_product_id", "product_id"),
        Index("ix_stock_movements_sale_id", "sale_id"),
    )
    id: Mapped[intpk]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    qty: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[utc]
    user: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)


class StockLevelRow(Base):
    """Σ of the product's movements and its last intake, kept by a trigger on stock_movements (0010)."""

    __tablename__ = "stock_levels"
    __table_args__ = (Index("ix_stock_levels_on_hand", "on_hand"),)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    on_hand: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_intake_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class StockCountRow(Base):
    """A stock count (盘点): its scope, and the last movement id when expected quantities were taken."""

    __tablename__ = "stock_counts"
    __table_args__ = (
        CheckConstraint("scope_kind IN ('all', 'host', 'tag')", name="scope_kind"),
        CheckConstraint("state IN ('open', 'approved', 'cancelled')", name="state"),
    )
    id: Mapped[intpk]
    scope_kind: Mapped[str] = mapped_column(String(8), nullable=False)
    host_id: Mapped[int | None] = mapped_column(ForeignKey("hosts.id"), nullable=True)
    tag_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id"), nullable=True)
    scope_label: Mapped[str] = mapped_column(String(120), nullable=False)
    started_at: Mapped[utc]
    started_by: Mapped[str] = mapped_column(String(80), nullable=False)
    start_mark: Mapped[int] = mapped_column(BigInteger, nullable=False)
    uncounted_zero: Mapped[bool] = mapped_column(Boolean, nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    approved_by: Mapped[str] = mapped_column(String(80), nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False)


class StockCountItemRow(Base):
    """A product in a count: expected when the count started; expected and counted once approved."""

    __tablename__ = "stock_count_items"
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_counts.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    expected_at_start: Mapped[int] = mapped_column(Integer, nullable=False)
    expected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted: Mapped[int | None] = mapped_column(Integer, nullable=True)


class StockCountScanRow(Base):
    """One scan (or typed quantity, or a correction) in a count; ``mark``: the last movement id then."""

    __tablename__ = "stock_count_scans"
    __table_args__ = (
        ForeignKeyConstraint(
            ["count_id", "product_id"],
            ["stock_count_items.count_id", "stock_count_items.product_id"],
            name="fk_stock_count_scans_count_id_stock_count_items",
        ),
        Index("ix_stock_count_scans_count_product", "count_id", "product_id"),
    )
    id: Mapped[intpk]
    count_id: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[int] = mapped_column(Integer, nullable=False)
    qty: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[utc]
    user: Mapped[str] = mapped_column(String(40), nullable=False)
    mark: Mapped[int] = mapped_column(BigInteger, nullable=False)


class ChargeRow(Base):
    """What a host owes the co-op (rent, fees) or is credited (adjustments), dated."""

    __tablename__ = "charges"
    __table_args__ = (
        CheckConstraint("kind IN ('rent', 'fee', 'adjustment')", name="kind"),
        Index("ix_charges_host_day", "host_id", "day"),
    )
    id: Mapped[intpk]
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    amount_fen: Mapped[fen]
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[utc]


class SettlementRow(Base):
    """A closed settlement: its figures as they were, never recomputed (docs/domain.md)."""

    __tablename__ = "settlements"
    __table_args__ = (CheckConstraint("start_day <= end_day", name="period"),)
    id: Mapped[intpk]
    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    start_day: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    end_day: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False)
    closed_at: Mapped[utc]
    closed_by: Mapped[str] = mapped_column(String(80), nullable=False)
    document: Mapped[str] = mapped_column(Text, nullable=False)  # the settlement JSON as closed


class SettlementHostRow(Base):
    __tablename__ = "settlement_hosts"
    __table_args__ = (
        UniqueConstraint("settlement_id", "host_id", name="uq_settlement_hosts_settlement_host"),
        Index("ix_settlement_hosts_host_id", "host_id"),
    )
    id: Mapped[intpk]
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), nullable=False)
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id"), nullable=False)
    end_day: Mapped[date] = mapped_column(Date, nullable=False)
    net_sales_fen: Mapped[fen]
    host_share_fen: Mapped[fen]
    charges_fen: Mapped[fen]
    opening_balance_fen: Mapped[fen]
    payable_fen: Mapped[fen]
    carried_forward_fen: Mapped[fen]


class SettlementSnapshotRow(Base):
    """What a closed period's statements print that the books may change later: figures in fen,
    charge items, host and recommender names and contacts (JSON, see pos.statement_snapshot)."""

    __tablename__ = "settlement_snapshots"
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), primary_key=True)
    document: Mapped[str] = mapped_column(Text, nullable=False)


class UserRow(Base):
    """A login: a PIN hashed with scrypt, never the PIN itself."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('cashier', 'manager', 'staff', 'admin', 'host')", name="role"),
        CheckConstraint("(role = 'host') = (host_id IS NOT NULL)", name="host_login"),
    )
    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    name: Mapped[name]
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    host_id: Mapped[int | None] = mapped_column(ForeignKey("hosts.id"), nullable=True)
    pin_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_tries: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AuditRow(Base):
    """Append-only: database triggers refuse UPDATE and DELETE (migration 0006)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_action", "action"),
    )
    id: Mapped[intpk]
    at: Mapped[utc]
    actor_code: Mapped[str] = mapped_column(String(40), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(80), nullable=False)
    approver_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    approver_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    subject: Mapped[str] = mapped_column(String(120), nullable=False)
    before: Mapped[str] = mapped_column(Text, nullable=False, default="")
    after: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(String(400), nullable=False, default="")


class CartRow(Base):
    """The cart at a counter, stored after every change (crash-proof checkout)."""

    __tablename__ = "carts"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'suspended', 'completed', 'voided')", name="status"),
        # at most one cart being rung up per counter
        _partial_unique("uq_carts_one_open_per_counter", "counter_id", where="status = 'open'"),
        Index("ix_carts_counter_status", "counter_id", "status"),
    )
    id: Mapped[intpk]
    counter_id: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    opened_at: Mapped[utc]
    opened_by: Mapped[str] = mapped_column(String(40), nullable=False)
    label: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    sale_discount_fen: Mapped[fen]
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)


class CartLineRow(Base):
    __tablename__ = "cart_lines"
    __table_args__ = (UniqueConstraint("cart_id", "line_no", name="uq_cart_lines_cart_line"),)
    id: Mapped[intpk]
    cart_id: Mapped[int] = mapped_column(ForeignKey("carts.id", ondelete="CASCADE"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    barcode: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[name]
    host_code: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    list_price_fen: Mapped[fen]
    qty: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    line_discount_fen: Mapped[fen]


class ShiftRow(Base):
    """A shift at a counter: the float, and once closed its Z number, count and report as closed."""

    __tablename__ = "shifts"
    __table_args__ = (
        UniqueConstraint("counter_id", "number", name="uq_shifts_counter_number"),
        CheckConstraint("(closed_at IS NULL) = (number IS NULL)", name="number_at_close"),
        CheckConstraint("closed_at IS NULL OR closed_at >= opened_at", name="closed_after_opened"),
        CheckConstraint("float_fen >= 0", name="float"),
        # one open shift per counter
        _partial_unique("uq_shifts_one_open_per_counter", "counter_id", where="closed_at IS NULL"),
    )
    id: Mapped[intpk]
    counter_id: Mapped[str] = mapped_column(String(16), nullable=False)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the Z number, at close
    opened_at: Mapped[utc]
    opened_by: Mapped[str] = mapped_column(String(40), nullable=False)
    opened_by_name: Mapped[str] = mapped_column(String(80), nullable=False)
    float_fen: Mapped[fen]
    float_count: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: pieces per denomination
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    closed_by: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    closed_by_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    counted_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    counted: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: pieces per denomination
    expected_cash_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    over_short_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    report: Mapped[str | None] = mapped_column(Text, nullable=True)  # the Z report JSON as closed


class CashMovementRow(Base):
    """Paid-in and paid-out of a shift's drawer. Append-only (triggers, migration 0007)."""

    __tablename__ = "cash_movements"
    __table_args__ = (
        CheckConstraint("kind IN ('paid_in', 'paid_out')", name="kind"),
        CheckConstraint("amount_fen > 0", name="amount"),
        CheckConstraint("reason <> ''", name="reason"),
        Index("ix_cash_movements_shift_id", "shift_id"),
    )
    id: Mapped[intpk]
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    amount_fen: Mapped[fen]
    reason: Mapped[str] = mapped_column(String(200), nullable=False)
    at: Mapped[utc]
    by: Mapped[str] = mapped_column(String(40), nullable=False)
    by_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")


class ReceiptRow(Base):
    """A sale's receipt as first rendered (print ops JSON): what every reprint prints. Never changed
    (triggers, migration 0009)."""

    __tablename__ = "receipts"
    __table_args__ = (CheckConstraint("paper_mm IN (58, 80)", name="paper_mm"),)
    id: Mapped[intpk]
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), nullable=False, unique=True)
    paper_mm: Mapped[int] = mapped_column(Integer, nullable=False)
    ops: Mapped[str] = mapped_column(Text, nullable=False)
    rendered_at: Mapped[utc]


class PrintJobRow(Base):
    """A job for a counter's receipt printer, kept until printed so a restart loses none."""

    __tablename__ = "print_jobs"
    __table_args__ = (
        CheckConstraint("kind IN ('sale', 'refund', 'reprint', 'z_report', 'test')", name="kind"),
        CheckConstraint("state IN ('queued', 'printing', 'done', 'failed')", name="state"),
        CheckConstraint("tries >= 0", name="tries"),
        Index("ix_print_jobs_counter_state", "counter_id", "state"),
    )
    id: Mapped[intpk]
    counter_id: Mapped[str] = mapped_column(String(16), nullable=False)
    receipt_no: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    tries: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    created_at: Mapped[utc]
    printed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CounterLeaseRow(Base):
    """Which running app holds a counter id: one app per counter, so two never share a cart."""

    __tablename__ = "counter_leases"
    counter_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64), nullable=False)
    machine: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    acquired_at: Mapped[utc]
    renewed_at: Mapped[utc]


class ShopSettingRow(Base):
    """Settings every counter of the shop must agree on (the discount limit), one row a key."""

    __tablename__ = "shop_settings"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), nullable=False)
