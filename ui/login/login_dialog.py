"""Logging in at the counter: a login code, a masked PIN, and a PIN pad for a finger or a mouse.

The PIN is checked off the GUI thread (scrypt takes a moment). A refusal (wrong PIN, a user
locked after five wrong tries, with the minutes left) is said under the PIN, which is cleared
for the next try. At the start of the day and after logging out there is no way past the
dialog but a login (or quitting the app); the quick switch of cashiers may be cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos.clock import utc_now
from pos.errors import CoopError
from pos.services.users import login
from pos.users import Actor, check_pin_format
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import ERROR_COLOUR, muted

PAD_BUTTON_SIZE = (88, 60)  # px: a finger's target on a counter touch screen
MAX_PIN = 8


def pin_edit() -> QLineEdit:
    """A masked field that takes 0–8 digits."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
    edit.setMaxLength(MAX_PIN)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return edit


def read_pin(edit: QLineEdit, language: str) -> tuple[str, str]:
    """The PIN typed, and what is wrong with it ("" when nothing)."""
    try:
        return check_pin_format(edit.text()), ""
    except CoopError as error:
        return edit.text(), error.message(language)


class PadMessage(QLabel):
    """What is wrong with a login, in red, in a space kept for it: the PIN pad never jumps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_message(self, text: str) -> None:
        self.setText(text)


def credential_rows(rows: Sequence[tuple[QLabel, QLineEdit]]) -> QGridLayout:
    """Labels right-aligned and centred on their fields, the fields taking the width."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(10)
    for row, (label, edit) in enumerate(rows):
        label.setBuddy(edit)
        label.setFont(edit.font())
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(edit, row, 1)
    grid.setColumnStretch(1, 1)
    return grid


class PinPad(QWidget):
    """Digits 1–9, ←, 0 and OK as big buttons. A digit goes into the field last focused among
    ``fields`` (the last one until another is); the buttons never take the focus away from it."""

    entered = Signal()

    def __init__(self, fields: Sequence[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.fields = list(fields)
        self.target = self.fields[-1]
        for field in self.fields:
            field.installEventFilter(self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        for position, key in enumerate(keys):
            button = QPushButton("←" if key == "back" else key)
            button.setObjectName(f"pad_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setMinimumSize(*PAD_BUTTON_SIZE)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setFont(font)
            button.clicked.connect(lambda _checked=False, k=key: self.press(k))
            grid.addWidget(button, position // 3, position % 3)
            self.buttons[key] = button
        self.buttons["ok"].setStyleSheet(
            "QPushButton { background: #2f6f4e; color: white; border-radius: 4px; }"
            "QPushButton:disabled { background: #9bb8a8; }"
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons["ok"].setText(self.tr("OK"))
        self.buttons["back"].setToolTip(self.tr("Delete the last digit (Backspace)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit) and watched in self.fields:
            self.target = watched
        return False

    def press(self, key: str) -> None:
        if key == "ok":
            self.entered.emit()
        elif key == "back":
            self.target.backspace()
        else:
            self.target.insert(key)
        if key != "ok":
            self.target.textEdited.emit(self.target.text())


class LoginDialog(QDialog):
    """Who is at the counter: ``logged_in`` carries the Actor. ``can_cancel``: the quick switch
    (Cancel keeps the user who was there); else only ``quit_requested`` leaves without a login."""

    logged_in = Signal(object)
    quit_requested = Signal()

    def __init__(
        self, ctx: AppContext, *, can_cancel: bool = False, code: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.ctx = ctx
        self.can_cancel = can_cancel
        self.busy = False
        self.actor: Actor | None = None

        self.title = QLabel(ctx.config.shop_name)
        self.title.setObjectName("loginTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = muted(QLabel())
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)

        field_font = QFont(self.font())
        field_font.setPointSizeF(field_font.pointSizeF() * 1.4)
        self.code_edit = QLineEdit(code)
        self.code_edit.setObjectName("loginCode")
        self.code_edit.setMaxLength(16)
        self.pin_edit = pin_edit()
        self.pin_edit.setObjectName("loginPin")
        for edit in (self.code_edit, self.pin_edit):
            edit.setFont(field_font)
            edit.setMinimumHeight(44)
        self.message = PadMessage()
        self.message.setObjectName("loginMessage")
        self.code_label = QLabel()
        self.pin_label = QLabel()
        form = credential_rows([(self.code_label, self.code_edit), (self.pin_label, self.pin_edit)])

        self.pad = PinPad([self.code_edit, self.pin_edit])
        self.ok_button = self.pad.buttons["ok"]
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("cancel" if can_cancel else "quit")
        self.leave_button.setAutoDefault(False)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.leave_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.pad, 1)
        layout.addLayout(bottom)

        self.code_edit.returnPressed.connect(self._code_entered)
        self.pin_edit.returnPressed.connect(self.submit)
        self.code_edit.textEdited.connect(lambda _text: self.message.set_message(""))
        self.pin_edit.textEdited.connect(lambda _text: self.message.set_message(""))
        self.pad.entered.connect(self.submit)
        self.leave_button.clicked.connect(self._leave)
        self.setMinimumWidth(400)
        self.retranslate()
        (self.pin_edit if code else self.code_edit).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in — coop-pos"))
        self.hint.setText(self.tr("Enter your login and PIN"))
        self.code_label.setText(self.tr("&Login"))
        self.pin_label.setText(self.tr("&PIN"))
        self.code_edit.setPlaceholderText(self.tr("e.g. C01"))
        self.pin_edit.setPlaceholderText(self.tr("4–8 digits"))
        if self.can_cancel:
            self.leave_button.setText(self.tr("Cancel"))
            self.leave_button.setToolTip(self.tr("Stay logged in as before (Esc)"))
        else:
            self.leave_button.setText(self.tr("Quit coop-pos"))
            self.leave_button.setToolTip(self.tr("Close the app"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- leaving ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.can_cancel:
            event.accept()  # Esc never leaves the login screen of a locked counter
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel the switch; on a locked counter, closing the dialog quits the app."""
        if not self.can_cancel:
            self.quit_requested.emit()
        super().reject()

    def _leave(self) -> None:
        self.reject()

    # -- logging in -------------------------------------------------------------------------------

    def _code_entered(self) -> None:
        if self.code_edit.text().strip():
            self.pin_edit.setFocus()
            self.pin_edit.selectAll()

    def submit(self) -> None:
        if self.busy:
            return
        language = screen_language()
        code = self.code_edit.text().strip()
        if not code:
            self.message.set_message(self.tr("Enter your login"))
            self.code_edit.setFocus()
            return
        pin, problem = read_pin(self.pin_edit, language)
        if problem:
            self.message.set_message(problem)
            self.pin_edit.setFocus()
            return
        self._set_busy(True)
        ctx = self.ctx

        def work() -> Actor:
            return login(ctx.login_uow(), code=code, pin=pin, now=utc_now())

        run_op(
            self,
            work,
            on_done=self._done,
            on_error=self._refused,
            on_finally=lambda: self._set_busy(False),
            label="log in",
        )

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.logged_in.emit(actor)
        self.accept()

    def _refused(self, error: CoopError) -> None:
        self.message.set_message(error.message(screen_language()))
        self.pin_edit.clear()
        self.pin_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)
