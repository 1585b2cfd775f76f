"""Charges hosts owe the co-op."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from db.models import (
    ChargeRow,
)
from pos.charges import Charge, ChargeKind
from pos.ids import HostId


class SqlChargeRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: ChargeRow) -> Charge:
        return Charge(
            id=r.id,
            host_id=HostId(r.host_id),
            day=r.day,
            amount_fen=r.amount_fen,
            kind=cast(ChargeKind, r.kind),
            note=r.note,
        )

    def add(self, charge: Charge) -> Charge:
        row = ChargeRow(
            host_id=charge.host_id,
            day=charge.day,
            amount_fen=charge.amount_fen,
            kind=charge.kind,
            note=charge.note,
            created_at=datetime.now(UTC),
        )
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def add_many(self, charges: Sequence[Charge]) -> Sequence[int]:
        """Many charges in as few INSERTs as the driver allows (an import; their ``id`` ignored);
        their ids, in order."""
        if not charges:
            return []
        table = cast(Table, ChargeRow.__table__)
        now = datetime.now(UTC)
        rows = [
            {"host_id": c.host_id, "day": c.day, "amount_fen": c.amount_fen, "kind": c.kind, "note": c.note,
             "created_at": now}
            for c in charges
        ]  # fmt: skip
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(i) for i in self.s.execute(stmt, rows).scalars()]

    def list(
        self, *, host_id: HostId | None = None, start: date | None = None, end: date | None = None
    ) -> Sequence[Charge]:
        q = select(ChargeRow).order_by(ChargeRow.day, ChargeRow.id)
        if host_id is not None:
            q = q.where(ChargeRow.host_id == host_id)
        if start is not None:
            q = q.where(ChargeRow.day >= start)
        if end is not None:
            q = q.where(ChargeRow.day <= end)
        return [self._rec(r) for r in self.s.scalars(q)]
