"""Which labels and price cards to print: a selection of goods, and how many of each, each read in
a unit of work of its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pos.barcodes import normalise_barcode
from pos.catalog import Product
from pos.costs import compose_price
from pos.documents import LabelItem, PriceCard
from pos.errors import NotFound, RuleError
from pos.ports import UnitOfWork
from pos.services.steps.goods import get_host
from pos.users import Permission, require, require_host_access

MAX_COPIES = 500


def _select_products(uow: UnitOfWork, *, host_code: str = "", barcodes: Sequence[str] = ()) -> list[Product]:
    """Named barcodes (in the order given), else a host's active goods, else every active product
    (inside the caller's unit of work). A host login prints only its own goods; other roles need to
    work with goods or sell them."""
    actor = uow.actor
    if actor.role == "host":
        own = uow.hosts.get(actor.host_id) if actor.host_id is not None else None
        if own is None or (host_code and host_code.strip() != own.code):
            require_host_access(actor, None)  # refuses, in words
            raise AssertionError("unreachable")
        host_code = own.code
    elif not (actor.may(Permission.EDIT_CATALOG) or actor.may(Permission.SELL)):
        require(actor, Permission.EDIT_CATALOG)
    if barcodes:
        out = []
        for code in barcodes:
            product = uow.products.by_barcode(normalise_barcode(code))
            if product is None:
                raise NotFound(f"没有条码为 {code} 的商品", f"there is no product with barcode {code}")
            if actor.role == "host" and product.host_id != actor.host_id:
                require_host_access(actor, product.host_id)
            out.append(product)
        return out
    host_id = get_host(uow, host_code).id if host_code else None
    goods = [p for p in uow.products.list(host_id=host_id) if p.active]
    if not goods:
        raise RuleError("没有在售的商品可以打印", "there are no active goods to print")
    return goods


def label_items(
    uow: UnitOfWork,
    *,
    host_code: str = "",
    barcodes: Sequence[str] = (),
    copies: int = 1,
    per_stock: bool = False,
) -> list[LabelItem]:
    """One label per product (or ``copies``), or as many as are on hand with ``per_stock``."""
    if not 1 <= copies <= MAX_COPIES:
        raise RuleError(f"份数应在 1 到 {MAX_COPIES} 之间", f"copies must be between 1 and {MAX_COPIES}")
    items = []
    with uow:
        for p in _select_products(uow, host_code=host_code, barcodes=barcodes):
            assert p.id is not None
            n = min(uow.stock.on_hand(p.id), MAX_COPIES) if per_stock else copies
            if n <= 0:
                continue
            host = uow.hosts.get(p.host_id)
            items.append(LabelItem(p.barcode, p.name, p.price_fen, host.name if host else "", n))
    if not items:
        raise RuleError(
            "所选商品都没有库存，没有标签要打印", "none of the chosen goods is in stock: no labels to print"
        )
    return items


def price_cards(
    uow: UnitOfWork, *, shop_name: str, as_of: date, host_code: str = "", barcodes: Sequence[str] = ()
) -> list[PriceCard]:
    """Transparent price cards (透明价签) at today's price and rates, with the listed costs."""
    cards = []
    with uow:
        tag_names = {t.id: t.name for t in uow.tags.list()}
        for p in _select_products(uow, host_code=host_code, barcodes=barcodes):
            assert p.id is not None
            host = uow.hosts.get(p.host_id)
            rec = uow.recommenders.get(p.recommender_id) if p.recommender_id is not None else None
            cards.append(
                PriceCard(
                    shop_name=shop_name,
                    product_name=p.name,
                    barcode=p.barcode,
                    host_name=host.name if host else "",
                    host_code=host.code if host else "",
                    recommender_name=rec.name if rec else "",
                    tags=tuple(tag_names[t] for t in p.tag_ids if t in tag_names),
                    composition=compose_price(
                        price_fen=p.price_fen,
                        coop_bp=p.coop_bp,
                        rec_bp=p.rec_bp,
                        components=uow.products.costs(p.id),
                    ),
                    as_of=as_of,
                )
            )
    return cards
