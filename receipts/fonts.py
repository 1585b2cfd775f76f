"""The shop's Chinese font in PDFs, and setting text in it: measure, wrap, shorten, draw.

reportlab's built-in fonts have no Chinese, and a PDF that only names a CJK font shows tofu on
a host's phone. So one TrueType CJK font is found on this machine, registered once per process
and embedded (subset) in every document; all text, digits included, is set in it.
"""

from __future__ import annotations

import io
import os
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from pos.errors import ConfigError

FONT_ENV = "COOP_POS_FONT"
FONT_NAME = "CoopCJK"
ELLIPSIS = "…"

# (path, index of the face inside a .ttc). Only TrueType outlines can be embedded by reportlab;
# CFF-based fonts (Noto Sans CJK, Source Han) are tried and skipped when they refuse.
CANDIDATES: tuple[tuple[str, int], ...] = (
    # Debian / Ubuntu: fonts-wqy-microhei, fonts-wqy-zenhei
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    # Fedora, Arch
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc", 0),
    # Noto Sans CJK (CFF outlines: usually refused, tried anyway)
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    # Debian fonts-droid-fallback
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    # Windows: 微软雅黑, 黑体, 宋体
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    # macOS
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
)

# What every document prints: a font without these is no use to the shop.
_NEEDED = "手工皂合作社主理人推介官价格构成¥…0123456789"

_lock = threading.Lock()
_registered: str | None = None


