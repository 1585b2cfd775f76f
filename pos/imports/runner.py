"""All or nothing, without stopping the counter: every row is checked first, then written at once.

An import runs in two phases. **Prepare**, in a read-only unit of work (on SQLite it begins
DEFERRED and never holds up a sale): the file's rows go through the shop's own services on a
staging unit of work (``pos.imports.staging``), which reads the catalog once and keeps every
write in a plan; every bad line is named here, and a dry run stops here. **Write**, in one short
transaction: what the plan's rules read is asked again, then the plan is stored in bulk
(``pos.imports.writing``). If another writer changed something in between (a closed period, a
refund of the same sale, a code or receipt number taken: the database's unique keys refuse it),
nothing is written and the file is prepared once more, so its lines are judged by the shop as it
is now; a second change in that moment refuses the import.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from pos.errors import Conflict, CoopError, InputError, RuleError
from pos.imports.columns import Record, records
from pos.imports.staging import StagingUnitOfWork
from pos.imports.table import Table
from pos.imports.writing import write_plan
from pos.ports import UnitOfWork
from pos.users import Permission, require

KIND_PERMISSION = {
    "hosts": Permission.EDIT_CATALOG,
    "recommenders": Permission.EDIT_CATALOG,
    "products": Permission.EDIT_CATALOG,
    "charges": Permission.CHARGES,
    "sales": Permission.IMPORT_SALES,
}
log = logging.getLogger(__name__)
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
    read_uow: UnitOfWork | None = None,
) -> ImportReport:
    """Prepare every row in ``read_uow`` (default ``uow``, used for reading only), then, unless a
    line is bad or this is a dry run, write them all in one transaction of ``uow`` and commit."""
    require(uow.actor, KIND_PERMISSION.get(kind, Permission.MANAGE_USERS))
    rows = records(kind, table)
    if not rows:
        raise InputError(f"{table.source} 只有表头，没有数据", f"{table.source} has a header but no rows")
    reader = read_uow or uow
    for attempt in (1, 2):
        report = ImportReport(kind=kind, source=table.source, rows=len(rows), dry_run=dry_run)
        errors = [
            LineError(
                r.line, f"有 {r.extra_cells} 个单元格在表头之外", f"{r.extra_cells} cell(s) beyond the header"
            )
            for r in rows
            if r.extra_cells
        ]
        with reader:
            staging = StagingUnitOfWork(reader)
            errors += handler(cast(UnitOfWork, staging), rows, context, report)
            plan = None if errors or dry_run else staging.finish()
        if errors:
            raise ImportFailed(table.source, errors)
        if plan is None:
            return report
        try:
            with uow:
                require(uow.actor, KIND_PERMISSION.get(kind, Permission.MANAGE_USERS))
                changed = write_plan(uow, plan)
                if changed is None:
                    uow.commit()
                    return report
                uow.rollback()
        except Conflict:  # PostgreSQL: another writer's rows in the way; nothing was written
            if attempt == 2:
                raise
            continue
        except CoopError:
            raise
        except Exception:
            # A key taken since the file was prepared (the database's unique constraints refuse it):
            # prepare again, so the line is named; the second time, the error is what it is.
            if attempt == 2:
                raise
            log.info("import of %s: a key was taken while it was prepared; preparing again", table.source)
            continue
        log.info("import of %s: %s changed while it was prepared; preparing again", table.source, changed)
    raise RuleError(
        f"{table.source}：导入期间店里的数据两次被别的操作改动，什么都没有导入，请再试一次",
        f"{table.source}: the shop's data changed twice while the file was being imported; nothing was "
        "imported, please try again",
    )
