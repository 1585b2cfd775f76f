"""Label sheets as a shop prints and scans them: real PDFs, rendered at 300 dpi, read by zbarimg.

Every label is cut out of the rendering along its own edges before it is scanned, so a code is
only read back if its bars and quiet zones lie inside its label; one symbol per label.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from pos.barcodes import instore_ean13, normalise_barcode
from pos.documents import LabelItem
from pos.errors import ConfigError, InputError, RuleError
from receipts import fonts
from receipts.documents import PdfDocuments
from receipts.labels import MIN_BAR_MM, PRESETS, Preset, layout, module_mm, preset, symbol

TOOLS = ("pdftoppm", "pdftotext", "pdffonts", "pdfinfo", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="needs poppler-utils and zbar-tools"
)

DPI = 300
DOCS = PdfDocuments()
LONG_NAME = "来!合作社 手工冷制薰衣草精油皂 Lavender Cold Process Soap 100g 限量版 礼盒装 节日送礼 第二代"


def shelf(code128: str = "H01-SOAP-7") -> list[LabelItem]:
    """A morning's labels: real EAN-13, a UPC-A stored as EAN-13, an in-store code, EAN-8, Code 128."""
    return [
        LabelItem("6968344978697", "手工皂", 2500, "王小明", copies=2),
        LabelItem("0748906828839", "花生酱", 4590, "H02 帆布袋工作室", copies=1),
        LabelItem("2000000000015", "帆布袋", 3990, "李四", copies=1),
        LabelItem("96385074", "明信片", 800, "张三", copies=1),
        LabelItem(code128, "薰衣草皂", 1250, "王小明", copies=2),
        LabelItem("6968344978697", LONG_NAME, 1234550, "一个名字很长很长很长很长的主理人工作室", copies=1),
    ]


# The 40 mm label printer has room for Code 128 of up to 9 letters at 0.25 mm (see the refusal test).
CODE128 = {"roll-40x30": "H01-SOAP"}


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def write(pdf: bytes, path: Path) -> Path:
    path.write_bytes(pdf)
    return path


def pages(pdf: Path) -> int:
    m = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", str(pdf)), re.M)
    assert m is not None
    return int(m.group(1))


def label_crops(pdf: Path, p: Preset, count: int, out: Path) -> list[Path]:
    """Each label's own rectangle out of the 300 dpi rendering, in print order."""
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(out / "page")], check=True)
    rendered = sorted(out.glob("page-*.png"), key=lambda f: int(f.stem.rsplit("-", 1)[1]))
    px = DPI / 25.4
    crops = []
    for n in range(count):
        page, slot = divmod(n, p.per_page)
        x, y = p.origin_mm(slot)
        top = p.page_h_mm - y - p.label_h_mm
        box = (
            round(x * px),
            round(top * px),
            round((x + p.label_w_mm) * px),
            round((top + p.label_h_mm) * px),
        )
        crop = out / f"label-{n:03d}.png"
        with Image.open(rendered[page]) as im:
            im.crop(box).save(crop)
        crops.append(crop)
    return crops


def scan(images: list[Path]) -> list[str]:
    """What zbarimg reads, one line per symbol, normalised as the shop stores codes."""
    done = subprocess.run(["zbarimg", "--raw", "-q", *map(str, images)], capture_output=True, text=True)
    assert done.returncode in (0, 4), done.stderr  # 4: no symbol in some image
    return [normalise_barcode(line) for line in done.stdout.splitlines() if line.strip()]


def fonts_of(pdf: Path) -> list[dict[str, str]]:
    lines = run("pdffonts", str(pdf)).splitlines()
    header, dashes = lines[0], lines[1]
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", dashes)]
    names = [header[a:b].strip() or header[a:].split()[0] for a, b in spans]
    return [{k: row[a:b].strip() for k, (a, b) in zip(names, spans, strict=True)} for row in lines[2:]]


def expected(items: list[LabelItem]) -> list[str]:
    return [normalise_barcode(i.barcode) for i in items for _ in range(i.copies)]


