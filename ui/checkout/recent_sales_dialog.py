"""最近销售 Recent sales: find a receipt by number (typed or scanned), time or amount, see its lines,
reprint it, or start a refund of it.

Keys: type in the search line (Enter searches at once, Down goes to the list); Up/Down move in the
list and its lines show on the right; Enter on a sale opens 退货 for it; Ctrl+P reprints; F5
searches again; Esc closes.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.clock import zone
from pos.errors import CoopError
from pos.money import format_cny
from pos.sale import Sale
from pos.sales_history import SalesQuery, SaleSummary, day_range, parse_search
from pos.services import sales_history as history
from ui.checkout.look import enlarge
from ui.checkout.methods import method_name
from ui.checkout.refund_dialog import RefundDialog
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.scan_while_shown import ScanWhileShown
from ui.kit.times import local_time
from ui.kit.widgets import ERROR_COLOUR, Banner, muted

COL_TIME, COL_RECEIPT, COL_KIND, COL_CASHIER, COL_ITEMS, COL_TOTAL, COL_PAID = range(7)


class RecentSalesDialog(QDialog):
    """The counter's receipts, newest first, with the selected one's lines beside the list."""

    refunded = Signal(str)  # a refund made from here: its own receipt number

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recentSalesDialog")
        self.setWindowTitle(self.tr("Recent sales"))
        self.sales: list[SaleSummary] = []
        self.detail: Sale | None = None
        self.refund_dialog: RefundDialog | None = None
        self._generation = 0  # answers to an older search are dropped

        # -- what to look for
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(
            self.tr("Receipt number (scan or part of it) or amount, e.g. 35.50 or 30~40")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(40)
        enlarge(self.search_edit, 1.2)
        self._typing = QTimer(self)  # a search once the typing pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.search)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textEdited.connect(lambda _text: self._typing.start())
        self.search_edit.installEventFilter(self)
        today = datetime.now(zone(ctx.config.timezone)).date()
        self.from_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.to_date = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _day: self.search())
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Sales and refunds"), None)
        self.kind_combo.addItem(self.tr("Sales"), "sale")
        self.kind_combo.addItem(self.tr("Refunds"), "refund")
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.search())
        refresh = QPushButton(self.tr("Search (F5)"))
        refresh.setAutoDefault(False)
        refresh.clicked.connect(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.from_date)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.to_date)
        filters.addWidget(self.kind_combo)
        filters.addWidget(refresh)

        # -- the list
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("sales")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Receipt number"),
                self.tr("Kind"),
                self.tr("Cashier"),
                self.tr("Units"),
                self.tr("Receipt total"),
                self.tr("Paid by"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PAID, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.installEventFilter(self)
        self.count_label = muted(QLabel())

        # -- the selected receipt
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        enlarge(self.detail_title, 1.1)
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("detailLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Qty"), self.tr("Unit price"), self.tr("Line amount")]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        lines_header = self.lines.horizontalHeader()
        lines_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.lines, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        # -- what to do with it
        self.banner = Banner()
        self.reprint_button = QPushButton(self.tr("Reprint (Ctrl+P)"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.clicked.connect(self.reprint)
        if ctx.devices is None:
            self.reprint_button.setToolTip(self.tr("No receipt printer is set up at this counter"))
        self.refund_button = QPushButton(self.tr("Refund (Enter)"))
        self.refund_button.setObjectName("refund")
        self.refund_button.setAutoDefault(False)
        self.refund_button.clicked.connect(self.open_refund)
        close = QPushButton(self.tr("Close (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, self.reprint)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.search)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.resize(1180, 680)
        self._show_detail(None)
        self.search_edit.setFocus()
        # a receipt's barcode scanned anywhere in the list finds it; with the input method off,
        # a pinyin IME left in Chinese mode cannot swallow the scanner's letters
        self.scans = ScanWhileShown(self, self.scanned, serial=ctx.serial_scanner)
        self.search()

    def scanned(self, code: str) -> None:
        """A receipt's barcode read by the serial scanner while the list is open (and no refund
        over it): find that receipt."""
        if self.isVisible() and self.refund_dialog is None:
            self.search_edit.setText(code)
            self.search()

    # -- searching --------------------------------------------------------------------------------

    def query(self) -> SalesQuery:
        """The search line, the days and the kind as one query (an InputError for a bad amount)."""
        first: date = self.from_date.date().toPython()  # type: ignore[assignment]
        last: date = self.to_date.date().toPython()  # type: ignore[assignment]
        start, end = day_range(first, last, self.ctx.config.timezone)
        return dataclasses.replace(
            parse_search(self.search_edit.text()), start=start, end=end, kind=self.kind_combo.currentData()
        )

    def search(self) -> None:
        self._typing.stop()
        self.banner.clear()
        try:
            query = self.query()
        except CoopError as error:
            self.banner.show_error(error.message(screen_language()))
            return
        self._generation += 1
        generation, ctx = self._generation, self.ctx
        ops.run_op(
            self,
            lambda: history.recent_sales(ctx.read_uow(), query=query, timezone=ctx.config.timezone),
            on_done=lambda found: self._found(generation, found),
            on_error=lambda error: self.banner.show_error(error.message(screen_language())),
            label="recent sales",
        )

    def _found(self, generation: int, found: list[SaleSummary]) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        self.sales = found
        self.table.setRowCount(len(found))
        for row, s in enumerate(found):
            refund = s.kind == "refund"
            cells = (
                local_time(self.ctx, s.at, "%m-%d %H:%M"),
                s.receipt_no,
                self.tr("Refund") if refund else self.tr("Sale"),
                s.cashier,
                str(s.units),
                format_cny(s.total_fen),
                " + ".join(method_name(m) for m in s.methods),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (COL_ITEMS, COL_TOTAL):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if refund and col in (COL_KIND, COL_TOTAL):
                    item.setForeground(QColor(ERROR_COLOUR))
                self.table.setItem(row, col, item)
        self.count_label.setText(self.tr("{count} receipts, newest first").format(count=len(found)))
        again = next((i for i, s in enumerate(found) if selected and s.receipt_no == selected.receipt_no), 0)
        if found:
            self.table.selectRow(again)
        else:
            self._show_detail(None)
        self._update_buttons()

    def selected(self) -> SaleSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.sales[rows[0].row()] if rows and rows[0].row() < len(self.sales) else None

    # -- the selected receipt -----------------------------------------------------------------------

    def _selected(self) -> None:
        self._update_buttons()
        chosen = self.selected()
        if chosen is None:
            self._show_detail(None)
            return
        ctx, number = self.ctx, chosen.receipt_no
        ops.run_op(
            self,
            lambda: history.sale_details(ctx.read_uow(), number),
            on_done=lambda sale: self._show_detail(sale) if self._is_selected(sale.receipt_no) else None,
            on_error=lambda error: self.banner.show_error(error.message(screen_language())),
            label="sale details",
        )

    def _is_selected(self, receipt_no: str) -> bool:
        chosen = self.selected()
        return chosen is not None and chosen.receipt_no == receipt_no

    def _show_detail(self, sale: Sale | None) -> None:
        self.detail = sale
        self.lines.setRowCount(0)
        if sale is None:
            self.detail_title.setText(self.tr("No receipt selected"))
            return
        paid = "、".join(f"{method_name(p.method)} {format_cny(p.amount_fen)}" for p in sale.payments)
        title = f"<b>{sale.receipt_no}</b>　{local_time(self.ctx, sale.at)}<br>"
        title += self.tr("Total {total} · paid {paid}").format(
            total=format_cny(sale.total_fen), paid=paid or "—"
        )
        if sale.change_fen:
            title += self.tr(" · received {tendered}, change {change}").format(
                tendered=format_cny(sale.tendered_fen), change=format_cny(sale.change_fen)
            )
        if sale.refund_of_receipt:
            title += "<br>" + self.tr("Refund of {receipt}").format(receipt=sale.refund_of_receipt)
        self.detail_title.setText(title)
        self.lines.setRowCount(len(sale.lines))
        for row, line in enumerate(sale.lines):
            name = line.product_name + (self.tr(" (damaged)") if line.damaged else "")
            off = line.line_discount_fen + line.sale_discount_fen
            if off:
                name += self.tr(" (discount {amount})").format(amount=format_cny(off))
            for col, text in enumerate(
                (name, str(line.qty), format_cny(line.unit_price_fen), format_cny(line.net_fen))
            ):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, col, item)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.reprint_button.setEnabled(chosen is not None and self.ctx.devices is not None)
        is_sale = chosen is not None and chosen.kind == "sale"
        self.refund_button.setEnabled(is_sale)
        self.refund_button.setToolTip(
            ""
            if is_sale or chosen is None
            else self.tr("A refund cannot be refunded; choose the original sale")
        )

    # -- acting on it -------------------------------------------------------------------------------

    def reprint(self) -> None:
        chosen = self.selected()
        if chosen is None or self.ctx.devices is None:
            return
        self.ctx.devices.reprint(chosen.receipt_no)
        self.banner.show_info(self.tr("Reprinting {number}").format(number=chosen.receipt_no))

    def open_refund(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.kind != "sale":
            return
        dialog = RefundDialog(self.ctx, self, chosen.receipt_no)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.refunded.connect(self.refunded)
        dialog.refunded.connect(lambda _number: self.search())
        self.refund_dialog = dialog
        dialog.finished.connect(self._refund_closed)
        dialog.open()

    def _refund_closed(self) -> None:
        self.refund_dialog = None
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_edit and key == Qt.Key.Key_Down and self.sales:
                self.table.setFocus()
                if self.selected() is None:
                    self.table.selectRow(0)
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_refund()
                return True
        return super().eventFilter(watched, event)
