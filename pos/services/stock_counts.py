"""Stock counts (盘点): start one (everything, a host, a tag) with every product's expected quantity,
scan (one a scan, or a typed quantity), see counted against expected while the shop sells, approve
(count adjustments, audited; a credit to hosts whose losses the co-op bears) or cancel; a handheld
scanner's dump as one count. Each service is one transaction and checks the user's role first;
the rules they take inside it are the steps of ``pos.services.steps.stock_counts``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pos.catalog import Host, Product, Tag
from pos.errors import CoopError, InputError, NotFound, RuleError
from pos.ports import UnitOfWork
from pos.services.retry import retrying
from pos.services.steps import stock_counts as steps
from pos.services.steps.queries import visible_hosts
from pos.services.stock import find_product, user_label
from pos.stock import (
    MAX_QTY,
    CountLine,
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


@dataclass(frozen=True, slots=True, kw_only=True)
class CountChoices:
    """What a count may be scoped to: a host (a host login: only itself) or an active tag."""

    hosts: tuple[Host, ...]
    tags: tuple[Tag, ...]


def count_choices(uow: UnitOfWork) -> CountChoices:
    """The hosts and active tags the start of a count offers, read together."""
    require(uow.actor, Permission.COUNT_STOCK)
    with uow:
        return CountChoices(
            hosts=tuple(visible_hosts(uow)), tags=tuple(t for t in uow.tags.list() if t.active)
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
        count = steps.start(
            uow, scope=scope, host_code=host_code, tag_name=tag_name, at=at,
            uncounted_zero=uncounted_zero, note=note,
        )  # fmt: skip
        uow.commit()
        return count


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
        count = steps.open_count(uow, count_id)
        product = find_product(uow, code)
        steps.take_in_scope(uow, count, product)
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
        count = steps.open_count(uow, count_id)
        product = find_product(uow, code)
        steps.take_in_scope(uow, count, product)
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
        lines = steps.count_lines(uow, count)
        if actor.role == "host":
            if count.scope.host_id is not None:
                require_host_access(actor, count.scope.host_id)
            lines = [ln for ln in lines if ln.host_id == actor.host_id]
        return variance_report(count, lines, bearers=uow.stock.loss_bearers(), at=count.approved_at or at)


def approve_count(
    uow: UnitOfWork, *, count_id: int, at: datetime, timezone: str, note: str = ""
) -> VarianceReport:
    """Post each variance as a count adjustment, keep expected and counted, audit it; for hosts whose
    losses the co-op bears, credit the host's share of the missing goods' price (current rates)."""
    require(uow.actor, Permission.APPROVE_COUNT)

    def work() -> VarianceReport:
        with uow:
            report = steps.approve(uow, steps.open_count(uow, count_id), at=at, timezone=timezone, note=note)
            uow.commit()
            return report

    return retrying(work)


def cancel_count(uow: UnitOfWork, *, count_id: int, at: datetime) -> None:
    """Drop an open count: nothing is posted; its scans are kept with it."""
    require(uow.actor, Permission.COUNT_STOCK)
    with uow:
        count = steps.open_count(uow, count_id)
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
        count = steps.start(
            uow, scope="host" if host_code.strip() else "all", host_code=host_code, tag_name="", at=at,
            uncounted_zero=bool(host_code.strip()), note="扫描枪文件 / scanner file",
        )  # fmt: skip
        assert count.id is not None
        found: list[tuple[Product, int]] = []
        bad: list[str] = []
        for d in dump:
            try:
                product = find_product(uow, d.code)
                steps.take_in_scope(uow, count, product)
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
            report = steps.approve(uow, count, at=at, timezone=timezone, note="扫描枪文件 / scanner file")
        else:
            report = variance_report(
                count, steps.count_lines(uow, count), bearers=uow.stock.loss_bearers(), at=at
            )
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
        count = steps.open_count(uow, count_id)
        assert count.id is not None
        user = user_label(uow)
        mark = uow.stock.last_mark()
        for code, qty in scans:
            try:
                check_qty(qty, what_zh="盘点", what_en="count")
                product = find_product(uow, code)
                steps.take_in_scope(uow, count, product)
                assert product.id is not None
                uow.stock.add_scan(count.id, product.id, qty=qty, at=at, user=user, mark=mark)
                out.append(ScanOutcome(code=code, qty=qty, result=_scan_result(uow, count, product, qty)))
            except CoopError as exc:
                out.append(ScanOutcome(code=code, qty=qty, error=exc))
        uow.commit()
    return out
