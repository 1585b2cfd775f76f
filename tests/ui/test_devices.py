"""The counter's printer, drawer and pole display from the screens: a loopback network printer
that is off, then back; a test print and an audited "open drawer" from 设置 › 设备; a paid-out
that opens the drawer. The devices are built as the app builds them (``ui.wiring``)."""

from __future__ import annotations

import dataclasses
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.engine import make_engine
from db.print_jobs import SqlPrintJobStore
from db.uow import SqlUnitOfWork
from pos.audit import Action, AuditEntry, AuditFilter
from pos.config import Config
from pos.pole_display import PoleLayout, PoleScreen
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.shifts import open_shift
from pos.services.users import login
from pos.shifts import DenominationCount
from pos.users import system_actor
from tests.integration.printer_sim import Listener, closed_port, read_escpos
from tests.integration.test_pole_display import FakeDisplay, screens
from tests.ui.conftest import BAG_BARCODE, FakeDevices, StubDocuments, counter_context
from tests.ui.test_login import settle
from tests.ui.test_shifts_ui import open_with_float
from ui.app.main_window import MainWindow
from ui.app.pages import SettingsTabs
from ui.kit.context import AppContext
from ui.kit.devices import CounterDevicesQt, CounterHardware, PoleHardware
from ui.kit.session import Session
from ui.settings.devices_page import DevicesPage
from ui.shifts.shift_dialogs import CashMovementDialog
from ui.wiring.counter import counter_devices
from ui.wiring.shop import Shop

TZ = "Asia/Shanghai"


@dataclasses.dataclass
class Counter:
    """The counter app's context over the small shop, with its devices on ``printer_uri``."""

    ctx: AppContext
    devices: CounterDevicesQt
    shop: Shop

    def log_in(self, code: str, pin: str) -> None:
        assert self.ctx.session is not None
        self.ctx.session.log_in(login(self.ctx.login_uow(), code=code, pin=pin, now=datetime.now(UTC)))

    def open_shift(self) -> None:
        """The user logged in opens counter C1's shift (an empty float), as before the first sale."""
        open_shift(self.ctx.uow(), counter_id="C1", float_count=DenominationCount(), at=datetime.now(UTC))

    def sell_bag_for_cash(self) -> str:
        sale = complete_sale(
            SqlUnitOfWork(self.shop.engine, actor=self.ctx.session.actor if self.ctx.session else None),
            items=[ItemRequest(BAG_BARCODE, 1)],
            tenders=[Tender("cash", 3990)],
            at=datetime.now(UTC),
            timezone=TZ,
            counter_id="C1",
        )
        return sale.receipt_no

    def waiting(self) -> int:
        return len(SqlPrintJobStore(self.shop.engine).pending("C1"))

    def audit(self, action: str) -> list[AuditEntry]:
        with SqlUnitOfWork(self.shop.engine) as uow:
            return [e for e in uow.audit.search(AuditFilter()) if e.action == action]


@pytest.fixture
def make_counter(
    app: QApplication, tmp_path: Path, documents: StubDocuments, counter_shop_file: Path
) -> Iterator[Callable[..., Counter]]:
    made: list[Counter] = []

    def make(printer_uri: str, **settings: object) -> Counter:
        path = tmp_path / f"shop{len(made)}.sqlite"
        shutil.copyfile(counter_shop_file, path)
        url = f"sqlite:///{path}"
        config = Config(printer_uri=printer_uri, printer_paper_mm=58, **settings)  # type: ignore[arg-type]
        shop = Shop(
            config=config,
            url=url,
            engine=make_engine(url),
            actor=system_actor("test"),
            config_path=tmp_path / "c.toml",
        )
        session = Session()
        devices = counter_devices(shop, session)
        ctx = dataclasses.replace(
            counter_context(shop.engine, documents, session), config=config, devices=devices
        )
        made.append(Counter(ctx, devices, shop))
        return made[-1]

    yield make
    settle()
    for counter in made:
        counter.devices.stop()
        counter.shop.close()


