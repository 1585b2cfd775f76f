"""Small widgets the staff screens share: money and rate fields, messages in place, a banner, a question."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pos.errors import CoopError
from pos.money import format_bp, format_yuan, parse_bp, parse_fen

ERROR_COLOUR = "#c62828"
INFO_COLOUR = "#1b5e20"
MUTED_COLOUR = "#6b6b6b"


class MoneyEdit(QLineEdit):
    """An amount in yuan (``12``, ``12.50``, ``¥12.50``), read back as integer fen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setMaxLength(16)

    def fen(self, *, field: str, allow_negative: bool = False) -> int:
        """The amount in fen, or an InputError naming ``field`` (empty is an error too)."""
        return parse_fen(self.text(), field=field, allow_negative=allow_negative)

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else format_yuan(fen))


class RateEdit(QLineEdit):
    """A percentage (``20``, ``7.5%``), read back as basis points; empty may mean "the default"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(8)

    def bp(self, *, field: str) -> int | None:
        """Basis points, None when empty, or an InputError/RuleError naming ``field``."""
        if not self.text().strip():
            return None
        return parse_bp(self.text(), field=field)

    def set_bp(self, bp: int | None) -> None:
        self.setText("" if bp is None else format_bp(bp))


class FieldMessage(QLabel):
    """Red text under a field saying what is wrong with it; takes no room while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.hide()

    def set_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_message(field: QWidget, message: FieldMessage) -> QWidget:
    """A field with its message right under it, for a row of a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


class Banner(QFrame):
    """A non-blocking message across the top of a screen or dialog: an error in red, news in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "error", ERROR_COLOUR, "#fdecea")

    def show_info(self, text: str) -> None:
        self._show(text, "info", INFO_COLOUR, "#e8f5e9")

    def _show(self, text: str, kind: str, colour: str, background: str) -> None:
        self.kind = kind
        self.label.setText(text)
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 1px solid {colour}; border-radius: 4px; }}"
            f"QFrame#banner QLabel {{ color: {colour}; }}"
        )
        self.close_button.setToolTip(QCoreApplication.translate("Banner", "Close this message"))
        self.show()

    def text(self) -> str:
        """What the banner says now ("" while it is hidden)."""
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()


class FormMessages:
    """Where a form shows what is wrong: under the field the error is about, else in its banner.

    ``fields`` maps a field key to its message label; ``words`` maps a field key to the Chinese
    words that the shop's rules (``pos``) use for it, so a refusal from a service lands in place.
    """

    def __init__(
        self, banner: Banner, fields: Mapping[str, FieldMessage], words: Mapping[str, tuple[str, ...]]
    ) -> None:
        self.banner = banner
        self.fields = dict(fields)
        self.words = dict(words)

    def clear(self) -> None:
        self.banner.clear()
        for message in self.fields.values():
            message.set_message("")

    def set(self, key: str, text: str) -> None:
        self.fields[key].set_message(text)

    def field_for(self, error: CoopError) -> str | None:
        for key, words in self.words.items():
            if any(word in error.zh for word in words):
                return key
        return None

    def show(self, error: CoopError, language: str) -> str | None:
        """Show a refusal in place; returns the key of the field it went to (None: the banner)."""
        key = self.field_for(error)
        if key is None:
            self.banner.show_error(error.message(language))
        else:
            self.set(key, error.message(language))
        return key

    def has_errors(self) -> bool:
        return any(not m.isHidden() for m in self.fields.values())


def muted(label: QLabel) -> QLabel:
    label.setStyleSheet(f"color: {MUTED_COLOUR};")
    return label


def ask(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A yes/no question that does not block the event loop; ``on_yes`` runs if the answer is yes.

    No is the default button, so Enter or Esc on a question that deletes something is safe.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("question")
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
