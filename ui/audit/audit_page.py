"""The audit log, read-only: who did what, approved by whom, when, and what changed.

For managers and administrators. Filters: the shop days from and to, the action, a user (as the
one who acted or the one who approved), a text in the subject or note. A page of 100 entries at
a time, newest first; times in the shop's time zone.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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

from pos.audit import ACTION_NAMES_ZH, AuditEntry, AuditFilter
from pos.clock import business_day, to_utc, utc_now, zone
from pos.errors import CoopError
from pos.money import format_cny
from pos.services.audit import read_audit
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import Banner

PAGE_SIZE = 100
DEFAULT_DAYS = 30  # the range the page opens with: the last 30 shop days
COLUMNS = ("at", "action", "actor", "approver", "subject", "change", "note")
TYPING_PAUSE_MS = 300


def action_name(action: str, language: str) -> str:
    """An action as the screen says it: 超限折扣 in Chinese, "discount over limit" in English."""
    if language.lower().startswith("en"):
        return action.replace("_", " ")
    return ACTION_NAMES_ZH.get(action, action)


def _values(text: str) -> dict[str, object] | None:
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        return None
    return values if isinstance(values, dict) else None


def _plain(value: object, key: str = "") -> str:
    if key.endswith("_fen") and isinstance(value, int) and not isinstance(value, bool):
        return format_cny(value)  # money is kept in fen; the screen says yuan
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return "、".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v, str(k))}" for k, v in value.items())
    return str(value)


def describe_change(before: str, after: str) -> str:
    """``name: 小王 → 王芳; active: ✓ → ✗``: what changed, key by key (the JSON as is otherwise)."""
    old, new = _values(before), _values(after)
    if old is None or new is None:
        return f"{before} → {after}".strip(" →")
    parts = []
    for key in [*old, *(k for k in new if k not in old)]:
        if key in old and key in new:
            if old[key] != new[key]:
                parts.append(f"{key}: {_plain(old[key], key)} → {_plain(new[key], key)}")
        elif key in new:
            if new[key] not in ("", None):  # a blank field of a new record says nothing
                parts.append(f"{key}: {_plain(new[key], key)}")
        else:
            parts.append(f"{key}: {_plain(old[key], key)} → –")
    return "; ".join(parts)


def _person(name: str, code: str) -> str:
    return f"{name} ({code})" if code else ""


class AuditPage(QWidget):
    """The audit log with its filters and pages; ``entries`` are the ones shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self.entries: list[AuditEntry] = []
        self.page_number = 0
        self.has_more = False
        self._generation = 0

        today = business_day(utc_now(), ctx.config.timezone)
        self.from_edit = self._date_edit(today - timedelta(days=DEFAULT_DAYS - 1))
        self.to_edit = self._date_edit(today)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("actionFilter")
        self.action_combo.addItem("", "")
        for action in ACTION_NAMES_ZH:
            self.action_combo.addItem("", action)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userFilter")
        self.user_edit.setClearButtonEnabled(True)
        self.user_edit.setMaxLength(40)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("textFilter")
        self.text_edit.setClearButtonEnabled(True)
        self.from_label, self.to_label, self.action_label, self.user_label, self.text_label = (
            QLabel() for _ in range(5)
        )
        self.banner = Banner()
        self.page_label = QLabel()
        self.prev_button = QPushButton()
        self.prev_button.setObjectName("previousPage")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextPage")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("auditTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("change"), QHeaderView.ResizeMode.Stretch)
        for key, width in (("at", 160), ("action", 110), ("actor", 140), ("approver", 140),
                           ("subject", 150), ("note", 160)):  # fmt: skip
            self.table.setColumnWidth(COLUMNS.index(key), width)

        filters = QHBoxLayout()
        for label, field in (
            (self.from_label, self.from_edit),
            (self.to_label, self.to_edit),
            (self.action_label, self.action_combo),
            (self.user_label, self.user_edit),
            (self.text_label, self.text_edit),
        ):
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1 if isinstance(field, QLineEdit) else 0)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        for button in (self.refresh_button, self.prev_button, self.next_button):
            paging.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addLayout(paging)
        layout.addWidget(self.table, 1)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.from_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.to_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.action_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.user_edit, self.text_edit):
            edit.textChanged.connect(lambda _t: self._typing.start())
            edit.returnPressed.connect(self.apply_filters)
        self.prev_button.clicked.connect(lambda: self.show_page(self.page_number - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_number + 1))
        self.refresh_button.clicked.connect(lambda: self.show_page(self.page_number))
        self.retranslate()

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- text -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        language = screen_language()
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&to"))
        self.action_label.setText(self.tr("A&ction"))
        self.user_label.setText(self.tr("&User"))
        self.text_label.setText(self.tr("&Find"))
        self.action_combo.setItemText(0, self.tr("All actions"))
        for index in range(1, self.action_combo.count()):
            self.action_combo.setItemText(index, action_name(self.action_combo.itemData(index), language))
        self.user_edit.setPlaceholderText(self.tr("Login, e.g. M01"))
        self.user_edit.setToolTip(self.tr("Entries this user made or approved"))
        self.text_edit.setPlaceholderText(self.tr("Receipt, barcode, login…"))
        self.text_edit.setToolTip(self.tr("Text in what the entry is about, or in its note"))
        self.prev_button.setText(self.tr("< &Newer"))
        self.next_button.setText(self.tr("&Older >"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Action"),
                self.tr("By"),
                self.tr("Approved by"),
                self.tr("About"),
                self.tr("Before → after"),
                self.tr("Note"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- querying ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_page(self.page_number)

    def query(self, page: int = 0) -> AuditFilter:
        """The filter the fields say, for ``page`` (one more entry than shown: is there a next?)."""
        tz = self.ctx.config.timezone
        first, last = _day(self.from_edit.date()), _day(self.to_edit.date())
        if last < first:
            first, last = last, first
        return AuditFilter(
            start=to_utc(datetime.combine(first, time()), tz),
            end=to_utc(datetime.combine(last + timedelta(days=1), time()), tz),
            action=str(self.action_combo.currentData() or ""),
            user_code=self.user_edit.text().strip(),
            text=self.text_edit.text().strip(),
            limit=PAGE_SIZE + 1,
            offset=page * PAGE_SIZE,
        )

    def apply_filters(self) -> None:
        self._typing.stop()
        self.show_page(0)

    def show_page(self, page: int) -> None:
        page = max(0, page)
        query = self.query(page)
        self._generation += 1
        generation, ctx = self._generation, self.ctx

        def work() -> list[AuditEntry]:
            return list(read_audit(ctx.read_uow(), query))

        def done(entries: list[AuditEntry]) -> None:
            if generation != self._generation:
                return  # a newer query is on its way
            self.banner.clear()
            self.page_number = page
            self.has_more = len(entries) > PAGE_SIZE
            self.entries = entries[:PAGE_SIZE]
            self._fill()

        run_op(self, work, on_done=done, on_error=self._refused, label="read the audit log")

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(screen_language()))

    def _fill(self) -> None:
        language = screen_language()
        shop_zone = zone(self.ctx.config.timezone)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            cells = {
                "at": e.at.astimezone(shop_zone).strftime("%Y-%m-%d %H:%M:%S"),
                "action": action_name(e.action, language),
                "actor": _person(e.actor_name, e.actor_code),
                "approver": _person(e.approver_name, e.approver_code),
                "subject": e.subject,
                "change": describe_change(e.before, e.after),
                "note": e.note,
            }
            for column, key in enumerate(COLUMNS):
                item = QTableWidgetItem(cells[key])
                if cells[key]:
                    item.setToolTip(cells[key])
                self.table.setItem(row, column, item)
        first = self.page_number * PAGE_SIZE
        if self.entries:
            text = self.tr("Entries %1–%2, newest first").replace("%1", str(first + 1))
            self.page_label.setText(text.replace("%2", str(first + len(self.entries))))
        else:
            self.page_label.setText(self.tr("No entries match"))
        self.prev_button.setEnabled(self.page_number > 0)
        self.next_button.setEnabled(self.has_more)

    def column_texts(self, key: str) -> list[str]:
        """What the column ``key`` (one of ``COLUMNS``) shows, top to bottom."""
        column = COLUMNS.index(key)
        return [_cell(self.table, row, column) for row in range(self.table.rowCount())]


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
