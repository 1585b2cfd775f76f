"""`coop-pos import` as staff use it: spreadsheets from Excel and WPS, all or nothing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.catalog import ProductFilter
from ui.cli import main

HOSTS = "code,name,kind,coop_rate,monthly_rent,joined,contact\nH01,主理人1号·手作,host,20,2500.00,2026-09-01,139\nH02,主理人2号,producer,17.5%,0,2026-08-01,\n"


@pytest.fixture
def url(empty_db_url: str) -> str:
    assert main(["init", "--db", empty_db_url]) == 0
    return empty_db_url


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def imp(url: str, kind: str, path: Path, *extra: str) -> int:
    return main(["import", kind, str(path), "--db", url, *extra])


def products(url: str) -> list:  # type: ignore[type-arg]
    uow = SqlUnitOfWork(make_engine(url))
    with uow:
        return list(uow.products.search(ProductFilter(limit=1000)))


def test_a_file_with_bad_lines_lands_nothing_and_names_every_one(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS)) == 0
    bad = write(
        tmp_path,
        "p.csv",
        "barcode,name,price,host,stock\n"
        "6968344978697,手工皂,25.00,H01,10\n"  # line 2: fine
        "6925199619830,帆布袋,12.345,H01,\n"  # line 3: three decimals
        "6968344978698,茶,10,H01,\n"  # line 4: wrong check digit
        "\n"  # an empty row is skipped, yet counts as a line of the file
        ",蜂蜜,9.90,H99,\n"  # line 6: unknown host
        "6968344978697,重复,1.00,H01,\n"  # line 7: repeats line 2
        ",明信片,abc,H01,2.5\n",  # line 8: price and stock both bad: the first is named
    )
    assert imp(url, "products", bad) == 1
    err = capsys.readouterr().err
    assert "5 行有错，什么都没有导入" in err and "5 bad line(s), nothing was imported" in err
    assert 'line 3: price "12.345" has more than two decimals' in err
    assert "第 3 行：售价 “12.345” 超过两位小数" in err
    assert "line 4: barcode 6968344978698 has a wrong check digit" in err
    assert "line 6: there is no host with code H99" in err
    assert "line 7: 6968344978697 repeats line 2" in err
    assert 'line 8: price "abc" is not an amount' in err
    assert products(url) == []


def test_unknown_and_missing_columns_are_named(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert imp(url, "hosts", write(tmp_path, "h.csv", "code,name,colour\nH01,x,red\n")) == 1
    assert "colour" in capsys.readouterr().err
    assert imp(url, "hosts", write(tmp_path, "h2.csv", "code,kind\nH01,host\n")) == 1
    assert "name (名称)" in capsys.readouterr().err


def test_gb18030_with_chinese_headers_as_excel_saves_it(url: str, tmp_path: Path) -> None:
    text = "编号,名称,类型,佣金比例,月租,加入日期,联系方式\nH01,布言布语手作工作室,主理人,20%,450.50,2026-09-10,139 0000 0000\n"
    assert imp(url, "hosts", write(tmp_path, "hosts.csv", text, "gb18030")) == 0
    uow = SqlUnitOfWork(make_engine(url))
    with uow:
        host = uow.hosts.by_code("H01")
    assert host is not None and host.name == "布言布语手作工作室" and host.monthly_rent_fen == 45050
    assert host.joined == date(2026, 9, 10) and host.coop_bp == 2000


def test_dry_run_checks_and_writes_nothing(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS), "--dry-run") == 0
    assert "将导入 2 行" in capsys.readouterr().out
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS)) == 0  # still new: the dry run wrote nothing


def test_reimporting_is_refused_without_update_and_applies_with_it(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS)) == 0
    goods = write(tmp_path, "p.csv", "barcode,name,price,host,stock\n6968344978697,手工皂,25.00,H01,10\n")
    assert imp(url, "products", goods) == 0
    assert imp(url, "products", goods) == 1
    assert "use --update" in capsys.readouterr().err
    changed = write(
        tmp_path, "p2.csv", "条码,品名,售价,主理人,库存\n6968344978697,手工皂（大）,26.50,H01,5\n"
    )
    assert imp(url, "products", changed, "--update") == 0
    [soap] = products(url)
    assert (soap.name, soap.price_fen, soap.on_hand) == ("手工皂（大）", 2650, 15)
    assert (
        imp(
            url,
            "charges",
            write(tmp_path, "c.csv", "host,date,amount,kind\nH01,2026-11-01,5,fee\n"),
            "--update",
        )
        == 1
    )


def test_an_upc_a_and_its_ean13_form_are_one_product(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS)) == 0
    both = "barcode,name,price,host\n748906828839,蜂蜜,35.80,H01\n0748906828839,蜂蜜二,35.80,H01\n"
    assert imp(url, "products", write(tmp_path, "p.csv", both)) == 1
    assert "line 3: 0748906828839 repeats line 2" in capsys.readouterr().err


def test_products_without_barcode_get_instore_codes_and_tags_are_created(url: str, tmp_path: Path) -> None:
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS)) == 0
    text = "name,price,host,tags\n明信片,10.00,H01,在地文化；乡村振兴\n书签,5,H02,环保;在地文化\n"
    assert imp(url, "products", write(tmp_path, "p.csv", text)) == 0
    listed = {p.name: p for p in products(url)}
    assert listed["明信片"].barcode == "2000000000015" and listed["书签"].barcode == "2000000000022"
    assert listed["明信片"].tags == ("在地文化", "乡村振兴") and listed["书签"].coop_bp == 1750


def test_an_xlsx_first_sheet_with_percent_cells_and_numeric_barcodes(url: str, tmp_path: Path) -> None:
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS)) == 0
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["条码", "品名", "售价", "主理人", "佣金比例", "库存"])
    sheet.append([748906828839, "蜂蜜", 35.8, "H01", 0.25, 12])  # a UPC-A typed as a number loses its 0
    sheet["E2"].number_format = "0%"
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "goods.xlsx"
    path.write_bytes(buffer.getvalue())
    assert imp(url, "products", path) == 0
    [honey] = products(url)
    assert (honey.barcode, honey.price_fen, honey.coop_bp, honey.on_hand) == ("0748906828839", 3580, 2500, 12)


def test_a_file_that_is_not_a_spreadsheet(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"PK\x03\x04 this is no workbook")
    assert imp(url, "products", path) == 1
    assert "not a valid .xlsx" in capsys.readouterr().err
    assert imp(url, "products", tmp_path / "missing.csv") == 1
    assert "cannot read the file" in capsys.readouterr().err


def test_a_split_payment_that_does_not_add_up_is_named(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert imp(url, "hosts", write(tmp_path, "h.csv", HOSTS)) == 0
    assert (
        imp(
            url,
            "products",
            write(tmp_path, "p.csv", "barcode,name,price,host\n6968344978697,手工皂,25.00,H01\n"),
        )
        == 0
    )
    sales = (
        "receipt,time,barcode,qty,payment\n"
        "S1,2026-11-01 10:00:00,6968344978697,2,wechat:30.00;cash:19.00\n"
        "S2,2026-11-01 11:00:00,6968344978697,1,现金\n"
        "S2,2026-11-01 11:05:00,6968344978697,1,现金\n"
    )
    assert imp(url, "sales", write(tmp_path, "s.csv", sales)) == 1
    err = capsys.readouterr().err
    assert "line 2: the payments add up to 49.00 but the receipt totals 50.00" in err
    assert "line 4: time" in err
