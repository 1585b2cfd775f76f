"""设备 Devices, in the settings: the receipt printer, the cash drawer and the pole display.

What the settings file says about them (printer URI, paper width, drawer pin and pulse, the pole
display's port), the printer's state live, and three buttons: 测试打印 (a test page now, the result
in words), 重试打印 (print the receipts waiting now rather than after the pause) and, for a manager,
打开钱箱: asks why, writes it to the audit log (无销售开钱箱), then kicks the drawer.

The settings themselves are edited in the settings file (shown here) and take effect at the next
start, as everything in it does.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.audit import AuditEntry
from pos.config import Config
from pos.errors import CoopError
from pos.services import shifts as shift_service
from pos.shifts import MAX_REASON
from pos.text_layout import COLUMNS
from pos.users import Permission
from ui.kit import ops, paths
from ui.kit.context import AppContext
from ui.kit.devices import CounterDevicesQt
from ui.kit.language import screen_language
from ui.kit.widgets import Banner, muted

STATE_COLOURS = {True: "#1b7f3b", False: "#c62828", None: "#6b6b6b"}


def _show_state(label: QLabel, text: str, ok: bool | None) -> None:
    label.setText(text)
    label.setProperty("ok", ok)
    label.setStyleSheet(f"QLabel {{ color: {STATE_COLOURS[ok]}; font-weight: bold; }}")


class OpenDrawerDialog(QDialog):
    """打开钱箱 without a sale: why, then it is written to the audit log (the kick is the caller's)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry: AuditEntry | None = None
        self.setObjectName("openDrawerDialog")
        self.setWindowTitle(self.tr("Open the drawer"))
        intro = QLabel(self.tr("Opening the drawer without a sale is written to the audit log, with why."))
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("drawerReason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. change for the market stall next door"))
        self.banner = Banner()
        self.go = QPushButton(self.tr("Open the drawer"))
        self.go.setDefault(True)
        self.go.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def confirm(self) -> None:
        self.banner.clear()
        ctx, reason = self.ctx, self.reason.text()
        language = screen_language()
        self.go.setEnabled(False)
        ops.run_op(
            self,
            lambda: shift_service.open_drawer_without_sale(
                ctx.uow(), counter_id=ctx.config.counter_id, reason=reason, at=datetime.now(UTC)
            ),
            on_done=self._recorded,
            on_error=lambda error: self.banner.show_error(error.message(language)),
            on_finally=lambda: self.go.setEnabled(True),
            label="open drawer",
        )

    def _recorded(self, entry: AuditEntry) -> None:
        self.entry = entry
        self.accept()


