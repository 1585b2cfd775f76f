"""The append-only stock ledger, stock levels, stock counts, and named sequences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import and_, bindparam, case, func, insert, literal, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import (
    HostRow,
    ProductRow,
    ProductTagRow,
    SequenceRow,
    StockCountItemRow,
    StockCountRow,
    StockCountScanRow,
    StockLevelRow,
    StockMovementRow,
)
from db.repositories.common import as_utc
from pos.ids import HostId, ProductId, TagId
from pos.sale import StockMovement
from pos.stock import (
    CountItem,
    CountLine,
    CountScope,
    CountState,
    HostStock,
    LossBearer,
    Moved,
    ScopeKind,
    StockCount,
    StockFilter,
    StockLevel,
)


class SqlStockRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, movements: Sequence[StockMovement]) -> None:
        if movements:
            # In product order: the trigger locks each product's stock level as it goes, so two
            # sales of the same goods lock them in one order and can never deadlock.
            movements = sorted(movements, key=lambda m: m.product_id)
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

    def last_mark(self) -> int:
        return int(self.s.scalar(select(func.coalesce(func.max(StockMovementRow.id), 0))) or 0)

    def lock_levels(self, product_ids: Sequence[ProductId]) -> None:
        if product_ids:  # SQLite: the writer already holds the database
            self.s.execute(
                select(StockLevelRow.product_id)
                .where(StockLevelRow.product_id.in_(sorted(set(product_ids))))
                .order_by(StockLevelRow.product_id)
                .with_for_update()
            )

    def lock_ledger(self) -> None:
        if self.s.get_bind().dialect.name == "postgresql":
            # no sale may slip in between taking the mark and the expected quantities
            self.s.execute(text("LOCK TABLE stock_movements IN SHARE MODE"))

    # ------------------------------------------------------------ levels

    @staticmethod
    def _filtered(q: Any, query: StockFilter, *, joined: bool) -> Any:
        """``q`` over products (and, if ``joined``, their stock_levels row) narrowed by ``query``."""
        text_ = " ".join(query.text.lower().split())
        for word in text_.split(" ") if text_ else ():
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            q = q.where(ProductRow.search_key.like(pattern, escape="\\"))
        if query.host_id is not None:
            q = q.where(ProductRow.host_id == query.host_id)
        if query.active is not None:
            q = q.where(ProductRow.active == query.active)
        if query.flag == "negative":  # few: found from the levels, not by walking every product
            q = q.where(ProductRow.id.in_(select(StockLevelRow.product_id).where(StockLevelRow.on_hand < 0)))
        elif query.flag:
            if not joined:
                q = q.outerjoin(StockLevelRow, StockLevelRow.product_id == ProductRow.id)
            on_hand = func.coalesce(StockLevelRow.on_hand, 0)
            if query.flag == "low":
                q = q.where(ProductRow.low_stock > 0, on_hand >= 0, on_hand <= ProductRow.low_stock)
            elif query.flag == "in_stock":
                q = q.where(on_hand > 0)
            elif query.flag == "out":
                q = q.where(on_hand <= 0)
        return q

    def levels(self, query: StockFilter) -> Sequence[StockLevel]:
        q = (
            select(
                ProductRow.id,
                ProductRow.barcode,
                ProductRow.name,
                ProductRow.host_id,
                HostRow.code.label("host_code"),
                HostRow.name.label("host_name"),
                ProductRow.price_fen,
                func.coalesce(StockLevelRow.on_hand, 0).label("on_hand"),
                ProductRow.low_stock,
                StockLevelRow.last_intake_at,
                ProductRow.active,
            )
            .join(HostRow, HostRow.id == ProductRow.host_id)
            .outerjoin(StockLevelRow, StockLevelRow.product_id == ProductRow.id)
        )
        q = self._filtered(q, query, joined=True).order_by(ProductRow.barcode).offset(query.offset)
        if query.limit:
            q = q.limit(query.limit)
        return [
            StockLevel(
                product_id=ProductId(r.id),
                barcode=r.barcode,
                name=r.name,
                host_id=HostId(r.host_id),
                host_code=r.host_code,
                host_name=r.host_name,
                price_fen=r.price_fen,
                on_hand=int(r.on_hand),
                threshold=r.low_stock,
                last_intake_at=as_utc(r.last_intake_at) if r.last_intake_at else None,
                active=r.active,
            )
            for r in self.s.execute(q)
        ]

    def on_hand_list(self, *, host_id: HostId | None = None) -> Sequence[tuple[str, str, str, int]]:
        """(barcode, name, host code, on hand) of every product, by barcode: ``coop-pos stock --json``."""
        q = (
            select(ProductRow.barcode, ProductRow.name, HostRow.code, func.coalesce(StockLevelRow.on_hand, 0))
            .join(HostRow, HostRow.id == ProductRow.host_id)
            .outerjoin(StockLevelRow, StockLevelRow.product_id == ProductRow.id)
            .order_by(ProductRow.barcode)
        )
        if host_id is not None:
            q = q.where(ProductRow.host_id == host_id)
        return [(b, n, h, int(q_)) for b, n, h, q_ in self.s.execute(q)]

    def count_levels(self, query: StockFilter) -> int:
        q = self._filtered(select(func.count()).select_from(ProductRow), query, joined=False)
        return int(self.s.scalar(q) or 0)

    def host_totals(self, *, host_id: HostId | None = None) -> Sequence[HostStock]:
        """Three narrow queries rather than one join of every host, product and level: goods per
        host (an index), units and value from the levels that are not zero, low goods (few)."""
        goods_q = select(ProductRow.host_id, func.count()).group_by(ProductRow.host_id)
        stock_q = (
            select(
                ProductRow.host_id,
                func.sum(case((StockLevelRow.on_hand > 0, StockLevelRow.on_hand), else_=0)),
                func.sum(
                    case((StockLevelRow.on_hand > 0, StockLevelRow.on_hand * ProductRow.price_fen), else_=0)
                ),
                func.sum(case((StockLevelRow.on_hand < 0, 1), else_=0)),
            )
            .join(ProductRow, ProductRow.id == StockLevelRow.product_id)
            .where(StockLevelRow.on_hand != 0)
            .group_by(ProductRow.host_id)
        )
        on_hand = func.coalesce(StockLevelRow.on_hand, 0)
        low_q = (
            select(ProductRow.host_id, func.count())
            .outerjoin(StockLevelRow, StockLevelRow.product_id == ProductRow.id)
            .where(ProductRow.low_stock > 0, on_hand >= 0, on_hand <= ProductRow.low_stock)
            .group_by(ProductRow.host_id)
        )
        hosts_q = select(HostRow.id, HostRow.code, HostRow.name, HostRow.loss_bearer).order_by(HostRow.code)
        if host_id is not None:
            goods_q = goods_q.where(ProductRow.host_id == host_id)
            stock_q = stock_q.where(ProductRow.host_id == host_id)
            low_q = low_q.where(ProductRow.host_id == host_id)
            hosts_q = hosts_q.where(HostRow.id == host_id)
        goods = {h: int(n) for h, n in self.s.execute(goods_q)}
        stock = {h: (int(u or 0), int(v or 0), int(n or 0)) for h, u, v, n in self.s.execute(stock_q)}
        low = {h: int(n) for h, n in self.s.execute(low_q)}
        out = []
        for r in self.s.execute(hosts_q):
            units, value, negative = stock.get(r.id, (0, 0, 0))
            out.append(
                HostStock(
                    host_id=HostId(r.id),
                    host_code=r.code,
                    host_name=r.name,
                    products=goods.get(r.id, 0),
                    units=units,
                    value_fen=value,
                    negative=negative,
                    low=low.get(r.id, 0),
                    loss_bearer=cast(LossBearer, r.loss_bearer),
                )
            )
        return out

    def set_low_stock(self, product_id: ProductId, threshold: int) -> None:
        self.s.execute(update(ProductRow).where(ProductRow.id == product_id).values(low_stock=threshold))

    def loss_bearers(self) -> dict[HostId, LossBearer]:
        return {
            HostId(i): cast(LossBearer, b) for i, b in self.s.execute(select(HostRow.id, HostRow.loss_bearer))
        }

    def set_loss_bearer(self, host_id: HostId, bearer: LossBearer) -> None:
        self.s.execute(update(HostRow).where(HostRow.id == host_id).values(loss_bearer=bearer))

    def moved_since(
        self, mark: int, *, count_id: int | None = None, product_id: ProductId | None = None
    ) -> Sequence[Moved]:
        q = select(
            StockMovementRow.id, StockMovementRow.product_id, StockMovementRow.qty, StockMovementRow.kind
        ).where(StockMovementRow.id > mark)
        if product_id is not None:
            q = q.where(StockMovementRow.product_id == product_id)
        if count_id is not None:
            q = q.join(
                StockCountItemRow,
                and_(
                    StockCountItemRow.product_id == StockMovementRow.product_id,
                    StockCountItemRow.count_id == count_id,
                ),
            )
        return [Moved(r.id, ProductId(r.product_id), r.qty, r.kind) for r in self.s.execute(q.order_by("id"))]

    # ------------------------------------------------------------ counts

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

    def on_hand_at(self, product_id: ProductId, mark: int) -> int:
        total = self.s.scalar(
            select(func.coalesce(func.sum(StockMovementRow.qty), 0)).where(
                StockMovementRow.product_id == product_id, StockMovementRow.id <= mark
            )
        )
        return int(total or 0)

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


class SqlSequenceRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def next_value(self, name: str) -> int:
        return self.advance(name, 1)

    def current(self, name: str) -> int:
        """The last value taken (0: none yet); takes nothing."""
        return int(self.s.scalar(select(SequenceRow.value).where(SequenceRow.name == name)) or 0)

    def advance(self, name: str, count: int) -> int:
        """Take ``count`` values in one statement (an import's in-store codes); the last one taken.

        One upsert, so two writers taking a sequence's first value at once never collide; the
        row stays locked (PostgreSQL) until the transaction ends, and a rollback takes nothing."""
        upsert = pg_insert if self.s.get_bind().dialect.name == "postgresql" else sqlite_insert
        stmt = upsert(SequenceRow).values(name=name, value=count)
        bumped = stmt.on_conflict_do_update(
            index_elements=[SequenceRow.name], set_={"value": SequenceRow.value + count}
        ).returning(SequenceRow.value)
        return int(self.s.execute(bumped).scalar_one())
