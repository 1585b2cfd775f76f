"""标签: the co-op's social-innovation tags. Add one, rename one (F2 or double-click), deactivate one.

An inactive tag stays on the goods that carry it and in past statements; it is no longer offered
for new goods nor as a filter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.catalog import Tag
from pos.errors import CoopError
from pos.services.catalog import add_tag
from pos.services.goods import rename_tag
from pos.services.queries import list_tags
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import Banner, muted

TAG_ROLE = Qt.ItemDataRole.UserRole


class TagsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsPage")
        self.ctx = ctx
        self.tags: list[Tag] = []
        self._filling = False

        self.banner = Banner()
        self.hint = muted(QLabel())
        self.hint.setWordWrap(True)
        self.new_edit = QLineEdit()
        self.new_edit.setObjectName("newTag")
        self.new_edit.setMaxLength(80)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addTag")
        self.list = QTableWidget(0, 2)
        self.list.setObjectName("tagList")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().resizeSection(1, 90)
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameTag")
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("toggleTag")

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.banner)
        column.addWidget(self.hint)
        column.addLayout(add_row)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(column, 2)
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add)
        self.new_edit.returnPressed.connect(self.add)
        self.rename_button.clicked.connect(self.start_rename)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.list.itemChanged.connect(self._renamed)
        self.list.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "The co-op's social-innovation tags. An inactive tag stays on its goods "
                "but is no longer offered for new ones."
            )
        )
        self.list.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Status")])
        self.new_edit.setPlaceholderText(self.tr("New tag name"))
        self.add_button.setText(self.tr("&Add tag"))
        self.rename_button.setText(self.tr("Re&name (F2)"))
        self._update_buttons()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    # -- the list ---------------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        ctx = self.ctx

        def work() -> list[Tag]:
            return list(list_tags(ctx.read_uow()))

        def done(tags: list[Tag]) -> None:
            self.tags = tags
            self._fill(select)

        run_op(self, work, on_done=done, label="load tags")

    def _fill(self, select: str = "") -> None:
        current = self.current_tag()
        wanted = select or (current.name if current else "")
        self._filling = True
        self.list.setRowCount(0)
        for row, tag in enumerate(self.tags):
            self.list.insertRow(row)
            item = QTableWidgetItem(tag.name)
            item.setData(TAG_ROLE, tag)
            status = QTableWidgetItem(self.tr("Active") if tag.active else self.tr("Inactive"))
            status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if not tag.active:
                item.setForeground(Qt.GlobalColor.gray)
                status.setForeground(Qt.GlobalColor.gray)
            self.list.setItem(row, 0, item)
            self.list.setItem(row, 1, status)
            if tag.name == wanted:
                self.list.setCurrentCell(row, 0)
        self._filling = False
        self._update_buttons()

    def names(self) -> list[str]:
        return [tag.name for tag in self.tags]

    def current_tag(self) -> Tag | None:
        row = self.list.currentRow()
        item = self.list.item(row, 0) if row >= 0 else None
        tag = item.data(TAG_ROLE) if item is not None else None
        return tag if isinstance(tag, Tag) else None

    def _update_buttons(self) -> None:
        tag = self.current_tag()
        self.rename_button.setEnabled(tag is not None)
        self.toggle_button.setEnabled(tag is not None)
        if tag is not None and not tag.active:
            self.toggle_button.setText(self.tr("Ac&tivate"))
        else:
            self.toggle_button.setText(self.tr("Deac&tivate"))

    # -- changes ----------------------------------------------------------------------------------

    def add(self) -> None:
        name = self.new_edit.text()
        ctx = self.ctx

        def work() -> Tag:
            return add_tag(ctx.uow(), name=name)

        def done(tag: Tag) -> None:
            self.new_edit.clear()
            self.banner.clear()
            self.reload(select=tag.name)

        run_op(self, work, on_done=done, on_error=self._refused, label="add tag")

    def start_rename(self) -> None:
        row = self.list.currentRow()
        item = self.list.item(row, 0) if row >= 0 else None
        if item is not None:
            self.list.setCurrentCell(row, 0)
            self.list.editItem(item)

    def rename(self, old: str, new: str) -> None:
        self._change(old, new, None)

    def toggle_active(self) -> None:
        tag = self.current_tag()
        if tag is not None:
            self._change(tag.name, tag.name, not tag.active)

    def _renamed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        tag = item.data(TAG_ROLE)
        if isinstance(tag, Tag) and item.text() != tag.name:
            self.rename(tag.name, item.text())

    def _change(self, old: str, new: str, active: bool | None) -> None:
        ctx = self.ctx

        def work() -> Tag:
            return rename_tag(ctx.uow(), old=old, new=new, active=active)

        def done(tag: Tag) -> None:
            self.banner.clear()
            self.reload(select=tag.name)

        def refused(error: CoopError) -> None:
            self._refused(error)
            self.reload(select=old)

        run_op(self, work, on_done=done, on_error=refused, label="change tag")

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(screen_language()))
