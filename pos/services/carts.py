"""The cart at the counter, crash-proof: every change is committed before the screen shows it.

After a crash, a killed process or a power cut, the counter's open cart comes back exactly as it
was. Paying turns the cart into a sale in one transaction: the sale exists and the cart is marked
completed, or neither happened. Nothing is ever counted twice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime

from pos.audit import Action, entry
from pos.barcodes import clean_scan, normalise_barcode
from pos.cart import Cart, CartItem, check_line_discount, check_qty
from pos.catalog import clean_text
from pos.errors import NotFound, RuleError
from pos.money import format_yuan
from pos.ports import UnitOfWork
from pos.sale import Sale, Tender
from pos.services.checkout import ItemRequest, record_sale
from pos.services.retry import retrying
from pos.users import Actor, Permission, require


def _open(uow: UnitOfWork, counter_id: str, at: datetime) -> Cart:
    cart = uow.carts.open_cart(counter_id)
    if cart is None:
        cart = uow.carts.add(Cart(counter_id=counter_id, opened_at=at, opened_by=uow.actor.code))
    return cart


def _change(uow: UnitOfWork, counter_id: str, at: datetime, change: Callable[[Cart], Cart]) -> Cart:
    """Apply one change to the open cart and commit it, or change nothing."""
    require(uow.actor, Permission.SELL)

    def work() -> Cart:
        with uow:
            cart = change(_open(uow, counter_id, at))
            cart = uow.carts.save(cart)
            uow.commit()
        return cart

    return retrying(work)


def current_cart(uow: UnitOfWork, *, counter_id: str, at: datetime) -> Cart:
    """The counter's open cart (a new, empty one when there is none): what the screen shows at start."""
    return _change(uow, counter_id, at, lambda cart: cart)


def _item(cart: Cart, line_no: int) -> CartItem:
    for item in cart.items:
        if item.line_no == line_no:
            return item
    raise NotFound(f"购物车里没有第 {line_no} 行", f"the cart has no line {line_no}")


def _replace(cart: Cart, item: CartItem) -> Cart:
    return dataclasses.replace(
        cart, items=tuple(item if i.line_no == item.line_no else i for i in cart.items)
    )


def scan(uow: UnitOfWork, *, counter_id: str, code: str, at: datetime, qty: int = 1) -> Cart:
    """A scanned or typed code: the same code again adds to its line; an unknown code is a message,
    never a new product."""
    check_qty(qty)
    barcode = normalise_barcode(clean_scan(code))

    def change(cart: Cart) -> Cart:
        product = uow.products.by_barcode(barcode)
        if product is None or product.id is None:
            raise NotFound(f"没有条码为 {barcode} 的商品", f"no product has the code {barcode}")
        if not product.active:
            raise RuleError(
                f"{product.name} 已停用，不能销售", f"{product.name} is inactive and cannot be sold"
            )
        for item in reversed(cart.items):
            if item.barcode == barcode and item.unit_price_fen is None and item.line_discount_fen == 0:
                return _replace(cart, dataclasses.replace(item, qty=check_qty(item.qty + qty)))
        host = uow.hosts.get(product.host_id)
        item = CartItem(
            line_no=max((i.line_no for i in cart.items), default=0) + 1,
            product_id=product.id,
            barcode=product.barcode,
            name=product.name,
            host_code=host.code if host else "",
            list_price_fen=product.price_fen,
            qty=qty,
        )
        return dataclasses.replace(cart, items=(*cart.items, item))

    return _change(uow, counter_id, at, change)


def set_quantity(uow: UnitOfWork, *, counter_id: str, line_no: int, qty: int, at: datetime) -> Cart:
    def change(cart: Cart) -> Cart:
        item = dataclasses.replace(_item(cart, line_no), qty=check_qty(qty))
        check_line_discount(item, item.line_discount_fen)
        return _replace(cart, item)

    return _change(uow, counter_id, at, change)


def set_line_discount(
    uow: UnitOfWork, *, counter_id: str, line_no: int, discount_fen: int, at: datetime
) -> Cart:
    def change(cart: Cart) -> Cart:
        item = _item(cart, line_no)
        return _replace(
            cart, dataclasses.replace(item, line_discount_fen=check_line_discount(item, discount_fen))
        )

    return _change(uow, counter_id, at, change)


def set_price(
    uow: UnitOfWork, *, counter_id: str, line_no: int, unit_price_fen: int | None, at: datetime
) -> Cart:
    """Override a line's unit price (None puts the catalog price back); the override is audited at payment."""
    if unit_price_fen is not None and unit_price_fen < 0:
        raise RuleError("单价不能为负数", "a unit price cannot be negative")

    def change(cart: Cart) -> Cart:
        item = _item(cart, line_no)
        price = None if unit_price_fen == item.list_price_fen else unit_price_fen
        changed = dataclasses.replace(item, unit_price_fen=price, line_discount_fen=0)
        return _replace(cart, changed)

    return _change(uow, counter_id, at, change)


def set_sale_discount(uow: UnitOfWork, *, counter_id: str, discount_fen: int, at: datetime) -> Cart:
    def change(cart: Cart) -> Cart:
        if not 0 <= discount_fen <= cart.subtotal_fen:
            raise RuleError(
                f"整单折扣 {format_yuan(discount_fen)} 不在 0 到 {format_yuan(cart.subtotal_fen)} 之间",
                f"the sale discount {format_yuan(discount_fen)} is not between 0 and {format_yuan(cart.subtotal_fen)}",
            )
        return dataclasses.replace(cart, sale_discount_fen=discount_fen)

    return _change(uow, counter_id, at, change)


