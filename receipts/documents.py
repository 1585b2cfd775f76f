"""``Documents`` (pos.ports) as PDF bytes: label sheets and transparent price cards."""

from __future__ import annotations

from collections.abc import Sequence

from pos.documents import LabelItem, PriceCard
from receipts import labels, price_card


class PdfDocuments:
    """Printable documents drawn with reportlab in the shop's embedded CJK font."""

    def label_presets(self) -> Sequence[tuple[str, str, str]]:
        """``(key, 中文名, English name)`` of each label layout, the default (``a4-3x8``) first."""
        return [(p.key, p.zh, p.en) for p in labels.PRESETS]

    def labels_pdf(self, items: Sequence[LabelItem], *, preset: str) -> bytes:
        return labels.labels_pdf(items, preset_key=preset)

    def price_cards_pdf(self, cards: Sequence[PriceCard]) -> bytes:
        return price_card.price_cards_pdf(cards)
