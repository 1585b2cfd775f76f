"""A shift report as JSON: how a Z report is stored at close, so a reprint shows what was closed.

Money is integer fen (``*_fen``), times ISO 8601 in UTC, keys sorted when dumped. Reading
takes the figures as they were written; nothing is recomputed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, cast

from pos.sale import PaymentMethod
from pos.shifts import (
    CashMovement,
    DenominationCount,
    MethodFigures,
    MovementKind,
    ReportKind,
    ShiftId,
    ShiftReport,
)

VERSION = 1

_FIGURES = (
    "sales_count",
    "refunds_count",
    "sales_fen",
    "refunds_fen",
    "net_fen",
    "line_discounts_fen",
    "sale_discounts_fen",
    "float_fen",
    "paid_in_fen",
    "paid_out_fen",
    "cash_sales_fen",
    "cash_refunds_fen",
    "expected_cash_fen",
)


def _movement(m: CashMovement) -> dict[str, object]:
    return {
        "id": m.id,
        "shift_id": m.shift_id,
        "kind": m.kind,
        "amount_fen": m.amount_fen,
        "reason": m.reason,
        "at": m.at.isoformat(),
        "by": m.by,
        "by_name": m.by_name,
    }


def report_document(r: ShiftReport) -> dict[str, object]:
    doc: dict[str, object] = {
        "version": VERSION,
        "kind": r.kind,
        "counter_id": r.counter_id,
        "number": r.number,
        "opened_at": r.opened_at.isoformat(),
        "opened_by": r.opened_by,
        "as_of": r.as_of.isoformat(),
        "closed_by": r.closed_by,
        "methods": [
            {"method": m.method, "sales_fen": m.sales_fen, "refunds_fen": m.refunds_fen, "net_fen": m.net_fen}
            for m in r.methods
        ],
        "float_count": r.float_count.to_json(),
        "movements": [_movement(m) for m in r.movements],
        "counted": r.counted.to_json() if r.counted is not None else None,
        "counted_fen": r.counted_fen,
        "over_short_fen": r.over_short_fen,
    }
    doc.update({f: getattr(r, f) for f in _FIGURES})
    return doc


def report_json(r: ShiftReport) -> str:
    return json.dumps(report_document(r), ensure_ascii=False, sort_keys=True)


def report_from_document(doc: Mapping[str, Any]) -> ShiftReport:
    if doc.get("version") != VERSION:
        raise ValueError(f"unknown shift report version {doc.get('version')!r}")
    counted = doc["counted"]
    return ShiftReport(
        kind=cast(ReportKind, doc["kind"]),
        counter_id=doc["counter_id"],
        number=doc["number"],
        opened_at=datetime.fromisoformat(doc["opened_at"]),
        opened_by=doc["opened_by"],
        as_of=datetime.fromisoformat(doc["as_of"]),
        closed_by=doc["closed_by"],
        methods=tuple(
            MethodFigures(cast(PaymentMethod, m["method"]), m["sales_fen"], m["refunds_fen"])
            for m in doc["methods"]
        ),
        float_count=DenominationCount.from_json(doc["float_count"]),
        movements=tuple(
            CashMovement(
                id=m["id"],
                shift_id=ShiftId(m["shift_id"]) if m["shift_id"] is not None else None,
                kind=cast(MovementKind, m["kind"]),
                amount_fen=m["amount_fen"],
                reason=m["reason"],
                at=datetime.fromisoformat(m["at"]),
                by=m["by"],
                by_name=m["by_name"],
            )
            for m in doc["movements"]
        ),
        counted=DenominationCount.from_json(counted) if counted is not None else None,
        counted_fen=doc["counted_fen"],
        over_short_fen=doc["over_short_fen"],
        sales_count=int(doc["sales_count"]),
        refunds_count=int(doc["refunds_count"]),
        sales_fen=int(doc["sales_fen"]),
        refunds_fen=int(doc["refunds_fen"]),
        net_fen=int(doc["net_fen"]),
        line_discounts_fen=int(doc["line_discounts_fen"]),
        sale_discounts_fen=int(doc["sale_discounts_fen"]),
        float_fen=int(doc["float_fen"]),
        paid_in_fen=int(doc["paid_in_fen"]),
        paid_out_fen=int(doc["paid_out_fen"]),
        cash_sales_fen=int(doc["cash_sales_fen"]),
        cash_refunds_fen=int(doc["cash_refunds_fen"]),
        expected_cash_fen=int(doc["expected_cash_fen"]),
    )


def report_from_json(text: str) -> ShiftReport:
    return report_from_document(json.loads(text))
