"""Barcode label sheets (PDF), drawn in exact millimetres.

Each label: the product name (wrapped to two lines or shortened with "…"), the price, the host,
and the barcode with its digits: EAN-13 or EAN-8 for GS1 codes (in-store ``2…`` codes and UPC-A
stored as ``0…`` included), Code 128 for a host's own code. Bars are drawn as rectangles at a
module width chosen for the label, never below what scanners read; a code that does not fit at
that size is refused with the presets it would fit, rather than shrunk.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.barcodes import normalise_barcode
from pos.documents import LabelItem
from pos.errors import InputError, RuleError
from pos.money import format_cny
from receipts import fonts

DEFAULT_PRESET = "a4-3x8"
MIN_BAR_MM = 8.0  # bar height on sheet labels; taller when the label allows
EDGE_MM = 0.5  # quiet zones end this far inside the label (cutting and feeding tolerance)
EM_TOP, EM_BOTTOM, LEADING = 0.86, 0.16, 1.2  # ink above and below the baseline, line pitch (em)
DIGIT_CAP = 0.73  # height of a digit in the shop's font (em)


@dataclass(frozen=True, slots=True)
class Preset:
    """A label layout: ``cols × rows`` labels of ``label_w × label_h`` mm, centred on the page."""

    key: str
    zh: str
    en: str
    page_w_mm: float
    page_h_mm: float
    label_w_mm: float
    label_h_mm: float
    cols: int
    rows: int
    pad_mm: float  # where text and bars start, from the label's edges (quiet zones may run into it)
    name_pt: float
    price_pt: float
    host_pt: float
    digits_pt: float

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def left_mm(self) -> float:
        return (self.page_w_mm - self.cols * self.label_w_mm) / 2

    @property
    def top_mm(self) -> float:
        return (self.page_h_mm - self.rows * self.label_h_mm) / 2

    def origin_mm(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner of the ``slot``-th label on a page (row by row from the top left)."""
        row, col = divmod(slot, self.cols)
        x = self.left_mm + col * self.label_w_mm
        y = self.page_h_mm - self.top_mm - (row + 1) * self.label_h_mm
        return x, y


_A4_W, _A4_H = 210.0, 297.0
PRESETS: tuple[Preset, ...] = (
    Preset("a4-3x8", "A4 不干胶 3×8（70×37 mm）", "A4 sheet 3×8 (70×37 mm)",
           _A4_W, _A4_H, 70, 37, 3, 8, 4.0, 9.5, 15, 7, 7),
    Preset("a4-4x10", "A4 不干胶 4×10（48.5×25.4 mm）", "A4 sheet 4×10 (48.5×25.4 mm)",
           _A4_W, _A4_H, 48.5, 25.4, 4, 10, 1.6, 7, 10.5, 6, 6),
    Preset("a4-3x7", "A4 不干胶 3×7（70×42.3 mm）", "A4 sheet 3×7 (70×42.3 mm)",
           _A4_W, _A4_H, 70, 42.3, 3, 7, 4.0, 10, 16, 7.5, 7),
    Preset("roll-40x30", "标签打印机 40×30 mm", "label printer 40×30 mm",
           40, 30, 40, 30, 1, 1, 1.5, 8, 12, 6.5, 6),
    Preset("roll-50x30", "标签打印机 50×30 mm", "label printer 50×30 mm",
           50, 30, 50, 30, 1, 1, 1.5, 8.5, 13, 7, 6.5),
)  # fmt: skip
assert (_A4_W * mm, _A4_H * mm) == A4


def preset(key: str) -> Preset:
    for p in PRESETS:
        if p.key == key:
            return p
    names = ", ".join(p.key for p in PRESETS)
    raise InputError(
        f"没有标签规格 “{key}”；可选：{names}", f'no label preset "{key}"; choose one of: {names}'
    )


# ---------------------------------------------------------------- symbols

_L = ("0001101", "0011001", "0010011", "0111101", "0100011",
      "0110001", "0101111", "0111011", "0110111", "0001011")  # fmt: skip
_R = tuple(p.translate(str.maketrans("01", "10")) for p in _L)
_G = tuple(p[::-1] for p in _R)
_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
           "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Symbol:
    """A barcode as modules (``1`` bar, ``0`` space), its quiet zones and its legal module widths."""

    code: str
    kind: str  # "EAN-13", "EAN-8", "Code 128"
    modules: str
    quiet_left: int
    quiet_right: int
    min_module_mm: float
    max_module_mm: float
    guards: tuple[tuple[int, int], ...]  # module ranges of EAN guard bars, drawn longer

    @property
    def total_modules(self) -> int:
        return self.quiet_left + len(self.modules) + self.quiet_right


