"""退货 Refunds at the counter: scan the original receipt, choose what comes back and how the money
goes back, confirm; the refund gets a receipt number of its own and its receipt prints.

Keys: Enter in the receipt field loads it (a scanner ends with Enter); F1–F5 choose the payout
method (cash, WeChat Pay, Alipay, bank card, other); F6 all that is left; F12 confirms; Esc closes.
The amounts shown are the refund's own lines split per docs/domain.md (``RefundableSale.refund_total_fen``),
so the screen says exactly what will be paid back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.errors import CoopError
from pos.money import format_cny
from pos.sale import PaymentMethod, RefundRequest, Sale, Tender
from pos.sales_history import RefundableSale
from pos.services import checkout, shifts
from pos.services import sales_history as history
from ui.checkout.look import enlarge
from ui.checkout.methods import METHOD_KEYS, method_name
from ui.checkout.refund_lines import RefundLinesTable
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.scan_while_shown import ScanWhileShown
from ui.kit.times import local_time
from ui.kit.widgets import Banner, muted

# the chosen payout stands out: the cashier must see at a glance where the money goes
_CHECKED_STYLE = "QPushButton:checked { background: #1b5e20; color: white; font-weight: bold; }"


class RefundDialog(QDialog):
    """退货: the original receipt's lines, how many of each come back, the payout, confirm."""

    refunded = Signal(str)  # the refund's own receipt number, once it is recorded

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, receipt_no: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund"))
        self.loaded: RefundableSale | None = None
        self.refund: Sale | None = None
        self.result_receipt_no = ""
        self.busy = False  # a refund is being recorded
        self.method: PaymentMethod = "cash"

        # -- the original receipt
        self.receipt_edit = QLineEdit(receipt_no)
        self.receipt_edit.setObjectName("receiptNo")
        self.receipt_edit.setPlaceholderText(self.tr("Scan the receipt's barcode or type its number"))
        self.receipt_edit.setMinimumHeight(44)
        enlarge(self.receipt_edit, 1.4)
        self.receipt_edit.returnPressed.connect(self.load)
        self.find_button = QPushButton(self.tr("Find (Enter)"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.load)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Original receipt"))
        enlarge(caption, 1.2)
        top.addWidget(caption)
        top.addWidget(self.receipt_edit, 1)
        top.addWidget(self.find_button)
        self.sale_info = muted(QLabel())
        self.sale_info.setObjectName("saleInfo")
        self.sale_info.setWordWrap(True)

        # -- its lines
        self.table = RefundLinesTable()
        self.table.changed.connect(self._update_total)
        self.all_button = QPushButton(self.tr("Refund all that is left (F6)"))
        self.all_button.setObjectName("refundAll")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.refund_all)

        # -- how the money goes back
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        self.method_buttons: dict[str, QPushButton] = {}
        methods = QHBoxLayout()
        payout_caption = QLabel(self.tr("Pay back by"))
        enlarge(payout_caption, 1.2)
        methods.addWidget(payout_caption)
        for method, key in METHOD_KEYS:
            button = QPushButton(f"{method_name(method)} ({key})")
            button.setObjectName(f"payout_{method}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(44)
            button.setMinimumWidth(110)
            button.setStyleSheet(_CHECKED_STYLE)
            button.clicked.connect(partial(self.set_method, method))
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            methods.addWidget(button)
            QShortcut(QKeySequence(key), self, partial(self.set_method, method))
        methods.addStretch(1)

        # -- the figures, large
        self.total_caption = QLabel(self.tr("Refund total"))
        enlarge(self.total_caption, 1.4)
        self.total_label = QLabel(format_cny(0))
        self.total_label.setObjectName("refundTotal")
        enlarge(self.total_label, 2.6, bold=True)
        self.hand_back = QLabel()
        self.hand_back.setObjectName("handBack")
        enlarge(self.hand_back, 2.0, bold=True)
        self.hand_back.setStyleSheet("color: #1b5e20;")
        figures = QHBoxLayout()
        figures.addWidget(self.total_caption)
        figures.addWidget(self.total_label)
        figures.addStretch(1)
        figures.addWidget(self.hand_back)
        self.result_label = QLabel()
        self.result_label.setObjectName("refundNumber")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        enlarge(self.result_label, 1.6, bold=True)
        self.result_label.hide()

        self.banner = Banner()
        self.confirm_button = QPushButton(self.tr("Confirm refund (F12)"))
        self.confirm_button.setObjectName("confirmRefund")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setMinimumHeight(52)
        enlarge(self.confirm_button, 1.3, bold=True)
        self.confirm_button.clicked.connect(self.confirm)
        close = QPushButton(self.tr("Close (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.refund_all)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sale_info)
        layout.addWidget(self.table, 1)
        layout.addLayout(methods)
        layout.addLayout(figures)
        layout.addWidget(self.result_label)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.resize(980, 640)
        self.set_method("cash")
        self._show_sale(None)
        self.receipt_edit.setFocus()
        # a receipt's barcode scanned anywhere in the dialog loads it; with the input method off,
        # a pinyin IME left in Chinese mode cannot swallow the scanner's letters
        self.scans = ScanWhileShown(self, self.scanned, serial=ctx.serial_scanner)
        if receipt_no.strip():
            self.load()

    def scanned(self, code: str) -> None:
        """A receipt's barcode read by the serial scanner while this dialog is open: load it."""
        if self.isVisible() and not self.busy:
            self.receipt_edit.setText(code)
            self.load()

    # -- loading the original ---------------------------------------------------------------------

    def load(self) -> None:
        """Look up the receipt in the field (Enter; a scanner ends its code with Enter)."""
        number = self.receipt_edit.text()
        self.banner.clear()
        self.result_label.hide()
        if not number.strip():
            self.banner.show_error(self.tr("Scan or type the original receipt number first."))
            return
        ctx = self.ctx
        self.find_button.setEnabled(False)
        ops.run_op(
            self,
            lambda: history.refundable(ctx.read_uow(), number),
            on_done=self._loaded,
            on_error=self._refused,
            on_finally=lambda: self.find_button.setEnabled(True),
            label="find receipt for refund",
        )

    def _loaded(self, refundable: RefundableSale) -> None:
        self._show_sale(refundable)
        self.receipt_edit.setText(refundable.receipt_no)
        if refundable.units_left == 0:
            self.banner.show_error(self.tr("Everything on this receipt has been refunded already."))
        else:
            self.table.focus_first()

    def _show_sale(self, refundable: RefundableSale | None) -> None:
        self.loaded = refundable
        self.refund = None
        self.table.show_sale(refundable)
        if refundable is None:
            self.sale_info.setText(self.tr("No receipt loaded."))
            self._update_total()
            return
        sale = refundable.sale
        paid = "、".join(f"{method_name(p.method)} {format_cny(p.amount_fen)}" for p in sale.payments)
        info = self.tr("{time} · cashier {cashier} · total {total} · paid {paid}").format(
            time=local_time(self.ctx, sale.at), cashier=sale.cashier or "—",
            total=format_cny(sale.total_fen), paid=paid or "—",
        )  # fmt: skip
        if refundable.refunds:
            done = "、".join(f"{r.receipt_no} {format_cny(-r.total_fen)}" for r in refundable.refunds)
            info += "\n" + self.tr("Refunded before: {refunds}").format(refunds=done)
        self.sale_info.setText(info)
        self.set_method(refundable.default_payout)
        self._update_total()

    def _refused(self, error: CoopError) -> None:
        self._show_sale(None)
        self.banner.show_error(error.message(screen_language()))
        self.receipt_edit.setFocus()
        self.receipt_edit.selectAll()

    # -- choosing -----------------------------------------------------------------------------------

    @property
    def spins(self) -> list[QSpinBox]:
        return self.table.spins

    @property
    def damaged(self) -> list[QCheckBox]:
        return self.table.damaged

    def refund_all(self) -> None:
        self.table.refund_all()

    def set_method(self, method: PaymentMethod) -> None:
        self.method = method
        self.method_buttons[method].setChecked(True)
        self._update_total()

    def requests(self) -> list[RefundRequest]:
        return self.table.requests()

    def _update_total(self) -> None:
        total = self.table.show_amounts()
        self.total_label.setText(format_cny(total))
        if total and self.method == "cash":
            self.hand_back.setText(self.tr("Hand back cash {amount}").format(amount=format_cny(total)))
        elif total:
            self.hand_back.setText(
                self.tr("Back by {method} {amount}").format(
                    method=method_name(self.method), amount=format_cny(total)
                )
            )
        else:
            self.hand_back.setText("")
        self.confirm_button.setEnabled(bool(self.requests()) and self.refund is None and not self.busy)

    # -- confirming ---------------------------------------------------------------------------------

    def confirm(self) -> None:
        self.banner.clear()
        loaded, requests = self.loaded, self.requests()
        if loaded is None:
            self.banner.show_error(self.tr("Scan or type the original receipt number first."))
            return
        if not requests:
            self.banner.show_error(self.tr("Choose how many units of which item come back."))
            return
        if self.busy or self.refund is not None:
            return  # a refund is being recorded, or was: load the receipt again for another
        try:
            total = loaded.refund_total_fen(requests)
        except CoopError as error:
            self.banner.show_error(error.message(screen_language()))
            return
        ctx, method = self.ctx, self.method
        payouts = [Tender(method, total)] if total else []
        cashier = ctx.actor.code if ctx.actor is not None else ""
        self.busy = True
        self.confirm_button.setEnabled(False)

        def work() -> Sale | None:
            # like a sale, a refund happens inside the counter's shift: its Z report counts it
            if shifts.current_shift(ctx.read_uow(), counter_id=ctx.config.counter_id) is None:
                return None
            return checkout.refund_sale(
                ctx.uow(), original_receipt=loaded.receipt_no, requests=requests, payouts=payouts,
                at=datetime.now(UTC), timezone=ctx.config.timezone, counter_id=ctx.config.counter_id,
                cashier=cashier,
            )  # fmt: skip

        ops.run_op(
            self,
            work,
            on_done=self._refunded,
            on_error=self._not_refunded,
            on_finally=self._done,
            label="refund",
            changes={ops.Area.SALES, ops.Area.STOCK},
        )

    def _done(self) -> None:
        self.busy = False
        self._update_total()

    def _not_refunded(self, error: CoopError) -> None:
        self.banner.show_error(error.message(screen_language()))  # the choices stay as they were

    def _refunded(self, refund: Sale | None) -> None:
        if refund is None:
            self.banner.show_error(
                self.tr("No shift is open at counter {counter}: open one first, then refund.").format(
                    counter=self.ctx.config.counter_id
                )
            )
            return
        self.refund = refund
        self.result_receipt_no = refund.receipt_no
        if self.ctx.devices is not None:
            self.ctx.devices.print_receipt(refund.receipt_no)
        self.table.refunded()
        for widget in (*self.method_buttons.values(), self.all_button):
            widget.setEnabled(False)
        self.confirm_button.setEnabled(False)
        self.result_label.setText(self.tr("Refund receipt {number}").format(number=refund.receipt_no))
        self.result_label.show()
        self.banner.show_info(
            self.tr("Refund {number} recorded: {amount} back by {method}.").format(
                number=refund.receipt_no,
                amount=format_cny(-refund.total_fen),
                method=method_name(self.method),
            )
        )
        self.refunded.emit(refund.receipt_no)
