"""Barcode scanners: wedge bursts among typed keys, input methods, and a serial scanner on a pty."""

from __future__ import annotations

import os
import queue
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodQueryEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos.barcodes import clean_scan, gs1_check_digit
from pos.config import Config
from receipts.scanner_port import open_scanner_port
from tests.ui.scanner_keys import (
    ManualClock,
    later,
    send_burst,
    send_ime_burst,
    send_ime_commit,
    send_ime_preedit,
    send_key,
    type_slowly,
)
from ui.app.main_window import MainWindow
from ui.kit.context import AppContext
from ui.kit.scanner import KEEP_INPUT_METHOD, SerialScanner, WedgeScanner, split_codes

SOAP = "6901234567892"
BAG = "6901234567908"


def ean13(body: str) -> str:
    return body + str(gs1_check_digit(body))


class Page(QWidget):
    """A checkout-like screen: a search field, a quantity field and a button."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.qty = QLineEdit()
        self.pay = QPushButton("收款")
        for w in (self.search, self.qty, self.pay):
            layout.addWidget(w)
        self.entered: list[str] = []
        self.search.returnPressed.connect(lambda: self.entered.append(self.search.text()))


@pytest.fixture
def page(app: QApplication, qtbot: QtBot) -> Page:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def scans() -> list[str]:
    return []


@pytest.fixture
def wedge(page: Page, scans: list[str]) -> Iterator[WedgeScanner]:
    scanner = WedgeScanner()
    scanner.scanned.connect(scans.append)
    scanner.install(page)
    yield scanner
    scanner.uninstall()


# -- bursts and typing ------------------------------------------------------------------------------


def test_a_burst_is_one_scan_and_types_nothing_into_the_focused_field(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    page.search.setFocus()
    send_burst(page.search, SOAP)

    assert scans == [SOAP]
    assert page.search.text() == ""
    assert page.entered == []  # the scanner's Enter never reached the field
    assert wedge.pending == ""


def test_slow_typing_reaches_the_field_whole_and_in_order(
    qtbot: QtBot, page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    text = "Shou zao-12 ABC"
    type_slowly(page.search, text)
    qtbot.waitUntil(lambda: page.search.text() == text)  # the last key follows ~80 ms later

    type_slowly(page.search, "9", enter=True)

    assert page.search.text() == text + "9"
    assert page.entered == [text + "9"]  # Enter after typing is the field's, once
    assert scans == []


def test_a_quick_typist_with_rolled_keys_still_types(
    qtbot: QtBot, page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    # two keys 25 ms apart, then a pause: held together, then sent on together
    t = send_burst(page.qty, "12", gap_ms=25, terminator=None)
    type_slowly(page.qty, "3", start_ms=t + 300, enter=True)
    assert page.qty.text() == "123"
    assert scans == []


def test_a_burst_while_the_quantity_field_has_the_focus_leaves_it_alone(
    qtbot: QtBot, page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    page.qty.setFocus()
    t = type_slowly(page.qty, "2")
    t = send_burst(page.qty, BAG, start_ms=t + 700)
    assert scans == [BAG]
    assert page.qty.text() == "2"  # its own key arrived, the scanner's did not


def test_a_burst_into_a_button_is_a_scan(page: Page, wedge: WedgeScanner, scans: list[str]) -> None:
    clicks: list[bool] = []
    page.pay.clicked.connect(clicks.append)
    send_burst(page.pay, "AB 12")  # a Code 128 with a space: Space would press a button
    assert scans == ["AB 12"]
    assert clicks == []


def test_500_bursts_back_to_back_are_500_scans_none_lost_or_doubled(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    rng = random.Random(5)
    codes = []
    for i in range(500):
        if codes and rng.random() < 0.2:
            codes.append(codes[-1])  # the same goods again: another unit
        elif i % 7 == 0:
            codes.append(f"H{i:03d}-{rng.choice('ABCXYZ')}{rng.randrange(100)}")  # a host's Code 128
        else:
            codes.append(ean13("69" + "".join(rng.choice("0123456789") for _ in range(10))))
    t = later()
    page.search.setFocus()
    for code in codes:
        t = send_burst(page.search, code, gap_ms=rng.randint(1, 12), start_ms=t)
        t += rng.randint(1, 60)  # the next scan right after
    assert scans == codes
    assert page.search.text() == ""
    assert wedge.pending == ""


def test_typing_then_a_burst_then_typing(
    qtbot: QtBot, page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    t = type_slowly(page.search, "sz")
    t = send_burst(page.search, SOAP, start_ms=t + 200)
    assert page.search.text() == "sz"  # the held "z" went on when the burst began
    t = type_slowly(page.search, "b", start_ms=t + 500)
    qtbot.waitUntil(lambda: page.search.text() == "szb")
    assert scans == [SOAP]


def test_a_short_quick_sequence_is_typing_not_a_scan(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    send_burst(page.search, "12")  # below the minimum length of 3
    assert scans == []
    assert page.search.text() == "12"
    assert page.entered == ["12"]


def test_a_burst_without_enter_is_typed_after_a_moment(
    qtbot: QtBot, page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    send_burst(page.search, "12345", terminator=None)
    assert page.search.text() == ""  # held: Enter may still come
    qtbot.waitUntil(lambda: page.search.text() == "12345")
    assert scans == []


def test_a_quantity_typed_before_a_scan_stays_in_the_field_for_it(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    t = type_slowly(page.search, "3*")
    send_burst(page.search, SOAP, start_ms=t + 100)  # the scan right after the "*"
    assert (page.search.text(), scans) == ("3*", [SOAP])
    page.search.clear()
    type_slowly(page.search, "2*")
    send_burst(page.search, BAG)  # unchained: the helpers' clock moves on by itself
    assert (page.search.text(), scans) == ("2*", [SOAP, BAG])
    t = type_slowly(page.search, "5")
    send_burst(page.search, SOAP, start_ms=t - 5000)  # time went back (another clock): not merged
    assert (page.search.text(), scans) == ("2*5", [SOAP, BAG, SOAP])


def test_a_burst_pausing_a_moment_is_still_one_scan(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    t = send_burst(page.search, "69012", terminator=None)
    t = send_burst(page.search, "34567", start_ms=t + 100, terminator=None)  # a Bluetooth hiccup
    send_burst(page.search, "892", start_ms=t + 120)
    assert scans == [SOAP]
    assert page.search.text() == ""


def test_a_burst_broken_by_a_long_pause_is_typed_whole_never_scanned_in_part(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    t = send_burst(page.search, "6901234", terminator=None)
    t = send_burst(page.search, "567892", start_ms=t + 400)  # the rest, with Enter
    assert scans == []  # "567892" is not a code
    assert page.entered == [SOAP]  # the field holds the whole code, and had its Enter
    send_burst(page.search, BAG, start_ms=t + 2000)  # the next scan is a scan again
    assert scans == [BAG]


def test_typing_a_quantity_and_enter_then_scanning_at_once_is_a_scan(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    t = type_slowly(page.qty, "2", enter=True)
    send_burst(page.qty, SOAP, start_ms=t + 100)
    assert scans == [SOAP]
    assert page.qty.text() == "2"


def test_keys_queued_behind_the_flush_timer_are_taken_first(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    """The GUI thread was busy: the timer fires while the rest of the burst waits in the queue."""
    t = send_burst(page.search, SOAP[:4], terminator=None)
    for char in SOAP[4:]:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(char), Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(t)
            QCoreApplication.postEvent(page.search, event)
        t += 4
    enter = QKeyEvent(QEvent.Type.KeyPress, int(Qt.Key.Key_Return), Qt.KeyboardModifier.NoModifier, "\r")
    enter.setTimestamp(t)
    QCoreApplication.postEvent(page.search, enter)
    wedge._wait_over()  # the timer won the race
    assert scans == [SOAP]
    assert page.search.text() == ""


def test_tab_ends_a_burst_unless_turned_off(page: Page, scans: list[str]) -> None:
    scanner = WedgeScanner(accept_tab=False)
    scanner.scanned.connect(scans.append)
    scanner.install(page)
    try:
        send_burst(page.search, "12345", terminator=Qt.Key.Key_Tab)
        assert scans == []
        assert page.search.text() == "12345"
        scanner.accept_tab = True
        send_burst(page.qty, SOAP, terminator=Qt.Key.Key_Tab)
        assert scans == [SOAP]
        assert page.qty.text() == ""
    finally:
        scanner.uninstall()


def test_a_key_held_down_repeats_as_typing(page: Page, wedge: WedgeScanner, scans: list[str]) -> None:
    t = later()
    send_key(page.qty, Qt.Key.Key_1, "1", at_ms=t, release=False)
    for i in range(1, 6):
        send_key(page.qty, Qt.Key.Key_1, "1", at_ms=t + 30 * i, release=False, autorepeat=True)
    send_key(page.qty, Qt.Key.Key_Return, "\r", at_ms=t + 200)
    assert scans == []
    assert page.qty.text() == "111111"


def test_ctrl_in_the_middle_sends_the_held_keys_on(page: Page, wedge: WedgeScanner, scans: list[str]) -> None:
    t = send_burst(page.search, "123", terminator=None)
    send_key(page.search, Qt.Key.Key_A, "\x01", at_ms=t, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert scans == []
    assert page.search.text() == "123"
    assert page.search.selectedText() == "123"  # Ctrl+A came after the digits


def test_fullwidth_digits_are_scanned_as_ascii(page: Page, wedge: WedgeScanner, scans: list[str]) -> None:
    send_burst(page.search, "６９０１２３４５６７８９２")
    assert scans == [SOAP]
    assert page.search.text() == ""
    assert clean_scan(" \x02ＡＢ－１２\u3000\r") == "AB-12"  # the one rule for what a scanner sends


def test_fullwidth_typing_keeps_its_fullwidth_characters(
    qtbot: QtBot, page: Page, wedge: WedgeScanner
) -> None:
    type_slowly(page.search, "１２")
    qtbot.waitUntil(lambda: page.search.text() == "１２")
    send_key(page.search, Qt.Key.Key_E, "é", at_ms=later())  # not a scanner's: at once
    assert page.search.text() == "１２é"


def test_a_burst_into_another_window_is_not_ours(
    qtbot: QtBot, page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    dialog_field = QLineEdit()  # a dialog over the checkout is a window of its own
    qtbot.addWidget(dialog_field)
    dialog_field.show()
    send_burst(dialog_field, "8888")
    assert scans == []
    assert dialog_field.text() == "8888"


def test_with_the_checkout_shown_a_scan_into_the_side_bar_is_a_scan_too(
    qtbot: QtBot, app: QApplication
) -> None:
    window = QWidget()  # the main window: a side bar and the checkout page
    layout = QVBoxLayout(window)
    side_bar = QLineEdit()
    checkout = Page()
    layout.addWidget(side_bar)
    layout.addWidget(checkout)
    qtbot.addWidget(window)
    window.show()
    scans: list[str] = []
    scanner = WedgeScanner()
    scanner.scanned.connect(scans.append)
    scanner.install(checkout)
    try:
        t = send_burst(side_bar, SOAP)
        assert (scans, side_bar.text()) == ([SOAP], "")
        assert ime_enabled(side_bar)  # only the checkout's own widgets lose their IME

        checkout.hide()  # another screen is shown: its keys are its own
        t = send_burst(side_bar, BAG, start_ms=t + 1000)
        assert (scans, side_bar.text()) == ([SOAP], BAG)

        checkout.show()
        side_bar.clear()
        scanner.whole_window = False
        send_burst(side_bar, SOAP, start_ms=t + 1000)
        assert (scans, side_bar.text()) == ([SOAP], SOAP)
    finally:
        scanner.uninstall()


def test_a_hidden_screen_or_an_uninstalled_scanner_lets_keys_through(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    wedge.uninstall()
    send_burst(page.search, SOAP)
    assert scans == []
    assert page.search.text() == SOAP


def test_enter_as_a_window_shortcut_cannot_fire_in_the_middle_of_a_scan(
    qtbot: QtBot, page: Page, scans: list[str]
) -> None:
    clock = ManualClock()  # QTest sends no timestamps: the scanner's clock times them
    scanner = WedgeScanner(clock=clock)
    scanner.scanned.connect(scans.append)
    paid: list[bool] = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), page)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: paid.append(True))
    page.pay.setFocus()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.pay)
    scanner.install(page)
    try:
        for char in SOAP:
            clock.advance(3)
            QTest.keyClick(page.pay, char)
        clock.advance(3)
        QTest.keyClick(page.pay, Qt.Key.Key_Return)
        assert scans == [SOAP]
        assert paid == []
        clock.advance(2000)
        QTest.keyClick(page.pay, Qt.Key.Key_Return)  # the cashier's own Enter
        assert paid == [True]
    finally:
        scanner.uninstall()


# -- input methods ----------------------------------------------------------------------------------


def ime_enabled(widget: QWidget) -> bool:
    """Does ``widget`` take an input method? Asked as Qt's input contexts ask it (an event)."""
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QCoreApplication.sendEvent(widget, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))


