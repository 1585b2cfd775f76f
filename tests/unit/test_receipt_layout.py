"""Receipts laid out in columns as the paper has them: a hanzi two columns, amounts flush right.

docs/domain.md's worked example is sold at the counter and its receipt read line by line, on 58 mm
(32 columns) and 80 mm (48 columns) paper; a refund slip names its original; a reprint is the
stored receipt again, marked 重印, without the drawer.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.errors import InputError, NotFound
from pos.print_ops import (
    REPRINT_MARK,
    BarcodeOp,
    CutOp,
    DrawerOp,
    FeedOp,
    PrintDoc,
    QrOp,
    TextOp,
    code128_data,
    fits_code128,
    from_json,
    line_columns,
    reprint,
    text_document,
    to_json,
)
from pos.receipt import ReceiptSettings, paper_amount, printer_test_page, wrap_words
from pos.sale import RefundRequest, Sale, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.receipts import receipt_copy
from pos.services.steps.catalog import add_host, add_product, add_recommender
from pos.text_layout import COLUMNS, pad, pair, shorten, width, wrap
from tests.unit.fakes import FakeUnitOfWork

TZ = "Asia/Shanghai"
AT = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai
SOAP, BAG = "6968344978697", "6925199619830"
SHOP = "来!合作社"
ADDRESS = "上海市长宁区新华路345弄4号楼 新华·社区营造中心"


def settings(paper_mm: int = 80, **kw: object) -> ReceiptSettings:
    return ReceiptSettings(
        shop_name=SHOP,
        shop_address=ADDRESS,
        timezone=TZ,
        paper_mm=paper_mm,
        footer="谢谢惠顾，欢迎再来！",
        **kw,
    )  # type: ignore[arg-type]


@pytest.fixture
def shop() -> FakeUnitOfWork:
    """H01 sells 手工皂 at ¥25.00; H02 sells 帆布袋 at ¥39.90."""
    uow = FakeUnitOfWork()
    with uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1), coop_bp=2000)
        add_host(uow, code="H02", name="主理人2号·旧物新生", joined=date(2026, 8, 1), coop_bp=1500)
        add_recommender(uow, code="R01", name="推介官1", default_bp=500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", recommender_code="R01", barcode=SOAP)
        add_product(uow, name="帆布袋", price_fen=3990, host_code="H02", barcode=BAG)
        uow.commit()
    return uow


def sell_worked_example(uow: FakeUnitOfWork) -> Sale:
    """小王 sells 3 × 手工皂 and 1 × 帆布袋 less ¥2.00, ¥1.00 off the sale: ¥111.90, paid ¥60 cash
    and ¥61.90 Alipay."""
    return complete_sale(
        uow,
        items=[ItemRequest(SOAP, 3), ItemRequest(BAG, 1, line_discount_fen=200)],
        sale_discount_fen=100,
        tenders=[Tender("cash", 6000), Tender("alipay", 6190)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
        cashier="小王",
    )


# ---------------------------------------------------------------- columns


def test_a_hanzi_and_full_width_forms_take_two_columns_ascii_one() -> None:
    assert [width(t) for t in ("手工皂", "￥12.50", "ＡＢＣ", "abc 1", "·", "×", "")] == [6, 7, 6, 5, 2, 2, 0]


def test_pair_puts_the_amount_flush_right_and_shortens_the_name_never_the_amount() -> None:
    assert pair("手工皂", "￥75.00", 20) == "手工皂" + " " * 7 + "￥75.00"
    long = pair("非常非常非常长的商品名字", "￥1,234.50", 20)
    assert width(long) == 20 and long.endswith(" ￥1,234.50") and "…" in long
    assert pad("合作社", 9, "center") == " 合作社  " and width(pad("合作社", 9, "right")) == 9


def test_wrapping_never_splits_a_character_nor_passes_the_edge() -> None:
    assert wrap("帆布袋（大号）·可折叠 Canvas tote bag", 16) == [
        "帆布袋（大号）·",
        "可折叠 Canvas",
        "tote bag",
    ]
    assert wrap("手工皂", 5) == ["手工", "皂"]  # the third hanzi would need columns 5 and 6
    assert wrap("ABCDEFGHIJ", 4, indent="  ") == ["ABCD", "  EF", "  GH", "  IJ"]
    assert shorten("手工皂手工皂", 7) == "手工…"
    assert wrap_words(ADDRESS, 32) == ["上海市长宁区新华路345弄4号楼", "新华·社区营造中心"]
    assert wrap_words("谢谢 惠顾欢迎再来欢迎再来欢迎再来", 12) == [
        "谢谢",
        "惠顾欢迎再来",
        "欢迎再来欢迎",
        "再来",
    ]


@given(
    text=st.text(alphabet=st.sampled_from("ab c手工皂￥ＡＢ·-12"), max_size=80),
    cols=st.integers(min_value=4, max_value=48),
)
def test_wrapped_lines_fit_and_keep_every_character(text: str, cols: int) -> None:
    lines = wrap(text, cols, indent="  ")
    assert all(width(ln) <= cols for ln in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


# ---------------------------------------------------------------- the receipt of a sale


def _check_columns(doc: PrintDoc) -> None:
    for op in doc.ops:
        if isinstance(op, TextOp):
            assert width(op.text) <= line_columns(op, doc.paper_mm), op.text


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_the_worked_example_on_paper(shop: FakeUnitOfWork, paper_mm: int) -> None:
    sale = sell_worked_example(shop)
    copy = receipt_copy(
        shop, receipt_no=sale.receipt_no, settings=settings(paper_mm), now=AT, at_counter=True
    )
    doc, cols = copy.doc, COLUMNS[paper_mm]
    assert copy.first and doc.paper_mm == paper_mm
    _check_columns(doc)
    lines = doc.text_lines()
    assert lines[0] == SHOP and "销售单" in lines
    assert pair("单号", "C1-20261123-0001", cols) in lines
    assert pair("时间", "2026-11-23 14:30:00", cols) in lines
    assert pair("收银台", "C1", cols) in lines and pair("收银员", "小王", cols) in lines
    assert pair("  3 × ￥25.00", "￥75.00", cols) in lines
    assert "  主理人 H01 主理人1号·手作" in lines
    assert pair("小计", "￥112.90", cols) in lines
    assert pair("整单折扣", "-￥1.00", cols) in lines
    assert pair("合计（4 件）", "￥111.90", cols) in lines
    # cash handed over, the change right under it, then the rest
    i = lines.index(pair("现金", "￥60.00", cols))
    assert lines[i + 1 : i + 3] == [pair("找零", "￥10.00", cols), pair("支付宝", "￥61.90", cols)]
    assert any(ln.endswith("￥37.90") and "折扣 -￥2.00" in ln for ln in lines) or (
        pair("  折扣 -￥2.00", "￥37.90", cols) in lines
    )
    # every line that ends in an amount (other than a unit price) ends exactly at the right edge
    ending = [ln for ln in lines if re.search(r"￥[\d,]+\.\d\d$", ln) and not re.search(r"× ￥\S+$", ln)]
    assert len(ending) >= 8 and all(width(ln) == cols for ln in ending)
    assert BarcodeOp("C1-20261123-0001") in doc.ops
    assert doc.ops[0] == DrawerOp(2, 100) and doc.ops[-1] == CutOp("partial")


def test_a_sale_paid_without_cash_or_printed_later_leaves_the_drawer_shut(shop: FakeUnitOfWork) -> None:
    wechat = complete_sale(
        shop,
        items=[ItemRequest(SOAP, 1)],
        tenders=[Tender("wechat", 2500)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    cash = complete_sale(
        shop,
        items=[ItemRequest(SOAP, 1)],
        tenders=[Tender("cash", 2500)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    s = settings()
    assert not receipt_copy(
        shop, receipt_no=wechat.receipt_no, settings=s, now=AT, at_counter=True
    ).doc.opens_drawer()
    assert not receipt_copy(
        shop, receipt_no=cash.receipt_no, settings=s, now=AT, at_counter=False
    ).doc.opens_drawer()


def test_a_refund_slip_names_the_original_receipt(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    refund = refund_sale(
        shop,
        original_receipt=sale.receipt_no,
        requests=[RefundRequest(1, 1)],
        payouts=[Tender("cash", 2478)],
        at=AT + timedelta(hours=1),
        timezone=TZ,
        counter_id="C1",
    )
    doc = receipt_copy(shop, receipt_no=refund.receipt_no, settings=settings(58), now=AT, at_counter=True).doc
    _check_columns(doc)
    lines, cols = doc.text_lines(), 32
    assert "退货单" in lines and pair("原单号", sale.receipt_no, cols) in lines
    assert pair("  退 1 × ￥25.00", "-￥24.78", cols) in lines
    assert pair("退款合计（1 件）", "-￥24.78", cols) in lines
    assert pair("现金", "-￥24.78", cols) in lines
    assert doc.opens_drawer()  # cash goes back out of the drawer


def test_the_footer_qr_and_the_receipt_number_as_a_qr_code(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    s = settings(58, footer_qr="https://example.org/来合作社", number_code="qr", cut="full")
    doc = receipt_copy(shop, receipt_no=sale.receipt_no, settings=s, now=AT).doc
    assert [op for op in doc.ops if isinstance(op, QrOp)] == [
        QrOp("https://example.org/来合作社"),
        QrOp(sale.receipt_no, 4),
    ]
    assert not any(isinstance(op, BarcodeOp) for op in doc.ops) and doc.ops[-1] == CutOp("full")


# ---------------------------------------------------------------- stored once, reprinted as stored


def test_a_reprint_is_the_stored_receipt_marked_without_the_drawer(shop: FakeUnitOfWork) -> None:
    sale = sell_worked_example(shop)
    first = receipt_copy(shop, receipt_no=sale.receipt_no, settings=settings(80), now=AT, at_counter=True)
    with shop:  # the next day the host is renamed and the printer set to 58 mm
        host = shop.hosts.by_code("H01")
        assert host is not None
        shop.hosts.update(dataclasses.replace(host, name="新名字"))
        shop.commit()
    later = AT + timedelta(days=1)
    again = receipt_copy(shop, receipt_no=sale.receipt_no, settings=settings(58), now=later, at_counter=True)
    assert not again.first and again.stored == first.doc
    assert again.doc.paper_mm == 80 and not again.doc.opens_drawer()
    assert again.doc.ops[:2] == (
        TextOp(REPRINT_MARK, "center", True, "double"),
        TextOp("重印时间 2026-11-24 14:30", "center"),
    )
    assert again.doc.ops[2:] == first.doc.without_drawer().ops
    assert "  主理人 H01 主理人1号·手作" in again.doc.text_lines()


def test_an_unknown_receipt_number_is_named(shop: FakeUnitOfWork) -> None:
    with pytest.raises(NotFound, match="C1-20261123-0099"):
        receipt_copy(shop, receipt_no="C1-20261123-0099", settings=settings(), now=AT)


_ops = st.one_of(
    st.builds(
        TextOp,
        st.text(max_size=20),
        st.sampled_from(["left", "center", "right"]),
        st.booleans(),
        st.sampled_from(["normal", "tall", "wide", "double"]),
    ),
    st.builds(FeedOp, st.integers(0, 9)),
    st.builds(BarcodeOp, st.text(alphabet="C1-0123456789", min_size=1, max_size=20)),
    st.builds(QrOp, st.text(min_size=1, max_size=40), st.integers(1, 16)),
    st.builds(CutOp, st.sampled_from(["full", "partial"])),
    st.builds(DrawerOp, st.sampled_from([2, 5]), st.integers(2, 510)),
)


@given(paper=st.sampled_from([58, 80]), ops=st.lists(_ops, max_size=12))
def test_print_ops_read_back_from_json_exactly(paper: int, ops: list[object]) -> None:
    doc = PrintDoc(paper, tuple(ops))  # type: ignore[arg-type]
    assert from_json(to_json(doc)) == doc


def test_stored_content_that_cannot_be_read_is_said_in_words() -> None:
    with pytest.raises(InputError, match="stored receipt"):
        from_json('{"v": 1, "paper_mm": 57, "ops": []}')


def test_reprint_and_plain_text_documents() -> None:
    doc = text_document(["Z 报表", "现金" + " " * 50 + paper_amount(123450)], paper_mm=58)
    assert all(width(line) <= 32 for line in doc.text_lines()) and doc.ops[-1] == CutOp("partial")
    assert reprint(doc).ops[0] == TextOp(REPRINT_MARK, "center", True, "double")
    test = printer_test_page(settings(58), printer="127.0.0.1:9100", at_local="2026-11-23 14:30:00")
    _check_columns(test)
    assert not test.opens_drawer()


def test_code_128_only_when_a_scanner_can_read_it_on_this_paper() -> None:
    assert fits_code128("C1-20261123-0001", 58)  # digits two to a symbol: 178 modules, 356 dots
    assert not fits_code128("淘宝-20261123-01", 80)  # an imported number: not ASCII
    assert not fits_code128("WX-ORDER-ABCDEFGHIJKL", 58) and fits_code128("WX-ORDER-ABCDEFGHIJKL", 80)
    assert code128_data("C1-20261123-0001") == b"{BC1-{C\x14\x1a\x0b\x17{B-{C\x00\x01"
