"""结算并关账: the confirmation before a period is closed for good."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pos.services.statements import PeriodView
from ui.settlement.cells import cny


class ClosePeriodDialog(QDialog):
    """结算并关账: the period, its number and payable totals; a manager types 结账 to confirm (or,
    for a user who may not close, the page asks a manager's PIN after this)."""

    def __init__(self, view: PeriodView, *, needs_approval: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closePeriodDialog")
        self.view = view
        self.needs_approval = needs_approval
        s, status = view.settlement, view.status
        self.setWindowTitle(self.tr("Settle and close the period"))
        heading = QLabel(
            self.tr("Close %1 (%2)?").replace("%1", str(status.period)).replace("%2", status.number)
        )
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        figures = QLabel(
            self.tr(
                "%1 hosts · net sales %2 · host share %3 · charges %4\nPayable to hosts %5 · "
                "carried forward %6 · recommender fees %7"
            )
            .replace("%1", str(len(s.hosts)))
            .replace("%2", cny(s.total("net_sales_fen")))
            .replace("%3", cny(s.total("host_share_fen")))
            .replace("%4", cny(s.total("charges_fen")))
            .replace("%5", cny(s.total("payable_fen")))
            .replace("%6", cny(s.total("carried_forward_fen")))
            .replace("%7", cny(s.recommender_fees_fen))
        )
        figures.setObjectName("closeFigures")
        figures.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "Closing stores these figures and statements as they are. It cannot be undone: the "
                "period can never be reopened or overlapped, and no sale, refund or charge dated in it "
                "can be added."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(
            "QLabel { background: #fff8e1; border: 1px solid #e0b000; border-radius: 4px; padding: 8px; }"
        )
        self.word = self.tr("CLOSE")
        self.prompt = QLabel()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirmWord")
        self.confirm_edit.setMaxLength(16)
        self.go = QPushButton()
        self.go.setObjectName("confirmClose")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Esc cancels; Enter closes only once the word is typed
        cancel.clicked.connect(self.reject)
        self.go.setAutoDefault(False)
        self.go.clicked.connect(self.accept)
        if needs_approval:
            self.prompt.setText(self.tr("A manager approves with their PIN next."))
            self.confirm_edit.hide()
            self.go.setText(self.tr("Ask a manager…"))
            self.go.setDefault(True)
        else:
            self.prompt.setText(self.tr("Type %1 to confirm:").replace("%1", self.word))
            self.prompt.setBuddy(self.confirm_edit)
            self.go.setText(self.tr("Close the period"))
            self.go.setEnabled(False)
            self.confirm_edit.textChanged.connect(lambda _t: self.go.setEnabled(self.confirmed()))
            self.confirm_edit.returnPressed.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(cancel)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.prompt)
        confirm_row.addWidget(self.confirm_edit, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(figures)
        layout.addWidget(warning)
        layout.addLayout(confirm_row)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        if not needs_approval:
            self.confirm_edit.setFocus()

    def confirmed(self) -> bool:
        typed = self.confirm_edit.text().strip().casefold()
        return self.needs_approval or typed in {self.word.casefold(), "close", "结账"}

    def accept(self) -> None:
        if self.confirmed():
            super().accept()
