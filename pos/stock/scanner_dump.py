"""A handheld scanner's memory (扫描枪盘点): one code a line, or a code and how many."""

from __future__ import annotations

from dataclasses import dataclass

from pos.errors import InputError
from pos.stock.ledger import MAX_CODE_LEN, MAX_QTY


@dataclass(frozen=True, slots=True)
class DumpLine:
    line_no: int
    code: str
    qty: int


def parse_scanner_dump(text: str) -> list[DumpLine]:
    """A handheld scanner's memory: one code a line, or ``CODE,QTY`` / ``CODE<TAB>QTY``.

    Empty lines are skipped; every bad line is named at once (all or nothing).
    """
    out: list[DumpLine] = []
    bad: list[str] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        line = "".join(ch for ch in raw if ch.isprintable() or ch == "\t").strip()
        if not line:
            continue
        sep = "\t" if "\t" in line else ("," if "," in line else None)
        if sep is None:
            code, qty_text = line, "1"
        else:
            code, _, qty_text = (part.strip() for part in line.partition(sep))
        if not code or len(code) > MAX_CODE_LEN or any(c.isspace() for c in code):
            bad.append(f"第 {no} 行：条码 “{code[:40]}” 无效 / line {no}: bad code")
            continue
        if not (qty_text.isascii() and qty_text.isdigit()) or not 0 < int(qty_text) <= MAX_QTY:
            bad.append(f"第 {no} 行：数量 “{qty_text[:20]}” 无效 / line {no}: bad quantity")
            continue
        out.append(DumpLine(no, code, int(qty_text)))
    if bad:
        shown = bad[:20] + ([f"…（共 {len(bad)} 行）/ … ({len(bad)} lines)"] if len(bad) > 20 else [])
        raise InputError(
            "扫描文件有错误，没有导入：\n" + "\n".join(shown),
            "the scanner file has bad lines; nothing was counted:\n" + "\n".join(shown),
        )
    return out
