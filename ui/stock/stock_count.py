"""盘点: a counting mode built for a scanner in one hand.

Choose the scope (everything, one host, one tag) and start: every product's expected quantity is
taken then, and the shop keeps selling. Each scan (keystrokes into the focused field, ending in
Enter) adds one unit, or the quantity typed first; scans queue while the last ones are written and
go to the database in order, so a fast scanner loses none and doubles none. A sound and a large
line say what was counted; the lists show counted against expected now, and what in scope is not
counted yet. The count lives in the database: leave at any time (or close the app) and carry on
later. Then the variance report (PDF, XLSX) and the approval that posts the adjustments.

The panel holds the count and talks to ``pos.services.stock_counts``; what it shows before a
count is ``count_start.CountStart``, and while counting ``count_sheet.CountSheet``; the variance
report is saved by ``variance_files.VarianceFiles``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QStackedWidget, QVBoxLayout, QWidget

from pos.catalog import Host, Tag
from pos.clock import utc_now
from pos.errors import CoopError
from pos.services.stock_counts import (
    CountStatus,
    ScanOutcome,
    approve_count,
    cancel_count,
    count_choices,
    count_status,
    current_count,
    recent_counts,
    scan_many,
    set_counted,
    start_count,
)
from pos.stock import MAX_QTY, CountLine, StockCount, VarianceReport, count_number
from pos.users import Permission
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import Area, run_op
from ui.kit.scan_while_shown import ScanWhileShown
from ui.kit.screen import Screen
from ui.kit.widgets import Banner, ask
from ui.stock.count_sheet import CountSheet
from ui.stock.count_start import CountStart
from ui.stock.variance_files import VarianceFiles

REFRESH_MS = 400


class CountPanel(Screen):
    """Starts a count when none is open; else the counting mode of the open one (read each time
    the panel is shown)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countPanel")
        self.ctx = ctx
        self.count: StockCount | None = None
        self.status: CountStatus | None = None
        self.counted: dict[str, CountLine] = {}
        self.pending: list[tuple[str, int]] = []
        self.writing = False
        self.scans_sent = 0
        actor = ctx.actor
        self.may_approve = actor is None or actor.may(Permission.APPROVE_COUNT)

        self.banner = Banner()
        self.reports = VarianceFiles(self)
        self.starting = CountStart(ctx.config.timezone)
        self.sheet = CountSheet(ctx.config.timezone, may_approve=self.may_approve)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.starting)
        self.stack.addWidget(self.sheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        starting, sheet = self.starting, self.sheet
        starting.start_button.clicked.connect(self.start)
        starting.history_pdf.clicked.connect(lambda: self.reports.export_chosen("pdf"))
        starting.history_xlsx.clicked.connect(lambda: self.reports.export_chosen("xlsx"))
        sheet.scan.returnPressed.connect(self._scanned)
        sheet.set_button.clicked.connect(self.ask_set_counted)
        sheet.refresh_button.clicked.connect(self.refresh_status)
        sheet.pdf_button.clicked.connect(lambda: self.reports.export("pdf"))
        sheet.xlsx_button.clicked.connect(lambda: self.reports.export("xlsx"))
        sheet.approve_button.clicked.connect(self.ask_approve)
        sheet.cancel_button.clicked.connect(self.ask_cancel)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_status)
        self.retranslate()
        # a serial scanner counts here while this panel is shown (a wedge types into the scan field)
        self.scans = ScanWhileShown(self, self._serial_scanned, serial=ctx.serial_scanner, wedge=False)

    def _serial_scanned(self, code: str) -> None:
        if self.count is not None:
            self.add_scan(code.strip())

    def retranslate(self) -> None:
        self.starting.retranslate()
        self.sheet.retranslate()
        self.sheet.show_header(self.count)
        self._fill_lists()

    def focus_scan(self) -> None:
        if self.count is not None:
            self.sheet.scan.setFocus()

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
            self.count, history, hosts, tags = result
            self.starting.show_choices(hosts, tags)
            self.starting.show_history(history)
            self._show_mode()
            if self.count is not None:
                self.refresh_status()

        run_op(self, work, on_done=done, on_error=self.refused, label="open the stock count")

    def _show_mode(self) -> None:
        self.stack.setCurrentIndex(1 if self.count is not None else 0)
        self.sheet.show_header(self.count)
        if self.count is not None:
            self.sheet.scan.setFocus()

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
            on_error=self.refused,
            label="read the count",
        )

    def _fill_lists(self) -> None:
        self.sheet.show_lists(self.status, list(self.counted.values()))

    # -- starting -----------------------------------------------------------------------------

    def start(self) -> None:
        scope, host, tag = self.starting.scope()
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
            on_error=self.refused,
            label="start a stock count",
        )

    # -- scanning -----------------------------------------------------------------------------

    def _scanned(self) -> None:
        code, qty = self.sheet.take_scan()
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
            self.counted[r.barcode] = replace(old, counted=r.counted, expected=r.expected)
        self.sheet.show_counted(r)
        QApplication.beep()
        if old is not None:
            self.sheet.show_counted_lines(list(self.counted.values()))

    def _bad(self, text: str) -> None:
        self.sheet.show_refused(text)
        QApplication.beep()
        QTimer.singleShot(180, QApplication.beep)  # two beeps: look at the screen
        self.sheet.scan.setFocus()

    def ask_set_counted(self) -> None:
        row = self.sheet.counted_table.currentRow()
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
            on_error=self.refused,
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
            on_error=self.refused,
            label="approve a count",
            changes={Area.STOCK, Area.CHARGES},  # adjustments; a credit where the co-op bears losses
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
            on_error=self.refused,
            label="cancel a count",
        )

    def refused(self, error: CoopError) -> None:
        QApplication.beep()
        self.banner.show_error(error.message(screen_language()))

    def column_texts(self, which: str, key: str) -> list[str]:
        return self.sheet.column_texts(which, key)
