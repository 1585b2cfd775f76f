"""A period's hosts (one row each, the totals below) and its recommenders, in two tabs.

On a host's own page only the hosts' tab shows, one row high: its own lines come under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget, QWidget

from pos.services.statements import PeriodView
from pos.settlement import HostSettlement
from ui.kit.tables import texts
from ui.settlement.cells import RIGHT, number_item, settlement_table, text_item, tint_row

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


def _stretch(table: QTableWidget, column: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class SettlementTables(QTabWidget):
    """``hosts_table`` and ``recs_table`` of the period shown (``show_view``)."""

    def __init__(self, *, own_host_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_host_only = own_host_only
        self.view: PeriodView | None = None
        self.hosts_table = settlement_table(len(HOST_COLUMNS), "hostsTable")
        _stretch(self.hosts_table, HOST_COLUMNS.index("name"))
        self.recs_table = settlement_table(len(REC_COLUMNS), "recommendersTable")
        _stretch(self.recs_table, REC_COLUMNS.index("name"))
        self.setDocumentMode(True)
        self.addTab(self.hosts_table, "")
        self.addTab(self.recs_table, "")
        self.setTabVisible(1, not own_host_only)
        if own_host_only:  # one row: the host's own lines come right under it
            rows = self.hosts_table.verticalHeader().defaultSectionSize()
            self.hosts_table.setMaximumHeight(
                self.hosts_table.horizontalHeader().sizeHint().height() + rows + 6
            )
            self.hosts_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            bar = self.tabBar().sizeHint().height()
            self.setMaximumHeight(self.hosts_table.maximumHeight() + bar + 8)
        self.retranslate()

    def retranslate(self) -> None:
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
        self.setTabText(0, self.tr("Ho&sts"))
        self.setTabText(1, self.tr("&Recommenders"))
        self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_view(self, view: PeriodView | None) -> None:
        """One row per host (and the totals, shop-wide), one per recommender (and the totals)."""
        self.view = view
        if view is None:
            self.hosts_table.setRowCount(0)
            self.recs_table.setRowCount(0)
            return
        self._show_hosts(view)
        self._show_recommenders(view)

    def _show_hosts(self, view: PeriodView) -> None:
        s, table = view.settlement, self.hosts_table
        hosts = s.hosts
        table.setRowCount(len(hosts) + (1 if view.shop_wide and hosts else 0))
        for row, h in enumerate(hosts):
            table.setItem(row, 0, text_item(h.code))
            table.setItem(row, 1, text_item(h.name))
            for key, field in HOST_FIELDS.items():
                table.setItem(row, HOST_COLUMNS.index(key), number_item(getattr(h, field)))
        if table.rowCount() > len(hosts):
            row = len(hosts)
            table.setItem(row, 0, text_item(self.tr("Total"), bold=True))
            count = self.tr("%1 hosts").replace("%1", str(len(hosts)))
            table.setItem(row, 1, text_item(count, bold=True))
            for key, field in HOST_FIELDS.items():
                table.setItem(row, HOST_COLUMNS.index(key), number_item(s.total(field), bold=True))
            tint_row(table, row, selectable=False)
        if hosts and table.currentRow() < 0:
            table.setCurrentCell(0, 0)

    def _show_recommenders(self, view: PeriodView) -> None:
        s, table = view.settlement, self.recs_table
        recs = s.recommenders
        table.setRowCount(len(recs) + 1 if recs else 0)
        for row, r in enumerate(recs):
            table.setItem(row, 0, text_item(r.code))
            table.setItem(row, 1, text_item(r.name))
            lines = QTableWidgetItem(str(r.lines))
            lines.setTextAlignment(RIGHT)
            table.setItem(row, 2, lines)
            table.setItem(row, 3, number_item(r.fees_fen))
        if recs:
            row = len(recs)
            table.setItem(row, 0, text_item(self.tr("Total"), bold=True))
            table.setItem(row, 1, text_item(""))
            table.setItem(row, 2, text_item(str(s.recommender_lines), bold=True, right=True))
            table.setItem(row, 3, number_item(s.recommender_fees_fen, bold=True))
            tint_row(table, row)

    def host_at(self, row: int) -> HostSettlement | None:
        """The host in ``row`` (None for the totals row or none)."""
        if self.view is None or not 0 <= row < len(self.view.settlement.hosts):
            return None
        return self.view.settlement.hosts[row]

    def column_texts(self, key: str) -> list[str]:
        """What the hosts' column ``key`` (one of ``HOST_COLUMNS``) shows, top to bottom."""
        return texts(self.hosts_table, HOST_COLUMNS.index(key))
