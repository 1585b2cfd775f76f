"""Stock: the ledger as a screen, intake and returns to hosts with their slips, losses (counts:
``pos.services.stock_counts``).

Each service is one transaction of its own and checks the acting user's role first. A host login
sees only its own goods. Movements carry who made them and why; counts are approved with an
audit entry, and where the co-op bears a host's losses, the missing goods become a credit charge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pos.audit import Action, entry
from pos.barcodes import normalise_barcode
from pos.catalog import Host, Product, clean_code, clean_text
from pos.errors import CoopError, InputError, NotFound, RuleError
from pos.ports import UnitOfWork
from pos.sale import StockMovement
from pos.services.retry import retrying
from pos.stock import (
    LOSS_BEARER_NAMES_ZH,
    MAX_QTY,
    HostStock,
    LossBearer,
    SlipLine,
    StockFilter,
    StockLevel,
    StockSlip,
    check_qty,
    merge_lines,
    slip_number,
)
from pos.users import Permission, require, require_any, require_host_access

MAX_REASON = 200


def clean_reason(text: str) -> str:
    return clean_text(text, field="原因/reason")[:MAX_REASON]


def user_label(uow: UnitOfWork) -> str:
    return uow.actor.label[:40]


def _scoped(uow: UnitOfWork, query: StockFilter) -> StockFilter:
    actor = uow.actor
    if actor.role == "host":
        if actor.host_id is None or (query.host_id is not None and query.host_id != actor.host_id):
            require_host_access(actor, query.host_id)
        return dataclasses.replace(query, host_id=actor.host_id)
    # the stock list is the shelf's books (units and value per host): for those who receive and
    # count goods, not for a cashier (who finds goods and their stock through the goods search)
    require_any(actor, Permission.RECEIVE_STOCK, Permission.COUNT_STOCK)
    return query


def find_product(uow: UnitOfWork, code: str) -> Product:
    """Inside the caller's unit of work: the product of a scanned or typed code."""
    text = "".join(ch for ch in code if ch.isprintable()).strip()
    if not text:
        raise InputError("条码为空", "the code is empty")
    try:
        barcode = normalise_barcode(text)
    except CoopError:
        raise NotFound(
            f"条码 {text} 无效（扫描有误？）", f"the code {text} is not valid (a misread?)"
        ) from None
    product = uow.products.by_barcode(barcode)
    if uow.actor.role == "host":  # a host login finds only its own goods
        require_host_access(uow.actor, product.host_id if product is not None else None)
    if product is None or product.id is None:
        raise NotFound(f"没有条码为 {barcode} 的商品", f"there is no product with barcode {barcode}")
    return product


def find_host(uow: UnitOfWork, code: str) -> Host:
    """Inside the caller's unit of work; a host login finds only itself."""
    host = uow.hosts.by_code(clean_code(code, field="主理人/host"))
    if uow.actor.role == "host":
        require_host_access(uow.actor, host.id if host is not None else None)
    if host is None or host.id is None:
        raise NotFound(f"没有编号为 {code} 的主理人", f"there is no host with code {code}")
    return host


# ---------------------------------------------------------------- the stock list


def stock_levels(uow: UnitOfWork, query: StockFilter) -> Sequence[StockLevel]:
    """One page of the stock list, as this user may see it: a host its own goods only; staff,
    managers and administrators every host's."""
    with uow:
        return uow.stock.levels(_scoped(uow, query))


def count_stock_levels(uow: UnitOfWork, query: StockFilter) -> int:
    with uow:
        return uow.stock.count_levels(_scoped(uow, query))


def host_stock(uow: UnitOfWork) -> Sequence[HostStock]:
    """Per host: goods, units and value on the shelf, negative and low products."""
    with uow:
        scoped = _scoped(uow, StockFilter())
        return uow.stock.host_totals(host_id=scoped.host_id)


