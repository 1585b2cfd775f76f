"""Intake (入库单) and return-to-host (退货单) slips: one host's goods in or out, signed by both sides."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal


@dataclass(frozen=True, slots=True, kw_only=True)
class SlipLine:
    barcode: str
    name: str
    qty: int
    price_fen: int

    @property
    def value_fen(self) -> int:
        return self.qty * self.price_fen


@dataclass(frozen=True, slots=True, kw_only=True)
class StockSlip:
    """An intake (入库单) or a return to the host (退货单): one host, signed by both sides."""

    kind: Literal["intake", "return_to_host"]
    number: str
    at: datetime
    host_code: str
    host_name: str
    user: str
    reason: str
    lines: tuple[SlipLine, ...]

    @property
    def units(self) -> int:
        return sum(ln.qty for ln in self.lines)

    @property
    def value_fen(self) -> int:
        return sum(ln.value_fen for ln in self.lines)


def slip_number(kind: str, seq: int) -> str:
    return f"{'RK' if kind == 'intake' else 'TH'}{seq:06d}"


def merge_lines(lines: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """The same barcode twice on one slip is one line with the units added, first-seen order."""
    out: dict[str, int] = {}
    for code, qty in lines:
        out[code] = out.get(code, 0) + qty
    return list(out.items())