def _ean(code: str) -> str:
    if len(code) == 13:
        left = "".join(
            (_L if p == "L" else _G)[int(d)] for p, d in zip(_PARITY[int(code[0])], code[1:7], strict=True)
        )
        right = "".join(_R[int(d)] for d in code[7:])
    else:
        left = "".join(_L[int(d)] for d in code[:4])
        right = "".join(_R[int(d)] for d in code[4:])
    return "101" + left + "01010" + right + "101"


def _code128(code: str) -> str:
    c = Code128(code, quiet=0)
    c.validate()
    c.encode()
    pattern: str = c.decompose()  # A-D bar widths, a-d space widths, in modules
    return "".join(("1" if ch.isupper() else "0") * (ord(ch.lower()) - ord("a") + 1) for ch in pattern)


def symbol(code: str) -> Symbol:
    """The symbol printed for a stored code (GS1 check digits checked by ``normalise_barcode``)."""
    code = normalise_barcode(code)
    if code.isdigit() and len(code) in (8, 13):
        n = len(code) * 7 + 11 - (7 if len(code) == 13 else 0)  # 95 or 67 modules
        mid = n // 2 - 2
        guards = ((0, 3), (mid, mid + 5), (n - 3, n))
        kind = "EAN-13" if len(code) == 13 else "EAN-8"
        # GS1: X 0.264-0.66 mm; quiet zones 11 left / 7 right (EAN-8: 7, we keep 11 for the margin)
        return Symbol(code, kind, _ean(code), 11, 7, 0.264, 0.33, guards)
    return Symbol(code, "Code 128", _code128(code), 10, 10, 0.25, 0.33, ())


def module_mm(sym: Symbol, p: Preset) -> float | None:
    """The module width for ``sym`` on a label of ``p``, or None if it cannot fit.

    The bars stay inside the label's padding, the quiet zones inside the label (``EDGE_MM`` clear).
    """
    x = min(
        sym.max_module_mm,
        (p.label_w_mm - 2 * EDGE_MM) / sym.total_modules,
        (p.label_w_mm - 2 * p.pad_mm) / len(sym.modules),
    )
    return x if x >= sym.min_module_mm else None


def width_needed_mm(sym: Symbol, p: Preset) -> float:
    """The narrowest label of ``p``'s padding that carries ``sym`` at its smallest module width."""
    x = sym.min_module_mm
    return max(sym.total_modules * x + 2 * EDGE_MM, len(sym.modules) * x + 2 * p.pad_mm)


def draw_symbol(
    canvas: Canvas, sym: Symbol, *, x_mm: float, y_mm: float, x_dim_mm: float, bar_mm: float, digits_pt: float
) -> None:
    """Bars and digits; ``x_mm`` is the left edge of the left quiet zone, ``y_mm`` the digits' baseline."""
    X = x_dim_mm * mm
    cap = DIGIT_CAP * digits_pt
    bottom = y_mm * mm + cap + max(0.35 * mm, X)  # normal bars start above the digits
    top = bottom + bar_mm * mm
    guard_bottom = y_mm * mm + cap * 0.45
    x0 = x_mm * mm + sym.quiet_left * X
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    i, n = 0, len(sym.modules)
    while i < n:
        if sym.modules[i] != "1":
            i += 1
            continue
        j = i
        while j < n and sym.modules[j] == "1":
            j += 1
        long = any(a <= i < b for a, b in sym.guards)
        y = guard_bottom if long else bottom
        canvas.rect(x0 + i * X, y, (j - i) * X, top - y, stroke=0, fill=1)
        i = j
    canvas.restoreState()
    base = y_mm * mm
    c = sym.code
    if sym.kind == "EAN-13":
        fonts.draw(canvas, x0 - 2 * X, base, c[0], digits_pt, anchor="right")
        fonts.draw(canvas, x0 + 24 * X, base, c[1:7], digits_pt, anchor="centre")
        fonts.draw(canvas, x0 + 71 * X, base, c[7:], digits_pt, anchor="centre")
    elif sym.kind == "EAN-8":
        fonts.draw(canvas, x0 + 17 * X, base, c[:4], digits_pt, anchor="centre")
        fonts.draw(canvas, x0 + 50 * X, base, c[4:], digits_pt, anchor="centre")
    else:
        size = fonts.fit_size([c], digits_pt, n * X, smallest=5)
        fonts.draw(canvas, x0 + n * X / 2, base, fonts.shorten(c, size, (n + 8) * X), size, anchor="centre")


def ean_digits_pt(sym: Symbol, x_dim_mm: float, wanted: float) -> float:
    """Digit size that keeps each EAN half's digits inside its 42 (or 28) modules."""
    if sym.kind == "Code 128":
        return wanted
    group, room = ("000000", 40) if sym.kind == "EAN-13" else ("0000", 26)
    return fonts.fit_size([group], wanted, room * x_dim_mm * mm, smallest=4)


