"""What each role may read, each read in a unit of work of its own: a host sees only its own goods,
stock, sales and statements (the rules are the steps of ``pos.services.steps.queries``).

A screen calls these with a fresh read-only unit of work (``search_products(ctx.read_uow(), q)``);
where it shows several things at once (the goods list's count and first page, a product's form
with the hosts, recommenders and tags to choose from), they are read together, in one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pos.catalog import Host, Product, ProductFilter, ProductListing, Recommender, Tag
from pos.costs import CostComponent
from pos.errors import NotFound
from pos.ids import ProductId
from pos.ports import UnitOfWork
from pos.services.steps import queries as steps
from pos.services.transaction import reading
from pos.settlement import HostSettlement, Period
from pos.users import require_host_figures

search_products = reading(steps.search_products)
count_products = reading(steps.count_products)
product_detail = reading(steps.product_detail)
visible_hosts = reading(steps.visible_hosts)
visible_recommenders = reading(steps.visible_recommenders)


def list_tags(uow: UnitOfWork) -> Sequence[Tag]:
    """Every tag, active or not. Tags are the names on the goods and the price cards: anyone
    logged in may read them."""
    with uow:
        return uow.tags.list()


def products_page(uow: UnitOfWork, query: ProductFilter) -> tuple[int, Sequence[ProductListing]]:
    """How many products match ``query`` as this user may see them, and its page of them."""
    with uow:
        return steps.count_products(uow, query), steps.search_products(uow, query)


@dataclass(frozen=True, slots=True)
class CatalogChoices:
    """The hosts, recommenders and tags a goods screen offers to choose from (a host login: only
    itself, and the recommenders named on its own goods)."""

    hosts: tuple[Host, ...] = ()
    recommenders: tuple[Recommender, ...] = ()
    tags: tuple[Tag, ...] = ()

    def host(self, code: str) -> Host | None:
        return next((h for h in self.hosts if h.code == code), None)

    def host_by_id(self, host_id: object) -> Host | None:
        return next((h for h in self.hosts if h.id == host_id), None)

    def recommender(self, code: str) -> Recommender | None:
        return next((r for r in self.recommenders if r.code == code), None)

    def recommender_by_id(self, recommender_id: object) -> Recommender | None:
        return next((r for r in self.recommenders if r.id == recommender_id), None)


def _choices(uow: UnitOfWork) -> CatalogChoices:
    return CatalogChoices(
        hosts=tuple(steps.visible_hosts(uow)),
        recommenders=tuple(steps.visible_recommenders(uow)),
        tags=tuple(uow.tags.list()),
    )


def catalog_choices(uow: UnitOfWork) -> CatalogChoices:
    """The hosts, recommenders and tags to choose from, read together."""
    with uow:
        return _choices(uow)


@dataclass(frozen=True, slots=True)
class ProductToEdit:
    """A product's form as it opens: the product, its public cost breakdown, and the choices."""

    product: Product
    costs: tuple[CostComponent, ...]
    choices: CatalogChoices


def product_to_edit(uow: UnitOfWork, *, product_id: ProductId) -> ProductToEdit | None:
    """One product with its costs and the choices its form offers, read together; None if it is
    gone. A host may open only its own goods."""
    with uow:
        found = steps.product_detail(uow, product_id=product_id)
        if found is None:
            return None
        return ProductToEdit(product=found[0], costs=found[1], choices=_choices(uow))


def host_settlement(
    uow: UnitOfWork, *, period: Period, timezone: str, host_code: str
) -> HostSettlement | None:
    """One host's figures for a period (None without activity), in a unit of work of its own.
    A host may ask only for its own; otherwise only those who settle (not cashiers or staff)."""
    from pos.services.settlement import compute_settlement

    code = host_code.strip()
    if uow.actor.role != "host":
        require_host_figures(uow.actor, None)
    with uow:
        host = uow.hosts.by_code(code)
        require_host_figures(uow.actor, host.id if host is not None else None)
        if host is None:
            raise NotFound(f"没有编号为 {code} 的主理人", f"there is no host with code {code}")
        settlement = compute_settlement(uow, period=period, timezone=timezone)
    return next((h for h in settlement.hosts if h.host_id == host.id), None)