def test_the_checkout_widgets_take_no_input_method_while_it_is_installed(page: Page, qtbot: QtBot) -> None:
    page.qty.setProperty(KEEP_INPUT_METHOD, True)  # a field that must take Chinese
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    assert ime_enabled(page.search)
    scanner = WedgeScanner()
    scanner.install(page)
    try:
        assert not ime_enabled(page.search)
        assert ime_enabled(page.qty)
        assert ime_enabled(elsewhere)
        query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled | Qt.InputMethodQuery.ImHints)
        QCoreApplication.sendEvent(page.search, query)
        assert query.value(Qt.InputMethodQuery.ImHints) is not None  # the field still answers the rest
    finally:
        scanner.uninstall()
    assert ime_enabled(page.search)


def test_a_burst_of_ime_commits_is_a_scan(page: Page, scans: list[str]) -> None:
    clock = ManualClock()
    scanner = WedgeScanner(clock=clock)
    scanner.scanned.connect(scans.append)
    scanner.install(page)
    try:
        send_ime_burst(page.search, "6901234567892", clock)
        send_ime_burst(page.search, "６９０１２３４５６７９０８", clock)  # 全角 mode
        assert scans == [SOAP, BAG]
        assert page.search.text() == ""
        assert page.entered == []
    finally:
        scanner.uninstall()


