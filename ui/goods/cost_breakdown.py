"""The public cost breakdown (公开成本) of a product: its named costs, and how its price splits today.

``CostTable`` edits the components (name, amount); ``SplitPanel`` shows a ``PriceComposition``
from ``pos.costs.compose_price``: the co-op's commission, the recommender's share, the host's share,
and within it each listed cost and the maker's margin (negative in red, with its minus sign).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.costs import COMMON_COMPONENTS, MAX_COMPONENTS, CostComponent, PriceComposition
from pos.errors import InputError
from pos.money import format_bp, format_cny, format_yuan, parse_fen
from ui.kit.widgets import ERROR_COLOUR, MUTED_COLOUR

NAME, AMOUNT = 0, 1
# Colours of the parts of the price, in the bar and beside each row.
PART_COLOURS = {"coop": "#2f6f4e", "rec": "#d89a1e", "cost": "#8d99ae", "margin": "#7cb889"}


class _NameDelegate(QStyledItemDelegate):
    """Edits a component's name with the common names offered as you type."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(list(COMMON_COMPONENTS), editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        editor.setCompleter(completer)
        return editor


class CostTable(QWidget):
    """An editable table of named cost components, with rows to add and remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("costTable")
        self.table.setItemDelegateForColumn(NAME, _NameDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AMOUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(AMOUNT, 120)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setTabKeyNavigation(True)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

        self.add_button = QPushButton()
        self.add_button.setObjectName("addCost")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeCost")
        self.remove_button.clicked.connect(self.remove_current_row)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CostTable", "Cost"),
                QCoreApplication.translate("CostTable", "Amount"),
            ]
        )
        self.add_button.setText(QCoreApplication.translate("CostTable", "&Add cost"))
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "CostTable", "Add a row: 原料, 人工, 包装, 物流, … or a name of your own"
            )
        )
        self.remove_button.setText(QCoreApplication.translate("CostTable", "Remove cost"))

    # -- rows -------------------------------------------------------------------------------------

    def add_row(self, name: str | None = None, amount: str = "", *, edit: bool = True) -> int:
        """A new row, named after the first common component not listed yet unless ``name`` is given."""
        if self.table.rowCount() >= MAX_COMPONENTS:
            return -1
        if name is None:
            used = {self._text(r, NAME) for r in range(self.table.rowCount())}
            name = next((n for n in COMMON_COMPONENTS if n not in used), "")
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        amount_item = QTableWidgetItem(amount)
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, AMOUNT, amount_item)
        self.table.blockSignals(False)
        self._update_buttons()
        if edit:
            column = AMOUNT if name else NAME
            self.table.setCurrentCell(row, column)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.edit(self.table.model().index(row, column))
        self.changed.emit()
        return row

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._update_buttons()
            self.changed.emit()

    def set_components(self, components: Sequence[CostComponent]) -> None:
        self.table.setRowCount(0)
        for component in components:
            self.add_row(component.name, format_yuan(component.amount_fen), edit=False)
        self._update_buttons()
        self.changed.emit()

    def set_amount(self, row: int, text: str) -> None:
        item = self.table.item(row, AMOUNT)
        assert item is not None
        item.setText(text)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.table.rowCount() < MAX_COMPONENTS)
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def components(self) -> tuple[CostComponent, ...]:
        """The rows as components (blank rows skipped), or an InputError naming the row."""
        out = []
        for row in range(self.table.rowCount()):
            name, amount = self._text(row, NAME), self._text(row, AMOUNT)
            if not name and not amount:
                continue
            if not name:
                raise InputError(
                    f"第 {row + 1} 行成本项没有名称", f"cost component on row {row + 1} has no name"
                )
            out.append(CostComponent(name, parse_fen(amount, field=name)))
        return tuple(out)


class SplitBar(QWidget):
    """One bar across: the co-op's commission, the recommender's share, each cost and the margin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitBar")
        self.setMinimumHeight(18)
        self.setMaximumHeight(18)
        self.parts: list[tuple[int, str]] = []  # (fen, colour)

    def set_parts(self, parts: list[tuple[int, str]]) -> None:
        self.parts = [(fen, colour) for fen, colour in parts if fen > 0]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        total = sum(fen for fen, _ in self.parts)
        if total <= 0:
            return
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 1, 0, -1)
        x = float(rect.left())
        for fen, colour in self.parts:
            width = rect.width() * fen / total
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()), QColor(colour))
            painter.setPen(QColor("white"))
            painter.drawLine(QPointF(x + width, rect.top()), QPointF(x + width, rect.bottom()))
            x += width
        painter.end()


