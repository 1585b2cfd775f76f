"""Rows of the hosts, recommenders, products and charges files, applied through the services' steps.

The handlers run on a staging unit of work (``pos.imports.staging``): what they look up row by row
is read once, and what the steps (``pos.services.steps``) write is kept for the write phase, which
stores the whole file in one transaction.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence

from pos.barcodes import normalise_barcode
from pos.catalog import clean_code, clean_text, parse_host_kind
from pos.charges import parse_charge_kind
from pos.clock import parse_date
from pos.errors import CoopError, InputError, RuleError, en_name, zh_name
from pos.imports.columns import Record
from pos.imports.runner import Change, ImportContext, ImportReport, LineError, line_error
from pos.money import format_bp, format_yuan, parse_bp, parse_fen
from pos.ports import UnitOfWork
from pos.services.steps.catalog import add_host, add_product, add_recommender, receive_stock
from pos.services.steps.charges import add_charge
from pos.services.steps.goods import update_host, update_product, update_recommender

TAG_SPLIT = re.compile(r"[;；]")


def _first_seen(rows: Sequence[Record], key: str, normalise=lambda s: s) -> list[LineError]:  # type: ignore[no-untyped-def]
    """A key written twice in one file is an error on the later line, naming the earlier one."""
    seen: dict[str, int] = {}
    errors = []
    for r in rows:
        value = r.get(key)
        if not value:
            continue
        try:
            value = normalise(value)
        except CoopError:
            continue  # reported by the row itself
        if value in seen:
            errors.append(
                LineError(r.line, f"{value} 与第 {seen[value]} 行重复", f"{value} repeats line {seen[value]}")
            )
        else:
            seen[value] = r.line
    return errors


def _whole(text: str, *, field: str) -> int:
    s = text.strip()
    if not s.isascii() or not s.isdigit():
        raise InputError(
            f"{zh_name(field)} “{s}” 应为不小于 0 的整数",
            f'{en_name(field)} "{s}" must be a whole number, 0 or more',
        )
    return int(s)


def import_hosts(
    uow: UnitOfWork, rows: Sequence[Record], ctx: ImportContext, report: ImportReport
) -> list[LineError]:
    errors = _first_seen(rows, "code")
    dup_lines = {e.line for e in errors}
    for r in rows:
        if r.line in dup_lines:
            continue
        try:
            code = clean_code(r.get("code"), field="编号/code")
            kind = parse_host_kind(r.get("kind")) if r.has("kind") else None
            coop = parse_bp(r.get("coop_rate"), field="佣金比例/coop_rate") if r.has("coop_rate") else None
            rent = (
                parse_fen(r.get("monthly_rent"), field="月租/monthly_rent") if r.has("monthly_rent") else None
            )
            joined = parse_date(r.get("joined"), field="加入日期/joined") if r.has("joined") else None
            existing = uow.hosts.by_code(code)
            if existing is None:
                add_host(
                    uow,
                    code=code,
                    name=r.get("name"),
                    kind=kind or "host",
                    coop_bp=2000 if coop is None else coop,
                    monthly_rent_fen=rent or 0,
                    joined=joined or ctx.today,
                    contact=r.get("contact"),
                )
                report.created += 1
                report.changes.append(Change(r.line, "create", code, r.get("name")))
            elif ctx.update:
                update_host(
                    uow,
                    code=code,
                    name=r.get("name"),
                    kind=kind,
                    coop_bp=coop,
                    monthly_rent_fen=rent,
                    joined=joined,
                    contact=r.get("contact") if r.has("contact") else None,
                )
                report.updated += 1
                report.changes.append(Change(r.line, "update", code, r.get("name")))
            else:
                raise RuleError(
                    f"主理人 {code} 已经存在（要更新请用 --update）",
                    f"host {code} already exists (use --update to change it)",
                )
        except CoopError as exc:
            errors.append(line_error(r, exc))
    return errors


def import_recommenders(
    uow: UnitOfWork, rows: Sequence[Record], ctx: ImportContext, report: ImportReport
) -> list[LineError]:
    errors = _first_seen(rows, "code")
    dup_lines = {e.line for e in errors}
    for r in rows:
        if r.line in dup_lines:
            continue
        try:
            code = clean_code(r.get("code"), field="编号/code")
            rate = (
                parse_bp(r.get("default_rate"), field="推介比例/default_rate")
                if r.has("default_rate")
                else None
            )
            if uow.recommenders.by_code(code) is None:
                add_recommender(
                    uow, code=code, name=r.get("name"), default_bp=rate or 0, contact=r.get("contact")
                )
                report.created += 1
                report.changes.append(Change(r.line, "create", code, r.get("name")))
            elif ctx.update:
                update_recommender(
                    uow,
                    code=code,
                    name=r.get("name"),
                    default_bp=rate,
                    contact=r.get("contact") if r.has("contact") else None,
                )
                report.updated += 1
                report.changes.append(Change(r.line, "update", code, r.get("name")))
            else:
                raise RuleError(
                    f"推介官 {code} 已经存在（要更新请用 --update）",
                    f"recommender {code} already exists (use --update to change it)",
                )
        except CoopError as exc:
            errors.append(line_error(r, exc))
    return errors


def file_barcodes(rows: Sequence[Record], key: str = "barcode") -> list[str]:
    """The file's codes as stored (the bad ones are left to their rows to name)."""
    codes = []
    for r in rows:
        if r.has(key):
            with contextlib.suppress(CoopError):  # a bad code is named by its row
                codes.append(normalise_barcode(r.get(key)))
    return codes


