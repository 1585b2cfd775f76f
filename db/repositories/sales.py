"""Sales and refunds with their lines and payments; receipt numbers per counter and day."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, insert, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import (
    PaymentRow,
    ReceiptCounterRow,
    SaleLineRow,
    SaleRow,
)
from db.repositories.common import as_utc, insert_returning_ids
from db.repositories.line_split import split_of, split_values
from pos.ids import HostId, ProductId, RecommenderId, SaleId, SaleLineId
from pos.sale import Payment, PaymentMethod, Sale, SaleKind, SaleLine
from pos.sales_history import SalesQuery, SaleSummary

_SUMMARY_COLUMNS = (
    SaleRow.id,
    SaleRow.receipt_no,
    SaleRow.kind,
    SaleRow.at,
    SaleRow.counter_id,
    SaleRow.cashier,
    SaleRow.total_fen,
    SaleRow.refund_of,
)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_LINES_TABLE = cast(Table, SaleLineRow.__table__)
_PAYMENTS_TABLE = cast(Table, PaymentRow.__table__)
_ORIGINAL = SaleLineRow.__table__.alias("original")
_REFUNDED = SaleLineRow.__table__.alias("refunded")


class SqlSaleRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, sale: Sale) -> Sale:
        # Core statements, not ORM objects: a sale of 20 lines is 3 statements (the sale, its
        # lines with their ids back in order, its payments), where the unit of work sent one
        # INSERT per line.
        return self.add_many([sale])[0]

    def add_many(self, sales: Sequence[Sale]) -> list[Sale]:
        """Store many sales or refunds (an import's) in three statements: the sales, all their
        lines, all their payments; ids come back in the order given. None of them may point at
        another one of the same call (store the sales before the refunds of them)."""
        if not sales:
            return []
        sale_rows = [
            {
                "receipt_no": x.receipt_no, "kind": x.kind, "at": as_utc(x.at), "business_day": x.business_day,
                "counter_id": x.counter_id, "seq": x.seq, "cashier": x.cashier,
                "sale_discount_fen": x.sale_discount_fen, "total_fen": x.total_fen,
                "tendered_fen": x.tendered_fen, "change_fen": x.change_fen, "refund_of": x.refund_of,
                "source": x.source, "approver": x.approver, "idempotency_key": x.idempotency_key,
            }
            for x in sales
        ]  # fmt: skip
        sale_ids = insert_returning_ids(self.s, cast(Table, SaleRow.__table__), sale_rows)
        line_rows = [
            {
                "sale_id": sale_id, "line_no": ln.line_no, "product_id": ln.product_id, "host_id": ln.host_id,
                "recommender_id": ln.recommender_id, "product_name": ln.product_name, "barcode": ln.barcode,
                **split_values(ln.split), "refund_of_line": ln.refund_of_line_id, "damaged": ln.damaged,
            }
            for x, sale_id in zip(sales, sale_ids, strict=True)
            for ln in x.lines
        ]  # fmt: skip
        line_ids = insert_returning_ids(self.s, _LINES_TABLE, line_rows)
        payment_rows = [
            {"sale_id": sale_id, "method": p.method, "amount_fen": p.amount_fen}
            for x, sale_id in zip(sales, sale_ids, strict=True)
            for p in x.payments
        ]
        if payment_rows:
            self.s.execute(insert(_PAYMENTS_TABLE), payment_rows)
        stored, taken = [], iter(line_ids)
        for x, sale_id in zip(sales, sale_ids, strict=True):
            lines = tuple(dataclasses.replace(ln, id=SaleLineId(next(taken))) for ln in x.lines)
            stored.append(dataclasses.replace(x, id=SaleId(sale_id), lines=lines))
        return stored

    def _load(self, row: SaleRow) -> Sale:
        lines = self.s.scalars(
            select(SaleLineRow).where(SaleLineRow.sale_id == row.id).order_by(SaleLineRow.line_no)
        )
        pays = self.s.scalars(select(PaymentRow).where(PaymentRow.sale_id == row.id).order_by(PaymentRow.id))
        original = self.s.get(SaleRow, row.refund_of) if row.refund_of is not None else None
        return Sale(
            id=SaleId(row.id),
            receipt_no=row.receipt_no,
            kind=cast(SaleKind, row.kind),
            at=as_utc(row.at),
            business_day=row.business_day,
            counter_id=row.counter_id,
            seq=row.seq,
            cashier=row.cashier,
            lines=tuple(
                SaleLine(
                    id=SaleLineId(ln.id),
                    line_no=ln.line_no,
                    product_id=ProductId(ln.product_id),
                    host_id=HostId(ln.host_id),
                    recommender_id=RecommenderId(ln.recommender_id)
                    if ln.recommender_id is not None
                    else None,
                    product_name=ln.product_name,
                    barcode=ln.barcode,
                    split=split_of(ln),
                    refund_of_line_id=SaleLineId(ln.refund_of_line)
                    if ln.refund_of_line is not None
                    else None,
                    damaged=ln.damaged,
                )
                for ln in lines
            ),
            payments=tuple(Payment(cast(PaymentMethod, p.method), p.amount_fen) for p in pays),
            sale_discount_fen=row.sale_discount_fen,
            tendered_fen=row.tendered_fen,
            change_fen=row.change_fen,
            refund_of=SaleId(row.refund_of) if row.refund_of is not None else None,
            refund_of_receipt=original.receipt_no if original else None,
            source=row.source,
            approver=row.approver,
            idempotency_key=row.idempotency_key,
        )

    def by_receipt(self, receipt_no: str) -> Sale | None:
        row = self.s.scalar(select(SaleRow).where(SaleRow.receipt_no == receipt_no))
        return self._load(row) if row else None

    def refunded_units(self, sale_id: SaleId) -> dict[int, int]:
        original, refunded = _ORIGINAL, _REFUNDED
        q = (
            select(original.c.line_no, func.coalesce(func.sum(-refunded.c.qty), 0))
            .join(refunded, refunded.c.refund_of_line == original.c.id)
            .where(original.c.sale_id == sale_id)
            .group_by(original.c.line_no)
        )
        return {int(no): int(units) for no, units in self.s.execute(q)}

    def search(self, query: SalesQuery) -> Sequence[SaleSummary]:
        # Newest first down ix_sales_at (the time range, if any, bounds the walk), the other
        # filters checked on the way; then the page's lines, payments and originals by id.
        q = select(*_SUMMARY_COLUMNS)
        if query.receipt and query.receipt_exact:
            q = q.where(SaleRow.receipt_no == query.receipt)
        elif query.receipt:
            pattern = "%" + _escape_like(query.receipt) + "%"
            q = q.where(SaleRow.receipt_no.ilike(pattern, escape="\\"))
        if query.start is not None:
            q = q.where(SaleRow.at >= as_utc(query.start))
        if query.end is not None:
            q = q.where(SaleRow.at < as_utc(query.end))
        if query.min_total_fen is not None or query.max_total_fen is not None:
            lo = query.min_total_fen if query.min_total_fen is not None else 0
            hi = query.max_total_fen
            sales = SaleRow.total_fen >= lo if hi is None else SaleRow.total_fen.between(lo, hi)
            refunds = SaleRow.total_fen <= -lo if hi is None else SaleRow.total_fen.between(-hi, -lo)
            q = q.where(or_(sales, refunds))
        if query.kind is not None:
            q = q.where(SaleRow.kind == query.kind)
        if query.counter_id:
            q = q.where(SaleRow.counter_id == query.counter_id)
        q = q.order_by(SaleRow.at.desc(), SaleRow.id.desc()).limit(query.limit)
        return self._summaries(self.s.execute(q).all())

    def refunds_of(self, sale_id: SaleId) -> Sequence[SaleSummary]:
        q = select(*_SUMMARY_COLUMNS).where(SaleRow.refund_of == sale_id).order_by(SaleRow.at, SaleRow.id)
        return self._summaries(self.s.execute(q).all())

    def _summaries(self, rows: Sequence[Any]) -> list[SaleSummary]:  # rows of _SUMMARY_COLUMNS
        ids = [r.id for r in rows]
        if not ids:
            return []
        counts: dict[int, tuple[int, int]] = {
            sale_id: (int(n), int(units or 0))
            for sale_id, n, units in self.s.execute(
                select(SaleLineRow.sale_id, func.count(), func.sum(func.abs(SaleLineRow.qty)))
                .where(SaleLineRow.sale_id.in_(ids))
                .group_by(SaleLineRow.sale_id)
            )
        }
        payments: dict[int, list[Payment]] = {}
        for sale_id, method, amount in self.s.execute(
            select(PaymentRow.sale_id, PaymentRow.method, PaymentRow.amount_fen)
            .where(PaymentRow.sale_id.in_(ids))
            .order_by(PaymentRow.id)
        ):
            payments.setdefault(sale_id, []).append(Payment(cast(PaymentMethod, method), int(amount)))
        originals_ids = {r.refund_of for r in rows if r.refund_of is not None}
        originals: dict[int, str] = {}
        if originals_ids:
            originals = {
                int(i): str(no)
                for i, no in self.s.execute(
                    select(SaleRow.id, SaleRow.receipt_no).where(SaleRow.id.in_(originals_ids))
                )
            }
        return [
            SaleSummary(
                id=SaleId(r.id),
                receipt_no=r.receipt_no,
                kind=cast(SaleKind, r.kind),
                at=as_utc(r.at),
                counter_id=r.counter_id,
                cashier=r.cashier,
                line_count=counts.get(r.id, (0, 0))[0],
                units=counts.get(r.id, (0, 0))[1],
                total_fen=int(r.total_fen),
                payments=tuple(payments.get(r.id, ())),
                refund_of_receipt=originals.get(r.refund_of) if r.refund_of is not None else None,
            )
            for r in rows
        ]

    def next_seq(self, counter_id: str, business_day: date) -> int:
        # One statement, no race: the first sale of a counter's day inserts the row, every later
        # one bumps it, and the row stays locked (PostgreSQL) until the sale commits or rolls back,
        # so the number is gap-free and never taken twice. A rolled-back sale takes nothing.
        dialect = self.s.get_bind().dialect.name
        upsert = pg_insert if dialect == "postgresql" else sqlite_insert
        stmt = upsert(ReceiptCounterRow).values(counter_id=counter_id, business_day=business_day, last_seq=1)
        bumped = stmt.on_conflict_do_update(
            index_elements=[ReceiptCounterRow.counter_id, ReceiptCounterRow.business_day],
            set_={"last_seq": ReceiptCounterRow.last_seq + 1},
        ).returning(ReceiptCounterRow.last_seq)
        return int(self.s.execute(bumped).scalar_one())

    def lock(self, sale_id: SaleId) -> None:
        """Hold the sale's row until the transaction ends: refunds of one sale take turns."""
        self.s.execute(select(SaleRow.id).where(SaleRow.id == sale_id).with_for_update())

    def by_idempotency_key(self, key: str) -> Sale | None:
        row = self.s.scalar(select(SaleRow).where(SaleRow.idempotency_key == key))
        return self._load(row) if row else None
