"""Steps that edit the catalog: hosts, recommenders, tags and goods change from now on, never backwards.

A price or rate change applies to sales from then on: every sale line keeps the price and rates it
was sold at. A product that has been sold (or has stock history) is never deleted, only made inactive.

Each works inside the caller's open unit of work (``pos.services.steps``); a screen calls the
use cases of the same name in ``pos.services.goods``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from pos.audit import Action, entry
from pos.barcodes import normalise_barcode
from pos.catalog import Host, HostKind, Product, Recommender, Tag, clean_name, clean_text
from pos.clock import utc_now
from pos.costs import CostComponent, check_components
from pos.errors import NotFound, RuleError
from pos.ids import HostId
from pos.ports import UnitOfWork
from pos.services.steps.catalog import ensure_tags
from pos.users import Permission, require, require_host_access


def _audit_rates(
    uow: UnitOfWork, subject: str, before: dict[str, int], after: dict[str, int], note: str = ""
) -> None:
    """A commission, recommender rate or rent change is audited: who, when, from what to what."""
    if before != after:
        uow.audit.add(entry(at=utc_now(), actor=uow.actor, action=Action.RATE_CHANGED, subject=subject,
                            before=before, after=after, note=note))  # fmt: skip


def _may_see(uow: UnitOfWork, host_id: HostId | None) -> None:
    """A host sees only its own (``host_id``: whose the record is, None if there is none); other
    roles must work with goods, sell them or settle."""
    actor = uow.actor
    require_host_access(actor, host_id if actor.role == "host" else None)


def get_host(uow: UnitOfWork, code: str) -> Host:
    """Inside the caller's unit of work; a host login may read only itself."""
    host = uow.hosts.by_code(code.strip())
    _may_see(uow, host.id if host is not None else None)
    if host is None:
        raise NotFound(f"没有编号为 {code} 的主理人", f"there is no host with code {code}")
    return host


def get_recommender(uow: UnitOfWork, code: str) -> Recommender:
    _may_see(uow, uow.actor.host_id)  # a host login: any recommender its goods may name
    rec = uow.recommenders.by_code(code.strip())
    if rec is None:
        raise NotFound(f"没有编号为 {code} 的推介官", f"there is no recommender with code {code}")
    return rec


def get_product(uow: UnitOfWork, barcode: str) -> Product:
    """Inside the caller's unit of work; a host login may read only its own goods."""
    code = normalise_barcode(barcode)
    product = uow.products.by_barcode(code)
    _may_see(uow, product.host_id if product is not None else None)
    if product is None:
        raise NotFound(f"没有条码为 {code} 的商品", f"there is no product with barcode {code}")
    return product


def update_host(
    uow: UnitOfWork,
    *,
    code: str,
    name: str | None = None,
    kind: HostKind | None = None,
    coop_bp: int | None = None,
    monthly_rent_fen: int | None = None,
    joined: date | None = None,
    contact: str | None = None,
    active: bool | None = None,
) -> Host:
    """Change a host. Its goods keep their own rates; the host's rate is the default for new goods.
    Module rent is a charge (docs/domain.md): changing it, or the joined date it is owed from, is for
    those who may record charges."""
    require(uow.actor, Permission.EDIT_CATALOG)
    host = get_host(uow, code)
    rent_changes = monthly_rent_fen is not None and monthly_rent_fen != host.monthly_rent_fen
    owed_from_changes = (
        joined is not None and joined != host.joined and (host.monthly_rent_fen > 0 or bool(monthly_rent_fen))
    )
    if rent_changes or owed_from_changes:
        require(uow.actor, Permission.CHARGES)
    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = clean_name(name, field="名称/name")
    for field, value in (
        ("kind", kind),
        ("coop_bp", coop_bp),
        ("monthly_rent_fen", monthly_rent_fen),
        ("joined", joined),
        ("active", active),
    ):
        if value is not None:
            changes[field] = value
    if contact is not None:
        changes["contact"] = clean_text(contact, field="联系方式/contact")
    stored = uow.hosts.update(dataclasses.replace(host, **changes))  # type: ignore[arg-type]
    _audit_rates(uow, host.code, {"coop_bp": host.coop_bp, "monthly_rent_fen": host.monthly_rent_fen},
                 {"coop_bp": stored.coop_bp, "monthly_rent_fen": stored.monthly_rent_fen})  # fmt: skip
    return stored


