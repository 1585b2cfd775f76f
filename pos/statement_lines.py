"""A statement's lines: each stored sale or refund line of the period as the books hold it
(``SoldLine``), as a statement prints it (``StatementLine``), grouped per product with subtotals.

Every figure of a line is its split's (``pos.money.LineSplit``, as sold); a group's or a
statement's totals are plain sums of its lines. The statements themselves are ``pos.statements``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pos.clock import zone
from pos.ids import HostId, ProductId, RecommenderId
from pos.money import HoldsSplit, LineSplit


@dataclass(frozen=True, slots=True, kw_only=True)
class SoldLine(HoldsSplit):
    """One stored sale or refund line in the period, with its receipt: what the books say."""

    at: datetime  # UTC
    receipt_no: str
    line_no: int
    kind: Literal["sale", "refund"]
    refund_of_receipt: str  # "" for a sale
    host_id: HostId
    recommender_id: RecommenderId | None
    product_id: ProductId
    product_name: str
    barcode: str
    split: LineSplit


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementLine(HoldsSplit):
    """A line as a statement prints it: shop time, codes instead of ids; the split as sold."""

    at: datetime  # shop time (aware)
    receipt_no: str
    line_no: int
    refund: bool
    refund_of_receipt: str
    host_code: str
    recommender_code: str  # "" without a recommender
    product_id: ProductId
    product_name: str
    barcode: str
    split: LineSplit


@dataclass(frozen=True, slots=True, kw_only=True)
class LineTotals:
    """Σ over some lines: a product's subtotal, or a statement's total."""

    lines: int = 0
    qty: int = 0
    line_discount_fen: int = 0
    sale_discount_fen: int = 0
    sales_fen: int = 0  # Σ net of sale lines
    refunds_fen: int = 0  # Σ net of refund lines
    net_fen: int = 0
    coop_fen: int = 0
    rec_fen: int = 0
    host_fen: int = 0


def line_totals(lines: Iterable[StatementLine]) -> LineTotals:
    n = qty = ld = sd = sales = refunds = coop = rec = host = 0
    for ln in lines:
        sp = ln.split
        n += 1
        qty += sp.qty
        ld += sp.line_discount_fen
        sd += sp.sale_discount_fen
        if ln.refund:
            refunds += sp.net_fen
        else:
            sales += sp.net_fen
        coop += sp.coop_fen
        rec += sp.rec_fen
        host += sp.host_fen
    return LineTotals(
        lines=n,
        qty=qty,
        line_discount_fen=ld,
        sale_discount_fen=sd,
        sales_fen=sales,
        refunds_fen=refunds,
        net_fen=sales + refunds,
        coop_fen=coop,
        rec_fen=rec,
        host_fen=host,
    )


def combined(parts: Iterable[LineTotals]) -> LineTotals:
    """Σ of subtotals: the total of the lines they were made of."""
    fields = LineTotals.__dataclass_fields__
    acc = dict.fromkeys(fields, 0)
    for t in parts:
        for f in fields:
            acc[f] += getattr(t, f)
    return LineTotals(**acc)


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductGroup:
    """One product's lines in time order, and their subtotal."""

    product_id: ProductId
    name: str  # as sold on its latest line in the period
    barcode: str
    lines: tuple[StatementLine, ...]
    totals: LineTotals


def in_time_order(ln: StatementLine) -> tuple[datetime, str, int]:
    return ln.at, ln.receipt_no, ln.line_no


def group_by_product(lines: Iterable[StatementLine]) -> tuple[ProductGroup, ...]:
    """Lines per product (by name, then barcode), each in time order (then receipt, line number)."""
    by_product: dict[ProductId, list[StatementLine]] = {}
    for ln in sorted(lines, key=in_time_order):
        by_product.setdefault(ln.product_id, []).append(ln)
    groups = []
    for pid, items in by_product.items():
        last = items[-1]
        groups.append(
            ProductGroup(
                product_id=pid,
                name=last.product_name,
                barcode=last.barcode,
                lines=tuple(items),
                totals=line_totals(items),
            )
        )
    groups.sort(key=lambda g: (g.name, g.barcode, g.product_id))
    return tuple(groups)


def to_statement_lines(
    sold: Iterable[SoldLine],
    *,
    timezone: str,
    host_codes: Mapping[HostId, str],
    recommender_codes: Mapping[RecommenderId, str],
) -> list[StatementLine]:
    tz = zone(timezone)
    return [
        StatementLine(
            at=s.at.astimezone(tz),
            receipt_no=s.receipt_no,
            line_no=s.line_no,
            refund=s.kind == "refund",
            refund_of_receipt=s.refund_of_receipt,
            host_code=host_codes.get(s.host_id, "?"),
            recommender_code=recommender_codes.get(s.recommender_id, "?") if s.recommender_id else "",
            product_id=s.product_id,
            product_name=s.product_name,
            barcode=s.barcode,
            split=s.split,
        )
        for s in sold
    ]
