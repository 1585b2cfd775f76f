"""Settlement sums over the books, and closed settlements as they were closed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from db.engine import READ_ONLY
from db.models import (
    HostRow,
    PaymentRow,
    RecommenderRow,
    SaleLineRow,
    SaleRow,
    SettlementHostRow,
    SettlementRow,
    SettlementSnapshotRow,
)
from db.repositories.common import as_utc
from db.repositories.line_split import split_columns, split_of
from pos.ids import HostId, ProductId, RecommenderId
from pos.settlement import ClosedSettlement, LineSums, Period, Settlement
from pos.statement_lines import SoldLine
from pos.statement_snapshot import snapshot_document


class SqlSettlementRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def host_line_sums(self, start: datetime, end: datetime) -> dict[HostId, tuple[LineSums, LineSums]]:
        q = (
            select(
                SaleLineRow.host_id,
                SaleRow.kind,
                func.sum(SaleLineRow.net_fen),
                func.sum(SaleLineRow.coop_fen),
                func.sum(SaleLineRow.rec_fen),
                func.sum(SaleLineRow.host_fen),
                func.count(),
            )
            .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
            .where(SaleRow.at >= start, SaleRow.at < end)
            .group_by(SaleLineRow.host_id, SaleRow.kind)
        )
        out: dict[HostId, tuple[LineSums, LineSums]] = {}
        for host_id, kind, net, coop, rec, host, n in self.s.execute(q):
            sums = LineSums(int(net), int(coop), int(rec), int(host), int(n))
            sales, refunds = out.get(HostId(host_id), (LineSums(), LineSums()))
            out[HostId(host_id)] = (sums, refunds) if kind == "sale" else (sales, sums)
        return out

    def recommender_sums(self, start: datetime, end: datetime) -> dict[RecommenderId, tuple[int, int]]:
        q = (
            select(SaleLineRow.recommender_id, func.sum(SaleLineRow.rec_fen), func.count())
            .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
            .where(SaleRow.at >= start, SaleRow.at < end, SaleLineRow.recommender_id.isnot(None))
            .group_by(SaleLineRow.recommender_id)
        )
        return {RecommenderId(cast(int, r)): (int(fees), int(n)) for r, fees, n in self.s.execute(q)}

    def payments(self, start: datetime, end: datetime) -> dict[str, int]:
        q = (
            select(PaymentRow.method, func.sum(PaymentRow.amount_fen))
            .join(SaleRow, SaleRow.id == PaymentRow.sale_id)
            .where(SaleRow.at >= start, SaleRow.at < end)
            .group_by(PaymentRow.method)
        )
        return {m: int(a) for m, a in self.s.execute(q)}

    def opening_balances(self, before: date) -> dict[HostId, int]:
        latest = (
            select(SettlementHostRow.host_id, func.max(SettlementHostRow.end_day).label("end_day"))
            .where(SettlementHostRow.end_day < before)
            .group_by(SettlementHostRow.host_id)
            .subquery()
        )
        q = select(SettlementHostRow.host_id, SettlementHostRow.carried_forward_fen).join(
            latest,
            (latest.c.host_id == SettlementHostRow.host_id) & (latest.c.end_day == SettlementHostRow.end_day),
        )
        return {HostId(h): int(cf) for h, cf in self.s.execute(q)}

    def closed(self) -> Sequence[ClosedSettlement]:
        return [
            ClosedSettlement(
                number=r.number,
                period=Period(r.start_day, r.end_day),
                timezone=r.timezone,
                closed_at=as_utc(r.closed_at),
                closed_by=r.closed_by,
                document=json.loads(r.document),
            )
            for r in self.s.scalars(select(SettlementRow).order_by(SettlementRow.start_day))
        ]

    def _books_lock(self, *, exclusive: bool) -> None:
        # SQLite: every writer begins IMMEDIATE, so writers (a close included) already take turns.
        # PostgreSQL: one advisory lock per shop (per schema), held to the end of the transaction:
        # shared by the writers of dated records, exclusive for a close; taken before any row lock.
        # A read-only unit of work (a list, a report, an import's preparation) writes nothing
        # dated, so it takes nothing: a close never waits for a long read.
        conn = self.s.connection()
        if conn.dialect.name == "postgresql" and not conn.get_execution_options().get(READ_ONLY):
            fn = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
            self.s.execute(text(f"SELECT {fn}(hashtext(current_schema() || ' coop-pos books'))"))

    def lock_for_close(self) -> None:
        self._books_lock(exclusive=True)

    def closed_number_covering(self, day: date) -> str | None:
        self._books_lock(exclusive=False)
        return self.s.scalar(
            select(SettlementRow.number).where(SettlementRow.start_day <= day, SettlementRow.end_day >= day)
        )

    def save_closed(self, settlement: Settlement, closed: ClosedSettlement) -> None:
        row = SettlementRow(
            number=closed.number,
            start_day=closed.period.start,
            end_day=closed.period.end,
            timezone=closed.timezone,
            closed_at=as_utc(closed.closed_at),
            closed_by=closed.closed_by,
            document=json.dumps(closed.document, ensure_ascii=False, sort_keys=False),
        )
        self.s.add(row)
        self.s.flush()
        for h in settlement.hosts:
            self.s.add(
                SettlementHostRow(
                    settlement_id=row.id,
                    host_id=h.host_id,
                    end_day=closed.period.end,
                    net_sales_fen=h.net_sales_fen,
                    host_share_fen=h.host_share_fen,
                    charges_fen=h.charges_fen,
                    opening_balance_fen=h.opening_balance_fen,
                    payable_fen=h.payable_fen,
                    carried_forward_fen=h.carried_forward_fen,
                )
            )
        self.s.flush()
        self._save_snapshot(row.id, settlement)

    # ------------------------------------------------------------ statements

    def _save_snapshot(self, settlement_id: int, settlement: Settlement) -> None:
        """With the closed settlement, what its statements print that the books may change later."""
        host_ids = [h.host_id for h in settlement.hosts]
        rec_ids = [r.recommender_id for r in settlement.recommenders]
        q_hosts = select(HostRow.id, HostRow.contact).where(HostRow.id.in_(host_ids))
        hosts = {HostId(k): v for k, v in self.s.execute(q_hosts)}
        q_recs = select(RecommenderRow.id, RecommenderRow.contact).where(RecommenderRow.id.in_(rec_ids))
        recs = {RecommenderId(k): v for k, v in self.s.execute(q_recs)}
        doc = snapshot_document(
            settlement,
            host_contacts=hosts,
            recommender_contacts=recs,
        )
        self.s.add(
            SettlementSnapshotRow(settlement_id=settlement_id, document=json.dumps(doc, ensure_ascii=False))
        )
        self.s.flush()

    def statement_snapshot(self, number: str) -> dict[str, object] | None:
        text = self.s.scalar(
            select(SettlementSnapshotRow.document)
            .join(SettlementRow, SettlementRow.id == SettlementSnapshotRow.settlement_id)
            .where(SettlementRow.number == number)
        )
        return None if text is None else cast(dict[str, object], json.loads(text))

    def statement_lines(
        self,
        start: datetime,
        end: datetime,
        *,
        host_id: HostId | None = None,
        recommender_id: RecommenderId | None = None,
    ) -> list[SoldLine]:
        line, sale = SaleLineRow.__table__.c, SaleRow.__table__.c
        original = SaleRow.__table__.alias("original")
        q = (
            select(
                sale.at,
                sale.receipt_no,
                line.line_no,
                sale.kind,
                original.c.receipt_no.label("refund_of_receipt"),
                line.host_id,
                line.recommender_id,
                line.product_id,
                line.product_name,
                line.barcode,
                *split_columns(cast(Table, SaleLineRow.__table__)),
            )
            .select_from(SaleLineRow.__table__)
            .join(SaleRow.__table__, sale.id == line.sale_id)
            .outerjoin(original, original.c.id == sale.refund_of)
            .where(sale.at >= start, sale.at < end)
        )
        if host_id is not None:
            q = q.where(line.host_id == host_id)
        if recommender_id is not None:
            q = q.where(line.recommender_id == recommender_id)
        return [
            SoldLine(
                at=as_utc(r.at),
                receipt_no=r.receipt_no,
                line_no=r.line_no,
                kind="refund" if r.kind == "refund" else "sale",
                refund_of_receipt=r.refund_of_receipt or "",
                host_id=HostId(r.host_id),
                recommender_id=RecommenderId(r.recommender_id) if r.recommender_id is not None else None,
                product_id=ProductId(r.product_id),
                product_name=r.product_name,
                barcode=r.barcode,
                split=split_of(r),
            )
            for r in self.s.execute(q)
        ]
