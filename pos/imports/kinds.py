"""Which rows go where: one handler per import kind."""

from __future__ import annotations

from pos.imports.catalog import import_charges, import_hosts, import_products, import_recommenders
from pos.imports.runner import Handler
from pos.imports.sales import import_sales

HANDLERS: dict[str, Handler] = {
    "hosts": import_hosts,
    "recommenders": import_recommenders,
    "products": import_products,
    "charges": import_charges,
    "sales": import_sales,
}
UPDATABLE = frozenset({"hosts", "recommenders", "products"})
