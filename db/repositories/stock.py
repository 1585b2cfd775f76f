"""The append-only stock ledger, the stock list and its per-host totals, and named sequences.

A stock count's rows are in :mod:`db.repositories.stock_counts` (part of the same repository).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, case, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import (
    HostRow,
    ProductRow,
    SequenceRow,
    StockCountItemRow,
    StockLevelRow,
    StockMovementRow,
)
from db.repositories.common import as_utc, where_every_word
from db.repositories.stock_counts import StockCountRows
from pos.ids import HostId, ProductId
from pos.sale import StockMovement
from pos.stock import (
    EMPTY,
    NEVER_LOW,
    HostStock,
    LossBearer,
    Moved,
    StockFilter,
    StockFlag,
    StockLevel,
)

# A product never moved has no stock_levels row: nothing on hand.
ON_HAND = func.coalesce(StockLevelRow.on_hand, 0)


@dataclass(frozen=True, slots=True)
class StockRuleSql:
    """pos.stock's rule for the stock list (``is_negative``, ``is_low``, ``is_in_stock``,
    ``units_on_shelf``, ``value_at_price``) as SQL over one on-hand expression and the product's
    threshold and price; the list's filters and the per-host totals both take it from here."""

    negative: ColumnElement[bool]
    low: ColumnElement[bool]
    in_stock: ColumnElement[bool]
    out: ColumnElement[bool]
    units: ColumnElement[Any]
    value_fen: ColumnElement[Any]

    def flag(self, flag: StockFlag) -> ColumnElement[bool]:
        """The products the stock list filtered by ``flag`` (not "") shows."""
        return {"negative": self.negative, "low": self.low, "in_stock": self.in_stock, "out": self.out}[flag]


def stock_rule_sql(on_hand: ColumnElement[Any] | InstrumentedAttribute[int]) -> StockRuleSql:
    """The stock rule over ``on_hand`` (``StockLevelRow.on_hand``, or ``ON_HAND`` where a product
    may have no level yet), with the product's ``low_stock`` threshold and ``price_fen``."""
    in_stock = on_hand > EMPTY
    return StockRuleSql(
        negative=on_hand < EMPTY,
        low=and_(ProductRow.low_stock > NEVER_LOW, on_hand >= EMPTY, on_hand <= ProductRow.low_stock),
        in_stock=in_stock,
        out=on_hand <= EMPTY,
        units=case((in_stock, on_hand), else_=EMPTY),
        value_fen=case((in_stock, on_hand * ProductRow.price_fen), else_=EMPTY),
    )


class SqlStockRepository(StockCountRows):
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
        q = where_every_word(q, query.text, ProductRow.search_key)
        if query.host_id is not None:
            q = q.where(ProductRow.host_id == query.host_id)
        if query.active is not None:
            q = q.where(ProductRow.active == query.active)
        if query.flag == "negative":  # few: found from the levels, not by walking every product
            negative = stock_rule_sql(StockLevelRow.on_hand).negative
            q = q.where(ProductRow.id.in_(select(StockLevelRow.product_id).where(negative)))
        elif query.flag:
            if not joined:
                q = q.outerjoin(StockLevelRow, StockLevelRow.product_id == ProductRow.id)
            q = q.where(stock_rule_sql(ON_HAND).flag(query.flag))
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
                ON_HAND.label("on_hand"),
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
            select(ProductRow.barcode, ProductRow.name, HostRow.code, ON_HAND)
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
        level = stock_rule_sql(StockLevelRow.on_hand)
        stock_q = (
            select(
                ProductRow.host_id,
                func.sum(level.units),
                func.sum(level.value_fen),
                func.sum(case((level.negative, 1), else_=0)),
            )
            .join(ProductRow, ProductRow.id == StockLevelRow.product_id)
            .where(StockLevelRow.on_hand != EMPTY)
            .group_by(ProductRow.host_id)
        )
        low_q = (
            select(ProductRow.host_id, func.count())
            .outerjoin(StockLevelRow, StockLevelRow.product_id == ProductRow.id)
            .where(stock_rule_sql(ON_HAND).low)
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

    def on_hand_at(self, product_id: ProductId, mark: int) -> int:
        total = self.s.scalar(
            select(func.coalesce(func.sum(StockMovementRow.qty), 0)).where(
                StockMovementRow.product_id == product_id, StockMovementRow.id <= mark
            )
        )
        return int(total or 0)


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
