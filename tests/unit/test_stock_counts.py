"""Stock counts on fakes: what the start of a count offers, and to whom.

The shop: hosts H01 布言布语 and H02 山间茶舍; tags 手作 (in use) and 旧标签 (retired). Staff count
the stock; a cashier does not; a host login sees only itself, and counts nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from pos.errors import RuleError
from pos.services.catalog import add_host, add_tag
from pos.services.goods import rename_tag
from pos.services.stock_counts import count_choices
from pos.users import Actor
from tests.unit.fakes import FakeUnitOfWork

STAFF = Actor(user_id=3, code="S01", name="店员", role="staff")
CASHIER = Actor(user_id=2, code="C01", name="收银员", role="cashier")


@pytest.fixture
def shop() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    add_host(uow, code="H01", name="布言布语", joined=date(2026, 9, 1))
    add_host(uow, code="H02", name="山间茶舍", joined=date(2026, 9, 1))
    add_tag(uow, name="手作")
    add_tag(uow, name="旧标签")
    rename_tag(uow, old="旧标签", new="旧标签", active=False)
    return uow


def test_a_count_may_be_scoped_to_any_host_or_a_tag_still_in_use(shop: FakeUnitOfWork) -> None:
    shop.actor = STAFF
    commits = shop.commits
    choices = count_choices(shop)
    assert [h.code for h in choices.hosts] == ["H01", "H02"]
    assert [t.name for t in choices.tags] == ["手作"]
    assert shop.commits == commits  # a read: nothing written


def test_a_cashier_is_not_offered_a_count(shop: FakeUnitOfWork) -> None:
    shop.actor = CASHIER
    with pytest.raises(RuleError):
        count_choices(shop)
