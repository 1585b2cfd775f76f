"""Stock counts (盘点): start one (everything, a host, a tag) with every product's expected quantity,
scan (one a scan, or a typed quantity), see counted against expected while the shop sells, approve
(count adjustments, audited; a credit to hosts whose losses the co-op bears) or cancel; a handheld
scanner's dump as one count. Each service is one transaction and checks the user's role first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pos.audit import Action, entry
from pos.catalog import Product
from pos.charges import Charge
from pos.clock import business_day
from pos.errors import CoopError, InputError, NotFound, RuleError
from pos.money import format_yuan
from pos.ports import UnitOfWork
from pos.sale import StockMovement
from pos.services.retry import retrying
from pos.services.stock import clean_reason, find_host, find_product, user_label
from pos.settlement import refuse_if_closed
from pos.stock import (
    MAX_QTY,
    CountLine,
    CountScope,
    ScopeKind,
    StockCount,
    VarianceReport,
    check_qty,
    count_number,
    expected_now,
    parse_scanner_dump,
    variance_report,
)
from pos.users import Permission, require, require_host_access


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanResult:
    """What the counting screen shows after a scan: the product, counted so far and expected now."""

    barcode: str
    name: str
    host_code: str
    added: int
    counted: int
    expected: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CountStatus:
    count: StockCount
    products: int
    scanned_products: int
    scanned_units: int
    counted: tuple[CountLine, ...]  # products scanned, with expected now
    not_counted: tuple[CountLine, ...]  # products in scope not yet scanned (first ``limit``)


def current_count(uow: UnitOfWork) -> StockCount | None:
    """The count in progress (paused or not), if any: there is at most one at a time."""
    require(uow.actor, Permission.COUNT_STOCK)
    with uow:
        return uow.stock.open_count()


def recent_counts(uow: UnitOfWork, *, limit: int = 50) -> Sequence[StockCount]:
    require(uow.actor, Permission.COUNT_STOCK)
    with uow:
        return uow.stock.counts(limit=limit)


def _start(
    uow: UnitOfWork,
    *,
    scope: ScopeKind,
    host_code: str,
    tag_name: str,
    at: datetime,
    uncounted_zero: bool,
    note: str,
) -> StockCount:
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


def start_count(
    uow: UnitOfWork,
    *,
    scope: ScopeKind = "all",
    host_code: str = "",
    tag_name: str = "",
    at: datetime,
    uncounted_zero: bool = True,
    note: str = "",
) -> StockCount:
    """Take every product's expected quantity now and open the count (one at a time). Selling goes
    on meanwhile. ``uncounted_zero`` False: only the products scanned are counted (scope ``all``)."""
    require(uow.actor, Permission.COUNT_STOCK)
    with uow:
        count = _start(
            uow, scope=scope, host_code=host_code, tag_name=tag_name, at=at,
            uncounted_zero=uncounted_zero, note=note,
        )  # fmt: skip
        uow.commit()
        return count


def _open(uow: UnitOfWork, count_id: int) -> StockCount:
    count = uow.stock.get_count(count_id)
    if count is None or count.id is None:
        raise NotFound(f"没有盘点 {count_number(count_id)}", f"there is no count {count_number(count_id)}")
    if count.state != "open":
        raise RuleError(
            f"盘点 {count_number(count_id)} 已经结束", f"the count {count_number(count_id)} is already closed"
        )
    return count


def _in_scope(uow: UnitOfWork, count: StockCount, product: Product) -> None:
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


def _scan_result(uow: UnitOfWork, count: StockCount, product: Product, added: int) -> ScanResult:
    assert count.id is not None and product.id is not None
    items = uow.stock.count_items(count.id, product_id=product.id)
    line = expected_now(items, uow.stock.moved_since(count.start_mark, product_id=product.id))[0]
    host = uow.hosts.get(product.host_id)
    return ScanResult(
        barcode=product.barcode,
        name=product.name,
        host_code=host.code if host else "",
        added=added,
        counted=line.counted,
        expected=line.expected,
    )


def scan(uow: UnitOfWork, *, count_id: int, code: str, qty: int = 1, at: datetime) -> ScanResult:
    """One scan adds one unit (or ``qty`` typed for many); each is its own row, committed at once."""
    require(uow.actor, Permission.COUNT_STOCK)
    check_qty(qty, what_zh="盘点", what_en="count")
    with uow:
        count = _open(uow, count_id)
        product = find_product(uow, code)
        _in_scope(uow, count, product)
        assert product.id is not None
        uow.stock.add_scan(
            count_id, product.id, qty=qty, at=at, user=user_label(uow), mark=uow.stock.last_mark()
        )
        result = _scan_result(uow, count, product, qty)
        uow.commit()
        return result


def set_counted(uow: UnitOfWork, *, count_id: int, code: str, counted: int, at: datetime) -> ScanResult:
    """Correct a product's count to ``counted`` units (a row for the difference; the scans stay)."""
    require(uow.actor, Permission.COUNT_STOCK)
    if not 0 <= counted <= MAX_QTY:
        raise RuleError(f"数量 {counted} 无效", f"the quantity {counted} is not valid")
    with uow:
        count = _open(uow, count_id)
        product = find_product(uow, code)
        _in_scope(uow, count, product)
        assert product.id is not None
        have = uow.stock.count_items(count_id, product_id=product.id)
        diff = counted - (have[0].counted if have else 0)
        uow.stock.add_scan(
            count_id, product.id, qty=diff, at=at, user=user_label(uow), mark=uow.stock.last_mark()
        )
        result = _scan_result(uow, count, product, diff)
        uow.commit()
        return result