def stock_export(uow: UnitOfWork) -> list[dict[str, object]]:
    """``coop-pos stock --json``: ``[{"barcode", "name", "host", "on_hand"}]`` sorted by barcode."""
    with uow:
        rows = uow.stock.on_hand_list(host_id=_scoped(uow, StockFilter()).host_id)
    return [
        {"barcode": b, "name": n, "host": h, "on_hand": q} for b, n, h, q in sorted(rows, key=lambda r: r[0])
    ]


def set_low_stock(uow: UnitOfWork, *, barcode: str, threshold: int) -> None:
    """The product is flagged low at or below ``threshold`` units (0: never)."""
    require(uow.actor, Permission.EDIT_CATALOG)
    if not 0 <= threshold <= MAX_QTY:
        raise RuleError(
            f"库存预警数量 {threshold} 必须在 0 到 {MAX_QTY} 之间",
            f"the low-stock level {threshold} must be from 0 to {MAX_QTY}",
        )
    with uow:
        product = find_product(uow, barcode)
        assert product.id is not None
        uow.stock.set_low_stock(product.id, threshold)
        uow.commit()


def loss_bearer(uow: UnitOfWork, *, host_code: str) -> LossBearer:
    """Who bears the host's goods missing at a count: the host itself, or those who keep the
    catalog or count the stock, may read it."""
    actor = uow.actor
    if actor.role != "host":
        require_any(actor, Permission.EDIT_CATALOG, Permission.COUNT_STOCK)
    with uow:
        host = find_host(uow, host_code)  # a host login: only itself
        assert host.id is not None
        return uow.stock.loss_bearers().get(host.id, "host")


def record_loss_bearer(uow: UnitOfWork, *, host_code: str, bearer: LossBearer, at: datetime) -> None:
    """:func:`set_loss_bearer` inside the caller's transaction (the host form saves it with the host)."""
    require(uow.actor, Permission.EDIT_CATALOG)
    if bearer not in LOSS_BEARER_NAMES_ZH:
        raise InputError(f"损耗承担方 “{bearer}” 无效", f'loss bearer "{bearer}" is not valid')
    host = find_host(uow, host_code)
    assert host.id is not None
    before = uow.stock.loss_bearers().get(host.id, "host")
    if before != bearer:
        uow.stock.set_loss_bearer(host.id, bearer)
        uow.audit.add(
            entry(
                at=at, actor=uow.actor, action=Action.RATE_CHANGED, subject=host.code,
                before={"loss_bearer": before}, after={"loss_bearer": bearer},
                note=f"盘点损耗：{LOSS_BEARER_NAMES_ZH[bearer]} / count losses borne by {bearer}",
            )
        )  # fmt: skip


def set_loss_bearer(uow: UnitOfWork, *, host_code: str, bearer: LossBearer, at: datetime) -> None:
    """Who bears goods missing at a count: the host (default) or the co-op. Audited."""
    with uow:
        record_loss_bearer(uow, host_code=host_code, bearer=bearer, at=at)
        uow.commit()


# ---------------------------------------------------------------- intake and returns


