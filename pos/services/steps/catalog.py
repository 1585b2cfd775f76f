"""Steps that shape the catalog: tags, hosts, recommenders, goods, and goods coming in.

Each works inside the caller's open unit of work (``pos.services.steps``); a screen calls the
use cases of the same name in ``pos.services.catalog``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pos.barcodes import instore_ean13, normalise_barcode
from pos.catalog import Host, HostKind, Product, Recommender, Tag, clean_code, clean_name, clean_text
from pos.errors import NotFound, RuleError
from pos.ids import TagId
from pos.ports import UnitOfWork
from pos.sale import StockMovement
from pos.stock import check_qty
from pos.users import Permission, require

INSTORE_SEQUENCE = "instore_barcode"


def add_tag(uow: UnitOfWork, *, name: str) -> Tag:
    require(uow.actor, Permission.EDIT_CATALOG)
    name = clean_name(name, field="标签/tag")
    if uow.tags.by_name(name) is not None:
        raise RuleError(f"标签 “{name}” 已经存在", f'tag "{name}" already exists')
    return uow.tags.add(Tag(name=name))


def ensure_tags(uow: UnitOfWork, names: Sequence[str]) -> tuple[TagId, ...]:
    """The ids of the named tags, creating the ones that are new (so: for who edits the catalog)."""
    require(uow.actor, Permission.EDIT_CATALOG)
    ids: list[TagId] = []
    for raw in names:
        name = clean_name(raw, field="标签/tag")
        tag = uow.tags.by_name(name) or uow.tags.add(Tag(name=name))
        assert tag.id is not None
        if tag.id not in ids:
            ids.append(tag.id)
    return tuple(ids)


def add_host(
    uow: UnitOfWork,
    *,
    code: str,
    name: str,
    joined: date,
    kind: HostKind = "host",
    coop_bp: int = 2000,
    monthly_rent_fen: int = 0,
    contact: str = "",
) -> Host:
    """A new host; one with module rent (a charge, docs/domain.md) is for those who may record charges."""
    require(uow.actor, Permission.EDIT_CATALOG)
    if monthly_rent_fen:
        require(uow.actor, Permission.CHARGES)
    code = clean_code(code, field="主理人编号/host code")
    if uow.hosts.by_code(code) is not None:
        raise RuleError(f"主理人编号 {code} 已经存在", f"host code {code} already exists")
    return uow.hosts.add(
        Host(
            code=code,
            name=clean_name(name, field="名称/name"),
            kind=kind,
            coop_bp=coop_bp,
            monthly_rent_fen=monthly_rent_fen,
            joined=joined,
            contact=clean_text(contact, field="联系方式/contact"),
        )
    )


def add_recommender(
    uow: UnitOfWork, *, code: str, name: str, default_bp: int = 0, contact: str = ""
) -> Recommender:
    require(uow.actor, Permission.EDIT_CATALOG)
    code = clean_code(code, field="推介官编号/recommender code")
    if uow.recommenders.by_code(code) is not None:
        raise RuleError(f"推介官编号 {code} 已经存在", f"recommender code {code} already exists")
    return uow.recommenders.add(
        Recommender(
            code=code,
            name=clean_name(name, field="名称/name"),
            default_bp=default_bp,
            contact=clean_text(contact, field="联系方式/contact"),
        )
    )


def allocate_instore_barcode(uow: UnitOfWork) -> str:
    """The next in-store EAN-13 (``2…``), never reused, skipping any code already taken."""
    require(uow.actor, Permission.EDIT_CATALOG)  # each call uses a number up for good
    while True:
        code = instore_ean13(uow.sequences.next_value(INSTORE_SEQUENCE))
        if uow.products.by_barcode(code) is None:
            return code


def add_product(
    uow: UnitOfWork,
    *,
    name: str,
    price_fen: int,
    host_code: str,
    barcode: str = "",
    recommender_code: str = "",
    coop_bp: int | None = None,
    rec_bp: int | None = None,
    tags: Sequence[str] = (),
) -> Product:
    """A new product; rates default to the host's and the recommender's."""
    require(uow.actor, Permission.EDIT_CATALOG)
    host = uow.hosts.by_code(host_code.strip())
    if host is None or host.id is None:
        raise NotFound(f"没有编号为 {host_code} 的主理人", f"there is no host with code {host_code}")
    rec = None
    if recommender_code.strip():
        rec = uow.recommenders.by_code(recommender_code.strip())
        if rec is None:
            raise NotFound(
                f"没有编号为 {recommender_code} 的推介官",
                f"there is no recommender with code {recommender_code}",
            )
    if rec is None and rec_bp:
        raise RuleError(
            "没有推介官的商品不能有推介比例", "a product without a recommender cannot have a recommender rate"
        )
    code = normalise_barcode(barcode) if barcode.strip() else allocate_instore_barcode(uow)
    if uow.products.by_barcode(code) is not None:
        raise RuleError(f"条码 {code} 已属于另一件商品", f"barcode {code} already belongs to another product")
    product = Product(
        barcode=code,
        name=clean_name(name, field="品名/name"),
        price_fen=price_fen,
        host_id=host.id,
        recommender_id=rec.id if rec else None,
        coop_bp=host.coop_bp if coop_bp is None else coop_bp,
        rec_bp=(rec.default_bp if rec_bp is None else rec_bp) if rec else 0,
        tag_ids=ensure_tags(uow, tags),
    )
    return uow.products.add(product)


def receive_stock(
    uow: UnitOfWork, *, barcode: str, qty: int, at: datetime, user: str = "", reason: str = ""
) -> StockMovement:
    """Goods a host delivers (入库): an intake movement of ``qty`` whole units, made by ``user``
    (an import names its file's user) or else by the acting user."""
    require(uow.actor, Permission.RECEIVE_STOCK)
    user = (" ".join(user.split()) or uow.actor.label)[:40]
    check_qty(qty, what_zh="入库", what_en="intake")
    product = uow.products.by_barcode(normalise_barcode(barcode))
    if product is None or product.id is None:
        raise NotFound(f"没有条码为 {barcode} 的商品", f"there is no product with barcode {barcode}")
    movement = StockMovement(product_id=product.id, kind="intake", qty=qty, at=at, reason=reason, user=user)
    uow.stock.add([movement])
    return movement
