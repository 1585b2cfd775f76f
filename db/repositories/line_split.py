"""A sale line's split to and from its ``sale_lines`` columns, which are named as its fields.

The sales repository writes and reads whole sales with it, the settlement repository reads the
period's lines with it: the columns are listed here once, from :class:`pos.money.LineSplit`.
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import Any

from sqlalchemy import ColumnElement, Table

from pos.money import LineSplit

SPLIT_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(LineSplit))
_values = attrgetter(*SPLIT_COLUMNS)


def split_values(split: LineSplit) -> dict[str, int]:
    """The split as column values of a ``sale_lines`` row."""
    return dict(zip(SPLIT_COLUMNS, _values(split), strict=True))


def split_of(row: Any) -> LineSplit:
    """The split of a ``sale_lines`` row, or of any result row holding its split columns by name.
    (In field order, positionally: a month's statements read 100,000 lines through here.)"""
    return LineSplit(*_values(row))


def split_columns(table: Table) -> list[ColumnElement[Any]]:
    """The split's columns of ``table`` (``sale_lines`` or an alias of it), to select."""
    return [table.c[name] for name in SPLIT_COLUMNS]
