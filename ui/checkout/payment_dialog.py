"""收款 (F12): the customer pays, in one method or split across several, and the sale is committed.

The amount field starts at what is still due. A method key takes that amount by that method:
F1 cash (or Enter), F2 WeChat Pay, F3 Alipay, F4 bank card, F5 other; the quick-cash buttons
(F6–F9) take the banknotes a customer is likely to hand over. Once the tenders cover the total,
``pay(tenders)`` commits the sale (one transaction, per ``pos.services.carts.checkout``); a
refusal (a manager's approval declined, a closed period) shows in the dialog, the tenders stay,
and the cashier can change them. ``sale`` holds the sale once it is recorded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.errors import CoopError
from pos.money import format_cny
from pos.sale import Sale, Tender
from pos.tendering import Tendering, quick_cash_amounts
from ui.checkout.look import enlarge
from ui.checkout.methods import METHOD_COLOURS, METHOD_KEYS, method_name
from ui.kit import ops
from ui.kit.widgets import Banner, MoneyEdit

log = logging.getLogger(__name__)

QUICK_KEYS: tuple[str, ...] = ("F6", "F7", "F8", "F9")


class PaymentDialog(QDialog):
    def __init__(
        self,
        due_fen: int,
        pay: Callable[[Sequence[Tender]], Sale],
        *,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.pay = pay
        self.language = language
        self.tendering = Tendering(due_fen)
        self.sale: Sale | None = None
        self.setWindowTitle(self.tr("Payment"))

        # -- the figures, large
        self.due_value = QLabel(format_cny(due_fen))
        self.due_value.setObjectName("due")
        self.paid_value = QLabel()
        self.paid_value.setObjectName("paid")
        self.remaining_value = QLabel()
        self.remaining_value.setObjectName("remaining")
        self.change_value = QLabel()
        self.change_value.setObjectName("change")
        self.due_caption = QLabel(self.tr("Total due"))
        self.paid_caption = QLabel(self.tr("Paid"))
        self.remaining_caption = QLabel(self.tr("Still to pay"))
        self.change_caption = QLabel(self.tr("Change"))
        figures = QGridLayout()
        rows = (
            (self.due_caption, self.due_value, 2.4),
            (self.paid_caption, self.paid_value, 1.4),
            (self.remaining_caption, self.remaining_value, 2.4),
            (self.change_caption, self.change_value, 2.4),
        )
        for row, (caption, value, size) in enumerate(rows):
            enlarge(caption, 1.3)
            enlarge(value, size, bold=True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figures.addWidget(caption, row, 0)
            figures.addWidget(value, row, 1)
        self.remaining_value.setStyleSheet("color: #c62828;")
        self.change_value.setStyleSheet("color: #1b5e20;")
        figures_box = QFrame()
        figures_box.setObjectName("figures")
        figures_box.setStyleSheet(
            "QFrame#figures { background: #fafafa; border: 1px solid #ddd; border-radius: 6px; }"
        )
        figures_box.setLayout(figures)

        self.banner = Banner()

        # -- what is handed over
        self.amount_caption = QLabel(self.tr("Amount received (Enter: cash)"))
        enlarge(self.amount_caption, 1.2)
        self.amount = MoneyEdit()
        self.amount.setObjectName("amount")
        self.amount.setMinimumHeight(56)
        enlarge(self.amount, 2.0, bold=True)
        self.amount.returnPressed.connect(lambda: self.take("cash"))
        self.amount.textEdited.connect(lambda _t: self.banner.clear())

        self.quick_buttons: list[QPushButton] = []
        quick_row = QHBoxLayout()
        for position in range(len(QUICK_KEYS)):
            button = QPushButton()
            button.setObjectName(f"quick{position}")
            button.setMinimumHeight(52)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            enlarge(button, 1.25, bold=True)
            button.clicked.connect(partial(self._quick, position))
            quick_row.addWidget(button)
            self.quick_buttons.append(button)

        self.method_buttons: dict[str, QPushButton] = {}
        method_row = QHBoxLayout()
        for method, key in METHOD_KEYS:
            button = QPushButton(f"{method_name(method)}\n{key}")
            button.setObjectName(f"method_{method}")
            button.setMinimumHeight(72)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            enlarge(button, 1.3, bold=True)
            button.setStyleSheet(
                f"QPushButton {{ color: white; background: {METHOD_COLOURS[method]}; border-radius: 6px; }}"
                "QPushButton:disabled { background: #bdbdbd; }"
            )
            button.clicked.connect(partial(self.take, method))
            method_row.addWidget(button)
            self.method_buttons[method] = button
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(partial(self.take, method))
        for position, key in enumerate(QUICK_KEYS):
            QShortcut(QKeySequence(key), self).activated.connect(partial(self._quick, position))

        self.tender_list = QListWidget()
        self.tender_list.setObjectName("tenders")
        self.tender_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tender_list.setMaximumHeight(110)
        enlarge(self.tender_list, 1.15)
        self.undo_button = QPushButton(self.tr("Remove last payment (Ctrl+Z)"))
        self.undo_button.setObjectName("undoTender")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.remove_last)
        QShortcut(QKeySequence("Ctrl+Z"), self).activated.connect(self.remove_last)
        self.cancel_button = QPushButton(self.tr("Back to the cart (Esc)"))
        self.cancel_button.setObjectName("cancelPayment")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(figures_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.amount_caption)
        layout.addWidget(self.amount)
        layout.addLayout(quick_row)
        layout.addLayout(method_row)
        layout.addWidget(self.tender_list)
        layout.addLayout(bottom)
        self.setMinimumWidth(720)
        self._refresh()
        self.amount.setFocus()

    # -- taking money -----------------------------------------------------------------------------

    def _entered_fen(self) -> int:
        """The amount typed, or what is still due when the field is empty."""
        if not self.amount.text().strip():
            return self.tendering.remaining_fen
        return self.amount.fen(field="收款金额/amount received")

    def take(self, method: str) -> None:
        """Take the amount in the field by ``method``; commit once the total is covered."""
        if self.sale is not None:
            return
        if self.tendering.covered and not self.tendering.tenders:
            self.commit()  # nothing to pay (a gift, everything discounted): no tender needed
            return
        try:
            amount = self._entered_fen()
            self.tendering = self.tendering.add(method, amount)  # type: ignore[arg-type]
        except CoopError as error:
            self.banner.show_error(error.message(self.language))
            self.amount.setFocus()
            self.amount.selectAll()
            return
        self.banner.clear()
        self._refresh()
        if self.tendering.covered:
            self.commit()

    def _quick(self, position: int) -> None:
        amounts = quick_cash_amounts(self.tendering.remaining_fen)
        if position < len(amounts):
            self.amount.set_fen(amounts[position])
            self.take("cash")

    def take_cash(self, amount_fen: int) -> None:
        self.amount.set_fen(amount_fen)
        self.take("cash")

    def remove_last(self) -> None:
        if self.sale is None and self.tendering.tenders:
            self.tendering = self.tendering.remove_last()
            self.banner.clear()
            self._refresh()

    def commit(self) -> None:
        """Record the sale with the tenders taken. A refusal leaves everything as it was."""
        for button in self.method_buttons.values():
            button.setEnabled(False)
        try:
            sale = self.pay(self.tendering.tenders)
        except Exception as error:  # a refusal, or the database failing: nothing was recorded
            # the tenders that made up the total stay listed; the last can be taken back
            if isinstance(error, CoopError):
                self.banner.show_error(error.message(self.language))
            else:
                log.exception("recording the sale failed")
                self.banner.show_error(ops.failure_text(error, self.tr("the sale was not recorded")))
            for button in self.method_buttons.values():
                button.setEnabled(True)
            self.tendering = self.tendering.remove_last()
            self._refresh()
            return
        self.sale = sale
        self.accept()

    # -- showing ----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        t = self.tendering
        self.paid_value.setText(format_cny(t.paid_fen))
        self.remaining_value.setText(format_cny(t.remaining_fen))
        self.change_value.setText(format_cny(t.change_fen))
        self.amount.set_fen(t.remaining_fen if t.remaining_fen else None)
        self.amount.selectAll()
        amounts = quick_cash_amounts(t.remaining_fen)
        for position, button in enumerate(self.quick_buttons):
            if position < len(amounts):
                label = self.tr("Exact") if position == 0 else self.tr("Cash")
                button.setText(f"{label} {format_cny(amounts[position])}  {QUICK_KEYS[position]}")
                button.setVisible(True)
            else:
                button.setVisible(False)
        self.tender_list.clear()
        for tender in t.tenders:
            self.tender_list.addItem(f"{method_name(tender.method)}   {format_cny(tender.amount_fen)}")
        self.undo_button.setEnabled(bool(t.tenders))
