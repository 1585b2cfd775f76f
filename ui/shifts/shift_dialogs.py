"""班次 Shifts at the counter: 开班 (open with a counted float), 存入/支出 (paid in and out),
X 报表, and 交班 (close with a blind count, then the Z report).

The close is blind: the dialog asks for the count before it shows anything of what the drawer
should hold; the expected cash and the over/short appear only in the Z report, after the close.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Literal, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.errors import CoopError
from pos.services import shifts as shift_service
from pos.shifts import MAX_REASON, CashMovement, Shift, ShiftReport
from ui.kit import ops
from ui.kit.changes import Area
from ui.kit.context import AppContext
from ui.kit.times import local_time
from ui.kit.widgets import Banner, MoneyEdit, muted
from ui.shifts.denomination_entry import DenominationEntry
from ui.shifts.shift_report_view import ReportDialog, ReportView


def _now() -> datetime:
    return datetime.now(UTC)


T = TypeVar("T")


class ShiftDialog(QDialog):
    """What the shift's dialogs share: a go button beside Cancel, what is wrong said in the banner
    above them, and the one way to record: the go button held while the service runs, the shift's
    change told to the open screens once it is recorded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = Banner()
        self.go = QPushButton()

    def confirm(self) -> None:
        raise NotImplementedError

    def _buttons(self, go_text: str, *, note: QWidget | None = None) -> QHBoxLayout:
        """``go_text`` (Enter) and Cancel (Esc) at the right, ``note`` at the left."""
        self.go.setText(go_text)
        self.go.setDefault(True)
        self.go.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        if note is not None:
            buttons.addWidget(note)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(cancel)
        return buttons

    def _read(self, read: Callable[[], T]) -> T | None:
        """What the fields say (``read()``), or None with what is wrong shown in the banner."""
        self.banner.clear()
        try:
            return read()
        except CoopError as error:
            self._refused(error)
            return None

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(self.ctx.config.language))

    def _record(self, service: Callable[..., T], on_done: Callable[[T], None], *, label: str) -> None:
        """``service(uow, counter_id=this counter, at=now)`` (the shift's services all take these)."""
        ctx = self.ctx
        self.go.setEnabled(False)
        ops.run_op(
            self,
            lambda: service(ctx.uow(), counter_id=ctx.config.counter_id, at=_now()),
            on_done=on_done,
            on_error=self._refused,
            on_finally=lambda: self.go.setEnabled(True),
            label=label,
            changes={Area.SHIFTS},
        )


