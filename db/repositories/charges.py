"""Charges hosts owe the co-op."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import select
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