def test_an_unreachable_printer_shows_in_the_status_bar_and_the_receipt_prints_once_it_is_back(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    port = closed_port()
    counter = make_counter(f"tcp://127.0.0.1:{port}")
    counter.log_in("C01", "1111")
    counter.open_shift()
    window = MainWindow(shop_name="来!合作社", context=counter.ctx)
    qtbot.addWidget(window)
    assert window.printer_status.text() in ("打印机：就绪", "打印机：正在打印，0 张待打印")

    receipt_no = counter.sell_bag_for_cash()
    counter.devices.print_receipt(receipt_no)  # returns at once: the cashier keeps selling
    qtbot.waitUntil(lambda: window.printer_status.text() == "打印机：离线，1 张待打印", timeout=10000)
    assert window.printer_status.property("state") == "error"
    assert counter.waiting() == 1  # kept in the database for the retry

    page = DevicesPage(counter.ctx)
    qtbot.addWidget(page)
    assert page.printer_state.text() == "打印机：离线，1 张待打印"
    assert "127.0.0.1" in page.printer_detail.text()  # why: the printer does not answer
    printer = Listener(port=port)  # switched on again
    try:
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        jobs = printer.wait_jobs(1)
        qtbot.waitUntil(lambda: window.printer_status.text() == "打印机：就绪", timeout=10000)
        assert page.printer_state.text() == "打印机：就绪" and page.printer_detail.text() == ""
        assert counter.waiting() == 0
        counter.devices.retry_now()
        assert counter.devices.wait_idle()
        assert printer.jobs == jobs and len(jobs) == 1  # printed once
        printout = read_escpos(jobs[0])
        assert any(receipt_no in text for text in printout.texts)
        assert printout.drawer_kicks == [(2, 100)]  # a cash sale still fresh opens the drawer
    finally:
        printer.close()


def test_a_receipt_that_cannot_be_queued_is_told_in_the_status_bar(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter(f"tcp://127.0.0.1:{closed_port()}")
    counter.log_in("C01", "1111")
    window = MainWindow(shop_name="来!合作社", context=counter.ctx)
    qtbot.addWidget(window)
    counter.devices.print_receipt("C1-20990101-0001")  # no such sale: said in passing, never raised
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=5000)
    assert window.statusBar().currentMessage() == (
        "小票 C1-20990101-0001 未能打印：没有单号为 C1-20990101-0001 的销售或退货"
    )
    assert counter.waiting() == 0


def test_no_printer_is_said_and_nothing_is_queued(qtbot: QtBot, make_counter: Callable[..., Counter]) -> None:
    counter = make_counter("none")
    counter.log_in("C01", "1111")
    counter.open_shift()
    window = MainWindow(shop_name="来!合作社", context=counter.ctx)
    qtbot.addWidget(window)
    assert window.printer_status.text() == "打印机：未设置"
    counter.devices.print_receipt(counter.sell_bag_for_cash())
    counter.devices.open_drawer()
    assert counter.devices.wait_idle()
    assert counter.waiting() == 0 and window.statusBar().currentMessage() == ""
    page = DevicesPage(counter.ctx)
    qtbot.addWidget(page)
    assert page.printer_value.text() == "无（不打印小票）"
    assert not page.test_button.isEnabled() and not page.drawer_button.isEnabled()


def test_a_test_print_from_the_settings_lands_on_the_printer(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    printer = Listener()
    try:
        counter = make_counter(printer.uri)
        counter.log_in("M01", "8888")
        tabs = SettingsTabs(counter.ctx)
        qtbot.addWidget(tabs)
        page = tabs.devices
        assert page is not None and tabs.tabText(tabs.indexOf(page)) == "设备(&D)"
        assert page.printer_value.text() == printer.uri
        assert page.paper_value.text() == "58 毫米，32 列"
        assert page.drawer_value.text() == "针脚 2，脉冲 100 毫秒"
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        settle()
        assert (
            page.banner.text() == f"测试页已发送到 127.0.0.1:{printer.port}。请检查打印是否清楚，包括中文。"
        )
        printout = read_escpos(printer.wait_jobs(1)[0])
        assert "打印测试 / test print" in printout.texts
        assert printout.drawer_kicks == []
    finally:
        printer.close()


def test_a_test_print_to_a_printer_that_is_off_says_why(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter(f"tcp://127.0.0.1:{closed_port()}")
    page = DevicesPage(counter.ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.banner.kind == "error" and "127.0.0.1" in page.banner.text()


def test_a_manager_opens_the_drawer_once_with_a_reason_in_the_audit_log(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    printer = Listener()
    try:
        counter = make_counter(printer.uri)
        counter.log_in("M01", "8888")
        page = DevicesPage(counter.ctx)
        qtbot.addWidget(page)
        assert page.drawer_button.isVisibleTo(page) and page.drawer_button.isEnabled()
        qtbot.mouseClick(page.drawer_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert dialog is not None
        dialog.confirm()  # no reason: refused in place, nothing written, the drawer stays shut
        settle()
        assert "原因" in dialog.banner.text() and counter.audit(Action.DRAWER_OPENED) == []
        dialog.reason.setText("给隔壁摊位换零钱")
        dialog.confirm()
        settle()
        settle()
        assert page.banner.text() == "已记录，钱箱已打开。"
        entries = counter.audit(Action.DRAWER_OPENED)
        assert [(e.actor_code, e.note) for e in entries] == [("M01", "给隔壁摊位换零钱")]
        jobs = printer.wait_jobs(1)
        assert [read_escpos(job).drawer_kicks for job in jobs] == [[(2, 100)]]
    finally:
        printer.close()


def test_a_cashier_cannot_open_the_drawer_without_a_sale(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    printer = Listener()
    try:
        counter = make_counter(printer.uri)
        counter.log_in("C01", "1111")
        tabs = SettingsTabs(counter.ctx)
        qtbot.addWidget(tabs)
        assert tabs.devices is None  # the tab is for managers and administrators
        page = DevicesPage(counter.ctx)
        qtbot.addWidget(page)
        assert not page.drawer_button.isVisibleTo(page)
        page.open_drawer()  # even if it were reached: the service refuses
        dialog = page.dialog
        assert dialog is not None
        dialog.reason.setText("找零")
        dialog.confirm()
        settle()
        assert "权限" in dialog.banner.text() or "无权" in dialog.banner.text(), dialog.banner.text()
        assert dialog.entry is None and counter.audit(Action.DRAWER_OPENED) == []
        assert counter.devices.wait_idle()
        assert printer.jobs == []
    finally:
        printer.close()


def test_a_paid_out_opens_the_drawer_after_it_is_recorded(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    printer = Listener()
    try:
        counter = make_counter(printer.uri)
        counter.log_in("C01", "1111")
        open_with_float(qtbot, counter.ctx)
        out = CashMovementDialog(counter.ctx, "paid_out")
        qtbot.addWidget(out)
        out.amount.setText("20")
        out.reason.setText("买牛奶")
        out.confirm()
        settle()
        assert out.movement is not None
        assert counter.devices.wait_idle()
        assert [read_escpos(job).drawer_kicks for job in printer.wait_jobs(1)] == [[(2, 100)]]
    finally:
        printer.close()


def test_the_paid_out_dialog_uses_any_counter_devices(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter("none")
    counter.log_in("C01", "1111")
    fake = FakeDevices()
    ctx = dataclasses.replace(counter.ctx, devices=fake)
    open_with_float(qtbot, ctx)
    out = CashMovementDialog(ctx, "paid_in")
    qtbot.addWidget(out)
    out.amount.setText("100")
    out.reason.setText("补零钱")
    out.confirm()
    settle()
    assert fake.calls == [("open_drawer",)]


def test_the_pole_display_shows_the_item_the_total_and_the_greeting(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    line = FakeDisplay()
    try:
        counter = make_counter("none", display_port=line.port, display_encoding="gb18030")
        counter.log_in("M01", "8888")
        page = DevicesPage(counter.ctx)
        qtbot.addWidget(page)
        assert page.port_value.text() == f"{line.port}，波特率 9600"
        qtbot.waitUntil(lambda: page.display_state.text() == "客显：正常", timeout=5000)  # greeted at start
        qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
        assert counter.devices.wait_idle()
        counter.devices.show_item("帆布袋", 3990, 3990)
        assert counter.devices.wait_idle()
        counter.devices.show_total(3990, paid_fen=5000, change_fen=1010)
        assert counter.devices.wait_idle()
        setup = b"\x1b@\x1f\x01\x1fC\x00\x1c&"
        data = line.read(len(setup) + 4 * 45)
        greeting = ("     来!合作社      ", "      欢迎光临      ")
        assert screens(data[len(setup) :], "gb18030") == [
            greeting,
            greeting,
            ("帆布袋       ￥39.90", "合计         ￥39.90"),
            ("实收         ￥50.00", "找零         ￥10.10"),
        ]
    finally:
        line.close()


def test_an_unplugged_pole_display_never_disturbs_the_sale(
    qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    printer = Listener()
    try:
        counter = make_counter(printer.uri, display_port="/dev/does-not-exist-coop-pos")
        counter.log_in("C01", "1111")
        counter.open_shift()
        window = MainWindow(shop_name="来!合作社", context=counter.ctx)
        qtbot.addWidget(window)
        counter.devices.show_item("帆布袋", 3990, 3990)  # returns at once, whatever the display does
        receipt_no = counter.sell_bag_for_cash()
        counter.devices.show_total(3990, paid_fen=3990, change_fen=0)
        counter.devices.print_receipt(receipt_no)
        assert any(receipt_no in t for t in read_escpos(printer.wait_jobs(1)[0]).texts)
        assert counter.devices.wait_idle()
        qtbot.waitUntil(lambda: counter.devices.display_state()[1] is False, timeout=5000)
        assert (
            counter.devices.display_state()[0]
            == "找不到客显 /dev/does-not-exist-coop-pos：请检查连线和设置里的串口"
        )
        assert window.statusBar().currentMessage() == ""  # the cashier is not bothered
    finally:
        printer.close()


def test_a_slow_pole_display_gets_only_the_newest_screen(app: QApplication) -> None:
    """While the display is busy, screens asked for pile up; only the newest one is sent."""
    started, busy, shown = threading.Event(), threading.Event(), []

    def show(screen: PoleScreen) -> None:
        shown.append(screen)
        started.set()
        busy.wait(5)

    layout = PoleLayout(encoding="gb18030")
    hardware = CounterHardware(
        print_receipt=lambda _no, _actor: None,
        reprint=lambda _no, _actor: None,
        open_drawer=lambda: None,
        test_page=lambda: "",
        retry_now=lambda: None,
        watch_printer=lambda _listener: lambda: None,
        stop=lambda: None,
        pole=PoleHardware(layout=layout, show=show, close=lambda: None),
    )
    devices = CounterDevicesQt(hardware)
    try:
        devices.show_item("手工皂", 2500, 2500)
        assert started.wait(5)  # the display is taking the first screen
        for n in range(1, 6):
            devices.show_item("手工皂", 2500, 2500 * n)  # scanned fast, while the first is being sent
        busy.set()
        assert devices.wait_idle()
        assert [s.bottom for s in shown] == ["合计         ￥25.00", "合计        ￥125.00"]
    finally:
        busy.set()
        devices.stop()