def count_status(uow: UnitOfWork, *, count_id: int, limit: int = 500) -> CountStatus:
    """Counted against expected now, and the products in scope not yet counted (first ``limit``)."""
    require(uow.actor, Permission.COUNT_STOCK)
    with uow:
        count = uow.stock.get_count(count_id)
        if count is None:
            raise NotFound(
                f"没有盘点 {count_number(count_id)}", f"there is no count {count_number(count_id)}"
            )
        moved = uow.stock.moved_since(count.start_mark, count_id=count_id)
        counted = expected_now(uow.stock.count_items(count_id, counted=True), moved)
        not_counted = expected_now(uow.stock.count_items(count_id, counted=False, limit=limit), moved)
        products, scanned, units = uow.stock.count_progress(count_id)
        return CountStatus(
            count=count,
            products=products,
            scanned_products=scanned,
            scanned_units=units,
            counted=tuple(counted),
            not_counted=tuple(not_counted) if count.uncounted_zero else (),
        )


def _lines(uow: UnitOfWork, count: StockCount) -> list[CountLine]:
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


def count_variance(uow: UnitOfWork, *, count_id: int, at: datetime) -> VarianceReport:
    """The variance report: as approved for a closed count, else as it would be approved now.

    A host login reads its own part only (to co-sign it): a count scoped to another host is
    refused, and of a count of everything (or of a tag) it sees only its own goods' lines."""
    actor = uow.actor
    if actor.role == "host":
        require(actor, Permission.OWN_HOST)
        require_host_access(actor, actor.host_id)
    else:
        require(actor, Permission.COUNT_STOCK)
    with uow:
        count = uow.stock.get_count(count_id)
        if count is None or count.id is None:
            raise NotFound(
                f"没有盘点 {count_number(count_id)}", f"there is no count {count_number(count_id)}"
            )
        lines = _lines(uow, count)
        if actor.role == "host":
            if count.scope.host_id is not None:
                require_host_access(actor, count.scope.host_id)
            lines = [ln for ln in lines if ln.host_id == actor.host_id]
        return variance_report(count, lines, bearers=uow.stock.loss_bearers(), at=count.approved_at or at)


def _approve(uow: UnitOfWork, count: StockCount, *, at: datetime, timezone: str, note: str) -> VarianceReport:
    assert count.id is not None
    # The books first, as every writer of something dated takes them (README, "Several counters
    # at once"): a credit may be dated in a period a close is reading; then the ledger.
    day = business_day(at, timezone)
    closed = uow.settlements.closed_number_covering(day)
    uow.stock.lock_ledger()
    lines = _lines(uow, count)
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


