"""The counter's first queries, run while the cashier types the PIN: by nobody, changing nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from pos.cart import Cart
from pos.services import carts
from pos.users import Actor
from tests.unit.fakes import FakeUnitOfWork

NOBODY = Actor(user_id=None, code="", name="未登录", role="host", host_id=None)  # at the login screen
AT = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


def test_the_warm_up_reads_as_nobody_and_writes_nothing() -> None:
    uow = FakeUnitOfWork()
    with uow:
        uow.carts.add(Cart(counter_id="C1", opened_at=AT, opened_by="C01"))
        uow.commit()
    uow.actor = NOBODY
    commits = uow.commits
    assert carts.warm_up(uow, counter_id="C1") is None
    assert carts.warm_up(uow, counter_id="C9") is None  # a counter with no cart yet: none is made
    assert uow.commits == commits
    assert [c.counter_id for c in uow.store.carts.values()] == ["C1"]
