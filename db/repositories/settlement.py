"""Settlement sums over the books, and closed settlements as they were closed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    PaymentRow,
    SaleLineRow,
    SaleRow,
    SettlementHostRow,
    SettlementRow,
)
from db.repositories.common import as_utc
from pos.ids import HostId, RecommenderId
from pos.settlement import ClosedSettlement, LineSums, Period, Settlement


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

    def closed_number_covering(self, day: date) -> str | None:
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
