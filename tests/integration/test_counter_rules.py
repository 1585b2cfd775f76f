"""The rules of the counter hold whoever calls the services: a script, the CLI or the screen.

On a real database (SQLite and PostgreSQL): receipt numbers a caller cannot choose and an import
cannot jam, a sale recorded once per idempotency key, dated now with the shift open, the shop's
own discount limit, a period closed only once it has ended, one app per counter id.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from db.engine import make_engine
from db.migrate import upgrade
from db.models import SaleRow
from db.uow import SqlUnitOfWork
from pos.audit import Action, AuditFilter
from pos.errors import RuleError
from pos.sale import Tender
from pos.services.checkout import ApprovalNeeded, ItemRequest, complete_sale
from pos.services.counters import CounterTaken, claim_counter, release_counter, renew_counter
from pos.services.settlement import close_period
from pos.services.shifts import open_shift
from pos.services.shop_settings import set_discount_limit, shop_discount_limit_bp
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.users import add_user
from pos.services.users import login
from pos.settlement import Period
from pos.shifts import DenominationCount
from pos.users import Actor

TZ = "Asia/Shanghai"
SOAP = "6968344978697"


@pytest.fixture
def engine(empty_db_url: str) -> Iterator[Engine]:
    """手工皂 ¥25.00 of H01; a cashier C01 (PIN 1111) and a manager M01 (PIN 8888)."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1), coop_bp=2000)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        now = datetime.now(UTC)
        add_user(uow, code="C01", name="小林", role="cashier", pin="1111", now=now)
        add_user(uow, code="M01", name="阿芳", role="manager", pin="8888", now=now)
        uow.commit()
    yield engine
    engine.dispose()


def as_user(engine: Engine, code: str, pin: str) -> Actor:
    return login(SqlUnitOfWork(engine), code=code, pin=pin, now=datetime.now(UTC))


def sell(engine: Engine, actor: Actor | None = None, **kw: object) -> object:
    args: dict[str, object] = {
        "items": [ItemRequest(SOAP, 1)], "tenders": [Tender("cash", 2500)], "at": datetime.now(UTC),
        "timezone": TZ, "counter_id": "C1",
    } | kw  # fmt: skip
    return complete_sale(SqlUnitOfWork(engine, actor=actor), **args)


def open_counter(engine: Engine, actor: Actor, counter_id: str = "C1") -> None:
    open_shift(SqlUnitOfWork(engine, actor=actor), counter_id=counter_id, float_count=DenominationCount(), at=datetime.now(UTC))  # fmt: skip


def test_no_caller_chooses_a_counter_sales_number_and_an_import_cannot_jam_a_counter(engine: Engine) -> None:
    with pytest.raises(RuleError, match="given by the counter"):
        sell(engine, receipt_no="C1-20261204-0003")
    with pytest.raises(RuleError, match="looks like a counter's number"):
        sell(engine, receipt_no="C1-20261204-0003", source="import", counter_id=None)
    sell(engine, receipt_no="M-20261204-3", source="import", counter_id=None)  # its own numbers are fine
    with pytest.raises(RuleError, match="already exists"):
        sell(engine, receipt_no="M-20261204-3", source="import", counter_id=None)
    first, second = sell(engine), sell(engine)
    assert [first.receipt_no[-4:], second.receipt_no[-4:]] == ["0001", "0002"]  # type: ignore[attr-defined]


def test_the_same_idempotency_key_records_one_sale(engine: Engine) -> None:
    first = sell(engine, idempotency_key="pay-7f3a")
    again = sell(engine, idempotency_key="pay-7f3a", tenders=[Tender("cash", 2500)])
    assert again == first
    with engine.connect() as c:
        assert c.execute(select(func.count()).select_from(SaleRow)).scalar_one() == 1
    other = sell(engine, idempotency_key="pay-8b2c")
    assert other.receipt_no != first.receipt_no  # type: ignore[attr-defined]


def test_a_cashier_sells_now_with_the_shift_open(engine: Engine) -> None:
    cashier = as_user(engine, "C01", "1111")
    with pytest.raises(RuleError, match="no shift open"):
        sell(engine, cashier)
    open_shift(SqlUnitOfWork(engine, actor=cashier), counter_id="C1", float_count=DenominationCount(), at=datetime.now(UTC) - timedelta(minutes=4))  # fmt: skip
    sell(engine, cashier)
    with pytest.raises(RuleError, match="too far from now"):
        sell(engine, cashier, at=datetime.now(UTC) - timedelta(days=32))
    with pytest.raises(RuleError, match="too far from now"):
        sell(engine, cashier, at=datetime.now(UTC) + timedelta(hours=1))
    sell(engine, cashier, at=datetime.now(UTC) - timedelta(minutes=3))  # a counter's clock a little behind


