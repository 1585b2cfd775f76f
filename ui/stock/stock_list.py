"""The stock list (库存), the stock screen's first tab.

The list shows on hand per product and per host, the value at price, negative and low stock
flagged, and days on shelf since the last intake; a host login sees only its own goods and only
this list. Everything is read through a read-only unit of work off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.catalog import Host
from pos.clock import utc_now
from pos.errors import CoopError
from pos.ids import HostId
from pos.money import format_cny
from pos.services.queries import visible_hosts
from pos.services.stock import count_stock_levels, host_stock, record_loss, set_low_stock, stock_levels
from pos.stock import HostStock, StockFilter, StockFlag, StockLevel
from pos.users import Permission
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import Area, run_op
from ui.kit.screen import Screen
from ui.kit.tables import big_font, cell, table, texts
from ui.kit.widgets import Banner
from ui.stock.marks import LOW, NEGATIVE

PAGE_SIZE = 200
TYPING_PAUSE_MS = 250
COLUMNS = ("barcode", "name", "host", "price", "on_hand", "value", "low_at", "days", "flag")
HOST_COLUMNS = ("host", "products", "units", "value", "negative", "low", "bearer")


class StockList(Screen):
    """On hand per host (above) and per product (a page at a time), with filters; read again when
    shown, and when stock, goods or hosts changed elsewhere."""

    shows = frozenset({Area.STOCK, Area.GOODS, Area.HOSTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockList")
        self.ctx = ctx
        self.levels: list[StockLevel] = []
        self.hosts: list[HostStock] = []
        self.total = 0
        self.page_number = 0
        self._generation = 0
        self._host_choices: list[Host] = []
        actor = ctx.actor
        self.may_edit = actor is None or actor.may(Permission.EDIT_CATALOG)

        self.search = QLineEdit()
        self.search.setObjectName("stockSearch")
        self.search.setClearButtonEnabled(True)
        self.host_combo = QComboBox()
        self.host_combo.setObjectName("stockHost")
        self.flag_combo = QComboBox()
        self.flag_combo.setObjectName("stockFlag")
        for flag in ("", "negative", "low", "in_stock", "out"):
            self.flag_combo.addItem("", flag)
        self.search_label, self.host_label, self.flag_label = QLabel(), QLabel(), QLabel()
        self.banner = Banner()
        self.summary = QLabel()
        self.summary.setObjectName("stockSummary")
        big_font(self.summary)
        self.page_label = QLabel()
        self.prev_button, self.next_button = QPushButton(), QPushButton()
        self.refresh_button, self.low_button = QPushButton(), QPushButton()
        self.low_button.setObjectName("setLowStock")
        self.low_button.setVisible(self.may_edit)
        self.loss_button = QPushButton()
        self.loss_button.setObjectName("recordLoss")
        self.loss_button.setVisible(actor is None or actor.may(Permission.APPROVE_COUNT))

        self.host_table = table(len(HOST_COLUMNS), "hostStockTable")
        self.host_table.setMaximumHeight(190)
        self.table = table(len(COLUMNS), "stockTable")
        for key, width in (("barcode", 140), ("name", 220), ("host", 150), ("price", 90), ("on_hand", 80),
                           ("value", 110), ("low_at", 80), ("days", 80)):  # fmt: skip
            self.table.setColumnWidth(COLUMNS.index(key), width)
        for i, width in enumerate((200, 80, 80, 120, 80, 80)):
            self.host_table.setColumnWidth(i, width)
        big_font(self.table, 1.1)

        filters = QHBoxLayout()
        for label, field in (
            (self.search_label, self.search),
            (self.host_label, self.host_combo),
            (self.flag_label, self.flag_combo),
        ):
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1 if field is self.search else 0)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        for button in (
            self.loss_button,
            self.low_button,
            self.refresh_button,
            self.prev_button,
            self.next_button,
        ):
            paging.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.host_table)
        layout.addLayout(filters)
        layout.addLayout(paging)
        layout.addWidget(self.table, 1)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self.show_page(0))
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search.returnPressed.connect(lambda: self.show_page(0))
        self.host_combo.currentIndexChanged.connect(lambda _i: self.show_page(0))
        self.flag_combo.currentIndexChanged.connect(lambda _i: self.show_page(0))
        self.prev_button.clicked.connect(lambda: self.show_page(self.page_number - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_number + 1))
        self.refresh_button.clicked.connect(self.load)
        self.low_button.clicked.connect(self.ask_low_stock)
        self.loss_button.clicked.connect(self.ask_loss)
        self.host_table.cellDoubleClicked.connect(self._pick_host_row)
        self.retranslate()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Find"))
        self.search.setPlaceholderText(self.tr("Barcode, name or pinyin initials"))
        self.host_label.setText(self.tr("&Host"))
        self.flag_label.setText(self.tr("&Show"))
        for i, text in enumerate(
            (
                self.tr("All goods"),
                self.tr("Negative stock"),
                self.tr("Low stock"),
                self.tr("In stock"),
                self.tr("None on hand"),
            )
        ):
            self.flag_combo.setItemText(i, text)
        self.prev_button.setText(self.tr("< &Previous"))
        self.next_button.setText(self.tr("&Next >"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.low_button.setText(self.tr("&Low-stock level…"))
        self.loss_button.setText(self.tr("Record a l&oss…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Barcode"),
                self.tr("Product"),
                self.tr("Host"),
                self.tr("Price"),
                self.tr("On hand"),
                self.tr("Value"),
                self.tr("Low at"),
                self.tr("Days on shelf"),
                self.tr("Flag"),
            ]
        )
        self.host_table.setHorizontalHeaderLabels(
            [
                self.tr("Host"),
                self.tr("Goods"),
                self.tr("Units"),
                self.tr("Value"),
                self.tr("Negative"),
                self.tr("Low"),
                self.tr("Losses borne by"),
            ]
        )
        self._fill_hosts_combo()
        self._fill()

    # -- reading ------------------------------------------------------------------------------

    def query(self, page: int) -> StockFilter:
        host = self.host_combo.currentData()
        flag: StockFlag = self.flag_combo.currentData() or ""
        return StockFilter(
            text=self.search.text().strip(),
            host_id=HostId(int(host)) if host else None,
            flag=flag,
            limit=PAGE_SIZE,
            offset=page * PAGE_SIZE,
        )

    def load(self) -> None:
        ctx = self.ctx

        def work() -> tuple[list[HostStock], list[Host]]:
            return list(host_stock(ctx.read_uow())), list(visible_hosts(ctx.read_uow()))

        def done(result: tuple[list[HostStock], list[Host]]) -> None:
            self.hosts, self._host_choices = result
            self._fill_hosts_combo()
            self._fill_hosts()

        run_op(self, work, on_done=done, on_error=self._refused, label="read stock per host")
        self.show_page(self.page_number)

    def show_page(self, page: int) -> None:
        self._typing.stop()
        page = max(0, page)
        query = self.query(page)
        self._generation += 1
        generation, ctx = self._generation, self.ctx

        def work() -> tuple[list[StockLevel], int]:
            return list(stock_levels(ctx.read_uow(), query)), count_stock_levels(ctx.read_uow(), query)

        def done(result: tuple[list[StockLevel], int]) -> None:
            if generation != self._generation:
                return
            self.banner.clear()
            self.levels, self.total = result
            self.page_number = page
            self._fill()

        run_op(self, work, on_done=done, on_error=self._refused, label="read the stock list")

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(screen_language()))

    # -- showing ------------------------------------------------------------------------------

    def _fill_hosts_combo(self) -> None:
        current = self.host_combo.currentData()
        self.host_combo.blockSignals(True)
        self.host_combo.clear()
        self.host_combo.addItem(self.tr("All hosts"), None)
        for h in self._host_choices:
            self.host_combo.addItem(f"{h.code} {h.name}", int(h.id or 0))
        index = self.host_combo.findData(current)
        self.host_combo.setCurrentIndex(max(index, 0))
        self.host_combo.blockSignals(False)

    def _fill_hosts(self) -> None:
        self.host_table.setRowCount(len(self.hosts))
        for row, h in enumerate(self.hosts):
            bearer = self.tr("Co-op") if h.loss_bearer == "coop" else self.tr("Host")
            cells = [
                cell(f"{h.host_code} {h.host_name}"),
                cell(str(h.products), right=True),
                cell(str(h.units), right=True),
                cell(format_cny(h.value_fen), right=True),
                cell(str(h.negative), right=True, color=NEGATIVE if h.negative else None),
                cell(str(h.low), right=True, color=LOW if h.low else None),
                cell(bearer),
            ]
            for column, item in enumerate(cells):
                self.host_table.setItem(row, column, item)
        units = sum(h.units for h in self.hosts)
        value = sum(h.value_fen for h in self.hosts)
        negative = sum(h.negative for h in self.hosts)
        low = sum(h.low for h in self.hosts)
        self.summary.setText(
            self.tr("%1 units on the shelf, worth %2 at price · %3 negative · %4 low")
            .replace("%1", str(units))
            .replace("%2", format_cny(value))
            .replace("%3", str(negative))
            .replace("%4", str(low))
        )

    def _fill(self) -> None:
        now = utc_now()
        tz = self.ctx.config.timezone
        self.table.setRowCount(len(self.levels))
        for row, x in enumerate(self.levels):
            days = x.days_on_shelf(now, tz)
            flag, color = "", None
            if x.negative:
                flag, color = self.tr("Negative: count it"), NEGATIVE
            elif x.low:
                flag, color = self.tr("Low"), LOW
            inactive = self.tr("inactive")  # a call of its own: lupdate does not look inside f-strings
            cells = [
                cell(x.barcode),
                cell(x.name if x.active else f"{x.name} ({inactive})"),
                cell(f"{x.host_code} {x.host_name}"),
                cell(format_cny(x.price_fen), right=True),
                cell(str(x.on_hand), right=True, color=color),
                cell(format_cny(x.value_fen), right=True),
                cell(str(x.threshold) if x.threshold else "", right=True),
                cell("" if days is None else str(days), right=True),
                cell(flag, color=color),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        first = self.page_number * PAGE_SIZE
        if self.levels:
            self.page_label.setText(
                self.tr("Goods %1–%2 of %3")
                .replace("%1", str(first + 1))
                .replace("%2", str(first + len(self.levels)))
                .replace("%3", str(self.total))
            )
        else:
            self.page_label.setText(self.tr("No goods match"))
        self.prev_button.setEnabled(self.page_number > 0)
        self.next_button.setEnabled(first + len(self.levels) < self.total)

    def _pick_host_row(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.hosts):
            index = self.host_combo.findData(int(self.hosts[row].host_id))
            if index >= 0:
                self.host_combo.setCurrentIndex(index)

    # -- acting -------------------------------------------------------------------------------

    def selected(self) -> StockLevel | None:
        row = self.table.currentRow()
        return self.levels[row] if 0 <= row < len(self.levels) else None

    def ask_low_stock(self) -> None:
        level = self.selected()
        if level is None:
            self.banner.show_error(self.tr("Choose a product in the list first."))
            return
        value, ok = QInputDialog.getInt(
            self,
            self.tr("Low-stock level"),
            self.tr("Flag %1 as low at or below this many units (0: never):").replace("%1", level.name),
            level.threshold,
            0,
            100_000,
        )
        if ok:
            self.set_low_stock(level.barcode, value)

    def set_low_stock(self, barcode: str, threshold: int) -> None:
        ctx = self.ctx
        run_op(
            self,
            lambda: set_low_stock(ctx.uow(), barcode=barcode, threshold=threshold),
            on_done=lambda _r: self.load(),
            on_error=self._refused,
            label="set a low-stock level",
            changes={Area.STOCK},
        )

    def ask_loss(self) -> None:
        level = self.selected()
        if level is None:
            self.banner.show_error(self.tr("Choose a product in the list first."))
            return
        qty, ok = QInputDialog.getInt(
            self, self.tr("Record a loss"), self.tr("How many of %1 are broken or gone?").replace("%1", level.name),
            1, 1, 100_000,
        )  # fmt: skip
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Record a loss"), self.tr("Why (e.g. broken in the shop):")
        )
        if ok:
            self.record_loss(level.barcode, qty, reason)

    def record_loss(self, barcode: str, qty: int, reason: str) -> None:
        ctx = self.ctx
        run_op(
            self,
            lambda: record_loss(ctx.uow(), barcode=barcode, qty=qty, at=utc_now(), reason=reason),
            on_done=lambda _m: self.load(),
            on_error=self._refused,
            label="record a loss",
            changes={Area.STOCK},
        )

    def column_texts(self, key: str) -> list[str]:
        return texts(self.table, COLUMNS.index(key))
