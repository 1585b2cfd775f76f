"""The accountant's workbook (``settle --xlsx``) read back with openpyxl: the settlement JSON's figures
to the fen, as numbers with two decimals, and every line of the period with its host's code."""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.integration.test_scenario1 import DATA, KINDS
from ui.cli import main

HOST_COLUMNS = (
    "sales",
    "refunds",
    "net_sales",
    "coop_commission",
    "recommender_fees",
    "host_share",
    "charges",
    "opening_balance",
    "payable",
    "carried_forward",
)


@pytest.fixture
def shop(empty_db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["init", "--db", empty_db_url]) == 0
    for kind in KINDS:
        assert main(["import", kind, str(DATA / f"{kind}.csv"), "--db", empty_db_url]) == 0, (
            capsys.readouterr().err
        )
    return empty_db_url


def fen(value: object) -> Decimal:
    """A cell's number as exact yuan (openpyxl reads numbers back as float or int)."""
    assert isinstance(value, int | float), value
    return Decimal(repr(value)).quantize(Decimal("0.01"))


def fen_or_0(value: object) -> Decimal:
    """A blank cell (no discount, no recommender) is nothing."""
    return Decimal("0.00") if value is None else fen(value)


def rows(ws: object) -> list[tuple[object, ...]]:
    return [tuple(r) for r in ws.iter_rows(min_row=2, values_only=True)]  # type: ignore[attr-defined]


def test_the_workbook_holds_the_json_figures_and_every_line(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "十月结算.xlsx"
    capsys.readouterr()
    assert (
        main(["settle", "--db", shop, "--from", "2026-10-01", "--to", "2026-10-31", "--xlsx", str(out)]) == 0
    )
    assert str(out) in capsys.readouterr().out
    doc = json.loads((DATA / "settle-2026-10.json").read_text(encoding="utf-8"))
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总", "推介官", "收款", "明细", "费用", "说明"]

    summary = wb["汇总"]
    head = [c.value for c in summary[1]]
    assert head[:5] == ["编号", "主理人", "联系方式", "销售", "退货"]
    hosts = rows(summary)
    assert [r[0] for r in hosts] == [h["code"] for h in doc["hosts"]] + ["合计"]
    for r, h in zip(hosts, doc["hosts"], strict=False):
        assert r[1] == h["name"]
        assert [fen(v) for v in r[3:13]] == [Decimal(h[k]) for k in HOST_COLUMNS], h["code"]
    totals = dict(zip(HOST_COLUMNS, hosts[-1][3:13], strict=True))
    for key in ("net_sales", "coop_commission", "recommender_fees", "host_share", "charges", "payable"):
        assert fen(totals[key]) == Decimal(doc["totals"][key])
    assert summary["D2"].number_format == "#,##0.00"

    recs = rows(wb["推介官"])
    assert [(r[0], r[1], fen(r[4])) for r in recs[:-1]] == [
        (r["code"], r["name"], Decimal(r["fees"])) for r in doc["recommenders"]
    ]

    pay = {r[1]: fen(r[2]) for r in rows(wb["收款"]) if r[1]}
    assert pay == {m: Decimal(a) for m, a in doc["payments"].items()}

    lines = rows(wb["明细"])
    assert len(lines) == hosts[-1][13] > 0  # every line of the period, as many as the hosts' counts
    host_share: dict[str, Decimal] = defaultdict(Decimal)
    net: dict[str, Decimal] = defaultdict(Decimal)
    for r in lines:
        host_share[str(r[4])] += fen(r[17])
        net[str(r[4])] += fen(r[12])
        assert fen(r[12]) == fen(r[14]) + fen_or_0(r[16]) + fen(r[17])  # net = commission + fee + host
        gross = fen(r[9]) * r[8]  # type: ignore[operator]
        if r[2] == "销售":  # net = quantity × unit price − line discount − share of the sale discount
            assert fen(r[12]) == gross - fen_or_0(r[10]) - fen_or_0(r[11])
    for h in doc["hosts"]:
        assert host_share[h["code"]] == Decimal(h["host_share"]), h["code"]
        assert net[h["code"]] == Decimal(h["net_sales"]), h["code"]
    refund = next(r for r in lines if r[1] == "M-00002")
    assert refund[2] == "退货" and refund[3] == "M-00001" and refund[8] == -3

    charges = rows(wb["费用"])
    assert sum(fen(r[4]) for r in charges[:-1]) == Decimal(doc["totals"]["charges"])
    info = {r[0]: r[1] for r in rows(wb["说明"])}
    assert info["结算单号"] == "JS-20261001-20261031" and info["状态"].startswith("草稿")


def test_a_closed_period_exports_as_closed(shop: str, tmp_path: Path) -> None:
    out = tmp_path / "oct.xlsx"
    assert (
        main(
            [
                "settle",
                "--db",
                shop,
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--close",
                "--xlsx",
                str(out),
            ]
        )
        == 0
    )
    info = {r[0]: r[1] for r in rows(load_workbook(out)["说明"])}
    assert info["状态"] == "已结算" and info["结账时间"]


def test_an_unwritable_file_is_refused_in_words(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code = main(
        ["settle", "--db", shop, "--from", "2026-10-01", "--to", "2026-10-31", "--xlsx", str(tmp_path)]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "无法写入" in err and "Traceback" not in err
