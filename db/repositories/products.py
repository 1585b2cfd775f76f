"""Goods: rows <-> the products of ``pos``, with their tags, search keys and published costs.

One class, :class:`SqlProductRepository`: a product one at a time (the goods screens), many at
once (imports), the goods list's search, filter and order in SQL, and a product's cost breakdown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, delete, exists, func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    CostComponentRow,
    HostRow,
    ProductRow,
    ProductTagRow,
    RecommenderRow,
    SaleLineRow,
    StockMovementRow,
    TagRow,
)
from db.pinyin import search_key
from db.repositories.common import insert_returning_ids, update_by_id, where_every_word
from pos.catalog import Product, ProductFilter, ProductListing
from pos.costs import CostComponent
from pos.ids import HostId, ProductId, RecommenderId, TagId

_PRODUCTS = cast(Table, ProductRow.__table__)
_PRODUCT_TAGS = cast(Table, ProductTagRow.__table__)
_IN_CHUNK = 500  # ids per IN (…)


class SqlProductRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _rec(self, r: ProductRow, tag_ids: Sequence[int] | None = None) -> Product:
        if tag_ids is None:
            tag_ids = list(
                self.s.scalars(
                    select(ProductTagRow.tag_id)
                    .where(ProductTagRow.product_id == r.id)
                    .order_by(ProductTagRow.tag_id)
                )
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
        row = ProductRow(**self._values(product, search_key(product.name, product.barcode)))
        self.s.add(row)
        self.s.flush()
        self._set_tags(row.id, product.tag_ids)
        return self._rec(row)

    def update(self, product: Product) -> Product:
        row = self.s.get_one(ProductRow, product.id)
        # the search key too: a renamed product is found by its new name
        for field, value in self._values(product, search_key(product.name, product.barcode)).items():
            setattr(row, field, value)
        self.s.flush()
        self._set_tags(row.id, product.tag_ids)
        return self._rec(row)

    # -- many at once (imports): the search keys are worked out before the write transaction

    @staticmethod
    def search_keys(products: Sequence[Product]) -> list[str]:
        return [search_key(p.name, p.barcode) for p in products]

    @staticmethod
    def _values(p: Product, key: str) -> dict[str, Any]:
        return {
            "barcode": p.barcode,
            "name": p.name,
            "price_fen": p.price_fen,
            "host_id": p.host_id,
            "recommender_id": p.recommender_id,
            "coop_bp": p.coop_bp,
            "rec_bp": p.rec_bp,
            "active": p.active,
            "search_key": key,
        }

    def _insert_tags(self, ids: Sequence[int], products: Sequence[Product]) -> None:
        rows = [{"product_id": i, "tag_id": t} for i, p in zip(ids, products, strict=True) for t in p.tag_ids]
        if rows:
            self.s.execute(insert(_PRODUCT_TAGS), rows)

    def add_many(self, products: Sequence[Product], *, search_keys: Sequence[str]) -> Sequence[ProductId]:
        """New products with their tags (their ``id`` ignored); their ids, in order."""
        rows = [self._values(p, k) for p, k in zip(products, search_keys, strict=True)]
        ids = [ProductId(i) for i in insert_returning_ids(self.s, _PRODUCTS, rows)]
        self._insert_tags(ids, products)
        return ids

    def update_many(self, products: Sequence[Product], *, search_keys: Sequence[str]) -> None:
        """Products that exist (by id), with their tags and search keys."""
        rows = [{"row_id": p.id, **self._values(p, k)} for p, k in zip(products, search_keys, strict=True)]
        update_by_id(self.s, _PRODUCTS, rows)
        ids = [int(p.id or 0) for p in products]
        for i in range(0, len(ids), _IN_CHUNK):
            chunk = ids[i : i + _IN_CHUNK]
            self.s.execute(delete(_PRODUCT_TAGS).where(_PRODUCT_TAGS.c.product_id.in_(chunk)))
        self._insert_tags(ids, products)

    def get(self, product_id: ProductId) -> Product | None:
        row = self.s.get(ProductRow, product_id)
        return self._rec(row) if row else None

    def by_barcode(self, barcode: str) -> Product | None:
        row = self.s.scalar(select(ProductRow).where(ProductRow.barcode == barcode))
        return self._rec(row) if row else None

    def by_barcodes(self, barcodes: Sequence[str]) -> dict[str, Product]:
        """A sale's goods in two queries (products, then their tags), not two per line."""
        codes = sorted(set(barcodes))
        if not codes:
            return {}
        rows = list(self.s.scalars(select(ProductRow).where(ProductRow.barcode.in_(codes))))
        tags: dict[int, list[int]] = {r.id: [] for r in rows}
        if rows:
            tq = (
                select(ProductTagRow.product_id, ProductTagRow.tag_id)
                .where(ProductTagRow.product_id.in_(list(tags)))
                .order_by(ProductTagRow.tag_id)
            )
            for pid, tid in self.s.execute(tq):
                tags[pid].append(tid)
        return {r.barcode: self._rec(r, tags[r.id]) for r in rows}

    def list(self, *, host_id: HostId | None = None) -> Sequence[Product]:
        q = select(ProductRow).order_by(ProductRow.barcode)
        tq = select(ProductTagRow.product_id, ProductTagRow.tag_id).order_by(ProductTagRow.tag_id)
        if host_id is not None:
            q = q.where(ProductRow.host_id == host_id)
            tq = tq.join(ProductRow, ProductRow.id == ProductTagRow.product_id).where(
                ProductRow.host_id == host_id
            )
        tags: dict[int, list[int]] = {}
        for pid, tid in self.s.execute(tq):  # one query for every product's tags, not one per product
            tags.setdefault(pid, []).append(tid)
        return [self._rec(r, tags.get(r.id, [])) for r in self.s.scalars(q)]

    def _filtered(self, query: ProductFilter) -> Select[int]:
        q = select(ProductRow.id).join(HostRow, HostRow.id == ProductRow.host_id)
        q = where_every_word(q, query.text, ProductRow.search_key)
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
        stock = {
            pid: qty
            for pid, qty in self.s.execute(
                select(StockMovementRow.product_id, func.sum(StockMovementRow.qty))
                .where(StockMovementRow.product_id.in_(ids))
                .group_by(StockMovementRow.product_id)
            )
        }
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


PRODUCT_ORDER: dict[str, Any] = {
    "barcode": ProductRow.barcode,
    "name": ProductRow.name,
    "price": ProductRow.price_fen,
    "host": HostRow.code,
}
