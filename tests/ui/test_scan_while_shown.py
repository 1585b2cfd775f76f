"""A screen hears a scanner only while it is shown: the wedge's bursts on it, the serial scanner's codes."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.scanner_keys import send_burst
from ui.kit.scan_while_shown import ScanWhileShown


class FakeSerial(QObject):
    """A serial scanner as the screens see it: a ``scanned(code)`` signal."""

    scanned = Signal(str)


def screen(qtbot: QtBot) -> tuple[QWidget, QLineEdit]:
    widget = QWidget()
    field = QLineEdit()
    QVBoxLayout(widget).addWidget(field)
    qtbot.addWidget(widget)
    return widget, field


def test_the_wedge_is_installed_while_the_screen_is_shown(qtbot: QtBot) -> None:
    widget, field = screen(qtbot)
    codes: list[str] = []
    scans = ScanWhileShown(widget, codes.append)
    assert scans.wedge is not None and scans.wedge.root is None  # not shown yet: not watching
    widget.show()
    qtbot.waitExposed(widget)
    assert scans.wedge.root is widget
    field.setFocus()
    send_burst(field, "6901234567892")
    qtbot.waitUntil(lambda: codes == ["6901234567892"])
    assert field.text() == ""  # the scan went to the screen, not into the field
    widget.hide()
    assert scans.wedge.root is None


def test_a_serial_scanners_codes_reach_a_shown_screen_only(qtbot: QtBot) -> None:
    widget, _field = screen(qtbot)
    serial = FakeSerial()
    codes: list[str] = []
    scans = ScanWhileShown(widget, codes.append, serial=serial, wedge=False)  # type: ignore[arg-type]
    assert scans.wedge is None
    serial.scanned.emit("1111")  # hidden: not for this screen
    widget.show()
    qtbot.waitExposed(widget)
    serial.scanned.emit("2222")
    widget.hide()
    serial.scanned.emit("3333")
    assert codes == ["2222"]


def test_a_closed_screen_hears_no_more(qtbot: QtBot) -> None:
    widget = QWidget()
    serial = FakeSerial()
    codes: list[str] = []
    ScanWhileShown(widget, codes.append, serial=serial)  # type: ignore[arg-type]
    widget.show()
    qtbot.waitExposed(widget)
    shiboken6.delete(widget)  # the screen, its listener and its wedge are gone
    serial.scanned.emit("4444")  # nothing, and no error
    assert codes == []