def approve_count(
    uow: UnitOfWork, *, count_id: int, at: datetime, timezone: str, note: str = ""
) -> VarianceReport:
    """Post each variance as a count adjustment, keep expected and counted, audit it; for hosts whose
    losses the co-op bears, credit the host's share of the missing goods' price (current rates)."""
    require(uow.actor, Permission.APPROVE_COUNT)

    def work() -> VarianceReport:
        with uow:
            report = _approve(uow, _open(uow, count_id), at=at, timezone=timezone, note=note)
            uow.commit()
            return report

    return retrying(work)


def cancel_count(uow: UnitOfWork, *, count_id: int, at: datetime) -> None:
    """Drop an open count: nothing is posted; its scans are kept with it."""
    require(uow.actor, Permission.COUNT_STOCK)
    with uow:
        count = _open(uow, count_id)
        uow.stock.finish_count(count, [], state="cancelled", by=user_label(uow), at=at)
        uow.commit()


def count_file(
    uow: UnitOfWork,
    *,
    text: str,
    host_code: str = "",
    approve: bool = False,
    at: datetime,
    timezone: str,
) -> VarianceReport:
    """A handheld scanner's dump as one count, in one transaction: scoped to ``host_code`` (its
    products not scanned count as zero), or else to the products scanned. An unknown code or one
    out of scope refuses the whole file, every such line named."""
    require(uow.actor, Permission.APPROVE_COUNT if approve else Permission.COUNT_STOCK)
    dump = parse_scanner_dump(text)
    if not dump:
        raise InputError("扫描文件是空的", "the scanner file is empty")
    with uow:
        count = _start(
            uow, scope="host" if host_code.strip() else "all", host_code=host_code, tag_name="", at=at,
            uncounted_zero=bool(host_code.strip()), note="扫描枪文件 / scanner file",
        )  # fmt: skip
        assert count.id is not None
        found: list[tuple[Product, int]] = []
        bad: list[str] = []
        for d in dump:
            try:
                product = find_product(uow, d.code)
                _in_scope(uow, count, product)
                found.append((product, d.qty))
            except CoopError as exc:
                bad.append(f"第 {d.line_no} 行 / line {d.line_no}: {exc.zh} / {exc.en}")
        if bad:
            shown = bad[:20] + ([f"… ({len(bad)})"] if len(bad) > 20 else [])
            raise RuleError(
                "扫描文件有无法盘点的条码，没有导入：\n" + "\n".join(shown),
                "the scanner file has codes that cannot be counted; nothing was counted:\n"
                + "\n".join(shown),
            )
        mark, user = uow.stock.last_mark(), user_label(uow)
        for product, qty in found:
            assert product.id is not None
            uow.stock.add_scan(count.id, product.id, qty=qty, at=at, user=user, mark=mark)
        if approve:
            report = _approve(uow, count, at=at, timezone=timezone, note="扫描枪文件 / scanner file")
        else:
            report = variance_report(count, _lines(uow, count), bearers=uow.stock.loss_bearers(), at=at)
        uow.commit()
        return report


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanOutcome:
    """One code of a batch of scans: its result, or why it was refused (nothing written for it)."""

    code: str
    qty: int
    result: ScanResult | None = None
    error: CoopError | None = None


def scan_many(
    uow: UnitOfWork, *, count_id: int, scans: Sequence[tuple[str, int]], at: datetime
) -> list[ScanOutcome]:
    """Scans that came in while the last were being written, in one transaction and in order: a
    fast scanner never waits for the database, and none is lost or written twice."""
    require(uow.actor, Permission.COUNT_STOCK)
    out: list[ScanOutcome] = []
    with uow:
        count = _open(uow, count_id)
        assert count.id is not None
        user = user_label(uow)
        mark = uow.stock.last_mark()
        for code, qty in scans:
            try:
                check_qty(qty, what_zh="盘点", what_en="count")
                product = find_product(uow, code)
                _in_scope(uow, count, product)
                assert product.id is not None
                uow.stock.add_scan(count.id, product.id, qty=qty, at=at, user=user, mark=mark)
                out.append(ScanOutcome(code=code, qty=qty, result=_scan_result(uow, count, product, qty)))
            except CoopError as exc:
                out.append(ScanOutcome(code=code, qty=qty, error=exc))
        uow.commit()
    return out
