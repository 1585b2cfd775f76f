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
caught anywhere on the screen while it is shown (``ui.kit.scan_while_shown``) and a serial
scanner's codes arrive through ``ctx.serial_scanner``; both ring up exactly like a typed code.

The page puts the screen together and rings up what is scanned; its parts, one idea each:
``cart_table`` (the lines), ``totals_panel`` (the totals), ``counter_keys`` (buttons, keys and
shortcuts), ``cart_changes`` (F2-F4, Del, F6-F8, Ctrl+Del) and ``paying`` (F12).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos.cart import Cart, parse_qty_prefix
from pos.clock import utc_now
from pos.errors import CoopError, InputError, NotFound
from pos.money import format_cny
from pos.sale import Sale
from pos.services import carts
from pos.users import Permission
from ui.checkout.cart_changes import CartChanges
from ui.checkout.cart_dialogs import ProductSearchDialog
from ui.checkout.cart_table import CartTable
from ui.checkout.counter_keys import KeyPad, ScanFieldKeys, key_button
from ui.checkout.look import enlarge, set_style
from ui.checkout.paying import Paying
from ui.checkout.totals_panel import TotalsPanel
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.scan_while_shown import ScanWhileShown
from ui.kit.widgets import Banner
from ui.shifts.shift_dialogs import ShiftPanel

log = logging.getLogger(__name__)


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
        self.last_error = ""
        self.last_error_kind = ""  # "not_found" after an unknown code, "refused" after another refusal
        self.unknown_code = ""
        self.busy = False  # a dialog of ours is open: scans wait for it

        self.lines = CartTable(self)
        self.model = self.lines.model
        self.changes = CartChanges(self)
        self.paying = Paying(self)
        self.shift_panel = ShiftPanel(ctx) if self._may(Permission.SHIFT) else None
        self._build()
        self._connect_scanners()
        self.reload()

    # -- building ---------------------------------------------------------------------------------

    def _may(self, permission: str) -> bool:
        actor = self.ctx.actor
        return actor is None or actor.may(permission)

    def _build(self) -> None:
        changes = self.changes

        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanInput")
        self.scan_field.setMinimumHeight(52)
        enlarge(self.scan_field, 1.6)
        self.scan_field.returnPressed.connect(self.enter_typed)
        ScanFieldKeys(
            self.scan_field,
            move=self.lines.move_selection,
            remove=changes.remove_line,
            step=changes.step_quantity,
        )
        self.search_button, self.search_shortcut = key_button(self, "search", "F5", self.open_search)
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

        self.table = self.lines.view
        self.table.clicked.connect(lambda _index: self.scan_field.setFocus())

        self.totals = TotalsPanel()  # large, always visible
        self.last_label = self.totals.last_label  # the last line rung up, or the last sale's change

        self.keys = KeyPad(
            self,
            pay=self.paying.pay,
            actions={
                "quantity": changes.edit_quantity,
                "lineDiscount": changes.edit_line_discount,
                "price": changes.edit_price,
                "removeLine": changes.remove_line,
                "saleDiscount": changes.edit_sale_discount,
                "void": changes.void,
                "suspend": changes.suspend,
                "resume": changes.resume,
                "refund": self.open_refund,
                "recent": self.open_recent,
            },
            may_refund=self._may(Permission.REFUND),
            may_void=self._may(Permission.VOID),
        )

        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self.totals)
        side.addWidget(self.keys)
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

    def retranslate(self) -> None:
        self.scan_field.setPlaceholderText(self.tr("Scan or type a barcode (3* then scan: three of it)"))
        search = self.tr("Search")  # a call of its own: lupdate does not look inside f-strings
        self.search_button.setText(f"{search}  {self.search_button.property('key')}")
        self.keys.retranslate()
        self.totals.retranslate()
        self.model.retranslate()
        self._show_cart()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- scanners ---------------------------------------------------------------------------------

    def _connect_scanners(self) -> None:
        self.scans = ScanWhileShown(self, self.scanned)  # a wedge's codes, anywhere on the screen
        serial = self.ctx.serial_scanner
        if serial is not None:
            serial.scanned.connect(self._serial_scanned)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()

    def _serial_scanned(self, code: str) -> None:
        if not self.isVisible():
            return
        if hasattr(QApplication.activeModalWidget(), "scanned"):
            return  # a dialog that takes scans itself (退货: the receipt number) has this one
        self.scanned(code)

    # -- the cart ---------------------------------------------------------------------------------

    def apply(self, change: Callable[..., Cart], *, select_line: int | None = None) -> bool:
        """One committed change of the counter's cart, ``change(uow, counter_id=this counter,
        at=now)`` (a service of ``pos.services.carts``, its own arguments bound); show the cart it
        returns, or say why it was refused."""
        try:
            cart = change(self.ctx.uow(), counter_id=self.counter_id, at=utc_now())
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
        self.apply(carts.current_cart)

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
        if self.apply(partial(carts.scan, code=code, qty=qty)):
            cart = self.cart
            assert cart is not None
            barcode = _clean(code)
            item = max(cart.items, key=lambda i: (i.barcode == barcode, i.line_no))
            self.lines.select(item.line_no)
            self.last_label.setText(f"{item.name}  ×{item.qty}  {format_cny(item.net_fen)}")
            set_style(self.last_label, "")
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
        if not hasattr(self, "totals"):
            return
        cart = self.cart
        items = cart.items if cart is not None else ()
        self.lines.show_items(items, select_line)
        self.totals.show_cart(cart)
        self.keys.show_cart(bool(items))

    # -- search, refund, recent -------------------------------------------------------------------

    def open_search(self, text: str = "") -> None:
        if not text and self.offer_search.isVisible():
            text = self.unknown_code  # F5 right after an unknown code searches for it, as offered
        dialog = ProductSearchDialog(self.ctx, text or self.scan_field.text().strip(), self)
        accepted = self.run_dialog(dialog) == ProductSearchDialog.DialogCode.Accepted
        barcode = dialog.barcode
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
        self.run_dialog(dialog)
        refund_no = dialog.result_receipt_no
        if refund_no:
            self.last_label.setText(self.tr("Refund %1 recorded").replace("%1", refund_no))
            self.sale_recorded.emit(refund_no)

    def open_recent(self) -> None:
        from ui.checkout.recent_sales_dialog import RecentSalesDialog

        dialog = RecentSalesDialog(self.ctx, self)
        dialog.refunded.connect(self.sale_recorded)
        self.run_dialog(dialog)

    def run_dialog(self, dialog: Any) -> int:
        """A dialog of the counter's, modal: scans wait for it, and the scan field has the keys after.
        What ``exec`` returned (accepted or not)."""
        self.busy = True
        try:
            return int(dialog.exec())
        finally:
            self.busy = False
            dialog.deleteLater()
            self.scan_field.setFocus()


def _clean(code: str) -> str:
    from pos.barcodes import clean_scan, normalise_barcode

    try:
        return normalise_barcode(clean_scan(code))
    except CoopError:
        return code


def warm_up(ctx: AppContext) -> None:
    """The counter's first queries run once while the PIN is typed, acting as nobody: nothing is
    shown and nothing is written."""
    carts.warm_up(ctx.login_uow(), counter_id=ctx.config.counter_id)
