"""The counter's keys: a button per action showing its key (F2 … F12), the key a shortcut of the
window (the pay button and the cart's keys make the key pad beside the cart), and the keys typed
in the scan field that act on the cart (Up/Down, Delete, + and -, Esc)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.checkout.look import PAY_COLOUR, enlarge

# the cart's keys on the pad, two to a row: (the button's objectName, its key)
CART_KEYS = (
    ("quantity", "F2"),
    ("lineDiscount", "F3"),
    ("price", "F4"),
    ("removeLine", "Del"),
    ("saleDiscount", "F6"),
    ("void", "Ctrl+Del"),
    ("suspend", "F7"),
    ("resume", "F8"),
    ("refund", "F9"),
    ("recent", "F10"),
)
# the keys that act on the cart's lines or the cart as it is: off while it is empty
_NEED_ITEMS = ("quantity", "lineDiscount", "price", "removeLine", "saleDiscount", "suspend")


def key_button(
    screen: QWidget, name: str, key: str, action: Callable[[], None], *, big: bool = False
) -> tuple[QPushButton, QShortcut]:
    """A button named ``name`` that does ``action``, and ``key`` doing it too while ``screen`` is shown."""
    button = QPushButton()
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
    button.setMinimumHeight(64 if big else 52)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    enlarge(button, 1.5 if big else 1.1, bold=big)
    button.clicked.connect(lambda _checked=False: action())  # not clicked's bool as an argument
    button.setProperty("key", key)
    shortcut = QShortcut(QKeySequence(key), screen)
    # The window's key while this screen is shown; never a dialog's (a dialog over the
    # checkout is a window of its own, but a child: WidgetWithChildren would take its F2).
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(action)
    return button, shortcut


class KeyPad(QWidget):
    """The pay button (F12) and the cart's keys under it, two to a row, each showing its key;
    the keys work while ``screen`` is shown. ``actions``: what each of ``CART_KEYS`` does."""

    def __init__(
        self,
        screen: QWidget,
        *,
        pay: Callable[[], None],
        actions: Mapping[str, Callable[[], None]],
        may_refund: bool,
        may_void: bool,
    ) -> None:
        super().__init__()
        self.may_void = may_void
        self.shortcuts: dict[str, QShortcut] = {}
        self.pay_button = self._button(screen, "pay", "F12", pay, big=True)
        self.pay_button.setMinimumHeight(80)
        self.pay_button.setStyleSheet(
            f"QPushButton {{ color: white; background: {PAY_COLOUR}; border-radius: 8px; }}"
            "QPushButton:disabled { background: #bdbdbd; }"
        )
        self.buttons = {name: self._button(screen, name, key, actions[name]) for name, key in CART_KEYS}
        # Delete is the scan field's own key while it has text (handled in ScanFieldKeys)
        self.shortcuts["removeLine"].setEnabled(False)
        grid = QGridLayout()
        grid.setSpacing(6)
        for position, button in enumerate(self.action_buttons()):
            grid.addWidget(button, position // 2, position % 2)
        self.buttons["refund"].setEnabled(may_refund)
        self.buttons["void"].setEnabled(may_void)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.pay_button)
        layout.addLayout(grid)
        self.retranslate()

    def _button(
        self, screen: QWidget, name: str, key: str, action: Callable[[], None], *, big: bool = False
    ) -> QPushButton:
        button, self.shortcuts[name] = key_button(screen, name, key, action, big=big)
        return button

    def action_buttons(self) -> tuple[QPushButton, ...]:
        return tuple(self.buttons[name] for name, _key in CART_KEYS)

    def retranslate(self) -> None:
        labels = {
            "pay": self.tr("Pay"),
            "quantity": self.tr("Quantity"),
            "lineDiscount": self.tr("Line discount"),
            "price": self.tr("Change price"),
            "removeLine": self.tr("Remove line"),
            "saleDiscount": self.tr("Sale discount"),
            "suspend": self.tr("Suspend"),
            "resume": self.tr("Resume"),
            "refund": self.tr("Refund"),
            "recent": self.tr("Recent sales"),
            "void": self.tr("Void cart"),
        }
        for button in (self.pay_button, *self.action_buttons()):
            button.setText(f"{labels[button.objectName()]}  {button.property('key')}")

    def show_cart(self, has_items: bool) -> None:
        """The keys that need a line, and paying, only while the cart has one."""
        for name in _NEED_ITEMS:
            self.buttons[name].setEnabled(has_items)
        self.buttons["void"].setEnabled(has_items and self.may_void)
        self.pay_button.setEnabled(has_items)


class ScanFieldKeys(QObject):
    """Keys typed in the scan field that act on the cart: Up/Down pick a line; with the field
    empty, Delete removes the line and + / - change its quantity; Esc clears the field."""

    def __init__(
        self,
        field: QLineEdit,
        *,
        move: Callable[[int], None],
        remove: Callable[[], None],
        step: Callable[[int], None],
    ) -> None:
        super().__init__(field)
        self.field = field
        self.move, self.remove, self.step = move, remove, step
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        empty = not self.field.text()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_Escape and not empty:
            self.field.clear()
            return True
        if empty and key == Qt.Key.Key_Delete:
            self.remove()
            return True
        if empty and event.text() in ("+", "-"):
            self.step(1 if event.text() == "+" else -1)
            return True
        return False