class OpenShiftDialog(ShiftDialog):
    """开班: count the float by denomination, then open the counter's shift."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shift: Shift | None = None
        self.setObjectName("openShiftDialog")
        self.setWindowTitle(self.tr("Open shift"))
        intro = QLabel(self.tr("Count the float in the drawer, note by note, coin by coin."))
        intro.setWordWrap(True)
        self.entry = DenominationEntry(ctx.config.language)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.entry)
        layout.addWidget(self.banner)
        layout.addLayout(self._buttons(self.tr("Open shift")))
        self.entry.first_edit().setFocus()

    def confirm(self) -> None:
        float_count = self._read(self.entry.count)
        if float_count is not None:
            self._record(
                partial(shift_service.open_shift, float_count=float_count), self._opened, label="open shift"
            )

    def _opened(self, shift: Shift) -> None:
        self.shift = shift
        self.accept()


MovementKind = Literal["paid_in", "paid_out"]


class CashMovementDialog(ShiftDialog):
    """存入 / 支出: an amount and why, into or out of the drawer."""

    def __init__(self, ctx: AppContext, kind: MovementKind, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kind = kind
        self.movement: CashMovement | None = None
        self.setObjectName(f"{kind}Dialog")
        self.setWindowTitle(self.tr("Paid in") if kind == "paid_in" else self.tr("Paid out"))
        self.amount = MoneyEdit()
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(
            self.tr("e.g. more change") if kind == "paid_in" else self.tr("e.g. bought milk for the shop")
        )
        form = QFormLayout()
        form.addRow(self.tr("Amount (¥)"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(self._buttons(self.tr("Record")))

    def confirm(self) -> None:
        amount_fen = self._read(lambda: self.amount.fen(field="金额"))
        if amount_fen is None:
            return
        move = shift_service.paid_in if self.kind == "paid_in" else shift_service.paid_out
        self._record(
            partial(move, amount_fen=amount_fen, reason=self.reason.text()), self._recorded, label=self.kind
        )

    def _recorded(self, movement: CashMovement) -> None:
        self.movement = movement
        if self.ctx.devices is not None:  # recorded first, then the drawer opens for the cash
            self.ctx.devices.open_drawer()
        self.accept()


class CloseShiftDialog(ShiftDialog):
    """交班: the blind count first; after the close, the Z report with its over/short."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shift: Shift | None = None
        self.setObjectName("closeShiftDialog")
        self.setWindowTitle(self.tr("Close shift"))
        self.stack = QStackedWidget()

        count_page = QWidget()
        intro = QLabel(
            self.tr(
                "Count the cash in the drawer and enter it by denomination. What the drawer should "
                "hold is shown only after the shift is closed."
            )
        )
        intro.setWordWrap(True)
        self.entry = DenominationEntry(ctx.config.language)
        warning = muted(QLabel(self.tr("Closing cannot be undone.")))
        count_layout = QVBoxLayout(count_page)
        count_layout.setContentsMargins(0, 0, 0, 0)
        count_layout.addWidget(intro)
        count_layout.addWidget(self.entry)
        count_layout.addStretch(1)
        count_layout.addWidget(self.banner)
        count_layout.addLayout(self._buttons(self.tr("Close shift with this count"), note=warning))

        report_page = QWidget()
        self.view = ReportView(ctx)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.accept)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        report_layout = QVBoxLayout(report_page)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.view, 1)
        report_layout.addLayout(done_row)

        self.stack.addWidget(count_page)
        self.stack.addWidget(report_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.entry.first_edit().setFocus()

    @property
    def report(self) -> ShiftReport | None:
        return self.shift.report if self.shift is not None else None

    def confirm(self) -> None:
        counted = self._read(self.entry.count)
        if counted is not None:
            self._record(
                partial(shift_service.close_shift, counted=counted), self._closed, label="close shift"
            )

    def _closed(self, shift: Shift) -> None:
        self.shift = shift
        if shift.report is not None:
            self.view.show_report(shift.report)
        self.go.setDefault(False)
        self.done_button.setDefault(True)
        self.stack.setCurrentIndex(1)
        self.done_button.setFocus()


class ShiftPanel(QGroupBox):
    """班次 on the checkout: the counter's shift now, and the buttons to open, move cash, report, close."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shift: Shift | None = None
        self.dialog: QDialog | None = None
        self.setObjectName("shiftPanel")
        self.setTitle(self.tr("Shift"))
        self.state_label = QLabel()
        self.state_label.setObjectName("shiftState")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.state_label.setFont(font)
        self.banner = Banner()
        self.open_button = QPushButton(self.tr("Open shift"))
        self.paid_in_button = QPushButton(self.tr("Paid in"))
        self.paid_out_button = QPushButton(self.tr("Paid out"))
        self.x_button = QPushButton(self.tr("X report"))
        self.close_button = QPushButton(self.tr("Close shift"))
        self.open_button.clicked.connect(lambda: self._show(OpenShiftDialog(self.ctx, self)))
        self.paid_in_button.clicked.connect(lambda: self._show(CashMovementDialog(self.ctx, "paid_in", self)))
        self.paid_out_button.clicked.connect(
            lambda: self._show(CashMovementDialog(self.ctx, "paid_out", self))
        )
        self.x_button.clicked.connect(self.show_x_report)
        self.close_button.clicked.connect(lambda: self._show(CloseShiftDialog(self.ctx, self)))
        buttons = QHBoxLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        self._show_state()
        self.refresh()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.open_button, self.paid_in_button, self.paid_out_button, self.x_button, self.close_button)

    def refresh(self) -> None:
        ctx = self.ctx
        ops.run_op(
            self,
            lambda: shift_service.current_shift(ctx.read_uow(), counter_id=ctx.config.counter_id),
            on_done=self._loaded,
            on_error=self._refused,
            label="current shift",
        )

    def _loaded(self, shift: Shift | None) -> None:
        self.shift = shift
        self._show_state()
        self.changed.emit()

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(self.ctx.config.language))

    def _show_state(self) -> None:
        shift = self.shift
        if shift is None:
            self.state_label.setText(self.tr("No shift open"))
        else:
            self.state_label.setText(
                self.tr("Current shift: %1 opened at %2 by %3")
                .replace("%1", shift.counter_id)
                .replace("%2", local_time(self.ctx, shift.opened_at, "%H:%M"))
                .replace("%3", shift.opened_by_name or shift.opened_by)
            )
        is_open = shift is not None
        self.open_button.setEnabled(not is_open)
        for button in (self.paid_in_button, self.paid_out_button, self.x_button, self.close_button):
            button.setEnabled(is_open)

    def _show(self, dialog: QDialog) -> None:
        self.banner.clear()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    def show_x_report(self) -> None:
        self.banner.clear()
        ctx = self.ctx
        ops.run_op(
            self,
            lambda: shift_service.x_report(ctx.read_uow(), counter_id=ctx.config.counter_id, at=_now()),
            on_done=lambda report: self._show(ReportDialog(ctx, report, self)),
            on_error=self._refused,
            label="x report",
        )
