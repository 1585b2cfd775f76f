"""Names that look like formulas stay text in every spreadsheet the app writes.

A host calls itself ``=HYPERLINK("http://x","y")`` and sells goods named ``+1``, ``-2+3``,
``@SUM(A1)`` and ``#N/A``; a recommender is ``@SUM(A1)`` too and a charge's note is ``=1+1``.
The accountant's settlement workbook and the stock count's variance workbook, read back with
openpyxl, hold those names as string cells with the quote prefix (Excel and WPS show them as
typed, never run them), while every amount is still a number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import Cell
from openpyxl.workbook.workbook import Workbook as LoadedWorkbook

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.steps.catalog import add_host, add_product, add_recommender, receive_stock
from pos.services.steps.charges import add_charge
from pos.services.stock_counts import approve_count, scan, start_count
from pos.users import system_actor
from receipts.sheet_text import FORMULA_STARTS, csv_value, xlsx_row, xlsx_value
from receipts.stock_docs import StockDocs
from ui.cli import main

TZ = "Asia/Shanghai"
HOST = '=HYPERLINK("http://x","y")'
GOODS = {  # barcode: name as typed -> as stored
    "6968344978697": ("+1", "+1"),
    "6925199619830": ("-2+3", "-2+3"),
    "6901234567892": ("@SUM(A1)", "@SUM(A1)"),
    "6912345678902": ("\t=1", "=1"),  # white space around a name is trimmed: what is left is a formula
    "6954321098762": ("#N/A", "#N/A"),  # an error value in Excel, unless written as text
}
NAMES = {HOST, "@SUM(A1)", "=1+1", "+86 138 0000 0000", *(stored for _, stored in GOODS.values())}


@pytest.fixture
def shop_url(empty_db_url: str) -> Iterator[str]:
    """H01 named like a formula, its five goods sold once each in October, and a charge."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    system = system_actor()
    with SqlUnitOfWork(engine, actor=system) as u:
        add_host(u, code="H01", name=HOST, joined=date(2026, 1, 1), contact="+86 138 0000 0000")
        add_recommender(u, code="R01", name="@SUM(A1)", default_bp=500)
        for barcode, (typed, _) in GOODS.items():
            add_product(
                u, barcode=barcode, name=typed, price_fen=2500, host_code="H01", recommender_code="R01"
            )
            receive_stock(u, barcode=barcode, qty=5, at=datetime(2026, 10, 1, 2, tzinfo=UTC))
        add_charge(u, host_code="H01", day=date(2026, 10, 31), amount_fen=80000, kind="rent", note="=1+1")
        u.commit()
    complete_sale(
        SqlUnitOfWork(engine, actor=system),
        items=[ItemRequest(barcode, 1) for barcode in GOODS],
        tenders=[Tender("cash", 2500 * len(GOODS))],
        at=datetime(2026, 10, 15, 3, tzinfo=UTC),
        timezone=TZ,
        counter_id="C1",
    )
    engine.dispose()
    yield empty_db_url


def text_cells(wb: LoadedWorkbook) -> list[Cell]:
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def assert_no_live_formula(wb: LoadedWorkbook) -> set[str]:
    """Every cell is a value, none a formula; text a spreadsheet could run is a quoted string.
    Returns the formula-like texts found."""
    found = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type in ("s", "n", "d") or c.value is None, (
                    ws.title,
                    c.coordinate,
                    c.value,
                    c.data_type,
                )
    for c in text_cells(wb):
        if c.value.startswith(FORMULA_STARTS) or c.value == "#N/A":
            assert c.data_type == "s", (c.coordinate, c.value)
            assert c.quotePrefix, (c.coordinate, c.value)
            found.add(c.value)
    return found


