"""结算 The settlement screen: a period's figures per host, their lines, their statements, and closing.

The screen picks a period, reads it off the GUI thread and shows it (the parts are in this
package, one module each: see ``ui/settlement/__init__.py``); its buttons open a host's lines and
statement PDF, export everything (managers) and close the period. A host login sees only its own
row and its own statement: the services scope what they return by the user logged in, whatever
this screen shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.clock import business_day, utc_now
from pos.errors import CoopError
from pos.services.statements import PeriodView, closed_periods, host_statement_of, period_view, statement_set
from pos.settlement import ClosedSettlement, HostSettlement, Period
from pos.statements import HostStatement, ShopInfo, Status
from pos.users import Actor, Permission
from ui.kit.changes import Area, Changed
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import Banner, muted
from ui.settlement.close_dialog import ClosePeriodDialog
from ui.settlement.closing import PeriodClosing
from ui.settlement.export_all import ExportAll
from ui.settlement.host_lines import HostLines, HostLinesDialog
from ui.settlement.period_picker import PeriodPicker
from ui.settlement.period_summary import PeriodSummary
from ui.settlement.settlement_tables import SettlementTables
from ui.settlement.statement_files import default_pdf_folder, open_document, write_host_pdf

# What another screen may change that this one shows: it reads the period again.
SHOWN_AREAS = (Area.SALES, Area.HOSTS, Area.CHARGES, Area.SETTLEMENT)


def _button(name: str, keys: str = "") -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setMinimumHeight(36)
    if keys:
        button.setShortcut(QKeySequence(keys))
    return button


@dataclass(frozen=True, slots=True)
class Loaded:
    view: PeriodView
    closed: list[Status]


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
        self._generation = 0
        self._shown_once = False
        self._stale = False  # the books changed elsewhere while the page was hidden
        actor = ctx.actor
        self.own_host_only = actor is not None and actor.role == "host"
        self.may_settle = actor is None or actor.may(Permission.SETTLE)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.picker = PeriodPicker(self.today)
        picker = self.picker
        self.from_edit, self.to_edit = picker.from_edit, picker.to_edit
        self.last_month_button, self.this_month_button = picker.last_month_button, picker.this_month_button
        self.closed_combo, self.refresh_button = picker.closed_combo, picker.refresh_button
        self.banner = Banner()
        self.summary = PeriodSummary()
        self.status_label = self.summary.status_label
        self.summary_values, self.payments_value = self.summary.values, self.summary.payments_value
        self.tabs = SettlementTables(own_host_only=self.own_host_only)
        self.hosts_table, self.recs_table = self.tabs.hosts_table, self.tabs.recs_table
        self.hosts_table.activated.connect(lambda index: self.show_lines(index.row()))
        # a host's page: its own lines right under its row
        self.own_lines = HostLines(ctx) if self.own_host_only else None

        self.lines_button = _button("showLines")
        self.pdf_button = _button("openPdf", "Ctrl+P")
        self.export_button = _button("exportAll", "Ctrl+E")
        self.close_button = _button("closePeriod", "Ctrl+Shift+K")
        self.close_button.setStyleSheet("QPushButton:enabled { color: #b71c1c; font-weight: bold; }")
        for button in (self.export_button, self.close_button):
            button.setVisible(self.may_settle and not self.own_host_only)
        self.hint = muted(QLabel())
        self.lines_button.setVisible(not self.own_host_only)  # a host's lines are on its page
        self.hint.setVisible(not self.own_host_only)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.status_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        for button in (self.lines_button, self.pdf_button, self.export_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.picker)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        if self.own_lines is not None:
            layout.addWidget(self.tabs)
            layout.addWidget(self.own_lines, 1)
        else:
            layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        picker.wanted.connect(self.reload)
        self.lines_button.clicked.connect(lambda: self.show_lines(self.hosts_table.currentRow()))
        self.pdf_button.clicked.connect(lambda: self.open_pdf())
        self.export_button.clicked.connect(self._choose_export_folder)
        self.close_button.clicked.connect(self.ask_close)
        self.hosts_table.itemSelectionChanged.connect(self._update_buttons)
        self.closing = PeriodClosing(ctx, self, lambda: self.view)
        self.closing.closed.connect(self._closed)
        self.closing.refused.connect(self._refused)
        self.closing.ended.connect(self._update_buttons)
        self.retranslate()

    def today(self) -> date:
        return business_day(utc_now(), self.ctx.config.timezone)

    def language(self) -> str:
        return screen_language()

    def shop(self) -> ShopInfo:
        return ShopInfo(self.ctx.config.shop_name, self.ctx.config.shop_address)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My statements") if self.own_host_only else self.tr("Settlement"))
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
        if not self._shown_once or self._stale:
            self._shown_once = True
            self.reload()

    def changes_made(self, changed: Changed) -> None:
        """Another screen changed the books: read the period again (now, or when next shown)."""
        if changed.origin is self or not changed.touches(*SHOWN_AREAS):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def period(self) -> Period:
        """The period the date fields say (RuleError for one that ends before it starts)."""
        return self.picker.period()

    def set_period(self, period: Period) -> None:
        """Show ``period`` (loads at once)."""
        self.picker.set_period(period)

    def reload(self) -> None:
        self.picker.asked()
        self._stale = False
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
        closed_number = view.status.number if view is not None and view.status.closed else ""
        self.picker.show_closed(self.closed_list, closed_number)
        self.summary.show_view(view)
        self.tabs.show_view(view)
        self._update_buttons()

    def _load_own_lines(self) -> None:
        """On a host's page: its lines under its row (the service gives a host only its own)."""
        if self.own_lines is None:
            return
        host = self.host_at(0)
        self.own_lines.set_host(host)
        if host is not None:
            self.own_lines.load(self._host_statement(host.code))

    def selected_host(self) -> HostSettlement | None:
        return self.host_at(self.hosts_table.currentRow())

    def host_at(self, row: int) -> HostSettlement | None:
        return self.tabs.host_at(row)

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
        return self.tabs.column_texts(key)

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

        def done(path: Path) -> None:
            self.last_pdf = path
            self.banner.show_info(self.tr("Statement written: %1").replace("%1", str(path)))
            self.pdf_written.emit(path)
            self.open_file(path)

        self.pdf_button.setEnabled(False)
        run_op(
            self,
            lambda: write_host_pdf(documents, load(), folder),
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
        export = ExportAll(
            self,
            documents,
            lambda: statement_set(ctx.read_uow(), period=period, timezone=timezone, shop=shop),
            folder,
        )
        self.progress = export.progress

        def finished(paths: list[Path]) -> None:
            self.exported_files = paths
            self.banner.show_info(
                self.tr("%1 files written to %2").replace("%1", str(len(paths))).replace("%2", str(folder))
            )
            self.exported.emit(paths)

        def refused(error: CoopError) -> None:  # a cancel too: the files written so far stay
            self.exported_files = []
            self.banner.show_error(error.message(self.language()))

        def end() -> None:
            self.progress = None
            self._update_buttons()

        self.export_button.setEnabled(False)
        export.start(on_done=finished, on_error=refused, on_finally=end)

    # -- closing ------------------------------------------------------------------------------------

    @property
    def close_dialog(self) -> ClosePeriodDialog | None:
        """The confirmation 结算并关账 opened last."""
        return self.closing.dialog

    def needs_approval(self) -> bool:
        """Whether closing needs a manager's PIN: the user logged in may not close themselves."""
        return self.closing.needs_approval()

    def ask_close(self) -> None:
        """结算并关账: the confirmation with the period and its payable totals."""
        view = self.view
        if view is None or view.status.closed or not view.shop_wide:
            return
        self.banner.clear()
        self.closing.ask(self.today())

    def close_period(self, approver: Actor | None = None) -> None:
        """Close the period shown (after the confirmation); the page then shows it as closed."""
        if self.view is None:
            return
        self.close_button.setEnabled(False)
        self.closing.close(approver)

    def _closed(self, closed: ClosedSettlement) -> None:
        self.period_closed.emit(closed)
        self.reload()
        self.banner.show_info(self.tr("Closed: %1. Its statements are final.").replace("%1", closed.number))
