"""The goods list's search box and filters (host, tag, on sale or not), read back as a ProductFilter.

Typing waits ``SEARCH_DELAY_MS`` after the last key before asking, so a fast typist or a
scanner does not start a query per character; choosing a filter asks at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from pos.catalog import ProductFilter
from pos.ids import HostId, TagId
from pos.services.queries import CatalogChoices

SEARCH_DELAY_MS = 150


class SearchEdit(QLineEdit):
    """The search box: ↓ or Enter hands over to the list."""

    to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_list.emit()
            return
        super().keyPressEvent(event)


class GoodsFilters(QWidget):
    """``changed`` is emitted when the search (after the pause) or a filter changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.host_filter = QComboBox()
        self.host_filter.setObjectName("hostFilter")
        self.host_filter.setMinimumContentsLength(12)
        self.host_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setMinimumContentsLength(8)
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.active_filter = QComboBox()
        self.active_filter.setObjectName("activeFilter")
        for value in (None, True, False):
            self.active_filter.addItem("", value)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 5)
        layout.addWidget(self.host_filter, 2)
        layout.addWidget(self.tag_filter, 1)
        layout.addWidget(self.active_filter, 0)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        for combo in (self.host_filter, self.tag_filter, self.active_filter):
            combo.activated.connect(lambda _index: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: barcode, name or pinyin initials (sgz finds 手工皂)"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.active_filter.setItemText(0, self.tr("Any status"))
        self.active_filter.setItemText(1, self.tr("On sale"))
        self.active_filter.setItemText(2, self.tr("Inactive"))
        if self.host_filter.count():
            self.host_filter.setItemText(0, self.tr("All hosts"))
        if self.tag_filter.count():
            self.tag_filter.setItemText(0, self.tr("All tags"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_lookups(self, lookups: CatalogChoices) -> None:
        """Offer these hosts and (active) tags, keeping the ones chosen if they are still there."""
        _refill(self.host_filter, self.tr("All hosts"), [(f"{h.code} {h.name}", h.id) for h in lookups.hosts])
        _refill(self.tag_filter, self.tr("All tags"), [(t.name, t.id) for t in lookups.tags if t.active])

    def query(self, *, order: str, descending: bool) -> ProductFilter:
        """What the search box and the filters ask for now, in the given order."""
        self.timer.stop()
        host_id = self.host_filter.currentData()
        tag_id = self.tag_filter.currentData()
        return ProductFilter(
            text=self.search.text(),
            host_id=HostId(host_id) if host_id is not None else None,
            tag_id=TagId(tag_id) if tag_id is not None else None,
            active=self.active_filter.currentData(),
            order=order,
            descending=descending,
        )


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
