"""The lines of a sale being refunded: what was sold, given back and left, and per line how many
units come back now (a spin box capped at what is left) and whether they are damaged."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos.money import format_cny
from pos.sale import RefundRequest
from pos.sales_history import RefundableSale

COLUMNS = 8
COL_NAME, COL_SOLD, COL_PAID, COL_DONE, COL_LEFT, COL_UNITS, COL_AMOUNT, COL_DAMAGED = range(COLUMNS)


class RefundLinesTable(QTableWidget):
    """One row per line of the original; ``changed`` whenever a quantity or a damaged box changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self.setObjectName("refundLines")
        self.sale: RefundableSale | None = None
        self.spins: list[QSpinBox] = []
        self.damaged: list[QCheckBox] = []
        self.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Sold"),
                self.tr("Paid"),
                self.tr("Refunded"),
                self.tr("Left"),
                self.tr("Refund now"),
                self.tr("Refund amount"),
                self.tr("Damaged"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(44)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)

    def show_sale(self, sale: RefundableSale | None) -> None:
        self.sale = sale
        self.spins, self.damaged = [], []
        self.setRowCount(0)
        if sale is None:
            return
        self.setRowCount(len(sale.lines))
        for row, line in enumerate(sale.lines):
            cells = {
                COL_NAME: f"{line.line.product_name}  {line.line.barcode}",
                COL_SOLD: str(line.qty),
                COL_PAID: format_cny(line.line.net_fen),
                COL_DONE: str(line.refunded),
                COL_LEFT: str(line.left),
                COL_AMOUNT: format_cny(0),
            }
            for col, text in cells.items():
                item = QTableWidgetItem(text)
                if col != COL_NAME:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, item)
            spin = QSpinBox()
            spin.setObjectName(f"units{row}")
            spin.setRange(0, line.left)  # never more than is left to refund
            spin.setEnabled(line.left > 0)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(lambda _value: self.changed.emit())
            box = QCheckBox(self.tr("Not back in stock"))
            box.setObjectName(f"damaged{row}")
            box.setEnabled(line.left > 0)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.setCellWidget(row, COL_UNITS, spin)
            self.setCellWidget(row, COL_DAMAGED, box)
            self.spins.append(spin)
            self.damaged.append(box)

    def requests(self) -> list[RefundRequest]:
        if self.sale is None:
            return []
        return [
            RefundRequest(line.line_no, spin.value(), damaged=box.isChecked())
            for line, spin, box in zip(self.sale.lines, self.spins, self.damaged, strict=True)
            if spin.value() > 0
        ]

    def refund_all(self) -> None:
        for spin in self.spins:
            spin.setValue(spin.maximum())

    def focus_first(self) -> None:
        """The first line that has something left, ready for a quantity to be typed."""
        first = next((s for s in self.spins if s.maximum() > 0), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def show_amounts(self) -> int:
        """Each line's refund for its quantity, split per docs/domain.md; returns the refund's total."""
        if self.sale is None:
            return 0
        for row, (line, spin) in enumerate(zip(self.sale.lines, self.spins, strict=True)):
            item = self.item(row, COL_AMOUNT)
            if item is not None:
                item.setText(
                    format_cny(self.sale.refund_total_fen([RefundRequest(line.line_no, spin.value())]))
                )
        return self.sale.refund_total_fen(self.requests())

    def refunded(self) -> None:
        """The refund was recorded: what is left now, as a reload would show it; nothing to change."""
        for row, spin in enumerate(self.spins):
            done, left = self.item(row, COL_DONE), self.item(row, COL_LEFT)
            if spin.value() and done is not None and left is not None:
                done.setText(str(int(done.text()) + spin.value()))
                left.setText(str(int(left.text()) - spin.value()))
        for widget in (*self.spins, *self.damaged):
            widget.setEnabled(False)
