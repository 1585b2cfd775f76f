"""The right end of the main window's status bar: the receipt printer, the scanner and the
database in use, each in green (working), red (failing) or grey (not known, not set up)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStatusBar

from ui.kit.devices import CounterDevicesQt

# Status colours: ok, failing, not known / not configured.
STATE_COLOURS: dict[str, str] = {"ok": "#1b7f3b", "error": "#c62828", "unknown": "#6b6b6b"}
DATABASE_LABEL_MAX_WIDTH = 480  # px: long paths are elided in the middle; the tooltip has all of it


def state_name(ok: bool | None) -> str:
    if ok is None:
        return "unknown"
    return "ok" if ok else "error"


def show_state(label: QLabel, text: str, ok: bool | None) -> None:
    state = state_name(ok)
    label.setText(text)
    label.setProperty("state", state)
    label.setStyleSheet(f"QLabel {{ color: {STATE_COLOURS[state]}; }}")


class StatusLine(QObject):
    """``printer_status``, ``scanner_status`` and ``database_status``, added to ``bar``; the
    printer's state follows ``devices`` (the counter's print queue) when there are some."""

    def __init__(
        self, bar: QStatusBar, *, database_label: str, devices: CounterDevicesQt | None = None
    ) -> None:
        super().__init__(bar)
        self.printer_status = QLabel()
        self.printer_status.setObjectName("printerStatus")
        self.scanner_status = QLabel()
        self.scanner_status.setObjectName("scannerStatus")
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        for label in (self.printer_status, self.scanner_status, self.database_status):
            label.setContentsMargins(10, 2, 10, 2)
            bar.addPermanentWidget(label)
        # None means "still the default text", which follows the language; a caller's text is kept as given.
        self._printer_text: str | None = None
        self._printer_ok: bool | None = None
        self._scanner_text: str | None = None
        self._scanner_ok: bool | None = None
        self._database_label = database_label
        self._devices = devices
        if devices is not None:
            devices.printer_state_changed.connect(self.set_printer_state)

    def retranslate(self) -> None:
        if self._devices is not None:  # the printer's state in the new language
            self._printer_text, self._printer_ok = self._devices.printer_state()
        self._show_printer()
        self._show_scanner()
        self._show_database()

    def set_printer_state(self, text: str, ok: bool | None) -> None:
        """Show the receipt printer's state: ok=True green, False red, None grey (unknown)."""
        self._printer_text, self._printer_ok = text, ok
        self._show_printer()

    def set_scanner_state(self, text: str, ok: bool | None) -> None:
        """Show the barcode scanner's state: ok=True green, False red, None grey (unknown)."""
        self._scanner_text, self._scanner_ok = text, ok
        self._show_scanner()

    def set_database_label(self, text: str) -> None:
        """Name the database in use (a file path or a server), shown after "Database:"."""
        self._database_label = text
        self._show_database()

    def _show_printer(self) -> None:
        text = self._printer_text if self._printer_text is not None else self.tr("Printer: not configured")
        show_state(self.printer_status, text, self._printer_ok)

    def _show_scanner(self) -> None:
        text = self._scanner_text if self._scanner_text is not None else self.tr("Scanner: not configured")
        show_state(self.scanner_status, text, self._scanner_ok)

    def _show_database(self) -> None:
        if self._database_label:
            text = self.tr("Database: %1").replace("%1", self._database_label)
        else:
            text = self.tr("Database: not set")
        metrics = QFontMetrics(self.database_status.font())
        self.database_status.setText(
            metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, DATABASE_LABEL_MAX_WIDTH)
        )
        self.database_status.setToolTip(text)
