"""Text the app writes into a spreadsheet (XLSX or CSV) is shown, never run.

A host's or a product's name is typed by people outside the shop's staff, and an accountant opens
the files in Excel or WPS. Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return can be taken for a formula there (``=HYPERLINK("http://…", "点我")``, ``@SUM(A1)``,
``-2+3``): CSV injection (OWASP). Every writer sends its values through this module:

- XLSX (:func:`xlsx_value`): such text goes in a cell of type string with the "quote prefix"
  style, which Excel and WPS show as text and keep as text when the cell is edited. openpyxl
  would otherwise store a string starting with ``=`` as a formula, and ``#N/A`` as an error.
- CSV (:func:`csv_value`): such text gets a leading ``'``, as OWASP recommends.

Only text is guarded: amounts, counts and dates written as numbers stay numbers, so the sheet
still sums them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

__all__ = ["FORMULA_STARTS", "csv_value", "formula_like", "xlsx_row", "xlsx_value"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def formula_like(text: str) -> bool:
    """Could a spreadsheet take ``text`` for a formula? (It starts with ``= + - @``, tab or CR.)"""
    return text.startswith(FORMULA_STARTS)


def xlsx_value(ws: object, value: object, *, font: Font | None = None) -> object:
    """``value`` as it may go into a row of the worksheet ``ws`` (``ws.append``, write-only or not).

    Anything but text comes back as it is. Text comes back as it is unless a spreadsheet could
    read it as something else: then a cell of ``ws`` of type string with the quote prefix (and
    ``font``, if given). Characters XLSX cannot hold (C0 controls) become U+FFFD rather than a
    failed export: the names are refused at the door now, older ones may still hold them.
    """
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if not formula_like(text) and text not in ERROR_CODES:
        return text
    cell = WriteOnlyCell(ws, value=text)  # a cell at A1 until appended; fine in either kind of sheet
    cell.data_type = "s"  # not "f" (formula) nor "e" (error)
    cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell


def xlsx_row(ws: object, values: Sequence[object]) -> list[object]:
    """A row for ``ws.append`` with every text value guarded by :func:`xlsx_value`."""
    return [xlsx_value(ws, v) for v in values]


def csv_value(value: object) -> object:
    """``value`` as it may go to ``csv.writer``: text a spreadsheet could run gets a leading ``'``.

    Numbers (``int``, ``Decimal``) and text that is a plain decimal number (``-12.50``, as amounts
    are written in files) are left alone: a spreadsheet reads them as the numbers they are.
    """
    if isinstance(value, int | Decimal) or not isinstance(value, str):
        return value
    if formula_like(value) and _PLAIN_NUMBER.fullmatch(value) is None:
        return "'" + value
    return value
