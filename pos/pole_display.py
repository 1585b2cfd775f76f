"""The customer-facing pole display (客显): what its two lines say.

A pole display is a small vacuum-fluorescent screen facing the customer, usually 2 lines of 20
columns. Many show ASCII only; Chinese ones take GB18030 (or GBK) text, a hanzi two columns wide,
like receipt paper. Which one the counter has is in the settings (``[display] encoding``), and
the words follow it: English and bare amounts on an ASCII display (``TOTAL        123.45``),
Chinese and ``￥`` on a Chinese one (``合计         ￥123.45``). A product name the display cannot
show is spelled by ``transliterate`` (pinyin, supplied by the caller) or replaced by ``ITEM``.

The bytes for the display are ``receipts.pole_display``'s business; this module only lays out
text, exactly ``columns`` wide per line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pos.money import format_yuan
from pos.text_layout import clean, cut, pad, shorten, width

ENCODINGS = ("ascii", "gb18030", "gbk")
MIN_COLUMNS, MAX_COLUMNS = 8, 40
CURRENCY = "￥"  # full width, two columns: every Chinese display font has it

# the words on the display: ASCII ones, Chinese ones
_WORDS = {
    "total": ("TOTAL", "合计"),
    "paid": ("PAID", "实收"),
    "change": ("CHANGE", "找零"),
    "welcome": ("WELCOME", "欢迎光临"),
    "item": ("ITEM", "商品"),
}


@dataclass(frozen=True, slots=True)
class PoleScreen:
    """Two lines, each exactly ``columns`` columns (spaces included), ready to send."""

    top: str
    bottom: str


@dataclass(frozen=True, slots=True)
class PoleLayout:
    """How one display is laid out: its width and what text it can show."""

    columns: int = 20
    encoding: str = "ascii"
    transliterate: Callable[[str], str] | None = None  # a name the display cannot show, in ASCII

    @property
    def chinese(self) -> bool:
        return self.encoding != "ascii"

    def word(self, key: str) -> str:
        ascii_word, chinese_word = _WORDS[key]
        return chinese_word if self.chinese else ascii_word

    def can_show(self, text: str) -> bool:
        try:
            text.encode(self.encoding)
        except UnicodeEncodeError:
            return False
        return True

    def amount(self, fen: int) -> str:
        """``12345`` -> ``"123.45"`` on an ASCII display, ``"￥123.45"`` on a Chinese one."""
        text = format_yuan(fen)
        if not self.chinese:
            return text
        return f"-{CURRENCY}{text[1:]}" if text.startswith("-") else CURRENCY + text

    def showable(self, text: str) -> str:
        """``text`` with what the display cannot show left out (full-width forms made plain first)."""
        if not self.chinese:
            text = unicodedata.normalize("NFKC", text)
        return clean("".join(ch for ch in text if self.can_show(ch)))

    def name(self, text: str) -> str:
        """A product name as this display can show it: as it is, else spelled by ``transliterate``
        (pinyin), else what of it the display can show, else ``ITEM``."""
        text = clean(text)
        if self.can_show(text):
            return text
        if self.transliterate is not None:
            spelled = self.showable(self.transliterate(text))
            if spelled:
                return spelled
        return self.showable(text) or self.word("item")

    def fit(self, text: str, cols: int) -> str:
        """``text`` cut to ``cols`` columns: ended with "…" on a Chinese display, "." on an ASCII one."""
        if width(text) <= cols:
            return text
        if self.chinese:
            return shorten(text, cols)
        if cols < 2:
            return cut(text, cols)
        head = cut(text, cols - 1)
        if text[len(head)] != " " and " " in head:  # no half a syllable: "feng la bao." not "…bao x."
            head = head.rsplit(" ", 1)[0]
        return head.rstrip() + "."

    def line(self, label: str, amount_fen: int) -> str:
        """A label left and an amount right, exactly ``columns`` wide (the amount is never cut)."""
        amount = cut(self.amount(amount_fen), self.columns)
        room = self.columns - width(amount) - 1
        left = self.fit(label, room) if room > 0 else ""
        return left + " " * (self.columns - width(left) - width(amount)) + amount

    def centred(self, text: str) -> str:
        return pad(self.fit(text, self.columns), self.columns, "center")


def item_screen(layout: PoleLayout, *, name: str, amount_fen: int, total_fen: int) -> PoleScreen:
    """The item just rung up with its line amount, and the cart's total under it."""
    return PoleScreen(
        layout.line(layout.name(name), amount_fen), layout.line(layout.word("total"), total_fen)
    )


def total_screen(
    layout: PoleLayout, *, total_fen: int, paid_fen: int | None = None, change_fen: int | None = None
) -> PoleScreen:
    """The total due; once paid, what was paid and the change (the total again if no change)."""
    if paid_fen is None:
        return PoleScreen(layout.line(layout.word("total"), total_fen), " " * layout.columns)
    if change_fen:
        return PoleScreen(
            layout.line(layout.word("paid"), paid_fen), layout.line(layout.word("change"), change_fen)
        )
    return PoleScreen(
        layout.line(layout.word("total"), total_fen), layout.line(layout.word("paid"), paid_fen)
    )


def greeting_screen(layout: PoleLayout, *, shop_name: str) -> PoleScreen:
    """Between customers: the shop's name (when the display can show it) and a welcome."""
    name = clean(shop_name)
    top = name if layout.can_show(name) else ""
    if not top and layout.transliterate is not None and name:
        top = layout.showable(layout.transliterate(name))
    return PoleScreen(layout.centred(top), layout.centred(layout.word("welcome")))


def check_display_settings(*, encoding: str, columns: int, baudrate: int) -> list[tuple[str, str]]:
    """What is wrong with ``[display]`` settings, as (Chinese, English) messages; empty: fine."""
    problems = []
    if encoding not in ENCODINGS:
        words = " / ".join(ENCODINGS)
        problems.append(
            (
                f"[display] encoding 应为 {words}，不是 {encoding}",
                f"[display] encoding must be {words}, not {encoding}",
            )
        )
    if not MIN_COLUMNS <= columns <= MAX_COLUMNS:
        problems.append(
            (
                f"[display] columns 应在 {MIN_COLUMNS} 到 {MAX_COLUMNS} 之间",
                f"[display] columns must be between {MIN_COLUMNS} and {MAX_COLUMNS}",
            )
        )
    if baudrate <= 0:
        problems.append(("[display] baudrate 应为正数", "[display] baudrate must be positive"))
    return problems