def test_the_accountants_workbook_shows_formula_like_names_as_text(
    shop_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "十月.xlsx"
    assert (
        main(["settle", "--db", shop_url, "--from", "2026-10-01", "--to", "2026-10-31", "--xlsx", str(out)])
        == 0
    ), capsys.readouterr().err
    wb = load_workbook(out)
    assert assert_no_live_formula(wb) >= NAMES
    hosts = wb["汇总"]
    assert hosts["B2"].value == HOST and hosts["C2"].value == "+86 138 0000 0000"
    assert hosts["D2"].data_type == "n" and hosts["D2"].value == 125  # sales ¥125.00, a number
    lines = list(wb["明细"].iter_rows(min_row=2))
    assert sorted(r[7].value for r in lines) == sorted(stored for _, stored in GOODS.values())
    assert all(r[12].data_type == "n" and r[12].value == 25 for r in lines)  # net ¥25.00 each
    charges = wb["费用"]
    assert charges["F2"].value == "=1+1" and charges["E2"].value == 800


def test_the_variance_workbook_shows_formula_like_names_as_text(shop_url: str) -> None:
    engine = make_engine(shop_url)
    try:
        system = system_actor()
        count = start_count(
            SqlUnitOfWork(engine, actor=system), scope="all", at=datetime(2026, 11, 1, 2, tzinfo=UTC)
        )
        assert count.id is not None
        scan(SqlUnitOfWork(engine, actor=system), count_id=count.id, code="6968344978697", qty=2,
             at=datetime(2026, 11, 1, 2, 5, tzinfo=UTC))  # fmt: skip
        report = approve_count(
            SqlUnitOfWork(engine, actor=system), count_id=count.id, at=datetime(2026, 11, 1, 2, 10, tzinfo=UTC),
            timezone=TZ,
        )  # fmt: skip
    finally:
        engine.dispose()
    wb = load_workbook(io.BytesIO(StockDocs().variance_xlsx(report, timezone=TZ)))
    assert assert_no_live_formula(wb) >= {HOST, *(stored for _, stored in GOODS.values())}
    rows = {r[2].value: r for r in wb["盘点差异"].iter_rows(min_row=4)}
    assert rows["6968344978697"][3].value == "+1"
    assert (
        rows["6968344978697"][7].value == -2 and rows["6968344978697"][7].data_type == "n"
    )  # 4 on the books, 2 counted
    assert (
        rows["6968344978697"][8].value == -50 and rows["6968344978697"][8].data_type == "n"
    )  # a number, not "-50"


@pytest.mark.parametrize("text", [HOST, "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "#N/A", "=1"])
def test_one_helper_guards_a_cell_of_either_kind_of_sheet(text: str, tmp_path: Path) -> None:
    for write_only in (False, True):
        wb = Workbook(write_only=write_only)
        ws = wb.create_sheet("s") if write_only else wb.active
        assert ws is not None
        ws.append(xlsx_row(ws, [text, -12.5, 3, "手工皂"]))
        wb.save(tmp_path / "t.xlsx")
        back = load_workbook(tmp_path / "t.xlsx")["s" if write_only else "Sheet"]
        a, b, c, d = back[1]
        assert (a.value, a.data_type, a.quotePrefix) == (
            text.replace("\r", "\n"),
            "s",
            True,
        )  # XML reads CR as LF
        assert (b.value, b.data_type, c.value, c.data_type) == (-12.5, "n", 3, "n")
        assert (d.value, d.data_type, d.quotePrefix) == ("手工皂", "s", False)


def test_text_a_spreadsheet_cannot_hold_is_marked_not_a_failed_export() -> None:
    ws = Workbook().active
    assert xlsx_value(ws, "手工\x07皂") == "手工\ufffd皂"
    assert xlsx_value(ws, 12) == 12 and xlsx_value(ws, None) is None


def test_csv_text_that_could_run_gets_a_quote_and_numbers_stay_numbers() -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([csv_value(v) for v in [HOST, "+1", "-2+3", "@SUM(A1)", "\t=1", "手工皂", "-12.50", 3]])
    row = next(csv.reader(io.StringIO(buf.getvalue())))
    assert row == ["'" + HOST, "'+1", "'-2+3", "'@SUM(A1)", "'\t=1", "手工皂", "-12.50", "3"]
