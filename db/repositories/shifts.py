"""Shifts, their cash movements, and the sales and refunds a shift report sums."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import CashMovementRow, PaymentRow, SaleLineRow, SaleRow, ShiftRow
from db.repositories.common import as_utc
from pos.errors import RuleError
from pos.sale import PaymentMethod, SaleKind
from pos.shift_json import report_from_json, report_json
from pos.shifts import CashMovement, DenominationCount, MovementKind, Shift, ShiftId, TillSale


def _count_json(count: DenominationCount) -> str:
    return json.dumps(count.to_json(), sort_keys=True)


class SqlShiftRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: ShiftRow) -> Shift:
        return Shift(
            id=ShiftId(r.id),
            counter_id=r.counter_id,
            opened_at=as_utc(r.opened_at),
            opened_by=r.opened_by,
            opened_by_name=r.opened_by_name,
            float_count=DenominationCount.from_json(json.loads(r.float_count)),
            number=r.number,
            closed_at=as_utc(r.closed_at) if r.closed_at is not None else None,
            closed_by=r.closed_by,
            closed_by_name=r.closed_by_name,
            counted=DenominationCount.from_json(json.loads(r.counted)) if r.counted else None,
            expected_cash_fen=r.expected_cash_fen,
            over_short_fen=r.over_short_fen,
            report=report_from_json(r.report) if r.report else None,
        )

    def add(self, shift: Shift) -> Shift:
        row = ShiftRow(
            counter_id=shift.counter_id,
            opened_at=as_utc(shift.opened_at),
            opened_by=shift.opened_by[:40],
            opened_by_name=shift.opened_by_name[:80],
            float_fen=shift.float_count.total_fen,
            float_count=_count_json(shift.float_count),
            closed_by="",
            closed_by_name="",
        )
        self.s.add(row)
        try:
            self.s.flush()
        except IntegrityError as exc:  # another process opened one at this counter in the meantime
            if "unique" not in str(exc.orig).lower():
                raise
            raise RuleError(
                f"收银台 {shift.counter_id} 已经开班", f"counter {shift.counter_id} already has a shift open"
            ) from exc
        return self._rec(row)

    def open_shift(self, counter_id: str, *, for_update: bool = False) -> Shift | None:
        q = select(ShiftRow).where(ShiftRow.counter_id == counter_id, ShiftRow.closed_at.is_(None))
        row = self.s.scalar(q.with_for_update() if for_update else q)
        return self._rec(row) if row else None

    def close(self, shift: Shift) -> Shift:
        assert shift.report is not None and shift.counted is not None and shift.closed_at is not None
        row = self.s.get_one(ShiftRow, shift.id)
        row.number = shift.number
        row.closed_at = as_utc(shift.closed_at)
        row.closed_by = shift.closed_by[:40]
        row.closed_by_name = shift.closed_by_name[:80]
        row.counted_fen = shift.counted.total_fen
        row.counted = _count_json(shift.counted)
        row.expected_cash_fen = shift.expected_cash_fen
        row.over_short_fen = shift.over_short_fen
        row.report = report_json(shift.report)
        self.s.flush()
        return self._rec(row)

    def next_number(self, counter_id: str) -> int:
        last = self.s.scalar(select(func.max(ShiftRow.number)).where(ShiftRow.counter_id == counter_id))
        return int(last or 0) + 1

    def by_number(self, counter_id: str, number: int) -> Shift | None:
        row = self.s.scalar(
            select(ShiftRow).where(ShiftRow.counter_id == counter_id, ShiftRow.number == number)
        )
        return self._rec(row) if row else None

    def list(self, *, counter_id: str | None = None, limit: int = 50) -> Sequence[Shift]:
        q = select(ShiftRow).order_by(ShiftRow.opened_at.desc(), ShiftRow.id.desc()).limit(limit)
        if counter_id is not None:
            q = q.where(ShiftRow.counter_id == counter_id)
        return [self._rec(r) for r in self.s.scalars(q)]

    @staticmethod
    def _movement(r: CashMovementRow) -> CashMovement:
        return CashMovement(
            id=r.id,
            shift_id=ShiftId(r.shift_id),
            kind=cast(MovementKind, r.kind),
            amount_fen=r.amount_fen,
            reason=r.reason,
            at=as_utc(r.at),
            by=r.by,
            by_name=r.by_name,
        )

    def add_movement(self, movement: CashMovement) -> CashMovement:
        row = CashMovementRow(
            shift_id=movement.shift_id,
            kind=movement.kind,
            amount_fen=movement.amount_fen,
            reason=movement.reason,
            at=as_utc(movement.at),
            by=movement.by[:40],
            by_name=movement.by_name[:80],
        )
        self.s.add(row)
        self.s.flush()
        return self._movement(row)

    def movements(self, shift_id: ShiftId) -> Sequence[CashMovement]:
        q = (
            select(CashMovementRow)
            .where(CashMovementRow.shift_id == shift_id)
            .order_by(CashMovementRow.at, CashMovementRow.id)
        )
        return [self._movement(r) for r in self.s.scalars(q)]

    def till_sales(self, counter_id: str, start: datetime, end: datetime) -> Sequence[TillSale]:
        # Three queries whatever the number of sales: the sales, their payments, their discounts.
        window = (SaleRow.counter_id == counter_id, SaleRow.at >= as_utc(start), SaleRow.at < as_utc(end))
        sales = self.s.execute(
            select(SaleRow.id, SaleRow.receipt_no, SaleRow.kind, SaleRow.at, SaleRow.sale_discount_fen)
            .where(*window)
            .order_by(SaleRow.at, SaleRow.id)
        ).all()
        payments: dict[int, list[tuple[PaymentMethod, int]]] = {}
        for sale_id, method, amount in self.s.execute(
            select(PaymentRow.sale_id, PaymentRow.method, PaymentRow.amount_fen)
            .join(SaleRow, SaleRow.id == PaymentRow.sale_id)
            .where(*window)
            .order_by(PaymentRow.id)
        ):
            payments.setdefault(sale_id, []).append((cast(PaymentMethod, method), int(amount)))
        discounts: dict[int, int] = {}
        for sale_id, discount in self.s.execute(
            select(SaleLineRow.sale_id, SaleLineRow.line_discount_fen)
            .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
            .where(*window, SaleLineRow.line_discount_fen != 0)
        ):
            discounts[sale_id] = discounts.get(sale_id, 0) + int(discount)
        return [
            TillSale(
                receipt_no=receipt_no,
                kind=cast(SaleKind, kind),
                at=as_utc(at),
                payments=tuple(payments.get(sale_id, ())),
                line_discounts_fen=discounts.get(sale_id, 0),
                sale_discount_fen=int(sale_discount),
            )
            for sale_id, receipt_no, kind, at, sale_discount in sales
        ]
