"""主理人 and 推介官: the hosts and the recommenders, each a list with search, an active filter and a form.

A co-op has tens of hosts, not thousands, so each list loads them all and searches and sorts in
memory. Keys as on the goods list: Ctrl+F search, Enter or F2 opens, Ctrl+N adds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.catalog import Host, Recommender
from pos.money import format_bp, format_cny
from pos.services.queries import visible_hosts, visible_recommenders
from ui.imports.import_dialog import ImportDialog
from ui.kit.context import AppContext
from ui.kit.ops import run_op
from ui.people.host_dialog import HostDialog
from ui.people.recommender_dialog import RecommenderDialog

RECORD_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Filter(QSortFilterProxyModel):
    """Rows whose text contains every word searched for, and of the chosen state."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.active: bool | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, text: str, active: bool | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.words, self.active = text.lower().split(), active
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words, self.active = text.lower().split(), active
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        record = model.index(source_row, 0, source_parent).data(RECORD_ROLE)
        if self.active is not None and record.active != self.active:
            return False
        text = " ".join(
            str(model.index(source_row, c, source_parent).data() or "") for c in range(model.columnCount())
        ).lower()
        return all(word in text for word in self.words)


class RecordList(QWidget):
    """A searchable list of records with a form to add or change one (the base of both tabs)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.records: list[Any] = []
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.active_filter = QComboBox()
        self.active_filter.setObjectName("activeFilter")
        for value in (None, True, False):
            self.active_filter.addItem("", value)
        self.count_label = QLabel()
        self.new_button = QPushButton()
        self.new_button.setObjectName("new")
        self.open_button = QPushButton()
        self.open_button.setObjectName("open")
        self.import_button = QPushButton()
        self.import_button.setObjectName("import")

        self.model = QStandardItemModel(0, len(self.column_titles()), self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.active_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addSpacing(16)
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(lambda _text: self.apply_filter())
        self.search.returnPressed.connect(self.focus_list)
        self.active_filter.activated.connect(lambda _index: self.apply_filter())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self.add_new)
        self.open_button.clicked.connect(self.open_selected)
        self.import_button.clicked.connect(self.import_file)
        for keys, slot, widget, context in (
            (QKeySequence.StandardKey.Find, self.focus_search, self, Qt.ShortcutContext.WindowShortcut),
            (QKeySequence("Ctrl+N"), self.add_new, self, Qt.ShortcutContext.WindowShortcut),
            (QKeySequence(Qt.Key.Key_F2), self.open_selected, self.table, Qt.ShortcutContext.WidgetShortcut),
        ):
            shortcut = QShortcut(keys, widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self._update_buttons()

    def set_column_widths(self, widths: Sequence[int], stretch: int) -> None:
        """Column widths in px; column ``stretch`` takes the room that is left."""
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # -- what a subclass says ---------------------------------------------------------------------

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def cells(self, record: Any) -> list[tuple[str, Any]]:
        """(text, sort key) of each column."""
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        """The records, read through a use case (on a worker thread)."""
        raise NotImplementedError

    def make_dialog(self, record: Any | None) -> QDialog:
        raise NotImplementedError

    import_kind = ""  # the ImportDialog kind of this list

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(self.column_titles())
        self.active_filter.setItemText(0, QCoreApplication.translate("RecordList", "Any status"))
        self.active_filter.setItemText(1, QCoreApplication.translate("RecordList", "Active"))
        self.active_filter.setItemText(2, QCoreApplication.translate("RecordList", "Inactive"))
        self.open_button.setText(QCoreApplication.translate("RecordList", "&Open"))
        self.open_button.setToolTip(
            QCoreApplication.translate("RecordList", "Open the selected one (Enter, F2)")
        )
        self.search.setToolTip(QCoreApplication.translate("RecordList", "Search (Ctrl+F)"))
        self.import_button.setText(QCoreApplication.translate("RecordList", "&Import…"))
        self.import_button.setToolTip(
            QCoreApplication.translate("RecordList", "Import from a CSV or XLSX file, with a preview first")
        )
        self.refill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, select: Callable[[Any], bool] | None = None) -> None:
        load = self.load

        def work() -> list[Any]:
            return list(load())

        def done(records: list[Any]) -> None:
            self.records = records
            self.refill(select)

        run_op(self, work, on_done=done, label="load list")

    def refill(self, select: Callable[[Any], bool] | None = None) -> None:
        """Rebuild the rows from ``records`` (after a load or a language change)."""
        current = self.selected()
        if select is None and current is not None:
            select = lambda record: record.id == current.id  # noqa: E731 - keep the selection
        self.model.removeRows(0, self.model.rowCount())
        for record in self.records:
            items = []
            for text, key in self.cells(record):
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                if isinstance(key, int) and not isinstance(key, bool):  # amounts and rates
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(record, RECORD_ROLE)
                if not record.active:
                    item.setForeground(Qt.GlobalColor.gray)
                items.append(item)
            self.model.appendRow(items)
        self.apply_filter()
        if select is not None:
            for row in range(self.proxy.rowCount()):
                if select(self.proxy.index(row, 0).data(RECORD_ROLE)):
                    self.table.selectRow(row)
                    break

    def apply_filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.active_filter.currentData())
        self.count_label.setText(
            QCoreApplication.translate("RecordList", "%1 of %2 shown")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        self._update_buttons()

    # -- selecting and opening --------------------------------------------------------------------

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(RECORD_ROLE) if rows else None

    def names(self) -> list[str]:
        return [str(self.proxy.index(row, 1).data()) for row in range(self.proxy.rowCount())]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        if self.proxy.rowCount():
            if self.selected() is None:
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def add_new(self) -> None:
        self._open(None)

    def import_file(self) -> None:
        if self.dialog is None:
            self._show_dialog(ImportDialog(self.ctx, kind=self.import_kind, parent=self))

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self._open(record)

    def _open(self, record: Any | None) -> None:
        if self.dialog is not None:
            return
        dialog = self.make_dialog(record)
        dialog.saved.connect(lambda stored: self.reload(lambda r: r.id == stored.id))  # type: ignore[attr-defined]
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if isinstance(dialog, ImportDialog):
            self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


class HostList(RecordList):
    import_kind = "hosts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("hostList")
        # code, name, kind, commission, rent, joined, contact (stretches), status
        self.set_column_widths((72, 240, 80, 72, 110, 110, 200, 72), stretch=6)
        self.retranslate()

    def column_titles(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Commission"),
            self.tr("Monthly rent"),
            self.tr("Joined"),
            self.tr("Contact"),
            self.tr("Status"),
        ]

    def cells(self, host: Host) -> list[tuple[str, Any]]:
        kind = self.tr("Host") if host.kind == "host" else self.tr("Producer")
        status = self.tr("Active") if host.active else self.tr("Inactive")
        return [
            (host.code, host.code),
            (host.name, host.name),
            (kind, kind),
            (format_bp(host.coop_bp), host.coop_bp),
            (format_cny(host.monthly_rent_fen) if host.monthly_rent_fen else "—", host.monthly_rent_fen),
            (host.joined.isoformat(), host.joined.isoformat()),
            (host.contact, host.contact),
            (status, host.active),
        ]

    def load(self) -> Sequence[Host]:
        return visible_hosts(self.ctx.read_uow())

    def make_dialog(self, record: Host | None) -> QDialog:
        return HostDialog(self.ctx, host=record, parent=self)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search hosts: code, name or contact"))
        self.new_button.setText(self.tr("&New host"))
        self.new_button.setToolTip(self.tr("Add a host or producer (Ctrl+N)"))
        super().retranslate()


class RecommenderList(RecordList):
    import_kind = "recommenders"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("recommenderList")
        # code, name, default rate, contact (stretches), status
        self.set_column_widths((72, 200, 100, 200, 72), stretch=3)
        self.retranslate()

    def column_titles(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Default rate"),
            self.tr("Contact"),
            self.tr("Status"),
        ]

    def cells(self, rec: Recommender) -> list[tuple[str, Any]]:
        status = self.tr("Active") if rec.active else self.tr("Inactive")
        return [
            (rec.code, rec.code),
            (rec.name, rec.name),
            (format_bp(rec.default_bp), rec.default_bp),
            (rec.contact, rec.contact),
            (status, rec.active),
        ]

    def load(self) -> Sequence[Recommender]:
        return visible_recommenders(self.ctx.read_uow())

    def make_dialog(self, record: Recommender | None) -> QDialog:
        return RecommenderDialog(self.ctx, recommender=record, parent=self)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search recommenders: code, name or contact"))
        self.new_button.setText(self.tr("&New recommender"))
        self.new_button.setToolTip(self.tr("Add a recommender (Ctrl+N)"))
        super().retranslate()