def test_slow_ime_commits_and_chinese_words_are_typing(page: Page, scans: list[str]) -> None:
    clock = ManualClock()
    scanner = WedgeScanner(clock=clock)
    scanner.scanned.connect(scans.append)
    scanner.install(page)
    try:
        for char in "12":
            clock.advance(200)
            send_ime_commit(page.search, char)
        clock.advance(200)
        send_ime_preedit(page.search, "shou")  # pinyin being composed: a person
        send_ime_commit(page.search, "手工皂")
        assert page.search.text() == "12手工皂"
        send_ime_commit(page.search, "香")  # one 汉字 at a time: at once, never held
        assert page.search.text() == "12手工皂香"
        assert scanner.pending == ""
        send_ime_burst(page.search, "12", clock, gap_ms=200)
        assert page.search.text() == "12手工皂香12"
        assert scans == []
    finally:
        scanner.uninstall()


# -- serial scanners --------------------------------------------------------------------------------


def test_serial_lines_split_on_cr_lf_or_both_across_reads() -> None:
    buffer = bytearray()
    assert split_codes(buffer, b"690123") == []
    assert split_codes(buffer, b"4567892\r") == [SOAP]
    assert split_codes(buffer, b"\n6901234567908\r\n\x02AB-1\x03\n\n\r") == [BAG, "AB-1"]
    assert split_codes(buffer, "条码Ａ1\r".encode("gb18030") + b"\xffX\n") == ["条码A1", "\ufffdX"]
    assert buffer == b""
    assert split_codes(buffer, b"\x00" * 5000) == []  # noise on the line is dropped, not kept
    assert split_codes(buffer, b"ABC-1\r") == ["ABC-1"]


