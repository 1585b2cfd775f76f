"""Paying at the counter (F12): a shift must be open, the payment dialog takes the tenders, the
sale is committed in one transaction (a manager approves by PIN over the discount limit), then
the receipt prints, the drawer opens, the change is shown and a new cart begins.

A payment keeps one key, however often it is tried: a retry or a lost reply finds the sale
already recorded under it, never a second one.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from pos.clock import utc_now
from pos.errors import CoopError
from pos.money import format_cny
from pos.sale import Sale, Tender
from pos.services import carts
from pos.services.checkout import ApprovalNeeded
from pos.users import Actor
from ui.checkout.look import PAY_COLOUR, set_style
from ui.checkout.methods import method_name
from ui.checkout.payment_dialog import PaymentDialog
from ui.kit.changes import Area, announce
from ui.login.approval_dialog import request_approval
from ui.shifts.shift_dialogs import OpenShiftDialog

if TYPE_CHECKING:
    from ui.checkout.checkout_page import CheckoutPage


class Paying(QObject):
    def __init__(self, page: CheckoutPage) -> None:
        super().__init__(page)
        self.page = page
        self._payment_key = uuid.uuid4().hex  # one payment's, however often it is tried

    def shift_open(self) -> bool:
        """Whether this counter has a shift open (a cashier sells only inside one)."""
        from pos.services import shifts

        page = self.page
        try:
            return shifts.current_shift(page.ctx.read_uow(), counter_id=page.counter_id) is not None
        except CoopError:
            return False

    def pay(self) -> None:
        page = self.page
        cart = page.cart
        if cart is None or not cart.items:
            return
        if not self.shift_open():
            if page.shift_panel is None:
                page.show_error(self.tr("No shift is open at this counter: a cashier opens one first"))
                return
            page.show_error(self.tr("Open a shift first: the float is counted before the first sale"))
            page.run_dialog(OpenShiftDialog(page.ctx, page))
            page.shift_panel.refresh()
            if not self.shift_open():
                return
            page.banner.clear()
        if page.ctx.devices is not None:
            page.ctx.devices.show_total(page.total_fen())
        # One key for this payment, however often it is tried: a retry or a lost reply finds the
        # sale already recorded under it, never a second one.
        self._payment_key = uuid.uuid4().hex
        dialog = PaymentDialog(page.total_fen(), self.commit_sale, language=page.language, parent=page)
        page.run_dialog(dialog)
        if dialog.sale is not None:
            self.after_sale(dialog.sale)

    def commit_sale(self, tenders: Sequence[Tender], approver: Actor | None = None) -> Sale:
        """The open cart paid with ``tenders``, in one transaction. Over the discount limit a
        manager approves by PIN and the sale is tried again with them as approver."""
        page = self.page
        ctx = page.ctx
        key = self._payment_key

        def attempt(approved_by: Actor | None) -> Sale:
            return carts.checkout(
                ctx.uow(),
                counter_id=page.counter_id,
                tenders=tenders,
                at=utc_now(),
                timezone=ctx.config.timezone,
                approver=approved_by,
                idempotency_key=key,
            )

        try:
            sale = attempt(approver)
        except ApprovalNeeded as needed:
            manager = request_approval(
                QApplication.activeModalWidget() or page, ctx, needed.message(page.language)
            )
            if manager is None:
                raise
            sale = attempt(manager)
        # Paid and answered: the next cart's payment gets a key of its own. Until then (a refusal,
        # a lost reply), trying again is the same payment.
        self._payment_key = uuid.uuid4().hex
        return sale

    def after_sale(self, sale: Sale) -> None:
        """The sale is in the database: show the change, print, kick the drawer, start a new cart,
        and tell the open screens that sales and stock changed (the sale is committed at once, on
        the GUI thread, so not through run_op, which would announce it)."""
        page = self.page
        page.last_sale = sale
        ctx = page.ctx
        if ctx.devices is not None:
            ctx.devices.print_receipt(sale.receipt_no)
            ctx.devices.show_total(sale.total_fen, paid_fen=sale.tendered_fen, change_fen=sale.change_fen)
        methods = " + ".join(method_name(p.method) for p in sale.payments)
        page.last_label.setText(
            self.tr("%1 paid %2. Change: %3")
            .replace("%1", sale.receipt_no)
            .replace("%2", methods or format_cny(0))
            .replace("%3", format_cny(sale.change_fen))
        )
        set_style(page.last_label, f"color: {PAY_COLOUR};")
        page.reload()
        announce({Area.SALES, Area.STOCK}, page)  # the open screens that show them read them again
        page.sale_recorded.emit(sale.receipt_no)
        page.scan_field.setFocus()
