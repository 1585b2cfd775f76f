"""The counter's devices for the screens: the print queue (started), the cash drawer, the pole
display and the serial scanner, handed to ``ui.kit`` as plain functions and Qt objects."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from pos.config import Config
from pos.errors import ConfigError, CoopError
from pos.pole_display import PoleLayout
from pos.users import Actor
from receipts.pole_display import PoleDisplay, pinyin
from receipts.print_queue import PrintQueue
from receipts.scanner_port import open_scanner_port
from ui.kit.devices import CounterDevicesQt, CounterHardware, PoleHardware, StatusListener
from ui.kit.scanner_serial import SerialScanner
from ui.kit.session import Session
from ui.wiring.printing import open_drawer, print_queue, print_receipt, print_test_page
from ui.wiring.shop import Shop

log = logging.getLogger("coop_pos")


@dataclass(frozen=True, slots=True)
class _PrinterUnusable:
    """The state of a printer whose settings cannot be used (a URI nobody can read)."""

    error: CoopError
    ok: bool | None = False

    def text(self, language: str = "zh_CN") -> str:
        return "Printer: check the settings" if language.startswith("en") else "打印机：设置有误"

    def reason(self, language: str = "zh_CN") -> str:
        return self.error.message(language)


def counter_hardware(shop: Shop, *, queue: PrintQueue | None = None) -> CounterHardware:
    """The counter's print queue (started), drawer and pole display, as plain functions for
    ``ui.kit.devices.CounterDevicesQt``. A printer URI that cannot be read does not stop the app:
    the printer says so in the status bar and every print is refused in words."""
    config = shop.config
    try:
        queue = queue if queue is not None else print_queue(shop)
    except ConfigError as error:
        log.warning("printer not usable: %s", error.en)
        return _hardware_without_printer(shop, error)

    def send(receipt_no: str, actor: Actor) -> None:
        print_receipt(shop, queue, receipt_no=receipt_no, actor=actor)

    def send_again(receipt_no: str, actor: Actor) -> None:
        print_receipt(shop, queue, receipt_no=receipt_no, actor=actor, at_counter=False)

    def watch(listener: StatusListener) -> Callable[[], None]:
        return queue.add_listener(lambda _state, _ok, status: listener(status))

    return CounterHardware(
        print_receipt=send,
        reprint=send_again,  # a copy marked 重印 (first printed now if it never was); never the drawer
        open_drawer=lambda: open_drawer(shop, queue),
        test_page=lambda: print_test_page(config, queue=queue),
        retry_now=queue.retry_now,
        watch_printer=watch,
        stop=queue.stop,
        pole=pole_hardware(config),
        shop_name=config.shop_name,
        printer_label=config.printer_uri if queue.printer is not None else "",
        config_file=str(shop.config_path or ""),
    )


def _hardware_without_printer(shop: Shop, error: CoopError) -> CounterHardware:
    def refuse(*_args: object) -> None:
        raise error

    def refuse_test() -> str:
        raise error

    def watch(listener: StatusListener) -> Callable[[], None]:
        listener(_PrinterUnusable(error))
        return lambda: None

    return CounterHardware(
        print_receipt=refuse,
        reprint=refuse,
        open_drawer=refuse,
        test_page=refuse_test,
        retry_now=lambda: None,
        watch_printer=watch,
        stop=lambda: None,
        pole=pole_hardware(shop.config),
        shop_name=shop.config.shop_name,
        printer_label=shop.config.printer_uri,
        config_file=str(shop.config_path or ""),
    )


def pole_hardware(config: Config) -> PoleHardware | None:
    """The pole display of ``[display] port`` (None: none); its port opens at the first screen."""
    if not config.display_port.strip():
        return None
    layout = PoleLayout(
        columns=config.display_columns, encoding=config.display_encoding, transliterate=pinyin
    )
    display = PoleDisplay(config.display_port.strip(), baudrate=config.display_baudrate, layout=layout)
    return PoleHardware(layout=layout, show=display.show, close=display.close, label=display.label)


def counter_devices(shop: Shop, session: Session) -> CounterDevicesQt:
    """The counter's devices for the screens, printing as whoever is logged in. Call ``stop()``
    when the app closes (``ui.app.shell.run_gui`` does)."""
    devices = CounterDevicesQt(counter_hardware(shop), actor=lambda: session.actor)
    devices.clear_display()  # the shop's greeting on the pole display from the start
    return devices


def serial_scanner(config: Config) -> SerialScanner | None:
    """The serial scanner of settings ``[scanner] port`` (pyserial, read off the GUI thread), not
    started yet; None when no port is set (a keyboard-wedge scanner needs no settings)."""
    if not config.scanner_port.strip():
        return None
    return SerialScanner(config.scanner_port.strip(), config.scanner_baudrate, open_port=open_scanner_port)
