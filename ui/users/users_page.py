"""The users of the shop, for an administrator: who may log in, in which role, locked or not.

Add a user, change one (name, role, host, active), set anyone's PIN (which also unlocks them);
every user changes their own PIN with "Change my PIN". The services refuse what the logged-in
user may not do and keep the last administrator; the refusal is shown in words.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.clock import utc_now, zone
from pos.errors import CoopError
from pos.services.users import UserList, load_users
from pos.users import User, locked
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.session import role_name
from ui.kit.widgets import Banner
from ui.login.pin_dialog import PinDialog
from ui.users.user_dialog import UserDialog

COLUMNS = ("code", "name", "role", "host", "status", "locked")


class UsersPage(QWidget):
    """The users list; ``dialog`` is the user or PIN form open now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.ctx = ctx
        self.listing = UserList(users=(), hosts=())
        self.dialog: QDialog | None = None
        self.banner = Banner()
        self.count_label = QLabel()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newUser")
        self.open_button = QPushButton()
        self.open_button.setObjectName("editUser")
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("setPin")
        self.own_pin_button = QPushButton()
        self.own_pin_button.setObjectName("changeMyPin")

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("host"), QHeaderView.ResizeMode.Stretch)
        for column, width in zip(COLUMNS, (110, 160, 110, 0, 80, 170), strict=True):
            if width:
                self.table.setColumnWidth(COLUMNS.index(column), width)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.own_pin_button)
        actions.addSpacing(16)
        for button in (self.new_button, self.open_button, self.pin_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self.add_user)
        self.open_button.clicked.connect(self.edit_selected)
        self.pin_button.clicked.connect(self.set_selected_pin)
        self.own_pin_button.clicked.connect(self.change_my_pin)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        for keys, slot, widget, context in (
            (QKeySequence("Ctrl+N"), self.add_user, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence(Qt.Key.Key_F2), self.edit_selected, self.table, Qt.ShortcutContext.WidgetShortcut),
        ):
            shortcut = QShortcut(keys, widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.retranslate()
        self._update_buttons()

    # -- text -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New user"))
        self.new_button.setToolTip(self.tr("Add a user (Ctrl+N)"))
        self.open_button.setText(self.tr("&Change"))
        self.open_button.setToolTip(self.tr("Change the name, role or whether the user is active (F2)"))
        self.pin_button.setText(self.tr("Set &PIN"))
        self.pin_button.setToolTip(self.tr("Give the selected user a new PIN; this unlocks them too"))
        self.own_pin_button.setText(self.tr("Change &my PIN"))
        titles = [
            self.tr("Login"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Host"),
            self.tr("Status"),
            self.tr("Locked until"),
        ]
        self.table.setHorizontalHeaderLabels(titles)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, select: str = "") -> None:
        """Read the users again; ``select`` a login afterwards (else keep the selection)."""
        ctx = self.ctx
        current = self.selected()
        keep = select or (current.code if current is not None else "")

        def work() -> UserList:
            return load_users(ctx.read_uow())

        def done(listing: UserList) -> None:
            self.listing = listing
            self._fill(keep)

        run_op(self, work, on_done=done, on_error=self._refused, label="load users")

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(screen_language()))

    def _fill(self, select: str = "") -> None:
        language = screen_language()
        now = utc_now()
        shop_zone = zone(self.ctx.config.timezone)
        self.table.setRowCount(0)
        for user in self.listing.users:
            row = self.table.rowCount()
            self.table.insertRow(row)
            host = self.listing.host_of(user)
            until = user.locked_until
            cells = {
                "code": user.code,
                "name": user.name,
                "role": role_name(user.role, language),
                "host": f"{host.code} {host.name}" if host else "",
                "status": self.tr("Active") if user.active else self.tr("Inactive"),
                "locked": _shop_time(until, shop_zone) if until is not None and locked(user, now) else "",
            }
            for column, key in enumerate(COLUMNS):
                item = QTableWidgetItem(cells[key])
                item.setData(Qt.ItemDataRole.UserRole, user.code)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                elif key == "locked" and cells[key]:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
            if user.code == select:
                self.table.selectRow(row)
        self.count_label.setText(self.tr("%1 users").replace("%1", str(len(self.listing.users))))
        self._update_buttons()

    # -- selecting --------------------------------------------------------------------------------

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        code = _cell(self.table, rows[0].row(), 0)
        return next((u for u in self.listing.users if u.code == code), None)

    def codes(self) -> list[str]:
        return [_cell(self.table, row, 0) for row in range(self.table.rowCount())]

    def row_texts(self, code: str) -> list[str]:
        """What the row of the login ``code`` shows, column by column."""
        row = self.codes().index(code)
        return [_cell(self.table, row, column) for column in range(len(COLUMNS))]

    def select_code(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if _cell(self.table, row, 0) == code:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        self.open_button.setEnabled(selected)
        self.pin_button.setEnabled(selected)
        self.own_pin_button.setEnabled(self.ctx.actor is not None and self.ctx.actor.user_id is not None)

    # -- the forms --------------------------------------------------------------------------------

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, hosts=self.listing.hosts, parent=self)
        dialog.saved.connect(lambda user: self.reload(select=user.code))
        self._open(dialog)

    def edit_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        host = self.listing.host_of(user)
        dialog = UserDialog(
            self.ctx, hosts=self.listing.hosts, user=user, host_code=host.code if host else "", parent=self
        )
        dialog.saved.connect(lambda stored: self.reload(select=stored.code))
        self._open(dialog)

    def set_selected_pin(self) -> None:
        user = self.selected()
        if user is None:
            return
        own = self.ctx.actor is not None and self.ctx.actor.code == user.code
        dialog = PinDialog(self.ctx, code=user.code, name=user.name, own=own, parent=self)
        dialog.saved.connect(lambda code: self._pin_set(code))
        self._open(dialog)

    def change_my_pin(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        dialog = PinDialog(self.ctx, code=actor.code, name=actor.name, own=True, parent=self)
        dialog.saved.connect(lambda code: self._pin_set(code))
        self._open(dialog)

    def _pin_set(self, code: str) -> None:
        self.banner.show_info(self.tr("The PIN of %1 is set.").replace("%1", code))
        self.reload(select=code)

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.banner.clear()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _shop_time(at: datetime, shop_zone: ZoneInfo) -> str:
    return at.astimezone(shop_zone).strftime("%Y-%m-%d %H:%M")