class DevicesPage(QWidget):
    """The counter's devices as the settings file sets them up, their state, and the buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPage")
        self.ctx = ctx
        self.devices = ctx.devices if isinstance(ctx.devices, CounterDevicesQt) else None
        self.dialog: OpenDrawerDialog | None = None
        self.banner = Banner()

        self.printer_box = QGroupBox()
        self.printer_form = QFormLayout()
        self.printer_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.printer_value, self.paper_value, self.text_value, self.drawer_value = (
            QLabel() for _ in range(4)
        )
        self.printer_state = QLabel()
        self.printer_state.setObjectName("printerState")
        self.printer_detail = muted(QLabel())
        self.printer_detail.setObjectName("printerDetail")
        self.printer_detail.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testPrint")
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryPrint")
        self.drawer_button = QPushButton()
        self.drawer_button.setObjectName("openDrawer")
        for button in (self.test_button, self.retry_button, self.drawer_button):
            button.setMinimumHeight(44)
            button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_print)
        self.retry_button.clicked.connect(self.retry)
        self.drawer_button.clicked.connect(self.open_drawer)
        self.printer_labels = [QLabel() for _ in range(5)]
        for label, value in zip(
            self.printer_labels,
            (self.printer_value, self.paper_value, self.text_value, self.drawer_value, self.printer_state),
            strict=True,
        ):
            self.printer_form.addRow(label, value)
        self.printer_form.addRow("", self.printer_detail)
        printer_buttons = QHBoxLayout()
        for button in (self.test_button, self.retry_button, self.drawer_button):
            printer_buttons.addWidget(button)
        printer_buttons.addStretch(1)
        printer_layout = QVBoxLayout(self.printer_box)
        printer_layout.addLayout(self.printer_form)
        printer_layout.addLayout(printer_buttons)

        self.display_box = QGroupBox()
        display_form = QFormLayout()
        display_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.port_value, self.display_text_value = QLabel(), QLabel()
        self.display_state = QLabel()
        self.display_state.setObjectName("displayState")
        self.display_labels = [QLabel() for _ in range(3)]
        for label, value in zip(
            self.display_labels, (self.port_value, self.display_text_value, self.display_state), strict=True
        ):
            display_form.addRow(label, value)
        self.display_button = QPushButton()
        self.display_button.setObjectName("testDisplay")
        self.display_button.setMinimumHeight(44)
        self.display_button.setAutoDefault(False)
        self.display_button.clicked.connect(self.test_display)
        display_buttons = QHBoxLayout()
        display_buttons.addWidget(self.display_button)
        display_buttons.addStretch(1)
        display_layout = QVBoxLayout(self.display_box)
        display_layout.addLayout(display_form)
        display_layout.addLayout(display_buttons)

        self.file_note = muted(QLabel())
        self.file_note.setWordWrap(True)
        self.file_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        for box in (self.printer_box, self.display_box):
            font = QFont(box.font())
            font.setPointSizeF(font.pointSizeF() * 1.1)
            box.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(self.banner)
        layout.addWidget(self.printer_box)
        layout.addWidget(self.display_box)
        layout.addWidget(self.file_note)
        layout.addStretch(1)

        actor = ctx.actor
        self.drawer_button.setVisible(actor is None or actor.may(Permission.OPEN_DRAWER))
        has_printer = ctx.config.printer_uri.strip().lower() not in ("", "none")
        self.test_button.setEnabled(self.devices is not None and has_printer)
        self.retry_button.setEnabled(self.devices is not None and has_printer)
        self.drawer_button.setEnabled(ctx.devices is not None and has_printer)
        self.display_button.setEnabled(ctx.devices is not None and bool(ctx.config.display_port.strip()))
        if self.devices is not None:
            self.devices.printer_state_changed.connect(self._printer_changed)
            self.devices.display_state_changed.connect(self._display_changed)
        self.retranslate()

    # ------------------------------------------------------------ text

    def retranslate(self) -> None:
        config = self.ctx.config
        self.printer_box.setTitle(self.tr("Receipt printer and cash drawer"))
        self.display_box.setTitle(self.tr("Customer pole display"))
        for label, text in zip(
            self.printer_labels,
            (
                self.tr("Printer"),
                self.tr("Paper"),
                self.tr("Chinese text"),
                self.tr("Cash drawer"),
                self.tr("State"),
            ),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self.display_labels,
            (self.tr("Serial port"), self.tr("Characters"), self.tr("State")),
            strict=True,
        ):
            label.setText(text)
        self.printer_value.setText(self._printer_text(config))
        self.paper_value.setText(
            self.tr("%1 mm, %2 columns")
            .replace("%1", str(config.printer_paper_mm))
            .replace("%2", str(COLUMNS.get(config.printer_paper_mm, 0)))
        )
        render = (
            self.tr("the printer's own font")
            if config.printer_render == "text"
            else self.tr("printed as images")
        )
        self.text_value.setText(f"{config.printer_encoding.upper()} · {render}")
        self.drawer_value.setText(
            self.tr("pin %1, pulse %2 ms")
            .replace("%1", str(config.drawer_pin))
            .replace("%2", str(config.drawer_pulse_ms))
        )
        if config.display_port.strip():
            self.port_value.setText(
                self.tr("%1 at %2 baud")
                .replace("%1", config.display_port)
                .replace("%2", str(config.display_baudrate))
            )
            encoding = (
                self.tr("English letters and digits")
                if config.display_encoding == "ascii"
                else self.tr("Chinese (%1)").replace("%1", config.display_encoding.upper())
            )
            self.display_text_value.setText(
                self.tr("%1, %2 columns × 2 lines")
                .replace("%1", encoding)
                .replace("%2", str(config.display_columns))
            )
        else:
            self.port_value.setText(self.tr("none"))
            self.display_text_value.setText("–")
        self.test_button.setText(self.tr("&Test print"))
        self.test_button.setToolTip(
            self.tr("Print a test page now, to see the printer, the paper and the Chinese")
        )
        self.retry_button.setText(self.tr("&Retry printing"))
        self.retry_button.setToolTip(
            self.tr("Print the receipts waiting now, without waiting for the next try")
        )
        self.drawer_button.setText(self.tr("Open the &drawer"))
        self.drawer_button.setToolTip(
            self.tr("Open the cash drawer without a sale (written to the audit log)")
        )
        self.display_button.setText(self.tr("Show the &greeting"))
        self.display_button.setToolTip(
            self.tr("Put the shop's greeting on the pole display, to see that it works")
        )
        self.file_note.setText(
            self.tr(
                "These settings are in the settings file %1. Change them there and restart the app."
            ).replace("%1", self._config_file())
        )
        self._refresh_states()

    def _printer_text(self, config: Config) -> str:
        uri = config.printer_uri.strip()
        if uri.lower() in ("", "none"):
            return self.tr("none (receipts are not printed)")
        return uri

    def _config_file(self) -> str:
        if self.devices is not None and self.devices.hardware.config_file:
            return self.devices.hardware.config_file
        return str(paths.config_file())

    def _refresh_states(self) -> None:
        if self.devices is None:
            _show_state(self.printer_state, self.tr("not connected to this screen"), None)
            _show_state(self.display_state, self.tr("not connected to this screen"), None)
            self.printer_detail.setText("")
            return
        self._printer_changed(*self.devices.printer_state())
        self._display_changed(*self.devices.display_state())

    def _printer_changed(self, text: str, ok: object) -> None:
        _show_state(self.printer_state, text, ok if isinstance(ok, bool) else None)
        detail = self.devices.printer_detail() if self.devices is not None else ""
        self.printer_detail.setText(detail)
        self.printer_detail.setVisible(bool(detail))

    def _display_changed(self, text: str, ok: object) -> None:
        _show_state(self.display_state, text, ok if isinstance(ok, bool) else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ the buttons

    def test_print(self) -> None:
        devices = self.devices
        if devices is None:
            return
        self.banner.clear()
        self.test_button.setEnabled(False)
        ops.run_op(
            self,
            devices.test_print,
            on_done=lambda name: self.banner.show_info(
                self.tr("The test page went to %1. Check that it reads well, Chinese included.").replace(
                    "%1", name
                )
            ),
            on_error=self._printer_refused,
            on_finally=lambda: self.test_button.setEnabled(True),
            label="test print",
        )

    def test_display(self) -> None:
        """The greeting on the pole display; its state line says whether it arrived."""
        if self.ctx.devices is not None:
            self.ctx.devices.clear_display()

    def retry(self) -> None:
        if self.devices is None:
            return
        self.devices.retry_now()
        self.banner.show_info(self.tr("Trying the printer again now."))

    def open_drawer(self) -> None:
        """Ask why; once that is in the audit log, kick the drawer."""
        self.banner.clear()
        dialog = OpenDrawerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._drawer_recorded)
        self.dialog = dialog
        dialog.open()

    def _drawer_recorded(self) -> None:
        devices = self.ctx.devices
        if devices is None:
            return
        if self.devices is None:  # a counter whose devices say nothing back
            devices.open_drawer()
            self.banner.show_info(self.tr("Recorded; the drawer is opening."))
            return
        ops.run_op(
            self,
            self.devices.open_drawer_now,
            on_done=lambda _none: self.banner.show_info(self.tr("Recorded; the drawer is open.")),
            on_error=lambda error: self.banner.show_error(
                self.tr("Recorded, but the drawer did not open: %1").replace(
                    "%1", error.message(screen_language())
                )
            ),
            label="kick drawer",
        )

    def _printer_refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(screen_language()))