class SplitPanel(QFrame):
    """How one unit's price splits today, with the listed costs and the margin inside the host's share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(12, 10, 12, 10)
        self.body: QWidget | None = None
        self.grid = QGridLayout()
        self.amounts: dict[str, QLabel] = {}  # "price", "coop", "rec", "host", "margin", "cost:原料"…
        self.composition: PriceComposition | None = None
        self.bar: SplitBar | None = None
        self.show_unknown("")

    def _clear(self) -> None:
        """Start a fresh body: the old one is hidden at once and deleted by the event loop."""
        self.bar = None
        self.amounts = {}
        if self.body is not None:
            self.body.hide()
            self.outer.removeWidget(self.body)
            self.body.deleteLater()
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.outer.addWidget(self.body)

    def _row(
        self, key: str, title: str, fen: int, *, indent: int = 0, bold: bool = False, colour: str = ""
    ) -> None:
        row = self.grid.rowCount()
        swatch = f'<span style="color:{colour}">■</span>&nbsp;' if colour else "&nbsp;&nbsp;&nbsp;"
        name = QLabel(f"{swatch}{html.escape(title)}")
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setContentsMargins(indent * 20, 0, 0, 0)
        amount = QLabel(format_cny(fen))
        amount.setObjectName(f"amount_{key}")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if fen < 0:
            amount.setStyleSheet(f"color: {ERROR_COLOUR};")
        if bold:
            for label in (name, amount):
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(amount, row, 1)
        self.amounts[key] = amount

    def show_composition(self, c: PriceComposition, *, has_recommender: bool) -> None:
        self._clear()
        self.composition = c
        bar = SplitBar()
        bar.set_parts(
            [(c.coop_fen, PART_COLOURS["coop"]), (c.rec_fen, PART_COLOURS["rec"])]
            + [(k.amount_fen, PART_COLOURS["cost"]) for k in c.components]
            + [(c.margin_fen, PART_COLOURS["margin"])]
        )
        self.bar = bar
        self.grid.addWidget(bar, self.grid.rowCount(), 0, 1, 2)
        self._row("price", QCoreApplication.translate("SplitPanel", "Price"), c.price_fen, bold=True)
        self._row(
            "coop",
            QCoreApplication.translate("SplitPanel", "Co-op commission (%1)").replace(
                "%1", format_bp(c.coop_bp)
            ),
            c.coop_fen,
            colour=PART_COLOURS["coop"],
        )
        if has_recommender:
            self._row(
                "rec",
                QCoreApplication.translate("SplitPanel", "Recommender's share (%1)").replace(
                    "%1", format_bp(c.rec_bp)
                ),
                c.rec_fen,
                colour=PART_COLOURS["rec"],
            )
        self._row("host", QCoreApplication.translate("SplitPanel", "Host's share"), c.host_fen, bold=True)
        for component in c.components:
            self._row(
                f"cost:{component.name}",
                component.name,
                component.amount_fen,
                indent=1,
                colour=PART_COLOURS["cost"],
            )
        self._row(
            "margin",
            QCoreApplication.translate("SplitPanel", "Maker's margin"),
            c.margin_fen,
            indent=1,
            bold=True,
            colour=PART_COLOURS["margin"] if c.margin_fen >= 0 else ERROR_COLOUR,
        )
        if c.margin_fen < 0:
            self._note(
                QCoreApplication.translate("SplitPanel", "The listed costs are more than the host's share.")
            )

    def show_unknown(self, reason: str) -> None:
        """No split to show (the price or a rate is not valid yet): say why."""
        self._clear()
        self.composition = None
        self._note(reason or QCoreApplication.translate("SplitPanel", "Enter a price to see how it splits."))

    def _note(self, text: str) -> None:
        note = QLabel(text)
        note.setObjectName("splitNote")
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.grid.addWidget(note, self.grid.rowCount(), 0, 1, 2)

    def amount_text(self, key: str) -> str:
        label = self.amounts.get(key)
        return label.text() if label is not None else ""