class Pty:
    """A pseudo-terminal standing in for a USB serial scanner; ``path`` (a symlink, as
    /dev/serial/by-id/... is) names its slave side."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.master = -1
        self.plug()

    def plug(self) -> None:
        master, slave = os.openpty()
        name = os.ttyname(slave)
        os.close(slave)  # the scanner opens it by name
        self.master = master
        tmp = self.path.with_suffix(".new")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(name)
        tmp.replace(self.path)

    def unplug(self) -> None:
        os.close(self.master)
        self.master = -1

    def send(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.master, view) :]


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[Pty]:
    port = Pty(tmp_path / "ttyScanner")
    yield port
    if port.master >= 0:
        port.unplug()


def test_a_serial_scanner_reads_500_codes_then_reconnects_after_being_unplugged(
    app: QApplication, qtbot: QtBot, pty: Pty
) -> None:
    scanner = SerialScanner(str(pty.path), 9600, open_port=open_scanner_port, retry_s=0.05)
    got: list[str] = []
    states: list[tuple[str, Any]] = []
    scanner.scanned.connect(got.append)
    scanner.state_changed.connect(lambda text, ok: states.append((text, ok)))
    scanner.start()
    try:
        qtbot.waitUntil(lambda: scanner.state == "connected")
        assert states[-1] == (f"扫码枪 {pty.path.name}：已连接", True)

        rng = random.Random(7)
        codes = [ean13("69" + f"{rng.randrange(10**10):010d}") for _ in range(480)]
        codes += [SOAP] * 20  # the same code again and again: each one counts
        rng.shuffle(codes)
        stream = b"".join(c.encode() + rng.choice([b"\r", b"\n", b"\r\n"]) for c in codes)
        at = 0
        while at < len(stream):  # in pieces, as a UART delivers them
            step = rng.randint(1, 40)
            pty.send(stream[at : at + step])
            at += step
        qtbot.waitUntil(lambda: len(got) >= len(codes), timeout=10_000)
        QCoreApplication.processEvents()
        assert got == codes

        pty.unplug()
        qtbot.waitUntil(lambda: scanner.state == "lost")
        text, ok = scanner.status
        assert ok is False
        assert "断开" in text

        pty.plug()  # plugged in again: the same name points at a new device
        qtbot.waitUntil(lambda: scanner.state == "connected", timeout=10_000)
        pty.send(b"6901234567908\r\n")
        qtbot.waitUntil(lambda: got[-1:] == [BAG])
        assert len(got) == len(codes) + 1
    finally:
        scanner.stop()
    assert scanner.state == "stopped"
    assert not scanner.running


def test_a_serial_scanner_not_plugged_in_says_so_and_waits_for_it(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "ttyUSB-scanner"
    scanner = SerialScanner(str(path), 9600, open_port=open_scanner_port, retry_s=0.05)
    states: list[tuple[str, Any]] = []
    scanner.state_changed.connect(lambda text, ok: states.append((text, ok)))
    scanner.start()
    try:
        qtbot.waitUntil(lambda: scanner.state == "absent")
        assert states[-1] == (f"扫码枪 {path.name}：未连接，正在重试", False)
        port = Pty(path)
        try:
            qtbot.waitUntil(lambda: scanner.state == "connected", timeout=10_000)
            got: list[str] = []
            scanner.scanned.connect(got.append)
            port.send(b"ABC-123\r")
            qtbot.waitUntil(lambda: got == ["ABC-123"])
        finally:
            scanner.stop()
            port.unplug()
    finally:
        scanner.stop()
    assert [ok for _, ok in states] == [None, False, True, None]


class QueueLink:
    """A serial link fed by the test: ``read`` gives the next chunk, or raises it if an error."""

    def __init__(self, chunks: queue.Queue[bytes | Exception]) -> None:
        self.chunks = chunks
        self.closed = False

    def read(self) -> bytes:
        try:
            chunk = self.chunks.get(timeout=0.05)
        except queue.Empty:
            return b""
        if isinstance(chunk, Exception):
            raise chunk
        return chunk

    def close(self) -> None:
        self.closed = True


def deliver_posted_until(condition: Callable[[], object], timeout_s: float = 10.0) -> None:
    """Deliver posted events (the worker's queued signals) until ``condition``; timers never run."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "the serial scanner's code never arrived"
        time.sleep(0.005)
        QCoreApplication.sendPostedEvents()


def test_a_serial_code_in_the_middle_of_a_wedge_burst_is_two_scans(
    page: Page, wedge: WedgeScanner, scans: list[str]
) -> None:
    chunks: queue.Queue[bytes | Exception] = queue.Queue()
    links: list[QueueLink] = []

    def open_link(port: str, baudrate: int) -> QueueLink:
        links.append(QueueLink(chunks))
        return links[-1]

    serial = SerialScanner("COM3", 9600, open_port=open_link, retry_s=0.01)
    from_serial: list[str] = []
    serial.scanned.connect(from_serial.append)
    serial.start()
    try:
        t = send_burst(page.search, SOAP[:6], terminator=None)  # the wedge scanner is half-way
        chunks.put(BAG.encode() + b"\r")
        deliver_posted_until(lambda: from_serial)  # no timer runs: the burst stays held
        send_burst(page.search, SOAP[6:], start_ms=t)
        assert (scans, from_serial, page.search.text()) == ([SOAP], [BAG], "")

        chunks.put(OSError(5, "Input/output error"))  # unplugged: a new link, nothing doubled
        chunks.put(b"ABC-1\n")
        deliver_posted_until(lambda: len(from_serial) == 2)
        assert from_serial == [BAG, "ABC-1"]
        assert len(links) == 2 and links[0].closed
    finally:
        serial.stop()
    assert links[-1].closed


def test_the_serial_scanner_state_shows_in_the_status_bar(
    app: QApplication, qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    scanner = SerialScanner(str(tmp_path / "none"), 9600, open_port=open_scanner_port, retry_s=0.05)
    scanner.state_changed.connect(window.set_scanner_state)
    scanner.start()
    try:
        qtbot.waitUntil(lambda: "未连接" in window.scanner_status.text())
    finally:
        scanner.stop()


# -- wiring -------------------------------------------------------------------------------------------


def test_the_composition_root_makes_the_serial_scanner_of_the_settings() -> None:
    from ui.wiring.counter import serial_scanner

    assert serial_scanner(Config()) is None
    scanner = serial_scanner(replace(Config(), scanner_port="/dev/ttyACM0", scanner_baudrate=115200))
    assert isinstance(scanner, SerialScanner)
    assert (scanner.port, scanner.baudrate, scanner.running) == ("/dev/ttyACM0", 115200, False)


def test_run_gui_starts_the_serial_scanner_and_stops_it_on_quit(
    counter: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    from ui.app.shell import run_gui

    scanner = SerialScanner(str(tmp_path / "none"), 9600, open_port=open_scanner_port, retry_s=0.05)
    seen: list[tuple[bool, str]] = []

    def fake_exec(*args: Any) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        qtbot.waitUntil(lambda: scanner.state == "absent")
        seen.append((scanner.running, windows[-1].scanner_status.text()))
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert (
        run_gui(shop_name="来!合作社", language="zh_CN", context=replace(counter, serial_scanner=scanner))
        == 0
    )
    assert seen == [(True, "扫码枪 none：未连接，正在重试")]
    assert not scanner.running
