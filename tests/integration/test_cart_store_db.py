"""The cart store writes only what changed, and what it stores is always exactly the cart saved.

``SqlCartRepository.save`` compares with the lines it read (or last wrote) in the same unit of
work and sends only the difference. Random sequences of edits (lines added, changed, removed from
anywhere, renumbered) are saved in every mix of units of work, read back in a fresh one each time,
and must equal the cart as saved, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from db.engine import make_engine
from db.migrate import upgrade
from db.models import CartLineRow
from db.uow import SqlUnitOfWork
from pos.cart import Cart, CartItem
from pos.ids import ProductId
from pos.services.steps.catalog import add_host, add_product

AT = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
CODES = ["6968344978697", "6925199619830", "6903062027869", "6901234567892"]


@pytest.fixture
def shop(empty_db_url: str) -> Iterator[Engine]:
    """A shop with four goods, on SQLite and (when configured) PostgreSQL. Hypothesis runs all its
    examples on it: each makes a cart of its own."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        for n, code in enumerate(CODES):
            add_product(uow, name=f"货{n}", price_fen=1000 + n, host_code="H01", barcode=code)
        uow.commit()
    yield engine
    engine.dispose()


def _ids(engine: Engine) -> dict[str, ProductId]:
    with SqlUnitOfWork(engine, read_only=True) as uow:
        found = uow.products.by_barcodes(CODES)
    return {code: ProductId(p.id) for code, p in found.items() if p.id is not None}


# An edit of the cart's lines: what the counter does to them, and what it never does (renumber).
edits = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 3), st.integers(1, 9)),
    st.tuples(st.just("qty"), st.integers(0, 30), st.integers(1, 99)),
    st.tuples(st.just("discount"), st.integers(0, 30), st.integers(0, 500)),
    st.tuples(st.just("price"), st.integers(0, 30), st.one_of(st.none(), st.integers(0, 9999))),
    st.tuples(st.just("remove"), st.integers(0, 30), st.just(0)),
    st.tuples(st.just("renumber"), st.just(0), st.just(0)),
    st.tuples(st.just("header"), st.integers(0, 999), st.just(0)),
)
# How a step is saved: in the unit of work that read the cart, a second save in it, or a unit of
# work that never read it (the whole cart replaced).
modes = st.sampled_from(["read_then_save", "save_twice", "save_unread"])


def _edit(cart: Cart, edit: tuple[str, int, int | None], ids: dict[str, ProductId]) -> Cart:
    kind, where, value = edit
    items = list(cart.items)
    if kind == "add":
        code = CODES[where]
        line_no = max((i.line_no for i in items), default=0) + 1
        items.append(
            CartItem(
                line_no=line_no,
                product_id=ids[code],
                barcode=code,
                name=f"货{where}",
                host_code="H01",
                list_price_fen=1000 + where,
                qty=int(value or 1),
            )
        )
    elif kind == "header":
        return dataclasses.replace(cart, sale_discount_fen=where, label=f"挂{where}")
    elif kind == "renumber":
        items = [dataclasses.replace(i, line_no=n + 1) for n, i in enumerate(items)]
    elif items:
        at = where % len(items)
        if kind == "qty":
            items[at] = dataclasses.replace(items[at], qty=int(value or 1))
        elif kind == "discount":
            items[at] = dataclasses.replace(items[at], line_discount_fen=int(value or 0))
        elif kind == "price":
            items[at] = dataclasses.replace(items[at], unit_price_fen=value)
        elif kind == "remove":
            del items[at]
    return dataclasses.replace(cart, items=tuple(items))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(edits, modes), min_size=1, max_size=25))
def test_every_saved_cart_reads_back_exactly(shop: Engine, steps: list) -> None:  # type: ignore[type-arg]
    engine = shop
    ids = _ids(engine)
    with SqlUnitOfWork(engine) as uow:
        cart = uow.carts.add(Cart(counter_id="T", opened_at=AT, opened_by="C01", status="suspended"))
        uow.commit()
    cart_id = cart.id
    assert cart_id is not None
    for edit, mode in steps:
        wanted = _edit(cart, edit, ids)
        with SqlUnitOfWork(engine) as uow:
            if mode != "save_unread":
                assert uow.carts.get(cart_id) == cart
            if mode == "save_twice":  # an edit in between, saved in the same unit of work
                uow.carts.save(_edit(wanted, ("qty", 0, 77), ids))
            uow.carts.save(wanted)
            uow.commit()
        cart = wanted
        with SqlUnitOfWork(engine, read_only=True) as uow:
            assert uow.carts.get(cart_id) == cart
    with engine.connect() as conn:
        stored = conn.scalar(
            select(func.count()).select_from(CartLineRow).where(CartLineRow.cart_id == cart_id)
        )
    assert stored == len(cart.items)  # no line left behind by a removal or a renumbering


def test_a_scan_of_a_line_already_there_updates_one_row_and_paying_rewrites_none(
    shop: Engine,
) -> None:
    from sqlalchemy import event

    engine = shop
    ids = _ids(engine)
    with SqlUnitOfWork(engine) as uow:
        cart = uow.carts.add(Cart(counter_id="U", opened_at=AT, opened_by="C01", status="suspended"))
        for n in range(3):
            cart = _edit(cart, ("add", n, 1), ids)
        uow.carts.save(cart)
        uow.commit()
    assert cart.id is not None
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if "cart_lines" in statement and not statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement.split()[0].upper())

    event.listen(engine, "before_cursor_execute", record)
    try:
        with SqlUnitOfWork(engine) as uow:
            read = uow.carts.get(cart.id)
            assert read is not None
            uow.carts.save(_edit(read, ("qty", 1, 2), ids))
            uow.commit()
        assert statements == ["UPDATE"]
        statements.clear()
        with SqlUnitOfWork(engine) as uow:
            read = uow.carts.get(cart.id)
            assert read is not None
            uow.carts.save(dataclasses.replace(read, status="completed"))
            uow.commit()
        assert statements == []
    finally:
        event.remove(engine, "before_cursor_execute", record)
