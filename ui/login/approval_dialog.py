"""A manager approves on the spot: their login and PIN, typed at the counter the cashier stands at.

``request_approval(parent, ctx, reason)`` is what the checkout calls when a service raises
``ApprovalNeeded``: it returns the approving manager (to pass as ``approver=`` when trying again)
or None when nobody approved. The PIN is checked by ``pos.services.users.approve`` off the GUI
thread; a wrong PIN counts towards locking that manager, and a PIN of someone who may not
approve (a cashier) is refused in words, in place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.clock import utc_now
from pos.errors import CoopError
from pos.services.users import approve
from pos.users import Actor
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.login.login_dialog import PadMessage, PinPad, credential_rows, pin_edit, read_pin


class ApprovalDialog(QDialog):
    """``approved`` carries the manager who approved; ``approver`` holds them afterwards."""

    approved = Signal(object)

    def __init__(self, ctx: AppContext, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.ctx = ctx
        self.busy = False
        self.approver: Actor | None = None

        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.reason = QLabel(reason)
        self.reason.setObjectName("approvalReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(
            "QLabel { background: #fff8e1; border: 1px solid #e0b000; border-radius: 4px; padding: 8px; }"
        )
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("approverCode")
        self.code_edit.setMaxLength(16)
        self.pin_edit = pin_edit()
        self.pin_edit.setObjectName("approverPin")
        field_font = QFont(self.font())
        field_font.setPointSizeF(field_font.pointSizeF() * 1.25)
        for edit in (self.code_edit, self.pin_edit):
            edit.setMinimumHeight(40)
            edit.setFont(field_font)
        self.code_label = QLabel()
        self.pin_label = QLabel()
        form = credential_rows([(self.code_label, self.code_edit), (self.pin_label, self.pin_edit)])
        self.message = PadMessage()
        self.message.setObjectName("approvalMessage")
        self.pad = PinPad([self.code_edit, self.pin_edit])
        self.ok_button = self.pad.buttons["ok"]
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.pad, 1)
        layout.addLayout(bottom)

        self.code_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self.submit)
        self.pad.entered.connect(self.submit)
        for edit in (self.code_edit, self.pin_edit):
            edit.textEdited.connect(lambda _text: self.message.set_message(""))
        self.setMinimumWidth(420)
        self.retranslate()
        self.code_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A manager's approval"))
        self.heading.setText(self.tr("A manager approves with their PIN"))
        self.code_label.setText(self.tr("Manager's &login"))
        self.pin_label.setText(self.tr("&PIN"))
        self.code_edit.setPlaceholderText(self.tr("e.g. M01"))
        self.pin_edit.setPlaceholderText(self.tr("4–8 digits"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Not approved: go back to the cart (Esc)"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the wrapped reason makes Qt settle for its minimum height, which crops the pad's last row
        self.resize(self.size().expandedTo(self.sizeHint()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        if self.busy:
            return
        code = self.code_edit.text().strip()
        if not code:
            self.message.set_message(self.tr("Enter the manager's login"))
            self.code_edit.setFocus()
            return
        pin, problem = read_pin(self.pin_edit, screen_language())
        if problem:
            self.message.set_message(problem)
            self.pin_edit.setFocus()
            return
        self._set_busy(True)
        ctx = self.ctx

        def work() -> Actor:
            return approve(ctx.login_uow(), code=code, pin=pin, now=utc_now())

        run_op(
            self,
            work,
            on_done=self._done,
            on_error=self._refused,
            on_finally=lambda: self._set_busy(False),
            label="approve",
        )

    def _done(self, approver: Actor) -> None:
        self.approver = approver
        self.approved.emit(approver)
        self.accept()

    def _refused(self, error: CoopError) -> None:
        self.message.set_message(error.message(screen_language()))
        self.pin_edit.clear()
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)


def request_approval(parent: QWidget | None, ctx: AppContext, reason_text: str) -> Actor | None:
    """Ask a manager to approve ``reason_text`` (e.g. ApprovalNeeded's message); their Actor, or
    None when the dialog was cancelled. Modal: the cart waits for the answer."""
    dialog = ApprovalDialog(ctx, reason_text, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    try:
        dialog.exec()
        return dialog.approver
    finally:
        dialog.deleteLater()
