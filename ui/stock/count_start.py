"""盘点, before a count: what to count (everything, one host, one tag) and the counts made before,
whose variance reports can be saved again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos.catalog import Host, Tag
from pos.clock import zone
from pos.stock import ScopeKind, StockCount, count_number
from ui.kit.tables import big_font, cell, table


class CountStart(QWidget):
    """The scope of the next count and the earlier counts; the count panel acts on its buttons."""

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.history: list[StockCount] = []
        self.scope_label, self.host_label, self.tag_label = QLabel(), QLabel(), QLabel()
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("countScope")
        for scope in ("all", "host", "tag"):
            self.scope_combo.addItem("", scope)
        self.host_combo = QComboBox()
        self.host_combo.setObjectName("countHost")
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("countTag")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startCount")
        big_font(self.start_button, 1.3)
        self.history_label = QLabel()
        self.history_table = table(5, "countHistory")
        for i, width in enumerate((100, 220, 120, 160, 160)):
            self.history_table.setColumnWidth(i, width)
        self.history_pdf, self.history_xlsx = QPushButton(), QPushButton()
        row = QHBoxLayout()
        for label, field in (
            (self.scope_label, self.scope_combo),
            (self.host_label, self.host_combo),
            (self.tag_label, self.tag_combo),
        ):
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1)
        row.addWidget(self.start_button)
        exports = QHBoxLayout()
        exports.addWidget(self.history_label)
        exports.addStretch(1)
        exports.addWidget(self.history_pdf)
        exports.addWidget(self.history_xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addLayout(exports)
        layout.addWidget(self.history_table, 1)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_fields())

    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("&Count"))
        for i, text in enumerate((self.tr("Everything"), self.tr("One host"), self.tr("One tag"))):
            self.scope_combo.setItemText(i, text)
        self.host_label.setText(self.tr("&Host"))
        self.tag_label.setText(self.tr("&Tag"))
        self.start_button.setText(self.tr("&Start counting"))
        self.history_label.setText(self.tr("Earlier counts"))
        self.history_pdf.setText(self.tr("Variance report &PDF…"))
        self.history_xlsx.setText(self.tr("E&xport XLSX…"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Count"), self.tr("Scope"), self.tr("State"), self.tr("Started"), self.tr("Approved")]
        )
        self._scope_fields()
        self._fill_history()

    def _scope_fields(self) -> None:
        scope = self.scope_combo.currentData()
        self.host_combo.setEnabled(scope == "host")
        self.tag_combo.setEnabled(scope == "tag")

    def scope(self) -> tuple[ScopeKind, str, str]:
        """What to count: the scope, and the host's code or the tag's name it needs."""
        scope: ScopeKind = self.scope_combo.currentData() or "all"
        return scope, str(self.host_combo.currentData() or ""), str(self.tag_combo.currentData() or "")

    def show_choices(self, hosts: Sequence[Host], tags: Sequence[Tag]) -> None:
        self.host_combo.clear()
        for h in hosts:
            self.host_combo.addItem(f"{h.code} {h.name}", h.code)
        self.tag_combo.clear()
        for t in tags:
            self.tag_combo.addItem(t.name, t.name)

    def show_history(self, counts: Sequence[StockCount]) -> None:
        self.history = list(counts)
        self._fill_history()

    def chosen_count(self) -> int | None:
        """The earlier count picked in the list (None: none)."""
        row = self.history_table.currentRow()
        return self.history[row].id if 0 <= row < len(self.history) else None

    def _fill_history(self) -> None:
        tz = zone(self.timezone)
        states = {
            "open": self.tr("Counting"),
            "approved": self.tr("Approved"),
            "cancelled": self.tr("Cancelled"),
        }
        self.history_table.setRowCount(len(self.history))
        for row, c in enumerate(self.history):
            cells = (
                cell(count_number(c.id or 0)),
                cell(c.scope_label),
                cell(states.get(c.state, c.state)),
                cell(f"{c.started_at.astimezone(tz):%Y-%m-%d %H:%M} {c.started_by}"),
                cell(
                    f"{c.approved_at.astimezone(tz):%Y-%m-%d %H:%M} {c.approved_by}" if c.approved_at else ""
                ),
            )
            for column, item in enumerate(cells):
                self.history_table.setItem(row, column, item)
