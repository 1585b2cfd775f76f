"""Repositories: rows <-> the immutable records of ``pos``. One per aggregate, over one Session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Select, delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from db.models import (
    ChargeRow,
    CostComponentRow,
    HostRow,
    PaymentRow,
    ProductRow,
    ProductTagRow,
    ReceiptCounterRow,
    RecommenderRow,
    SaleLineRow,
    SaleRow,
    SequenceRow,
    StockMovementRow,
    TagRow,
)
from db.pinyin import search_key
from pos.catalog import Host, HostKind, Product, ProductFilter, ProductListing, Recommender, Tag
from pos.charges import Charge, ChargeKind
from pos.costs import CostComponent
from pos.ids import HostId, ProductId, RecommenderId, SaleId, SaleLineId, TagId
from pos.sale import Payment, PaymentMethod, Sale, SaleKind, SaleLine, StockMovement


def as_utc(at: datetime) -> datetime:
    """SQLite gives back naive datetimes; every stored time is UTC."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


class SqlHostRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: HostRow) -> Host:
        return Host(
            id=HostId(r.id),
            code=r.code,
            name=r.name,
            kind=cast(HostKind, r.kind),
            coop_bp=r.coop_bp,
            monthly_rent_fen=r.monthly_rent_fen,
            joined=r.joined,
            contact=r.contact,
            active=r.active,
        )

    def add(self, host: Host) -> Host:
        row = HostRow(
            code=host.code,
            name=host.name,
            kind=host.kind,
            coop_bp=host.coop_bp,
            monthly_rent_fen=host.monthly_rent_fen,
            joined=host.joined,
            contact=host.contact,
            active=host.active,
        )
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, host: Host) -> Host:
        row = self.s.get_one(HostRow, host.id)
        for field in ("code", "name", "kind", "coop_bp", "monthly_rent_fen", "joined", "contact", "active"):
            setattr(row, field, getattr(host, field))
        self.s.flush()
        return self._rec(row)

    def get(self, host_id: HostId) -> Host | None:
        row = self.s.get(HostRow, host_id)
        return self._rec(row) if row else None

    def by_code(self, code: str) -> Host | None:
        row = self.s.scalar(select(HostRow).where(HostRow.code == code))
        return self._rec(row) if row else None

    def list(self) -> Sequence[Host]:
        return [self._rec(r) for r in self.s.scalars(select(HostRow).order_by(HostRow.code))]


class SqlRecommenderRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: RecommenderRow) -> Recommender:
        return Recommender(
            id=RecommenderId(r.id),
            code=r.code,
            name=r.name,
            default_bp=r.default_bp,
            contact=r.contact,
            active=r.active,
        )

    def add(self, recommender: Recommender) -> Recommender:
        row = RecommenderRow(
            code=recommender.code,
            name=recommender.name,
            default_bp=recommender.default_bp,
            contact=recommender.contact,
            active=recommender.active,
        )
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, recommender: Recommender) -> Recommender:
        row = self.s.get_one(RecommenderRow, recommender.id)
        for field in ("code", "name", "default_bp", "contact", "active"):
            setattr(row, field, getattr(recommender, field))
        self.s.flush()
        return self._rec(row)

    def get(self, recommender_id: RecommenderId) -> Recommender | None:
        row = self.s.get(RecommenderRow, recommender_id)
        return self._rec(row) if row else None

    def by_code(self, code: str) -> Recommender | None:
        row = self.s.scalar(select(RecommenderRow).where(RecommenderRow.code == code))
        return self._rec(row) if row else None

    def list(self) -> Sequence[Recommender]:
        return [self._rec(r) for r in self.s.scalars(select(RecommenderRow).order_by(RecommenderRow.code))]


class SqlTagRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: TagRow) -> Tag:
        return Tag(id=TagId(r.id), name=r.name, active=r.active)

    def add(self, tag: Tag) -> Tag:
        row = TagRow(name=tag.name, active=tag.active)
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, tag: Tag) -> Tag:
        row = self.s.get_one(TagRow, tag.id)
        row.name, row.active = tag.name, tag.active
        self.s.flush()
        return self._rec(row)

    def get(self, tag_id: TagId) -> Tag | None:
        row = self.s.get(TagRow, tag_id)
        return self._rec(row) if row else None

    def by_name(self, name: str) -> Tag | None:
        row = self.s.scalar(select(TagRow).where(TagRow.name == name))
        return self._rec(row) if row else None

    def list(self) -> Sequence[Tag]:
        return [self._rec(r) for r in self.s.scalars(select(TagRow).order_by(TagRow.id))]


class SqlProductRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _rec(self, r: ProductRow) -> Product:
        tag_ids = self.s.scalars(
            select(ProductTagRow.tag_id)
            .where(ProductTagRow.product_id == r.id)
            .order_by(ProductTagRow.tag_id)
        )
        return Product(
            id=ProductId(r.id),
            barcode=r.barcode,
            name=r.name,
            price_fen=r.price_fen,
            host_id=HostId(r.host_id),
            recommender_id=RecommenderId(r.recommender_id) if r.recommender_id is not None else None,
            coop_bp=r.coop_bp,
            rec_bp=r.rec_bp,
            tag_ids=tuple(TagId(t) for t in tag_ids),
            active=r.active,
        )

    def _set_tags(self, product_id: int, tag_ids: Sequence[int]) -> None:
        self.s.execute(delete(ProductTagRow).where(ProductTagRow.product_id == product_id))
        if tag_ids:
            self.s.execute(insert(ProductTagRow), [{"product_id": product_id, "tag_id": t} for t in tag_ids])

    def add(self, product: Product) -> Product:
        row = ProductRow(
            barcode=product.barcode,
            name=product.name,
            price_fen=product.price_fen,
            host_id=product.host_id,
            recommender_id=product.recommender_id,
            coop_bp=product.coop_bp,
            rec_bp=product.rec_bp,
            active=product.active,
            search_key=search_key(product.name, product.barcode),
        )
        self.s.add(row)
        self.s.flush()
        self._set_tags(row.id, product.tag_ids)
        return self._rec(row)

    def update(self, product: Product) -> Product:
        row = self.s.get_one(ProductRow, product.id)
        for field in (
            "barcode",
            "name",
            "price_fen",
            "host_id",
            "recommender_id",
            "coop_bp",
            "rec_bp",
            "active",
        ):
            setattr(row, field, getattr(product, field))
        self.s.flush()
        self._set_tags(row.id, product.tag_ids)
        return self._rec(row)

    def get(self, product_id: ProductId) -> Product | None:
        row = self.s.get(ProductRow, product_id)
        return self._rec(row) if row else None

    def by_barcode(self, barcode: str) -> Product | None:
        row = self.s.scalar(select(ProductRow).where(ProductRow.barcode == barcode))
        return self._rec(row) if row else None

    def list(self, *, host_id: HostId | None = None) -> Sequence[Product]:
        q = select(ProductRow).order_by(ProductRow.barcode)
        if host_id is not None:
            q = q.where(ProductRow.host_id == host_id)
        return [self._rec(r) for r in self.s.scalars(q)]

    def _filtered(self, query: ProductFilter) -> Select[int]:
        q = select(ProductRow.id).join(HostRow, HostRow.id == ProductRow.host_id)
        text = " ".join(query.text.lower().split())
        for word in text.split(" ") if text else ():
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            q = q.where(ProductRow.search_key.like(pattern, escape="\\"))
        if query.host_id is not None:
            q = q.where(ProductRow.host_id == query.host_id)
        if query.tag_id is not None:
            q = q.where(
                exists().where(
                    ProductTagRow.product_id == ProductRow.id, ProductTagRow.tag_id == query.tag_id
                )
            )
        if query.active is not None:
            q = q.where(ProductRow.active == query.active)
        return q

    def count(self, query: ProductFilter) -> int:
        return int(self.s.scalar(select(func.count()).select_from(self._filtered(query).subquery())) or 0)

    def search(self, query: ProductFilter) -> Sequence[ProductListing]:
        key = PRODUCT_ORDER.get(query.order, ProductRow.barcode)
        ids_q = self._filtered(query).order_by(key.desc() if query.descending else key, ProductRow.id)
        ids = list(self.s.scalars(ids_q.limit(query.limit).offset(query.offset)))
        if not ids:
            return []
        rec = aliased(RecommenderRow)
        rows = {
            r.id: r
            for r in self.s.execute(
                select(
                    ProductRow.id,
                    ProductRow.barcode,
                    ProductRow.name,
                    ProductRow.price_fen,
                    HostRow.code.label("host_code"),
                    HostRow.name.label("host_name"),
                    func.coalesce(rec.code, "").label("rec_code"),
                    func.coalesce(rec.name, "").label("rec_name"),
                    ProductRow.coop_bp,
                    ProductRow.rec_bp,
                    ProductRow.active,
                )
                .join(HostRow, HostRow.id == ProductRow.host_id)
                .outerjoin(rec, rec.id == ProductRow.recommender_id)
                .where(ProductRow.id.in_(ids))
            )
        }
        tags: dict[int, list[str]] = {}
        for pid, tname in self.s.execute(
            select(ProductTagRow.product_id, TagRow.name)
            .join(TagRow, TagRow.id == ProductTagRow.tag_id)
            .where(ProductTagRow.product_id.in_(ids))
            .order_by(TagRow.id)
        ):
            tags.setdefault(pid, []).append(tname)
        stock = dict(
            self.s.execute(
                select(StockMovementRow.product_id, func.sum(StockMovementRow.qty))
                .where(StockMovementRow.product_id.in_(ids))
                .group_by(StockMovementRow.product_id)
            ).tuples()
        )
        return [
            ProductListing(
                id=ProductId(r.id),
                barcode=r.barcode,
                name=r.name,
                price_fen=r.price_fen,
                host_code=r.host_code,
                host_name=r.host_name,
                recommender_code=r.rec_code,
                recommender_name=r.rec_name,
                coop_bp=r.coop_bp,
                rec_bp=r.rec_bp,
                tags=tuple(tags.get(r.id, ())),
                active=r.active,
                on_hand=int(stock.get(r.id) or 0),
            )
            for r in (rows[i] for i in ids)
        ]

    def costs(self, product_id: ProductId) -> tuple[CostComponent, ...]:
        rows = self.s.scalars(
            select(CostComponentRow)
            .where(CostComponentRow.product_id == product_id)
            .order_by(CostComponentRow.position)
        )
        return tuple(CostComponent(r.name, r.amount_fen) for r in rows)

    def set_costs(self, product_id: ProductId, components: Sequence[CostComponent]) -> None:
        self.s.execute(delete(CostComponentRow).where(CostComponentRow.product_id == product_id))
        if components:
            self.s.execute(
                insert(CostComponentRow),
                [
                    {"product_id": product_id, "position": i, "name": c.name, "amount_fen": c.amount_fen}
                    for i, c in enumerate(components, start=1)
                ],
            )

    def has_history(self, product_id: ProductId) -> bool:
        return bool(
            self.s.scalar(
                select(
                    or_(
                        exists().where(SaleLineRow.product_id == product_id),
                        exists().where(StockMovementRow.product_id == product_id),
                    )
                )
            )
        )

    def delete(self, product_id: ProductId) -> None:
        self.s.execute(delete(ProductTagRow).where(ProductTagRow.product_id == product_id))
        self.s.execute(delete(CostComponentRow).where(CostComponentRow.product_id == product_id))
        self.s.execute(delete(ProductRow).where(ProductRow.id == product_id))


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


PRODUCT_ORDER: dict[str, Any] = {
    "barcode": ProductRow.barcode,
    "name": ProductRow.name,
    "price": ProductRow.price_fen,
    "host": HostRow.code,
}


class SqlSaleRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, sale: Sale) -> Sale:
        row = SaleRow(
            receipt_no=sale.receipt_no,
            kind=sale.kind,
            at=as_utc(sale.at),
            business_day=sale.business_day,
            counter_id=sale.counter_id,
            seq=sale.seq,
            cashier=sale.cashier,
            sale_discount_fen=sale.sale_discount_fen,
            total_fen=sale.total_fen,
            tendered_fen=sale.tendered_fen,
            change_fen=sale.change_fen,
            refund_of=sale.refund_of,
            source=sale.source,
        )
        self.s.add(row)
        self.s.flush()
        for ln in sale.lines:
            self.s.add(
                SaleLineRow(
                    sale_id=row.id,
                    line_no=ln.line_no,
                    product_id=ln.product_id,
                    host_id=ln.host_id,
                    recommender_id=ln.recommender_id,
                    product_name=ln.product_name,
                    barcode=ln.barcode,
                    qty=ln.qty,
                    unit_price_fen=ln.unit_price_fen,
                    line_discount_fen=ln.line_discount_fen,
                    sale_discount_fen=ln.sale_discount_fen,
                    net_fen=ln.net_fen,
                    coop_bp=ln.coop_bp,
                    rec_bp=ln.rec_bp,
                    coop_fen=ln.coop_fen,
                    rec_fen=ln.rec_fen,
                    host_fen=ln.host_fen,
                    refund_of_line=ln.refund_of_line_id,
                    damaged=ln.damaged,
                )
            )
        for p in sale.payments:
            self.s.add(PaymentRow(sale_id=row.id, method=p.method, amount_fen=p.amount_fen))
        self.s.flush()
        stored = self._load(row)
        assert stored is not None
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
                    qty=ln.qty,
                    unit_price_fen=ln.unit_price_fen,
                    line_discount_fen=ln.line_discount_fen,
                    sale_discount_fen=ln.sale_discount_fen,
                    net_fen=ln.net_fen,
                    coop_bp=ln.coop_bp,
                    rec_bp=ln.rec_bp,
                    coop_fen=ln.coop_fen,
                    rec_fen=ln.rec_fen,
                    host_fen=ln.host_fen,
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
        )

    def by_receipt(self, receipt_no: str) -> Sale | None:
        row = self.s.scalar(select(SaleRow).where(SaleRow.receipt_no == receipt_no))
        return self._load(row) if row else None

    def refunded_units(self, sale_id: SaleId) -> dict[int, int]:
        original = SaleLineRow.__table__.alias("original")
        refunded = SaleLineRow.__table__.alias("refunded")
        q = (
            select(original.c.line_no, func.coalesce(func.sum(-refunded.c.qty), 0))
            .join(refunded, refunded.c.refund_of_line == original.c.id)
            .where(original.c.sale_id == sale_id)
            .group_by(original.c.line_no)
        )
        return {int(no): int(units) for no, units in self.s.execute(q)}

    def next_seq(self, counter_id: str, business_day: date) -> int:
        # UPDATE first: it takes the row lock on PostgreSQL (and SQLite runs BEGIN IMMEDIATE),
        # so two counters can never take the same number; the first sale of a day inserts.
        taken = self.s.execute(
            update(ReceiptCounterRow)
            .where(ReceiptCounterRow.counter_id == counter_id, ReceiptCounterRow.business_day == business_day)
            .values(last_seq=ReceiptCounterRow.last_seq + 1)
            .returning(ReceiptCounterRow.last_seq)
        ).scalar()
        if taken is not None:
            return int(taken)
        self.s.add(ReceiptCounterRow(counter_id=counter_id, business_day=business_day, last_seq=1))
        self.s.flush()
        return 1


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
