"""A file's rows as text, with the line number each came from. CSV decoding lives here;
``.xlsx`` is read by an adapter outside ``pos`` into the same :class:`Table`."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from dataclasses import dataclass

from pos.errors import InputError


@dataclass(frozen=True, slots=True)
class Table:
    """``header`` as written; ``rows`` are ``(line, cells)`` with cells trimmed, empty rows dropped."""

    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str = ""


def clean_cell(value: str) -> str:
    return value.replace("\u00a0", " ").replace("\u3000", " ").strip()


def decode_text(data: bytes, *, source: str) -> tuple[str, str]:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM, else GB18030 (Excel/WPS on Chinese Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} 既不是 UTF-8 也不是 GB18030 编码的文本文件",
            f"{source} is neither UTF-8 nor GB18030 text",
        ) from exc


def read_csv(data: bytes, *, source: str) -> Table:
    """Parse CSV bytes: comma-separated (or tab-separated when the header has tabs and no commas)."""
    text, encoding = decode_text(data, source=source)
    if "\x00" in text:
        raise InputError(f"{source} 不是文本文件", f"{source} is not a text file")
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    start = 1
    try:
        for record in reader:
            cells = tuple(clean_cell(c) for c in record)
            line = start
            start = reader.line_num + 1
            if not any(cells):
                continue
            if header is None:
                header = cells
                continue
            rows.append((line, cells))
    except csv.Error as exc:
        raise InputError(
            f"{source} 第 {reader.line_num} 行无法读取：{exc}",
            f"{source} line {reader.line_num} cannot be read: {exc}",
        ) from exc
    if header is None:
        raise InputError(f"{source} 是空的", f"{source} is empty")
    return Table(source=source, header=header, rows=tuple(rows), encoding=encoding)


def header_key(text: str) -> str:
    """How a header is compared: NFKC, trimmed, lower case, spaces and hyphens as underscores."""
    s = unicodedata.normalize("NFKC", text).strip().lower()
    return "_".join(s.replace("-", " ").split())
