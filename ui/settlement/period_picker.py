"""The settlement period: two dates, 上月 / 本月, the closed periods, and 刷新.

Last calendar month in the shop's time zone by default (statements go out after a month ends).
Editing a date asks for the period after a short pause (typing 2026-10-31 is several changes);
the quick picks, a closed period and 刷新 ask at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from pos.settlement import Period
from pos.statements import Status

RELOAD_PAUSE_MS = 250


def last_month(today: date) -> Period:
    """The calendar month before ``today``'s (the default: statements go out after a month ends)."""
    end = today.replace(day=1) - timedelta(days=1)
    return Period(end.replace(day=1), end)


def this_month(today: date) -> Period:
    """From the first of ``today``'s month to today."""
    return Period(today.replace(day=1), today)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """``wanted`` is emitted when the user asks for a period (``period()`` says which)."""

    wanted = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        period = last_month(today())
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_edit = self._date_edit(period.start)
        self.from_edit.setObjectName("periodFrom")
        self.to_edit = self._date_edit(period.end)
        self.to_edit.setObjectName("periodTo")
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.last_month_button = QPushButton()
        self.last_month_button.setObjectName("lastMonth")
        self.this_month_button = QPushButton()
        self.this_month_button.setObjectName("thisMonth")
        self.closed_combo = QComboBox()
        self.closed_combo.setObjectName("closedPeriods")
        self.closed_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.closed: Sequence[Status] = ()
        self.current_number = ""

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.from_label)
        layout.addWidget(self.from_edit)
        layout.addWidget(self.to_label)
        layout.addWidget(self.to_edit)
        layout.addWidget(self.last_month_button)
        layout.addWidget(self.this_month_button)
        layout.addSpacing(12)
        layout.addWidget(self.closed_combo)
        layout.addStretch(1)
        layout.addWidget(self.refresh_button)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(RELOAD_PAUSE_MS)
        self._pause.timeout.connect(self.wanted)
        self.from_edit.dateChanged.connect(lambda _d: self._pause.start())
        self.to_edit.dateChanged.connect(lambda _d: self._pause.start())
        self.last_month_button.clicked.connect(lambda: self.set_period(last_month(self.today())))
        self.this_month_button.clicked.connect(lambda: self.set_period(this_month(self.today())))
        self.closed_combo.activated.connect(self._closed_picked)
        self.refresh_button.clicked.connect(self.wanted)
        self.retranslate()

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("Period &from"))
        self.to_label.setText(self.tr("&to"))
        self.last_month_button.setText(self.tr("&Last month"))
        self.this_month_button.setText(self.tr("T&his month"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.closed_combo.setToolTip(self.tr("A closed period shows its statements exactly as stored"))
        self.show_closed(self.closed, self.current_number)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def period(self) -> Period:
        """The period the date fields say (RuleError for one that ends before it starts)."""
        return Period(day_of(self.from_edit.date()), day_of(self.to_edit.date()))

    def set_period(self, period: Period) -> None:
        """Put ``period`` in the fields and ask for it at once."""
        for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.wanted.emit()

    def asked(self) -> None:
        """The period is being loaded: a pause still running after an edit is over."""
        self._pause.stop()

    def show_closed(self, closed: Sequence[Status], current_number: str) -> None:
        """The closed periods to pick from, ``current_number`` (the one shown) selected."""
        self.closed, self.current_number = closed, current_number
        combo = self.closed_combo
        combo.blockSignals(True)
        combo.clear()
        if closed:
            combo.addItem(self.tr("Closed periods…"), None)
        else:
            combo.addItem(self.tr("No closed periods yet"), None)
        for status in closed:
            combo.addItem(f"✓ {status.period}  {status.number}", status)
            if status.number == current_number:
                combo.setCurrentIndex(combo.count() - 1)
        combo.blockSignals(False)

    def _closed_picked(self, index: int) -> None:
        status = self.closed_combo.itemData(index)
        if isinstance(status, Status):
            self.set_period(status.period)
