"""The goods list as a table model: one query at a time, fetched 200 rows at a time, off the GUI thread.

The shop may have 100k products, so nothing loads them all: the first page comes with the count,
and the view asks for more (``canFetchMore``/``fetchMore``) as the user scrolls. Sorting on the
columns the database can order by (barcode, name, price, host) is a new query; the other columns
do not sort, because sorting only the rows fetched so far would lie about the rest.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from pos.catalog import ProductFilter, ProductListing
from pos.ids import ProductId
from pos.money import format_bp, format_cny
from pos.services.queries import products_page, search_products
from ui.kit.context import AppContext
from ui.kit.ops import run_op

PAGE_SIZE = 200

COLUMNS: tuple[str, ...] = (
    "barcode",
    "name",
    "price",
    "host",
    "recommender",
    "coop",
    "rec",
    "tags",
    "on_hand",
    "status",
)
# Columns the database orders by, and the ProductFilter.order for each.
SERVER_ORDER: dict[str, str] = {"barcode": "barcode", "name": "name", "price": "price", "host": "host"}
NUMERIC = frozenset({"price", "coop", "rec", "on_hand"})
INACTIVE_COLOUR = "#8a8a8a"
NEGATIVE_COLOUR = "#c62828"

Index = QModelIndex | QPersistentModelIndex


def column_titles() -> dict[str, str]:
    return {
        "barcode": QCoreApplication.translate("CatalogModel", "Barcode"),
        "name": QCoreApplication.translate("CatalogModel", "Name"),
        "price": QCoreApplication.translate("CatalogModel", "Price"),
        "host": QCoreApplication.translate("CatalogModel", "Host"),
        "recommender": QCoreApplication.translate("CatalogModel", "Recommender"),
        "coop": QCoreApplication.translate("CatalogModel", "Comm. %"),
        "rec": QCoreApplication.translate("CatalogModel", "Rec. %"),
        "tags": QCoreApplication.translate("CatalogModel", "Tags"),
        "on_hand": QCoreApplication.translate("CatalogModel", "Stock"),
        "status": QCoreApplication.translate("CatalogModel", "Status"),
    }


def column_tips() -> dict[str, str]:
    return {
        "coop": QCoreApplication.translate("CatalogModel", "The co-op's commission rate (does not sort)"),
        "rec": QCoreApplication.translate("CatalogModel", "The recommender's share rate (does not sort)"),
        "recommender": QCoreApplication.translate("CatalogModel", "This column does not sort"),
        "tags": QCoreApplication.translate("CatalogModel", "This column does not sort"),
        "on_hand": QCoreApplication.translate("CatalogModel", "Stock on hand (does not sort)"),
        "status": QCoreApplication.translate("CatalogModel", "This column does not sort"),
    }


def status_text(active: bool) -> str:
    if active:
        return QCoreApplication.translate("CatalogModel", "On sale")
    return QCoreApplication.translate("CatalogModel", "Inactive")


def _cell(listing: ProductListing, key: str) -> str:
    if key == "barcode":
        return listing.barcode
    if key == "name":
        return listing.name
    if key == "price":
        return format_cny(listing.price_fen)
    if key == "host":
        return f"{listing.host_code} {listing.host_name}"
    if key == "recommender":
        return listing.recommender_name
    if key == "coop":
        return format_bp(listing.coop_bp)
    if key == "rec":
        return format_bp(listing.rec_bp) if listing.recommender_code else ""
    if key == "tags":
        return "、".join(listing.tags)
    if key == "on_hand":
        return str(listing.on_hand)
    return status_text(listing.active)


class CatalogModel(QAbstractTableModel):
    """Rows of ``search_products`` (what the user logged in may see); ``set_query`` starts over,
    scrolling fetches more."""

    count_changed = Signal(int)
    loaded = Signal()  # a page of rows (or an empty result) has arrived

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[ProductListing] = []
        self._total = 0
        self._query = ProductFilter(limit=PAGE_SIZE)
        self._generation = 0  # a result of an older query is dropped when it arrives
        self._fetching = False
        self.loading = False

    # -- queries ----------------------------------------------------------------------------------

    def query(self) -> ProductFilter:
        return self._query

    def total(self) -> int:
        """How many products match the query (not just the rows fetched so far)."""
        return self._total

    def set_query(self, query: ProductFilter) -> None:
        """Show the goods matching ``query`` from its first row."""
        self._query = dataclasses.replace(query, limit=PAGE_SIZE, offset=0)
        self.refresh()

    def refresh(self) -> None:
        """Run the query again (after an edit), from its first row."""
        self._generation += 1
        generation, query = self._generation, self._query
        self.loading = True
        self._fetching = True

        def work() -> tuple[int, list[ProductListing]]:
            total, rows = products_page(self._ctx.read_uow(), query)
            return total, list(rows)

        def done(result: tuple[int, list[ProductListing]]) -> None:
            if generation != self._generation:
                return
            total, rows = result
            self.beginResetModel()
            self._rows, self._total = rows, total
            self.endResetModel()
            self._finish(generation)
            self.count_changed.emit(total)

        run_op(self, work, on_done=done, on_finally=lambda: self._finish(generation), label="search goods")

    def _finish(self, generation: int) -> None:
        if generation == self._generation and self.loading:
            self.loading = False
            self._fetching = False
            self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        query = dataclasses.replace(self._query, offset=len(self._rows))
        self._fetching = True
        self.loading = True

        def work() -> list[ProductListing]:
            return list(search_products(self._ctx.read_uow(), query))

        def done(rows: list[ProductListing]) -> None:
            if generation != self._generation or query.offset != len(self._rows):
                return
            known = {r.id for r in self._rows}
            fresh = [r for r in rows if r.id not in known]  # an edit meanwhile may shift a row
            if fresh:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
                self._rows.extend(fresh)
                self.endInsertRows()
            if len(rows) < query.limit:  # the end came sooner than the count said
                self._total = len(self._rows)

        run_op(
            self, work, on_done=done, on_finally=lambda: self._finish(generation), label="fetch more goods"
        )

    # -- sorting ----------------------------------------------------------------------------------

    @staticmethod
    def sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SERVER_ORDER

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column):
            return
        self.set_query(
            dataclasses.replace(
                self._query,
                order=SERVER_ORDER[COLUMNS[column]],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    # -- rows -------------------------------------------------------------------------------------

    def listing(self, row: int) -> ProductListing:
        return self._rows[row]

    def row_of(self, product_id: ProductId) -> int | None:
        for row, listing in enumerate(self._rows):
            if listing.id == product_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        listing = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(listing, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "on_hand" and listing.on_hand < 0:
                return QBrush(QColor(NEGATIVE_COLOUR))
            if not listing.active:
                return QBrush(QColor(INACTIVE_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return listing
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tips().get(key, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
