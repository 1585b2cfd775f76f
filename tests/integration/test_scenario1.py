"""shared/examples/scenario-1: a co-op's files imported and settled give exactly the expected JSON.

The files (a copy of ../shared/examples/scenario-1 kept in tests/data) mix UTF-8 with and without a
BOM, GB18030 with Chinese headers, rates as `20` and `20%`, UPC-A scanned as EAN-13, times with and
without offsets, split payments, Chinese payment names and refunds across months.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "scenario-1"
KINDS = ("hosts", "recommenders", "products", "charges", "sales")


def settle_json(url: str, start: str, end: str, capsys: pytest.CaptureFixture[str], *extra: str) -> object:
    capsys.readouterr()
    assert main(["settle", "--db", url, "--from", start, "--to", end, "--json", "-", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def shop(empty_db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["init", "--db", empty_db_url]) == 0
    for kind in KINDS:
        assert main(["import", kind, str(DATA / f"{kind}.csv"), "--db", empty_db_url]) == 0, (
            capsys.readouterr().err
        )
    return empty_db_url


def expected(name: str) -> object:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_october_settles_to_the_expected_json(shop: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert settle_json(shop, "2026-10-01", "2026-10-31", capsys) == expected("settle-2026-10.json")


def test_after_closing_october_november_carries_h01s_shortfall(
    shop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    october = settle_json(shop, "2026-10-01", "2026-10-31", capsys, "--close")
    assert october == expected("settle-2026-10.json")
    assert settle_json(shop, "2026-11-01", "2026-11-30", capsys) == expected(
        "settle-2026-11-after-closing-10.json"
    )


def test_a_closed_period_is_final(shop: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["settle", "--db", shop, "--from", "2026-10-01", "--to", "2026-10-31", "--close"]) == 0
    # closing again, or any overlapping period, is refused
    assert main(["settle", "--db", shop, "--from", "2026-10-01", "--to", "2026-10-31", "--close"]) == 1
    assert main(["settle", "--db", shop, "--from", "2026-10-20", "--to", "2026-11-05", "--close"]) == 1
    assert "重叠" in capsys.readouterr().err
    # a charge or a sale dated inside it cannot be added
    late = tmp_path / "late-charges.csv"
    late.write_text("host,date,amount,kind\nH02,2026-10-15,10.00,fee\n", encoding="utf-8")
    assert main(["import", "charges", str(late), "--db", shop]) == 1
    assert "JS-20261001-20261031" in capsys.readouterr().err
    sale = tmp_path / "late-sales.csv"
    sale.write_text(
        "receipt,time,barcode,qty,payment\nLATE-1,2026-10-15 12:00:00,6968344978697,1,cash\n",
        encoding="utf-8",
    )
    assert main(["import", "sales", str(sale), "--db", shop]) == 1
    # a name changed after closing does not change the closed statement
    hosts = tmp_path / "rename.csv"
    hosts.write_text("code,name\nH02,改了名字的主理人\n", encoding="utf-8")
    assert main(["import", "hosts", str(hosts), "--update", "--db", shop]) == 0
    assert settle_json(shop, "2026-10-01", "2026-10-31", capsys) == expected("settle-2026-10.json")


def test_importing_the_sales_file_twice_counts_nothing_twice(
    shop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["import", "sales", str(DATA / "sales.csv"), "--db", shop]) == 1
    err = capsys.readouterr().err
    assert "单号 M-00001 已经导入过" in err and "receipt M-00001 was already imported" in err
    assert settle_json(shop, "2026-10-01", "2026-10-31", capsys) == expected("settle-2026-10.json")
