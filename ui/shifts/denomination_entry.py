"""点钞 Counting the drawer: one row per denomination (¥100 … ¥0.1), with the total in large text.

Enter moves down a row like Tab (on the last row it goes to the dialog's default button); a
count that is not a whole number is shown in red on its own row, and left out of the total.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos.errors import CoopError
from pos.money import format_cny
from pos.shifts import DENOMINATIONS_FEN, DenominationCount, denomination_label
from ui.kit.widgets import FieldMessage, muted


class CountEdit(QLineEdit):
    """How many notes or coins: Enter moves to the next row instead of closing the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_edit: QLineEdit | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.setMaxLength(7)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.next_edit is not None:
            self.next_edit.setFocus(Qt.FocusReason.TabFocusReason)
            self.next_edit.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)


class DenominationEntry(QWidget):
    """Counts by denomination; ``count()`` reads them back as a DenominationCount."""

    changed = Signal()

    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.edits: dict[int, CountEdit] = {}
        self.subtotals: dict[int, QLabel] = {}
        self.messages: dict[int, FieldMessage] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        previous: CountEdit | None = None
        for row, fen in enumerate(DENOMINATIONS_FEN):
            name = QLabel(denomination_label(fen))
            name.setFont(big)
            edit = CountEdit()
            edit.setObjectName(f"count_{fen}")
            edit.setFont(big)
            edit.setAccessibleName(denomination_label(fen))
            edit.textChanged.connect(self._update)
            subtotal = muted(QLabel(format_cny(0)))
            subtotal.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            subtotal.setMinimumWidth(90)
            message = FieldMessage()
            grid.addWidget(name, 2 * row, 0)
            grid.addWidget(QLabel("×"), 2 * row, 1)
            grid.addWidget(edit, 2 * row, 2)
            grid.addWidget(subtotal, 2 * row, 3)
            grid.addWidget(message, 2 * row + 1, 2, 1, 2)
            if previous is not None:
                previous.next_edit = edit
            previous = edit
            self.edits[fen] = edit
            self.subtotals[fen] = subtotal
            self.messages[fen] = message
        self.total_caption = QLabel(self.tr("Total"))
        self.total_label = QLabel(format_cny(0))
        self.total_label.setObjectName("countTotal")
        total_font = QFont(self.font())
        total_font.setPointSizeF(total_font.pointSizeF() * 2.2)
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.total_caption)
        layout.addWidget(self.total_label)
        edits = list(self.edits.values())
        for before, after in pairwise(edits):
            QWidget.setTabOrder(before, after)

    def first_edit(self) -> CountEdit:
        return self.edits[DENOMINATIONS_FEN[0]]

    def set_next(self, widget: QLineEdit | None) -> None:
        """Where Enter on the last row goes (None: the dialog's default button)."""
        self.edits[DENOMINATIONS_FEN[-1]].next_edit = widget

    def set_pieces(self, pieces: dict[int, int]) -> None:
        for fen, edit in self.edits.items():
            n = pieces.get(fen, 0)
            edit.setText(str(n) if n else "")

    def texts(self) -> dict[int, str]:
        return {fen: edit.text() for fen, edit in self.edits.items()}

    def count(self) -> DenominationCount:
        """The count as typed, or the InputError of the first bad row (also shown in place)."""
        self._update()
        return DenominationCount.parse(self.texts())

    def total_fen(self) -> int:
        """The total of the rows that read as counts (bad rows count nothing)."""
        return DenominationCount.of(self._valid()).total_fen

    def has_errors(self) -> bool:
        return any(not m.isHidden() for m in self.messages.values())

    def _valid(self) -> dict[int, int]:
        valid: dict[int, int] = {}
        for fen, edit in self.edits.items():
            try:
                valid[fen] = DenominationCount.parse({fen: edit.text()}).total_fen // fen
            except CoopError:
                continue
        return valid

    def _update(self) -> None:
        valid = self._valid()
        for fen, edit in self.edits.items():
            if fen in valid:
                self.messages[fen].set_message("")
                self.subtotals[fen].setText(format_cny(fen * valid[fen]))
            else:
                try:
                    DenominationCount.parse({fen: edit.text()})
                except CoopError as error:
                    self.messages[fen].set_message(error.message(self.language))
                self.subtotals[fen].setText("—")
        self.total_label.setText(format_cny(self.total_fen()))
        self.changed.emit()
