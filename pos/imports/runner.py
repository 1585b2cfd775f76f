"""All or nothing: every row is checked and applied in one transaction; any bad row and nothing lands."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from pos.errors import CoopError, InputError
from pos.imports.columns import Record, records
from pos.imports.table import Table
from pos.ports import UnitOfWork
from pos.users import Permission, require

KIND_PERMISSION = {
    "hosts": Permission.EDIT_CATALOG,
    "recommenders": Permission.EDIT_CATALOG,
    "products": Permission.EDIT_CATALOG,
    "charges": Permission.CHARGES,
    "sales": Permission.IMPORT_SALES,
}
MAX_LISTED = 200  # errors listed in full; a file with more says how many more


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    zh: str
    en: str


class ImportFailed(CoopError):
    """The file was refused; ``errors`` names every bad line. Nothing was written."""

    def __init__(self, source: str, errors: Sequence[LineError]) -> None:
        self.errors = tuple(sorted(errors, key=lambda e: e.line))
        shown = self.errors[:MAX_LISTED]
        more = len(self.errors) - len(shown)
        zh = [f"{source}：{len(self.errors)} 行有错，什么都没有导入："] + [
            f"第 {e.line} 行：{e.zh}" for e in shown
        ]
        en = [f"{source}: {len(self.errors)} bad line(s), nothing was imported:"] + [
            f"line {e.line}: {e.en}" for e in shown
        ]
        if more:
            zh.append(f"……还有 {more} 行错误")
            en.append(f"... and {more} more")
        super().__init__("\n".join(zh), "\n".join(en))


@dataclass(frozen=True, slots=True)
class Change:
    """What one row does, for the preview: ``action`` is create, update or add."""

    line: int
    action: str
    key: str
    summary: str


@dataclass(frozen=True, slots=True)
class ImportContext:
    today: date
    now: datetime  # aware
    timezone: str
    update: bool
    user: str = ""


@dataclass
class ImportReport:
    kind: str
    source: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    stock_units: int = 0
    sales: int = 0
    refunds: int = 0
    dry_run: bool = False
    changes: list[Change] = field(default_factory=list)

    def summary(self) -> tuple[str, str]:
        verb_zh, verb_en = ("将导入", "would import") if self.dry_run else ("已导入", "imported")
        if self.kind == "sales":
            return (
                f"{verb_zh} {self.sales} 张销售单、{self.refunds} 张退货单（{self.rows} 行）",
                f"{verb_en} {self.sales} sale(s) and {self.refunds} refund(s) ({self.rows} lines)",
            )
        zh = f"{verb_zh} {self.rows} 行：新增 {self.created}，更新 {self.updated}"
        en = f"{verb_en} {self.rows} line(s): {self.created} new, {self.updated} updated"
        if self.stock_units:
            zh += f"，入库 {self.stock_units} 件"
            en += f", {self.stock_units} unit(s) received"
        return zh, en


Handler = Callable[[UnitOfWork, Sequence[Record], ImportContext, ImportReport], list[LineError]]


def line_error(record: Record | int, exc: CoopError) -> LineError:
    line = record if isinstance(record, int) else record.line
    return LineError(line, exc.zh, exc.en)


def run_import(
    uow: UnitOfWork,
    *,
    kind: str,
    table: Table,
    context: ImportContext,
    handler: Handler,
    dry_run: bool = False,
) -> ImportReport:
    """Check and apply every row in one transaction; commit only when no row failed and not a dry run."""
    require(uow.actor, KIND_PERMISSION.get(kind, Permission.MANAGE_USERS))
    rows = records(kind, table)
    if not rows:
        raise InputError(f"{table.source} 只有表头，没有数据", f"{table.source} has a header but no rows")
    report = ImportReport(kind=kind, source=table.source, rows=len(rows), dry_run=dry_run)
    errors = [
        LineError(
            r.line, f"有 {r.extra_cells} 个单元格在表头之外", f"{r.extra_cells} cell(s) beyond the header"
        )
        for r in rows
        if r.extra_cells
    ]
    with uow:
        errors += handler(uow, rows, context, report)
        if errors:
            uow.rollback()
            raise ImportFailed(table.source, errors)
        if dry_run:
            uow.rollback()
        else:
            uow.commit()
    return report