def remove_line(uow: UnitOfWork, *, counter_id: str, line_no: int, at: datetime) -> Cart:
    """Take a line off the cart (a voided line: audited)."""

    def change(cart: Cart) -> Cart:
        item = _item(cart, line_no)
        uow.audit.add(entry(at=at, actor=uow.actor, action=Action.VOID_LINE, subject=f"cart {cart.id}",
                            before={"barcode": item.barcode, "qty": item.qty, "price_fen": item.price_fen},
                            note=item.name))  # fmt: skip
        rest = tuple(i for i in cart.items if i.line_no != line_no)
        discount = cart.sale_discount_fen if rest else 0
        return dataclasses.replace(cart, items=rest, sale_discount_fen=min(discount, sum(
            i.gross_fen - i.line_discount_fen for i in rest)))  # fmt: skip

    return _change(uow, counter_id, at, change)


def void_cart(uow: UnitOfWork, *, counter_id: str, at: datetime, reason: str) -> Cart:
    """作废: the whole unfinished cart goes (audited, with why); a new empty one takes its place."""
    require(uow.actor, Permission.VOID)
    reason = clean_text(reason, field="作废原因/reason")
    if not reason:
        raise RuleError("请写明作废的原因", "say why the cart is voided")
    with uow:
        cart = uow.carts.open_cart(counter_id)
        if cart is None or not cart.items:
            raise RuleError("购物车是空的，没有什么可作废", "the cart is empty: nothing to void")
        uow.carts.save(dataclasses.replace(cart, status="voided"))
        uow.audit.add(entry(at=at, actor=uow.actor, action=Action.VOID_CART, subject=f"cart {cart.id}",
                            before={"items": [f"{i.barcode}×{i.qty}" for i in cart.items],
                                    "subtotal_fen": cart.subtotal_fen}, note=reason))  # fmt: skip
        fresh = uow.carts.add(Cart(counter_id=counter_id, opened_at=at, opened_by=uow.actor.code))
        uow.commit()
    return fresh


def suspend(uow: UnitOfWork, *, counter_id: str, label: str, at: datetime) -> Cart:
    """挂单: park the cart under a name (a customer, a table); a new empty cart opens."""
    require(uow.actor, Permission.SELL)
    with uow:
        cart = uow.carts.open_cart(counter_id)
        if cart is None or not cart.items:
            raise RuleError("购物车是空的，不需要挂单", "the cart is empty: nothing to suspend")
        name = (
            clean_text(label, field="挂单名/label")[:40] or f"挂单 {len(uow.carts.suspended(counter_id)) + 1}"
        )
        uow.carts.save(dataclasses.replace(cart, status="suspended", label=name))
        fresh = uow.carts.add(Cart(counter_id=counter_id, opened_at=at, opened_by=uow.actor.code))
        uow.commit()
    return fresh


def suspended_carts(uow: UnitOfWork, *, counter_id: str) -> Sequence[Cart]:
    require(uow.actor, Permission.SELL)
    with uow:
        return list(uow.carts.suspended(counter_id))


def warm_up(uow: UnitOfWork, *, counter_id: str) -> None:
    """Run the counter's first queries once (its open cart, a product by barcode) on a read that
    changes nothing and returns nothing, so the first scan after the login is as quick as the
    next. Anyone may, even nobody: the app calls it while the cashier types the PIN."""
    with uow:
        uow.carts.open_cart(counter_id)
        uow.products.by_barcode("0000000000000")


def resume(uow: UnitOfWork, *, counter_id: str, cart_id: int, at: datetime) -> Cart:
    """取单: bring a suspended cart back. The cart on screen must be empty (suspend it first)."""
    require(uow.actor, Permission.SELL)
    with uow:
        parked = uow.carts.get(cart_id)
        if parked is None or parked.status != "suspended" or parked.counter_id != counter_id:
            raise NotFound("找不到这张挂单", "that suspended cart is not there")
        current = uow.carts.open_cart(counter_id)
        if current is not None and current.items:
            raise RuleError("请先挂起或完成当前的购物车", "suspend or finish the cart on screen first")
        if current is not None:
            uow.carts.save(dataclasses.replace(current, status="voided"))  # empty: nothing to audit
        cart = uow.carts.save(dataclasses.replace(parked, status="open"))
        uow.commit()
    return cart


def checkout(
    uow: UnitOfWork,
    *,
    counter_id: str,
    tenders: Sequence[Tender],
    at: datetime,
    timezone: str,
    approver: Actor | None = None,
    idempotency_key: str | None = None,
) -> Sale:
    """Pay for the open cart: the sale (lines, splits, payments, stock, receipt number) and the cart
    marked completed, in one transaction. Printing happens after, and can never undo it.

    ``idempotency_key`` is made by the screen when the cashier takes the payment and kept until the
    sale is shown: if the reply was lost (the database went away after its commit) or the cashier
    presses 收款 again, the same key gives back the sale already recorded, never a second one."""

    def work() -> Sale:
        with uow:
            if idempotency_key is not None:
                done = uow.sales.by_idempotency_key(idempotency_key)
                if done is not None:
                    return done
            cart = uow.carts.open_cart(counter_id)
            if cart is None or not cart.items:
                raise RuleError("购物车是空的", "the cart is empty")
            sale = record_sale(
                uow,
                items=[
                    ItemRequest(
                        i.barcode, i.qty, unit_price_fen=i.price_fen, line_discount_fen=i.line_discount_fen
                    )
                    for i in cart.items
                ],
                tenders=tenders,
                at=at,
                timezone=timezone,
                counter_id=counter_id,
                sale_discount_fen=cart.sale_discount_fen,
                cashier=uow.actor.code,
                approver=approver,
                idempotency_key=idempotency_key,
            )
            uow.carts.save(dataclasses.replace(cart, status="completed", sale_id=sale.id))
            uow.commit()
        return sale

    return retrying(work)
