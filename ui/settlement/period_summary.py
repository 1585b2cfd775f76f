"""What a period is (closed, or a draft that follows the books), what it sold and who gets what,
over the hosts' table; and its payments by method, shop-wide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from pos.sale import PAYMENT_METHODS, PAYMENT_NAMES_ZH
from pos.services.statements import PeriodView
from pos.statements import Status
from ui.kit.language import screen_language
from ui.kit.widgets import muted
from ui.settlement.cells import cny
from ui.settlement.settlement_tables import HOST_FIELDS

SUMMARY_KEYS = ("sales", "refunds", "net", "commission", "rec", "host", "charges", "payable")
CLOSED_COLOUR = "#1b5e20"
DRAFT_COLOUR = "#8a5a00"


class PeriodSummary(QFrame):
    """The period's totals (``values[key]`` for each of ``SUMMARY_KEYS``) and its payments; its
    ``status_label`` (已结算 or 草稿) goes beside the screen's title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = QLabel()
        self.status_label.setObjectName("periodStatus")
        status_font = QFont(self.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 1.1)
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        self.setObjectName("summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.15)
        value_font.setBold(True)
        for index, key in enumerate(SUMMARY_KEYS):
            row, col = divmod(index, 4)
            label, value = muted(QLabel()), QLabel("–")
            value.setObjectName(f"summary_{key}")
            value.setFont(value_font)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.labels[key], self.values[key] = label, value
            grid.addWidget(label, row, col * 2)
            grid.addWidget(value, row, col * 2 + 1)
        self.payments_title = muted(QLabel())
        self.payments_value = QLabel()
        self.payments_value.setObjectName("summary_payments")
        grid.addWidget(self.payments_title, 2, 0)
        grid.addWidget(self.payments_value, 2, 1, 1, 7)
        for col in (1, 3, 5, 7):
            grid.setColumnStretch(col, 1)
        self.view: PeriodView | None = None
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "sales": self.tr("Sales"),
            "refunds": self.tr("Refunds"),
            "net": self.tr("Net sales"),
            "commission": self.tr("Co-op commission"),
            "rec": self.tr("Recommender fees"),
            "host": self.tr("Host share"),
            "charges": self.tr("Charges"),
            "payable": self.tr("Payable"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
        self.payments_title.setText(self.tr("Payments"))
        self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_view(self, view: PeriodView | None) -> None:
        """The totals of ``view`` (None: dashes); payments only for the shop-wide view."""
        self.view = view
        if view is None:
            self.status_label.setText("")
            for value in self.values.values():
                value.setText("–")
            self.payments_value.setText("")
            return
        self.status_label.setText(self.status_text(view.status))
        self.status_label.setStyleSheet(f"color: {CLOSED_COLOUR if view.status.closed else DRAFT_COLOUR};")
        s = view.settlement
        for key, value in self.values.items():
            value.setText(cny(s.total(HOST_FIELDS[key])))
        zh = not screen_language().lower().startswith("en")
        self.payments_title.setVisible(view.shop_wide)
        self.payments_value.setVisible(view.shop_wide)
        self.payments_value.setText(
            "   ".join(
                f"{PAYMENT_NAMES_ZH[m] if zh else m} {cny(s.payments.get(m, 0))}" for m in PAYMENT_METHODS
            )
        )

    def status_text(self, status: Status) -> str:
        """已结算 with who and when, or 草稿 (the figures follow the books)."""
        if status.closed:
            closed_at = status.closed_local()
            when = closed_at.strftime("%Y-%m-%d %H:%M") if closed_at is not None else ""
            return (
                self.tr("Closed · %1 · by %2 on %3")
                .replace("%1", status.number)
                .replace("%2", status.closed_by or "–")
                .replace("%3", when)
            )
        draft = self.tr("Draft · %1 · the figures follow the books until the period is closed")
        return draft.replace("%1", status.number)
