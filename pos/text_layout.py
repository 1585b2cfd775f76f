"""Fixed-width text for receipt paper: how many columns a string takes, wrapping, padding.

A receipt printer in Chinese mode prints every byte below 0x80 from its half-width font (12 dots
in Font A) and every multi-byte GB18030/GBK character from its 24×24 Chinese font: two columns.
So a hanzi, full-width ``￥`` or ``Ａ`` (East Asian Wide/Fullwidth) is two columns, and so are the
"ambiguous" marks that come from the Chinese font on paper (``·``, ``×``, ``…``, ``“”``). ASCII is
one column; combining marks take none. 58 mm paper holds 32 columns, 80 mm 48 (Font A).
"""

from __future__ import annotations

import unicodedata
from typing import Literal

Align = Literal["left", "center", "right"]

COLUMNS = {58: 32, 80: 48}
ELLIPSIS = "…"  # two columns, from the printer's Chinese font


def char_width(ch: str) -> int:
    """Columns ``ch`` takes on receipt paper: 0, 1 or 2."""
    if " " <= ch <= "~":
        return 1
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2


def width(text: str) -> int:
    """Columns ``text`` takes on receipt paper."""
    return sum(char_width(ch) for ch in text)


def clean(text: str) -> str:
    """One printable line: control characters (tabs, new lines) become spaces, runs squeezed."""
    out = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(out.split())


def cut(text: str, cols: int) -> str:
    """The longest start of ``text`` that fits in ``cols`` columns (never half a character)."""
    used = 0
    for i, ch in enumerate(text):
        w = char_width(ch)
        if used + w > cols:
            return text[:i]
        used += w
    return text


def shorten(text: str, cols: int) -> str:
    """``text`` if it fits in ``cols`` columns, else cut and ended with "…"."""
    if width(text) <= cols:
        return text
    if cols < width(ELLIPSIS):
        return cut(text, cols)
    return cut(text, cols - width(ELLIPSIS)).rstrip() + ELLIPSIS


def pad(text: str, cols: int, align: Align = "left") -> str:
    """``text`` (shortened if need be) padded with spaces to exactly ``cols`` columns."""
    text = shorten(text, cols)
    gap = cols - width(text)
    if align == "right":
        return " " * gap + text
    if align == "center":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def pair(left: str, right: str, cols: int, *, gap: int = 1) -> str:
    """``left`` and ``right`` on one line of exactly ``cols`` columns, ``right`` flush right.

    ``right`` (an amount) is never cut; ``left`` is shortened with "…" to leave ``gap`` spaces.
    """
    right = cut(right, cols)
    room = cols - width(right) - gap
    left = shorten(left, room) if room > 0 else ""
    return left + " " * (cols - width(left) - width(right)) + right


def _tokens(text: str) -> list[str]:
    """Break opportunities: each wide character alone; ASCII words with their trailing space."""
    out: list[str] = []
    word = ""
    for ch in text:
        if char_width(ch) == 2:
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        elif ch == " ":
            out.append(word + ch)
            word = ""
        else:
            word += ch
    if word:
        out.append(word)
    return out


def wrap(text: str, cols: int, *, indent: str = "") -> list[str]:
    """``text`` in lines of at most ``cols`` columns: broken after a space or beside a hanzi,
    a word longer than a line broken between characters, never inside one. Lines after the first
    start with ``indent``. An empty text is one empty line."""
    if cols < 2:
        raise ValueError("a line needs at least two columns")
    text = clean(text)
    lines: list[str] = []
    line = ""
    lead = ""
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if width((line + tok).rstrip()) <= cols:
            line += tok
            i += 1
            continue
        if not line.strip() or line == lead:  # nothing fits beside it: break the word itself
            part = cut(tok, cols - width(line)) or tok[:1]
            line += part
            tokens[i] = tok[len(part) :]
            if not tokens[i]:
                i += 1
        lines.append(line.rstrip())
        lead = indent if width(indent) < cols - 1 else ""
        line = lead
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines
