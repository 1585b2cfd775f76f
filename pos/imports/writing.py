"""The write phase: a prepared :class:`~pos.imports.plan.Plan` stored in one short transaction.

First the reads the plan's rules depended on are asked again (a closed period, what was refunded
of a sale, the hosts, the goods being changed, the in-store code sequence); any that changed
means the plan is stale and nothing is written. Then rows go in kind by kind, many per statement,
provisional ids swapped for the database's as they come back. Sales go in through the sales
repository's ``add_many`` (the sales, then the refunds, each in three statements), their stock
movements in one statement at the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from pos.catalog import Host, Product, Recommender
from pos.ids import HostId, ProductId, RecommenderId, SaleId, SaleLineId, TagId
from pos.imports.plan import Plan
from pos.imports.ports import bulk
from pos.ports import UnitOfWork
from pos.sale import Sale


class _Ids:
    """Provisional (negative) ids to the database's."""

    def __init__(self) -> None:
        self.real: dict[int, int] = {}

    def __call__(self, some_id: int) -> int:
        return self.real[some_id] if some_id < 0 else some_id

    def opt(self, some_id: int | None) -> int | None:
        return None if some_id is None else self(some_id)


def stale_check(uow: UnitOfWork, plan: Plan) -> str | None:
    """What changed since the plan was prepared (``None``: nothing), asked inside ``uow``."""
    for check in sorted(plan.checks, key=lambda c: c.order):
        if check.ask(uow) != check.seen:
            return check.what
    return None


def write_plan(uow: UnitOfWork, plan: Plan) -> str | None:
    """Store ``plan`` in ``uow``'s open transaction (the caller commits). Returns what went stale
    instead, having written nothing that matters: the caller rolls back."""
    changed = stale_check(uow, plan)
    if changed is not None:
        return changed
    store = bulk(uow)
    for name, (last, taken) in plan.sequences.items():
        if taken and store.sequences.advance(name, taken) != last + taken:
            return f"sequence {name}"
    ids = _Ids()
    for tag in plan.tags:
        assert tag.id is not None
        ids.real[tag.id] = _id(uow.tags.add(dataclasses.replace(tag, id=None)).id)
    if plan.hosts:  # (a new row's provisional id is ignored by add_many)
        ids.real.update(zip(_ids(plan.hosts), store.hosts.add_many(plan.hosts), strict=True))
    if plan.host_updates:
        store.hosts.update_many(list(plan.host_updates.values()))
    if plan.recommenders:
        ids.real.update(
            zip(_ids(plan.recommenders), store.recommenders.add_many(plan.recommenders), strict=True)
        )
    if plan.recommender_updates:
        store.recommenders.update_many(list(plan.recommender_updates.values()))
    if plan.products:
        new_ids = store.products.add_many(
            [_product(p, ids) for p in plan.products], search_keys=plan.search_keys
        )
        ids.real.update(zip(_ids(plan.products), new_ids, strict=True))
    if plan.product_updates:
        store.products.update_many(
            [_product(p, ids) for p in plan.product_updates.values()], search_keys=plan.update_search_keys
        )
    if plan.charges:
        store.charges.add_many(
            [
                c if c.host_id > 0 else dataclasses.replace(c, host_id=HostId(ids(c.host_id)))
                for c in plan.charges
            ]
        )
    # The sales first, then the refunds (which may point at a sale of the same file), each kind
    # in a few statements: 30,000 rows hold the write lock for about a second, not nine.
    for kind in ("sale", "refund"):
        batch = [sale for sale in plan.sales if sale.kind == kind]
        for sale, stored in zip(batch, store.sales.add_many([_sale(s, ids) for s in batch]), strict=True):
            ids.real[_id(sale.id)] = _id(stored.id)
            ids.real.update((_id(a.id), _id(b.id)) for a, b in zip(sale.lines, stored.lines, strict=True))
    if plan.movements:
        uow.stock.add(
            [
                dataclasses.replace(
                    m,
                    product_id=ProductId(ids(m.product_id)),
                    sale_id=None if m.sale_id is None else SaleId(ids(m.sale_id)),
                )
                if m.product_id < 0 or (m.sale_id or 0) < 0
                else m
                for m in plan.movements
            ]
        )
    for entry in plan.audit:
        uow.audit.add(entry)
    return None


def _ids(items: Sequence[Host] | Sequence[Recommender] | Sequence[Product]) -> list[int]:
    return [_id(x.id) for x in items]


def _id(some_id: int | None) -> int:
    assert some_id is not None
    return some_id


def _rec(some_id: int | None) -> RecommenderId | None:
    return None if some_id is None else RecommenderId(some_id)


def _product(p: Product, ids: _Ids) -> Product:
    """``p`` with the database's ids of a host, recommender or tags new in the same import."""
    if p.host_id > 0 and (p.recommender_id or 0) >= 0 and all(t > 0 for t in p.tag_ids):
        return p  # the usual case: a replace() would check the product's rules all over again
    return dataclasses.replace(
        p,
        host_id=HostId(ids(p.host_id)),
        recommender_id=_rec(ids.opt(p.recommender_id)),
        tag_ids=tuple(TagId(ids(t)) for t in p.tag_ids),
    )


def _sale(sale: Sale, ids: _Ids) -> Sale:
    """``sale`` pointing at the database's ids of a sale and lines recorded earlier in the import
    (a refund of a sale in the same file); the repository ignores its own provisional ids."""
    if (sale.refund_of or 0) >= 0 and all(
        ln.product_id > 0 and (ln.refund_of_line_id or 0) >= 0 for ln in sale.lines
    ):
        return sale
    return dataclasses.replace(
        sale,
        refund_of=None if sale.refund_of is None else SaleId(ids(sale.refund_of)),
        lines=tuple(
            dataclasses.replace(
                ln,
                product_id=ProductId(ids(ln.product_id)),
                refund_of_line_id=None
                if ln.refund_of_line_id is None
                else SaleLineId(ids(ln.refund_of_line_id)),
            )
            for ln in sale.lines
        ),
    )
