"""`coop-pos stock` and `coop-pos count` as staff run them with a handheld scanner's memory dump."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.services.steps.catalog import add_host, add_product
from pos.services.stock import receive_goods, set_loss_bearer
from pos.services.stock_counts import current_count
from ui.cli import main

SOAP, TEA, BRUSH, BAG = "6968344978697", "6925199619830", "6901234567892", "6912345678902"
T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


@pytest.fixture
def url(empty_db_url: str) -> str:
    """H01: 手工皂 ×10, 茶 ×4, 竹牙刷 ×0; H02: 帆布袋 ×3."""
    engine = make_engine(empty_db_url)
    upgrade(engine)
    u = SqlUnitOfWork(engine)
    with u:
        add_host(u, code="H01", name="布言布语", joined=date(2026, 1, 1))
        add_host(u, code="H02", name="帆布社", joined=date(2026, 1, 1))
        add_product(u, barcode=SOAP, name="手工皂", price_fen=2500, host_code="H01")
        add_product(u, barcode=TEA, name="茶", price_fen=4000, host_code="H01")
        add_product(u, barcode=BRUSH, name="竹牙刷", price_fen=1200, host_code="H01")
        add_product(u, barcode=BAG, name="帆布袋", price_fen=3990, host_code="H02")
        u.commit()
    receive_goods(SqlUnitOfWork(engine), lines=[(SOAP, 10), (TEA, 4)], at=T0)
    receive_goods(SqlUnitOfWork(engine), lines=[(BAG, 3)], at=T0)
    engine.dispose()
    return empty_db_url


def stock(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert main(["stock", "--db", url, "--json", "-"]) == 0
    return {row["barcode"]: row["on_hand"] for row in json.loads(capsys.readouterr().out)}


def test_stock_json_lists_every_product_by_barcode(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stock", "--db", url, "--json", "-"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"barcode": BRUSH, "name": "竹牙刷", "host": "H01", "on_hand": 0},
        {"barcode": BAG, "name": "帆布袋", "host": "H02", "on_hand": 3},
        {"barcode": TEA, "name": "茶", "host": "H01", "on_hand": 4},
        {"barcode": SOAP, "name": "手工皂", "host": "H01", "on_hand": 10},
    ]
    assert main(["stock", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "H01\t布言布语" in out and "¥410.00" in out


def test_a_host_count_from_a_scanner_file_zeroes_what_was_not_scanned(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "scanner.txt"
    # 7 soaps scanned one by one, then 8 typed, teas as CODE<TAB>QTY; no brush, and a blank line
    dump.write_text("\n".join([SOAP] * 7) + "\n\n" + f"{SOAP},1\n{TEA}\t3\n", encoding="utf-8")
    report = tmp_path / "count.json"
    assert main(["count", str(dump), "--db", url, "--host", "H01", "--approve", "--json", str(report)]) == 0
    assert "approved" in capsys.readouterr().out
    doc = json.loads(report.read_text(encoding="utf-8"))
    h01 = doc["hosts"][0]
    assert (doc["state"], h01["code"], h01["missing"], h01["extra"]) == ("approved", "H01", 3, 0)
    assert [(ln["barcode"], ln["expected"], ln["counted"], ln["variance"]) for ln in h01["lines"]] == [
        (BRUSH, 0, 0, 0),
        (TEA, 4, 3, -1),
        (SOAP, 10, 8, -2),
    ]
    assert h01["variance_value"] == "-90.00" and h01["credit"] == "0.00"
    assert stock(url, capsys) == {SOAP: 8, TEA: 3, BRUSH: 0, BAG: 3}


def test_a_count_without_a_host_counts_only_what_was_scanned_and_stays_open_without_approve(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "scanner.txt"
    dump.write_text(f"{BAG}\r\n{BAG}\r\n", encoding="utf-8")
    assert main(["count", str(dump), "--db", url, "--json", "-"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["state"] == "open" and doc["totals"] == {
        "expected": 3,
        "counted": 2,
        "variance_value": "-39.90",
        "credit": "0.00",
    }
    assert "待审核" in captured.err
    assert stock(url, capsys)[BAG] == 3  # nothing posted
    engine = make_engine(url)
    assert current_count(SqlUnitOfWork(engine)) is not None  # the screen can approve it
    engine.dispose()
    # a second count waits for that one
    assert main(["count", str(dump), "--db", url]) == 1
    assert "already open" in capsys.readouterr().err


def test_a_bad_scanner_file_counts_nothing_and_names_every_bad_line(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "scanner.txt"
    dump.write_text(f"{SOAP}\n6900000000000\n{BAG}\n{TEA},x\n", encoding="utf-8")
    assert main(["count", str(dump), "--db", url, "--host", "H01", "--approve"]) == 1
    err = capsys.readouterr().err
    assert "line 4" in err and "Traceback" not in err
    dump.write_text(f"{SOAP}\n6900000000000\n{BAG}\n", encoding="utf-8")
    assert main(["count", str(dump), "--db", url, "--host", "H01", "--approve"]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "line 3" in err and "6900000000000" in err and "not in this count" in err
    assert stock(url, capsys) == {SOAP: 10, TEA: 4, BRUSH: 0, BAG: 3}
    assert main(["count", str(tmp_path / "nowhere.txt"), "--db", url]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_the_coop_bearing_losses_credits_the_host(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(url)
    set_loss_bearer(SqlUnitOfWork(engine), host_code="H02", bearer="coop", at=T0)
    engine.dispose()
    dump = tmp_path / "scanner.txt"
    dump.write_text(f"{BAG}\t1\n", encoding="gb18030")
    assert main(["count", str(dump), "--db", url, "--host", "H02", "--approve", "--json", "-"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    # 2 × ¥39.90 = ¥79.80 missing; co-op 20 % = ¥15.96; the host's share ¥63.84 is credited
    assert doc["hosts"][0]["credit"] == "63.84"
    assert "63.84" in captured.err
