"""The sales file: market-day sales and history from elsewhere, through the counter's own services.

Rows with the same receipt form one sale (or one refund, with ``refund_of``). Sales land first,
then refunds in time order, so a refund may come before its sale in the file. Receipt numbers are
kept as written; one that exists already is refused, so a file imported twice counts nothing twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from pos.barcodes import normalise_barcode
from pos.catalog import Product
from pos.clock import parse_time
from pos.errors import CoopError, InputError, NotFound, RuleError
from pos.imports.catalog import file_barcodes
from pos.imports.columns import Record
from pos.imports.runner import ImportContext, ImportReport, LineError, line_error
from pos.money import format_yuan, parse_fen
from pos.ports import UnitOfWork
from pos.sale import RefundRequest, Tender, parse_payment_method, price_lines, refund_lines
from pos.services.checkout import ItemRequest, cart_line, record_refund, record_sale

_PART = re.compile(r"[;；]")
_PAIR = re.compile(r"[:：]")
SHARED = ("time", "sale_discount", "payment", "refund_of")  # the same on every row of a receipt


@dataclass
class _Receipt:
    number: str
    first_line: int
    rows: list[Record] = field(default_factory=list)
    at: datetime | None = None


def parse_payments(text: str) -> list[tuple[str, int | None]]:
    """``cash`` → one method for the whole amount; ``wechat:30.00;cash:20.00`` → a split."""
    parts = [p.strip() for p in _PART.split(text) if p.strip()]
    if not parts:
        raise InputError("缺少支付方式", "the payment is missing")
    out: list[tuple[str, int | None]] = []
    for part in parts:
        pieces = _PAIR.split(part, maxsplit=1)
        method = parse_payment_method(pieces[0])
        amount = parse_fen(pieces[1], field=f"{pieces[0].strip()} 金额/amount") if len(pieces) == 2 else None
        if amount is not None and amount <= 0:
            raise InputError(f"{part}：金额必须大于 0", f"{part}: the amount must be more than 0")
        out.append((method, amount))
    if len(out) > 1 and any(a is None for _, a in out):
        raise InputError(
            f"拆分付款 “{text}” 的每一项都要写金额，例如 wechat:30.00;cash:20.00",
            f'each part of the split payment "{text}" needs an amount, e.g. wechat:30.00;cash:20.00',
        )
    return out


def _tenders(text: str, total_fen: int) -> list[Tender]:
    parts = parse_payments(text)
    if len(parts) == 1 and parts[0][1] is None:
        return [Tender(parts[0][0], total_fen)] if total_fen > 0 else []  # type: ignore[arg-type]
    paid = sum(a or 0 for _, a in parts)
    if paid != total_fen:
        raise RuleError(
            f"各支付方式合计 {format_yuan(paid)}，但本单合计 {format_yuan(total_fen)}",
            f"the payments add up to {format_yuan(paid)} but the receipt totals {format_yuan(total_fen)}",
        )
    return [Tender(m, a or 0) for m, a in parts]  # type: ignore[arg-type]


def _qty(text: str) -> int:
    s = text.strip()
    if not (s.isascii() and s.isdigit()) or int(s) <= 0:
        raise InputError(f"数量 “{s}” 应为正整数", f'qty "{s}" must be a whole number above 0')
    return int(s)


def _product(uow: UnitOfWork, barcode: str) -> Product:
    code = normalise_barcode(barcode)
    product = uow.products.by_barcode(code)
    if product is None or product.id is None:
        raise NotFound(f"没有条码为 {code} 的商品", f"there is no product with barcode {code}")
    return product


def _group(rows: Sequence[Record], ctx: ImportContext, errors: list[LineError]) -> list[_Receipt]:
    receipts: dict[str, _Receipt] = {}
    for r in rows:
        number = r.get("receipt").strip()
        if not number:
            errors.append(LineError(r.line, "缺少单号", "the receipt is missing"))
            continue
        rec = receipts.setdefault(number, _Receipt(number, r.line))
        if rec.rows:
            first = rec.rows[0]
            for key in SHARED:
                if r.get(key) != first.get(key):
                    errors.append(
                        LineError(
                            r.line,
                            f"{key} “{r.get(key)}” 与本单第 {first.line} 行的 “{first.get(key)}” 不同",
                            f'{key} "{r.get(key)}" differs from "{first.get(key)}" on line {first.line} of this receipt',
                        )
                    )
        rec.rows.append(r)
    for rec in receipts.values():
        try:
            rec.at = parse_time(rec.rows[0].get("time"), ctx.timezone, field="时间/time")
        except CoopError as exc:
            errors.append(line_error(rec.rows[0], exc))
    return list(receipts.values())


def _import_sale(uow: UnitOfWork, rec: _Receipt, ctx: ImportContext, errors: list[LineError]) -> bool:
    items: list[ItemRequest] = []
    bad = False
    for r in rec.rows:
        try:
            product = _product(uow, r.get("barcode"))
            items.append(
                ItemRequest(
                    barcode=product.barcode,
                    qty=_qty(r.get("qty")),
                    unit_price_fen=parse_fen(r.get("unit_price"), field="单价/unit_price")
                    if r.has("unit_price")
                    else None,
                    line_discount_fen=parse_fen(r.get("line_discount"), field="行折扣/line_discount")
                    if r.has("line_discount")
                    else 0,
                )
            )
        except CoopError as exc:
            errors.append(line_error(r, exc))
            bad = True
    if bad:
        return False
    first = rec.rows[0]
    try:
        discount = (
            parse_fen(first.get("sale_discount"), field="整单折扣/sale_discount")
            if first.has("sale_discount")
            else 0
        )
        lines = price_lines([cart_line(uow, i) for i in items], sale_discount_fen=discount)
        total = sum(ln.net_fen for ln in lines)
        assert rec.at is not None
        record_sale(
            uow,
            items=items,
            tenders=_tenders(first.get("payment"), total),
            at=rec.at,
            timezone=ctx.timezone,
            receipt_no=rec.number,
            sale_discount_fen=discount,
            cashier=ctx.user,
            source="import",
        )
    except CoopError as exc:
        errors.append(line_error(first, exc))
        return False
    return True


def _import_refund(uow: UnitOfWork, rec: _Receipt, ctx: ImportContext, errors: list[LineError]) -> bool:
    first = rec.rows[0]
    original_no = first.get("refund_of").strip()
    original = uow.sales.by_receipt(original_no)
    if original is None or original.id is None:
        errors.append(
            LineError(
                first.line, f"原单 {original_no} 不存在", f"the original receipt {original_no} does not exist"
            )
        )
        return False
    assert rec.at is not None
    if rec.at < original.at:
        errors.append(
            LineError(
                first.line,
                f"退货时间早于原单 {original_no}",
                f"the refund is earlier than its sale {original_no}",
            )
        )
        return False
    taken = dict(uow.sales.refunded_units(original.id))
    requests: list[RefundRequest] = []
    bad = False
    for r in rec.rows:
        try:
            product = _product(uow, r.get("barcode"))
            want = _qty(r.get("qty"))
            if r.has("line_discount") or r.has("sale_discount"):
                raise InputError(
                    "退货行的折扣取自原单，请留空",
                    "a refund's discounts come from the original receipt: leave them empty",
                )
            candidates = [ln for ln in original.lines if ln.product_id == product.id]
            if not candidates:
                raise RuleError(
                    f"原单 {original_no} 里没有 {product.barcode} {product.name}",
                    f"the original receipt {original_no} has no {product.barcode} {product.name}",
                )
            left_total = sum(ln.qty - taken.get(ln.line_no, 0) for ln in candidates)
            if want > left_total:
                raise RuleError(
                    f"{product.name} 只能再退 {left_total} 件，不能退 {want} 件",
                    f"{product.name}: only {left_total} left to refund, cannot refund {want}",
                )
            for ln in candidates:  # the first line of that barcode with units left, then the next
                left = ln.qty - taken.get(ln.line_no, 0)
                if want == 0 or left == 0:
                    continue
                if r.has("unit_price"):
                    price = parse_fen(r.get("unit_price"), field="单价/unit_price")
                    if price != ln.unit_price_fen:
                        raise RuleError(
                            f"单价 {format_yuan(price)} 与原单的 {format_yuan(ln.unit_price_fen)} 不同",
                            f"unit price {format_yuan(price)} differs from {format_yuan(ln.unit_price_fen)} on the original",
                        )
                k = min(want, left)
                requests.append(RefundRequest(line_no=ln.line_no, units=k))
                taken[ln.line_no] = taken.get(ln.line_no, 0) + k
                want -= k
        except CoopError as exc:
            errors.append(line_error(r, exc))
            bad = True
    if bad:
        return False
    try:
        # The refund's amount is known only after its split; price it the way record_refund will.
        already = dict(uow.sales.refunded_units(original.id))
        due = -sum(ln.net_fen for ln in refund_lines(original, requests, already_refunded=already))
        record_refund(
            uow,
            original_receipt=original_no,
            requests=requests,
            payouts=_tenders(first.get("payment"), due),
            at=rec.at,
            timezone=ctx.timezone,
            receipt_no=rec.number,
            cashier=ctx.user,
            source="import",
        )
    except CoopError as exc:
        errors.append(line_error(first, exc))
        return False
    return True


def import_sales(
    uow: UnitOfWork, rows: Sequence[Record], ctx: ImportContext, report: ImportReport
) -> list[LineError]:
    errors: list[LineError] = []
    uow.products.by_barcodes(file_barcodes(rows))  # the goods sold, a chunk at a time
    receipts = _group(rows, ctx, errors)
    broken = {e.line for e in errors}
    for rec in receipts:
        if uow.sales.by_receipt(rec.number) is not None:
            errors.append(
                LineError(
                    rec.first_line,
                    f"单号 {rec.number} 已经导入过",
                    f"receipt {rec.number} was already imported",
                )
            )
            broken.add(rec.first_line)
    # a receipt with a bad row is left out; the others are still checked, so every bad line is named
    receipts = [r for r in receipts if r.at is not None and not broken & {row.line for row in r.rows}]
    sales = [r for r in receipts if not r.rows[0].has("refund_of")]
    refunds = sorted((r for r in receipts if r.rows[0].has("refund_of")), key=lambda r: (r.at, r.first_line))
    for rec in sales:
        if _import_sale(uow, rec, ctx, errors):
            report.sales += 1
    for rec in refunds:
        if _import_refund(uow, rec, ctx, errors):
            report.refunds += 1
    return errors
