"""The append-only stock ledger, and named sequences."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from db.models import (
    SequenceRow,
    StockMovementRow,
)
from db.repositories.common import as_utc
from pos.ids import ProductId
from pos.sale import StockMovement


class SqlStockRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, movements: Sequence[StockMovement]) -> None:
        if movements:
            self.s.execute(
                insert(StockMovementRow),
                [
                    {
                        "product_id": m.product_id,
                        "kind": m.kind,
                        "qty": m.qty,
                        "at": as_utc(m.at),
                        "user": m.user,
                        "reason": m.reason,
                        "sale_id": m.sale_id,
                    }
                    for m in movements
                ],
            )

    def on_hand(self, product_id: ProductId) -> int:
        total = self.s.scalar(
            select(func.coalesce(func.sum(StockMovementRow.qty), 0)).where(
                StockMovementRow.product_id == product_id
            )
        )
        return int(total or 0)


class SqlSequenceRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def next_value(self, name: str) -> int:
        value = self.s.execute(
            update(SequenceRow)
            .where(SequenceRow.name == name)
            .values(value=SequenceRow.value + 1)
            .returning(SequenceRow.value)
        ).scalar()
        if value is not None:
            return int(value)
        self.s.add(SequenceRow(name=name, value=1))
        self.s.flush()
        return 1
