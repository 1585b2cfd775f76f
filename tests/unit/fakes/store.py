"""What the fakes hold: one in-memory store, copied at each ``with`` and kept on ``commit()``."""

from __future__ import annotations

from datetime import date

from pos.audit import AuditEntry
from pos.cart import Cart
from pos.catalog import Host, Product, Recommender, Tag
from pos.charges import Charge
from pos.costs import CostComponent
from pos.counters import CounterLease
from pos.ids import HostId, ProductId, SaleId
from pos.receipt import StoredReceipt
from pos.sale import Sale, StockMovement
from pos.settlement import ClosedSettlement
from pos.shifts import CashMovement, Shift
from pos.stock import (
    LossBearer,
    StockCount,
)
from pos.users import User


class _Store:
    def __init__(self) -> None:
        self.hosts: dict[int, Host] = {}
        self.recommenders: dict[int, Recommender] = {}
        self.tags: dict[int, Tag] = {}
        self.products: dict[int, Product] = {}
        self.sales: dict[int, Sale] = {}
        self.movements: list[StockMovement] = []
        self.sequences: dict[str, int] = {}
        self.receipt_counters: dict[tuple[str, date], int] = {}
        self.next_line_id = 1
        self.costs: dict[int, tuple[CostComponent, ...]] = {}
        self.charges: list[Charge] = []
        self.closed: list[ClosedSettlement] = []  # by the periods' first days
        self.closed_balances: dict[str, dict[HostId, int]] = {}  # each host's carried forward
        self.snapshots: dict[str, dict[str, object]] = {}  # what each one's statements print
        self.users: dict[str, User] = {}
        self.audit: list[AuditEntry] = []
        self.shifts: dict[int, Shift] = {}
        self.cash_movements: list[CashMovement] = []
        self.carts: dict[int, Cart] = {}
        self.receipts: dict[int, StoredReceipt] = {}
        self.locked_sales: list[SaleId] = []  # sales a refund held, in order
        self.settings: dict[str, str] = {}
        self.leases: dict[str, CounterLease] = {}
        self.low_stock: dict[ProductId, int] = {}  # the products' thresholds that are set
        self.loss_bearers: dict[HostId, LossBearer] = {}  # the hosts whose losses the co-op bears
        self.counts: dict[int, StockCount] = {}
        # per count and product: [expected at start, expected as approved, counted as approved]
        self.count_items: dict[int, dict[ProductId, list[int | None]]] = {}
        self.count_scans: list[tuple[int, ProductId, int, int]] = []  # count, product, qty, mark
        self.books_held = 0  # 1: shared by a writer of something dated, 2: exclusively by a close
