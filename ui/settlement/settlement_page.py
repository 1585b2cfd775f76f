"""结算 The settlement screen: a period's figures per host, their lines, their statements, and closing.

Pick a period (last calendar month in the shop's time zone by default; 上月 / 本月; or a closed
period, which shows its statements exactly as stored when it was closed). The summary says what
the period sold and who gets what; the hosts' table has one row per host with the totals below it,
and Enter or a double-click on a row opens that host's lines. 打开结算单 PDF renders the host's
statement into a folder of its own and opens it; 全部导出 writes every statement, the co-op summary
and the accountant's XLSX into a folder, with a progress dialog that can cancel; 结算并关账 closes
the period after a confirmation (typed by a manager, or a manager's PIN for anyone else).

A host login sees only its own row and its own statement: the services scope what they return by
the user logged in, whatever this screen shows.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.clock import business_day, utc_now
from pos.errors import CoopError, RuleError
from pos.money import format_bp, format_cny
from pos.sale import PAYMENT_METHODS, PAYMENT_NAMES_ZH
from pos.services.settlement import close_period
from pos.services.statements import PeriodView, closed_periods, host_statement_of, period_view, statement_set
from pos.settlement import ClosedSettlement, HostSettlement, Period
from pos.statements import HostStatement, ShopInfo, StatementLine, Status, file_name
from pos.users import Actor, Permission
from ui.kit.context import AppContext
from ui.kit.files import write_file
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import Banner, muted
from ui.login.approval_dialog import request_approval

HOST_COLUMNS = (
    "code",
    "name",
    "sales",
    "refunds",
    "net",
    "commission",
    "rec",
    "host",
    "charges",
    "opening",
    "payable",
    "carried",
)
HOST_FIELDS = {
    "sales": "sales_fen",
    "refunds": "refunds_fen",
    "net": "net_sales_fen",
    "commission": "coop_commission_fen",
    "rec": "recommender_fees_fen",
    "host": "host_share_fen",
    "charges": "charges_fen",
    "opening": "opening_balance_fen",
    "payable": "payable_fen",
    "carried": "carried_forward_fen",
}
REC_COLUMNS = ("code", "name", "lines", "fees")
LINE_COLUMNS = ("at", "receipt", "product", "qty", "unit", "discount", "net", "commission", "rec", "host")
RELOAD_PAUSE_MS = 250
S = TypeVar("S")
TOTAL_BACKGROUND = "#eef3ea"
CLOSED_COLOUR = "#1b5e20"
DRAFT_COLOUR = "#8a5a00"


# ---------------------------------------------------------------- periods


def last_month(today: date) -> Period:
    """The calendar month before ``today``'s (the default: statements go out after a month ends)."""
    end = today.replace(day=1) - timedelta(days=1)
    return Period(end.replace(day=1), end)


def this_month(today: date) -> Period:
    """From the first of ``today``'s month to today."""
    return Period(today.replace(day=1), today)


def open_document(path: Path) -> None:
    """Open a file with the system's viewer (tests replace ``SettlementPage.open_file``)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_pdf_folder() -> Path:
    """Where 打开结算单 PDF writes a statement before opening it."""
    return Path(tempfile.gettempdir()) / "coop-pos-statements"


class ExportCancelled(CoopError):
    """The user cancelled 全部导出; the files written so far stay."""

    def __init__(self, written: int) -> None:
        super().__init__(
            f"导出已取消：已写入 {written} 个文件", f"the export was cancelled: {written} files written"
        )
        self.written = written


def _cny(fen: int) -> str:
    return format_cny(fen)


def _number_item(fen: int, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(_cny(fen))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setData(Qt.ItemDataRole.UserRole, fen)
    if fen < 0:
        item.setForeground(QBrush(QColor("#b71c1c")))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _text_item(text: str, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if text:
        item.setToolTip(text)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _table(columns: int, object_name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.horizontalHeader().setHighlightSections(False)
    return table


def cell_texts(table: QTableWidget, column: int) -> list[str]:
    out = []
    for row in range(table.rowCount()):
        item = table.item(row, column)
        out.append(item.text() if item is not None else "")
    return out


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _status_text(status: Status) -> str:
    """已结算 with who and when, or 草稿 (the figures follow the books)."""
    if status.closed:
        closed_at = status.closed_local()
        when = closed_at.strftime("%Y-%m-%d %H:%M") if closed_at is not None else ""
        return (
            QCoreApplication.translate("SettlementPage", "Closed · %1 · by %2 on %3")
            .replace("%1", status.number)
            .replace("%2", status.closed_by or "–")
            .replace("%3", when)
        )
    draft = QCoreApplication.translate(
        "SettlementPage", "Draft · %1 · the figures follow the books until the period is closed"
    )
    return draft.replace("%1", status.number)


# ---------------------------------------------------------------- the page


@dataclass(frozen=True, slots=True)
class Loaded:
    view: PeriodView
    closed: list[Status]


class ExportRelay(QObject):
    """Carries the export's progress from the worker thread to the progress dialog."""

    progressed = Signal(int, int, str)


