"""Shifts in a real database, SQLite and PostgreSQL: a day at the counter, closed to the fen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from db.engine import make_engine
from db.migrate import upgrade
from db.repositories import SqlAuditRepository
from db.uow import SqlUnitOfWork
from pos.audit import Action, AuditFilter
from pos.errors import RuleError
from pos.sale import PAYMENT_METHODS, RefundRequest, Sale, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.shifts import (
    close_shift,
    current_shift,
    open_shift,
    paid_in,
    paid_out,
    x_report,
    z_report,
)
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.users import add_user
from pos.services.users import create_first_admin, login
from pos.shifts import DenominationCount, Shift
from pos.users import Actor, system_actor

OPEN = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
TZ = "Asia/Shanghai"
SOAP, TEA = "6968344978697", "6925199619830"
FLOAT = DenominationCount.of({10000: 2, 5000: 1, 1000: 4, 100: 10})  # ¥300.00


def minutes(n: float) -> datetime:
    return OPEN + timedelta(minutes=n)


@dataclass
class Shop:
    engine: Engine
    cashier: Actor
    manager: Actor

    def uow(self, actor: Actor | None = None, *, at: datetime | None = None) -> SqlUnitOfWork:
        """The cashier's (or ``actor``'s) unit of work; ``at``: the moment of the day it plays at."""
        if at is None:
            return SqlUnitOfWork(self.engine, actor=actor or self.cashier)
        return SqlUnitOfWork(self.engine, actor=actor or self.cashier, clock=lambda: at)


@pytest.fixture
def shop(empty_db_url: str) -> Iterator[Shop]:
    """手工皂 ¥25.00 (H01) and 茶 ¥40.00 (H02); the cashier C01 and the manager M01 can log in."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    admin = create_first_admin(SqlUnitOfWork(engine), code="A01", name="管理员", pin="9999", now=OPEN)
    uow = SqlUnitOfWork(engine, actor=admin)
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        add_host(uow, code="H02", name="主理人2号", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        add_product(uow, name="茶", price_fen=4000, host_code="H02", barcode=TEA)
        add_user(uow, code="C01", name="收银员小王", role="cashier", pin="1111", now=OPEN)
        add_user(uow, code="M01", name="店长", role="manager", pin="8888", now=OPEN)
        uow.commit()
    yield Shop(
        engine=engine,
        cashier=login(SqlUnitOfWork(engine), code="C01", pin="1111", now=OPEN),
        manager=login(SqlUnitOfWork(engine), code="M01", pin="8888", now=OPEN),
    )
    engine.dispose()


def sell(
    shop: Shop,
    at: datetime,
    tenders: list[Tender],
    *,
    counter: str = "C1",
    by: Actor | None = None,
    **kw: object,
) -> Sale:
    """Rung up by the cashier (or ``by``) at ``at``, which is then the time of day."""
    items = kw.pop("items", [ItemRequest(SOAP, 1)])
    return complete_sale(
        shop.uow(by, at=at), items=items, tenders=tenders, at=at, timezone=TZ, counter_id=counter, **kw
    )


def test_a_day_at_the_counter_closes_to_the_fen(shop: Shop) -> None:
    # before the shift: not in it (history the shop's command line recorded; no cashier sells
    # without a shift open)
    sell(shop, minutes(-30), [Tender("cash", 2500)], by=system_actor())
    open_shift(shop.uow(at=OPEN), counter_id="C1", float_count=FLOAT, at=OPEN)
    a = sell(shop, minutes(5), [Tender("cash", 5000)])  # ¥25 change
    # ¥5 off the soap is over the shop's 10% limit: the manager approves it with their PIN
    b = sell(shop, minutes(10), [Tender("cash", 2000), Tender("wechat", 4500)],
             items=[ItemRequest(SOAP, 1, line_discount_fen=500), ItemRequest(TEA, 1)], sale_discount_fen=100,
             approver=shop.manager)  # fmt: skip
    c = sell(shop, minutes(15), [Tender("alipay", 4000), Tender("card", 4000)], items=[ItemRequest(TEA, 2)])
    open_shift(shop.uow(shop.manager, at=minutes(12)), counter_id="C2", float_count=FLOAT, at=minutes(12))
    sell(shop, minutes(16), [Tender("other", 2500)], counter="C2", by=shop.manager)  # another counter
    r = refund_sale(shop.uow(at=minutes(20)), original_receipt=c.receipt_no, requests=[RefundRequest(1, 1)],
                    payouts=[Tender("cash", 1000), Tender("alipay", 3000)], at=minutes(20), timezone=TZ,
                    counter_id="C1")  # fmt: skip
    paid_in(shop.uow(), counter_id="C1", amount_fen=10000, reason="银行换零钱", at=minutes(25))
    paid_out(shop.uow(), counter_id="C1", amount_fen=1850, reason="买牛奶", at=minutes(26))

    x = x_report(
        SqlUnitOfWork(shop.engine, read_only=True, actor=shop.cashier), counter_id="C1", at=minutes(30)
    )
    counted = DenominationCount.of({10000: 4, 1000: 1})  # ¥410.00
    closed = close_shift(shop.uow(at=minutes(40)), counter_id="C1", counted=counted, at=minutes(40))
    z = closed.report
    assert z is not None and closed.number == 1

    mine = [a, b, c, r]
    for method in PAYMENT_METHODS:
        sold = sum(p.amount_fen for s in mine if s.kind == "sale" for p in s.payments if p.method == method)
        back = sum(p.amount_fen for s in mine if s.kind == "refund" for p in s.payments if p.method == method)
        assert (z.method(method).sales_fen, z.method(method).refunds_fen) == (sold, back)
        assert x.method(method) == z.method(method)
    assert [(m.method, m.net_fen) for m in z.methods] == [
        ("cash", 2500 + 1400 - 1000), ("wechat", 4500), ("alipay", 4000 - 3000), ("card", 4000), ("other", 0)
    ]  # fmt: skip
    assert (z.sales_count, z.refunds_count) == (3, 1)
    assert z.net_fen == a.total_fen + b.total_fen + c.total_fen + r.total_fen
    assert (z.line_discounts_fen, z.sale_discounts_fen) == (500, 100)
    # float + cash sales (¥20 handed over for b, ¥6 of it back as change) − cash refunds + paid-in − paid-out
    expected = 30000 + (2500 + 1400) - 1000 + 10000 - 1850
    assert (z.expected_cash_fen, z.counted_fen, z.over_short_fen) == (expected, 41000, -50)
    assert expected == 41050
    assert [(m.kind, m.amount_fen, m.reason) for m in z.movements] == [
        ("paid_in", 10000, "银行换零钱"), ("paid_out", 1850, "买牛奶")
    ]  # fmt: skip

    # the Z report read back is the one closed; a sale booked into the closed window later (only the
    # shop's command line may date one back) does not change it
    sell(shop, minutes(35), [Tender("cash", 2500)], by=system_actor())
    assert z_report(shop.uow(), counter_id="C1", number=1) == z
    assert current_shift(shop.uow(), counter_id="C1") is None
    with shop.uow() as uow:
        log = list(reversed(uow.audit.search(AuditFilter(limit=100))))
    shift_log = [(e.action, e.actor_code, e.subject) for e in log if e.action in _SHIFT_ACTIONS]
    assert shift_log == [
        (Action.SHIFT_OPENED, "C01", "C1 班次 #1"),
        (Action.SHIFT_OPENED, "M01", "C2 班次 #2"),
        (Action.PAID_IN, "C01", "C1 班次 #1"),
        (Action.PAID_OUT, "C01", "C1 班次 #1"),
        (Action.SHIFT_CLOSED, "C01", "C1-Z0001"),
    ]


_SHIFT_ACTIONS = {
    Action.SHIFT_OPENED,
    Action.SHIFT_CLOSED,
    Action.PAID_IN,
    Action.PAID_OUT,
    Action.DRAWER_OPENED,
}


def test_z_numbers_are_gap_free_per_counter_and_a_failed_close_takes_none(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_shift(shop.uow(at=OPEN), counter_id="C1", float_count=FLOAT, at=OPEN)
    sell(shop, minutes(1), [Tender("cash", 2500)])
    real_add = SqlAuditRepository.add

    def fail(self: SqlAuditRepository, entry: object) -> object:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(SqlAuditRepository, "add", fail)
    with pytest.raises(RuntimeError):
        close_shift(shop.uow(at=minutes(2)), counter_id="C1", counted=FLOAT, at=minutes(2))
    monkeypatch.setattr(SqlAuditRepository, "add", real_add)
    still = current_shift(shop.uow(), counter_id="C1")  # nothing of the failed close was kept
    assert still is not None and still.number is None and still.report is None
    numbers = [close_shift(shop.uow(at=minutes(3)), counter_id="C1", counted=FLOAT, at=minutes(3)).number]
    for t in (10, 20):
        for counter in ("C1", "C2"):
            open_shift(
                shop.uow(shop.manager, at=minutes(t)), counter_id=counter, float_count=FLOAT, at=minutes(t)
            )
            numbers.append(
                close_shift(
                    shop.uow(shop.manager, at=minutes(t + 1)),
                    counter_id=counter,
                    counted=FLOAT,
                    at=minutes(t + 1),
                ).number
            )
    assert numbers == [1, 2, 1, 3, 2]
    with shop.uow() as uow:
        assert [s.subject for s in uow.shifts.list(counter_id="C1")] == ["C1-Z0003", "C1-Z0002", "C1-Z0001"]


def test_the_database_itself_allows_one_open_shift_per_counter(shop: Shop) -> None:
    open_shift(shop.uow(at=OPEN), counter_id="C1", float_count=FLOAT, at=OPEN)
    with pytest.raises(RuleError, match="已经开班"), shop.uow() as uow:  # past the service's own check
        uow.shifts.add(Shift(counter_id="C1", opened_at=minutes(1), opened_by="C01", float_count=FLOAT))
    with shop.uow() as uow:
        uow.shifts.add(Shift(counter_id="C2", opened_at=minutes(1), opened_by="C01", float_count=FLOAT))
        uow.commit()


def test_a_closed_shift_and_its_cash_movements_are_never_changed(shop: Shop) -> None:
    open_shift(shop.uow(at=OPEN), counter_id="C1", float_count=FLOAT, at=OPEN)
    paid_out(shop.uow(), counter_id="C1", amount_fen=500, reason="邮费", at=minutes(1))
    close_shift(shop.uow(at=minutes(2)), counter_id="C1", counted=FLOAT, at=minutes(2))
    for sql in (
        "UPDATE shifts SET over_short_fen = 0",
        "DELETE FROM shifts",
        "UPDATE cash_movements SET amount_fen = 1",
        "DELETE FROM cash_movements",
    ):
        with shop.engine.connect() as conn, pytest.raises(DBAPIError, match=r"never|append-only"):
            conn.execute(text(sql))
            conn.commit()
