"""入库 (intake) and 退货 (return to host): scan or type the goods of one host, how many, why, then
make the movements and save the slip as a PDF with the host's and the co-op's signature lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.clock import utc_now
from pos.errors import CoopError, NotFound
from pos.money import format_cny
from pos.services.stock import SlipProduct, receive_goods, return_to_host, slip_product, stock_levels
from pos.statements import ShopInfo
from pos.stock import MAX_QTY, StockFilter, StockLevel, StockSlip
from ui.kit.context import AppContext
from ui.kit.files import write_file
from ui.kit.language import screen_language
from ui.kit.ops import Area, run_op
from ui.kit.scan_while_shown import ScanWhileShown
from ui.kit.screen import Screen
from ui.kit.tables import big_font, cell, table, texts
from ui.kit.widgets import Banner

COLUMNS = ("barcode", "name", "host", "price", "on_hand", "qty", "value")
MAX_FOUND = 30


@dataclass
class _Line:
    product: SlipProduct
    qty: int


class SlipPanel(Screen):
    """``kind`` is ``intake`` (入库) or ``return_to_host`` (退货给主理人)."""

    def __init__(self, ctx: AppContext, *, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName("intakePanel" if kind == "intake" else "returnPanel")
        self.lines: list[_Line] = []
        self.last_slip: StockSlip | None = None
        self.last_file: Path | None = None

        self.banner = Banner()
        self.scan_label = QLabel()
        self.scan = QLineEdit()
        self.scan.setObjectName("slipScan")
        self.scan.setMaxLength(64)
        big_font(self.scan, 1.4)
        self.qty_label = QLabel()
        self.qty = QSpinBox()
        self.qty.setObjectName("slipQty")
        self.qty.setRange(1, MAX_QTY)
        big_font(self.qty, 1.4)
        self.table = table(len(COLUMNS), "slipTable")
        big_font(self.table, 1.1)
        for key, width in (("barcode", 140), ("name", 240), ("host", 160), ("price", 90), ("on_hand", 80),
                           ("qty", 80)):  # fmt: skip
            self.table.setColumnWidth(COLUMNS.index(key), width)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setObjectName("slipReason")
        self.reason.setMaxLength(200)
        self.total = QLabel()
        self.total.setObjectName("slipTotal")
        big_font(self.total, 1.3)
        self.minus_button, self.remove_button, self.clear_button = QPushButton(), QPushButton(), QPushButton()
        self.make_button = QPushButton()
        self.make_button.setObjectName("makeSlip")
        big_font(self.make_button, 1.2)

        entry = QHBoxLayout()
        for label, field, stretch in ((self.scan_label, self.scan, 3), (self.qty_label, self.qty, 0)):
            label.setBuddy(field)
            entry.addWidget(label)
            entry.addWidget(field, stretch)
        edit = QHBoxLayout()
        for button in (self.minus_button, self.remove_button, self.clear_button):
            edit.addWidget(button)
        edit.addStretch(1)
        edit.addWidget(self.total)
        foot = QHBoxLayout()
        self.reason_label.setBuddy(self.reason)
        foot.addWidget(self.reason_label)
        foot.addWidget(self.reason, 1)
        foot.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addLayout(foot)

        self.scan.returnPressed.connect(self._scanned)
        self.minus_button.clicked.connect(self.minus_one)
        self.remove_button.clicked.connect(self.remove_line)
        self.clear_button.clicked.connect(self.clear)
        self.make_button.clicked.connect(self.make)
        self.retranslate()
        # a serial scanner adds here while this panel is shown (a wedge types into the scan field)
        self.scans = ScanWhileShown(self, self._serial_scanned, serial=ctx.serial_scanner, wedge=False)

    def _serial_scanned(self, code: str) -> None:
        if code.strip():
            self.add(code.strip(), self.qty.value())
            self.qty.setValue(1)

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        intake = self.kind == "intake"
        self.scan_label.setText(self.tr("&Scan"))
        self.scan.setPlaceholderText(
            self.tr("Scan, or type a barcode or a name (pinyin initials), then Enter")
        )
        self.qty_label.setText(self.tr("&Qty"))
        self.reason_label.setText(self.tr("N&ote"))
        self.reason.setPlaceholderText(
            self.tr("e.g. second delivery of November") if intake else self.tr("e.g. end of season")
        )
        self.minus_button.setText("−1")  # the same in every language
        self.remove_button.setText(self.tr("Remove &line"))
        self.clear_button.setText(self.tr("Cl&ear"))
        self.make_button.setText(
            self.tr("&Receive and save the slip…") if intake else self.tr("&Return and save the slip…")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Barcode"),
                self.tr("Product"),
                self.tr("Host"),
                self.tr("Price"),
                self.tr("On hand"),
                self.tr("Qty"),
                self.tr("Value"),
            ]
        )
        self._fill()

    def focus_scan(self) -> None:
        self.scan.setFocus()

    # -- lines --------------------------------------------------------------------------------

    def _scanned(self) -> None:
        code = self.scan.text().strip()
        qty = self.qty.value()
        self.scan.clear()
        self.qty.setValue(1)
        if code:
            self.add(code, qty)

    def add(self, code: str, qty: int = 1) -> None:
        """A scanned or typed barcode; a name or pinyin initials (not all digits) is looked up in the
        goods: one match is added, several are offered to pick from."""
        ctx = self.ctx
        by_name = not code.isdigit()

        def failed(error: CoopError) -> None:
            if isinstance(error, NotFound) and by_name:
                self.find_goods(code, qty)
            else:
                self._refused(error)

        run_op(
            self,
            lambda: slip_product(ctx.uow(), code=code),
            on_done=lambda p: self._add(p, qty),
            on_error=failed,
            label="look a product up",
        )

    def find_goods(self, text: str, qty: int) -> None:
        ctx = self.ctx

        def done(found: list[StockLevel]) -> None:
            if not found:
                self._refused_text(self.tr("No goods match “%1”").replace("%1", text))
            elif len(found) == 1:
                self.add(found[0].barcode, qty)
            else:
                labels = [
                    f"{x.name} · {x.barcode} · {x.host_code} · {format_cny(x.price_fen)}" for x in found
                ]
                choice = self.pick(labels)
                if choice is not None:
                    self.add(found[choice].barcode, qty)

        run_op(
            self,
            lambda: list(stock_levels(ctx.read_uow(), StockFilter(text=text, active=True, limit=MAX_FOUND))),
            on_done=done,
            on_error=self._refused,
            label="find goods",
        )

    def pick(self, labels: list[str]) -> int | None:
        """Which of the goods found (a list to choose from; None: none)."""
        item, ok = QInputDialog.getItem(
            self, self.tr("Pick the product"), self.tr("Goods found:"), labels, 0, False
        )
        return labels.index(item) if ok and item in labels else None

    def _add(self, product: SlipProduct, qty: int) -> None:
        if self.lines and self.lines[0].product.host_code != product.host_code:
            first = self.lines[0].product
            self._refused_text(
                self.tr("%1 belongs to %2: one slip holds the goods of one host (%3).")
                .replace("%1", product.name)
                .replace("%2", f"{product.host_code} {product.host_name}")
                .replace("%3", f"{first.host_code} {first.host_name}")
            )
            return
        for line in self.lines:
            if line.product.barcode == product.barcode:
                line.qty += qty
                break
        else:
            self.lines.append(_Line(product, qty))
        self._fill()
        self.table.selectRow(
            next(i for i, ln in enumerate(self.lines) if ln.product.barcode == product.barcode)
        )

    def _row(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.lines) else -1

    def minus_one(self) -> None:
        row = self._row()
        if row >= 0:
            self.lines[row].qty -= 1
            if self.lines[row].qty <= 0:
                del self.lines[row]
            self._fill()

    def remove_line(self) -> None:
        row = self._row()
        if row >= 0:
            del self.lines[row]
            self._fill()

    def clear(self) -> None:
        self.lines.clear()
        self.reason.clear()
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, ln in enumerate(self.lines):
            p = ln.product
            cells = [
                cell(p.barcode),
                cell(p.name),
                cell(f"{p.host_code} {p.host_name}"),
                cell(format_cny(p.price_fen), right=True),
                cell(str(p.on_hand), right=True),
                cell(str(ln.qty), right=True),
                cell(format_cny(ln.qty * p.price_fen), right=True),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        units = sum(ln.qty for ln in self.lines)
        value = sum(ln.qty * ln.product.price_fen for ln in self.lines)
        self.total.setText(
            self.tr("%1 goods, %2 units, %3").replace("%1", str(len(self.lines)))
            .replace("%2", str(units))
            .replace("%3", format_cny(value))
        )  # fmt: skip
        self.make_button.setEnabled(bool(self.lines))

    def column_texts(self, key: str) -> list[str]:
        return texts(self.table, COLUMNS.index(key))

    # -- making the slip ----------------------------------------------------------------------

    def ask_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the slip as"), suggested, "PDF (*.pdf)")
        return Path(name) if name else None

    def make(self) -> None:
        if not self.lines:
            return
        ctx = self.ctx
        lines = [(ln.product.barcode, ln.qty) for ln in self.lines]
        reason = self.reason.text()
        service = receive_goods if self.kind == "intake" else return_to_host
        self.make_button.setEnabled(False)

        def done(slip: StockSlip) -> None:
            self.last_slip = slip
            self.clear()
            self.banner.show_info(
                self.tr("%1 made: %2 units of %3.")
                .replace("%1", slip.number)
                .replace("%2", str(slip.units))
                .replace("%3", f"{slip.host_code} {slip.host_name}")
            )
            self.save_slip(slip)

        run_op(
            self,
            lambda: service(ctx.uow(), lines=lines, at=utc_now(), reason=reason),
            on_done=done,
            on_error=self._refused,
            on_finally=lambda: self.make_button.setEnabled(bool(self.lines)),
            label="make a stock slip",
            changes={Area.STOCK},
        )

    def save_slip(self, slip: StockSlip) -> None:
        docs = self.ctx.stock_documents
        if docs is None:
            return
        path = self.ask_path(f"{slip.number}-{slip.host_code}.pdf")
        if path is None:
            return
        config = self.ctx.config
        shop = ShopInfo(config.shop_name, config.shop_address)

        def work() -> Path:
            write_file(path, docs.slip_pdf(slip, shop=shop, timezone=config.timezone))
            return path

        def done(saved: Path) -> None:
            self.last_file = saved
            self.banner.show_info(
                self.tr("%1 saved as %2").replace("%1", slip.number).replace("%2", str(saved))
            )

        run_op(self, work, on_done=done, on_error=self._refused, label="save a stock slip")

    def _refused(self, error: CoopError) -> None:
        self._refused_text(error.message(screen_language()))

    def _refused_text(self, text: str) -> None:
        QApplication.beep()
        self.banner.show_error(text)
        self.scan.setFocus()
