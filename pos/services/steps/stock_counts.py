"""A stock count's rules inside an open unit of work: start one, keep to its scope, each product's
expected and counted quantity, and the approval that posts the variances.

A step commits nothing. The use cases in ``pos.services.stock_counts`` open the unit of work,
check who acts, take the steps and commit; a handheld scanner's file (``count_file``) takes
several in one transaction: start, count, approve.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from pos.audit import Action, entry
from pos.catalog import Product
from pos.charges import Charge
from pos.clock import business_day
from pos.errors import InputError, NotFound, RuleError
from pos.money import format_yuan
from pos.ports import UnitOfWork
from pos.sale import StockMovement
from pos.services.stock import clean_reason, find_host, user_label
from pos.settlement import refuse_if_closed
from pos.stock import (
    CountLine,
    CountScope,
    ScopeKind,
    StockCount,
    VarianceReport,
    count_number,
    expected_now,
    variance_report,
)


def start(
    uow: UnitOfWork,
    *,
    scope: ScopeKind,
    host_code: str,
    tag_name: str,
    at: datetime,
    uncounted_zero: bool,
    note: str,
) -> StockCount:
    """Open a count (one at a time) with every product's expected quantity taken now."""
    if uow.stock.open_count() is not None:
        raise RuleError(
            "已有一个盘点在进行中：请先完成或取消它",
            "a stock count is already open: finish or cancel it first",
        )
    if scope == "host":
        host = find_host(uow, host_code)
        cs, label = CountScope(kind="host", host_id=host.id), f"{host.code} {host.name}"
    elif scope == "tag":
        tag = uow.tags.by_name(" ".join(tag_name.split()))
        if tag is None or tag.id is None:
            raise NotFound(f"没有标签 “{tag_name}”", f'there is no tag "{tag_name}"')
        cs, label = CountScope(kind="tag", tag_id=tag.id), f"标签 {tag.name}"
    elif scope == "all":
        cs, label = CountScope(), "全部商品" if uncounted_zero else "扫描到的商品"
    else:
        raise InputError(f"盘点范围 “{scope}” 无效", f'count scope "{scope}" is not valid')
    uow.stock.lock_ledger()
    return uow.stock.add_count(
        StockCount(
            scope=cs,
            scope_label=label,
            started_at=at,
            started_by=user_label(uow),
            start_mark=uow.stock.last_mark(),
            uncounted_zero=uncounted_zero,
            note=clean_reason(note),
        ),
        snapshot=uncounted_zero or scope != "all",
    )


def open_count(uow: UnitOfWork, count_id: int) -> StockCount:
    """The count ``count_id``, refused unless it is still open."""
    count = uow.stock.get_count(count_id)
    if count is None or count.id is None:
        raise NotFound(f"没有盘点 {count_number(count_id)}", f"there is no count {count_number(count_id)}")
    if count.state != "open":
        raise RuleError(
            f"盘点 {count_number(count_id)} 已经结束", f"the count {count_number(count_id)} is already closed"
        )
    return count


def take_in_scope(uow: UnitOfWork, count: StockCount, product: Product) -> None:
    """Refuse a product outside the count's scope; one not yet in the count joins it."""
    assert count.id is not None and product.id is not None
    if uow.stock.has_count_item(count.id, product.id):
        return
    scope = count.scope
    if (scope.host_id is not None and product.host_id != scope.host_id) or (
        scope.tag_id is not None and scope.tag_id not in product.tag_ids
    ):
        raise RuleError(
            f"{product.name}（{product.barcode}）不在本次盘点范围（{count.scope_label}）内",
            f"{product.name} ({product.barcode}) is not in this count's scope ({count.scope_label})",
        )
    # a product added to the scope since the count started (or any product when counting only
    # what is scanned): expected as it was when the count started
    uow.stock.add_count_item(count.id, product.id, uow.stock.on_hand_at(product.id, count.start_mark))


def count_lines(uow: UnitOfWork, count: StockCount) -> list[CountLine]:
    """Each product's expected (when it was counted) and counted quantity; a closed count's as kept."""
    assert count.id is not None
    items = uow.stock.count_items(count.id, counted=None if count.uncounted_zero else True)
    if count.state != "open":
        return [
            dataclasses.replace(ln, expected=it.approved_expected, counted=it.approved_counted)
            for it, ln in zip(items, expected_now(items, []), strict=True)
            if it.approved_expected is not None and it.approved_counted is not None
        ]
    return expected_now(
        items, uow.stock.moved_since(count.start_mark, count_id=count.id), upto_mark=uow.stock.last_mark()
    )


def approve(uow: UnitOfWork, count: StockCount, *, at: datetime, timezone: str, note: str) -> VarianceReport:
    assert count.id is not None
    # The books first, as every writer of something dated takes them (README, "Several counters
    # at once"): a credit may be dated in a period a close is reading; then the ledger.
    day = business_day(at, timezone)
    closed = uow.settlements.closed_number_covering(day)
    uow.stock.lock_ledger()
    lines = count_lines(uow, count)
    report = variance_report(count, lines, bearers=uow.stock.loss_bearers(), at=at)
    user = user_label(uow)
    number = count_number(count.id)
    uow.stock.add(
        [
            StockMovement(
                product_id=ln.product_id, kind="count_adjustment", qty=ln.variance, at=at,
                reason=f"盘点 {number}", user=user,
            )
            for ln in lines
            if ln.variance != 0
        ]
    )  # fmt: skip
    for h in report.hosts:
        if h.credit_fen > 0:
            refuse_if_closed(closed, day, "盘点损耗补偿", "count credits")
            uow.charges.add(
                Charge(
                    host_id=h.host_id,
                    day=day,
                    amount_fen=-h.credit_fen,
                    kind="adjustment",
                    note=f"盘点 {number} 缺 {h.missing} 件，合作社承担 / count {number}: {h.missing} missing",
                )
            )
    uow.stock.finish_count(count, lines, state="approved", by=user, at=at)
    uow.audit.add(
        entry(
            at=at, actor=uow.actor, action=Action.COUNT_APPROVED, subject=number,
            after={
                "scope": count.scope_label,
                "products": len(lines),
                "adjusted": sum(1 for ln in lines if ln.variance),
                "variance_units": sum(ln.variance for ln in lines),
                "variance_fen": report.variance_fen,
                "credit_fen": report.credit_fen,
            },
            note=clean_reason(note)
            or f"差异 {format_yuan(report.variance_fen)} 元 / variance {format_yuan(report.variance_fen)}",
        )
    )  # fmt: skip
    approved = dataclasses.replace(count, state="approved", approved_at=at, approved_by=user)
    return dataclasses.replace(report, count=approved)
