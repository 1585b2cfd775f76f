"""The audit log: who did what, approved by whom, when, and what changed. Append-only."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from pos.users import Actor


class Action:
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    PRICE_OVERRIDE = "price_override"
    VOID_LINE = "void_line"
    VOID_CART = "void_cart"
    REFUND = "refund"
    DRAWER_OPENED = "drawer_opened"
    SHIFT_OPENED = "shift_opened"
    SHIFT_CLOSED = "shift_closed"
    PAID_IN = "paid_in"
    PAID_OUT = "paid_out"
    COUNT_APPROVED = "count_approved"
    SETTLEMENT_CLOSED = "settlement_closed"
    USER_ADDED = "user_added"
    USER_CHANGED = "user_changed"
    PIN_CHANGED = "pin_changed"
    LOGIN_LOCKED = "login_locked"
    RATE_CHANGED = "rate_changed"
    SETTING_CHANGED = "setting_changed"
    COUNTER_TAKEN_OVER = "counter_taken_over"


ACTION_NAMES_ZH = {
    Action.DISCOUNT_OVER_LIMIT: "超限折扣",
    Action.PRICE_OVERRIDE: "改价",
    Action.VOID_LINE: "删除商品行",
    Action.VOID_CART: "作废购物车",
    Action.REFUND: "退货",
    Action.DRAWER_OPENED: "无销售开钱箱",
    Action.SHIFT_OPENED: "开班",
    Action.SHIFT_CLOSED: "交班",
    Action.PAID_IN: "存入现金",
    Action.PAID_OUT: "支出现金",
    Action.COUNT_APPROVED: "审核盘点",
    Action.SETTLEMENT_CLOSED: "结账",
    Action.USER_ADDED: "新增用户",
    Action.USER_CHANGED: "修改用户",
    Action.PIN_CHANGED: "修改 PIN",
    Action.LOGIN_LOCKED: "登录锁定",
    Action.RATE_CHANGED: "修改比例",
    Action.SETTING_CHANGED: "修改设置",
    Action.COUNTER_TAKEN_OVER: "接管收银台",
}


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(values: Mapping[str, object] | None) -> str:
    """A before/after as stable JSON text (keys sorted, Chinese kept readable)."""
    if values is None:
        return ""
    return json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    id: int | None = None
    at: datetime
    actor_code: str
    actor_name: str
    approver_code: str = ""
    approver_name: str = ""
    action: str
    subject: str  # what it is about: a receipt number, a product barcode, a user code, a period
    before: str = ""  # JSON
    after: str = ""  # JSON
    note: str = ""


def entry(
    *,
    at: datetime,
    actor: Actor,
    action: str,
    subject: str,
    approver: Actor | None = None,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    note: str = "",
) -> AuditEntry:
    return AuditEntry(
        at=at,
        actor_code=actor.code,
        actor_name=actor.name,
        approver_code=approver.code if approver else "",
        approver_name=approver.name if approver else "",
        action=action,
        subject=subject,
        before=snapshot(before),
        after=snapshot(after),
        note=note,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditFilter:
    start: datetime | None = None
    end: datetime | None = None
    action: str = ""
    user_code: str = ""  # matches actor or approver
    text: str = ""  # in the subject or note
    limit: int = 500
    offset: int = 0
