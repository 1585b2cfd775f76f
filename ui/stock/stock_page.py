"""The stock screen (库存): the stock list (``stock_list``), 入库 (intake) and 退货 (return to host)
(``stock_slip``), and 盘点 (counting, ``stock_count``), one tab each."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from pos.users import Permission
from ui.kit.context import AppContext
from ui.stock.stock_list import StockList


class StockTabs(QTabWidget):
    """库存 · 入库 · 退货 · 盘点; a host login sees only its own stock list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from ui.stock.stock_count import CountPanel
        from ui.stock.stock_slip import SlipPanel

        super().__init__(parent)
        self.setObjectName("page_stock")
        self.setDocumentMode(True)
        actor = ctx.actor
        self.stock = StockList(ctx)
        self.addTab(self.stock, "")
        receive = actor is None or actor.may(Permission.RECEIVE_STOCK)
        count = actor is None or actor.may(Permission.COUNT_STOCK)
        self.intake = SlipPanel(ctx, kind="intake") if receive else None
        self.returns = SlipPanel(ctx, kind="return_to_host") if receive else None
        self.counting = CountPanel(ctx) if count else None
        for tab in (self.intake, self.returns, self.counting):
            if tab is not None:
                self.addTab(tab, "")
        self.currentChanged.connect(self._focus)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(self.indexOf(self.stock), self.tr("&Stock"))
        if self.intake is not None:
            self.setTabText(self.indexOf(self.intake), self.tr("&Intake"))
        if self.returns is not None:
            self.setTabText(self.indexOf(self.returns), self.tr("&Return to host"))
        if self.counting is not None:
            self.setTabText(self.indexOf(self.counting), self.tr("Stock &count"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus(self, index: int) -> None:
        widget = self.widget(index)
        focus = getattr(widget, "focus_scan", None)
        if callable(focus):
            focus()
