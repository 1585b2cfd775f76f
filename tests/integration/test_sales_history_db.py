"""The recent sales list and what is left to refund, in a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.errors import NotFound, RuleError
from pos.sale import RefundRequest, Sale, Tender
from pos.sales_history import SalesQuery, day_range, parse_search
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.sales_history import recent_sales, refundable
from pos.services.steps.catalog import add_host, add_product
from pos.users import Actor

TZ = "Asia/Shanghai"
MON = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
SOAP, TEA = "6968344978697", "6925199619830"
HOST = Actor(user_id=9, code="H01", name="周敏", role="host")


@pytest.fixture
def engine(empty_db_url: str) -> Iterator[Engine]:
    """手工皂 ¥25.00 (H01) and 茶 ¥40.00 (H02)."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1), coop_bp=2000)
        add_host(uow, code="H02", name="山里茶", joined=date(2026, 1, 1), coop_bp=1500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        add_product(uow, name="茶", price_fen=4000, host_code="H02", barcode=TEA)
        uow.commit()
    yield engine
    engine.dispose()


def sell(
    engine: Engine, at: datetime, items: list[ItemRequest], tenders: list[Tender], counter: str = "C1"
) -> Sale:
    return complete_sale(
        SqlUnitOfWork(engine), items=items, tenders=tenders, at=at, timezone=TZ, counter_id=counter
    )


def test_a_day_of_sales_and_refunds_listed_and_refunded_to_the_unit(engine: Engine) -> None:
    first = sell(engine, MON, [ItemRequest(SOAP, 3), ItemRequest(TEA, 1)], [Tender("alipay", 11500)])
    sell(engine, MON + timedelta(minutes=5), [ItemRequest(TEA, 2)], [Tender("cash", 10000)], counter="C2")
    back = refund_sale(
        SqlUnitOfWork(engine), original_receipt=first.receipt_no, requests=[RefundRequest(1, 2, damaged=True)],
        payouts=[Tender("alipay", 5000)], at=MON + timedelta(hours=3), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    sell(engine, MON - timedelta(days=1), [ItemRequest(SOAP, 1)], [Tender("wechat", 2500)])

    start, end = day_range(date(2026, 11, 23), date(2026, 11, 23), TZ)
    found = recent_sales(SqlUnitOfWork(engine), query=SalesQuery(start=start, end=end), timezone=TZ)
    assert [s.receipt_no for s in found] == ["C1-20261123-0002", "C2-20261123-0001", "C1-20261123-0001"]
    refund, tea, sale = found
    assert (refund.kind, refund.total_fen, refund.units, refund.line_count) == ("refund", -5000, 2, 1)
    assert (refund.refund_of_receipt, refund.payments[0].amount_fen) == (first.receipt_no, -5000)
    assert (tea.counter_id, tea.methods, tea.total_fen) == ("C2", ("cash",), 8000)
    assert (sale.line_count, sale.units, sale.total_fen, sale.methods) == (2, 4, 11500, ("alipay",))

    def receipts(query: SalesQuery) -> list[str]:
        return [s.receipt_no for s in recent_sales(SqlUnitOfWork(engine), query=query, timezone=TZ)]

    assert receipts(parse_search("50.00")) == [back.receipt_no]  # the refund, by what was paid back
    assert receipts(parse_search("79~81")) == ["C2-20261123-0001"]
    assert receipts(parse_search("c2-2026")) == ["C2-20261123-0001"]  # any case
    assert receipts(SalesQuery(receipt="%")) == []  # LIKE wildcards are plain text
    assert receipts(SalesQuery(kind="refund")) == [back.receipt_no]
    assert receipts(SalesQuery(counter_id="C2")) == ["C2-20261123-0001"]
    assert receipts(SalesQuery(limit=1)) == [back.receipt_no]
    yesterday = parse_search("C1-20261122-0001")
    assert receipts(SalesQuery(receipt=yesterday.receipt, receipt_exact=True, start=start, end=end)) == [
        "C1-20261122-0001"
    ]

    r = refundable(SqlUnitOfWork(engine), first.receipt_no)
    assert [(ln.line.product_name, ln.qty, ln.refunded, ln.left) for ln in r.lines] == [
        ("手工皂", 3, 2, 1),
        ("茶", 1, 0, 1),
    ]
    assert [(p.method, p.amount_fen) for p in r.payments] == [("alipay", 11500)]
    assert [(x.receipt_no, x.total_fen) for x in r.refunds] == [(back.receipt_no, -5000)]
    assert r.refund_total_fen([RefundRequest(1, 1), RefundRequest(2, 1)]) == 2500 + 4000


def test_refusals_in_words(engine: Engine) -> None:
    first = sell(engine, MON, [ItemRequest(SOAP, 1)], [Tender("cash", 2500)])
    back = refund_sale(
        SqlUnitOfWork(engine), original_receipt=first.receipt_no, requests=[RefundRequest(1, 1)],
        payouts=[Tender("cash", 2500)], at=MON + timedelta(hours=1), timezone=TZ, counter_id="C1",
    )  # fmt: skip
    with pytest.raises(RuleError, match="是退货单"):
        refundable(SqlUnitOfWork(engine), back.receipt_no)
    with pytest.raises(NotFound, match="C9-20261123-0001"):
        refundable(SqlUnitOfWork(engine), "C9-20261123-0001")
    assert refundable(SqlUnitOfWork(engine), first.receipt_no).units_left == 0
    with pytest.raises(RuleError, match="主理人"):
        recent_sales(SqlUnitOfWork(engine, actor=HOST), query=SalesQuery(), timezone=TZ)
