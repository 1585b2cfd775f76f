"""The users page's use cases, each in a unit of work of its own and each change audited.

The shop: administrator 陈管理 (A01, PIN 9999), cashier 小林 (C01, PIN 1111), and host H01
布言布语, whose own login is H01.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos.audit import Action, AuditFilter
from pos.errors import RuleError
from pos.services.steps import catalog
from pos.services.steps import users as user_steps
from pos.services.users import add_user, change_user, create_first_admin, load_users, login, set_pin
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


@pytest.fixture
def shop() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.actor = create_first_admin(uow, code="A01", name="陈管理", pin="9999", now=NOW)
    with uow:
        catalog.add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1))
        user_steps.add_user(uow, code="C01", name="小林", role="cashier", pin="1111", now=NOW)
        uow.commit()
    uow.commits = 0
    return uow


def entries(uow: FakeUnitOfWork, action: str) -> list[str]:
    with uow:
        return [e.subject for e in uow.audit.search(AuditFilter(action=action))]


def test_the_administrator_adds_a_hosts_login_in_one_audited_transaction(shop: FakeUnitOfWork) -> None:
    added = add_user(shop, code="H01", name="布言布语", role="host", pin="3333", now=NOW, host_code="H01")
    assert shop.commits == 1 and not shop.is_open
    assert added.host_id is not None
    assert entries(shop, Action.USER_ADDED)[0] == "H01"
    assert login(shop, code="H01", pin="3333", now=NOW).host_id == added.host_id


def test_a_renamed_and_deactivated_cashier_may_no_longer_log_in(shop: FakeUnitOfWork) -> None:
    changed = change_user(shop, code="C01", now=NOW, name="林小", active=False)
    assert (changed.name, changed.active, shop.commits) == ("林小", False, 1)
    assert entries(shop, Action.USER_CHANGED) == ["C01"]
    with pytest.raises(RuleError):
        login(shop, code="C01", pin="1111", now=NOW)


def test_the_last_administrator_stays_and_nothing_is_written(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="至少要保留一位"):
        change_user(shop, code="A01", now=NOW, role="manager")
    assert shop.commits == 0 and entries(shop, Action.USER_CHANGED) == []


def test_a_pin_set_by_the_administrator_is_the_one_that_logs_in(shop: FakeUnitOfWork) -> None:
    set_pin(shop, code="C01", pin="246810", now=NOW)
    assert shop.commits == 1 and entries(shop, Action.PIN_CHANGED) == ["C01"]
    assert login(shop, code="C01", pin="246810", now=NOW).code == "C01"


def test_a_cashier_sets_only_their_own_pin(shop: FakeUnitOfWork) -> None:
    shop.actor = login(shop, code="C01", pin="1111", now=NOW)
    shop.commits = 0
    with pytest.raises(RuleError, match="管理用户"):
        set_pin(shop, code="A01", pin="0000", now=NOW)
    set_pin(shop, code="C01", pin="1357", now=NOW)
    assert shop.commits == 1


def test_the_users_list_leaves_the_pins_behind(shop: FakeUnitOfWork) -> None:
    add_user(shop, code="H01", name="布言布语", role="host", pin="3333", now=NOW, host_code="H01")
    shop.commits = 0
    listing = load_users(shop)
    assert [u.code for u in listing.users] == ["A01", "C01", "H01"]
    assert all(u.pin_hash == "" for u in listing.users)
    assert [listing.host_of(u).code if listing.host_of(u) else "" for u in listing.users] == ["", "", "H01"]  # type: ignore[union-attr]
    assert shop.commits == 0 and not shop.is_open


def test_only_the_administrator_reads_the_users(shop: FakeUnitOfWork) -> None:
    shop.actor = login(shop, code="C01", pin="1111", now=NOW)
    with pytest.raises(RuleError, match="管理用户"):
        load_users(shop)