@pytest.mark.parametrize("key", [p.key for p in PRESETS])
def test_every_label_of_every_preset_scans_back_from_inside_its_own_label(key: str, tmp_path: Path) -> None:
    items = shelf(CODE128.get(key, "H01-SOAP-7"))
    pdf = write(DOCS.labels_pdf(items, preset=key), tmp_path / f"{key}.pdf")
    want = expected(items)
    p = preset(key)
    assert pages(pdf) == -(-len(want) // p.per_page)
    read = scan(label_crops(pdf, p, len(want), tmp_path))
    assert Counter(read) == Counter(want)  # one symbol per label, every code, in-store included
    assert len(read) == len(want) == 8


@pytest.mark.parametrize("key", [p.key for p in PRESETS])
def test_the_chinese_font_is_embedded_and_the_text_is_real_text(key: str, tmp_path: Path) -> None:
    items = shelf(CODE128.get(key, "H01-SOAP-7"))
    pdf = write(DOCS.labels_pdf(items, preset=key), tmp_path / "labels.pdf")
    used = fonts_of(pdf)
    assert used and all(f["emb"] == "yes" for f in used), used
    assert all("TrueType" in f["type"] for f in used), used  # the CJK font, not a base-14 one
    text = run("pdftotext", "-raw", str(pdf), "-")
    for word in ("手工皂", "¥25.00", "帆布袋", "¥39.90", "明信片", "¥8.00", "¥12,345.50", "王小明", "李四"):
        assert word in text
    assert "6968344978697".removeprefix("6")[:6] in text  # EAN digits under the bars


@pytest.mark.parametrize("key", [p.key for p in PRESETS])
def test_no_text_runs_out_of_its_label_and_a_long_name_is_shortened(key: str, tmp_path: Path) -> None:
    items = shelf(CODE128.get(key, "H01-SOAP-7"))
    pdf = write(DOCS.labels_pdf(items, preset=key), tmp_path / "labels.pdf")
    p = preset(key)
    html = run("pdftotext", "-bbox", str(pdf), "-")
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html)
    assert words
    mm = 72 / 25.4
    cells = [p.origin_mm(s) for s in range(p.per_page)]
    for x0, y0, x1, y1, word in ((*map(float, w[:4]), w[4]) for w in words):
        cx, cy = (x0 + x1) / 2 / mm, p.page_h_mm - (y0 + y1) / 2 / mm
        inside = [(x, y) for x, y in cells if x <= cx <= x + p.label_w_mm and y <= cy <= y + p.label_h_mm]
        assert len(inside) == 1, word
        x, y = inside[0]
        assert x * mm - 0.01 <= x0 and x1 <= (x + p.label_w_mm) * mm + 0.01, f"{word!r} runs out of its label"
        top, bottom = (p.page_h_mm - y - p.label_h_mm) * mm, (p.page_h_mm - y) * mm
        assert top - 0.01 <= y0 and y1 <= bottom + 0.01, f"{word!r} runs out of its label"
        if p.key.startswith("a4-"):  # clear of the ~4 mm a laser printer cannot print at the page edge
            assert min(x0, y0, p.page_w_mm * mm - x1, p.page_h_mm * mm - y1) >= 4 * mm - 0.01, word
    text = run("pdftotext", "-raw", str(pdf), "-")
    assert "…" in text and "第二代" not in text  # the long name is cut, on at most two lines
    inner = (p.label_w_mm - 2 * p.pad_mm) * mm
    lines = fonts.wrap(LONG_NAME, p.name_pt, inner, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(fonts.text_width(line, p.name_pt) <= inner for line in lines)


def test_a_3x8_sheet_holds_24_labels_and_the_25th_starts_a_new_page(tmp_path: Path) -> None:
    items = [LabelItem(instore_ean13(n), f"商品{n}", 100 * n, "H01") for n in range(1, 26)]
    assert pages(write(DOCS.labels_pdf(items[:24], preset="a4-3x8"), tmp_path / "24.pdf")) == 1
    assert pages(write(DOCS.labels_pdf(items, preset="a4-3x8"), tmp_path / "25.pdf")) == 2


def test_presets_are_exact_millimetres_centred_on_the_page() -> None:
    keys = [k for k, _, _ in DOCS.label_presets()]
    assert keys[0] == "a4-3x8" and set(keys) == {"a4-3x8", "a4-4x10", "a4-3x7", "roll-40x30", "roll-50x30"}
    geometry = {p.key: (p.label_w_mm, p.label_h_mm, p.cols, p.rows, p.left_mm, p.top_mm) for p in PRESETS}
    assert geometry["a4-3x8"] == (70, 37, 3, 8, 0, 0.5)
    assert geometry["a4-4x10"] == (48.5, 25.4, 4, 10, 8, pytest.approx(21.5))
    assert geometry["a4-3x7"] == (70, 42.3, 3, 7, 0, pytest.approx(0.45))
    assert geometry["roll-40x30"] == (40, 30, 1, 1, 0, 0)
    assert geometry["roll-50x30"] == (50, 30, 1, 1, 0, 0)
    for p in PRESETS:  # bars tall enough for a scanner on every preset
        assert layout(p).bar_mm >= MIN_BAR_MM, p.key


def test_a_barcode_is_never_shrunk_below_what_scanners_read() -> None:
    for p in PRESETS:
        for code in ("6968344978697", "96385074", "H01-SOAP"):
            sym = symbol(code)
            x = module_mm(sym, p)
            assert x is not None and sym.min_module_mm <= x <= sym.max_module_mm
            assert sym.total_modules * x <= p.label_w_mm - 1  # quiet zones inside the label
            assert len(sym.modules) * x <= p.label_w_mm - 2 * p.pad_mm  # bars inside its padding
    ean, c128 = symbol("6968344978697"), symbol("H01-SOAP-7")
    assert (ean.kind, ean.quiet_left, ean.quiet_right, ean.min_module_mm) == ("EAN-13", 11, 7, 0.264)
    assert (c128.kind, c128.quiet_left, c128.quiet_right, c128.min_module_mm) == ("Code 128", 10, 10, 0.25)
    assert symbol("96385074").kind == "EAN-8" and symbol("748906828839").code == "0748906828839"


def test_a_code_too_long_for_the_label_is_refused_with_a_larger_label_suggested() -> None:
    with pytest.raises(RuleError) as refused:
        DOCS.labels_pdf([LabelItem("H01-SOAP-7", "薰衣草皂", 1250, "王小明")], preset="roll-40x30")
    assert "H01-SOAP-7" in refused.value.zh and "50×30" in refused.value.zh
    assert "roll-50x30" in refused.value.en and "a4-3x8" in refused.value.en
    very_long = "HOST-H01-HANDMADE-LAVENDER-SOAP7"
    assert len(very_long) == 32
    with pytest.raises(RuleError) as refused:
        DOCS.labels_pdf([LabelItem(very_long, "皂", 1250, "王小明")], preset="roll-40x30")
    assert very_long in refused.value.zh and very_long in refused.value.en
    assert "shorter code" in refused.value.en  # 101.8 mm at 0.25 mm: no preset is that wide


def test_nothing_to_print_and_unknown_presets_are_messages() -> None:
    with pytest.raises(RuleError) as refused:
        DOCS.labels_pdf([], preset="a4-3x8")
    assert refused.value.zh == "没有要打印的标签" and refused.value.en == "no labels to print"
    with pytest.raises(RuleError):  # stock of zero (or less) prints nothing
        DOCS.labels_pdf([LabelItem("96385074", "明信片", 800, "张三", copies=0)], preset="a4-3x8")
    with pytest.raises(InputError) as unknown:
        DOCS.labels_pdf(shelf(), preset="a4-5x13")
    assert all(p.key in unknown.value.en and p.key in unknown.value.zh for p in PRESETS)
    with pytest.raises(InputError) as bad:
        DOCS.labels_pdf([LabelItem("6968344978690", "手工皂", 2500, "王小明")], preset="a4-3x8")
    assert "6968344978690" in bad.value.zh  # a wrong check digit is never printed


def test_the_same_labels_give_the_same_bytes_in_any_process(tmp_path: Path) -> None:
    first = DOCS.labels_pdf(shelf(), preset="a4-3x8")
    assert DOCS.labels_pdf(shelf(), preset="a4-3x8") == first
    script = (
        "import sys, tests.integration.test_labels_pdf as t;"
        "sys.stdout.buffer.write(t.DOCS.labels_pdf(t.shelf(), preset='a4-3x8'))"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, check=True)
    assert other.stdout == first


def test_without_a_chinese_font_the_message_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as missing:
        fonts.find_cjk_font([], env="")
    assert "fonts-wqy-microhei" in missing.value.zh and "fonts-wqy-microhei" in missing.value.en
    assert "COOP_POS_FONT" in missing.value.en
    not_a_font = tmp_path / "font.ttf"
    not_a_font.write_bytes(b"not a font")
    with pytest.raises(ConfigError) as wrong:
        fonts.find_cjk_font([], env=str(not_a_font))
    assert str(not_a_font) in wrong.value.zh
    latin_only = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if Path(latin_only).is_file():  # a font without Chinese is refused, not embedded as tofu
        with pytest.raises(ConfigError):
            fonts.find_cjk_font([], env=latin_only)
