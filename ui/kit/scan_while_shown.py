"""Scans that reach a screen only while it is shown.

A screen that takes scans (the checkout rings goods up, 退货 and 最近销售 find a receipt, the stock
panels count or receive goods) makes one :class:`ScanWhileShown`: a keyboard-wedge scanner
(``ui.kit.scanner.WedgeScanner``) watches its keys from the moment it is shown until it is hidden,
and a serial scanner's codes (``ctx.serial_scanner``) reach it only while it is visible. Both come
to the one ``on_scan(code)``, so a screen takes a code from either the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.kit.scanner import SerialScanner, WedgeScanner


class ScanWhileShown(QObject):
    """``on_scan(code)`` for each code scanned on ``widget`` while it is shown.

    ``serial`` is the counter's serial scanner (``ctx.serial_scanner``; None: none). ``wedge``
    False: the screen takes a wedge's keys in its own scan field instead (the stock panels), so
    only the serial scanner is listened to here. ``self.wedge`` is the wedge scanner, if any.
    """

    def __init__(
        self,
        widget: QWidget,
        on_scan: Callable[[str], None],
        *,
        serial: SerialScanner | None = None,
        wedge: bool = True,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._on_scan = on_scan
        self.wedge = WedgeScanner(self) if wedge else None
        if self.wedge is not None:
            self.wedge.scanned.connect(on_scan)
            widget.installEventFilter(self)
        if serial is not None:
            serial.scanned.connect(self._serial_scanned)

    def _serial_scanned(self, code: str) -> None:
        if self._widget.isVisible():
            self._on_scan(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # before the widget's own showEvent and hideEvent: the wedge is in place as it shows
        if watched is self._widget and self.wedge is not None:
            if event.type() == QEvent.Type.Show:
                self.wedge.install(self._widget)
            elif event.type() == QEvent.Type.Hide:
                self.wedge.uninstall()
        return False
