"""The counter's look: its two colours, large type, and style sheets set only when they change."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

ACCENT = "#c0392b"  # the total, discounts, a changed price
PAY_COLOUR = "#2e7d32"  # the pay button, a sale's change


def enlarge(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """The widget's type ``factor`` times larger (read at arm's length at the counter)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def set_style(widget: QWidget, sheet: str) -> None:
    """A style sheet set only when it changes (setting one re-polishes the widget)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
