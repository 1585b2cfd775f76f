"""Looking back at the counter: the recent sales list, and what of a sale is left to refund."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from pos.clock import to_utc
from pos.errors import NotFound, RuleError
from pos.ports import UnitOfWork
from pos.sale import Sale
from pos.sales_history import (
    MAX_RESULTS,
    RefundableLine,
    RefundableSale,
    SalesQuery,
    SaleSummary,
    clean_receipt_no,
)
from pos.users import Actor, Permission, require


def _require_history(actor: Actor) -> None:
    """Whole receipts (every host's lines, the payments) are for the counter and the office.

    A host sees its own sales in its statements, never other hosts' lines on a shared receipt;
    staff who only keep the shelves have no business with receipts.
    """
    if actor.role == "host":
        raise RuleError(
            "主理人不能查看整张收银单，请在结算单中查看自己的销售",
            "a host cannot see whole receipts; its own sales are in its statements",
        )
    if not any(actor.may(p) for p in (Permission.SELL, Permission.REFUND, Permission.SETTLE)):
        require(actor, Permission.SELL)  # refuses, in words


def recent_sales(uow: UnitOfWork, *, query: SalesQuery, timezone: str) -> list[SaleSummary]:
    """Sales and refunds matching ``query``, newest first, at most ``query.limit``.

    A whole receipt number (``C1-20261123-0007``, as scanned from a receipt) finds that receipt
    whatever the time range; naive times in the query are shop time.
    """
    _require_history(uow.actor)
    limit = max(1, min(query.limit, MAX_RESULTS))
    q = dataclasses.replace(
        query,
        receipt=query.receipt.strip(),
        start=to_utc(query.start, timezone) if query.start is not None else None,
        end=to_utc(query.end, timezone) if query.end is not None else None,
        limit=limit,
    )
    if q.receipt_exact:
        q = dataclasses.replace(q, start=None, end=None)
    with uow:
        return list(uow.sales.search(q))


def refundable(uow: UnitOfWork, receipt_no: str) -> RefundableSale:
    """The sale ``receipt_no`` with, per line, the units sold, already refunded and left, its
    payments and the refunds made so far. A refund's own number or an unknown one is refused."""
    require(uow.actor, Permission.REFUND)
    number = clean_receipt_no(receipt_no)
    if not number:
        raise RuleError("请输入或扫描原收银单号", "enter or scan the original receipt number")
    with uow:
        sale = uow.sales.by_receipt(number)
        if sale is None and number != receipt_no.strip():
            sale = uow.sales.by_receipt(receipt_no.strip())
        if sale is None or sale.id is None:
            raise NotFound(f"没有单号为 {number} 的销售", f"there is no sale with receipt number {number}")
        if sale.kind != "sale":
            original = f"（原单 {sale.refund_of_receipt}）" if sale.refund_of_receipt else ""
            original_en = f" (of {sale.refund_of_receipt})" if sale.refund_of_receipt else ""
            raise RuleError(
                f"{sale.receipt_no} 是退货单{original}，请扫描原销售单号",
                f"{sale.receipt_no} is a refund{original_en}; scan the original sale's receipt",
            )
        done = uow.sales.refunded_units(sale.id)
        refunds: Sequence[SaleSummary] = uow.sales.refunds_of(sale.id)
    return RefundableSale(
        sale=sale,
        lines=tuple(RefundableLine(line=ln, refunded=done.get(ln.line_no, 0)) for ln in sale.lines),
        refunds=tuple(refunds),
    )


def sale_details(uow: UnitOfWork, receipt_no: str) -> Sale:
    """One sale or refund with its lines and payments, for the recent sales list."""
    _require_history(uow.actor)
    number = clean_receipt_no(receipt_no)
    with uow:
        sale = uow.sales.by_receipt(number) or uow.sales.by_receipt(receipt_no.strip())
    if sale is None:
        raise NotFound(f"没有单号为 {number} 的销售或退货", f"there is no sale or refund {number}")
    return sale
