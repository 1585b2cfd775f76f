"""The counter's totals, large and always in view: items, subtotal, sale discount, total, and a
line under them that says what just happened (the line rung up, the change of the last sale)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from pos.cart import Cart
from pos.money import format_cny
from ui.checkout.look import ACCENT, enlarge, set_style


class TotalsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsBox")
        self.setStyleSheet(
            "QFrame#totalsBox { background: #fff8f6; border: 1px solid #e8c4bd; border-radius: 8px; }"
        )
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
            enlarge(caption, 1.2)
            enlarge(value, size, bold=size > 2)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(caption, row, 0)
            totals.addWidget(value, row, 1)
        self.total_value.setStyleSheet(f"color: {ACCENT};")

        self.last_label = QLabel()  # the last line rung up, or the last sale's change
        self.last_label.setObjectName("lastEvent")
        self.last_label.setWordWrap(True)
        self.last_label.setMinimumHeight(60)
        enlarge(self.last_label, 1.3, bold=True)

        layout = QVBoxLayout(self)
        layout.addLayout(totals)
        layout.addWidget(self.last_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.items_caption.setText(self.tr("Items"))
        self.subtotal_caption.setText(self.tr("Subtotal"))
        self.discount_caption.setText(self.tr("Sale discount"))
        self.total_caption.setText(self.tr("Total"))

    def show_cart(self, cart: Cart | None) -> None:
        self.items_value.setText(str(cart.units if cart is not None else 0))
        self.subtotal_value.setText(format_cny(cart.subtotal_fen if cart is not None else 0))
        discount = cart.sale_discount_fen if cart is not None else 0
        self.discount_value.setText(f"-{format_cny(discount)}" if discount else format_cny(0))
        set_style(self.discount_value, f"color: {ACCENT};" if discount else "color: #6b6b6b;")
        self.total_value.setText(format_cny(cart.total_fen if cart is not None else 0))
