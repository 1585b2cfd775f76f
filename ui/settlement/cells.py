"""The settlement screens' tables and cells: money right-aligned (red when negative) holding its
fen, text with its tooltip, and the tinted totals row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from pos.money import format_cny
from ui.kit.tables import table

TOTAL_BACKGROUND = "#eef3ea"
REFUND_BACKGROUND = "#fdecea"
NEGATIVE_COLOUR = "#b71c1c"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def cny(fen: int) -> str:
    return format_cny(fen)


def number_item(fen: int, *, bold: bool = False) -> QTableWidgetItem:
    """An amount, right-aligned, red when negative; the item's user data is its fen."""
    item = QTableWidgetItem(cny(fen))
    item.setTextAlignment(RIGHT)
    item.setData(Qt.ItemDataRole.UserRole, fen)
    if fen < 0:
        item.setForeground(QBrush(QColor(NEGATIVE_COLOUR)))
    if bold:
        _bold(item)
    return item


def text_item(text: str, *, bold: bool = False, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if text:
        item.setToolTip(text)
    if right:
        item.setTextAlignment(RIGHT)
    if bold:
        _bold(item)
    return item


def _bold(item: QTableWidgetItem) -> None:
    font = item.font()
    font.setBold(True)
    item.setFont(font)


def settlement_table(columns: int, object_name: str) -> QTableWidget:
    """A read-only table, one row selected at a time; each screen sets its columns' widths."""
    t = table(columns, object_name)
    header = t.horizontalHeader()
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    return t


def tint_row(t: QTableWidget, row: int, colour: str = TOTAL_BACKGROUND, *, selectable: bool = True) -> None:
    """Colour the background of ``row``'s cells (a totals row; optionally not selectable)."""
    for column in range(t.columnCount()):
        item = t.item(row, column)
        if item is not None:
            item.setBackground(QBrush(QColor(colour)))
            if not selectable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