def import_products(
    uow: UnitOfWork, rows: Sequence[Record], ctx: ImportContext, report: ImportReport
) -> list[LineError]:
    errors = _first_seen(rows, "barcode", normalise_barcode)
    dup_lines = {e.line for e in errors}
    uow.products.by_barcodes(file_barcodes(rows))  # the file's goods that exist, a chunk at a time
    for r in rows:
        if r.line in dup_lines:
            continue
        try:
            barcode = normalise_barcode(r.get("barcode")) if r.has("barcode") else ""
            price = parse_fen(r.get("price"), field="售价/price")
            coop = parse_bp(r.get("coop_rate"), field="佣金比例/coop_rate") if r.has("coop_rate") else None
            rec_rate = (
                parse_bp(r.get("recommender_rate"), field="推介比例/recommender_rate")
                if r.has("recommender_rate")
                else None
            )
            tags = [t.strip() for t in TAG_SPLIT.split(r.get("tags")) if t.strip()] if r.has("tags") else None
            stock = _whole(r.get("stock"), field="库存/stock") if r.has("stock") else 0
            if rec_rate and not r.has("recommender"):
                raise RuleError(
                    "填了推介比例却没有推介官", "a recommender rate is given without a recommender"
                )
            existing = uow.products.by_barcode(barcode) if barcode else None
            if existing is None:
                product = add_product(
                    uow,
                    name=r.get("name"),
                    price_fen=price,
                    host_code=r.get("host"),
                    barcode=barcode,
                    recommender_code=r.get("recommender"),
                    coop_bp=coop,
                    rec_bp=rec_rate,
                    tags=tags or (),
                )
                report.created += 1
                action = "create"
            elif ctx.update:
                product = update_product(
                    uow,
                    barcode=barcode,
                    name=r.get("name"),
                    price_fen=price,
                    host_code=r.get("host"),
                    recommender_code=r.get("recommender") if "recommender" in r.present else None,
                    coop_bp=coop,
                    rec_bp=rec_rate,
                    tags=tags,
                )
                report.updated += 1
                action = "update"
            else:
                raise RuleError(
                    f"条码 {barcode} 的商品已经存在（要更新请用 --update）",
                    f"a product with barcode {barcode} already exists (use --update to change it)",
                )
            if stock:
                receive_stock(
                    uow, barcode=product.barcode, qty=stock, at=ctx.now, user=ctx.user, reason="导入 import"
                )
                report.stock_units += stock
            report.changes.append(
                Change(
                    r.line,
                    action,
                    product.barcode,
                    f"{product.name} ¥{format_yuan(product.price_fen)} {format_bp(product.coop_bp)}"
                    + (f" +{stock}" if stock else ""),
                )
            )
        except CoopError as exc:
            errors.append(line_error(r, exc))
    return errors


def import_charges(
    uow: UnitOfWork, rows: Sequence[Record], ctx: ImportContext, report: ImportReport
) -> list[LineError]:
    errors: list[LineError] = []
    seen: dict[tuple[object, ...], int] = {}
    days = []
    for r in rows:
        with contextlib.suppress(CoopError):  # a bad date is named by its row below
            days.append(parse_date(r.get("date"), field="日期/date"))
    recorded: dict[tuple[object, ...], int] = {}  # the charges of the file's days already in the books
    if days:
        for c in uow.charges.list(start=min(days), end=max(days)):
            booked = (c.host_id, c.day, c.amount_fen, c.kind, c.note)
            recorded[booked] = recorded.get(booked, 0) + 1
    for r in rows:
        try:
            day = parse_date(r.get("date"), field="日期/date")
            amount = parse_fen(r.get("amount"), field="金额/amount", allow_negative=True)
            kind = parse_charge_kind(r.get("kind"))
            host = clean_code(r.get("host"), field="主理人/host")
            note = clean_text(r.get("note"), field="备注/note")[:200]  # as add_charge stores it
            key = (host, day, amount, kind, note)
            host_row = uow.hosts.by_code(host)
            if key in seen:
                raise RuleError(f"与第 {seen[key]} 行完全相同", f"the same as line {seen[key]}")
            seen[key] = r.line
            if host_row is not None and (host_row.id, day, amount, kind, note) in recorded:
                raise RuleError(
                    f"{host} {day} 的这笔费用 {format_yuan(amount)} 已经记录过",
                    f"this charge of {format_yuan(amount)} for {host} on {day} is already recorded",
                )
            add_charge(uow, host_code=host, day=day, amount_fen=amount, kind=kind, note=note)
            report.created += 1
            report.changes.append(
                Change(r.line, "create", host, f"{day} {kind} {format_yuan(amount)} {note}")
            )
        except CoopError as exc:
            errors.append(line_error(r, exc))
    return errors
