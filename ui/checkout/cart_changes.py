"""The cashier's changes to the cart, each on its key: quantity (F2, + and -), line discount (F3),
price (F4), remove the line (Del), sale discount (F6), suspend (F7), resume (F8), void (Ctrl+Del).

Each asks what it needs in a small dialog, then commits the change through ``pos.services.carts``;
the page shows the cart that comes back, or says why it was refused. ``set_quantity``,
``suspend_as``, ``void_with`` and the like are the changes without the asking.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from pos.cart import CartItem, check_qty
from pos.clock import utc_now
from pos.errors import CoopError, InputError, RuleError
from pos.money import format_cny, parse_fen
from pos.services import carts
from pos.tendering import parse_discount
from ui.checkout.cart_dialogs import ResumeDialog, ValueDialog
from ui.kit.times import local_time

if TYPE_CHECKING:
    from ui.checkout.checkout_page import CheckoutPage


class CartChanges(QObject):
    def __init__(self, page: CheckoutPage) -> None:
        super().__init__(page)
        self.page = page

    def _need_line(self) -> CartItem | None:
        item = self.page.lines.selected_item()
        if item is None:
            self.page.show_error(self.tr("Pick a line first (Up/Down)"))
        return item

    def _ask(
        self, title: str, prompt: str, parse: Callable[[str], Any], *, text: str = "", hint: str = ""
    ) -> Any:
        page = self.page
        dialog = ValueDialog(title, prompt, parse, language=page.language, text=text, hint=hint, parent=page)
        return dialog.value if page.run_dialog(dialog) == ValueDialog.DialogCode.Accepted else None

    # -- changing lines ---------------------------------------------------------------------------

    def edit_quantity(self) -> None:
        item = self._need_line()
        if item is None:
            return
        qty = self._ask(
            self.tr("Quantity"),
            item.name,
            lambda text: check_qty(_parse_int(text)),
            text=str(item.qty),
        )
        if qty is not None:
            self.set_quantity(item.line_no, qty)

    def set_quantity(self, line_no: int, qty: int) -> bool:
        return self.page.apply(partial(carts.set_quantity, line_no=line_no, qty=qty), select_line=line_no)

    def step_quantity(self, step: int) -> None:
        item = self._need_line()
        if item is None:
            return
        if item.qty + step < 1:
            self.remove_line()
            return
        self.set_quantity(item.line_no, item.qty + step)

    def edit_line_discount(self) -> None:
        item = self._need_line()
        if item is None:
            return
        base = item.gross_fen
        discount = self._ask(
            self.tr("Line discount"),
            self.tr("%1: %2 before discount").replace("%1", item.name).replace("%2", format_cny(base)),
            lambda text: parse_discount(text, base),
            hint=self.tr("An amount (5 or 5.50) or a percentage (10%); 0 takes the discount off"),
        )
        if discount is not None:
            self.set_line_discount(item.line_no, discount)

    def set_line_discount(self, line_no: int, discount_fen: int) -> bool:
        change = partial(carts.set_line_discount, line_no=line_no, discount_fen=discount_fen)
        return self.page.apply(change, select_line=line_no)

    def edit_price(self) -> None:
        item = self._need_line()
        if item is None:
            return
        price = self._ask(
            self.tr("Change price"),
            self.tr("%1: list price %2")
            .replace("%1", item.name)
            .replace("%2", format_cny(item.list_price_fen)),
            lambda text: _price_or_none(text, item.list_price_fen),
            text=f"{item.price_fen / 100:.2f}",
            hint=self.tr(
                "Empty: back to the list price. A cashier's price cut over the limit needs a manager."
            ),
        )
        if price is not None:
            self.set_price(item.line_no, None if price == -1 else price)

    def set_price(self, line_no: int, price_fen: int | None) -> bool:
        change = partial(carts.set_price, line_no=line_no, unit_price_fen=price_fen)
        return self.page.apply(change, select_line=line_no)

    def remove_line(self) -> None:
        item = self._need_line()
        if item is None:
            return
        self.page.apply(partial(carts.remove_line, line_no=item.line_no))

    def edit_sale_discount(self) -> None:
        cart = self.page.cart
        if cart is None or not cart.items:
            return
        base = cart.subtotal_fen
        discount = self._ask(
            self.tr("Sale discount"),
            self.tr("Subtotal %1").replace("%1", format_cny(base)),
            lambda text: parse_discount(text, base),
            hint=self.tr("An amount (5 or 5.50) or a percentage (10%); 0 takes the discount off"),
        )
        if discount is not None:
            self.set_sale_discount(discount)

    def set_sale_discount(self, discount_fen: int) -> bool:
        return self.page.apply(partial(carts.set_sale_discount, discount_fen=discount_fen))

    # -- suspend, resume, void --------------------------------------------------------------------

    def suspend(self) -> None:
        page = self.page
        cart = page.cart
        if cart is None or not cart.items:
            return
        default = local_time(page.ctx, utc_now(), "%H:%M") + f" {format_cny(page.total_fen())}"
        label = self._ask(
            self.tr("Suspend the cart"),
            self.tr("A name to find it again (the customer's name, or leave as it is)"),
            lambda text: text.strip() or default,
            text=default,
        )
        if label is not None:
            self.suspend_as(label)

    def suspend_as(self, label: str) -> bool:
        page = self.page
        done = page.apply(partial(carts.suspend, label=label))
        if done:
            page.last_label.setText(self.tr("Suspended: %1").replace("%1", label))
            self._clear_display()
        return done

    def resume(self) -> None:
        page = self.page
        ctx = page.ctx
        try:
            parked = carts.suspended_carts(ctx.read_uow(), counter_id=page.counter_id)
        except CoopError as error:
            page.show_error(error.message(page.language))
            return
        if not parked:
            page.show_error(self.tr("No suspended carts"))
            return
        dialog = ResumeDialog(ctx, parked, lambda at: local_time(ctx, at, "%m-%d %H:%M"), page)
        accepted = page.run_dialog(dialog) == ResumeDialog.DialogCode.Accepted
        cart_id = dialog.cart_id
        if accepted and cart_id is not None:
            self.resume_cart(cart_id)

    def resume_cart(self, cart_id: int) -> bool:
        return self.page.apply(partial(carts.resume, cart_id=cart_id))

    def void(self) -> None:
        page = self.page
        cart = page.cart
        if cart is None or not cart.items:
            return
        reason = self._ask(
            self.tr("Void the cart"),
            self.tr("Void all %1 items (%2)? This is logged. Why?")
            .replace("%1", str(cart.units))
            .replace("%2", format_cny(page.total_fen())),
            lambda text: _reason(text),
        )
        if reason is not None:
            self.void_with(reason)

    def void_with(self, reason: str) -> bool:
        page = self.page
        done = page.apply(partial(carts.void_cart, reason=reason))
        if done:
            page.last_label.setText(self.tr("Cart voided"))
            self._clear_display()
        return done

    def _clear_display(self) -> None:
        if self.page.ctx.devices is not None:
            self.page.ctx.devices.clear_display()


def _parse_int(text: str) -> int:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise InputError(f"“{text.strip()}” 不是数量", f'"{text.strip()}" is not a quantity')
    return int(cleaned)


def _price_or_none(text: str, list_price_fen: int) -> int:
    """A new unit price in fen; -1 (back to the list price) when empty or equal to it."""
    if not text.strip():
        return -1
    fen = parse_fen(text, field="价格/price")
    return -1 if fen == list_price_fen else fen


def _reason(text: str) -> str:
    reason = text.strip()
    if not reason:
        raise RuleError("请写下作废的原因", "say why the cart is voided")
    return reason
