"""What is on the shelf, whose it is, and what went missing (docs/domain.md, Stock).

One module per idea; every name is also here, so ``from pos.stock import StockFilter`` reads as
the stock rules of the shop:

- ``ledger``: the kinds of movement, how many units one may move, who bears a loss;
- ``levels``: the stock list, and the one rule for its flags (negative, low, in stock) and value;
- ``slips``: intake and return-to-host slips;
- ``counts``: a stock count, what it expects while the shop sells, and its variance report;
- ``scanner_dump``: a handheld scanner's memory read as a count.
"""

from __future__ import annotations

from pos.stock.counts import (
    CountItem,
    CountLine,
    CountScope,
    CountState,
    HostVariance,
    Moved,
    ScopeKind,
    StockCount,
    VarianceReport,
    count_number,
    expected_now,
    today_label,
    variance_document,
    variance_report,
)
from pos.stock.ledger import (
    LOSS_BEARER_NAMES_ZH,
    LOSS_BEARERS,
    MAX_CODE_LEN,
    MAX_QTY,
    MOVEMENT_KINDS,
    MOVEMENT_NAMES_ZH,
    LossBearer,
    check_qty,
    parse_loss_bearer,
)
from pos.stock.levels import (
    EMPTY,
    NEVER_LOW,
    HostStock,
    StockFilter,
    StockFlag,
    StockLevel,
    has_flag,
    is_in_stock,
    is_low,
    is_negative,
    units_on_shelf,
    value_at_price,
)
from pos.stock.scanner_dump import DumpLine, parse_scanner_dump
from pos.stock.slips import SlipLine, StockSlip, merge_lines, slip_number

__all__ = [
    "EMPTY",
    "LOSS_BEARERS",
    "LOSS_BEARER_NAMES_ZH",
    "MAX_CODE_LEN",
    "MAX_QTY",
    "MOVEMENT_KINDS",
    "MOVEMENT_NAMES_ZH",
    "NEVER_LOW",
    "CountItem",
    "CountLine",
    "CountScope",
    "CountState",
    "DumpLine",
    "HostStock",
    "HostVariance",
    "LossBearer",
    "Moved",
    "ScopeKind",
    "SlipLine",
    "StockCount",
    "StockFilter",
    "StockFlag",
    "StockLevel",
    "StockSlip",
    "VarianceReport",
    "check_qty",
    "count_number",
    "expected_now",
    "has_flag",
    "is_in_stock",
    "is_low",
    "is_negative",
    "merge_lines",
    "parse_loss_bearer",
    "parse_scanner_dump",
    "slip_number",
    "today_label",
    "units_on_shelf",
    "value_at_price",
    "variance_document",
    "variance_report",
]
