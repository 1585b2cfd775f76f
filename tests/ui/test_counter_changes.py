"""What the counter, shift and stock screens change in the books is told to the open screens, so
those that show it read it again: a sale at the checkout reaches the settlement screen through
the main window, the stock list on screen reads the shelf again after a slip made elsewhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from db.uow import SqlUnitOfWork
from pos.clock import business_day, utc_now
from pos.sale import Tender
from pos.services import shifts as shift_service
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.stock import receive_goods, stock_export
from pos.services.stock_counts import start_count
from pos.services.users import login
from pos.settlement import Period
from pos.shifts import DenominationCount
from tests.ui.conftest import BAG_BARCODE, SOAP_BARCODE
from tests.ui.test_login import log_in, open_window, settle
from ui.checkout.checkout_page import CheckoutPage
from ui.checkout.refund_dialog import RefundDialog
from ui.kit import ops
from ui.kit.changes import Area, Changed, announce, notifier
from ui.kit.context import AppContext
from ui.settlement.settlement_page import SettlementPage
from ui.shifts.shift_dialogs import OpenShiftDialog
from ui.stock.stock_count import CountPanel
from ui.stock.stock_list import StockList
from ui.stock.stock_page import StockTabs
from ui.stock.stock_slip import SlipPanel


@pytest.fixture
def heard() -> Iterator[list[Changed]]:
    """Every change announced while the test runs."""
    got: list[Changed] = []

    def note(changed: Changed) -> None:
        got.append(changed)

    notifier.changed.connect(note)
    yield got
    notifier.changed.disconnect(note)


def on_hand(engine: Engine, barcode: str) -> int:
    return {str(r["barcode"]): int(str(r["on_hand"])) for r in stock_export(SqlUnitOfWork(engine))}[barcode]


def test_a_sale_at_the_checkout_makes_the_settlement_screen_read_the_books_again(
    qtbot: QtBot, counter: AppContext, heard: list[Changed]
) -> None:
    window = open_window(qtbot, counter)
    log_in(qtbot, window, "M01", "8888")  # 王店长 sells, and settles
    settlement = window.page("settlement")
    assert isinstance(settlement, SettlementPage)
    with qtbot.waitSignal(settlement.loaded, timeout=20000):
        window.show_page("settlement")
    today = business_day(utc_now(), counter.config.timezone)
    with qtbot.waitSignal(settlement.loaded, timeout=20000):
        settlement.set_period(Period(today, today))
    assert settlement.view is not None
    before = settlement.view.settlement.total("sales_fen")

    window.show_page("checkout")
    page = window.page("checkout")
    assert isinstance(page, CheckoutPage)
    shift_service.open_shift(
        counter.uow(), counter_id="C1", float_count=DenominationCount.of({10000: 2}), at=utc_now()
    )
    assert page.ring_up(SOAP_BARCODE)
    sale = page.paying.commit_sale([Tender("cash", 2500)])
    page.paying.after_sale(sale)
    assert heard == [Changed(frozenset({Area.SALES, Area.STOCK}), page)]

    with qtbot.waitSignal(settlement.loaded, timeout=20000):  # it shows sales: it reads them again
        window.show_page("settlement")
    assert settlement.view is not None
    assert settlement.view.settlement.total("sales_fen") == before + 2500
    settle()


def test_the_stock_list_on_screen_reads_the_shelf_again_when_stock_changed_elsewhere(
    qtbot: QtBot, counter: AppContext, counter_engine: Engine
) -> None:
    window = open_window(qtbot, counter)
    log_in(qtbot, window, "M01", "8888")
    window.show_page("stock")
    tabs = window.page("stock")
    assert isinstance(tabs, StockTabs)
    stock = tabs.stock
    qtbot.waitUntil(lambda: BAG_BARCODE in stock.column_texts("barcode"))
    settle()
    row = stock.column_texts("barcode").index(BAG_BARCODE)
    assert stock.column_texts("on_hand")[row] == "12"

    # what the list does not show, or a change it made itself, reads nothing
    receive_goods(SqlUnitOfWork(counter_engine), lines=[(BAG_BARCODE, 3)], at=datetime.now(UTC))
    announce({Area.USERS, Area.SHIFTS})
    announce({Area.STOCK}, stock)
    settle()
    assert not ops.pending() and stock.column_texts("on_hand")[row] == "12"

    announce({Area.STOCK})  # goods received at another screen
    qtbot.waitUntil(lambda: stock.column_texts("on_hand")[row] == "15")
    settle()


def test_the_counters_and_the_stock_screens_operations_say_what_they_changed(
    qtbot: QtBot, counter: AppContext, counter_engine: Engine, heard: list[Changed]
) -> None:
    assert counter.session is not None
    counter.session.log_in(login(counter.login_uow(), code="M01", pin="8888", now=utc_now()))
    opening = OpenShiftDialog(counter)
    qtbot.addWidget(opening)
    opening.entry.set_pieces({10000: 2})
    opening.confirm()
    settle()
    assert opening.shift is not None

    sale = complete_sale(
        counter.uow(), items=[ItemRequest(SOAP_BARCODE, 1)], tenders=[Tender("cash", 2500)],
        at=datetime.now(UTC), timezone=counter.config.timezone, counter_id="C1",
    )  # fmt: skip
    refund = RefundDialog(counter, receipt_no=sale.receipt_no)
    qtbot.addWidget(refund)
    refund.show()
    settle()
    refund.refund_all()
    refund.confirm()
    settle()
    assert refund.refund is not None

    slip = SlipPanel(dataclasses.replace(counter, stock_documents=None), kind="intake")
    qtbot.addWidget(slip)
    slip.add(SOAP_BARCODE, 4)
    qtbot.waitUntil(lambda: slip.column_texts("qty") == ["4"])
    slip.make()
    settle()
    assert slip.last_slip is not None

    stock = StockList(counter)
    qtbot.addWidget(stock)
    stock.record_loss(BAG_BARCODE, 1, "摔碎")
    settle()
    assert on_hand(counter_engine, BAG_BARCODE) == 11

    start_count(SqlUnitOfWork(counter_engine), scope="host", host_code="H02", at=utc_now())
    counting = CountPanel(counter)
    qtbot.addWidget(counting)
    counting.show()
    qtbot.waitUntil(lambda: counting.count is not None and counting.status is not None)
    counting.approve()
    qtbot.waitUntil(lambda: counting.count is None)
    settle()

    assert heard == [
        Changed(frozenset({Area.SHIFTS}), opening),
        Changed(frozenset({Area.SALES, Area.STOCK}), refund),
        Changed(frozenset({Area.STOCK}), slip),
        Changed(frozenset({Area.STOCK}), stock),
        Changed(frozenset({Area.STOCK, Area.CHARGES}), counting),
    ]
