"""Use cases that edit the catalog: hosts, recommenders, tags and goods change from now on, never
backwards, and the back office's forms are saved whole.

Each is one transaction of its own (the rules are the steps of ``pos.services.steps.goods``); a
form that saves several things (a product and its costs, a host and who bears its losses) saves
them in one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pos.catalog import Host, HostKind, Product, Recommender
from pos.costs import CostComponent
from pos.ports import UnitOfWork
from pos.services.steps import catalog as catalog_steps
from pos.services.steps import goods as steps
from pos.services.stock import record_loss_bearer
from pos.services.transaction import in_transaction
from pos.stock import LossBearer

update_host = in_transaction(steps.update_host)
update_recommender = in_transaction(steps.update_recommender)
rename_tag = in_transaction(steps.rename_tag)
update_product = in_transaction(steps.update_product)
set_costs = in_transaction(steps.set_costs)
remove_product = in_transaction(steps.remove_product)


def save_product(
    uow: UnitOfWork,
    *,
    original_barcode: str = "",
    barcode: str,
    name: str,
    price_fen: int,
    host_code: str,
    recommender_code: str,
    coop_bp: int,
    rec_bp: int,
    tags: Sequence[str],
    active: bool,
    components: Sequence[CostComponent],
) -> tuple[Product, tuple[CostComponent, ...]]:
    """The product form in one transaction: a new product (``original_barcode=""``; ``barcode=""``
    allocates an in-store code), or the product of ``original_barcode`` changed; then its public
    cost breakdown. Returns the product and its costs as stored."""
    with uow:
        if not original_barcode:
            product = catalog_steps.add_product(
                uow, name=name, price_fen=price_fen, host_code=host_code, barcode=barcode,
                recommender_code=recommender_code, coop_bp=coop_bp, rec_bp=rec_bp, tags=tags,
            )  # fmt: skip
            if not active:
                product = steps.update_product(uow, barcode=product.barcode, active=False)
        else:
            product = steps.update_product(
                uow, barcode=original_barcode, new_barcode=barcode if barcode != original_barcode else None,
                name=name, price_fen=price_fen, host_code=host_code, recommender_code=recommender_code,
                coop_bp=coop_bp, rec_bp=rec_bp, tags=tags, active=active,
            )  # fmt: skip
        parts = steps.set_costs(uow, barcode=product.barcode, components=components)
        uow.commit()
    return product, parts


def save_host(
    uow: UnitOfWork,
    *,
    adding: bool,
    code: str,
    name: str,
    kind: HostKind,
    coop_bp: int,
    monthly_rent_fen: int,
    joined: date,
    contact: str,
    active: bool,
    loss_bearer: LossBearer,
    at: datetime,
) -> Host:
    """The host form in one transaction: the host added (``adding``) or changed, and who bears
    its goods missing at a count."""
    with uow:
        if adding:
            host = catalog_steps.add_host(
                uow, code=code, name=name, joined=joined, kind=kind, coop_bp=coop_bp,
                monthly_rent_fen=monthly_rent_fen, contact=contact,
            )  # fmt: skip
        if not adding or not active:
            host = steps.update_host(
                uow, code=code, name=name, kind=kind, coop_bp=coop_bp, monthly_rent_fen=monthly_rent_fen,
                joined=joined, contact=contact, active=active,
            )  # fmt: skip
        record_loss_bearer(uow, host_code=code, bearer=loss_bearer, at=at)
        uow.commit()
    return host


def save_recommender(
    uow: UnitOfWork, *, adding: bool, code: str, name: str, default_bp: int, contact: str, active: bool
) -> Recommender:
    """The recommender form in one transaction: the recommender added (``adding``) or changed."""
    with uow:
        if adding:
            rec = catalog_steps.add_recommender(
                uow, code=code, name=name, default_bp=default_bp, contact=contact
            )
        if not adding or not active:
            rec = steps.update_recommender(
                uow, code=code, name=name, default_bp=default_bp, contact=contact, active=active
            )
        uow.commit()
    return rec