# ---------------------------------------------------------------- labels


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """Where things go on one label of a preset (mm from its bottom-left corner; baselines)."""

    name_baselines: tuple[float, float]
    price_baseline: float
    digits_baseline: float
    bar_mm: float


def layout(p: Preset) -> LabelLayout:
    pt = 25.4 / 72  # mm per point
    name1 = p.label_h_mm - p.pad_mm - EM_TOP * p.name_pt * pt
    name2 = name1 - LEADING * p.name_pt * pt
    price = name2 - EM_BOTTOM * p.name_pt * pt - 0.7 - EM_TOP * p.price_pt * pt
    digits = p.pad_mm
    bars_bottom = digits + DIGIT_CAP * p.digits_pt * pt + 0.4
    bars_top = price - EM_BOTTOM * p.price_pt * pt - 1.0
    bar = min(bars_top - bars_bottom, 16.0)
    return LabelLayout((name1, name2), price, digits, bar)


def _check_fit(symbols: Sequence[Symbol], p: Preset) -> None:
    wide = [s for s in symbols if module_mm(s, p) is None]
    if not wide:
        return
    named = list(dict.fromkeys(s.code for s in wide))
    need = max(width_needed_mm(s, p) for s in wide)
    fits = [q for q in PRESETS if all(module_mm(s, q) for s in wide)]
    if fits:
        zh_hint = "请改用更大的标签：" + "、".join(q.zh for q in fits)
        en_hint = "use a larger label: " + ", ".join(q.key for q in fits)
    else:
        zh_hint = "任何标签都放不下，请给商品换一个更短的条码"
        en_hint = "no label preset is wide enough; give the product a shorter code"
    x_min = min(s.min_module_mm for s in wide)
    raise RuleError(
        f"条码 {'、'.join(named)} 在「{p.zh}」上放不下：线条不能细于扫码枪能读的 {x_min} mm，"
        f"这样标签至少要 {need:.1f} mm 宽，这种标签只有 {p.label_w_mm:g} mm；{zh_hint}",
        f"barcode {', '.join(named)} does not fit on {p.en}: at the thinnest bars a scanner reads ({x_min} mm) "
        f"it needs a label {need:.1f} mm wide, this one is {p.label_w_mm:g} mm; {en_hint}",
    )


def _draw_label(canvas: Canvas, item: LabelItem, sym: Symbol, p: Preset, x_mm: float, y_mm: float) -> None:
    lay = layout(p)
    inner = (p.label_w_mm - 2 * p.pad_mm) * mm
    left = (x_mm + p.pad_mm) * mm
    for line, base in zip(fonts.wrap(item.name, p.name_pt, inner, 2), lay.name_baselines, strict=False):
        fonts.draw(canvas, left, (y_mm + base) * mm, line, p.name_pt, bold=True)
    price = format_cny(item.price_fen)
    price_pt = fonts.fit_size([price], p.price_pt, inner * 0.7, smallest=7)
    price_y = (y_mm + lay.price_baseline) * mm
    fonts.draw(canvas, left, price_y, price, price_pt, bold=True)
    host_room = inner - fonts.text_width(price, price_pt) - 2 * mm
    host = fonts.shorten(item.host_name, p.host_pt, host_room)
    if host:
        fonts.draw(canvas, left + inner, price_y, host, p.host_pt, anchor="right")
    x_dim = module_mm(sym, p)
    assert x_dim is not None  # checked for every label before drawing
    width = sym.total_modules * x_dim
    draw_symbol(
        canvas,
        sym,
        x_mm=x_mm + (p.label_w_mm - width) / 2,
        y_mm=y_mm + lay.digits_baseline,
        x_dim_mm=x_dim,
        bar_mm=lay.bar_mm,
        digits_pt=ean_digits_pt(sym, x_dim, p.digits_pt),
    )


def labels_pdf(items: Sequence[LabelItem], *, preset_key: str = DEFAULT_PRESET) -> bytes:
    """Every item × its copies (none when ``copies`` ≤ 0), in order, across as many pages as needed."""
    p = preset(preset_key)
    jobs = [(item, symbol(item.barcode)) for item in items for _ in range(max(item.copies, 0))]
    if not jobs:
        raise RuleError("没有要打印的标签", "no labels to print")
    _check_fit([s for _, s in jobs], p)
    buf = io.BytesIO()
    c = fonts.new_canvas(buf, (p.page_w_mm * mm, p.page_h_mm * mm), f"标签 labels · {p.key}")
    for n, (item, sym) in enumerate(jobs):
        slot = n % p.per_page
        if n and slot == 0:
            c.showPage()
        x, y = p.origin_mm(slot)
        _draw_label(c, item, sym, p, x, y)
    c.showPage()
    c.save()
    return buf.getvalue()
