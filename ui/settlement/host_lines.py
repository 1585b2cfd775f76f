"""One host's lines in a period: its figures, every line in time order with a totals row, and the
charges against its share; in a dialog opened from its row, and on a host's own page."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.money import format_bp
from pos.settlement import HostSettlement, Period
from pos.statements import HostStatement, StatementLine
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.tables import texts
from ui.kit.widgets import Banner
from ui.settlement.cells import REFUND_BACKGROUND, cny, number_item, settlement_table, text_item, tint_row

LINE_COLUMNS = ("at", "receipt", "product", "qty", "unit", "discount", "net", "commission", "rec", "host")


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
        self.table = settlement_table(len(LINE_COLUMNS), "linesTable")
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
            .replace("%1", cny(host.net_sales_fen))
            .replace("%2", cny(host.coop_commission_fen))
            .replace("%3", cny(host.recommender_fees_fen))
            .replace("%4", cny(host.host_share_fen))
            .replace("%5", cny(host.charges_fen))
            .replace("%6", cny(host.opening_balance_fen))
            .replace("%7", cny(host.payable_fen))
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
            qty = text_item(str(ln.qty), right=True)
            cells: Sequence[QTableWidgetItem] = (
                text_item(ln.at.strftime("%Y-%m-%d %H:%M")),
                text_item(receipt),
                text_item(product),
                qty,
                number_item(ln.unit_price_fen),
                number_item(ln.line_discount_fen + ln.sale_discount_fen),
                number_item(ln.net_fen),
                number_item(ln.coop_fen),
                number_item(ln.rec_fen),
                number_item(ln.host_fen),
            )
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
            if ln.refund:
                tint_row(self.table, row, REFUND_BACKGROUND)
        t = statement.totals
        row = len(self.lines)
        total_cells = {
            "at": text_item(self.tr("Total"), bold=True),
            "receipt": text_item(self.tr("%1 lines").replace("%1", str(t.lines)), bold=True),
            "qty": text_item(str(t.qty), bold=True, right=True),
            "discount": number_item(t.line_discount_fen + t.sale_discount_fen, bold=True),
            "net": number_item(t.net_fen, bold=True),
            "commission": number_item(t.coop_fen, bold=True),
            "rec": number_item(t.rec_fen, bold=True),
            "host": number_item(t.host_fen, bold=True),
        }
        for column, key in enumerate(LINE_COLUMNS):
            self.table.setItem(row, column, total_cells.get(key) or text_item(""))
        tint_row(self.table, row)
        items = statement.figures.charge_items
        if items:
            text = "；".join(f"{c.day} {c.note or c.kind} {cny(c.amount_fen)}" for c in items)
            self.charges.setText(self.tr("Charges: %1").replace("%1", text))
        else:
            self.charges.setText(self.tr("No charges in this period"))

    def column_texts(self, key: str) -> list[str]:
        return texts(self.table, LINE_COLUMNS.index(key))


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
