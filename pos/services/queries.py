"""What each role may read: a host sees only its own goods, stock, sales and statements."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from pos.catalog import Host, ProductFilter, ProductListing
from pos.errors import NotFound
from pos.ports import UnitOfWork
from pos.settlement import HostSettlement, Period
from pos.users import Permission, require_host_access


def _scoped(uow: UnitOfWork, query: ProductFilter) -> ProductFilter:
    actor = uow.actor
    if actor.role == "host":
        if actor.host_id is None or (query.host_id is not None and query.host_id != actor.host_id):
            require_host_access(actor, query.host_id)  # refuses, in words
        return dataclasses.replace(query, host_id=actor.host_id)
    require_host_access(actor, None)
    return query


def search_products(uow: UnitOfWork, query: ProductFilter) -> Sequence[ProductListing]:
    """The goods list as this user may see it."""
    return uow.products.search(_scoped(uow, query))


def count_products(uow: UnitOfWork, query: ProductFilter) -> int:
    return uow.products.count(_scoped(uow, query))


def visible_hosts(uow: UnitOfWork) -> Sequence[Host]:
    actor = uow.actor
    if actor.role == "host":
        require_host_access(actor, actor.host_id)
        return [h for h in uow.hosts.list() if h.id == actor.host_id]
    require_host_access(actor, None)
    return uow.hosts.list()


def host_settlement(
    uow: UnitOfWork, *, period: Period, timezone: str, host_code: str
) -> HostSettlement | None:
    """One host's figures for a period (None without activity); a host may ask only for its own."""
    from pos.services.settlement import compute_settlement

    host = uow.hosts.by_code(host_code.strip())
    if host is None:
        raise NotFound(f"没有编号为 {host_code} 的主理人", f"there is no host with code {host_code}")
    if uow.actor.role == "host" or not uow.actor.may(Permission.SETTLE):
        require_host_access(uow.actor, host.id)
    settlement = compute_settlement(uow, period=period, timezone=timezone)
    return next((h for h in settlement.hosts if h.host_id == host.id), None)
