"""盘点: a counting mode built for a scanner in one hand.

Choose the scope (everything, one host, one tag) and start: every product's expected quantity is
taken then, and the shop keeps selling. Each scan (keystrokes into the focused field, ending in
Enter) adds one unit, or the quantity typed first; scans queue while the last ones are written and
go to the database in order, so a fast scanner loses none and doubles none. A sound and a large
line say what was counted; the lists show counted against expected now, and what in scope is not
counted yet. The count lives in the database: leave at any time (or close the app) and carry on
later. Then the variance report (PDF, XLSX) and the approval that posts the adjustments.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.catalog import Host, Tag
from pos.clock import utc_now, zone
from pos.errors import CoopError
from pos.services.stock_counts import (
    CountStatus,
    ScanOutcome,
    approve_count,
    cancel_count,
    count_choices,
    count_status,
    count_variance,
    current_count,
    recent_counts,
    scan_many,
    set_counted,
    start_count,
)
from pos.statements import ShopInfo
from pos.stock import MAX_QTY, CountLine, ScopeKind, StockCount, VarianceReport, count_number
from pos.users import Permission
from ui.kit.context import AppContext
from ui.kit.files import write_file
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.tables import big_font, cell, table, texts
from ui.kit.widgets import Banner, ask
from ui.stock.marks import LOW, NEGATIVE

COUNTED = ("barcode", "name", "expected", "counted", "variance")
OK_STYLE = "background: #dcfce7; color: #14532d; padding: 10px; border-radius: 6px;"
BAD_STYLE = "background: #fee2e2; color: #7f1d1d; padding: 10px; border-radius: 6px;"
REFRESH_MS = 400


def _signed(n: int) -> str:
    return f"{n:+d}" if n else "0"


class CountPanel(QWidget):
    """Starts a count when none is open; else the counting mode of the open one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countPanel")
        self.ctx = ctx
        self.count: StockCount | None = None
        self.status: CountStatus | None = None
        self.counted: dict[str, CountLine] = {}
        self.history: list[StockCount] = []
        self.pending: list[tuple[str, int]] = []
        self.writing = False
        self.scans_sent = 0
        self.last_file: Path | None = None
        actor = ctx.actor
        self.may_approve = actor is None or actor.may(Permission.APPROVE_COUNT)

        self.banner = Banner()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._start_page())
        self.stack.addWidget(self._count_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_status)
        self.retranslate()
        if ctx.serial_scanner is not None:  # a serial scanner counts here while this panel is shown
            ctx.serial_scanner.scanned.connect(self._serial_scanned)

    def _serial_scanned(self, code: str) -> None:
        if self.isVisible() and self.count is not None:
            self.add_scan(code.strip())

    # -- building -----------------------------------------------------------------------------

    def _start_page(self) -> QWidget:
        page = QWidget()
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
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addLayout(exports)
        layout.addWidget(self.history_table, 1)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_fields())
        self.start_button.clicked.connect(self.start)
        self.history_pdf.clicked.connect(lambda: self._export_history("pdf"))
        self.history_xlsx.clicked.connect(lambda: self._export_history("xlsx"))
        return page

    def _count_page(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("countTitle")
        big_font(self.title, 1.3)
        self.scan_label, self.qty_label = QLabel(), QLabel()
        self.scan = QLineEdit()
        self.scan.setObjectName("countScan")
        self.scan.setMaxLength(64)
        big_font(self.scan, 1.8)
        self.qty = QSpinBox()
        self.qty.setObjectName("countQty")
        self.qty.setRange(1, MAX_QTY)
        big_font(self.qty, 1.8)
        self.feedback = QLabel()
        self.feedback.setObjectName("countFeedback")
        self.feedback.setWordWrap(True)
        big_font(self.feedback, 1.9)
        self.progress = QLabel()
        self.progress.setObjectName("countProgress")
        big_font(self.progress, 1.15)
        self.counted_label, self.missing_label = QLabel(), QLabel()
        self.counted_table = table(len(COUNTED), "countedTable")
        self.missing_table = table(3, "notCountedTable")
        for t in (self.counted_table, self.missing_table):
            big_font(t, 1.1)
            t.setColumnWidth(0, 140)
            t.setColumnWidth(1, 220)
        self.set_button, self.refresh_button = QPushButton(), QPushButton()
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.approve_button, self.cancel_button = QPushButton(), QPushButton()
        self.approve_button.setObjectName("approveCount")
        self.approve_button.setVisible(self.may_approve)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b7280;")

        entry = QHBoxLayout()
        for label, field, stretch in ((self.scan_label, self.scan, 4), (self.qty_label, self.qty, 1)):
            label.setBuddy(field)
            entry.addWidget(label)
            entry.addWidget(field, stretch)
        lists = QHBoxLayout()
        for label, t, stretch in (
            (self.counted_label, self.counted_table, 3),
            (self.missing_label, self.missing_table, 2),
        ):
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(t, 1)
            lists.addLayout(box, stretch)
        buttons = QHBoxLayout()
        for b in (self.set_button, self.refresh_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.pdf_button, self.xlsx_button, self.cancel_button, self.approve_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addLayout(entry)
        layout.addWidget(self.feedback)
        layout.addWidget(self.progress)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

        self.scan.returnPressed.connect(self._scanned)
        self.set_button.clicked.connect(self.ask_set_counted)
        self.refresh_button.clicked.connect(self.refresh_status)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.approve_button.clicked.connect(self.ask_approve)
        self.cancel_button.clicked.connect(self.ask_cancel)
        return page

    # -- text ---------------------------------------------------------------------------------

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
        self.scan_label.setText(self.tr("&Scan"))
        self.scan.setPlaceholderText(self.tr("Scan: each scan adds one"))
        self.qty_label.setText(self.tr("&Qty"))
        self.qty.setToolTip(self.tr("Type how many first for many of one product; it goes back to 1"))
        self.counted_label.setText(self.tr("Counted"))
        self.missing_label.setText(self.tr("Not counted yet"))
        self.counted_table.setHorizontalHeaderLabels(
            [
                self.tr("Barcode"),
                self.tr("Product"),
                self.tr("Expected"),
                self.tr("On shelf"),
                self.tr("Variance"),
            ]
        )
        self.missing_table.setHorizontalHeaderLabels(
            [self.tr("Barcode"), self.tr("Product"), self.tr("Expected")]
        )
        self.set_button.setText(self.tr("Correct the &number…"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.pdf_button.setText(self.tr("Variance report &PDF…"))
        self.xlsx_button.setText(self.tr("E&xport XLSX…"))
        self.approve_button.setText(self.tr("&Approve and adjust stock…"))
        self.cancel_button.setText(self.tr("Ca&ncel the count…"))
        self.hint.setText(
            self.tr(
                "The count is kept as you go: leave this screen or close the app at any time and carry on "
                "later. Sales and refunds made while counting are taken into account."
            )
        )
        self._scope_fields()
        self._fill_header()
        self._fill_lists()
        self._fill_history()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def focus_scan(self) -> None:
        if self.count is not None:
            self.scan.setFocus()

    def _scope_fields(self) -> None:
        scope = self.scope_combo.currentData()
        self.host_combo.setEnabled(scope == "host")
        self.tag_combo.setEnabled(scope == "tag")

    # -- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        """The open count (resumed) if any, else the start page with hosts, tags and past counts."""
        ctx = self.ctx

        def work() -> tuple[StockCount | None, list[StockCount], list[Host], list[Tag]]:
            open_count = current_count(ctx.uow())
            history = list(recent_counts(ctx.read_uow()))
            choices = count_choices(ctx.read_uow())
            return open_count, history, list(choices.hosts), list(choices.tags)

        def done(result: tuple[StockCount | None, list[StockCount], list[Host], list[Tag]]) -> None:
            self.count, self.history, hosts, tags = result
            self.host_combo.clear()
            for h in hosts:
                self.host_combo.addItem(f"{h.code} {h.name}", h.code)
            self.tag_combo.clear()
            for t in tags:
                self.tag_combo.addItem(t.name, t.name)
            self._fill_history()
            self._show_mode()
            if self.count is not None:
                self.refresh_status()

        run_op(self, work, on_done=done, on_error=self._refused, label="open the stock count")

    def _show_mode(self) -> None:
        self.stack.setCurrentIndex(1 if self.count is not None else 0)
        self._fill_header()
        if self.count is not None:
            self.scan.setFocus()

    def refresh_status(self) -> None:
        count = self.count
        if count is None or count.id is None:
            return
        ctx, count_id = self.ctx, count.id

        def done(status: CountStatus) -> None:
            if self.count is None or self.count.id != status.count.id:
                return
            self.status = status
            self.counted = {ln.barcode: ln for ln in status.counted}
            self._fill_lists()

        run_op(
            self,
            lambda: count_status(ctx.read_uow(), count_id=count_id),
            on_done=done,
            on_error=self._refused,
            label="read the count",
        )

    # -- starting -----------------------------------------------------------------------------

    def start(self) -> None:
        scope: ScopeKind = self.scope_combo.currentData() or "all"
        host = str(self.host_combo.currentData() or "")
        tag = str(self.tag_combo.currentData() or "")
        ctx = self.ctx

        def done(count: StockCount) -> None:
            self.count = count
            self.counted = {}
            self.status = None
            self.banner.clear()
            self._show_mode()
            self.refresh_status()

        run_op(
            self,
            lambda: start_count(ctx.uow(), scope=scope, host_code=host, tag_name=tag, at=utc_now()),
            on_done=done,
            on_error=self._refused,
            label="start a stock count",
        )

    # -- scanning -----------------------------------------------------------------------------

    def _scanned(self) -> None:
        code = "".join(ch for ch in self.scan.text() if ch.isprintable()).strip()
        qty = self.qty.value()
        self.scan.clear()
        self.qty.setValue(1)
        if code:
            self.add_scan(code, qty)

    def add_scan(self, code: str, qty: int = 1) -> None:
        """Queue one scan; they are written in order, a batch at a time."""
        self.pending.append((code, qty))
        self._flush()

    def _flush(self) -> None:
        count = self.count
        if self.writing or not self.pending or count is None or count.id is None:
            return
        batch, self.pending = self.pending, []
        self.writing = True
        ctx, count_id = self.ctx, count.id

        def done(outcomes: list[ScanOutcome]) -> None:
            self.scans_sent += len(batch)
            for outcome in outcomes:
                self._outcome(outcome)

        def failed(error: CoopError) -> None:  # the whole batch was refused (e.g. the count closed)
            self._bad(error.message(screen_language()))

        def next_batch() -> None:
            self.writing = False
            if self.pending:
                self._flush()
            else:
                self._refresh_timer.start()

        run_op(
            self,
            lambda: scan_many(ctx.uow(), count_id=count_id, scans=batch, at=utc_now()),
            on_done=done,
            on_error=failed,
            on_finally=next_batch,
            label="record scans",
        )

    def _outcome(self, outcome: ScanOutcome) -> None:
        if outcome.error is not None or outcome.result is None:
            assert outcome.error is not None
            self._bad(outcome.error.message(screen_language()))
            return
        r = outcome.result
        old = self.counted.get(r.barcode)
        if old is not None:
            from dataclasses import replace

            self.counted[r.barcode] = replace(old, counted=r.counted, expected=r.expected)
        self.feedback.setStyleSheet(OK_STYLE)
        variance = r.counted - r.expected
        self.feedback.setText(
            self.tr("+%1  %2 — counted %3 of %4 expected (%5)")
            .replace("%1", str(r.added))
            .replace("%2", r.name)
            .replace("%3", str(r.counted))
            .replace("%4", str(r.expected))
            .replace("%5", _signed(variance))
        )
        QApplication.beep()
        if old is not None:
            self._fill_counted()

    def _bad(self, text: str) -> None:
        self.feedback.setStyleSheet(BAD_STYLE)
        self.feedback.setText(text)
        QApplication.beep()
        QTimer.singleShot(180, QApplication.beep)  # two beeps: look at the screen
        self.scan.setFocus()

    def ask_set_counted(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        row = self.counted_table.currentRow()
        lines = list(self.counted.values())
        if not 0 <= row < len(lines):
            self.banner.show_error(self.tr("Choose a counted product first."))
            return
        line = lines[row]
        value, ok = QInputDialog.getInt(
            self, self.tr("Correct the number"), self.tr("How many of %1 are there?").replace("%1", line.name),
            line.counted, 0, MAX_QTY,
        )  # fmt: skip
        if ok:
            self.set_counted(line.barcode, value)

    def set_counted(self, barcode: str, counted: int) -> None:
        count = self.count
        if count is None or count.id is None:
            return
        ctx, count_id = self.ctx, count.id
        run_op(
            self,
            lambda: set_counted(ctx.uow(), count_id=count_id, code=barcode, counted=counted, at=utc_now()),
            on_done=lambda _r: self.refresh_status(),
            on_error=self._refused,
            label="correct a count",
        )

    # -- finishing ----------------------------------------------------------------------------

    def ask_approve(self) -> None:
        status = self.status
        left = (status.products - status.scanned_products) if status and status.count.uncounted_zero else 0
        text = self.tr("Post the variances as stock adjustments? This cannot be undone.")
        if left:
            text += "\n" + self.tr("%1 products in scope were not counted: they count as zero.").replace(
                "%1", str(left)
            )
        ask(self, self.tr("Approve the count"), text, self.approve)

    def approve(self) -> None:
        count = self.count
        if count is None or count.id is None:
            return
        ctx, count_id = self.ctx, count.id

        def done(report: VarianceReport) -> None:
            self.count = None
            self.status = None
            self.counted = {}
            self.banner.show_info(
                self.tr("Count %1 approved: %2 products adjusted.")
                .replace("%1", count_number(count_id))
                .replace("%2", str(sum(1 for ln in report.lines if ln.variance)))
            )
            self.load()

        run_op(
            self,
            lambda: approve_count(ctx.uow(), count_id=count_id, at=utc_now(), timezone=ctx.config.timezone),
            on_done=done,
            on_error=self._refused,
            label="approve a count",
        )

    def ask_cancel(self) -> None:
        ask(
            self,
            self.tr("Cancel the count"),
            self.tr("Cancel this count? Nothing is posted; what was scanned is dropped."),
            self.cancel,
        )

    def cancel(self) -> None:
        count = self.count
        if count is None or count.id is None:
            return
        ctx, count_id = self.ctx, count.id

        def done(_r: object) -> None:
            self.count = None
            self.load()

        run_op(
            self,
            lambda: cancel_count(ctx.uow(), count_id=count_id, at=utc_now()),
            on_done=done,
            on_error=self._refused,
            label="cancel a count",
        )

    # -- reports ------------------------------------------------------------------------------

    def ask_path(self, suggested: str, kind: str) -> Path | None:
        pattern = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the variance report as"), suggested, pattern
        )
        return Path(name) if name else None

    def export(self, kind: str, count_id: int | None = None) -> None:
        docs = self.ctx.stock_documents
        count_id = count_id if count_id is not None else (self.count.id if self.count else None)
        if docs is None or count_id is None:
            return
        path = self.ask_path(f"{count_number(count_id)}.{kind}", kind)
        if path is None:
            return
        ctx, config = self.ctx, self.ctx.config
        shop = ShopInfo(config.shop_name, config.shop_address)

        def work() -> Path:
            report = count_variance(ctx.read_uow(), count_id=count_id, at=utc_now())
            if kind == "pdf":
                data = docs.variance_pdf(report, shop=shop, timezone=config.timezone)
            else:
                data = docs.variance_xlsx(report, timezone=config.timezone)
            write_file(path, data)
            return path

        def done(saved: Path) -> None:
            self.last_file = saved
            self.banner.show_info(self.tr("Saved as %1").replace("%1", str(saved)))

        run_op(self, work, on_done=done, on_error=self._refused, label="save a variance report")

    def _export_history(self, kind: str) -> None:
        row = self.history_table.currentRow()
        if 0 <= row < len(self.history) and self.history[row].id is not None:
            self.export(kind, self.history[row].id)
        else:
            self.banner.show_error(self.tr("Choose a count in the list first."))

    # -- showing ------------------------------------------------------------------------------

    def _fill_header(self) -> None:
        c = self.count
        if c is None or c.id is None:
            return
        started = c.started_at.astimezone(zone(self.ctx.config.timezone)).strftime("%Y-%m-%d %H:%M")
        self.title.setText(
            self.tr("Count %1 · %2 · started %3 by %4")
            .replace("%1", count_number(c.id))
            .replace("%2", c.scope_label)
            .replace("%3", started)
            .replace("%4", c.started_by)
        )

    def _fill_lists(self) -> None:
        self._fill_counted()
        status = self.status
        missing = status.not_counted if status else ()
        self.missing_table.setRowCount(len(missing))
        for row, ln in enumerate(missing):
            for column, item in enumerate(
                (cell(ln.barcode), cell(ln.name), cell(str(ln.expected), right=True))
            ):
                self.missing_table.setItem(row, column, item)
        if status is not None:
            self.progress.setText(
                self.tr("%1 of %2 products counted, %3 units scanned · %4 not counted yet")
                .replace("%1", str(status.scanned_products))
                .replace("%2", str(status.products))
                .replace("%3", str(status.scanned_units))
                .replace("%4", str(status.products - status.scanned_products))
            )

    def _fill_counted(self) -> None:
        lines = list(self.counted.values())
        self.counted_table.setRowCount(len(lines))
        for row, ln in enumerate(lines):
            color = NEGATIVE if ln.variance < 0 else LOW if ln.variance > 0 else None
            cells = (
                cell(ln.barcode),
                cell(ln.name),
                cell(str(ln.expected), right=True),
                cell(str(ln.counted), right=True),
                cell(_signed(ln.variance), right=True, color=color),
            )
            for column, item in enumerate(cells):
                self.counted_table.setItem(row, column, item)

    def _fill_history(self) -> None:
        tz = zone(self.ctx.config.timezone)
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

    def _refused(self, error: CoopError) -> None:
        QApplication.beep()
        self.banner.show_error(error.message(screen_language()))

    def column_texts(self, which: str, key: str) -> list[str]:
        if which == "counted":
            return texts(self.counted_table, COUNTED.index(key))
        return texts(self.missing_table, ("barcode", "name", "expected").index(key))
