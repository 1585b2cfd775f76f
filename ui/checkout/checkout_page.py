"""收银台: the screen the cashier lives in. Scan, adjust, take payment, refund, keyboard first.

Every change to the cart goes through ``pos.services.carts``, which commits it before it returns:
the screen only ever shows a cart that is already in the database, so a crash, a killed process
or a power cut brings back exactly what was on screen. Paying commits the sale in one
transaction; the receipt and the cash drawer come after, through ``ctx.devices``, and can never
undo it.

Keys (each shown on its button): Enter scans what is typed (``3*`` then a scan rings up three),
F2 quantity, F3 line discount, F4 price, Del remove the line, F5 search, F6 sale discount,
F7 suspend (挂单), F8 resume (取单), F9 refund, F10 recent sales, F12 payment, Ctrl+Del void the
cart; Up/Down pick a line, + and - change its quantity. A keyboard-wedge scanner's burst is
caught anywhere on the screen (``ui.kit.scanner.WedgeScanner``) and a serial scanner's codes arrive
through ``ctx.serial_scanner``; both ring up exactly like a typed code.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.cart import Cart, CartItem, check_qty, parse_qty_prefix
from pos.errors import CoopError, InputError, NotFound, RuleError
from pos.money import format_cny, parse_fen
from pos.sale import Sale, Tender
from pos.services import carts
from pos.services.checkout import ApprovalNeeded
from pos.tendering import parse_discount
from pos.users import Actor, Permission
from ui.checkout.cart_dialogs import ProductSearchDialog, ResumeDialog, ask_value
from ui.checkout.payment_dialog import PaymentDialog, method_name
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.scanner import WedgeScanner
from ui.kit.times import local_time
from ui.kit.widgets import Banner
from ui.login.approval_dialog import request_approval
from ui.shifts.shift_dialogs import OpenShiftDialog, ShiftPanel

log = logging.getLogger(__name__)

ACCENT = "#c0392b"
PAY_COLOUR = "#2e7d32"


def _now() -> datetime:
    return datetime.now(UTC)


def _font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


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


class _ScanFieldKeys(QObject):
    """Keys typed in the scan field that act on the cart: Up/Down pick a line; with the field
    empty, Delete removes the line and + / - change its quantity; Esc clears the field."""

    def __init__(self, page: CheckoutPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        page = self.page
        empty = not page.scan_field.text()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            page.move_selection(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_Escape and not empty:
            page.scan_field.clear()
            return True
        if empty and key == Qt.Key.Key_Delete:
            page.remove_line()
            return True
        if empty and event.text() in ("+", "-"):
            page.step_quantity(1 if event.text() == "+" else -1)
            return True
        return False


class CheckoutPage(QWidget):
    """The counter. ``cart`` is always the cart as committed in the database."""

    # a sale or refund was recorded: its receipt number (tests and the window listen)
    sale_recorded = Signal(str)
    # the cart on screen changed (after it was committed)
    cart_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_checkout")
        self.ctx = ctx
        self.counter_id = ctx.config.counter_id
        self.language = ctx.config.language
        self.cart: Cart | None = None
        self.last_sale: Sale | None = None
        self._payment_key = uuid.uuid4().hex  # one payment's, however often it is tried
        self.last_error = ""
        self.last_error_kind = ""  # "not_found" after an unknown code, "refused" after another refusal
        self.unknown_code = ""
        self.busy = False  # a dialog of ours is open: scans wait for it

        self.model = CartModel(self)
        self.shift_panel = ShiftPanel(ctx) if self._may(Permission.SHIFT) else None
        self._build()
        self._connect_scanners()
        self.reload()

    # -- building ---------------------------------------------------------------------------------

    def _may(self, permission: str) -> bool:
        actor = self.ctx.actor
        return actor is None or actor.may(permission)

    def _button(self, name: str, key: str, action: Callable[[], None], *, big: bool = False) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setMinimumHeight(64 if big else 52)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        _font(button, 1.5 if big else 1.1, bold=big)
        button.clicked.connect(lambda _checked=False: action())  # not clicked's bool as an argument
        button.setProperty("key", key)
        shortcut = QShortcut(QKeySequence(key), self)
        # The window's key while this screen is shown; never a dialog's (a dialog over the
        # checkout is a window of its own, but a child: WidgetWithChildren would take its F2).
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(action)
        self.shortcuts[name] = shortcut
        return button

    def _build(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}

        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanInput")
        self.scan_field.setMinimumHeight(52)
        _font(self.scan_field, 1.6)
        self.scan_field.returnPressed.connect(self.enter_typed)
        self.scan_field.installEventFilter(_ScanFieldKeys(self))
        self.search_button = self._button("search", "F5", self.open_search)
        self.search_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.search_button.setMinimumWidth(150)
        top = QHBoxLayout()
        top.addWidget(self.scan_field, 1)
        top.addWidget(self.search_button)

        self.banner = Banner()
        self.offer_search = QPushButton()
        self.offer_search.setObjectName("offerSearch")
        self.offer_search.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.offer_search.clicked.connect(lambda: self.open_search(self.unknown_code))
        self.offer_search.hide()
        message_row = QHBoxLayout()
        message_row.addWidget(self.banner, 1)
        message_row.addWidget(self.offer_search)

        self.table = QTableView()
        self.table.setObjectName("cartTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        _font(self.table, 1.25)
        # Widths from the font, once: measuring every row on each change (ResizeToContents) costs
        # more than the scan itself.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (0, "888"),
            (2, "H0888"),
            (3, "¥8,888.88"),
            (4, "8888"),
            (5, "-¥888.88"),
            (6, "¥88,888.88"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.table.clicked.connect(lambda _index: self.scan_field.setFocus())

        # -- the totals, large, always visible
        self.items_caption = QLabel()
        self.items_value = QLabel()
        self.items_value.setObjectName("itemCount")
        self.subtotal_caption = QLabel()
        self.subtotal_value = QLabel()
        self.subtotal_value.setObjectName("subtotal")
        self.discount_caption = QLabel()
        self.discount_value = QLabel()
        self.discount_value.setObjectName("saleDiscount")
        self.total_caption = QLabel()
        self.total_value = QLabel()
        self.total_value.setObjectName("total")
        totals = QGridLayout()
        totals.setVerticalSpacing(4)
        for row, (caption, value, size) in enumerate(
            (
                (self.items_caption, self.items_value, 1.3),
                (self.subtotal_caption, self.subtotal_value, 1.3),
                (self.discount_caption, self.discount_value, 1.3),
                (self.total_caption, self.total_value, 3.2),
            )
        ):
            _font(caption, 1.2)
            _font(value, size, bold=size > 2)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(caption, row, 0)
            totals.addWidget(value, row, 1)
        self.total_value.setStyleSheet(f"color: {ACCENT};")

        self.last_label = QLabel()  # the last line rung up, or the last sale's change
        self.last_label.setObjectName("lastEvent")
        self.last_label.setWordWrap(True)
        self.last_label.setMinimumHeight(60)
        _font(self.last_label, 1.3, bold=True)

        totals_box = QFrame()
        totals_box.setObjectName("totalsBox")
        totals_box.setStyleSheet(
            "QFrame#totalsBox { background: #fff8f6; border: 1px solid #e8c4bd; border-radius: 8px; }"
        )
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.addLayout(totals)
        totals_layout.addWidget(self.last_label)

        self.pay_button = self._button("pay", "F12", self.pay, big=True)
        self.pay_button.setMinimumHeight(80)
        self.pay_button.setStyleSheet(
            f"QPushButton {{ color: white; background: {PAY_COLOUR}; border-radius: 8px; }}"
            "QPushButton:disabled { background: #bdbdbd; }"
        )

        self.qty_button = self._button("quantity", "F2", self.edit_quantity)
        self.discount_button = self._button("lineDiscount", "F3", self.edit_line_discount)
        self.price_button = self._button("price", "F4", self.edit_price)
        self.remove_button = self._button("removeLine", "Del", self.remove_line)
        self.sale_discount_button = self._button("saleDiscount", "F6", self.edit_sale_discount)
        self.suspend_button = self._button("suspend", "F7", self.suspend)
        self.resume_button = self._button("resume", "F8", self.resume)
        self.refund_button = self._button("refund", "F9", self.open_refund)
        self.recent_button = self._button("recent", "F10", self.open_recent)
        self.void_button = self._button("void", "Ctrl+Del", self.void)
        # Delete is the scan field's own key while it has text (handled in _ScanFieldKeys)
        self.shortcuts["removeLine"].setEnabled(False)
        grid = QGridLayout()
        grid.setSpacing(6)
        for position, button in enumerate(self.action_buttons()):
            grid.addWidget(button, position // 2, position % 2)
        self.refund_button.setEnabled(self._may(Permission.REFUND))
        self.void_button.setEnabled(self._may(Permission.VOID))

        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(totals_box)
        side.addWidget(self.pay_button)
        side.addLayout(grid)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(400)

        left = QVBoxLayout()
        left.addLayout(top)
        left.addLayout(message_row)
        left.addWidget(self.table, 1)
        if self.shift_panel is not None:
            left.addWidget(self.shift_panel)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(left, 1)
        layout.addWidget(side_widget)
        self.setFocusProxy(self.scan_field)
        self.retranslate()

    def action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.qty_button,
            self.discount_button,
            self.price_button,
            self.remove_button,
            self.sale_discount_button,
            self.void_button,
            self.suspend_button,
            self.resume_button,
            self.refund_button,
            self.recent_button,
        )

    def retranslate(self) -> None:
        self.scan_field.setPlaceholderText(self.tr("Scan or type a barcode (3* then scan: three of it)"))
        labels = {
            self.search_button: self.tr("Search"),
            self.pay_button: self.tr("Pay"),
            self.qty_button: self.tr("Quantity"),
            self.discount_button: self.tr("Line discount"),
            self.price_button: self.tr("Change price"),
            self.remove_button: self.tr("Remove line"),
            self.sale_discount_button: self.tr("Sale discount"),
            self.suspend_button: self.tr("Suspend"),
            self.resume_button: self.tr("Resume"),
            self.refund_button: self.tr("Refund"),
            self.recent_button: self.tr("Recent sales"),
            self.void_button: self.tr("Void cart"),
        }
        for button, text in labels.items():
            button.setText(f"{text}  {button.property('key')}")
        self.items_caption.setText(self.tr("Items"))
        self.subtotal_caption.setText(self.tr("Subtotal"))
        self.discount_caption.setText(self.tr("Sale discount"))
        self.total_caption.setText(self.tr("Total"))
        self.model.retranslate()
        self._show_cart()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- scanners ---------------------------------------------------------------------------------

    def _connect_scanners(self) -> None:
        self.wedge = WedgeScanner(self)
        self.wedge.scanned.connect(self.scanned)
        serial = self.ctx.serial_scanner
        if serial is not None:
            serial.scanned.connect(self._serial_scanned)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.wedge.install(self)
        self.scan_field.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.wedge.uninstall()
        super().hideEvent(event)

    def _serial_scanned(self, code: str) -> None:
        if not self.isVisible():
            return
        if hasattr(QApplication.activeModalWidget(), "scanned"):
            return  # a dialog that takes scans itself (退货: the receipt number) has this one
        self.scanned(code)

    # -- the cart ---------------------------------------------------------------------------------

    def _apply(self, change: Callable[[], Cart], *, select_line: int | None = None) -> bool:
        """Run one committed cart change; show the cart it returns, or say why it was refused."""
        try:
            cart = change()
        except CoopError as error:
            self.last_error_kind = "not_found" if isinstance(error, NotFound | InputError) else "refused"
            self.show_error(error.message(self.language))
            return False
        except Exception as error:  # the database gone or locked: said in words, the cart as it was
            log.exception("a cart change failed")
            self.last_error_kind = "failed"
            self.show_error(ops.failure_text(error, self.tr("the cart was not changed")))
            return False
        self.last_error_kind = ""
        self.cart = cart
        self.banner.clear()
        self.offer_search.hide()
        self._show_cart(select_line)
        self.cart_changed.emit()
        return True

    def reload(self) -> None:
        """The counter's open cart from the database (after a restart: exactly as it was left)."""
        ctx = self.ctx
        self._apply(lambda: carts.current_cart(ctx.uow(), counter_id=self.counter_id, at=_now()))

    def scanned(self, code: str) -> None:
        """A code from a scanner: a ``3*`` typed in the field before it sets the quantity."""
        if self.busy or QApplication.activeModalWidget() is not None:
            self.show_error(
                self.tr("Finish the open window first: the scan %1 was not rung up").replace("%1", code)
            )
            QApplication.beep()
            return
        typed = self.scan_field.text().strip()
        qty = None
        if typed.endswith("*"):
            try:
                qty, _rest = parse_qty_prefix(typed)
            except CoopError as error:
                self.show_error(error.message(self.language))
                return
        self.scan_field.clear()
        self.ring_up(code, qty or 1)

    def enter_typed(self) -> None:
        """Enter in the scan field: ``CODE``, ``3*CODE``; words that are not a code open the search."""
        text = self.scan_field.text().strip()
        if not text:
            return
        try:
            qty, code = parse_qty_prefix(text)
        except CoopError as error:
            self.show_error(error.message(self.language))
            return
        if not code:
            return  # "3*": waiting for the scan
        self.scan_field.clear()
        if not (code.isascii() and code.replace("-", "").isalnum()):
            self.open_search(code)
            return
        self.ring_up(code, qty or 1)

    def ring_up(self, code: str, qty: int = 1) -> bool:
        ctx = self.ctx
        if self._apply(
            lambda: carts.scan(ctx.uow(), counter_id=self.counter_id, code=code, at=_now(), qty=qty)
        ):
            cart = self.cart
            assert cart is not None
            barcode = _clean(code)
            item = max(cart.items, key=lambda i: (i.barcode == barcode, i.line_no))
            self._select(item.line_no)
            self.last_label.setText(f"{item.name}  ×{item.qty}  {format_cny(item.net_fen)}")
            _set_style(self.last_label, "")
            if ctx.devices is not None:
                ctx.devices.show_item(item.name, item.price_fen * qty, self.total_fen())
            return True
        if self.last_error_kind == "not_found":
            self.unknown_code = code
            self.offer_search.setText(self.tr("Search for “%1”  F5").replace("%1", code))
            self.offer_search.show()
        QApplication.beep()
        return False

    def show_error(self, text: str) -> None:
        self.last_error = text
        self.banner.show_error(text)

    def total_fen(self) -> int:
        cart = self.cart
        return 0 if cart is None else cart.total_fen

    def _show_cart(self, select_line: int | None = None) -> None:
        if not hasattr(self, "total_value"):
            return
        cart = self.cart
        previous = self.selected_line()
        items = cart.items if cart is not None else ()
        self.model.set_items(items)
        self.items_value.setText(str(cart.units if cart is not None else 0))
        self.subtotal_value.setText(format_cny(cart.subtotal_fen if cart is not None else 0))
        discount = cart.sale_discount_fen if cart is not None else 0
        self.discount_value.setText(f"-{format_cny(discount)}" if discount else format_cny(0))
        _set_style(self.discount_value, f"color: {ACCENT};" if discount else "color: #6b6b6b;")
        self.total_value.setText(format_cny(self.total_fen()))
        target = select_line if select_line is not None else previous
        if target is not None and any(i.line_no == target for i in items):
            self._select(target)
        elif items:
            self._select(items[-1].line_no)
        has_items = bool(items)
        for button in (
            self.qty_button,
            self.discount_button,
            self.price_button,
            self.remove_button,
            self.sale_discount_button,
            self.suspend_button,
        ):
            button.setEnabled(has_items)
        self.void_button.setEnabled(has_items and self._may(Permission.VOID))
        self.pay_button.setEnabled(has_items)

    def _select(self, line_no: int) -> None:
        if self.selected_line() == line_no:
            return
        for row, item in enumerate(self.model.items):
            if item.line_no == line_no:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def selected_line(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
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
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else len(items) - 1
        self.table.selectRow(min(max(row + step, 0), len(items) - 1))

    def _need_line(self) -> CartItem | None:
        item = self.selected_item()
        if item is None:
            self.show_error(self.tr("Pick a line first (Up/Down)"))
        return item

    # -- changing lines ---------------------------------------------------------------------------

    def _ask(
        self, title: str, prompt: str, parse: Callable[[str], Any], *, text: str = "", hint: str = ""
    ) -> Any:
        self.busy = True
        try:
            return ask_value(self, title, prompt, parse, language=self.language, text=text, hint=hint)
        finally:
            self.busy = False
            self.scan_field.setFocus()

    def edit_quantity(self) -> None:
        item = self._need_line()
        if item is None:
            return
        qty = self._ask(
            self.tr("Quantity"),
            item.name,
            lambda text: check_qty(_parse_int(text)),
            text=str(item.qty),
        )
        if qty is not None:
            self.set_quantity(item.line_no, qty)

    def set_quantity(self, line_no: int, qty: int) -> bool:
        ctx = self.ctx
        return self._apply(
            lambda: carts.set_quantity(
                ctx.uow(), counter_id=self.counter_id, line_no=line_no, qty=qty, at=_now()
            ),
            select_line=line_no,
        )

    def step_quantity(self, step: int) -> None:
        item = self._need_line()
        if item is None:
            return
        if item.qty + step < 1:
            self.remove_line()
            return
        self.set_quantity(item.line_no, item.qty + step)

    def edit_line_discount(self) -> None:
        item = self._need_line()
        if item is None:
            return
        base = item.gross_fen
        discount = self._ask(
            self.tr("Line discount"),
            self.tr("%1: %2 before discount").replace("%1", item.name).replace("%2", format_cny(base)),
            lambda text: parse_discount(text, base),
            hint=self.tr("An amount (5 or 5.50) or a percentage (10%); 0 takes the discount off"),
        )
        if discount is not None:
            self.set_line_discount(item.line_no, discount)

    def set_line_discount(self, line_no: int, discount_fen: int) -> bool:
        ctx = self.ctx
        return self._apply(
            lambda: carts.set_line_discount(
                ctx.uow(), counter_id=self.counter_id, line_no=line_no, discount_fen=discount_fen, at=_now()
            ),
            select_line=line_no,
        )

    def edit_price(self) -> None:
        item = self._need_line()
        if item is None:
            return
        price = self._ask(
            self.tr("Change price"),
            self.tr("%1: list price %2")
            .replace("%1", item.name)
            .replace("%2", format_cny(item.list_price_fen)),
            lambda text: _price_or_none(text, item.list_price_fen),
            text=f"{item.price_fen / 100:.2f}",
            hint=self.tr(
                "Empty: back to the list price. A cashier's price cut over the limit needs a manager."
            ),
        )
        if price is not None:
            self.set_price(item.line_no, None if price == -1 else price)

    def set_price(self, line_no: int, price_fen: int | None) -> bool:
        ctx = self.ctx
        return self._apply(
            lambda: carts.set_price(
                ctx.uow(), counter_id=self.counter_id, line_no=line_no, unit_price_fen=price_fen, at=_now()
            ),
            select_line=line_no,
        )

    def remove_line(self) -> None:
        item = self._need_line()
        if item is None:
            return
        ctx = self.ctx
        self._apply(
            lambda: carts.remove_line(ctx.uow(), counter_id=self.counter_id, line_no=item.line_no, at=_now())
        )

    def edit_sale_discount(self) -> None:
        cart = self.cart
        if cart is None or not cart.items:
            return
        base = cart.subtotal_fen
        discount = self._ask(
            self.tr("Sale discount"),
            self.tr("Subtotal %1").replace("%1", format_cny(base)),
            lambda text: parse_discount(text, base),
            hint=self.tr("An amount (5 or 5.50) or a percentage (10%); 0 takes the discount off"),
        )
        if discount is not None:
            self.set_sale_discount(discount)

    def set_sale_discount(self, discount_fen: int) -> bool:
        ctx = self.ctx
        return self._apply(
            lambda: carts.set_sale_discount(
                ctx.uow(), counter_id=self.counter_id, discount_fen=discount_fen, at=_now()
            )
        )

    # -- suspend, resume, void --------------------------------------------------------------------

    def suspend(self) -> None:
        cart = self.cart
        if cart is None or not cart.items:
            return
        default = local_time(self.ctx, _now(), "%H:%M") + f" {format_cny(self.total_fen())}"
        label = self._ask(
            self.tr("Suspend the cart"),
            self.tr("A name to find it again (the customer's name, or leave as it is)"),
            lambda text: text.strip() or default,
            text=default,
        )
        if label is not None:
            self.suspend_as(label)

    def suspend_as(self, label: str) -> bool:
        ctx = self.ctx
        done = self._apply(
            lambda: carts.suspend(ctx.uow(), counter_id=self.counter_id, label=label, at=_now())
        )
        if done:
            self.last_label.setText(self.tr("Suspended: %1").replace("%1", label))
            self._clear_display()
        return done

    def resume(self) -> None:
        ctx = self.ctx
        try:
            parked = carts.suspended_carts(ctx.read_uow(), counter_id=self.counter_id)
        except CoopError as error:
            self.show_error(error.message(self.language))
            return
        if not parked:
            self.show_error(self.tr("No suspended carts"))
            return
        dialog = ResumeDialog(ctx, parked, lambda at: local_time(ctx, at, "%m-%d %H:%M"), self)
        self.busy = True
        try:
            accepted = dialog.exec() == ResumeDialog.DialogCode.Accepted
            cart_id = dialog.cart_id
        finally:
            self.busy = False
            dialog.deleteLater()
            self.scan_field.setFocus()
        if accepted and cart_id is not None:
            self.resume_cart(cart_id)

    def resume_cart(self, cart_id: int) -> bool:
        ctx = self.ctx
        return self._apply(
            lambda: carts.resume(ctx.uow(), counter_id=self.counter_id, cart_id=cart_id, at=_now())
        )

    def void(self) -> None:
        cart = self.cart
        if cart is None or not cart.items:
            return
        reason = self._ask(
            self.tr("Void the cart"),
            self.tr("Void all %1 items (%2)? This is logged. Why?")
            .replace("%1", str(cart.units))
            .replace("%2", format_cny(self.total_fen())),
            lambda text: _reason(text),
        )
        if reason is not None:
            self.void_with(reason)

    def void_with(self, reason: str) -> bool:
        ctx = self.ctx
        done = self._apply(
            lambda: carts.void_cart(ctx.uow(), counter_id=self.counter_id, at=_now(), reason=reason)
        )
        if done:
            self.last_label.setText(self.tr("Cart voided"))
            self._clear_display()
        return done

    def _clear_display(self) -> None:
        if self.ctx.devices is not None:
            self.ctx.devices.clear_display()

    # -- search, refund, recent -------------------------------------------------------------------

    def open_search(self, text: str = "") -> None:
        if not text and self.offer_search.isVisible():
            text = self.unknown_code  # F5 right after an unknown code searches for it, as offered
        dialog = ProductSearchDialog(self.ctx, text or self.scan_field.text().strip(), self)
        self.busy = True
        try:
            accepted = dialog.exec() == ProductSearchDialog.DialogCode.Accepted
            barcode = dialog.barcode
        finally:
            self.busy = False
            dialog.deleteLater()
        typed = self.scan_field.text().strip()
        qty, _ = parse_qty_prefix(typed) if typed.endswith("*") else (None, "")
        self.scan_field.clear()
        self.scan_field.setFocus()
        if accepted and barcode:
            self.ring_up(barcode, qty or 1)

    def open_refund(self, receipt_no: str = "") -> None:
        if not self._may(Permission.REFUND):
            return
        from ui.checkout.refund_dialog import RefundDialog  # loaded when first opened: a quicker start

        dialog = RefundDialog(self.ctx, self, receipt_no=receipt_no)
        self._run_dialog(dialog)
        refund_no = dialog.result_receipt_no
        if refund_no:
            self.last_label.setText(self.tr("Refund %1 recorded").replace("%1", refund_no))
            self.sale_recorded.emit(refund_no)

    def open_recent(self) -> None:
        from ui.checkout.recent_sales_dialog import RecentSalesDialog

        dialog = RecentSalesDialog(self.ctx, self)
        dialog.refunded.connect(self.sale_recorded)
        self._run_dialog(dialog)

    def _run_dialog(self, dialog: Any) -> None:
        self.busy = True
        try:
            dialog.exec()
        finally:
            self.busy = False
            dialog.deleteLater()
            self.scan_field.setFocus()

    # -- payment ----------------------------------------------------------------------------------

    def shift_open(self) -> bool:
        """Whether this counter has a shift open (a cashier sells only inside one)."""
        from pos.services import shifts

        try:
            return shifts.current_shift(self.ctx.read_uow(), counter_id=self.counter_id) is not None
        except CoopError:
            return False

    def pay(self) -> None:
        cart = self.cart
        if cart is None or not cart.items:
            return
        if not self.shift_open():
            if self.shift_panel is None:
                self.show_error(self.tr("No shift is open at this counter: a cashier opens one first"))
                return
            self.show_error(self.tr("Open a shift first: the float is counted before the first sale"))
            self._run_dialog(OpenShiftDialog(self.ctx, self))
            self.shift_panel.refresh()
            if not self.shift_open():
                return
            self.banner.clear()
        if self.ctx.devices is not None:
            self.ctx.devices.show_total(self.total_fen())
        # One key for this payment, however often it is tried: a retry or a lost reply finds the
        # sale already recorded under it, never a second one.
        self._payment_key = uuid.uuid4().hex
        dialog = PaymentDialog(self.total_fen(), self.commit_sale, language=self.language, parent=self)
        self._run_dialog(dialog)
        if dialog.sale is not None:
            self.after_sale(dialog.sale)

    def commit_sale(self, tenders: Sequence[Tender], approver: Actor | None = None) -> Sale:
        """The open cart paid with ``tenders``, in one transaction. Over the discount limit a
        manager approves by PIN and the sale is tried again with them as approver."""
        ctx = self.ctx
        key = self._payment_key

        def attempt(approved_by: Actor | None) -> Sale:
            return carts.checkout(
                ctx.uow(),
                counter_id=self.counter_id,
                tenders=tenders,
                at=_now(),
                timezone=ctx.config.timezone,
                approver=approved_by,
                idempotency_key=key,
            )

        try:
            sale = attempt(approver)
        except ApprovalNeeded as needed:
            manager = request_approval(
                QApplication.activeModalWidget() or self, ctx, needed.message(self.language)
            )
            if manager is None:
                raise
            sale = attempt(manager)
        # Paid and answered: the next cart's payment gets a key of its own. Until then (a refusal,
        # a lost reply), trying again is the same payment.
        self._payment_key = uuid.uuid4().hex
        return sale

    def after_sale(self, sale: Sale) -> None:
        """The sale is in the database: show the change, print, kick the drawer, start a new cart."""
        self.last_sale = sale
        ctx = self.ctx
        if ctx.devices is not None:
            ctx.devices.print_receipt(sale.receipt_no)
            ctx.devices.show_total(sale.total_fen, paid_fen=sale.tendered_fen, change_fen=sale.change_fen)
        methods = " + ".join(method_name(p.method) for p in sale.payments)
        self.last_label.setText(
            self.tr("%1 paid %2. Change: %3")
            .replace("%1", sale.receipt_no)
            .replace("%2", methods or format_cny(0))
            .replace("%3", format_cny(sale.change_fen))
        )
        _set_style(self.last_label, f"color: {PAY_COLOUR};")
        self.reload()
        self.sale_recorded.emit(sale.receipt_no)
        self.scan_field.setFocus()


def _set_style(widget: QWidget, sheet: str) -> None:
    """A style sheet set only when it changes (setting one re-polishes the widget)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def _clean(code: str) -> str:
    from pos.barcodes import clean_scan, normalise_barcode

    try:
        return normalise_barcode(clean_scan(code))
    except CoopError:
        return code


def _parse_int(text: str) -> int:
    import unicodedata

    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise InputError(f"“{text.strip()}” 不是数量", f'"{text.strip()}" is not a quantity')
    return int(cleaned)


def _price_or_none(text: str, list_price_fen: int) -> int:
    """A new unit price in fen; -1 (back to the list price) when empty or equal to it."""
    if not text.strip():
        return -1
    fen = parse_fen(text, field="价格/price")
    return -1 if fen == list_price_fen else fen


def _reason(text: str) -> str:
    reason = text.strip()
    if not reason:
        raise RuleError("请写下作废的原因", "say why the cart is voided")
    return reason


def warm_up(ctx: AppContext) -> None:
    """Compile the counter's first queries (the carts of this counter, a product by barcode) on a
    read that changes nothing, acting as nobody: nothing is shown and nothing is written."""
    uow = ctx.login_uow()
    carts.suspended_carts(uow, counter_id=ctx.config.counter_id)
    try:
        with ctx.login_uow() as read:
            read.products.by_barcode("0000000000000")
    except CoopError:
        pass