class SettlementPage(QWidget):
    """The 结算 screen. ``view`` is the period shown; ``loaded`` is emitted each time one is shown."""

    loaded = Signal()
    pdf_written = Signal(object)  # Path of a host's statement just written
    exported = Signal(object)  # list[Path] of everything 全部导出 wrote
    period_closed = Signal(object)  # ClosedSettlement

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settlement")
        self.ctx = ctx
        self.view: PeriodView | None = None
        self.closed_list: list[Status] = []
        self.pdf_folder: Path = default_pdf_folder()
        self.open_file: Callable[[Path], None] = open_document
        self.last_pdf: Path | None = None
        self.exported_files: list[Path] = []
        self.progress: QProgressDialog | None = None
        self.lines_dialog: HostLinesDialog | None = None
        self.close_dialog: ClosePeriodDialog | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self._shown_once = False
        actor = ctx.actor
        self.own_host_only = actor is not None and actor.role == "host"
        self.may_settle = actor is None or actor.may(Permission.SETTLE)

        today = self.today()
        period = last_month(today)
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
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

        self.status_label = QLabel()
        self.status_label.setObjectName("periodStatus")
        status_font = QFont(self.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 1.1)
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        self.banner = Banner()

        # the summary: what the period sold and who gets what, and payments by method
        self.summary_box = QFrame()
        self.summary_box.setObjectName("summary")
        self.summary_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_labels: dict[str, QLabel] = {}
        self.summary_values: dict[str, QLabel] = {}
        grid = QGridLayout(self.summary_box)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.15)
        value_font.setBold(True)
        keys = ("sales", "refunds", "net", "commission", "rec", "host", "charges", "payable")
        for index, key in enumerate(keys):
            row, col = divmod(index, 4)
            label, value = muted(QLabel()), QLabel("–")
            value.setObjectName(f"summary_{key}")
            value.setFont(value_font)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary_labels[key], self.summary_values[key] = label, value
            grid.addWidget(label, row, col * 2)
            grid.addWidget(value, row, col * 2 + 1)
        self.payments_title = muted(QLabel())
        self.payments_value = QLabel()
        self.payments_value.setObjectName("summary_payments")
        grid.addWidget(self.payments_title, 2, 0)
        grid.addWidget(self.payments_value, 2, 1, 1, 7)
        for col in (1, 3, 5, 7):
            grid.setColumnStretch(col, 1)

        self.hosts_table = _table(len(HOST_COLUMNS), "hostsTable")
        header = self.hosts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HOST_COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.hosts_table.activated.connect(lambda index: self.show_lines(index.row()))
        self.recs_table = _table(len(REC_COLUMNS), "recommendersTable")
        rec_header = self.recs_table.horizontalHeader()
        rec_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rec_header.setSectionResizeMode(REC_COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.hosts_table, "")
        self.tabs.addTab(self.recs_table, "")
        self.tabs.setTabVisible(1, not self.own_host_only)
        # a host's page: its own lines right under its row
        self.own_lines = HostLines(ctx) if self.own_host_only else None
        if self.own_lines is not None:
            rows = self.hosts_table.verticalHeader().defaultSectionSize()
            self.hosts_table.setMaximumHeight(
                self.hosts_table.horizontalHeader().sizeHint().height() + rows + 6
            )
            self.hosts_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            bar = self.tabs.tabBar().sizeHint().height()
            self.tabs.setMaximumHeight(self.hosts_table.maximumHeight() + bar + 8)

        self.lines_button = QPushButton()
        self.lines_button.setObjectName("showLines")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("openPdf")
        self.pdf_button.setShortcut(QKeySequence("Ctrl+P"))
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportAll")
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.close_button = QPushButton()
        self.close_button.setObjectName("closePeriod")
        self.close_button.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.close_button.setStyleSheet("QPushButton:enabled { color: #b71c1c; font-weight: bold; }")
        for button in (self.export_button, self.close_button):
            button.setVisible(self.may_settle and not self.own_host_only)
        self.hint = muted(QLabel())
        self.lines_button.setVisible(not self.own_host_only)  # a host's lines are on its page
        self.hint.setVisible(not self.own_host_only)

        picker = QHBoxLayout()
        picker.addWidget(self.from_label)
        picker.addWidget(self.from_edit)
        picker.addWidget(self.to_label)
        picker.addWidget(self.to_edit)
        picker.addWidget(self.last_month_button)
        picker.addWidget(self.this_month_button)
        picker.addSpacing(12)
        picker.addWidget(self.closed_combo)
        picker.addStretch(1)
        picker.addWidget(self.refresh_button)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.status_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        for button in (self.lines_button, self.pdf_button, self.export_button, self.close_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(picker)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary_box)
        if self.own_lines is not None:
            layout.addWidget(self.tabs)
            layout.addWidget(self.own_lines, 1)
        else:
            layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_PAUSE_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.from_edit.dateChanged.connect(lambda _d: self._reload_timer.start())
        self.to_edit.dateChanged.connect(lambda _d: self._reload_timer.start())
        self.last_month_button.clicked.connect(lambda: self.set_period(last_month(self.today())))
        self.this_month_button.clicked.connect(lambda: self.set_period(this_month(self.today())))
        self.closed_combo.activated.connect(self._closed_picked)
        self.refresh_button.clicked.connect(self.reload)
        self.lines_button.clicked.connect(lambda: self.show_lines(self.hosts_table.currentRow()))
        self.pdf_button.clicked.connect(lambda: self.open_pdf())
        self.export_button.clicked.connect(self._choose_export_folder)
        self.close_button.clicked.connect(self.ask_close)
        self.hosts_table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def today(self) -> date:
        return business_day(utc_now(), self.ctx.config.timezone)

    def language(self) -> str:
        return screen_language()

    def shop(self) -> ShopInfo:
        return ShopInfo(self.ctx.config.shop_name, self.ctx.config.shop_address)

    # -- text ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("My statements") if self.own_host_only else self.tr("Settlement"))
        self.from_label.setText(self.tr("Period &from"))
        self.to_label.setText(self.tr("&to"))
        self.last_month_button.setText(self.tr("&Last month"))
        self.this_month_button.setText(self.tr("T&his month"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.closed_combo.setToolTip(self.tr("A closed period shows its statements exactly as stored"))
        names = {
            "sales": self.tr("Sales"),
            "refunds": self.tr("Refunds"),
            "net": self.tr("Net sales"),
            "commission": self.tr("Co-op commission"),
            "rec": self.tr("Recommender fees"),
            "host": self.tr("Host share"),
            "charges": self.tr("Charges"),
            "payable": self.tr("Payable"),
        }
        for key, label in self.summary_labels.items():
            label.setText(names[key])
        self.payments_title.setText(self.tr("Payments"))
        self.hosts_table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Host"),
                self.tr("Sales"),
                self.tr("Refunds"),
                self.tr("Net sales"),
                self.tr("Commission"),
                self.tr("Rec. fees"),
                self.tr("Host share"),
                self.tr("Charges"),
                self.tr("Opening bal."),
                self.tr("Payable"),
                self.tr("Carried fwd."),
            ]
        )
        self.recs_table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Recommender"), self.tr("Lines"), self.tr("Fees")]
        )
        self.tabs.setTabText(0, self.tr("Ho&sts"))
        self.tabs.setTabText(1, self.tr("&Recommenders"))
        self.lines_button.setText(self.tr("Lines (Enter)"))
        self.pdf_button.setText(self.tr("Open statement PDF (Ctrl+P)"))
        self.export_button.setText(self.tr("Export all… (Ctrl+E)"))
        self.close_button.setText(self.tr("Settle and close… (Ctrl+Shift+K)"))
        self.hint.setText(self.tr("Double-click a host or press Enter for its lines"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.reload()

    def period(self) -> Period:
        """The period the date fields say (RuleError for one that ends before it starts)."""
        return Period(_day(self.from_edit.date()), _day(self.to_edit.date()))

    def set_period(self, period: Period) -> None:
        """Show ``period`` (loads at once)."""
        for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.reload()

    def _closed_picked(self, index: int) -> None:
        status = self.closed_combo.itemData(index)
        if isinstance(status, Status):
            self.set_period(status.period)

    def reload(self) -> None:
        self._reload_timer.stop()
        self.banner.clear()
        try:
            period = self.period()
        except CoopError as error:
            self.view = None
            self._fill()
            self.banner.show_error(error.message(self.language()))
            return
        self._generation += 1
        generation, ctx = self._generation, self.ctx
        timezone = ctx.config.timezone

        def work() -> Loaded:
            view = period_view(ctx.read_uow(), period=period, timezone=timezone)
            return Loaded(view=view, closed=closed_periods(ctx.read_uow()))

        def done(result: Loaded) -> None:
            if generation != self._generation:
                return  # a newer period is on its way
            self.view = result.view
            self.closed_list = result.closed
            self._fill()
            self._load_own_lines()
            self.loaded.emit()

        def refused(error: CoopError) -> None:
            if generation == self._generation:
                self.view = None
                self._fill()
                self.banner.show_error(error.message(self.language()))

        run_op(self, work, on_done=done, on_error=refused, label="settlement preview")

    # -- showing ------------------------------------------------------------------------------------

    def _fill(self) -> None:
        view = self.view
        self._fill_closed_combo()
        if view is None:
            self.status_label.setText("")
            for value in self.summary_values.values():
                value.setText("–")
            self.payments_value.setText("")
            self.hosts_table.setRowCount(0)
            self.recs_table.setRowCount(0)
            self._update_buttons()
            return
        s = view.settlement
        status = view.status
        self.status_label.setText(_status_text(status))
        colour = CLOSED_COLOUR if status.closed else DRAFT_COLOUR
        self.status_label.setStyleSheet(f"color: {colour};")
        totals = {key: s.total(field) for key, field in HOST_FIELDS.items()}
        for key, value in self.summary_values.items():
            value.setText(_cny(totals[key]))
        zh = not self.language().lower().startswith("en")
        self.payments_title.setVisible(view.shop_wide)
        self.payments_value.setVisible(view.shop_wide)
        self.payments_value.setText(
            "   ".join(
                f"{PAYMENT_NAMES_ZH[m] if zh else m} {_cny(s.payments.get(m, 0))}" for m in PAYMENT_METHODS
            )
        )

        hosts = s.hosts
        self.hosts_table.setRowCount(len(hosts) + (1 if view.shop_wide and hosts else 0))
        for row, h in enumerate(hosts):
            self.hosts_table.setItem(row, 0, _text_item(h.code))
            self.hosts_table.setItem(row, 1, _text_item(h.name))
            for key, field in HOST_FIELDS.items():
                self.hosts_table.setItem(row, HOST_COLUMNS.index(key), _number_item(getattr(h, field)))
        if self.hosts_table.rowCount() > len(hosts):
            row = len(hosts)
            self.hosts_table.setItem(row, 0, _text_item(self.tr("Total"), bold=True))
            count = self.tr("%1 hosts").replace("%1", str(len(hosts)))
            self.hosts_table.setItem(row, 1, _text_item(count, bold=True))
            for key in HOST_FIELDS:
                self.hosts_table.setItem(row, HOST_COLUMNS.index(key), _number_item(totals[key], bold=True))
            for column in range(len(HOST_COLUMNS)):
                item = self.hosts_table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush(QColor(TOTAL_BACKGROUND)))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)

        recs = s.recommenders
        self.recs_table.setRowCount(len(recs) + 1 if recs else 0)
        for row, r in enumerate(recs):
            self.recs_table.setItem(row, 0, _text_item(r.code))
            self.recs_table.setItem(row, 1, _text_item(r.name))
            lines = QTableWidgetItem(str(r.lines))
            lines.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.recs_table.setItem(row, 2, lines)
            self.recs_table.setItem(row, 3, _number_item(r.fees_fen))
        if recs:
            row = len(recs)
            self.recs_table.setItem(row, 0, _text_item(self.tr("Total"), bold=True))
            self.recs_table.setItem(row, 1, _text_item(""))
            lines = _text_item(str(s.recommender_lines), bold=True)
            lines.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.recs_table.setItem(row, 2, lines)
            self.recs_table.setItem(row, 3, _number_item(s.recommender_fees_fen, bold=True))
            for column in range(len(REC_COLUMNS)):
                item = self.recs_table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush(QColor(TOTAL_BACKGROUND)))
        if hosts and self.hosts_table.currentRow() < 0:
            self.hosts_table.setCurrentCell(0, 0)
        self._update_buttons()

    def _load_own_lines(self) -> None:
        """On a host's page: its lines under its row (the service gives a host only its own)."""
        if self.own_lines is None:
            return
        host = self.host_at(0)
        self.own_lines.set_host(host)
        if host is not None:
            self.own_lines.load(self._host_statement(host.code))

    def _fill_closed_combo(self) -> None:
        self.closed_combo.blockSignals(True)
        self.closed_combo.clear()
        if self.closed_list:
            self.closed_combo.addItem(self.tr("Closed periods…"), None)
        else:
            self.closed_combo.addItem(self.tr("No closed periods yet"), None)
        current = self.view.status.number if self.view is not None and self.view.status.closed else ""
        for status in self.closed_list:
            self.closed_combo.addItem(f"✓ {status.period}  {status.number}", status)
            if status.number == current:
                self.closed_combo.setCurrentIndex(self.closed_combo.count() - 1)
        self.closed_combo.blockSignals(False)

    def selected_host(self) -> HostSettlement | None:
        row = self.hosts_table.currentRow()
        return self.host_at(row)

    def host_at(self, row: int) -> HostSettlement | None:
        if self.view is None or not 0 <= row < len(self.view.settlement.hosts):
            return None
        return self.view.settlement.hosts[row]

    def _update_buttons(self) -> None:
        has_host = self.selected_host() is not None
        self.lines_button.setEnabled(has_host)
        self.pdf_button.setEnabled(has_host and self.ctx.statement_documents is not None)
        view = self.view
        shop_wide = view is not None and view.shop_wide
        self.export_button.setEnabled(shop_wide and self.ctx.statement_documents is not None)
        self.close_button.setEnabled(shop_wide and view is not None and not view.status.closed)

    def column_texts(self, key: str) -> list[str]:
        """What the hosts' column ``key`` (one of ``HOST_COLUMNS``) shows, top to bottom."""
        return cell_texts(self.hosts_table, HOST_COLUMNS.index(key))

    # -- a host's lines and statement ---------------------------------------------------------------

    def _host_statement(self, code: str) -> Callable[[], HostStatement]:
        ctx, period, timezone, shop = self.ctx, self.view_period(), self.ctx.config.timezone, self.shop()

        def work() -> HostStatement:
            return host_statement_of(
                ctx.read_uow(), period=period, timezone=timezone, shop=shop, host_code=code
            )

        return work

    def view_period(self) -> Period:
        """The period shown now (the fields may have changed since it loaded)."""
        return self.view.status.period if self.view is not None else self.period()

    def show_lines(self, row: int) -> None:
        """Open the lines of the host in ``row`` (the totals row opens nothing)."""
        host = self.host_at(row)
        if host is None:
            return
        self.banner.clear()
        dialog = HostLinesDialog(self.ctx, host, self.view_period(), self)
        self.lines_dialog = dialog
        dialog.pdf_button.clicked.connect(lambda: self.open_pdf(host.code))
        dialog.load(self._host_statement(host.code))
        dialog.open()

    def open_pdf(self, code: str | None = None) -> None:
        """Render the (selected) host's statement into ``pdf_folder`` and open it."""
        host = self.selected_host() if code is None else None
        code = code if code is not None else (host.code if host is not None else "")
        documents = self.ctx.statement_documents
        if not code or documents is None:
            return
        self.banner.clear()
        load, folder = self._host_statement(code), self.pdf_folder

        def work() -> Path:
            statement = load()
            path = folder / file_name(statement.number)
            write_file(path, documents.host_pdf(statement))
            return path

        def done(path: Path) -> None:
            self.last_pdf = path
            self.banner.show_info(self.tr("Statement written: %1").replace("%1", str(path)))
            self.pdf_written.emit(path)
            self.open_file(path)

        self.pdf_button.setEnabled(False)
        run_op(
            self,
            work,
            on_done=done,
            on_error=self._refused,
            on_finally=self._update_buttons,
            label="statement pdf",
        )

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(self.language()))

    # -- export all ---------------------------------------------------------------------------------

    def _choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export all statements into"))
        if folder:
            self.export_all(Path(folder))

    def export_all(self, folder: Path) -> None:
        """Every statement, the co-op summary and the XLSX of the period shown into ``folder``,
        off the GUI thread, with a progress dialog whose 取消 stops after the file being written."""
        documents = self.ctx.statement_documents
        if self.view is None or documents is None or not self.view.shop_wide:
            return
        self.banner.clear()
        ctx, period, timezone, shop = self.ctx, self.view_period(), self.ctx.config.timezone, self.shop()
        cancel = self._cancel = threading.Event()
        relay = ExportRelay(self)
        progress = QProgressDialog(self.tr("Reading the books…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export all"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        self.progress = progress

        def step(done: int, total: int, name: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Written %1 of %2: %3")
                .replace("%1", str(done))
                .replace("%2", str(total))
                .replace("%3", name)
            )

        relay.progressed.connect(step)

        def work() -> list[Path]:
            statements = statement_set(ctx.read_uow(), period=period, timezone=timezone, shop=shop)
            jobs: list[tuple[str, Callable[[], bytes]]] = [
                (file_name(statements.summary.number), lambda: documents.coop_pdf(statements.summary))
            ]
            jobs += [(file_name(h.number), _bind(documents.host_pdf, h)) for h in statements.hosts]
            jobs += [
                (file_name(r.number), _bind(documents.recommender_pdf, r)) for r in statements.recommenders
            ]
            jobs.append((f"{statements.summary.status.number}.xlsx", lambda: documents.xlsx(statements)))
            written: list[Path] = []
            for done, (name, render) in enumerate(jobs, start=1):
                if cancel.is_set():
                    raise ExportCancelled(len(written))
                path = folder / name
                write_file(path, render())
                written.append(path)
                relay.progressed.emit(done, len(jobs), name)
            return written

        def finished(paths: list[Path]) -> None:
            self.exported_files = paths
            self.banner.show_info(
                self.tr("%1 files written to %2").replace("%1", str(len(paths))).replace("%2", str(folder))
            )
            self.exported.emit(paths)

        def refused(error: CoopError) -> None:
            self.exported_files = []
            self.banner.show_error(error.message(self.language()))

        def end() -> None:
            progress.close()
            progress.deleteLater()
            relay.deleteLater()
            self.progress = None
            self._update_buttons()

        self.export_button.setEnabled(False)
        progress.show()
        run_op(self, work, on_done=finished, on_error=refused, on_finally=end, label="export statements")

    # -- closing ------------------------------------------------------------------------------------

    def needs_approval(self) -> bool:
        """Whether closing needs a manager's PIN: the user logged in may not close themselves."""
        actor = self.ctx.actor
        return actor is not None and not actor.may(Permission.CLOSE_SETTLEMENT)

    def ask_close(self) -> None:
        """结算并关账: the confirmation with the period and its payable totals."""
        view = self.view
        if view is None or view.status.closed or not view.shop_wide:
            return
        self.banner.clear()
        if view.status.period.end >= self.today():
            self.banner.show_error(
                RuleError(
                    f"结算期 {view.status.period} 还没有结束：只能关闭今天以前的结算期",
                    f"the period {view.status.period} has not ended yet: only a period before today can be closed",
                ).message(self.language())
            )
            return
        dialog = ClosePeriodDialog(view, needs_approval=self.needs_approval(), parent=self)
        self.close_dialog = dialog
        dialog.accepted.connect(self._confirmed)
        dialog.open()

    def _confirmed(self) -> None:
        view = self.view
        if view is None:
            return
        approver: Actor | None = None
        if self.needs_approval():
            reason = (
                self.tr("Close the period %1 (%2): its statements become final")
                .replace("%1", str(view.status.period))
                .replace("%2", view.status.number)
            )
            approver = request_approval(self, self.ctx, reason)
            if approver is None:
                return
        self.close_period(approver)

    def close_period(self, approver: Actor | None = None) -> None:
        """Close the period shown (after the confirmation); the page then shows it as closed."""
        view = self.view
        if view is None:
            return
        ctx, period, timezone = self.ctx, view.status.period, self.ctx.config.timezone
        actor = ctx.actor
        closed_by = actor.label if actor is not None else ""
        if approver is not None:
            closed_by = f"{closed_by} / {approver.label}" if closed_by else approver.label

        def work() -> ClosedSettlement:
            return close_period(
                ctx.uow(),
                period=period,
                timezone=timezone,
                closed_by=closed_by,
                now=utc_now(),
                approver=approver,
            )

        def done(closed: ClosedSettlement) -> None:
            self.period_closed.emit(closed)
            self.reload()
            self.banner.show_info(
                self.tr("Closed: %1. Its statements are final.").replace("%1", closed.number)
            )

        self.close_button.setEnabled(False)
        run_op(
            self,
            work,
            on_done=done,
            on_error=self._refused,
            on_finally=self._update_buttons,
            label="close period",
        )


def _bind(render: Callable[[S], bytes], statement: S) -> Callable[[], bytes]:
    return lambda: render(statement)


# ---------------------------------------------------------------- dialogs


class HostLines(QWidget):
    """One host's figures, its lines in the period in time order (with a totals row), and the
    charges against its share: in the lines dialog, and on a host's own page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostLines")
        self.ctx = ctx
        self.host: HostSettlement | None = None
        self.statement: HostStatement | None = None
        self.lines: list[StatementLine] = []
        self._generation = 0
        self.figures = QLabel()
        self.figures.setObjectName("hostFigures")
        self.figures.setWordWrap(True)
        self.banner = Banner()
        self.table = _table(len(LINE_COLUMNS), "linesTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LINE_COLUMNS.index("product"), QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Receipt"),
                self.tr("Product"),
                self.tr("Qty"),
                self.tr("Unit price"),
                self.tr("Discounts"),
                self.tr("Net"),
                self.tr("Commission"),
                self.tr("Rec. fee"),
                self.tr("Host share"),
            ]
        )
        self.charges = QLabel()
        self.charges.setObjectName("hostCharges")
        self.charges.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figures)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.charges)

    def set_host(self, host: HostSettlement | None) -> None:
        """Show ``host``'s figures (its lines come with ``load``); None: nothing to show."""
        self.host = host
        self.statement = None
        self.lines = []
        self.table.setRowCount(0)
        self.charges.clear()
        self.banner.clear()
        if host is None:
            self.figures.setText(self.tr("No sales, charges or balance in this period: no statement"))
            return
        self.figures.setText(
            self.tr(
                "Net sales %1 · commission %2 · recommender fees %3 · host share %4 · charges %5 · "
                "opening balance %6 · payable %7"
            )
            .replace("%1", _cny(host.net_sales_fen))
            .replace("%2", _cny(host.coop_commission_fen))
            .replace("%3", _cny(host.recommender_fees_fen))
            .replace("%4", _cny(host.host_share_fen))
            .replace("%5", _cny(host.charges_fen))
            .replace("%6", _cny(host.opening_balance_fen))
            .replace("%7", _cny(host.payable_fen))
        )

    def load(self, work: Callable[[], HostStatement]) -> None:
        """Read the statement off the GUI thread (the service scopes it by who is logged in)."""
        self._generation += 1
        generation = self._generation

        def done(statement: HostStatement) -> None:
            if generation == self._generation:
                self.show_statement(statement)

        run_op(
            self,
            work,
            on_done=done,
            on_error=lambda error: self.banner.show_error(error.message(screen_language())),
            label="host lines",
        )

    def show_statement(self, statement: HostStatement) -> None:
        self.statement = statement
        self.lines = sorted(
            (ln for g in statement.groups for ln in g.lines),
            key=lambda ln: (ln.at, ln.receipt_no, ln.line_no),
        )
        self.table.setRowCount(len(self.lines) + 1)
        for row, ln in enumerate(self.lines):
            receipt = ln.receipt_no
            if ln.refund:
                receipt = (
                    self.tr("%1 (refund of %2)")
                    .replace("%1", ln.receipt_no)
                    .replace("%2", ln.refund_of_receipt or "?")
                )
            product = ln.product_name
            if ln.recommender_code:
                product = f"{product}  [{ln.recommender_code} {format_bp(ln.rec_bp)}%]"
            qty = _text_item(str(ln.qty))
            qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells: Sequence[QTableWidgetItem] = (
                _text_item(ln.at.strftime("%Y-%m-%d %H:%M")),
                _text_item(receipt),
                _text_item(product),
                qty,
                _number_item(ln.unit_price_fen),
                _number_item(ln.line_discount_fen + ln.sale_discount_fen),
                _number_item(ln.net_fen),
                _number_item(ln.coop_fen),
                _number_item(ln.rec_fen),
                _number_item(ln.host_fen),
            )
            for column, item in enumerate(cells):
                if ln.refund:
                    item.setBackground(QBrush(QColor("#fdecea")))
                self.table.setItem(row, column, item)
        t = statement.totals
        row = len(self.lines)
        total_cells = {
            "at": _text_item(self.tr("Total"), bold=True),
            "receipt": _text_item(self.tr("%1 lines").replace("%1", str(t.lines)), bold=True),
            "qty": _text_item(str(t.qty), bold=True),
            "discount": _number_item(t.line_discount_fen + t.sale_discount_fen, bold=True),
            "net": _number_item(t.net_fen, bold=True),
            "commission": _number_item(t.coop_fen, bold=True),
            "rec": _number_item(t.rec_fen, bold=True),
            "host": _number_item(t.host_fen, bold=True),
        }
        total_cells["qty"].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column, key in enumerate(LINE_COLUMNS):
            item = total_cells.get(key) or _text_item("")
            item.setBackground(QBrush(QColor(TOTAL_BACKGROUND)))
            self.table.setItem(row, column, item)
        items = statement.figures.charge_items
        if items:
            text = "；".join(f"{c.day} {c.note or c.kind} {_cny(c.amount_fen)}" for c in items)
            self.charges.setText(self.tr("Charges: %1").replace("%1", text))
        else:
            self.charges.setText(self.tr("No charges in this period"))

    def column_texts(self, key: str) -> list[str]:
        return cell_texts(self.table, LINE_COLUMNS.index(key))


class HostLinesDialog(QDialog):
    """A host's lines, opened from its row: ``view`` shows them; 打开结算单 PDF and 关闭."""

    def __init__(self, ctx: AppContext, host: HostSettlement, period: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hostLinesDialog")
        self.host = host
        self.setWindowTitle(f"{host.code} {host.name} · {period}")
        self.heading = QLabel(f"{host.code} {host.name} · {period}")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.view = HostLines(ctx)
        self.view.set_host(host)
        self.table, self.figures, self.banner = self.view.table, self.view.figures, self.view.banner
        self.pdf_button = QPushButton(self.tr("Open statement PDF"))
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.setEnabled(ctx.statement_documents is not None)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(1200, 640)

    @property
    def statement(self) -> HostStatement | None:
        return self.view.statement

    @property
    def lines(self) -> list[StatementLine]:
        return self.view.lines

    def load(self, work: Callable[[], HostStatement]) -> None:
        self.view.load(work)

    def column_texts(self, key: str) -> list[str]:
        return self.view.column_texts(key)


class ClosePeriodDialog(QDialog):
    """结算并关账: the period, its number and payable totals; a manager types 结账 to confirm (or,
    for a user who may not close, the page asks a manager's PIN after this)."""

    def __init__(self, view: PeriodView, *, needs_approval: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closePeriodDialog")
        self.view = view
        self.needs_approval = needs_approval
        s, status = view.settlement, view.status
        self.setWindowTitle(self.tr("Settle and close the period"))
        heading = QLabel(
            self.tr("Close %1 (%2)?").replace("%1", str(status.period)).replace("%2", status.number)
        )
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        figures = QLabel(
            self.tr(
                "%1 hosts · net sales %2 · host share %3 · charges %4\nPayable to hosts %5 · "
                "carried forward %6 · recommender fees %7"
            )
            .replace("%1", str(len(s.hosts)))
            .replace("%2", _cny(s.total("net_sales_fen")))
            .replace("%3", _cny(s.total("host_share_fen")))
            .replace("%4", _cny(s.total("charges_fen")))
            .replace("%5", _cny(s.total("payable_fen")))
            .replace("%6", _cny(s.total("carried_forward_fen")))
            .replace("%7", _cny(s.recommender_fees_fen))
        )
        figures.setObjectName("closeFigures")
        figures.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "Closing stores these figures and statements as they are. It cannot be undone: the "
                "period can never be reopened or overlapped, and no sale, refund or charge dated in it "
                "can be added."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(
            "QLabel { background: #fff8e1; border: 1px solid #e0b000; border-radius: 4px; padding: 8px; }"
        )
        self.word = self.tr("CLOSE")
        self.prompt = QLabel()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirmWord")
        self.confirm_edit.setMaxLength(16)
        self.go = QPushButton()
        self.go.setObjectName("confirmClose")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Esc cancels; Enter closes only once the word is typed
        cancel.clicked.connect(self.reject)
        self.go.setAutoDefault(False)
        self.go.clicked.connect(self.accept)
        if needs_approval:
            self.prompt.setText(self.tr("A manager approves with their PIN next."))
            self.confirm_edit.hide()
            self.go.setText(self.tr("Ask a manager…"))
            self.go.setDefault(True)
        else:
            self.prompt.setText(self.tr("Type %1 to confirm:").replace("%1", self.word))
            self.prompt.setBuddy(self.confirm_edit)
            self.go.setText(self.tr("Close the period"))
            self.go.setEnabled(False)
            self.confirm_edit.textChanged.connect(lambda _t: self.go.setEnabled(self.confirmed()))
            self.confirm_edit.returnPressed.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(cancel)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.prompt)
        confirm_row.addWidget(self.confirm_edit, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(figures)
        layout.addWidget(warning)
        layout.addLayout(confirm_row)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        if not needs_approval:
            self.confirm_edit.setFocus()

    def confirmed(self) -> bool:
        typed = self.confirm_edit.text().strip().casefold()
        return self.needs_approval or typed in {self.word.casefold(), "close", "结账"}

    def accept(self) -> None:
        if self.confirmed():
            super().accept()
