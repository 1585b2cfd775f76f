"""结算并关账 for the screen that shows a period: the confirmation (:class:`ClosePeriodDialog`), a
manager's PIN when the user logged in may not close, then the close itself off the GUI thread,
announced to the other screens as a change to the settlement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pos.clock import utc_now
from pos.errors import RuleError
from pos.services.settlement import close_period
from pos.services.statements import PeriodView
from pos.settlement import ClosedSettlement
from pos.users import Actor, Permission
from ui.kit.changes import Area
from ui.kit.context import AppContext
from ui.kit.ops import run_op
from ui.login.approval_dialog import request_approval
from ui.settlement.close_dialog import ClosePeriodDialog


class PeriodClosing(QObject):
    """Closes the period ``view()`` says; ``closed`` when done, ``refused`` with the words why not,
    and ``ended`` after a close was tried, whatever happened."""

    closed = Signal(object)  # ClosedSettlement
    refused = Signal(object)  # CoopError
    ended = Signal()

    def __init__(self, ctx: AppContext, page: QWidget, view: Callable[[], PeriodView | None]) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.view = view
        self.dialog: ClosePeriodDialog | None = None

    def needs_approval(self) -> bool:
        """Whether closing needs a manager's PIN: the user logged in may not close themselves."""
        actor = self.ctx.actor
        return actor is not None and not actor.may(Permission.CLOSE_SETTLEMENT)

    def ask(self, today: date) -> None:
        """The confirmation with the period and its payable totals (a period not over is refused)."""
        view = self.view()
        if view is None:
            return
        if view.status.period.end >= today:
            self.refused.emit(
                RuleError(
                    f"结算期 {view.status.period} 还没有结束：只能关闭今天以前的结算期",
                    f"the period {view.status.period} has not ended yet: only a period before today can be closed",
                )
            )
            return
        dialog = ClosePeriodDialog(view, needs_approval=self.needs_approval(), parent=self.page)
        self.dialog = dialog
        dialog.accepted.connect(self._confirmed)
        dialog.open()

    def _confirmed(self) -> None:
        view = self.view()
        if view is None:
            return
        approver: Actor | None = None
        if self.needs_approval():
            reason = (
                self.tr("Close the period %1 (%2): its statements become final")
                .replace("%1", str(view.status.period))
                .replace("%2", view.status.number)
            )
            approver = request_approval(self.page, self.ctx, reason)
            if approver is None:
                return
        self.close(approver)

    def close(self, approver: Actor | None = None) -> None:
        """Close the period shown, by the user logged in (and ``approver``, who gave their PIN)."""
        view = self.view()
        if view is None:
            return
        ctx, period, timezone = self.ctx, view.status.period, self.ctx.config.timezone
        actor = ctx.actor
        closed_by = actor.label if actor is not None else ""
        if approver is not None:
            closed_by = f"{closed_by} / {approver.label}" if closed_by else approver.label

        def work() -> ClosedSettlement:
            return close_period(
                ctx.uow(),
                period=period,
                timezone=timezone,
                closed_by=closed_by,
                now=utc_now(),
                approver=approver,
            )

        run_op(
            self.page,
            work,
            on_done=self.closed.emit,
            on_error=self.refused.emit,
            on_finally=self.ended.emit,
            label="close period",
            changes={Area.SETTLEMENT},
        )
