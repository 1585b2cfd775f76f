"""Search keys for goods: name, pinyin initials and full pinyin, so `sgz` finds 手工皂."""

from __future__ import annotations

import unicodedata


def search_key(name: str, barcode: str = "") -> str:
    """``"手工皂"`` -> ``"手工皂 sgz shougongzao 6968344978697"`` (lower case, NFKC)."""
    from pypinyin import Style, lazy_pinyin  # here: its dictionaries take ~0.4 s to load, not at app start

    text = unicodedata.normalize("NFKC", name).lower()
    initials = "".join(
        p.strip()[:1] if not p.isascii() else p.strip() for p in lazy_pinyin(text, style=Style.FIRST_LETTER)
    )
    full = "".join(p.strip() for p in lazy_pinyin(text))
    compact = "".join(text.split())
    return " ".join(part for part in (compact, initials, full, barcode) if part)[:400]
