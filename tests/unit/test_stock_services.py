"""The stock services on fakes: the stock list, intake and return slips, losses, low-stock levels,
who bears a host's losses, and a count from start to approval.

The shop: H01 布言布语 (20% commission) sells 手工皂 ¥25.00 and 竹牙刷 ¥12.00; H02 绿手指 (15%)
sells 帆布袋 ¥39.90. 小陈 (staff) keeps the shelf. Each service is one transaction of its own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos.audit import Action, AuditFilter
from pos.errors import InputError, NotFound, RuleError
from pos.ids import HostId
from pos.services import stock, stock_counts
from pos.services.steps import catalog
from pos.stock import StockFilter
from pos.users import Actor
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
TZ = "Asia/Shanghai"
SOAP, BRUSH, BAG = "6968344978697", "6901234567892", "6925199619830"
STAFF = Actor(user_id=3, code="S01", name="小陈", role="staff")
H01_LOGIN = Actor(user_id=5, code="H01", name="布言布语", role="host", host_id=HostId(1))
CASHIER = Actor(user_id=2, code="C01", name="小林", role="cashier")


@pytest.fixture
def shop() -> FakeUnitOfWork:
    uow = FakeUnitOfWork(actor=STAFF, clock=lambda: NOW)
    with uow:
        catalog.add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1), coop_bp=2000)
        catalog.add_host(uow, code="H02", name="绿手指", joined=date(2026, 1, 1), coop_bp=1500)
        catalog.add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        catalog.add_product(uow, name="竹牙刷", price_fen=1200, host_code="H01", barcode=BRUSH)
        catalog.add_product(uow, name="帆布袋", price_fen=3990, host_code="H02", barcode=BAG)
        uow.commit()
    uow.commits = 0
    return uow


def on_hand(uow: FakeUnitOfWork) -> dict[str, int]:
    return {s.barcode: s.on_hand for s in stock.stock_levels(uow, StockFilter())}


# ---------------------------------------------------------------- intake and returns


def test_an_intake_slip_merges_repeated_codes_and_numbers_itself(shop: FakeUnitOfWork) -> None:
    slip = stock.receive_goods(shop, lines=[(SOAP, 10), (BRUSH, 5), (SOAP, 2)], at=NOW, reason="首批")
    assert (slip.number, slip.host_code, slip.user, slip.reason) == ("RK000001", "H01", "小陈 (S01)", "首批")
    assert [(ln.barcode, ln.qty, ln.value_fen) for ln in slip.lines] == [(SOAP, 12, 30000), (BRUSH, 5, 6000)]
    assert shop.commits == 1
    assert on_hand(shop) == {BRUSH: 5, BAG: 0, SOAP: 12}
    assert stock.receive_goods(shop, lines=[(BAG, 3)], at=NOW).number == "RK000002"


def test_one_slip_holds_one_hosts_goods_and_a_refused_slip_moves_nothing(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="一位主理人"):
        stock.receive_goods(shop, lines=[(SOAP, 1), (BAG, 1)], at=NOW)
    with pytest.raises(NotFound):
        stock.receive_goods(shop, lines=[("6900000000000", 1)], at=NOW)
    assert shop.commits == 0 and on_hand(shop) == {BRUSH: 0, BAG: 0, SOAP: 0}


def test_goods_go_back_to_their_host_never_more_than_on_hand(shop: FakeUnitOfWork) -> None:
    stock.receive_goods(shop, lines=[(SOAP, 12)], at=NOW)
    with pytest.raises(RuleError, match=r"手工皂 \(6968344978697\): 12"):
        stock.return_to_host(shop, lines=[(SOAP, 13)], at=NOW)
    slip = stock.return_to_host(shop, lines=[(SOAP, 2)], at=NOW, reason="瑕疵")
    assert (slip.number, slip.units) == ("TH000001", 2)
    assert on_hand(shop)[SOAP] == 10


def test_a_loss_says_why_and_comes_off_the_shelf(shop: FakeUnitOfWork) -> None:
    stock.receive_goods(shop, lines=[(SOAP, 12)], at=NOW)
    with pytest.raises(InputError, match="损耗原因"):
        stock.record_loss(shop, barcode=SOAP, qty=1, at=NOW, reason=" ")
    moved = stock.record_loss(shop, barcode=SOAP, qty=2, at=NOW, reason="摔碎")
    assert (moved.kind, moved.qty, moved.reason, moved.user) == ("loss", -2, "摔碎", "小陈 (S01)")
    assert on_hand(shop)[SOAP] == 10


def test_the_intake_screen_finds_a_product_with_its_host_and_stock(shop: FakeUnitOfWork) -> None:
    stock.receive_goods(shop, lines=[(BAG, 3)], at=NOW)
    found = stock.slip_product(shop, code=f" {BAG} ")
    assert (found.name, found.host_code, found.host_name, found.price_fen, found.on_hand) == (
        "帆布袋", "H02", "绿手指", 3990, 3,
    )  # fmt: skip
    with pytest.raises(NotFound, match="没有条码为 12345 的商品"):
        stock.slip_product(shop, code="12345")


# ---------------------------------------------------------------- the stock list


def test_the_stock_list_flags_low_and_negative_and_sums_each_host(shop: FakeUnitOfWork) -> None:
    stock.receive_goods(shop, lines=[(SOAP, 3), (BRUSH, 10)], at=NOW)
    stock.receive_goods(shop, lines=[(BAG, 2)], at=NOW)
    stock.record_loss(shop, barcode=BAG, qty=2, at=NOW, reason="丢失")
    stock.record_loss(shop, barcode=BAG, qty=1, at=NOW, reason="丢失")  # sold past the books: -1
    stock.set_low_stock(shop, barcode=SOAP, threshold=3)
    low = stock.stock_levels(shop, StockFilter(flag="low"))
    assert [(s.barcode, s.on_hand, s.threshold) for s in low] == [(SOAP, 3, 3)]
    assert [s.barcode for s in stock.stock_levels(shop, StockFilter(flag="negative"))] == [BAG]
    assert stock.count_stock_levels(shop, StockFilter(text="皂")) == 1
    totals = {
        h.host_code: (h.products, h.units, h.value_fen, h.negative, h.low) for h in stock.host_stock(shop)
    }
    assert totals == {"H01": (2, 13, 3 * 2500 + 10 * 1200, 0, 1), "H02": (1, 0, 0, 1, 0)}


def test_a_low_stock_level_out_of_range_is_refused(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="库存预警"):
        stock.set_low_stock(shop, barcode=SOAP, threshold=-1)
    assert shop.commits == 0


def test_the_stock_export_is_by_barcode_and_a_host_gets_its_own(shop: FakeUnitOfWork) -> None:
    stock.receive_goods(shop, lines=[(SOAP, 4)], at=NOW)
    assert [(r["barcode"], r["on_hand"]) for r in stock.stock_export(shop)] == [
        (BRUSH, 0),
        (BAG, 0),
        (SOAP, 4),
    ]
    shop.actor = H01_LOGIN
    assert [r["host"] for r in stock.stock_export(shop)] == ["H01", "H01"]
    shop.actor = CASHIER
    with pytest.raises(RuleError, match="盘点"):
        stock.stock_export(shop)


# ---------------------------------------------------------------- who bears the losses, and a count


def test_the_coop_takes_on_h01s_losses_audited_once(shop: FakeUnitOfWork) -> None:
    assert stock.loss_bearer(shop, host_code="H01") == "host"
    stock.set_loss_bearer(shop, host_code="H01", bearer="coop", at=NOW)
    stock.set_loss_bearer(shop, host_code="H01", bearer="coop", at=NOW)  # so already: no second entry
    assert stock.loss_bearer(shop, host_code="H01") == "coop"
    with shop:
        entries = shop.audit.search(AuditFilter(action=Action.RATE_CHANGED))
    assert [(e.subject, e.after) for e in entries] == [("H01", '{"loss_bearer": "coop"}')]


def test_a_count_of_h01s_goods_finds_a_soap_missing_and_the_coop_credits_h01s_share(
    shop: FakeUnitOfWork,
) -> None:
    stock.receive_goods(shop, lines=[(SOAP, 12), (BRUSH, 5)], at=NOW)
    stock.set_loss_bearer(shop, host_code="H01", bearer="coop", at=NOW)
    count = stock_counts.start_count(shop, scope="host", host_code="H01", at=NOW)
    assert count.id is not None and stock_counts.current_count(shop) == count
    stock_counts.scan(shop, count_id=count.id, code=SOAP, qty=10, at=NOW)
    result = stock_counts.scan(shop, count_id=count.id, code=SOAP, at=NOW)
    assert (result.counted, result.expected) == (11, 12)
    stock_counts.set_counted(shop, count_id=count.id, code=BRUSH, counted=5, at=NOW)
    status = stock_counts.count_status(shop, count_id=count.id)
    assert (status.products, status.scanned_products, status.scanned_units) == (2, 2, 16)
    report = stock_counts.approve_count(shop, count_id=count.id, at=NOW, timezone=TZ)
    [h01] = report.hosts
    # one soap missing at ¥25.00; H01's share of it (80%) is credited by the co-op
    assert (h01.missing, h01.variance_fen, h01.credit_fen) == (1, -2500, 2000)
    assert on_hand(shop) == {BRUSH: 5, BAG: 0, SOAP: 11}
    with shop:
        [credit] = shop.charges.list()
    assert (credit.host_id, credit.amount_fen) == (HostId(1), -2000)
    assert stock_counts.current_count(shop) is None
    assert stock_counts.count_variance(shop, count_id=count.id, at=NOW).credit_fen == 2000


def test_a_cancelled_count_posts_nothing(shop: FakeUnitOfWork) -> None:
    stock.receive_goods(shop, lines=[(SOAP, 12)], at=NOW)
    count = stock_counts.start_count(shop, at=NOW)
    assert count.id is not None
    stock_counts.scan(shop, count_id=count.id, code=SOAP, qty=3, at=NOW)
    stock_counts.cancel_count(shop, count_id=count.id, at=NOW)
    assert on_hand(shop)[SOAP] == 12
    assert [c.state for c in stock_counts.recent_counts(shop)] == ["cancelled"]
