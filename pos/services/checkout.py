"""Completing a sale and refunding one: each a single all-or-nothing transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos.audit import Action, entry
from pos.barcodes import normalise_barcode
from pos.catalog import Product
from pos.errors import CoopError, NotFound, RuleError
from pos.money import format_bp, format_yuan
from pos.ports import UnitOfWork
from pos.sale import (
    CartLine,
    Payment,
    RefundRequest,
    Sale,
    StockMovement,
    Tender,
    price_lines,
    reduction_over_limit,
    refund_lines,
    settle_tenders,
)
from pos.services import shop_settings
from pos.services.retry import retrying
from pos.services.steps import tickets
from pos.services.users import confirmed_approver
from pos.users import Actor, Permission


@dataclass(frozen=True, slots=True)
class ItemRequest:
    """One rung-up line: a code, how many, optionally a price override and a line discount."""

    barcode: str
    qty: int
    unit_price_fen: int | None = None
    line_discount_fen: int = 0


def _product(uow: UnitOfWork, barcode: str) -> Product:
    code = normalise_barcode(barcode)
    product = uow.products.by_barcode(code)
    if product is None or product.id is None:
        raise NotFound(f"没有条码为 {code} 的商品", f"there is no product with barcode {code}")
    return product


def _normalised_or_same(barcode: str) -> str:
    try:
        return normalise_barcode(barcode)
    except CoopError:
        return barcode  # cart_line says what is wrong with it


def cart_line(uow: UnitOfWork, item: ItemRequest, known: Mapping[str, Product] | None = None) -> CartLine:
    """Freeze a product's name, price and rates at the moment it is sold (``known``: the sale's
    goods already read, by normalised barcode)."""
    p = (known or {}).get(normalise_barcode(item.barcode)) or _product(uow, item.barcode)
    assert p.id is not None
    return CartLine(
        product_id=p.id,
        host_id=p.host_id,
        recommender_id=p.recommender_id,
        product_name=p.name,
        barcode=p.barcode,
        qty=item.qty,
        unit_price_fen=p.price_fen if item.unit_price_fen is None else item.unit_price_fen,
        coop_bp=p.coop_bp,
        rec_bp=p.rec_bp,
        line_discount_fen=item.line_discount_fen,
        list_price_fen=p.price_fen,
    )


class ApprovalNeeded(RuleError):
    """The cart goes over the discount limit: a manager approves with their PIN, then try again."""


def _audit_markdowns(
    uow: UnitOfWork, sale: Sale, cart: Sequence[CartLine], *, over: bool, approver: Actor | None, at: datetime
) -> None:
    """One entry per overridden price, one for a sale over the discount limit."""
    for c in cart:
        if c.list_price_fen is not None and c.unit_price_fen != c.list_price_fen:
            uow.audit.add(
                entry(
                    at=at,
                    actor=uow.actor,
                    approver=approver,
                    action=Action.PRICE_OVERRIDE,
                    subject=sale.receipt_no,
                    before={"barcode": c.barcode, "price_fen": c.list_price_fen},
                    after={"barcode": c.barcode, "price_fen": c.unit_price_fen},
                    note=c.product_name,
                )
            )
    if over:
        uow.audit.add(
            entry(at=at, actor=uow.actor, approver=approver, action=Action.DISCOUNT_OVER_LIMIT, subject=sale.receipt_no,
                  after={"total_fen": sale.total_fen, "sale_discount_fen": sale.sale_discount_fen,
                         "line_discounts_fen": sum(c.line_discount_fen for c in cart)})
        )  # fmt: skip


def record_sale(
    uow: UnitOfWork,
    *,
    items: Sequence[ItemRequest],
    tenders: Sequence[Tender],
    at: datetime,
    timezone: str,
    counter_id: str | None = None,
    receipt_no: str | None = None,
    sale_discount_fen: int = 0,
    cashier: str = "",
    source: str = "counter",
    approver: Actor | None = None,
    idempotency_key: str | None = None,
) -> Sale:
    """Record a sale inside the caller's transaction: lines with their splits, payments,
    stock out, a receipt number.

    A counter's sale takes the counter's next number of the day inside the same transaction, so a
    failed sale consumes no number; an import brings its own. Stock may go negative (docs/domain.md).
    ``idempotency_key`` (made when the cart is paid): a sale already recorded under it is returned
    as it is, so a retry or a payment sent twice never records a second sale.

    Locks, in this order (README, "Several counters at once"): the books, shared (no close can read
    the period meanwhile); the counter's open shift (a person at the counter); the counter's
    receipt number of the day; the goods' stock levels, in product order.
    """
    actor = uow.actor
    ticket = tickets.in_open_books(
        uow, tickets.SALE, receipt_no=receipt_no, counter_id=counter_id, at=at, timezone=timezone,
        source=source, cashier=cashier,
    )  # fmt: skip
    if idempotency_key is not None:
        done = uow.sales.by_idempotency_key(idempotency_key)
        if done is not None:
            return done
    ticket = tickets.at_the_counter(uow, ticket)
    at, cashier = ticket.at, ticket.cashier
    known = uow.products.by_barcodes([_normalised_or_same(i.barcode) for i in items])
    cart = [cart_line(uow, i, known) for i in items]
    lines = price_lines(cart, sale_discount_fen=sale_discount_fen)
    # The limit is the shop's (in the database, the same at every counter), never the caller's;
    # an import is the manager's own record of sales made elsewhere and has none.
    discount_limit_bp = None if source == "import" else shop_settings.discount_limit_bp(uow)
    over = discount_limit_bp is not None and reduction_over_limit(
        cart, lines, sale_discount_fen=sale_discount_fen, limit_bp=discount_limit_bp
    )
    approved_by = None
    if over:
        if approver is not None:
            approved_by = confirmed_approver(uow, approver, Permission.APPROVE)
        elif not actor.may(Permission.APPROVE):
            raise ApprovalNeeded(
                f"折扣或改价超过 {format_bp(discount_limit_bp or 0)} 的上限，需要店长输入 PIN 批准",
                f"a discount or price override over the {format_bp(discount_limit_bp or 0)} limit needs a manager's PIN",
            )
    total = sum(ln.net_fen for ln in lines)
    settled = settle_tenders(total, tenders)
    sale = uow.sales.add(
        dataclasses.replace(
            tickets.receipt_head(uow, ticket),
            lines=lines,
            payments=settled.payments,
            sale_discount_fen=sale_discount_fen,
            tendered_fen=settled.tendered_fen,
            change_fen=settled.change_fen,
            approver=approved_by.code if approved_by else "",
            idempotency_key=idempotency_key,
        )
    )
    if source != "import":
        _audit_markdowns(uow, sale, cart, over=over, approver=approved_by, at=at)
    uow.stock.add(
        [
            StockMovement(
                product_id=ln.product_id, kind="sale", qty=-ln.qty, at=at, user=cashier, sale_id=sale.id
            )
            for ln in lines
        ]
    )
    return sale


def record_refund(
    uow: UnitOfWork,
    *,
    original_receipt: str,
    requests: Sequence[RefundRequest],
    payouts: Sequence[Tender],
    at: datetime,
    timezone: str,
    counter_id: str | None = None,
    receipt_no: str | None = None,
    cashier: str = "",
    source: str = "counter",
) -> Sale:
    """Give back units of an earlier sale under a receipt number of its own (caller's transaction).

    Locks, in this order: the books, shared; the counter's open shift; the original sale (so two
    refunds of it take turns, and the second sees the first); the counter's receipt number; stock
    levels.

    ``payouts`` say how the money goes back; they must add up to the refund exactly.
    Units come back into stock unless marked damaged.
    """
    ticket = tickets.in_open_books(
        uow, tickets.REFUND, receipt_no=receipt_no, counter_id=counter_id, at=at, timezone=timezone,
        source=source, cashier=cashier,
    )  # fmt: skip
    ticket = tickets.at_the_counter(uow, ticket)
    at, cashier = ticket.at, ticket.cashier
    original = uow.sales.by_receipt(original_receipt.strip())
    if original is None or original.id is None:
        raise NotFound(f"没有单号 {original_receipt}", f"there is no receipt {original_receipt}")
    # Hold the original sale before reading what was refunded of it: a second refund of the same
    # line, at another counter, waits here and then sees this one.
    uow.sales.lock(original.id)
    lines = refund_lines(original, requests, already_refunded=dict(uow.sales.refunded_units(original.id)))
    due = -sum(ln.net_fen for ln in lines)
    paid = sum(p.amount_fen for p in payouts)
    if paid != due or any(p.amount_fen <= 0 for p in payouts):
        raise RuleError(
            f"退款方式合计 {format_yuan(paid)} 元，应为 {format_yuan(due)} 元",
            f"the payouts add up to {format_yuan(paid)}, the refund is {format_yuan(due)}",
        )
    settled = settle_tenders(due, payouts)
    refund = uow.sales.add(
        dataclasses.replace(
            tickets.receipt_head(uow, ticket),
            lines=lines,
            payments=tuple(Payment(p.method, -p.amount_fen) for p in settled.payments),
            refund_of=original.id,
            refund_of_receipt=original.receipt_no,
        )
    )
    # Back on the shelf, or (damaged) written in the ledger as come back and kept off it: qty 0.
    uow.stock.add(
        [
            StockMovement(
                product_id=ln.product_id, kind="refund", qty=-ln.qty, at=at, user=cashier, sale_id=refund.id
            )
            if not ln.damaged
            else StockMovement(
                product_id=ln.product_id,
                kind="refund_damaged",
                qty=0,
                at=at,
                user=cashier,
                sale_id=refund.id,
                reason=f"退回 {-ln.qty} 件已损坏，不回库存 / {-ln.qty} returned damaged, kept out of stock",
            )
            for ln in lines
        ]
    )
    if source != "import":
        uow.audit.add(
            entry(
                at=at, actor=uow.actor, action=Action.REFUND, subject=refund.receipt_no,
                after={"total_fen": refund.total_fen, "lines": [f"{ln.barcode}×{-ln.qty}" for ln in lines]},
                note=f"原单 original {original.receipt_no}",
            )
        )  # fmt: skip
    return refund


def _committed(uow: UnitOfWork, record: Callable[[UnitOfWork], Sale]) -> Sale:
    """``record(uow)`` in a transaction of its own: wholly recorded, or not at all; run again by
    itself when another counter got in the way."""

    def work() -> Sale:
        with uow:
            sale = record(uow)
            uow.commit()
        return sale

    return retrying(work)


def complete_sale(uow: UnitOfWork, **kwargs: Any) -> Sale:
    """:func:`record_sale` in a transaction of its own (pass ``idempotency_key`` so a lost reply
    is safe)."""
    return _committed(uow, lambda u: record_sale(u, **kwargs))


def refund_sale(uow: UnitOfWork, **kwargs: Any) -> Sale:
    """:func:`record_refund` in a transaction of its own, run again if another counter got in the way."""
    return _committed(uow, lambda u: record_refund(u, **kwargs))
