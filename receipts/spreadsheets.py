"""Spreadsheets: the first sheet of an ``.xlsx`` read into a :class:`pos.imports.table.Table`."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time
from decimal import Decimal

from pos.errors import InputError
from pos.imports.table import Table, clean_cell, read_csv


def _cell_text(value: object, number_format: str = "General") -> str:
    """A cell as the text a person sees: dates ISO, whole numbers without ``.0``, money exactly,
    and a percentage-formatted 0.2 as ``20%`` (what the sheet shows, not what it stores)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        # Excel stores 12.5 as a binary float: go through its shortest repr, never float arithmetic.
        d = Decimal(repr(value))
        suffix = ""
        if "%" in number_format:
            d, suffix = d * 100, "%"
        text = str(d.quantize(Decimal(1))) if d == d.to_integral_value() else format(d.normalize(), "f")
        return text + suffix
    return clean_cell(str(value))


def read_xlsx(data: bytes, *, source: str) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(f"{source} 不是有效的 .xlsx 文件", f"{source} is not a valid .xlsx file") from exc
    try:
        sheet = book.worksheets[0]
        header: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            cells = tuple(
                _cell_text(c.value, getattr(c, "number_format", "General") or "General") for c in row
            )
            if not any(cells):
                continue
            if header is None:
                header = cells
                while header and not header[-1]:
                    header = header[:-1]
                continue
            rows.append((number, cells))
    finally:
        book.close()
    if header is None:
        raise InputError(f"{source} 的第一个工作表是空的", f"the first sheet of {source} is empty")
    return Table(source=source, header=header, rows=tuple(rows), encoding="xlsx")


def read_table(data: bytes, *, source: str) -> Table:
    """``.xlsx`` by content (a zip), anything else as CSV text."""
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(data, source=source)
    if source.lower().endswith((".xls", ".et")):
        raise InputError(
            f"{source} 是旧版 Excel/WPS 格式：请另存为 .xlsx 或 .csv",
            f"{source} is an old Excel/WPS format: save it as .xlsx or .csv",
        )
    return read_csv(data, source=source)
