"""A sale's receipt for printing: rendered once, the first time it is printed, then kept.

At the counter the receipt is rendered as the sale completes; a sale imported or never printed
is rendered the first time someone prints it. Either way the ops are stored with the sale, and
every later print is that stored copy marked 重印, never re-rendered from today's names or prices,
and never kicking the drawer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos.clock import zone
from pos.errors import NotFound
from pos.ids import HostId
from pos.ports import UnitOfWork
from pos.print_ops import PrintDoc, reprint
from pos.receipt import ReceiptSettings, StoredReceipt, render_sale_receipt
from pos.sale import SaleKind
from pos.users import Permission, require


@dataclass(frozen=True, slots=True)
class ReceiptCopy:
    """What to print for a receipt number now, and whether it is the first print."""

    receipt_no: str
    kind: SaleKind
    doc: PrintDoc  # a reprint is already marked 重印 and has no drawer kick
    first: bool
    stored: PrintDoc  # the receipt as first rendered, unmarked (for an e-receipt)


def receipt_copy(
    uow: UnitOfWork,
    *,
    receipt_no: str,
    settings: ReceiptSettings,
    now: datetime,
    at_counter: bool = False,
) -> ReceiptCopy:
    """The receipt of ``receipt_no`` to print now: rendered and stored if it never was (kicking
    the drawer only ``at_counter`` for cash), else the stored copy marked 重印 (with ``now``)."""
    require(uow.actor, Permission.SELL)
    with uow:
        sale = uow.sales.by_receipt(receipt_no.strip())
        if sale is None or sale.id is None:
            raise NotFound(
                f"没有单号为 {receipt_no} 的销售或退货", f"there is no sale or refund {receipt_no}"
            )
        stored = uow.receipts.get(sale.id)
        if stored is None:
            hosts: dict[HostId, str] = {}
            for line in sale.lines:
                if line.host_id not in hosts:
                    host = uow.hosts.get(line.host_id)
                    hosts[line.host_id] = f"{host.code} {host.name}" if host is not None else ""
            doc = render_sale_receipt(sale, hosts=hosts, settings=settings, at_counter=at_counter)
            kept = uow.receipts.add(StoredReceipt(sale_id=sale.id, doc=doc, rendered_at=now))
            uow.commit()
            if kept.doc == doc:
                return ReceiptCopy(sale.receipt_no, sale.kind, doc, first=True, stored=doc)
            stored = kept  # another counter printed it first: this is a reprint of theirs
    when = now.astimezone(zone(settings.timezone)).strftime("%Y-%m-%d %H:%M")
    marked = reprint(stored.doc, note=f"重印时间 {when}")
    return ReceiptCopy(sale.receipt_no, sale.kind, marked, first=False, stored=stored.doc)
