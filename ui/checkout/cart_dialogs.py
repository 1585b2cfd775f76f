"""The checkout's small dialogs: a value asked for (quantity, discount, price, a name or reason),
the product search, and the suspended carts to resume.

Each is keyboard-first: it opens with the field focused, Enter confirms, Esc cancels; what is
wrong with a value shows under the field in words, and the dialog stays open to fix it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.cart import Cart
from pos.catalog import ProductFilter, ProductListing
from pos.errors import CoopError
from pos.money import format_cny
from pos.services import queries
from ui.checkout.look import enlarge
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.widgets import Banner, FieldMessage, muted

SEARCH_LIMIT = 50
SEARCH_PAUSE_MS = 120


def _ok_cancel(dialog: QDialog, on_ok: Callable[[], None], ok_text: str = "") -> QDialogButtonBox:
    """OK (Enter; ``ok_text`` says what it does) runs ``on_ok``, which accepts when it may; Cancel (Esc)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ValueDialog(QDialog):
    """One value typed in: ``parse(text)`` turns it into the value or raises a CoopError, shown
    under the field. ``value`` holds the result once accepted."""

    def __init__(
        self,
        title: str,
        prompt: str,
        parse: Callable[[str], Any],
        *,
        language: str,
        text: str = "",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("valueDialog")
        self.setWindowTitle(title)
        self.parse = parse
        self.language = language
        self.value: Any = None
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        enlarge(self.prompt, 1.2)
        self.edit = QLineEdit(text)
        self.edit.setObjectName("value")
        self.edit.setMinimumHeight(44)
        enlarge(self.edit, 1.5)
        self.edit.selectAll()
        self.hint = muted(QLabel(hint))
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.message = FieldMessage()
        buttons = _ok_cancel(self, self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.edit.textEdited.connect(lambda _t: self.message.set_message(""))
        self.setMinimumWidth(420)

    def confirm(self) -> None:
        try:
            self.value = self.parse(self.edit.text())
        except CoopError as error:
            self.message.set_message(error.message(self.language))
            self.edit.setFocus()
            self.edit.selectAll()
            return
        self.accept()


class _ListKeys(QObject):
    """Up, Down, PageUp and PageDown typed in a search field move through the list under it."""

    def __init__(self, table: QTableWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -10,
                Qt.Key.Key_PageDown: 10,
            }.get(Qt.Key(event.key()))
            if step is not None and self.table.rowCount():
                row = min(max(self.table.currentRow() + step, 0), self.table.rowCount() - 1)
                self.table.selectRow(row)
                return True
        return False


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(34)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setAlternatingRowColors(True)
    enlarge(table, 1.15)
    return table


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ProductSearchDialog(QDialog):
    """搜索商品: by name, pinyin initials or a fragment of the barcode, results as you type.
    ``barcode`` holds the product picked (Enter or a double click)."""

    def __init__(self, ctx: AppContext, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productSearch")
        self.ctx = ctx
        self.barcode: str | None = None
        self.results: list[ProductListing] = []
        self._asked = ""
        self.setWindowTitle(self.tr("Find a product"))
        self.edit = QLineEdit(text)
        self.edit.setObjectName("searchText")
        self.edit.setPlaceholderText(self.tr("Name, pinyin initials (sgz) or part of the barcode"))
        self.edit.setMinimumHeight(44)
        enlarge(self.edit, 1.4)
        self.table = _table(
            [self.tr("Barcode"), self.tr("Product"), self.tr("Host"), self.tr("Price"), self.tr("On hand")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.pick())
        self.status = muted(QLabel())
        self.banner = Banner()
        buttons = _ok_cancel(self, self.pick, self.tr("Add to cart (Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.edit.installEventFilter(_ListKeys(self.table, self))
        self.edit.returnPressed.connect(self.pick)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_PAUSE_MS)
        self.timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.resize(860, 520)
        if text:
            self.search()

    def search(self) -> None:
        text = self.edit.text().strip()
        self._asked = text
        if not text:
            self._show([])
            return
        ctx = self.ctx
        query = ProductFilter(text=text, active=True, order="name", limit=SEARCH_LIMIT)

        def work() -> list[ProductListing]:
            return list(queries.search_products(ctx.read_uow(), query))

        ops.run_op(
            self,
            work,
            on_done=lambda found: self._show(found) if text == self._asked else None,
            on_error=lambda error: self.banner.show_error(error.message(ctx.config.language)),
            label="product search",
        )

    def _show(self, found: list[ProductListing]) -> None:
        self.results = found
        self.table.setRowCount(len(found))
        for row, p in enumerate(found):
            self.table.setItem(row, 0, _cell(p.barcode))
            self.table.setItem(row, 1, _cell(p.name))
            self.table.setItem(row, 2, _cell(p.host_name or p.host_code))
            self.table.setItem(row, 3, _cell(format_cny(p.price_fen), right=True))
            self.table.setItem(row, 4, _cell(str(p.on_hand), right=True))
        if found:
            self.table.selectRow(0)
        more = len(found) >= SEARCH_LIMIT
        self.status.setText(
            (self.tr("First %1 found: type more to narrow") if more else self.tr("%1 found")).replace(
                "%1", str(len(found))
            )
            if self._asked
            else ""
        )

    def pick(self) -> None:
        if self.timer.isActive():  # Enter right after typing: search first, then pick
            self.timer.stop()
            self.search()
            return
        row = self.table.currentRow()
        if not 0 <= row < len(self.results):
            self.banner.show_error(self.tr("Nothing to add: type a name or part of a barcode"))
            return
        self.barcode = self.results[row].barcode
        self.accept()


class ResumeDialog(QDialog):
    """取单: the counter's suspended carts, newest first; ``cart_id`` holds the one picked."""

    def __init__(
        self,
        ctx: AppContext,
        carts: Sequence[Cart],
        local: Callable[[datetime], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resumeDialog")
        self.carts = sorted(carts, key=lambda c: c.opened_at, reverse=True)
        self.cart_id: int | None = None
        self.setWindowTitle(self.tr("Resume a suspended cart"))
        self.table = _table([self.tr("Name"), self.tr("Since"), self.tr("Items"), self.tr("Total")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setRowCount(len(self.carts))
        for row, cart in enumerate(self.carts):
            self.table.setItem(row, 0, _cell(cart.label))
            self.table.setItem(row, 1, _cell(local(cart.opened_at)))
            self.table.setItem(row, 2, _cell(str(cart.units), right=True))
            self.table.setItem(row, 3, _cell(format_cny(cart.total_fen), right=True))
        if self.carts:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.pick())
        buttons = _ok_cancel(self, self.pick, self.tr("Resume (Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 400)
        self.table.setFocus()

    def pick(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.carts):
            self.cart_id = self.carts[row].id
            self.accept()
