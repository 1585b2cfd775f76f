"""盘点, while counting: the scan field and its quantity, a large line saying what the last scan
counted (or why it was refused), the progress, and the two lists: counted against expected now,
and what in scope is not counted yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from pos.clock import zone
from pos.services.stock_counts import CountStatus, ScanResult
from pos.stock import MAX_QTY, CountLine, StockCount, count_number
from ui.kit.tables import big_font, cell, table, texts
from ui.stock.marks import LOW, NEGATIVE

COUNTED = ("barcode", "name", "expected", "counted", "variance")
NOT_COUNTED = ("barcode", "name", "expected")
OK_STYLE = "background: #dcfce7; color: #14532d; padding: 10px; border-radius: 6px;"
BAD_STYLE = "background: #fee2e2; color: #7f1d1d; padding: 10px; border-radius: 6px;"


def _signed(n: int) -> str:
    return f"{n:+d}" if n else "0"


class CountSheet(QWidget):
    """The open count as it is being counted; the count panel acts on its field and buttons."""

    def __init__(self, timezone: str, *, may_approve: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
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
        self.missing_table = table(len(NOT_COUNTED), "notCountedTable")
        for t in (self.counted_table, self.missing_table):
            big_font(t, 1.1)
            t.setColumnWidth(0, 140)
            t.setColumnWidth(1, 220)
        self.set_button, self.refresh_button = QPushButton(), QPushButton()
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.approve_button, self.cancel_button = QPushButton(), QPushButton()
        self.approve_button.setObjectName("approveCount")
        self.approve_button.setVisible(may_approve)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(entry)
        layout.addWidget(self.feedback)
        layout.addWidget(self.progress)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

    def retranslate(self) -> None:
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

    def take_scan(self) -> tuple[str, int]:
        """What was scanned into the field and how many (the field cleared, the quantity back to 1)."""
        code = "".join(ch for ch in self.scan.text() if ch.isprintable()).strip()
        qty = self.qty.value()
        self.scan.clear()
        self.qty.setValue(1)
        return code, qty

    # -- showing ------------------------------------------------------------------------------

    def show_header(self, count: StockCount | None) -> None:
        if count is None or count.id is None:
            return
        started = count.started_at.astimezone(zone(self.timezone)).strftime("%Y-%m-%d %H:%M")
        self.title.setText(
            self.tr("Count %1 · %2 · started %3 by %4")
            .replace("%1", count_number(count.id))
            .replace("%2", count.scope_label)
            .replace("%3", started)
            .replace("%4", count.started_by)
        )

    def show_counted(self, result: ScanResult) -> None:
        """The line a scan counted, large and green."""
        self.feedback.setStyleSheet(OK_STYLE)
        self.feedback.setText(
            self.tr("+%1  %2 — counted %3 of %4 expected (%5)")
            .replace("%1", str(result.added))
            .replace("%2", result.name)
            .replace("%3", str(result.counted))
            .replace("%4", str(result.expected))
            .replace("%5", _signed(result.counted - result.expected))
        )

    def show_refused(self, text: str) -> None:
        """Why a scan was not counted, large and red."""
        self.feedback.setStyleSheet(BAD_STYLE)
        self.feedback.setText(text)

    def show_lists(self, status: CountStatus | None, counted: Sequence[CountLine]) -> None:
        self.show_counted_lines(counted)
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

    def show_counted_lines(self, lines: Sequence[CountLine]) -> None:
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

    def column_texts(self, which: str, key: str) -> list[str]:
        if which == "counted":
            return texts(self.counted_table, COUNTED.index(key))
        return texts(self.missing_table, NOT_COUNTED.index(key))
