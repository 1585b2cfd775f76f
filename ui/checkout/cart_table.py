"""The cart's lines on the counter's screen: the model (its cells kept in Qt) and the table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pos.cart import CartItem
from pos.money import format_cny
from ui.checkout.look import ACCENT, enlarge

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class CartModel(QStandardItemModel):
    """The cart's lines as the cashier reads them: #, product, host, unit price, qty, discount, net.

    The cells are stored in Qt (a QStandardItemModel), not computed in Python on each paint: the
    view asks for seven roles of every visible cell each time it paints, and answering from
    Python was half of the table's repaint (a full one took 7.5 ms, now 3.5 ms). A change sets
    only the cells that differ, so a scan of a line already in the cart repaints two cells.
    """

    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.items: tuple[CartItem, ...] = ()
        self._accent = QColor(ACCENT)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Product"),
                self.tr("Host"),
                self.tr("Unit price"),
                self.tr("Qty"),
                self.tr("Discount"),
                self.tr("Amount"),
            ]
        )
        for row, item in enumerate(self.items):  # "was" beside a changed price is a word too
            self._set_row(row, item)

    def _cells(self, position: int, item: CartItem) -> tuple[str, ...]:
        name = item.name
        if item.unit_price_fen is not None and item.unit_price_fen != item.list_price_fen:
            # beside the name, which has the room: in the price column it would be cut off
            was = self.tr("was")  # a call of its own: lupdate does not look inside f-strings
            name = f"{name}  ({was} {format_cny(item.list_price_fen)})"
        return (
            str(position + 1),
            name,
            item.host_code,
            format_cny(item.price_fen),
            str(item.qty),
            f"-{format_cny(item.line_discount_fen)}" if item.line_discount_fen else "",
            format_cny(item.net_fen),
        )

    def _set_row(self, row: int, item: CartItem) -> None:
        """Row ``row`` made to show ``item``: only the cells whose text or colour differ are set."""
        for column, text in enumerate(self._cells(row, item)):
            cell = self.item(row, column)
            if cell.text() != text:
                cell.setText(text)
        if self.item(row, 1).toolTip() != item.barcode:
            self.item(row, 1).setToolTip(item.barcode)
        marked = bool(item.line_discount_fen or item.unit_price_fen is not None)  # shown in red
        for column in (3, 5):
            cell = self.item(row, column)
            if (cell.data(_FOREGROUND) is not None) != marked:
                if marked:
                    cell.setForeground(self._accent)
                else:
                    cell.setData(None, _FOREGROUND)

    def _new_row(self) -> list[QStandardItem]:
        row = []
        for column in range(self.COLUMNS):
            cell = QStandardItem()
            cell.setEditable(False)
            if column >= 3:
                cell.setTextAlignment(_RIGHT)
            row.append(cell)
        return row

    def set_items(self, items: Sequence[CartItem]) -> None:
        new = tuple(items)
        old = self.items
        self.items = new
        if len(old) > len(new):
            self.removeRows(len(new), len(old) - len(new))
        for row, item in enumerate(new):
            if row >= len(old):
                self.appendRow(self._new_row())
            elif item == old[row]:
                continue
            self._set_row(row, item)


class CartTable:
    """The cart's table, large and never holding the keyboard (the scan field keeps it), and the
    line picked in it: the line a key acts on (quantity, discount, price, remove)."""

    def __init__(self, parent: QWidget) -> None:
        self.model = CartModel(parent)
        self.view = view = QTableView()
        view.setObjectName("cartTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(40)
        enlarge(view, 1.25)
        # Widths from the font, once: measuring every row on each change (ResizeToContents) costs
        # more than the scan itself.
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        for column, sample in (
            (0, "888"),
            (2, "H0888"),
            (3, "¥8,888.88"),
            (4, "8888"),
            (5, "-¥888.88"),
            (6, "¥88,888.88"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)

    def show_items(self, items: Sequence[CartItem], select_line: int | None = None) -> None:
        """The lines as they are now; the line picked stays picked, else ``select_line``, else the last."""
        previous = self.selected_line()
        self.model.set_items(items)
        target = select_line if select_line is not None else previous
        if target is not None and any(i.line_no == target for i in items):
            self.select(target)
        elif items:
            self.select(items[-1].line_no)

    def select(self, line_no: int) -> None:
        if self.selected_line() == line_no:
            return
        for row, item in enumerate(self.model.items):
            if item.line_no == line_no:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def selected_line(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if rows and rows[0].row() < len(self.model.items):
            return self.model.items[rows[0].row()].line_no
        return None

    def selected_item(self) -> CartItem | None:
        line = self.selected_line()
        return next((i for i in self.model.items if i.line_no == line), None)

    def move_selection(self, step: int) -> None:
        items = self.model.items
        if not items:
            return
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].row() if rows else len(items) - 1
        self.view.selectRow(min(max(row + step, 0), len(items) - 1))
