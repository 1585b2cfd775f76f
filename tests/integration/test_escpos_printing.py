"""Receipts as the counter's printer receives them: real bytes over a loopback network printer,
read back as a printer reads them (GB18030 text in Chinese mode, cut, drawer pulse, barcode and QR
data), on 58 and 80 mm paper; reprints, file printers, the raster fallback and the PDF e-receipt.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pos.print_ops import DrawerOp
from pos.sale import Tender
from pos.services.checkout import ItemRequest, complete_sale
from pos.services.steps.catalog import add_host, add_product, add_recommender
from receipts.escpos_bytes import drawer, encode_text, prefix
from receipts.printers import PrinterError, printer_from_uri
from tests.integration.printer_sim import Listener, Printout, read_escpos, render_png
from ui.cli import main
from ui.wiring.printing import print_queue, print_receipt, print_test_page
from ui.wiring.shop import Shop, init_schema, open_shop

TZ = "Asia/Shanghai"
AT = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai
SOAP, BAG = "6968344978697", "6925199619830"
COLS = {58: 32, 80: 48}
AMOUNT_AT_END = re.compile(r"(?<!× )-?￥[\d,]+\.\d\d$")


def open_test_shop(url: str, tmp_path: Path, printer: str, **printer_keys: object) -> Shop:
    """A shop whose settings name ``printer``; H01 sells 手工皂 at ¥25.00, H02 帆布袋 at ¥39.90."""
    extra = "".join(f"{k} = {v!r}\n".replace("'", '"') for k, v in printer_keys.items())
    config = tmp_path / "config.toml"
    config.write_text(f'[printer]\nuri = "{printer}"\n{extra}', encoding="utf-8")
    shop = open_shop(db_url=url, config_path=config)
    init_schema(shop)
    with shop.uow() as uow:
        add_host(uow, code="H01", name="主理人1号·手作", joined=date(2026, 9, 1), coop_bp=2000)
        add_host(uow, code="H02", name="主理人2号·旧物新生", joined=date(2026, 8, 1), coop_bp=1500)
        add_recommender(uow, code="R01", name="推介官1", default_bp=500)
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", recommender_code="R01", barcode=SOAP)
        add_product(
            uow, name="帆布袋（大号）·可折叠 Canvas tote", price_fen=3990, host_code="H02", barcode=BAG
        )
        uow.commit()
    return shop


def sell(shop: Shop) -> str:
    """docs/domain.md's worked example, paid ¥60 cash (¥10 change) and ¥61.90 Alipay."""
    sale = complete_sale(
        shop.uow(),
        items=[ItemRequest(SOAP, 3), ItemRequest(BAG, 1, line_discount_fen=200)],
        sale_discount_fen=100,
        tenders=[Tender("cash", 6000), Tender("alipay", 6190)],
        at=AT,
        timezone=TZ,
        counter_id="C1",
    )
    return sale.receipt_no


@pytest.fixture
def printer() -> Iterator[Listener]:
    listener = Listener()
    yield listener
    listener.close()


def check_receipt(out: Printout, paper_mm: int) -> None:
    """What a customer reads: the lines fit, amounts flush right, the codes and the cut."""
    cols = COLS[paper_mm]
    assert out.events[0] == ("init",)
    assert all(ln.chinese for ln in out.lines)
    for ln in out.lines:
        assert ln.columns <= cols // (2 if ln.wide else 1), ln.text
        if AMOUNT_AT_END.search(ln.text) and ln.align == 0:
            assert ln.columns == cols, ln.text
    texts = out.texts
    assert texts[0] == "来!合作社" and out.lines[0].wide and out.lines[0].bold and out.lines[0].align == 1
    assert "销售单" in texts and "谢谢惠顾，欢迎再来！" in texts
    assert texts.index("手工皂") < texts.index("  主理人 H01 主理人1号·手作")
    assert any(t.startswith("单号") and t.endswith("C1-20261123-0001") for t in texts)
    assert any(t.startswith("时间") and t.endswith("2026-11-23 14:30:00") for t in texts)
    assert any(t.startswith("  3 × ￥25.00") and t.endswith("￥75.00") for t in texts)
    total = next(ln for ln in out.lines if ln.text.startswith("合计"))
    assert total.text.endswith("￥111.90") and total.bold and total.tall
    assert [t.split()[0] for t in texts if t.split() and t.split()[0] in ("现金", "找零", "支付宝")] == [
        "现金",
        "找零",
        "支付宝",
    ]
    assert out.barcodes == ["C1-20261123-0001"] and out.cuts == ["partial"]
    [(_, _, module, _, _)] = out.of("barcode")
    assert module >= 2  # 0.25 mm bars or wider: a scanner reads them


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_a_network_printer_gets_the_receipt_in_chinese(
    empty_db_url: str, tmp_path: Path, printer: Listener, paper_mm: int
) -> None:
    shop = open_test_shop(empty_db_url, tmp_path, printer.uri, paper_mm=paper_mm)
    queue = print_queue(shop)
    try:
        job = print_receipt(shop, queue, receipt_no=sell(shop))
        assert job is not None and job.kind == "sale"
        [data] = printer.wait_jobs(1)
    finally:
        queue.stop()
    out = read_escpos(data)
    check_receipt(out, paper_mm)
    assert out.drawer_kicks == [(2, 100)]  # cash: the drawer opens as the receipt prints
    assert "￥75.00".encode("gb18030") in data  # full-width yuan sign and digits, untouched
    render_png(out, Path(f"/tmp/receipt-{paper_mm}.png"), paper_mm=paper_mm)


