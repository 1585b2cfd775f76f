"""The public cost breakdown (公开成本): where a product's price goes, at today's rates.

The co-op publishes, beside each price, the co-op's commission, the recommender's share and the
host's share, and within the host's share the costs the recommender or staff listed and the
maker's margin that remains (negative allowed: it is shown, not hidden).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pos.catalog import clean_name
from pos.errors import RuleError
from pos.money import check_amount, format_yuan, split_line

MAX_COMPONENTS = 12
COMMON_COMPONENTS = ("原料", "人工", "包装", "物流", "能源", "场地", "损耗")


@dataclass(frozen=True, slots=True)
class CostComponent:
    """One named cost inside a unit's price, e.g. 原料 ¥6.20."""

    name: str
    amount_fen: int


@dataclass(frozen=True, slots=True)
class PriceComposition:
    """How one unit's price splits today. ``price = coop + rec + host``; ``host = Σ costs + margin``."""

    price_fen: int
    coop_bp: int
    rec_bp: int
    coop_fen: int
    rec_fen: int
    host_fen: int
    components: tuple[CostComponent, ...]
    margin_fen: int

    @property
    def costs_fen(self) -> int:
        return sum(c.amount_fen for c in self.components)


def check_components(components: Sequence[CostComponent]) -> tuple[CostComponent, ...]:
    """Named, non-negative, at most 12, no name twice."""
    if len(components) > MAX_COMPONENTS:
        raise RuleError(f"成本项最多 {MAX_COMPONENTS} 项", f"at most {MAX_COMPONENTS} cost components")
    seen: set[str] = set()
    out = []
    for c in components:
        name = clean_name(c.name, field="成本项/cost component")
        if name in seen:
            raise RuleError(f"成本项 “{name}” 重复", f'cost component "{name}" is listed twice')
        if c.amount_fen < 0:
            raise RuleError(
                f"成本项 “{name}” 的金额 {format_yuan(c.amount_fen)} 不能为负数",
                f'cost component "{name}" cannot be negative ({format_yuan(c.amount_fen)})',
            )
        check_amount(c.amount_fen, field=f'成本项“{name}”/cost component "{name}"')
        seen.add(name)
        out.append(CostComponent(name, c.amount_fen))
    return tuple(out)


def compose_price(
    *, price_fen: int, coop_bp: int, rec_bp: int, components: Sequence[CostComponent] = ()
) -> PriceComposition:
    """One unit sold at full price today, split exactly as a sale line would be (docs/domain.md)."""
    split = split_line(qty=1, unit_price_fen=price_fen, coop_bp=coop_bp, rec_bp=rec_bp)
    parts = check_components(components)
    return PriceComposition(
        price_fen=price_fen,
        coop_bp=coop_bp,
        rec_bp=rec_bp,
        coop_fen=split.coop_fen,
        rec_fen=split.rec_fen,
        host_fen=split.host_fen,
        components=parts,
        margin_fen=split.host_fen - sum(c.amount_fen for c in parts),
    )
