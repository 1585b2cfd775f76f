"""X 报表 / Z 报表: a shift report as the text the printer prints, read-only, with its PDF.

The view only shows a report it is given: an X report changes nothing, and a Z report was
stored when the shift closed, so drawing its PDF afterwards cannot undo or redo the close.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.money import format_cny
from pos.shifts import ShiftReport, over_short_zh, z_label
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.files import write_file
from ui.kit.times import local_time
from ui.kit.widgets import ERROR_COLOUR, INFO_COLOUR, Banner

OVER_COLOUR = "#e65100"  # more cash than expected: not an error, but worth a look


def plain_report_text(ctx: AppContext, report: ShiftReport) -> str:
    """The figures that matter, for a context without the receipts' text layout (tests, scripts)."""
    lines = [
        report.title_zh,
        f"收银台 {report.counter_id}",
        f"开班 {local_time(ctx, report.opened_at)} {report.opened_by}",
        f"截至 {local_time(ctx, report.as_of)}",
        f"备用金 {format_cny(report.float_fen)}",
        f"存入 {format_cny(report.paid_in_fen)}",
        f"支出 {format_cny(report.paid_out_fen)}",
        f"应有现金 {format_cny(report.expected_cash_fen)}",
    ]
    if report.counted_fen is not None and report.over_short_fen is not None:
        lines += [
            f"实点现金 {format_cny(report.counted_fen)}",
            f"差额（多/少） {over_short_zh(report.over_short_fen)}",
        ]
    return "\n".join(lines)


class ReportView(QWidget):
    """A report's text in a monospaced, read-only box; on a Z report the over/short stands out."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: ShiftReport | None = None
        self.written: Path | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("reportTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.over_short_label = QLabel()
        self.over_short_label.setObjectName("overShort")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.over_short_label.setFont(big)
        self.over_short_label.hide()
        self.text = QPlainTextEdit()
        self.text.setObjectName("reportText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(mono)
        self.text.setMinimumSize(420, 320)
        self.banner = Banner()
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._browse)
        self.save_button.setEnabled(ctx.shift_report_pdf is not None)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.over_short_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)

    def show_report(self, report: ShiftReport) -> None:
        self.report = report
        if report.kind == "Z" and report.number is not None:
            self.title_label.setText(
                self.tr("Z report %1").replace("%1", z_label(report.counter_id, report.number))
            )
        else:
            self.title_label.setText(self.tr("X report (shift still open)"))
        render = self.ctx.shift_report_text
        self.text.setPlainText(
            render(self.ctx.config, report) if render is not None else plain_report_text(self.ctx, report)
        )
        fen = report.over_short_fen
        if fen is None:
            self.over_short_label.hide()
            return
        if fen > 0:
            words, colour = self.tr("Over %1").replace("%1", format_cny(fen)), OVER_COLOUR
        elif fen < 0:
            words, colour = self.tr("Short %1").replace("%1", format_cny(-fen)), ERROR_COLOUR
        else:
            words, colour = self.tr("Even: the count matches"), INFO_COLOUR
        self.over_short_label.setText(self.tr("Over/short: %1").replace("%1", words))
        self.over_short_label.setStyleSheet(f"color: {colour};")
        self.over_short_label.show()

    def default_name(self) -> str:
        report = self.report
        if report is None:
            return "report.pdf"
        if report.kind == "Z" and report.number is not None:
            return f"{z_label(report.counter_id, report.number)}.pdf"
        return f"{report.counter_id}-X-{local_time(self.ctx, report.as_of, '%Y%m%d-%H%M')}.pdf"

    def _browse(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), str(Path(folder) / self.default_name()), "PDF (*.pdf)"
        )
        if name:
            self.save_pdf(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def save_pdf(self, path: Path) -> None:
        """Draw the report's PDF off the GUI thread and write it to ``path``."""
        report, render = self.report, self.ctx.shift_report_pdf
        if report is None or render is None:
            return
        config = self.ctx.config
        self.banner.clear()
        self.save_button.setEnabled(False)

        def work() -> Path:
            write_file(path, render(config, report))
            return path

        ops.run_op(
            self,
            work,
            on_done=self._saved,
            on_error=lambda error: self.banner.show_error(error.message(self.ctx.config.language)),
            on_finally=lambda: self.save_button.setEnabled(True),
            label="shift report pdf",
        )

    def _saved(self, path: Path) -> None:
        self.written = path
        self.banner.show_info(self.tr("Saved %1").replace("%1", str(path)))


class ReportDialog(QDialog):
    """An X report over the checkout: look, save the PDF, close. Nothing changes."""

    def __init__(self, ctx: AppContext, report: ShiftReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReportDialog")
        self.setWindowTitle(self.tr("X report"))
        self.view = ReportView(ctx)
        self.view.show_report(report)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