def update_recommender(
    uow: UnitOfWork,
    *,
    code: str,
    name: str | None = None,
    default_bp: int | None = None,
    contact: str | None = None,
    active: bool | None = None,
) -> Recommender:
    require(uow.actor, Permission.EDIT_CATALOG)
    rec = get_recommender(uow, code)
    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = clean_name(name, field="名称/name")
    if default_bp is not None:
        changes["default_bp"] = default_bp
    if contact is not None:
        changes["contact"] = clean_text(contact, field="联系方式/contact")
    if active is not None:
        changes["active"] = active
    stored = uow.recommenders.update(dataclasses.replace(rec, **changes))  # type: ignore[arg-type]
    _audit_rates(uow, rec.code, {"default_bp": rec.default_bp}, {"default_bp": stored.default_bp})
    return stored


def rename_tag(uow: UnitOfWork, *, old: str, new: str, active: bool | None = None) -> Tag:
    require(uow.actor, Permission.EDIT_CATALOG)
    tag = uow.tags.by_name(old.strip())
    if tag is None:
        raise NotFound(f"没有标签 “{old}”", f'there is no tag "{old}"')
    name = clean_name(new, field="标签/tag")
    other = uow.tags.by_name(name)
    if other is not None and other.id != tag.id:
        raise RuleError(f"标签 “{name}” 已经存在", f'tag "{name}" already exists')
    return uow.tags.update(Tag(id=tag.id, name=name, active=tag.active if active is None else active))


def update_product(
    uow: UnitOfWork,
    *,
    barcode: str,
    new_barcode: str | None = None,
    name: str | None = None,
    price_fen: int | None = None,
    host_code: str | None = None,
    recommender_code: str | None = None,
    coop_bp: int | None = None,
    rec_bp: int | None = None,
    tags: Sequence[str] | None = None,
    active: bool | None = None,
) -> Product:
    """Change a product from now on. ``recommender_code=""`` removes the recommender (and its rate);
    a new recommender brings its default rate unless ``rec_bp`` is given."""
    require(uow.actor, Permission.EDIT_CATALOG)
    product = get_product(uow, barcode)
    changes: dict[str, object] = {}
    if new_barcode is not None:
        code = normalise_barcode(new_barcode)
        if code != product.barcode:
            if uow.products.by_barcode(code) is not None:
                raise RuleError(
                    f"条码 {code} 已属于另一件商品", f"barcode {code} already belongs to another product"
                )
            if uow.products.has_history(product.id):  # type: ignore[arg-type]
                raise RuleError(
                    "已售出或有库存记录的商品不能改条码：请新建商品并停用旧的",
                    "a product with sales or stock history keeps its barcode: add a new product and deactivate the old",
                )
            changes["barcode"] = code
    if name is not None:
        changes["name"] = clean_name(name, field="品名/name")
    if price_fen is not None:
        changes["price_fen"] = price_fen
    if host_code is not None:
        host = get_host(uow, host_code)
        changes["host_id"] = host.id
    if recommender_code is not None:
        if recommender_code.strip():
            rec = get_recommender(uow, recommender_code)
            if rec.id != product.recommender_id:
                changes["recommender_id"] = rec.id
                changes["rec_bp"] = rec.default_bp
        else:
            changes["recommender_id"] = None
            changes["rec_bp"] = 0
    if coop_bp is not None:
        changes["coop_bp"] = coop_bp
    if rec_bp is not None:
        changes["rec_bp"] = rec_bp
    if tags is not None:
        changes["tag_ids"] = ensure_tags(uow, tags)
    if active is not None:
        changes["active"] = active
    stored = uow.products.update(dataclasses.replace(product, **changes))  # type: ignore[arg-type]
    _audit_rates(uow, product.barcode, {"coop_bp": product.coop_bp, "rec_bp": product.rec_bp},
                 {"coop_bp": stored.coop_bp, "rec_bp": stored.rec_bp}, note=product.name)  # fmt: skip
    return stored


def set_costs(
    uow: UnitOfWork, *, barcode: str, components: Sequence[CostComponent]
) -> tuple[CostComponent, ...]:
    """Replace the product's public cost breakdown (公开成本)."""
    require(uow.actor, Permission.EDIT_CATALOG)
    product = get_product(uow, barcode)
    parts = check_components(components)
    uow.products.set_costs(product.id, parts)  # type: ignore[arg-type]
    return parts


def remove_product(uow: UnitOfWork, *, barcode: str) -> bool:
    """Delete a product entered by mistake; one with any history is made inactive instead.

    Returns True when it was deleted, False when it was deactivated.
    """
    require(uow.actor, Permission.EDIT_CATALOG)
    product = get_product(uow, barcode)
    assert product.id is not None
    if uow.products.has_history(product.id):
        uow.products.update(dataclasses.replace(product, active=False))
        return False
    uow.products.delete(product.id)
    return True