def _slip(
    uow: UnitOfWork,
    *,
    kind: str,
    lines: Sequence[tuple[str, int]],
    at: datetime,
    reason: str,
) -> StockSlip:
    require(uow.actor, Permission.RECEIVE_STOCK)
    what_zh, what_en = ("入库", "intake") if kind == "intake" else ("退货", "return")
    merged = merge_lines(lines)
    if not merged:
        raise RuleError(f"{what_zh}单上没有商品", f"the {what_en} slip has no goods")
    with uow:
        products: list[tuple[Product, int]] = []
        for code, qty in merged:
            products.append((find_product(uow, code), check_qty(qty, what_zh=what_zh, what_en=what_en)))
        host_ids = {p.host_id for p, _ in products}
        if len(host_ids) > 1:
            raise RuleError(
                f"一张{what_zh}单只能有一位主理人的商品", f"one {what_en} slip holds one host's goods only"
            )
        host = uow.hosts.get(products[0][0].host_id)
        assert host is not None
        if kind == "return_to_host":
            # Hold the goods' stock levels (in product order, as sales take them) before reading
            # what is on hand: two returns of the same goods at once cannot both take the last units.
            uow.stock.lock_levels([p.id for p, _ in products if p.id is not None])
            short = []
            for p, qty in products:
                assert p.id is not None
                have = uow.stock.on_hand(p.id)
                if qty > have:
                    short.append(f"{p.name} ({p.barcode}): {have}")
            if short:
                raise RuleError(
                    "退货数量多于账上库存：" + "；".join(short),
                    "returning more than the books show on hand: " + "; ".join(short),
                )
        number = slip_number(kind, uow.sequences.next_value(f"slip_{kind}"))
        user = user_label(uow)
        note = clean_reason(reason)
        why = f"{number} {note}".strip()[:MAX_REASON]
        uow.stock.add(
            [
                StockMovement(
                    product_id=p.id,
                    kind=kind,
                    qty=qty if kind == "intake" else -qty,
                    at=at,
                    reason=why,
                    user=user,
                )
                for p, qty in products
                if p.id is not None
            ]
        )
        slip = StockSlip(
            kind="intake" if kind == "intake" else "return_to_host",
            number=number,
            at=at,
            host_code=host.code,
            host_name=host.name,
            user=user,
            reason=note,
            lines=tuple(
                SlipLine(barcode=p.barcode, name=p.name, qty=qty, price_fen=p.price_fen)
                for p, qty in products
            ),
        )
        uow.commit()
        return slip


def receive_goods(
    uow: UnitOfWork, *, lines: Sequence[tuple[str, int]], at: datetime, reason: str = ""
) -> StockSlip:
    """A host delivers goods (入库): one intake movement per product, numbered ``RK000001``."""
    return retrying(lambda: _slip(uow, kind="intake", lines=lines, at=at, reason=reason))


def return_to_host(
    uow: UnitOfWork, *, lines: Sequence[tuple[str, int]], at: datetime, reason: str = ""
) -> StockSlip:
    """Unsold goods go back to their host (退货给主理人), numbered ``TH000001``; never more than on hand."""
    return retrying(lambda: _slip(uow, kind="return_to_host", lines=lines, at=at, reason=reason))


def record_loss(uow: UnitOfWork, *, barcode: str, qty: int, at: datetime, reason: str) -> StockMovement:
    """Goods found broken or gone outside a count (损耗): a loss movement with its reason."""
    require(uow.actor, Permission.APPROVE_COUNT)
    note = clean_reason(reason)
    if not note:
        raise InputError("请写明损耗原因", "say why the goods are lost")
    with uow:
        product = find_product(uow, barcode)
        assert product.id is not None
        m = StockMovement(
            product_id=product.id,
            kind="loss",
            qty=-check_qty(qty, what_zh="损耗", what_en="loss"),
            at=at,
            reason=note,
            user=user_label(uow),
        )
        uow.stock.add([m])
        uow.commit()
        return m


@dataclass(frozen=True, slots=True, kw_only=True)
class SlipProduct:
    """A product as the intake and return screens list it before the slip is made."""

    barcode: str
    name: str
    host_code: str
    host_name: str
    price_fen: int
    on_hand: int


def slip_product(uow: UnitOfWork, *, code: str) -> SlipProduct:
    require(uow.actor, Permission.RECEIVE_STOCK)
    with uow:
        p = find_product(uow, code)
        host = uow.hosts.get(p.host_id)
        assert p.id is not None and host is not None
        return SlipProduct(
            barcode=p.barcode,
            name=p.name,
            host_code=host.code,
            host_name=host.name,
            price_fen=p.price_fen,
            on_hand=uow.stock.on_hand(p.id),
        )
