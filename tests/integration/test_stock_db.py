"""Stock on real databases, SQLite and PostgreSQL: the ledger adds up whatever the order, counts
made while the shop sells post what a person counting by hand expects, losses the co-op bears
become a credit on the host's settlement."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from db.engine import make_engine
from db.migrate import upgrade
from db.models import ChargeRow, StockLevelRow, StockMovementRow
from db.uow import SqlUnitOfWork
from pos.audit import AuditFilter
from pos.errors import CoopError, NotFound, RuleError
from pos.sale import RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.settlement import compute_settlement
from pos.services.shifts import open_shift
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.users import add_user
from pos.services.stock import (
    host_stock,
    receive_goods,
    record_loss,
    return_to_host,
    set_loss_bearer,
    set_low_stock,
    stock_export,
    stock_levels,
)
from pos.services.stock_counts import (
    approve_count,
    cancel_count,
    count_status,
    count_variance,
    current_count,
    scan,
    set_counted,
    start_count,
)
from pos.services.users import create_first_admin
from pos.settlement import Period
from pos.shifts import DenominationCount
from pos.stock import StockFilter
from pos.users import Actor

TZ = "Asia/Shanghai"
T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
SOAP, TEA, BRUSH, BAG = "6968344978697", "6925199619830", "6901234567892", "6912345678902"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@dataclass
class Shop:
    engine: Engine
    admin: Actor
    staff: Actor
    cashier: Actor
    host: Actor

    def uow(self, actor: Actor | None = None) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, actor=actor or self.staff)

    def at_the_counter(self, minutes: float) -> SqlUnitOfWork:
        """The cashier's unit of work, at that moment of the day."""
        return SqlUnitOfWork(self.engine, actor=self.cashier, clock=lambda: at(minutes))

    def on_hand(self) -> dict[str, int]:
        return {str(row["barcode"]): int(str(row["on_hand"])) for row in stock_export(self.uow())}

    def ledger(self) -> dict[int, int]:
        with self.engine.connect() as conn:
            return {
                pid: int(q)
                for pid, q in conn.execute(
                    select(StockMovementRow.product_id, func.sum(StockMovementRow.qty)).group_by(
                        StockMovementRow.product_id
                    )
                )
            }

    def levels(self) -> dict[int, int]:
        with self.engine.connect() as conn:
            return {
                pid: int(q)
                for pid, q in conn.execute(select(StockLevelRow.product_id, StockLevelRow.on_hand))
            }

    def sell(self, minutes: float, *items: tuple[str, int]) -> str:
        total = 0
        with self.uow(self.cashier) as u:
            for code, qty in items:
                p = u.products.by_barcode(code)
                assert p is not None
                total += p.price_fen * qty
        sale = complete_sale(
            self.at_the_counter(minutes),
            items=[ItemRequest(code, qty) for code, qty in items],
            tenders=[Tender("wechat", total)],
            at=at(minutes),
            timezone=TZ,
            counter_id="C1",
        )
        return sale.receipt_no

    def refund(
        self, minutes: float, receipt: str, line_no: int, units: int, *, damaged: bool = False
    ) -> None:
        with self.uow(self.cashier) as u:
            sale = u.sales.by_receipt(receipt)
            assert sale is not None
            line = sale.lines[line_no - 1]
            already = u.sales.refunded_units(sale.id) if sale.id else {}
        from pos.money import split_refund

        part = split_refund(
            qty=line.qty, net_fen=line.net_fen, coop_fen=line.coop_fen, rec_fen=line.rec_fen,
            already_refunded=already.get(line_no, 0), units=units,
        )  # fmt: skip
        refund_sale(
            self.at_the_counter(minutes), original_receipt=receipt,
            requests=[RefundRequest(line_no, units, damaged=damaged)],
            payouts=[Tender("wechat", -part.net_fen)], at=at(minutes), timezone=TZ, counter_id="C1",
        )  # fmt: skip


