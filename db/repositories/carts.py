"""Carts at the counter: header and lines. A save writes only the lines that changed since the
cart was read (a scan is one UPDATE or one INSERT, paying is none), all of them otherwise."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from db.models import CartLineRow, CartRow
from db.repositories.common import as_utc
from pos.cart import Cart, CartItem, CartStatus
from pos.ids import SaleId


class SqlCartRepository:
    def __init__(self, session: Session) -> None:
        self.s = session
        # the lines of each cart as this unit of work read or wrote them: what a save compares to
        self._stored: dict[int, dict[int, CartItem]] = {}

    def _rec(self, r: CartRow) -> Cart:
        lines = self.s.execute(  # plain rows, not ORM objects: read on every scan
            select(*_LINE_COLUMNS).where(CartLineRow.cart_id == r.id).order_by(CartLineRow.line_no)
        )
        cart = Cart(
            id=r.id,
            counter_id=r.counter_id,
            status=cast(CartStatus, r.status),
            opened_at=as_utc(r.opened_at),
            opened_by=r.opened_by,
            label=r.label,
            sale_discount_fen=r.sale_discount_fen,
            sale_id=SaleId(r.sale_id) if r.sale_id is not None else None,
            items=tuple(
                CartItem(**ln._asdict())  # the columns are named as CartItem's fields
                for ln in lines
            ),
        )
        self._stored[r.id] = {i.line_no: i for i in cart.items}
        return cart

    def open_cart(self, counter_id: str) -> Cart | None:
        row = self.s.scalar(select(CartRow).where(CartRow.counter_id == counter_id, CartRow.status == "open"))
        return self._rec(row) if row else None

    def get(self, cart_id: int) -> Cart | None:
        row = self.s.get(CartRow, cart_id)
        return self._rec(row) if row else None

    def add(self, cart: Cart) -> Cart:
        row = CartRow(
            counter_id=cart.counter_id,
            status=cart.status,
            opened_at=as_utc(cart.opened_at),
            opened_by=cart.opened_by,
            label=cart.label,
            sale_discount_fen=cart.sale_discount_fen,
            sale_id=cart.sale_id,
        )
        self.s.add(row)
        self.s.flush()
        return self.save(dataclasses.replace(cart, id=row.id))

    def save(self, cart: Cart) -> Cart:
        row = self.s.get_one(CartRow, cart.id)
        row.status, row.label, row.sale_discount_fen, row.sale_id = (
            cart.status,
            cart.label,
            cart.sale_discount_fen,
            cart.sale_id,
        )
        stored = self._stored.get(row.id)
        wanted = {i.line_no: i for i in cart.items}
        if stored is None:  # never read here: replace every line
            self.s.execute(delete(CartLineRow).where(CartLineRow.cart_id == row.id))
            stored = {}
        gone = [n for n in stored if n not in wanted]
        changed = [i for n, i in wanted.items() if n in stored and stored[n] != i]
        added = [i for n, i in wanted.items() if n not in stored]
        if gone:
            self.s.execute(
                delete(CartLineRow).where(CartLineRow.cart_id == row.id, CartLineRow.line_no.in_(gone))
            )
        table = cast(Table, CartLineRow.__table__)
        if changed:
            self.s.execute(
                update(table)
                .where(table.c.cart_id == bindparam("b_cart"), table.c.line_no == bindparam("b_line"))
                .values({k: bindparam(f"b_{k}") for k in _LINE_FIELDS if k != "line_no"}),
                [
                    {"b_cart": row.id, "b_line": i.line_no}
                    | {f"b_{k}": v for k, v in _line_values(i).items() if k != "line_no"}
                    for i in changed
                ],
            )
        if added:
            self.s.execute(
                insert(table),
                [{"cart_id": row.id, **_line_values(i)} for i in added],
            )
        self._stored[row.id] = wanted
        self.s.flush()
        return cart

    def suspended(self, counter_id: str) -> Sequence[Cart]:
        rows = self.s.scalars(
            select(CartRow)
            .where(CartRow.counter_id == counter_id, CartRow.status == "suspended")
            .order_by(CartRow.id)
        )
        return [self._rec(r) for r in rows]


_LINE_FIELDS = (
    "line_no",
    "product_id",
    "barcode",
    "name",
    "host_code",
    "list_price_fen",
    "qty",
    "unit_price_fen",
    "line_discount_fen",
)
_LINE_COLUMNS = tuple(getattr(CartLineRow, field) for field in _LINE_FIELDS)


def _line_values(i: CartItem) -> dict[str, object]:
    """A line's columns: each has the name of the CartItem field it stores."""
    return {field: getattr(i, field) for field in _LINE_FIELDS}
