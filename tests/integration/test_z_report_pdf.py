"""The X and Z reports as a shift supervisor reads them: 80 mm wide PDFs, read back with poppler.

A shift is run and closed in a real (SQLite) shop; the PDF's text is read back line by line
(``pdftotext -raw`` keeps drawing order, one row per line) and added up again with a pencil.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.errors import ConfigError
from pos.money import parse_fen
from pos.sale import PAYMENT_NAMES_ZH, RefundRequest, Tender
from pos.services.checkout import ItemRequest, complete_sale, refund_sale
from pos.services.shifts import close_shift, current_shift, open_shift, paid_in, paid_out, x_report, z_report
from pos.services.steps.catalog import add_host, add_product
from pos.shifts import DenominationCount, Shift, ShiftReport
from receipts import z_report as layout
from receipts.z_report import shift_report_pdf, shift_report_text
from ui.cli import main

pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in ("pdftotext", "pdffonts", "pdfinfo")), reason="needs poppler-utils"
)

OPEN = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
TZ = "Asia/Shanghai"
SHOP = "来!合作社"
SOAP, TEA = "6968344978697", "6925199619830"
FLOAT = DenominationCount.of({10000: 2, 5000: 1, 1000: 4, 100: 10})  # ¥300.00
MONEY = r"[-+]?¥[\d,]+\.\d\d"


def minutes(n: float) -> datetime:
    return OPEN + timedelta(minutes=n)


def run_a_shift(url: str) -> tuple[SqlUnitOfWork, Shift]:
    """Float ¥300; 手工皂 cash with change, 手工皂+茶 split cash/WeChat with discounts, 2 × 茶 on
    Alipay and card; one 茶 refunded part cash; ¥100 paid in, ¥18.50 paid out; ¥410.00 counted."""
    engine = make_engine(url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)  # the shop's command line: an administrator
    with uow:
        add_host(uow, code="H01", name="主理人1号", joined=date(2026, 9, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP)
        add_product(uow, name="茶", price_fen=4000, host_code="H01", barcode=TEA)
        uow.commit()
    sale = {"timezone": TZ, "counter_id": "C1"}
    open_shift(uow, counter_id="C1", float_count=FLOAT, at=OPEN)
    complete_sale(uow, items=[ItemRequest(SOAP, 1)], tenders=[Tender("cash", 5000)], at=minutes(5), **sale)
    complete_sale(uow, items=[ItemRequest(SOAP, 1, line_discount_fen=500), ItemRequest(TEA, 1)],
                  sale_discount_fen=100, tenders=[Tender("cash", 2000), Tender("wechat", 4500)], at=minutes(10),
                  **sale)  # fmt: skip
    two_teas = complete_sale(uow, items=[ItemRequest(TEA, 2)], tenders=[Tender("alipay", 4000), Tender("card", 4000)],
                             at=minutes(15), **sale)  # fmt: skip
    refund_sale(uow, original_receipt=two_teas.receipt_no, requests=[RefundRequest(1, 1)],
                payouts=[Tender("cash", 1000), Tender("alipay", 3000)], at=minutes(20), **sale)  # fmt: skip
    paid_in(uow, counter_id="C1", amount_fen=10000, reason="银行换零钱", at=minutes(25))
    paid_out(
        uow,
        counter_id="C1",
        amount_fen=1850,
        reason="给志愿者买牛奶和面包，发票已放进钱箱下层的信封里",
        at=minutes(26),
    )
    closed = close_shift(
        uow, counter_id="C1", counted=DenominationCount.of({10000: 4, 1000: 1}), at=minutes(540)
    )
    return uow, closed


@pytest.fixture
def closed(tmp_path: Path) -> tuple[SqlUnitOfWork, Shift]:
    return run_a_shift(f"sqlite:///{tmp_path / 'shop.sqlite'}")


def pdf_lines(data: bytes, tmp_path: Path, name: str = "report.pdf") -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    return [ln.strip() for ln in out.stdout.splitlines() if ln.strip()]


def row(lines: list[str], label: str) -> list[str]:
    """The amounts printed on the line that starts with ``label``."""
    found = [ln for ln in lines if ln.startswith(label + " ")]
    assert len(found) == 1, (label, found)
    return re.findall(MONEY, found[0][len(label) :])


def z_of(shift: Shift) -> ShiftReport:
    assert shift.report is not None
    return shift.report


def test_the_z_report_prints_every_figure_and_they_add_up(
    closed: tuple[SqlUnitOfWork, Shift], tmp_path: Path
) -> None:
    _, shift = closed
    lines = pdf_lines(shift_report_pdf(z_of(shift), shop_name=SHOP, timezone=TZ), tmp_path)
    assert lines[:8] == [
        SHOP, "Z 报表 · 交班", "C1-Z0001", "收银台 C1",
        "开班 2026-11-23 09:00", "开班人 system (cli:system)", "交班 2026-11-23 18:00", "交班人 system (cli:system)",
    ]  # fmt: skip
    assert {name: row(lines, name) for name in PAYMENT_NAMES_ZH.values()} == {
        "现金": ["¥39.00", "-¥10.00", "¥29.00"],  # ¥25 + (¥20 − ¥6 change) in, ¥10 back
        "微信": ["¥45.00", "¥0.00", "¥45.00"],
        "支付宝": ["¥40.00", "-¥30.00", "¥10.00"],
        "银行卡": ["¥40.00", "¥0.00", "¥40.00"],
        "其他": ["¥0.00", "¥0.00", "¥0.00"],
    }
    # with a pencil: the methods add up to the total line, and each line's sales + refunds = net
    methods = [[parse_fen(a, allow_negative=True) for a in row(lines, n)] for n in PAYMENT_NAMES_ZH.values()]
    total = [parse_fen(a, allow_negative=True) for a in row(lines, "合计")]
    assert [sum(col) for col in zip(*methods, strict=True)] == total == [16400, -4000, 12400]
    assert all(s + r == n for s, r, n in methods)
    assert "销售笔数 3" in lines and "退货笔数 1" in lines
    discounts = [row(lines, label) for label in ("行折扣", "整单折扣", "折扣合计")]
    assert discounts == [["¥5.00"], ["¥1.00"], ["¥6.00"]]
    cash = [row(lines, label)[0] for label in ("备用金", "现金销售", "现金退货", "存入", "支出")]
    assert cash == ["¥300.00", "+¥39.00", "-¥10.00", "+¥100.00", "-¥18.50"]
    expected = sum(parse_fen(a.lstrip("+"), allow_negative=True) for a in cash)
    assert row(lines, "应有现金") == ["¥410.50"] and expected == 41050
    assert row(lines, "实点现金") == ["¥410.00"]
    assert "差额（多/少） 少 ¥0.50" in lines
    assert "09:25 存入 银行换零钱（system） +¥100.00" in lines
    assert any(ln.startswith("09:26 支出 给志愿者买牛奶") and ln.endswith("-¥18.50") for ln in lines)
    counted = ["¥100 × 4 ¥400.00", "¥10 × 1 ¥10.00", "¥0.1 × 0 ¥0.00", "实点合计 ¥410.00"]
    assert [ln for ln in lines if ln in counted] == counted
    assert "备用金合计 ¥300.00" in lines and "收银员签字" in lines and "店长签字" in lines


def test_the_pdf_embeds_its_font_is_receipt_wide_and_the_same_every_time(
    closed: tuple[SqlUnitOfWork, Shift], tmp_path: Path
) -> None:
    _, shift = closed
    data = shift_report_pdf(z_of(shift), shop_name=SHOP, timezone=TZ)
    assert data == shift_report_pdf(z_of(shift), shop_name=SHOP, timezone=TZ)
    path = tmp_path / "z.pdf"
    path.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(ln.split()[-5] == "yes" for ln in fonts.splitlines()[2:]) and len(fonts.splitlines()) > 2
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r"Page size:\s+([\d.]+) x", info).group(1))  # type: ignore[union-attr]
    assert round(width / 72 * 25.4) == 80 and re.search(r"^Pages:\s+1$", info, re.M)


def test_an_x_report_says_the_shift_is_still_open_and_shows_no_count(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.sqlite'}")
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    open_shift(uow, counter_id="C1", float_count=FLOAT, at=OPEN)
    paid_out(uow, counter_id="C1", amount_fen=500, reason="邮费", at=minutes(1))
    lines = pdf_lines(
        shift_report_pdf(x_report(uow, counter_id="C1", at=minutes(60)), shop_name=SHOP, timezone=TZ),
        tmp_path,
    )
    assert lines[1] == "X 报表（未交班）" and "截至 2026-11-23 10:00" in lines
    assert row(lines, "应有现金") == ["¥295.00"]
    assert not any(ln.startswith(("实点", "差额", "交班")) for ln in lines)


def test_a_failed_pdf_leaves_the_shift_closed_and_the_z_report_prints_again_the_same(
    closed: tuple[SqlUnitOfWork, Shift], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uow, shift = closed
    at_close = shift_report_pdf(z_of(shift), shop_name=SHOP, timezone=TZ)

    def no_paper(*args: object, **kwargs: object) -> object:
        raise ConfigError("找不到中文字体", "no Chinese font")

    monkeypatch.setattr(layout.fonts, "new_canvas", no_paper)
    with pytest.raises(ConfigError):
        shift_report_pdf(z_of(shift), shop_name=SHOP, timezone=TZ)
    monkeypatch.undo()
    assert current_shift(uow, counter_id="C1") is None  # closed, whatever became of the PDF
    assert shift_report_pdf(z_report(uow, counter_id="C1", number=1), shop_name=SHOP, timezone=TZ) == at_close


def test_the_text_form_has_the_same_figures(closed: tuple[SqlUnitOfWork, Shift]) -> None:
    _, shift = closed
    text = shift_report_text(z_of(shift), shop_name=SHOP, timezone=TZ)
    assert "C1-Z0001" in text and "差额（多/少）" in text and "少 ¥0.50" in text
    assert re.search(r"^现金 +¥39\.00 +-¥10\.00 +¥29\.00$", text, re.M)
    assert re.search(r"^应有现金 +¥410\.50$", text, re.M)


def test_the_command_line_prints_an_x_report_and_reprints_a_z_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    uow, _ = run_a_shift(url)
    assert main(["shift", "x-report", "--db", url]) == 1  # nothing open at C1 now
    assert "收银台 C1 还没有开班" in capsys.readouterr().err
    open_shift(uow, counter_id="C2", float_count=FLOAT, at=minutes(600))
    assert main(["shift", "x-report", "--counter", "C2", "--db", url, "--pdf", str(tmp_path / "x.pdf")]) == 0
    assert "X 报表（未交班）" in capsys.readouterr().out and (tmp_path / "x.pdf").exists()
    assert main(["shift", "z-report", "1", "--db", url, "--pdf", str(tmp_path / "z.pdf")]) == 0
    assert "C1-Z0001" in capsys.readouterr().out
    assert pdf_lines((tmp_path / "z.pdf").read_bytes(), tmp_path, "z-again.pdf")[2] == "C1-Z0001"
    assert main(["shift", "z-report", "2", "--db", url, "--pdf", str(tmp_path / "z2.pdf")]) == 1
    assert "没有 Z 报表 C1-Z0002" in capsys.readouterr().err
