"""A stock count's rows: the count, its products with what was expected, the scans, and the close.

Part of :class:`db.repositories.stock.SqlStockRepository` (the stock port is one repository); kept
apart because a count is an idea of its own beside the ledger and the stock list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import bindparam, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from db.models import (
    HostRow,
    ProductRow,
    ProductTagRow,
    StockCountItemRow,
    StockCountRow,
    StockCountScanRow,
    StockLevelRow,
)
from db.repositories.common import as_utc
from pos.ids import HostId, ProductId, TagId
from pos.stock import CountItem, CountLine, CountScope, CountState, ScopeKind, StockCount


class StockCountRows:
    """The count methods of the stock repository, over its session ``s``."""

    s: Session

    @staticmethod
    def _count(r: StockCountRow) -> StockCount:
        return StockCount(
            id=r.id,
            scope=CountScope(
                kind=cast(ScopeKind, r.scope_kind),
                host_id=HostId(r.host_id) if r.host_id is not None else None,
                tag_id=TagId(r.tag_id) if r.tag_id is not None else None,
            ),
            scope_label=r.scope_label,
            started_at=as_utc(r.started_at),
            started_by=r.started_by,
            start_mark=r.start_mark,
            uncounted_zero=r.uncounted_zero,
            state=cast(CountState, r.state),
            approved_at=as_utc(r.approved_at) if r.approved_at else None,
            approved_by=r.approved_by,
            note=r.note,
        )

    def open_count(self) -> StockCount | None:
        row = self.s.scalar(
            select(StockCountRow).where(StockCountRow.state == "open").order_by(StockCountRow.id).limit(1)
        )
        return self._count(row) if row else None

    def get_count(self, count_id: int) -> StockCount | None:
        row = self.s.get(StockCountRow, count_id)
        return self._count(row) if row else None

    def counts(self, *, limit: int = 50) -> Sequence[StockCount]:
        rows = self.s.scalars(select(StockCountRow).order_by(StockCountRow.id.desc()).limit(limit))
        return [self._count(r) for r in rows]

    def add_count(self, count: StockCount, *, snapshot: bool = True) -> StockCount:
        """Store a new count and, with ``snapshot``, every product in its scope with its on hand now
        (active goods, and inactive ones that still show stock)."""
        row = StockCountRow(
            scope_kind=count.scope.kind,
            host_id=count.scope.host_id,
            tag_id=count.scope.tag_id,
            scope_label=count.scope_label[:120],
            started_at=as_utc(count.started_at),
            started_by=count.started_by[:80],
            start_mark=count.start_mark,
            uncounted_zero=count.uncounted_zero,
            state="open",
            approved_by="",
            note=count.note[:200],
        )
        self.s.add(row)
        self.s.flush()
        if snapshot:
            on_hand = func.coalesce(StockLevelRow.on_hand, 0)
            q = (
                select(literal(row.id), ProductRow.id, on_hand)
                .select_from(ProductRow)
                .outerjoin(StockLevelRow, StockLevelRow.product_id == ProductRow.id)
                .where(or_(ProductRow.active.is_(True), on_hand != 0))
            )
            if count.scope.host_id is not None:
                q = q.where(ProductRow.host_id == count.scope.host_id)
            if count.scope.tag_id is not None:
                q = q.where(
                    ProductRow.id.in_(
                        select(ProductTagRow.product_id).where(ProductTagRow.tag_id == count.scope.tag_id)
                    )
                )
            self.s.execute(
                insert(StockCountItemRow).from_select(["count_id", "product_id", "expected_at_start"], q)
            )
        return self._count(row)

    def has_count_item(self, count_id: int, product_id: ProductId) -> bool:
        return self.s.get(StockCountItemRow, (count_id, product_id)) is not None

    def add_count_item(self, count_id: int, product_id: ProductId, expected_at_start: int) -> None:
        self.s.add(
            StockCountItemRow(count_id=count_id, product_id=product_id, expected_at_start=expected_at_start)
        )
        self.s.flush()

    def add_scan(
        self, count_id: int, product_id: ProductId, *, qty: int, at: datetime, user: str, mark: int
    ) -> None:
        self.s.execute(
            insert(StockCountScanRow),
            [
                {
                    "count_id": count_id,
                    "product_id": product_id,
                    "qty": qty,
                    "at": as_utc(at),
                    "user": user[:40],
                    "mark": mark,
                }
            ],
        )

    def count_items(
        self,
        count_id: int,
        *,
        product_id: ProductId | None = None,
        counted: bool | None = None,
        limit: int | None = None,
    ) -> Sequence[CountItem]:
        """The count's products (by barcode), with what was scanned; ``counted`` False: those not yet."""
        scans = (
            select(
                StockCountScanRow.product_id.label("pid"),
                func.sum(StockCountScanRow.qty).label("counted"),
                func.count().label("scans"),
                func.max(StockCountScanRow.mark).label("last_mark"),
            )
            .where(StockCountScanRow.count_id == count_id)
            .group_by(StockCountScanRow.product_id)
        )
        if product_id is not None:
            scans = scans.where(StockCountScanRow.product_id == product_id)
        sub = scans.subquery()
        q = (
            select(
                ProductRow.id,
                ProductRow.barcode,
                ProductRow.name,
                ProductRow.host_id,
                HostRow.code.label("host_code"),
                HostRow.name.label("host_name"),
                ProductRow.price_fen,
                ProductRow.coop_bp,
                ProductRow.rec_bp,
                StockCountItemRow.expected_at_start,
                StockCountItemRow.expected,
                StockCountItemRow.counted.label("approved_counted"),
                sub.c.counted,
                sub.c.scans,
                sub.c.last_mark,
            )
            .select_from(StockCountItemRow)
            .join(ProductRow, ProductRow.id == StockCountItemRow.product_id)
            .join(HostRow, HostRow.id == ProductRow.host_id)
            .outerjoin(sub, sub.c.pid == StockCountItemRow.product_id)
            .where(StockCountItemRow.count_id == count_id)
            .order_by(ProductRow.barcode)
        )
        if product_id is not None:
            q = q.where(StockCountItemRow.product_id == product_id)
        if counted is True:
            q = q.where(sub.c.scans.is_not(None))
        elif counted is False:
            q = q.where(sub.c.scans.is_(None))
        if limit:
            q = q.limit(limit)
        return [
            CountItem(
                product_id=ProductId(r.id),
                barcode=r.barcode,
                name=r.name,
                host_id=HostId(r.host_id),
                host_code=r.host_code,
                host_name=r.host_name,
                price_fen=r.price_fen,
                coop_bp=r.coop_bp,
                rec_bp=r.rec_bp,
                expected_at_start=r.expected_at_start,
                counted=int(r.counted or 0),
                scans=int(r.scans or 0),
                last_mark=int(r.last_mark) if r.last_mark is not None else None,
                approved_expected=r.expected,
                approved_counted=r.approved_counted,
            )
            for r in self.s.execute(q)
        ]

    def count_progress(self, count_id: int) -> tuple[int, int, int]:
        """(products in the count, products scanned, units scanned)."""
        items = self.s.scalar(
            select(func.count()).select_from(StockCountItemRow).where(StockCountItemRow.count_id == count_id)
        )
        scanned, units = self.s.execute(
            select(
                func.count(func.distinct(StockCountScanRow.product_id)),
                func.coalesce(func.sum(StockCountScanRow.qty), 0),
            ).where(StockCountScanRow.count_id == count_id)
        ).one()
        return int(items or 0), int(scanned or 0), int(units or 0)

    def finish_count(
        self, count: StockCount, lines: Sequence[CountLine], *, state: CountState, by: str, at: datetime
    ) -> None:
        """Close the count: keep each product's expected and counted quantities as approved."""
        assert count.id is not None
        if lines:
            stmt = (
                update(StockCountItemRow.__table__)  # type: ignore[arg-type]
                .where(
                    StockCountItemRow.__table__.c.count_id == count.id,
                    StockCountItemRow.__table__.c.product_id == bindparam("pid"),
                )
                .values(expected=bindparam("exp"), counted=bindparam("cnt"))
            )
            self.s.connection().execute(
                stmt, [{"pid": ln.product_id, "exp": ln.expected, "cnt": ln.counted} for ln in lines]
            )
        self.s.execute(
            update(StockCountRow)
            .where(StockCountRow.id == count.id)
            .values(state=state, approved_at=as_utc(at), approved_by=by[:80])
        )