@pytest.fixture
def shop(empty_db_url: str) -> Iterator[Shop]:
    """H01 布言布语 (手工皂 ¥25.00, 茶 ¥40.00, 牙刷 ¥12.00 at 20 %) and H02 (帆布袋 ¥39.90 at 15 %);
    the cashier 小林 opened counter C1's shift at 09:00."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    admin = create_first_admin(SqlUnitOfWork(engine), code="A01", name="管理员", pin="9999", now=T0)
    u = SqlUnitOfWork(engine, actor=admin)
    with u:
        h1 = add_host(u, code="H01", name="布言布语", joined=date(2026, 1, 1))
        add_host(u, code="H02", name="帆布社", joined=date(2026, 1, 1), coop_bp=1500)
        add_product(u, barcode=SOAP, name="手工皂", price_fen=2500, host_code="H01")
        add_product(u, barcode=TEA, name="茶", price_fen=4000, host_code="H01")
        add_product(u, barcode=BRUSH, name="竹牙刷", price_fen=1200, host_code="H01")
        add_product(u, barcode=BAG, name="帆布袋", price_fen=3990, host_code="H02")
        staff = add_user(u, code="S01", name="小陈", role="staff", pin="2222", now=T0).actor()
        cashier = add_user(u, code="C01", name="小林", role="cashier", pin="1111", now=T0).actor()
        host = add_user(
            u, code="H01", name="布言布语", role="host", pin="3333", now=T0, host_code="H01"
        ).actor()
        assert h1.id is not None
        u.commit()
    open_shift(SqlUnitOfWork(engine, actor=cashier, clock=lambda: T0), counter_id="C1", float_count=DenominationCount(), at=T0)  # fmt: skip
    yield Shop(engine, admin, staff, cashier, host)
    engine.dispose()


def test_intake_and_return_slips_move_stock_and_are_numbered(shop: Shop) -> None:
    slip = receive_goods(shop.uow(), lines=[(SOAP, 10), (TEA, 5), (SOAP, 2)], at=at(0), reason="十一月补货")
    assert (slip.number, slip.host_code, slip.units, slip.value_fen) == (
        "RK000001",
        "H01",
        17,
        12 * 2500 + 5 * 4000,
    )
    assert [(ln.barcode, ln.qty) for ln in slip.lines] == [(SOAP, 12), (TEA, 5)]
    back = return_to_host(shop.uow(), lines=[(TEA, 2)], at=at(5), reason="季末退回")
    assert back.number == "TH000001"
    assert shop.on_hand() == {SOAP: 12, TEA: 3, BRUSH: 0, BAG: 0}
    with shop.engine.connect() as conn:
        moves = conn.execute(
            select(
                StockMovementRow.kind, StockMovementRow.qty, StockMovementRow.user, StockMovementRow.reason
            )
        ).all()
    assert [tuple(m) for m in moves] == [
        ("intake", 12, "小陈 (S01)", "RK000001 十一月补货"),
        ("intake", 5, "小陈 (S01)", "RK000001 十一月补货"),
        ("return_to_host", -2, "小陈 (S01)", "TH000001 季末退回"),
    ]
    with pytest.raises(RuleError, match="more than the books"):
        return_to_host(shop.uow(), lines=[(TEA, 4)], at=at(6))
    with pytest.raises(RuleError, match="one host"):
        receive_goods(shop.uow(), lines=[(SOAP, 1), (BAG, 1)], at=at(7))
    with pytest.raises(NotFound):
        receive_goods(shop.uow(), lines=[("6900000000000", 1)], at=at(7))
    with pytest.raises(RuleError):
        receive_goods(shop.uow(), lines=[(SOAP, 0)], at=at(7))
    with pytest.raises(RuleError, match="not allowed"):
        receive_goods(shop.uow(shop.cashier), lines=[(SOAP, 1)], at=at(8))
    assert shop.on_hand()[SOAP] == 12  # nothing of the refused slips stayed


def test_the_ledger_is_append_only_and_the_levels_follow_it(shop: Shop) -> None:
    receive_goods(shop.uow(), lines=[(SOAP, 3)], at=at(0))
    with pytest.raises(DBAPIError), shop.engine.begin() as conn:
        conn.execute(text("UPDATE stock_movements SET qty = 100"))
    with pytest.raises(DBAPIError), shop.engine.begin() as conn:
        conn.execute(text("DELETE FROM stock_movements"))
    assert shop.levels() == shop.ledger()


def test_the_stock_list_flags_negative_and_low_and_counts_days_on_shelf(shop: Shop) -> None:
    receive_goods(shop.uow(), lines=[(SOAP, 3), (TEA, 10)], at=at(0))
    shop.sell(60, (SOAP, 2), (BRUSH, 1))  # no brush on the books: it goes negative, never refused
    set_low_stock(shop.uow(), barcode=SOAP, threshold=2)
    levels = {x.barcode: x for x in stock_levels(shop.uow(), StockFilter())}
    assert levels[SOAP].low and not levels[SOAP].negative
    assert levels[BRUSH].negative and levels[BRUSH].on_hand == -1
    assert levels[TEA].value_fen == 40000
    assert levels[TEA].days_on_shelf(at(60 * 24 * 3), TZ) == 3
    assert levels[BAG].last_intake_at is None
    assert [x.barcode for x in stock_levels(shop.uow(), StockFilter(flag="negative"))] == [BRUSH]
    assert [x.barcode for x in stock_levels(shop.uow(), StockFilter(flag="low"))] == [SOAP]
    h01 = host_stock(shop.uow())[0]
    assert (h01.host_code, h01.units, h01.value_fen, h01.negative, h01.low) == ("H01", 11, 2500 + 40000, 1, 1)
    # a host login sees only its own goods
    mine = stock_levels(shop.uow(shop.host), StockFilter())
    assert {x.host_code for x in mine} == {"H01"}
    assert [h.host_code for h in host_stock(shop.uow(shop.host))] == ["H01"]
    with pytest.raises(RuleError):
        h02 = host_stock(shop.uow())[1].host_id
        stock_levels(shop.uow(shop.host), StockFilter(host_id=h02))


def test_a_count_made_while_selling_posts_what_a_person_counting_by_hand_expects(shop: Shop) -> None:
    receive_goods(shop.uow(), lines=[(SOAP, 10), (TEA, 5), (BRUSH, 6)], at=at(0))
    count = start_count(shop.uow(), scope="host", host_code="H01", at=at(60))
    assert count.id is not None
    # two soaps sell before anyone reaches the soap shelf: 8 are there to count
    receipt = shop.sell(61, (SOAP, 2))
    for i in range(8):
        scan(shop.uow(), count_id=count.id, code=SOAP, at=at(62 + i / 60))
    # all 5 teas are counted, then one sells: it was on the shelf when counted
    r = scan(shop.uow(), count_id=count.id, code=TEA, qty=5, at=at(63))
    assert (r.counted, r.expected) == (5, 5)
    shop.sell(64, (TEA, 1))
    # a customer brings a soap back after the soaps were counted: not on the shelf when counted
    shop.refund(65, receipt, 1, 1)
    # one brush is missing
    for _ in range(5):
        scan(shop.uow(), count_id=count.id, code=BRUSH, at=at(66))
    status = count_status(shop.uow(), count_id=count.id)
    assert (status.products, status.scanned_products, status.scanned_units, status.not_counted) == (
        3,
        3,
        18,
        (),
    )
    report = approve_count(shop.uow(), count_id=count.id, at=at(70), timezone=TZ)
    variances = {ln.barcode: (ln.expected, ln.counted, ln.variance) for ln in report.lines}
    assert variances == {SOAP: (8, 8, 0), TEA: (5, 5, 0), BRUSH: (6, 5, -1)}
    assert report.variance_fen == -1200 and report.credit_fen == 0  # the host bears its losses
    assert shop.on_hand() == {SOAP: 9, TEA: 4, BRUSH: 5, BAG: 0}
    assert shop.levels() == shop.ledger()
    # the report is kept as approved; the count is closed
    again = count_variance(shop.uow(), count_id=count.id, at=at(200))
    assert {ln.barcode: (ln.expected, ln.counted) for ln in again.lines} == {
        k: v[:2] for k, v in variances.items()
    }
    with pytest.raises(RuleError, match="already closed"):
        scan(shop.uow(), count_id=count.id, code=SOAP, at=at(71))
    with shop.uow(shop.admin) as u:
        audit = [e for e in u.audit.search(AuditFilter()) if e.action == "count_approved"]
    assert len(audit) == 1 and audit[0].actor_code == "S01"


def test_products_in_scope_not_counted_count_as_zero_and_scans_out_of_scope_are_refused(shop: Shop) -> None:
    receive_goods(shop.uow(), lines=[(SOAP, 4), (TEA, 2)], at=at(0))
    receive_goods(shop.uow(), lines=[(BAG, 3)], at=at(0))
    count = start_count(shop.uow(), scope="host", host_code="H01", at=at(10))
    assert count.id is not None
    with pytest.raises(RuleError, match="not in this count"):
        scan(shop.uow(), count_id=count.id, code=BAG, at=at(11))
    with pytest.raises(NotFound):
        scan(shop.uow(), count_id=count.id, code="6900000000000", at=at(11))
    with pytest.raises(CoopError):
        scan(shop.uow(), count_id=count.id, code="6968344978690", at=at(11))  # bad check digit
    scan(shop.uow(), count_id=count.id, code=SOAP, qty=3, at=at(12))
    set_counted(shop.uow(), count_id=count.id, code=SOAP, counted=4, at=at(13))  # a recount
    status = count_status(shop.uow(), count_id=count.id)
    assert [ln.barcode for ln in status.not_counted] == [BRUSH, TEA]
    with pytest.raises(RuleError, match="already open"):
        start_count(shop.uow(), at=at(14))
    with pytest.raises(RuleError, match="not allowed"):
        approve_count(shop.uow(shop.cashier), count_id=count.id, at=at(15), timezone=TZ)
    report = approve_count(shop.uow(), count_id=count.id, at=at(15), timezone=TZ)
    assert {ln.barcode: ln.variance for ln in report.lines} == {SOAP: 0, TEA: -2, BRUSH: 0}
    assert shop.on_hand() == {SOAP: 4, TEA: 0, BRUSH: 0, BAG: 3}


def test_a_count_survives_a_restart_and_can_be_cancelled(shop: Shop, empty_db_url: str) -> None:
    receive_goods(shop.uow(), lines=[(SOAP, 4)], at=at(0))
    count = start_count(shop.uow(), scope="all", at=at(10))
    assert count.id is not None
    scan(shop.uow(), count_id=count.id, code=SOAP, at=at(11))
    shop.engine.dispose()
    engine = make_engine(empty_db_url)  # the app starts again
    try:
        resumed = current_count(SqlUnitOfWork(engine, actor=shop.staff))
        assert resumed is not None and resumed.id == count.id and resumed.scope_label == "全部商品"
        r = scan(SqlUnitOfWork(engine, actor=shop.staff), count_id=count.id, code=SOAP, at=at(12))
        assert r.counted == 2
        cancel_count(SqlUnitOfWork(engine, actor=shop.staff), count_id=count.id, at=at(13))
        assert current_count(SqlUnitOfWork(engine, actor=shop.staff)) is None
    finally:
        engine.dispose()
    assert shop.on_hand()[SOAP] == 4


def test_when_the_coop_bears_losses_the_host_gets_a_credit_on_its_settlement(shop: Shop) -> None:
    receive_goods(shop.uow(), lines=[(SOAP, 10), (TEA, 2)], at=at(0))
    set_loss_bearer(shop.uow(shop.admin), host_code="H01", bearer="coop", at=at(1))
    count = start_count(shop.uow(), scope="host", host_code="H01", at=at(10))
    assert count.id is not None
    scan(shop.uow(), count_id=count.id, code=SOAP, qty=7, at=at(11))  # 3 soaps missing
    scan(shop.uow(), count_id=count.id, code=TEA, qty=3, at=at(11))  # one tea too many: no charge back
    report = approve_count(shop.uow(), count_id=count.id, at=at(20), timezone=TZ)
    # 3 × ¥25.00 = ¥75.00, co-op 20 % ¥15.00: the host's share is ¥60.00
    assert report.credit_fen == 6000
    assert report.hosts[0].missing == 3 and report.hosts[0].extra == 1
    with shop.engine.connect() as conn:
        charges = [(r.amount_fen, r.kind) for r in conn.execute(select(ChargeRow))]
    assert charges == [(-6000, "adjustment")]
    with SqlUnitOfWork(shop.engine, actor=shop.admin) as u:
        settlement = compute_settlement(u, period=Period(date(2026, 11, 1), date(2026, 11, 30)), timezone=TZ)
    h01 = next(h for h in settlement.hosts if h.code == "H01")
    assert h01.charges_fen == -6000


def test_losses_outside_a_count_are_movements_with_a_reason(shop: Shop) -> None:
    receive_goods(shop.uow(), lines=[(SOAP, 5)], at=at(0))
    record_loss(shop.uow(), barcode=SOAP, qty=1, at=at(1), reason="摔碎")
    with pytest.raises(CoopError):
        record_loss(shop.uow(), barcode=SOAP, qty=1, at=at(1), reason="  ")
    assert shop.on_hand()[SOAP] == 4


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("intake"), st.sampled_from([SOAP, TEA, BAG]), st.integers(1, 20)),
        st.tuples(st.just("sale"), st.sampled_from([SOAP, TEA, BAG]), st.integers(1, 5)),
        st.tuples(st.just("refund"), st.booleans(), st.integers(1, 3)),
        st.tuples(st.just("return"), st.sampled_from([SOAP, TEA, BAG]), st.integers(1, 5)),
        st.tuples(st.just("count"), st.sampled_from([SOAP, TEA, BAG]), st.integers(0, 25)),
        st.tuples(st.just("loss"), st.sampled_from([SOAP, TEA, BAG]), st.integers(1, 3)),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_on_hand_is_intake_minus_sales_plus_refunds_minus_returns_plus_adjustments(
    shop: Shop, ops: list[tuple[object, ...]]
) -> None:
    """Whatever order things happen in: the books equal the model, and the levels equal the ledger."""
    start = shop.on_hand()
    model = dict(start)
    sales: list[tuple[str, str, int]] = []  # receipt, code, units left to refund
    minute = 0.0
    for op in ops:
        minute += 1
        kind = op[0]
        if kind == "intake":
            receive_goods(shop.uow(), lines=[(op[1], op[2])], at=at(minute))
            model[op[1]] += op[2]
        elif kind == "sale":
            sales.append((shop.sell(minute, (op[1], op[2])), op[1], op[2]))
            model[op[1]] -= op[2]
        elif kind == "refund" and sales:
            receipt, code, left = sales.pop()
            units = min(op[2], left)
            shop.refund(minute, receipt, 1, units, damaged=op[1])
            if not op[1]:
                model[code] += units
            if left > units:
                sales.append((receipt, code, left - units))
        elif kind == "return":
            if op[2] <= model[op[1]]:
                return_to_host(shop.uow(), lines=[(op[1], op[2])], at=at(minute))
                model[op[1]] -= op[2]
            else:
                with pytest.raises(RuleError):
                    return_to_host(shop.uow(), lines=[(op[1], op[2])], at=at(minute))
        elif kind == "count":
            host = "H02" if op[1] == BAG else "H01"
            count = start_count(shop.uow(), scope="host", host_code=host, at=at(minute))
            assert count.id is not None
            if op[2]:
                set_counted(shop.uow(), count_id=count.id, code=op[1], counted=op[2], at=at(minute))
            approve_count(shop.uow(), count_id=count.id, at=at(minute + 0.5), timezone=TZ)
            for code in (SOAP, TEA, BRUSH) if host == "H01" else (BAG,):
                model[code] = op[2] if code == op[1] else 0
        elif kind == "loss":
            record_loss(shop.uow(), barcode=op[1], qty=op[2], at=at(minute), reason="损坏")
            model[op[1]] -= op[2]
    assert shop.on_hand() == model
    assert shop.levels() == shop.ledger()


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_slips_and_the_variance_report_read_back_with_signature_lines(shop: Shop, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from pos.statements import ShopInfo
    from receipts.stock_docs import StockDocs

    docs, info = StockDocs(), ShopInfo(name="来!合作社", address="上海")
    slip = receive_goods(shop.uow(), lines=[(SOAP, 10), (TEA, 2)], at=at(0), reason="十一月补货")
    text = _pdf_text(docs.slip_pdf(slip, shop=info, timezone=TZ), tmp_path)
    assert "入库单" in text and "RK000001" in text and "2026-11-23 09:00" in text
    assert "¥330.00" in text and "主理人签字" in text and "合作社经手人" in text
    back = return_to_host(shop.uow(), lines=[(TEA, 1)], at=at(1))
    assert "退货单" in _pdf_text(docs.slip_pdf(back, shop=info, timezone=TZ), tmp_path)

    set_loss_bearer(shop.uow(shop.admin), host_code="H01", bearer="coop", at=at(2))
    count = start_count(shop.uow(), scope="all", at=at(10))
    assert count.id is not None
    scan(shop.uow(), count_id=count.id, code=SOAP, qty=9, at=at(11))
    scan(shop.uow(), count_id=count.id, code=TEA, at=at(11))
    report = approve_count(shop.uow(), count_id=count.id, at=at(12), timezone=TZ)
    text = _pdf_text(docs.variance_pdf(report, shop=info, timezone=TZ), tmp_path)
    assert "盘点差异表" in text and "PD00001" in text and "主理人会签" in text
    assert "-¥25.00" in text and "¥20.00" in text  # one soap missing; the host's share 80 % credited
    wb = load_workbook(io.BytesIO(docs.variance_xlsx(report, timezone=TZ)))
    rows = list(wb["盘点差异"].iter_rows(min_row=4, values_only=True))
    assert [(r[2], r[5], r[6], r[7], r[8]) for r in rows] == [
        (BRUSH, 0, 0, 0, 0),
        (TEA, 1, 1, 0, 0),
        (SOAP, 10, 9, -1, -25),
        (BAG, 0, 0, 0, 0),  # H02's part
    ]
    summary = list(wb["主理人汇总"].iter_rows(min_row=2, values_only=True))
    assert summary[0][0] == "H01" and summary[0][8] == 20
