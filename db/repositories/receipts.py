"""Receipts as first rendered: the print ops JSON kept with each sale, never changed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import ReceiptRow
from db.repositories.common import as_utc
from pos.ids import SaleId
from pos.print_ops import from_json, to_json
from pos.receipt import StoredReceipt


class SqlReceiptRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, sale_id: SaleId) -> StoredReceipt | None:
        row = self.s.scalars(select(ReceiptRow).where(ReceiptRow.sale_id == sale_id)).one_or_none()
        if row is None:
            return None
        return StoredReceipt(
            sale_id=SaleId(row.sale_id), doc=from_json(row.ops), rendered_at=as_utc(row.rendered_at)
        )

    def add(self, receipt: StoredReceipt) -> StoredReceipt:
        row = ReceiptRow(
            sale_id=receipt.sale_id,
            paper_mm=receipt.paper_mm,
            ops=to_json(receipt.doc),
            rendered_at=as_utc(receipt.rendered_at),
        )
        try:
            with self.s.begin_nested():  # a savepoint: losing the race keeps the transaction
                self.s.add(row)
                self.s.flush()
        except IntegrityError:
            kept = self.get(receipt.sale_id)
            if kept is None:
                raise
            return kept
        return receipt
