"""The columns of each import file (docs/formats.md): English names, Chinese names accepted too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pos.errors import InputError
from pos.imports.table import Table, header_key


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    zh: str
    required: bool = False


KINDS: dict[str, tuple[Column, ...]] = {
    "hosts": (
        Column("code", "编号", True),
        Column("name", "名称", True),
        Column("kind", "类型"),
        Column("coop_rate", "佣金比例"),
        Column("monthly_rent", "月租"),
        Column("joined", "加入日期"),
        Column("contact", "联系方式"),
    ),
    "recommenders": (
        Column("code", "编号", True),
        Column("name", "名称", True),
        Column("default_rate", "推介比例"),
        Column("contact", "联系方式"),
    ),
    "products": (
        Column("barcode", "条码"),
        Column("name", "品名", True),
        Column("price", "售价", True),
        Column("host", "主理人", True),
        Column("recommender", "推介官"),
        Column("coop_rate", "佣金比例"),
        Column("recommender_rate", "推介比例"),
        Column("tags", "标签"),
        Column("stock", "库存"),
    ),
    "charges": (
        Column("host", "主理人", True),
        Column("date", "日期", True),
        Column("amount", "金额", True),
        Column("kind", "类型", True),
        Column("note", "备注"),
    ),
    "sales": (
        Column("receipt", "单号", True),
        Column("time", "时间", True),
        Column("barcode", "条码", True),
        Column("qty", "数量", True),
        Column("unit_price", "单价"),
        Column("line_discount", "行折扣"),
        Column("sale_discount", "整单折扣"),
        Column("payment", "支付方式", True),
        Column("refund_of", "原单号"),
    ),
}


def kind_names() -> Sequence[str]:
    return tuple(KINDS)


@dataclass(frozen=True, slots=True)
class Record:
    """One data row by column key; columns the file does not have read as ``""``."""

    line: int
    cells: dict[str, str]
    present: frozenset[str]
    extra_cells: int = 0  # non-empty cells beyond the header: an error the runner reports

    def get(self, key: str) -> str:
        return self.cells.get(key, "")

    def has(self, key: str) -> bool:
        """The file has this column and this row fills it in."""
        return key in self.present and self.cells.get(key, "") != ""


def records(kind: str, table: Table) -> list[Record]:
    """Map the header to column keys; unknown, repeated or missing required columns are named."""
    columns = KINDS.get(kind)
    if columns is None:
        raise InputError(
            f"未知的导入类型 “{kind}”，可选：{'、'.join(KINDS)}",
            f'unknown import kind "{kind}"; one of {", ".join(KINDS)}',
        )
    by_name = {header_key(c.key): c.key for c in columns} | {header_key(c.zh): c.key for c in columns}
    keys: list[str] = []
    unknown: list[str] = []
    for name in table.header:
        key = by_name.get(header_key(name))
        if key is None:
            unknown.append(name or "(空/empty)")
        keys.append(key or "")
    if unknown:
        allowed = ", ".join(f"{c.key} ({c.zh})" for c in columns)
        raise InputError(
            f"{table.source}：未知的列 {'、'.join(unknown)}；可用的列：{allowed}",
            f"{table.source}: unknown column(s) {', '.join(unknown)}; allowed: {allowed}",
        )
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise InputError(
            f"{table.source}：列 {'、'.join(repeated)} 出现了不止一次",
            f"{table.source}: column(s) {', '.join(repeated)} appear twice",
        )
    missing = [f"{c.key} ({c.zh})" for c in columns if c.required and c.key not in keys]
    if missing:
        raise InputError(
            f"{table.source}：缺少必需的列 {'、'.join(missing)}",
            f"{table.source}: required column(s) missing: {', '.join(missing)}",
        )
    present = frozenset(keys)
    out = []
    for line, cells in table.rows:
        values = {k: (cells[i] if i < len(cells) else "") for i, k in enumerate(keys)}
        extra = sum(1 for c in cells[len(keys) :] if c)
        out.append(Record(line=line, cells=values, present=present, extra_cells=extra))
    return out