def test_the_discount_limit_is_the_shops_not_the_callers(engine: Engine) -> None:
    cashier = as_user(engine, "C01", "1111")
    open_counter(engine, cashier)
    assert shop_discount_limit_bp(SqlUnitOfWork(engine)) == 1000  # 10 % until the shop sets one
    sell(engine, cashier, items=[ItemRequest(SOAP, 1, line_discount_fen=250)], tenders=[Tender("cash", 2250)])
    with pytest.raises(ApprovalNeeded):
        sell(
            engine,
            cashier,
            items=[ItemRequest(SOAP, 1, line_discount_fen=300)],
            tenders=[Tender("cash", 2200)],
        )
    with pytest.raises(TypeError):  # no caller can bring a limit of its own
        sell(engine, cashier, discount_limit_bp=None)
    with pytest.raises(RuleError):  # a cashier cannot raise it
        set_discount_limit(SqlUnitOfWork(engine, actor=cashier), limit_bp=5000, now=datetime.now(UTC))
    assert set_discount_limit(SqlUnitOfWork(engine), limit_bp=1500, now=datetime.now(UTC))
    assert not set_discount_limit(SqlUnitOfWork(engine), limit_bp=1500, now=datetime.now(UTC))
    sell(engine, cashier, items=[ItemRequest(SOAP, 1, line_discount_fen=300)], tenders=[Tender("cash", 2200)])
    uow = SqlUnitOfWork(engine, read_only=True)
    with uow:
        [changed] = uow.audit.search(AuditFilter(action=Action.SETTING_CHANGED))
    assert "15%" in changed.after


def test_a_period_that_has_not_ended_cannot_be_closed(engine: Engine) -> None:
    today = datetime.now(UTC).astimezone().date()
    for period in (Period(today - timedelta(days=3), today + timedelta(days=1)), Period(today + timedelta(days=2), today + timedelta(days=5))):  # fmt: skip
        with pytest.raises(RuleError, match="has not ended"):
            close_period(SqlUnitOfWork(engine), period=period, timezone=TZ, closed_by="script", now=datetime(2030, 1, 1, tzinfo=UTC))  # fmt: skip
    sell(engine)  # the counter still sells today
    ended = Period(today - timedelta(days=40), today - timedelta(days=10))
    closed = close_period(
        SqlUnitOfWork(engine), period=ended, timezone=TZ, closed_by="script", now=datetime.now(UTC)
    )
    assert closed.period == ended


def test_one_app_per_counter_id(engine: Engine) -> None:
    now = datetime.now(UTC)
    claim_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-a", machine="前台电脑", now=now)
    with pytest.raises(CounterTaken, match="前台电脑"):
        claim_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-b", machine="后台电脑", now=now)
    claim_counter(SqlUnitOfWork(engine), counter_id="C2", holder="app-b", machine="后台电脑", now=now)
    renew_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-a", now=now + timedelta(seconds=30))
    later = now + timedelta(minutes=5)  # app-a died without letting go: its lease runs out
    claim_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-c", machine="新电脑", now=later)
    with pytest.raises(CounterTaken, match="新电脑"):
        renew_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-a", now=later)
    release_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-a")  # not its own: nothing
    with pytest.raises(CounterTaken):
        claim_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-d", machine="x", now=later)
    release_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-c")
    claim_counter(SqlUnitOfWork(engine), counter_id="C1", holder="app-d", machine="x", now=later)


def test_a_shift_is_opened_and_closed_now_and_every_sale_of_it_is_in_its_z_report(engine: Engine) -> None:
    from pos.services.shifts import close_shift

    cashier = as_user(engine, "C01", "1111")
    now = datetime.now(UTC)
    with pytest.raises(RuleError, match="too far from now"):  # no widening a shift's window
        open_shift(SqlUnitOfWork(engine, actor=cashier), counter_id="C1", float_count=DenominationCount(), at=now - timedelta(hours=1))  # fmt: skip
    open_shift(SqlUnitOfWork(engine, actor=cashier), counter_id="C1", float_count=DenominationCount(), at=now)
    with pytest.raises(RuleError, match="before the shift was opened"):
        sell(engine, cashier, at=now - timedelta(minutes=2))
    with pytest.raises(RuleError, match="too far from now"):  # never ahead of the clock by more than a minute
        sell(engine, cashier, at=datetime.now(UTC) + timedelta(minutes=4))
    ahead = sell(engine, cashier, at=datetime.now(UTC) + timedelta(seconds=50))
    with pytest.raises(RuleError, match="dated after the closing time"):
        close_shift(SqlUnitOfWork(engine, actor=cashier), counter_id="C1", counted=DenominationCount(), at=datetime.now(UTC))  # fmt: skip
    closed = close_shift(
        SqlUnitOfWork(engine, actor=cashier), counter_id="C1", counted=DenominationCount(),
        at=datetime.now(UTC) + timedelta(seconds=55),
    )  # fmt: skip
    assert closed.report is not None and closed.report.sales_count == 1 and ahead is not None