def test_a_reprint_is_the_first_print_marked_重印_without_the_drawer(
    empty_db_url: str, tmp_path: Path, printer: Listener, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = open_test_shop(empty_db_url, tmp_path, printer.uri, paper_mm=58)
    receipt_no = sell(shop)
    queue = print_queue(shop)
    try:
        print_receipt(shop, queue, receipt_no=receipt_no)
        printer.wait_jobs(1)
    finally:
        queue.stop()
    config = str(tmp_path / "config.toml")
    assert main(["receipt", receipt_no, "--db", empty_db_url, "--config", config]) == 0
    assert "已重印" in capsys.readouterr().out
    first, again = printer.wait_jobs(2)
    start, kick = prefix(), drawer(DrawerOp(2, 100))
    assert first.startswith(start + kick)
    rest = first[len(start + kick) :]
    assert again.startswith(start) and again.endswith(rest) and kick not in again
    mark = read_escpos(again[: len(again) - len(rest)])
    assert mark.texts[0] == "** 重印 **" and mark.texts[1].startswith("重印时间 ")
    assert len(mark.texts) == 2 and mark.drawer_kicks == []


def test_a_file_printer_gets_the_bytes_appended(empty_db_url: str, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    shop = open_test_shop(empty_db_url, tmp_path, f"file://{device}")
    receipt_no = sell(shop)
    for _ in range(2):
        assert (
            main(["receipt", receipt_no, "--db", empty_db_url, "--config", str(tmp_path / "config.toml")])
            == 0
        )
    out = read_escpos(device.read_bytes())
    assert out.of("init") == [("init",), ("init",)] and out.barcodes == [receipt_no] * 2
    assert out.texts.count("** 重印 **") == 1  # the first print from the command line is the first print
    assert out.drawer_kicks == []  # never from the command line


def test_printers_without_chinese_fonts_get_text_as_images(
    empty_db_url: str, tmp_path: Path, printer: Listener
) -> None:
    shop = open_test_shop(empty_db_url, tmp_path, printer.uri, paper_mm=58, render="raster")
    queue = print_queue(shop)
    try:
        print_receipt(shop, queue, receipt_no=sell(shop))
        [data] = printer.wait_jobs(1)
    finally:
        queue.stop()
    out = read_escpos(data)
    images = out.of("image")
    assert out.lines == [] and b"\x1c&" not in data  # no text, no Chinese mode
    assert len(images) > 25 and {e[1] for e in images} == {384}
    assert out.barcodes == ["C1-20261123-0001"] and out.cuts == ["partial"] and out.drawer_kicks == [(2, 100)]
    render_png(out, Path("/tmp/receipt-58-raster.png"), paper_mm=58)


def test_gbk_printers_get_a_question_mark_as_wide_as_what_they_lack() -> None:
    assert encode_text("手工皂🌿 ￥1", "gbk") == "手工皂？ ￥1".encode("gbk")
    assert encode_text("手工皂🌿", "gb18030") == "手工皂🌿".encode("gb18030")


def test_the_settings_screens_test_print(printer: Listener, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[printer]\nuri = "none"\npaper_mm = 58\n', encoding="utf-8")
    from pos.config import load_config

    label = print_test_page(load_config(config), printer_uri=printer.uri)
    assert label == f"127.0.0.1:{printer.port}"
    out = read_escpos(printer.wait_jobs(1)[0])
    assert "打印测试 / test print" in out.texts and "12345678901234567890123456789012" in out.texts
    assert "中" * 16 in out.texts and out.drawer_kicks == [] and out.qrs == ["来!合作社 coop-pos"]


def test_the_drawer_opens_through_the_printer_now(
    empty_db_url: str, tmp_path: Path, printer: Listener
) -> None:
    from ui.wiring.printing import open_drawer

    shop = open_test_shop(empty_db_url, tmp_path, printer.uri, drawer_pin=5, drawer_pulse_ms=120)
    queue = print_queue(shop)
    try:
        open_drawer(shop, queue)
        [data] = printer.wait_jobs(1)
    finally:
        queue.stop()
    assert data == b"\x1b@\x1c&\x1bp\x01\x3c\xfa"
    assert read_escpos(data).drawer_kicks == [(5, 120)]


def test_a_usb_printer_without_pyusb_says_what_to_install(
    empty_db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("escpos")
    try:
        import usb  # noqa: F401

        pytest.skip("pyusb is installed here")
    except ImportError:
        pass
    shop = open_test_shop(empty_db_url, tmp_path, "none")
    receipt_no = sell(shop)
    db, config = ["--db", empty_db_url], ["--config", str(tmp_path / "config.toml")]
    assert main(["receipt", receipt_no, "--printer", "usb://0416:5011", *db, *config]) == 1
    err = capsys.readouterr().err
    assert "pip install pyusb" in err and "Traceback" not in err
    assert printer_from_uri("usb://0x0416:0x5011") is not None


def test_a_printer_uri_that_makes_no_sense_is_named() -> None:
    from pos.errors import ConfigError

    with pytest.raises(ConfigError, match=r"tcp://192\.168\.1\.50:9100"):
        printer_from_uri("lpt1")
    assert printer_from_uri("none") is None
    assert printer_from_uri("serial:///dev/ttyUSB0?baudrate=9600&rtscts=1") is not None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_e_receipt_pdf(empty_db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shop = open_test_shop(empty_db_url, tmp_path, "none", paper_mm=80)
    receipt_no = sell(shop)
    pdf = tmp_path / "e-receipt.pdf"
    config = str(tmp_path / "config.toml")
    assert main(["receipt", receipt_no, "--pdf", str(pdf), "--db", empty_db_url, "--config", config]) == 0
    assert "e-receipt written" in capsys.readouterr().out
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert receipt_no in text and "手工皂" in text and "电子小票" in text and "￥111.90" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # every font embedded
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width_pt = float(re.search(r"Page size:\s+([\d.]+) x", info).group(1))  # type: ignore[union-attr]
    assert round(width_pt / 72 * 25.4) == 80
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), "/tmp/receipt-80-pdf"], check=True
        )


def test_a_serial_printer_gets_the_bytes_and_a_missing_one_is_named() -> None:
    import os

    master, slave = os.openpty()
    try:
        printer = printer_from_uri(f"serial://{os.ttyname(slave)}?baudrate=19200")
        assert printer is not None
        printer.send(prefix() + "手工皂 ￥25.00\n".encode("gb18030"))
        assert os.read(master, 100) == b"\x1b@\x1c&" + "手工皂 ￥25.00\n".encode("gb18030")
    finally:
        os.close(master)
        os.close(slave)
    for uri in ("serial:///dev/ttyNOPE0?baudrate=9600", "file:///no/such/folder/lp0"):
        gone = printer_from_uri(uri)
        assert gone is not None
        with pytest.raises(PrinterError) as err:
            gone.send(b"\x1b@")
        assert err.value.reason == "unplugged" and "找不到打印机" in err.value.zh


def test_reprinting_to_a_printer_that_is_off_is_a_message(
    empty_db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.integration.printer_sim import closed_port

    shop = open_test_shop(empty_db_url, tmp_path, f"tcp://127.0.0.1:{closed_port()}")
    receipt_no = sell(shop)
    config = str(tmp_path / "config.toml")
    assert main(["receipt", receipt_no, "--db", empty_db_url, "--config", config]) == 1
    err = capsys.readouterr().err
    assert "拒绝连接" in err and "refused the connection" in err and "Traceback" not in err
    assert main(["receipt", "C1-20261123-0099", "--db", empty_db_url, "--config", config]) == 1
    assert "C1-20261123-0099" in capsys.readouterr().err