def _load(path: str, index: int) -> TTFont | None:
    """The font at ``path`` if reportlab can embed it and it has Chinese, else None."""
    try:
        font = TTFont(FONT_NAME, path, subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None
    glyphs = font.face.charToGlyph or {}
    if any(ord(ch) not in glyphs for ch in _NEEDED):
        return None
    return font


def find_cjk_font(candidates: Iterable[tuple[str, int]] = CANDIDATES, *, env: str | None = None) -> TTFont:
    """The first usable CJK TrueType font: ``$COOP_POS_FONT``, then ``candidates`` in order.

    A font named by ``$COOP_POS_FONT`` that cannot be used is an error, not a silent fallback.
    """
    chosen = os.environ.get(FONT_ENV, "") if env is None else env
    if chosen.strip():
        path = chosen.strip()
        font = _load(path, 0) if Path(path).is_file() else None
        if font is None:
            raise ConfigError(
                f"{FONT_ENV}={path} 不是可以嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc），请换一个字体文件",
                f"{FONT_ENV}={path} is not a Chinese TrueType font (.ttf/.ttc) that can be embedded in a PDF; choose another font file",
            )
        return font
    for path, index in candidates:
        if Path(path).is_file():
            font = _load(path, index)
            if font is not None:
                return font
    raise ConfigError(
        "找不到可以嵌入 PDF 的中文字体：请安装 fonts-wqy-microhei（sudo apt install fonts-wqy-microhei），"
        f"或把环境变量 {FONT_ENV} 设为一个中文 TrueType 字体文件（.ttf/.ttc）的路径",
        "no Chinese font that can be embedded in a PDF was found: install fonts-wqy-microhei "
        f"(sudo apt install fonts-wqy-microhei), or set {FONT_ENV} to the path of a Chinese TrueType font (.ttf/.ttc)",
    )


def cjk_font() -> str:
    """Register the shop's CJK font with reportlab (once per process) and return its name."""
    global _registered
    with _lock:
        if _registered is None:
            pdfmetrics.registerFont(find_cjk_font())
            _registered = FONT_NAME
        return _registered


def new_canvas(buf: io.BytesIO, size: tuple[float, float], title: str) -> Canvas:
    """A canvas in the shop's font that writes the same bytes for the same drawing.

    ``invariant`` fixes the creation date and the document id; subset names are sequential.
    """
    c = Canvas(buf, pagesize=size, invariant=1, pageCompression=1, initialFontName=cjk_font())
    c.setTitle(title)
    c.setAuthor("来!合作社 coop-pos")
    c.setCreator("coop-pos")
    c.setProducer("coop-pos (reportlab)")
    return c


# ---------------------------------------------------------------- setting text


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in points at ``size`` in the shop's font."""
    return float(stringWidth(text, cjk_font(), size))


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Break opportunities: every wide (CJK) character alone, Latin words with their trailing space."""
    out: list[str] = []
    word = ""
    for ch in text:
        if _is_wide(ch):
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        elif ch == " ":
            word += ch
            out.append(word)
            word = ""
        else:
            word += ch
    if word:
        out.append(word)
    return out


def shorten(text: str, size: float, width: float) -> str:
    """``text`` as it is if it fits in ``width`` points, else cut and ended with "…"."""
    text = text.strip()
    if text_width(text, size) <= width:
        return text
    return _ellipsize(text, size, width)


def _ellipsize(text: str, size: float, width: float) -> str:
    cut = text
    while cut and text_width(cut.rstrip() + ELLIPSIS, size) > width:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS if cut else ""


def wrap(text: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width`` points; the last one shortened with "…"."""
    tokens = _tokens(" ".join(text.split()))
    lines: list[str] = []  # as broken, trailing space kept, so the rest can be joined back
    line = ""
    i = 0
    while i < len(tokens) and len(lines) < max_lines:
        tok = tokens[i]
        if text_width((line + tok).rstrip(), size) <= width:
            line += tok
            i += 1
            continue
        if not line:  # one word longer than the line: break it between characters
            n = 1
            while n < len(tok) and text_width(tok[: n + 1], size) <= width:
                n += 1
            line, tokens[i] = tok[:n], tok[n:]
        lines.append(line)
        line = ""
    if line and len(lines) < max_lines:
        lines.append(line)
    rest = "".join(tokens[i:])
    if rest.strip():  # the last line takes what it can of the rest, and ends with "…"
        lines[-1] = _ellipsize(lines[-1] + rest, size, width)
    return [ln.rstrip() for ln in lines]


def draw(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    anchor: str = "left",
    color: Color = black,
) -> None:
    """Draw ``text`` with its baseline at ``y``; ``anchor`` is left, right or centre.

    Bold is the regular face filled and stroked with a hairline (the CJK fonts we find have
    no bold face); the text stays real text, found by search and ``pdftotext``.
    """
    if anchor == "right":
        x -= text_width(text, size)
    elif anchor == "centre":
        x -= text_width(text, size) / 2
    canvas.saveState()
    canvas.setFillColor(color)
    t = canvas.beginText(x, y)
    t.setFont(cjk_font(), size)
    if bold:
        canvas.setStrokeColor(color)
        canvas.setLineWidth(size * 0.045)
        canvas.setLineJoin(1)
        t.setTextRenderMode(2)
    t.textOut(text)
    canvas.drawText(t)
    canvas.restoreState()


def fit_size(texts: Sequence[str], size: float, width: float, *, smallest: float) -> float:
    """The largest size ≤ ``size`` (half-point steps, not below ``smallest``) at which every text fits."""
    s = size
    while s > smallest and max(text_width(t, s) for t in texts) > width:
        s -= 0.5
    return max(s, smallest)


_font_file: tuple[str, int] | None = None


def cjk_font_file() -> tuple[str, int]:
    """``(path, face index)`` of the shop's CJK font, the one the PDFs embed, for drawing text as
    pixels (the receipt printer's raster fallback). Raises the same ConfigError when there is none."""
    global _font_file
    with _lock:
        if _font_file is None:
            chosen = os.environ.get(FONT_ENV, "").strip()
            if chosen:
                find_cjk_font(env=chosen)  # refuses a file it cannot use, in words
                _font_file = (chosen, 0)
            else:
                found = next((c for c in CANDIDATES if Path(c[0]).is_file() and _load(*c)), None)
                if found is None:
                    find_cjk_font()  # none usable: raises the ConfigError that says what to install
                assert found is not None
                _font_file = found
        return _font_file
