"""Settling October 2025 on fakes: the figures, closing the period, and its statements.

The shop: H01 布言布语 (20% commission, module rent ¥300.00 a month) sells 手工皂 ¥25.00, which
R01 小林 recommends at 5%; H02 绿手指 (15%, no rent) sells 帆布袋 ¥39.90. In October a customer
pays cash for 2 × 手工皂 on the 2nd, brings one back on the 5th, and pays 帆布袋 by WeChat on the
3rd; H02 owes a ¥10.00 fee. 阿芳 (manager) settles; H01 and H02 read their own statements.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos.audit import Action, AuditFilter
from pos.errors import NotFound, RuleError
from pos.ids import HostId
from pos.sale import RefundRequest, Tender
from pos.services import statements
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.settlement import close_period, compute_settlement, settlement_report
from pos.services.steps import catalog, charges, goods
from pos.services.steps import users as user_steps
from pos.services.users import approve
from pos.settlement import Period
from pos.statements import ShopInfo
from pos.users import Actor, system_actor
from tests.unit.fakes import FakeUnitOfWork

TZ = "Asia/Shanghai"
OCTOBER = Period(date(2025, 10, 1), date(2025, 10, 31))
NOVEMBER = Period(date(2025, 11, 1), date(2025, 11, 30))
SHOP = ShopInfo("来!合作社", "上海市长宁区新华路345弄")
SOAP, BAG = "6968344978697", "6925199619830"
MANAGER = Actor(user_id=4, code="M01", name="阿芳", role="manager")
CASHIER = Actor(user_id=2, code="C01", name="小林", role="cashier")
H01_LOGIN = Actor(user_id=5, code="H01", name="布言布语", role="host", host_id=HostId(1))
H02_LOGIN = Actor(user_id=6, code="H02", name="绿手指", role="host", host_id=HostId(2))
CLOSED_ON = datetime(2025, 11, 3, 2, 0, tzinfo=UTC)  # 10:00 on 3 November, shop time


def at(day: int, month: int = 10) -> datetime:
    """10:00 shop time (02:00 UTC) on that day of 2025."""
    return datetime(2025, month, day, 2, 0, tzinfo=UTC)


@pytest.fixture
def shop() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()  # the shop's own command line records what happened in October
    with uow:
        catalog.add_host(uow, code="H01", name="布言布语", joined=date(2025, 9, 1), coop_bp=2000,
                         monthly_rent_fen=30000, contact="周敏 139")  # fmt: skip
        catalog.add_host(uow, code="H02", name="绿手指", joined=date(2025, 9, 1), coop_bp=1500)
        catalog.add_recommender(uow, code="R01", name="小林", default_bp=500)
        catalog.add_product(
            uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP, recommender_code="R01"
        )
        catalog.add_product(uow, name="帆布袋", price_fen=3990, host_code="H02", barcode=BAG)
        charges.add_charge(
            uow, host_code="H02", day=date(2025, 10, 10), amount_fen=1000, kind="fee", note="网费"
        )
        uow.commit()
    sale = complete_sale(uow, items=[ItemRequest(SOAP, 2)], tenders=[Tender("cash", 5000)], at=at(2),
                         timezone=TZ, counter_id="C1")  # fmt: skip
    complete_sale(uow, items=[ItemRequest(BAG, 1)], tenders=[Tender("wechat", 3990)], at=at(3),
                  timezone=TZ, counter_id="C1")  # fmt: skip
    refund_sale(uow, original_receipt=sale.receipt_no, requests=[RefundRequest(1, 1)],
                payouts=[Tender("cash", 2500)], at=at(5), timezone=TZ, counter_id="C1")  # fmt: skip
    uow.actor = MANAGER
    return uow


def close_october(uow: FakeUnitOfWork) -> None:
    close_period(uow, period=OCTOBER, timezone=TZ, closed_by="阿芳 (M01)", now=CLOSED_ON)


# ---------------------------------------------------------------- the figures


def test_octobers_figures_to_the_fen(shop: FakeUnitOfWork) -> None:
    with shop:
        s = compute_settlement(shop, period=OCTOBER, timezone=TZ)
    h01, h02 = s.hosts
    # H01: 2 soaps sold, 1 back: net ¥25.00 = 20% ¥5.00 + R01 5% ¥1.25 + H01 ¥18.75; rent ¥300.00
    assert (h01.net_sales_fen, h01.coop_commission_fen, h01.recommender_fees_fen, h01.host_share_fen) == (
        2500, 500, 125, 1875,
    )  # fmt: skip
    assert (h01.charges_fen, h01.payable_fen, h01.carried_forward_fen) == (30000, 0, -28125)
    # H02: one bag, ¥39.90 = 15% ¥5.99 + H02 ¥33.91, less the ¥10.00 fee
    assert (h02.net_sales_fen, h02.coop_commission_fen, h02.host_share_fen, h02.payable_fen) == (
        3990, 599, 3391, 2391,
    )  # fmt: skip
    [r01] = s.recommenders
    assert (r01.code, r01.fees_fen, r01.lines) == ("R01", 125, 2)
    assert (s.payments["cash"], s.payments["wechat"]) == (2500, 3990)


def test_the_draft_report_is_computed_now_and_the_closed_one_is_as_stored(shop: FakeUnitOfWork) -> None:
    draft, closed = settlement_report(shop, period=OCTOBER, timezone=TZ)
    assert closed is None and draft["totals"]["net_sales"] == "64.90"  # type: ignore[index]
    close_october(shop)
    with shop:
        goods.update_host(shop, code="H02", name="绿手指零废弃")  # a change after closing
        shop.commit()
    stored, closed = settlement_report(shop, period=OCTOBER, timezone=TZ)
    assert closed is not None and closed.number == "JS-20251001-20251031"
    assert stored == draft  # the name as it was when the period closed


def test_only_who_settles_reads_the_figures(shop: FakeUnitOfWork) -> None:
    shop.actor = CASHIER
    with pytest.raises(RuleError, match="结算"):
        settlement_report(shop, period=OCTOBER, timezone=TZ)


# ---------------------------------------------------------------- closing


def test_closing_october_is_audited_and_carries_h01s_rent_into_november(shop: FakeUnitOfWork) -> None:
    close_october(shop)
    with shop:
        [entry] = shop.audit.search(AuditFilter(action=Action.SETTLEMENT_CLOSED))
        november = compute_settlement(shop, period=NOVEMBER, timezone=TZ)
    assert (entry.actor_code, entry.subject) == ("M01", "JS-20251001-20251031")
    [h01] = november.hosts  # H02 ended October even: nothing to carry, nothing sold
    assert (h01.code, h01.opening_balance_fen, h01.charges_fen, h01.carried_forward_fen) == (
        "H01", -28125, 30000, -58125,
    )  # fmt: skip


def test_a_closed_october_takes_no_more_sales_charges_or_closes(shop: FakeUnitOfWork) -> None:
    close_october(shop)
    shop.actor = Actor(user_id=None, code="script", name="script", role="admin")
    with pytest.raises(RuleError, match="已结账"):
        complete_sale(shop, items=[ItemRequest(SOAP, 1)], tenders=[Tender("cash", 2500)], at=at(30),
                      timezone=TZ, counter_id="C1")  # fmt: skip
    with shop, pytest.raises(RuleError, match="已结账"):
        charges.add_charge(shop, host_code="H01", day=date(2025, 10, 20), amount_fen=500, kind="fee")
    with pytest.raises(RuleError, match="重叠"):
        close_period(shop, period=Period(date(2025, 10, 15), date(2025, 11, 2)), timezone=TZ,
                     closed_by="阿芳 (M01)", now=CLOSED_ON)  # fmt: skip


def test_a_period_not_yet_over_cannot_be_closed(shop: FakeUnitOfWork) -> None:
    with pytest.raises(RuleError, match="还没有结束"):
        close_period(shop, period=OCTOBER, timezone=TZ, closed_by="阿芳 (M01)", now=at(31))
    assert statements.closed_periods(shop) == []


def test_a_cashier_closes_only_with_a_managers_pin(shop: FakeUnitOfWork) -> None:
    shop.actor = system_actor("test")
    with shop:
        user_steps.add_user(shop, code="M01", name="阿芳", role="manager", pin="8888", now=CLOSED_ON)
        shop.commit()
    shop.actor = CASHIER
    with pytest.raises(RuleError, match="没有“结账”的权限"):
        close_october(shop)
    manager = approve(shop, code="M01", pin="8888", now=CLOSED_ON)
    close_period(shop, period=OCTOBER, timezone=TZ, closed_by="小林 (C01)", now=CLOSED_ON, approver=manager)
    with shop:
        [entry] = shop.audit.search(AuditFilter(action=Action.SETTLEMENT_CLOSED))
    assert (entry.actor_code, entry.approver_code) == ("C01", "M01")


# ---------------------------------------------------------------- statements


def test_every_statement_of_october_adds_up(shop: FakeUnitOfWork) -> None:
    every = statements.statement_set(shop, period=OCTOBER, timezone=TZ, shop=SHOP)
    assert [h.host.code for h in every.hosts] == ["H01", "H02"]
    h01 = every.hosts[0]
    [soap] = h01.groups
    assert [(ln.receipt_no != "", ln.refund, ln.split.qty) for ln in soap.lines] == [
        (True, False, 2),
        (True, True, -1),
    ]
    assert (h01.totals.net_fen, h01.totals.host_fen, h01.figures.host_share_fen) == (2500, 1875, 1875)
    [r01] = every.recommenders
    assert (r01.number, r01.totals.rec_fen) == ("JS-20251001-20251031-R01", 125)
    assert every.summary.total("net_sales_fen") == 6490
    assert not every.summary.status.closed


def test_a_host_reads_its_own_statement_only(shop: FakeUnitOfWork) -> None:
    shop.actor = H01_LOGIN
    mine = statements.host_statement_of(shop, period=OCTOBER, timezone=TZ, shop=SHOP, host_code="H01")
    assert (mine.host.contact, mine.figures.carried_forward_fen) == ("周敏 139", -28125)
    with pytest.raises(RuleError, match="只能查看自己的数据"):
        statements.host_statement_of(shop, period=OCTOBER, timezone=TZ, shop=SHOP, host_code="H02")
    view = statements.period_view(shop, period=OCTOBER, timezone=TZ)
    assert (view.host_code, [h.code for h in view.settlement.hosts], view.settlement.recommenders) == (
        "H01",
        ["H01"],
        (),
    )
    assert view.settlement.payments == {}


def test_a_host_without_activity_has_no_statement(shop: FakeUnitOfWork) -> None:
    with pytest.raises(NotFound, match="没有结算单"):
        statements.host_statement_of(shop, period=Period(date(2025, 8, 1), date(2025, 8, 31)), timezone=TZ,
                                     shop=SHOP, host_code="H02")  # fmt: skip


def test_a_closed_octobers_statements_keep_the_names_and_contacts_as_closed(shop: FakeUnitOfWork) -> None:
    close_october(shop)
    with shop:
        goods.update_host(shop, code="H01", name="布言布语手作", contact="周敏 138")
        shop.commit()
    shop.actor = H01_LOGIN
    closed = statements.host_statement_of(shop, period=OCTOBER, timezone=TZ, shop=SHOP, host_code="H01")
    assert (closed.host.name, closed.host.contact) == ("布言布语", "周敏 139")
    assert closed.status.closed and closed.status.closed_by == "阿芳 (M01)"
    assert [(s.number, s.closed_by) for s in statements.closed_periods(shop)] == [
        ("JS-20251001-20251031", "阿芳 (M01)")
    ]
    shop.actor = H02_LOGIN
    assert [h.code for h in statements.period_view(shop, period=OCTOBER, timezone=TZ).settlement.hosts] == [
        "H02"
    ]
