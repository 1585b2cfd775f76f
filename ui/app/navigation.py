"""The navigation down the main window's left side: one tall entry per screen, with its keyboard
shortcut drawn at the right edge (Ctrl+1 … Ctrl+6, like tabs in a browser)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

# Item data roles of the navigation list.
PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1

NAV_ITEM_HEIGHT = 56  # px: a comfortable finger target on a counter touch screen
HINT_SCALE = 0.62  # the shortcut's size beside the screen's name


def shortcut_for(position: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+6, like tabs in a browser.

    Function keys stay free for the checkout screen (pay, void, look up), where a POS
    cashier expects them; a keyboard-wedge scanner never sends Ctrl, so it cannot jump screens.
    """
    return QKeySequence(f"Ctrl+{position + 1}")


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def _hint_font(font: QFont) -> QFont:
    hint = QFont(font)
    hint.setPointSizeF(hint.pointSizeF() * HINT_SCALE)
    return hint


class NavigationDelegate(QStyledItemDelegate):
    """Draws each entry tall enough to touch, with its keyboard shortcut at the right edge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), NAV_ITEM_HEIGHT))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        hint = index.data(SHORTCUT_ROLE)
        if not hint:
            return
        painter.save()
        painter.setFont(_hint_font(option.font))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(0, 0, -12, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(hint))
        painter.restore()


class Navigation(QListWidget):
    """One entry per screen key, in order; the item's ``PAGE_KEY_ROLE`` is its key."""

    def __init__(self, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setItemDelegate(NavigationDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.NoFrame)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.setFont(font)
        for key in keys:
            item = QListWidgetItem()
            item.setData(PAGE_KEY_ROLE, key)
            self.addItem(item)

    def set_labels(self, labels: Mapping[str, str], shortcuts: Mapping[str, QKeySequence]) -> None:
        """Name each entry (``labels[key]``) and show its shortcut; wide enough for the widest."""
        for position in range(self.count()):
            item = self.item(position)
            key = item.data(PAGE_KEY_ROLE)
            shortcut_text = _native(shortcuts[key])
            item.setText(labels[key])
            item.setData(SHORTCUT_ROLE, shortcut_text)
            item.setToolTip(f"{labels[key]} ({shortcut_text})")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, shortcut_text)
        metrics = QFontMetrics(self.font())
        hint_metrics = QFontMetrics(_hint_font(self.font()))
        widest_label = max(metrics.horizontalAdvance(text) for text in labels.values())
        widest_hint = max(hint_metrics.horizontalAdvance(_native(keys)) for keys in shortcuts.values())
        # left padding + label + gap + hint + right margin
        self.setFixedWidth(max(200, 18 + widest_label + 28 + widest_hint + 16))
