"""The snapshot stored when a period is closed, so its statements never change afterwards.

Sale lines need no copy (they are immutable, and nothing is added to a closed period); what the
books may change later is copied: every figure in fen, the charge items (rent is derived from a
host's rent, which may change), names and contacts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pos.errors import RuleError
from pos.ids import HostId, RecommenderId
from pos.money import parse_fen
from pos.sale import PAYMENT_METHODS
from pos.settlement import ChargeItem, HostSettlement, Period, RecommenderSettlement, Settlement
from pos.statements import Party

SNAPSHOT_VERSION = 1


def snapshot_document(
    settlement: Settlement,
    *,
    host_contacts: Mapping[HostId, str],
    recommender_contacts: Mapping[RecommenderId, str],
) -> dict[str, Any]:
    """What a closed period's statements need that the books may later change: every figure in
    fen, the charge items (rent is derived from the host's rent, which may change), names and
    contacts. Sale lines need no copy: they are immutable and nothing is added to a closed period."""
    return {
        "version": SNAPSHOT_VERSION,
        "period": {"from": settlement.period.start.isoformat(), "to": settlement.period.end.isoformat()},
        "timezone": settlement.timezone,
        "hosts": [
            {
                "host_id": int(h.host_id),
                "code": h.code,
                "name": h.name,
                "contact": host_contacts.get(h.host_id, ""),
                "sales_fen": h.sales_fen,
                "refunds_fen": h.refunds_fen,
                "net_sales_fen": h.net_sales_fen,
                "coop_commission_fen": h.coop_commission_fen,
                "recommender_fees_fen": h.recommender_fees_fen,
                "host_share_fen": h.host_share_fen,
                "charges_fen": h.charges_fen,
                "opening_balance_fen": h.opening_balance_fen,
                "payable_fen": h.payable_fen,
                "carried_forward_fen": h.carried_forward_fen,
                "lines": h.lines,
                "charge_items": [
                    {"day": c.day.isoformat(), "kind": c.kind, "amount_fen": c.amount_fen, "note": c.note}
                    for c in h.charge_items
                ],
            }
            for h in settlement.hosts
        ],
        "recommenders": [
            {
                "recommender_id": int(r.recommender_id),
                "code": r.code,
                "name": r.name,
                "contact": recommender_contacts.get(r.recommender_id, ""),
                "fees_fen": r.fees_fen,
                "lines": r.lines,
            }
            for r in settlement.recommenders
        ],
        "payments": {m: int(settlement.payments.get(m, 0)) for m in PAYMENT_METHODS},
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class SettledParties:
    """A settlement with the hosts and recommenders it names, as they were (or are, for a draft)."""

    settlement: Settlement
    hosts: Mapping[str, Party]
    recommenders: Mapping[str, Party]


def from_snapshot(doc: Mapping[str, Any]) -> SettledParties:
    """The settlement and parties exactly as stored by :func:`snapshot_document`."""
    if doc.get("version") != SNAPSHOT_VERSION:
        raise RuleError(
            f"结算快照版本 {doc.get('version')} 不认识：请升级 coop-pos",
            f"settlement snapshot version {doc.get('version')} is unknown: upgrade coop-pos",
        )
    period = Period(date.fromisoformat(doc["period"]["from"]), date.fromisoformat(doc["period"]["to"]))
    hosts = tuple(
        HostSettlement(
            host_id=HostId(h["host_id"]),
            code=h["code"],
            name=h["name"],
            sales_fen=h["sales_fen"],
            refunds_fen=h["refunds_fen"],
            net_sales_fen=h["net_sales_fen"],
            coop_commission_fen=h["coop_commission_fen"],
            recommender_fees_fen=h["recommender_fees_fen"],
            host_share_fen=h["host_share_fen"],
            charges_fen=h["charges_fen"],
            opening_balance_fen=h["opening_balance_fen"],
            payable_fen=h["payable_fen"],
            carried_forward_fen=h["carried_forward_fen"],
            charge_items=tuple(
                ChargeItem(
                    day=date.fromisoformat(c["day"]),
                    kind=c["kind"],
                    amount_fen=c["amount_fen"],
                    note=c["note"],
                )
                for c in h["charge_items"]
            ),
            lines=h["lines"],
        )
        for h in doc["hosts"]
    )
    recs = tuple(
        RecommenderSettlement(
            recommender_id=RecommenderId(r["recommender_id"]),
            code=r["code"],
            name=r["name"],
            fees_fen=r["fees_fen"],
            lines=r["lines"],
        )
        for r in doc["recommenders"]
    )
    settlement = Settlement(
        period=period,
        timezone=doc["timezone"],
        hosts=hosts,
        recommenders=recs,
        payments={m: int(doc["payments"].get(m, 0)) for m in PAYMENT_METHODS},
    )
    return SettledParties(
        settlement=settlement,
        hosts={h["code"]: Party(code=h["code"], name=h["name"], contact=h["contact"]) for h in doc["hosts"]},
        recommenders={
            r["code"]: Party(code=r["code"], name=r["name"], contact=r["contact"])
            for r in doc["recommenders"]
        },
    )


def _fen(value: object) -> int:
    return parse_fen(str(value), allow_negative=True, max_fen=None)  # figures the shop wrote itself


def from_closed_document(
    doc: Mapping[str, Any],
    *,
    current: SettledParties,
) -> SettledParties:
    """A period closed before statement snapshots were stored: the figures of its settlement JSON
    (as closed), ids and contacts from the books as they are now; the charges as one item each."""
    y = _fen
    now_hosts = {h.code: h for h in current.settlement.hosts}
    now_recs = {r.code: r for r in current.settlement.recommenders}
    period = current.settlement.period
    hosts = []
    for h in doc["hosts"]:
        was = now_hosts.get(h["code"])
        if was is None:
            raise RuleError(
                f"结账时的主理人 {h['code']} 已不在本期账目中",
                f"host {h['code']} of the closed period is gone",
            )
        charges = y(h["charges"])
        items = (
            was.charge_items
            if sum(c.amount_fen for c in was.charge_items) == charges
            else (
                (ChargeItem(day=period.end, kind="fee", amount_fen=charges, note="结账时的费用合计"),)
                if charges
                else ()
            )
        )
        hosts.append(
            HostSettlement(
                host_id=was.host_id,
                code=h["code"],
                name=h["name"],
                sales_fen=y(h["sales"]),
                refunds_fen=y(h["refunds"]),
                net_sales_fen=y(h["net_sales"]),
                coop_commission_fen=y(h["coop_commission"]),
                recommender_fees_fen=y(h["recommender_fees"]),
                host_share_fen=y(h["host_share"]),
                charges_fen=charges,
                opening_balance_fen=y(h["opening_balance"]),
                payable_fen=y(h["payable"]),
                carried_forward_fen=y(h["carried_forward"]),
                charge_items=items,
                lines=was.lines,
            )
        )
    recs = []
    for r in doc["recommenders"]:
        was_r = now_recs.get(r["code"])
        if was_r is None:
            raise RuleError(
                f"结账时的推介官 {r['code']} 已不在本期账目中",
                f"recommender {r['code']} of the closed period is gone",
            )
        recs.append(
            RecommenderSettlement(
                recommender_id=was_r.recommender_id,
                code=r["code"],
                name=r["name"],
                fees_fen=y(r["fees"]),
                lines=was_r.lines,
            )
        )
    settlement = Settlement(
        period=period,
        timezone=current.settlement.timezone,
        hosts=tuple(hosts),
        recommenders=tuple(recs),
        payments={m: y(doc["payments"].get(m, "0")) for m in PAYMENT_METHODS},
    )
    return SettledParties(
        settlement=settlement,
        hosts={
            h.code: Party(
                code=h.code, name=h.name, contact=current.hosts.get(h.code, Party(code="", name="")).contact
            )
            for h in hosts
        },
        recommenders={
            r.code: Party(
                code=r.code,
                name=r.name,
                contact=current.recommenders.get(r.code, Party(code="", name="")).contact,
            )
            for r in recs
        },
    )
