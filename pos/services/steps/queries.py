"""What each role may read, as steps inside the caller's open unit of work: a host sees only its own
goods, stock, sales and statements. A screen calls the use cases of the same name in
``pos.services.queries``."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from pos.catalog import Host, Product, ProductFilter, ProductListing, Recommender
from pos.costs import CostComponent
from pos.ids import ProductId
from pos.ports import UnitOfWork
from pos.users import Permission, require_any, require_host_access


def _scoped(uow: UnitOfWork, query: ProductFilter) -> ProductFilter:
    actor = uow.actor
    if actor.role == "host":
        if actor.host_id is None or (query.host_id is not None and query.host_id != actor.host_id):
            require_host_access(actor, query.host_id)  # refuses, in words
        return dataclasses.replace(query, host_id=actor.host_id)
    require_host_access(actor, None)
    return query


def search_products(uow: UnitOfWork, query: ProductFilter) -> Sequence[ProductListing]:
    """The goods list as this user may see it (inside the caller's unit of work)."""
    return uow.products.search(_scoped(uow, query))


def count_products(uow: UnitOfWork, query: ProductFilter) -> int:
    return uow.products.count(_scoped(uow, query))


def product_detail(
    uow: UnitOfWork, *, product_id: ProductId
) -> tuple[Product, tuple[CostComponent, ...]] | None:
    """One product and its public cost breakdown (inside the caller's unit of work), None if it is
    gone. A host may open only its own goods: another host's product is refused, gone or not."""
    actor = uow.actor
    product = uow.products.get(product_id)
    if actor.role == "host":
        require_host_access(actor, product.host_id if product is not None else None)
    else:
        require_host_access(actor, None)
    if product is None:
        return None
    return product, tuple(uow.products.costs(product_id))


# Who reads the hosts and recommenders themselves (rent, rates, contacts), not just the names on
# the goods: those who keep the catalog or the stock, or settle; a cashier finds goods, not people.
_PEOPLE = (Permission.EDIT_CATALOG, Permission.SETTLE, Permission.RECEIVE_STOCK, Permission.COUNT_STOCK)


def visible_hosts(uow: UnitOfWork) -> Sequence[Host]:
    """The hosts (inside the caller's unit of work); a host login only itself."""
    actor = uow.actor
    if actor.role == "host":
        require_host_access(actor, actor.host_id)
        return [h for h in uow.hosts.list() if h.id == actor.host_id]
    require_any(actor, *_PEOPLE)
    return uow.hosts.list()


def visible_recommenders(uow: UnitOfWork) -> Sequence[Recommender]:
    """The recommenders (inside the caller's unit of work); a host sees only those named on its
    own goods, not every recommender's contact."""
    actor = uow.actor
    if actor.role == "host":
        require_host_access(actor, actor.host_id)
        named = {p.recommender_id for p in uow.products.list(host_id=actor.host_id)}
        return [r for r in uow.recommenders.list() if r.id in named]
    require_any(actor, *_PEOPLE)
    return uow.recommenders.list()
