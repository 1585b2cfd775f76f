"""Bad names and bad amounts on SQLite and PostgreSQL: refused in words, nothing half written.

A spreadsheet brings a product whose name hides a right-to-left override or a bell character,
a price of ¥99,999,999,999, a charge of minus a billion yuan; a careless script passes 10**19 fen
(more than a 64-bit column holds) straight to the services. Each is a message naming the field
(and, in a file, the line), never an overflow from the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.catalog import ProductFilter
from pos.errors import CoopError, RuleError
from pos.sale import Tender
from pos.services.carts import scan, set_price
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.shifts import open_shift, paid_in
from pos.services.steps.catalog import add_host, add_product, receive_stock
from pos.services.steps.charges import add_charge
from pos.services.steps.goods import update_host, update_product
from pos.shifts import DenominationCount
from pos.users import system_actor
from ui.cli import main

SOAP, LAMP = "6968344978697", "6925199619830"
HUGE = 10**19  # more than a BIGINT holds
LARGEST = "¥9,999,999.99"


@pytest.fixture
def url(empty_db_url: str) -> str:
    assert main(["init", "--db", empty_db_url]) == 0
    return empty_db_url


@pytest.fixture
def engine(url: str) -> Iterator[Engine]:
    """H01 with 手工皂 at ¥25.00 and 铜灯 at ¥99,999.00."""
    engine = make_engine(url)
    with SqlUnitOfWork(engine, actor=system_actor()) as u:
        add_host(u, code="H01", name="布言布语", joined=date(2026, 1, 1))
        add_product(u, barcode=SOAP, name="手工皂", price_fen=2500, host_code="H01")
        add_product(u, barcode=LAMP, name="铜灯", price_fen=9_999_900, host_code="H01")
        u.commit()
    yield engine
    engine.dispose()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def goods(url: str) -> dict[str, str]:
    engine = make_engine(url)
    try:
        with SqlUnitOfWork(engine, actor=system_actor()) as u:
            return {p.barcode: p.name for p in u.products.search(ProductFilter(limit=100))}
    finally:
        engine.dispose()


def test_an_import_names_the_line_of_a_hidden_control_and_removes_zero_width_spaces(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "hosts", str(write(tmp_path, "h.csv", "code,name,contact\nH\u200b01,布言\u200b布语,微信\u200b 139\n")),
                 "--db", url]) == 0  # fmt: skip
    bad = write(
        tmp_path,
        "p.csv",
        "barcode,name,price,host,tags\n"
        "6968344978697,手工\u200b皂,25.00,H01,环保\n"  # line 2: fine, the zero-width space goes
        "6925199619830,\u202e皂工手,25.00,H01,\n"  # line 3: a right-to-left override
        "6901234567892,竹\x07牙刷,12.00,H01,\n"  # line 4: a bell
        "6912345678902,帆布袋,39.90,H01,旧物\u2066新生\n",  # line 5: an isolate in a tag
    )
    capsys.readouterr()
    assert main(["import", "products", str(bad), "--db", url]) == 1
    err = capsys.readouterr().err
    assert "3 bad line(s), nothing was imported" in err, err
    assert "line 3: name contains an invisible text-direction control (U+202E); remove it" in err
    assert "第 3 行：品名含有改变文字方向的不可见字符 U+202E，请删去后再保存" in err
    assert "line 4: name contains a control character (U+0007); remove it" in err
    assert "line 5: tag contains an invisible text-direction control (U+2066)" in err
    assert "\u202e" not in err and "\x07" not in err
    assert goods(url) == {}
    good = write(
        tmp_path, "p2.csv", "barcode,name,price,host,tags\n6968344978697,手工\u200b皂,25.00,H01,\ufeff环保\n"
    )
    assert main(["import", "products", str(good), "--db", url]) == 0, capsys.readouterr().err
    assert goods(url) == {SOAP: "手工皂"}
    engine = make_engine(url)
    with SqlUnitOfWork(engine, actor=system_actor()) as u:
        host = u.hosts.by_code("H01")
        assert host is not None and (host.name, host.contact) == ("布言布语", "微信 139")
        assert [t.name for t in u.tags.list()] == ["环保"]
    engine.dispose()


def test_an_import_names_the_line_of_an_amount_over_the_limit(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hosts = "code,name,monthly_rent\nH01,布言布语,0\nH02,帆布社,99999999999\n"
    assert main(["import", "hosts", str(write(tmp_path, "h.csv", hosts)), "--db", url]) == 1
    err = capsys.readouterr().err
    assert f'line 3: monthly_rent "99999999999" is more than the largest amount allowed, {LARGEST}' in err, (
        err
    )
    assert f"第 3 行：月租 “99999999999” 超过了允许的最大金额 {LARGEST}" in err
    assert (
        main(["import", "hosts", str(write(tmp_path, "h1.csv", "code,name\nH01,布言布语\n")), "--db", url])
        == 0
    )
    products = (
        'barcode,name,price,host\n6968344978697,手工皂,25.00,H01\n6925199619830,金条,"10,000,000.00",H01\n'
    )
    assert main(["import", "products", str(write(tmp_path, "p.csv", products)), "--db", url]) == 1
    err = capsys.readouterr().err
    assert f'line 3: price "10,000,000.00" is more than the largest amount allowed, {LARGEST}' in err, err
    assert goods(url) == {}
    charges = "host,date,amount,kind\nH01,2026-10-31,-1" + "0" * 30 + ",adjustment\n"
    assert main(["import", "charges", str(write(tmp_path, "c.csv", charges)), "--db", url]) == 1
    assert "line 2: amount" in (err := capsys.readouterr().err) and LARGEST in err, err


def test_a_sales_file_with_a_line_over_the_limit_is_refused_in_words(
    engine: Engine, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales = (
        "receipt,time,barcode,qty,unit_price,payment\n"
        f"M-1,2026-10-15T10:00:00,{LAMP},99999,99999.00,cash\n"  # 99,999 × ¥99,999.00
        f"M-2,2026-10-15T11:00:00,{LAMP},60,,cash\n"
        f"M-2,2026-10-15T11:00:00,{LAMP},50,,cash\n"  # ¥5,999,940 + ¥4,999,950 on one receipt
    )
    capsys.readouterr()
    assert main(["import", "sales", str(write(tmp_path, "s.csv", sales)), "--db", url]) == 1
    err = capsys.readouterr().err
    assert "largest amount allowed" in err and "Traceback" not in err, err
    assert "line amount ¥9,999,800,001.00 is more than the largest amount allowed" in err, err
    assert "sale total ¥10,999,890.00 is more than the largest amount allowed" in err, err


def test_a_careless_script_passing_huge_fen_to_the_services_gets_words_not_an_overflow(
    engine: Engine,
) -> None:
    system = system_actor()
    now = datetime.now(UTC)

    def in_uow(call):  # type: ignore[no-untyped-def]
        with SqlUnitOfWork(engine, actor=system) as u:
            call(u)
            u.commit()

    attempts = {
        "售价": lambda u: add_product(u, name="金条", price_fen=HUGE, host_code="H01"),
        "售价 ": lambda u: update_product(u, barcode=SOAP, price_fen=HUGE),
        "月租": lambda u: update_host(u, code="H01", monthly_rent_fen=HUGE),
        "费用": lambda u: add_charge(
            u, host_code="H01", day=date(2026, 11, 1), amount_fen=-HUGE, kind="adjustment"
        ),
        "入库数量": lambda u: receive_stock(u, barcode=SOAP, qty=HUGE, at=now),
    }
    for field, attempt in attempts.items():
        with pytest.raises(CoopError) as refused:
            in_uow(attempt)
        assert refused.value.zh.startswith(field.strip()), refused.value.zh

    open_shift(SqlUnitOfWork(engine, actor=system), counter_id="C1", float_count=DenominationCount(), at=now)
    with pytest.raises(RuleError, match=f"存入金额 .* {LARGEST}"):
        paid_in(SqlUnitOfWork(engine, actor=system), counter_id="C1", amount_fen=HUGE, reason="找零", at=now)
    for items, words in (
        ([ItemRequest(LAMP, 99999)], "行金额"),
        ([ItemRequest(LAMP, 60), ItemRequest(LAMP, 50)], "整单金额"),
        ([ItemRequest(SOAP, 1, unit_price_fen=HUGE)], "手工皂 的单价"),
        (
            [ItemRequest(SOAP, 3_000_000_000, unit_price_fen=0)],
            "数量 3000000000",
        ),  # an INTEGER column's overflow
    ):
        with pytest.raises(RuleError) as refused:
            complete_sale(
                SqlUnitOfWork(engine, actor=system), items=items, tenders=[Tender("cash", 100)], at=now,
                timezone="Asia/Shanghai", counter_id="C1",
            )  # fmt: skip
        assert refused.value.zh.startswith(words), refused.value.zh
    cart = scan(SqlUnitOfWork(engine, actor=system), counter_id="C1", code=SOAP, at=now)
    with pytest.raises(RuleError, match=f"手工皂 的单价 .* {LARGEST}"):
        set_price(SqlUnitOfWork(engine, actor=system), counter_id="C1", line_no=cart.items[0].line_no,
                  unit_price_fen=HUGE, at=now)  # fmt: skip
    with SqlUnitOfWork(engine, actor=system) as u:
        soap = u.products.by_barcode(SOAP)
        host = u.hosts.by_code("H01")
        assert soap is not None and soap.price_fen == 2500
        assert host is not None and host.monthly_rent_fen == 0
        assert u.sales.by_receipt("C1-00000000-0001") is None
