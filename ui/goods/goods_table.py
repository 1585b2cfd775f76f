"""The goods list's table: a row a product, each column at least as wide as its title, and sorting
only by the columns the database orders by (a click on another leaves the sort as it was)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pos.catalog import ProductListing
from ui.goods.catalog_model import COLUMNS, CatalogModel

COLUMN_WIDTHS: dict[str, int] = {  # px at the shop's 11 pt font; the name takes what is left
    "barcode": 132,
    "price": 84,
    "host": 210,
    "recommender": 84,
    "coop": 56,
    "rec": 80,
    "tags": 168,
    "on_hand": 56,
    "status": 60,
}


class GoodsTable(QTableView):
    """The rows of ``catalog``; one row is selected at a time."""

    def __init__(self, catalog: CatalogModel, *, row_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goodsTable")
        self.catalog = catalog
        self.setModel(catalog)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(row_height)
        header = self.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.catalog.sortable(column):
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (column, order)
        self.catalog.sort(column, order)

    def fit_columns(self) -> None:
        """Each column at least as wide as its title (English titles are longer than Chinese)."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        for key, width in COLUMN_WIDTHS.items():
            column = COLUMNS.index(key)
            title = str(self.catalog.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 18))

    def selected_listing(self) -> ProductListing | None:
        rows = self.selectionModel().selectedRows()
        return self.catalog.listing(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        index = self.catalog.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)
