"""Who is at the counter: users, roles, PINs and what each role may do."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from pos.errors import InputError, RuleError
from pos.ids import HostId

Role = Literal["cashier", "manager", "staff", "admin", "host"]
ROLES: tuple[Role, ...] = ("cashier", "manager", "staff", "admin", "host")
ROLE_NAMES_ZH: dict[Role, str] = {
    "cashier": "收银员",
    "manager": "店长",
    "staff": "店员",
    "admin": "管理员",
    "host": "主理人",
}
MAX_TRIES = 5
LOCK_FOR = timedelta(minutes=5)

# scrypt: memory-hard and in the standard library. n=2^14, r=8 costs ~16 MiB and ~50 ms a check.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class Permission:
    SELL = "sell"
    REFUND = "refund"
    APPROVE = "approve"  # approve a discount or price override over the limit, on the spot
    VOID = "void"
    OPEN_DRAWER = "open_drawer"
    SHIFT = "shift"  # open and close a shift, paid in and out
    EDIT_CATALOG = "edit_catalog"
    RECEIVE_STOCK = "receive_stock"
    COUNT_STOCK = "count_stock"
    APPROVE_COUNT = "approve_count"
    CHARGES = "charges"
    SETTLE = "settle"  # see every host's settlement
    CLOSE_SETTLEMENT = "close_settlement"
    IMPORT_SALES = "import_sales"
    MANAGE_USERS = "manage_users"
    AUDIT = "audit"  # read the audit log
    OWN_HOST = "own_host"  # a host reading its own goods, stock, sales and statements


_GRANTS: dict[Role, frozenset[str]] = {
    "cashier": frozenset({Permission.SELL, Permission.REFUND, Permission.VOID, Permission.SHIFT}),
    "staff": frozenset(
        {Permission.EDIT_CATALOG, Permission.RECEIVE_STOCK, Permission.COUNT_STOCK, Permission.APPROVE_COUNT}
    ),
    "manager": frozenset(
        {
            Permission.SELL,
            Permission.REFUND,
            Permission.VOID,
            Permission.SHIFT,
            Permission.APPROVE,
            Permission.OPEN_DRAWER,
            Permission.EDIT_CATALOG,
            Permission.RECEIVE_STOCK,
            Permission.COUNT_STOCK,
            Permission.APPROVE_COUNT,
            Permission.CHARGES,
            Permission.SETTLE,
            Permission.CLOSE_SETTLEMENT,
            Permission.IMPORT_SALES,
            Permission.AUDIT,
        }
    ),
    "host": frozenset({Permission.OWN_HOST}),
}
_GRANTS["admin"] = _GRANTS["manager"] | {Permission.MANAGE_USERS}

_PERMISSION_ZH = {
    Permission.SELL: "收银",
    Permission.REFUND: "退货",
    Permission.APPROVE: "批准折扣或改价",
    Permission.VOID: "作废",
    Permission.OPEN_DRAWER: "开钱箱",
    Permission.SHIFT: "开班和交班",
    Permission.EDIT_CATALOG: "修改商品、主理人和推介官",
    Permission.RECEIVE_STOCK: "入库和退货给主理人",
    Permission.COUNT_STOCK: "盘点",
    Permission.APPROVE_COUNT: "审核盘点",
    Permission.CHARGES: "记录费用",
    Permission.SETTLE: "查看结算",
    Permission.CLOSE_SETTLEMENT: "结账",
    Permission.IMPORT_SALES: "导入销售",
    Permission.MANAGE_USERS: "管理用户",
    Permission.AUDIT: "查看操作记录",
    Permission.OWN_HOST: "查看自己的数据",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """Who does something: a user at the counter, or the shop's own command line (``system``)."""

    user_id: int | None
    code: str
    name: str
    role: Role
    host_id: HostId | None = None

    def may(self, permission: str) -> bool:
        return permission in _GRANTS[self.role]

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


# The command line runs with the shop's files in reach: whoever runs it could edit the database
# itself. It acts as an administrator, named as the operating-system user in the audit log.
def system_actor(os_user: str = "system") -> Actor:
    return Actor(user_id=None, code=f"cli:{os_user}"[:40], name=os_user, role="admin")


def is_system(actor: Actor) -> bool:
    """The shop's own command line (or a script run as it): the administrator, with no login."""
    return actor.user_id is None and actor.role == "admin"


def require(actor: Actor, permission: str) -> None:
    """Refuse, in words, what the actor's role may not do."""
    if not actor.may(permission):
        raise RuleError(
            f"{ROLE_NAMES_ZH[actor.role]} {actor.name} 没有“{_PERMISSION_ZH.get(permission, permission)}”的权限",
            f"{actor.role} {actor.name} is not allowed to {permission.replace('_', ' ')}",
        )


def require_any(actor: Actor, *permissions: str) -> None:
    """Refuse, in words, unless the actor's role may do at least one of ``permissions``."""
    if any(actor.may(p) for p in permissions):
        return
    if len(permissions) == 1:
        require(actor, permissions[0])
    zh = "”或“".join(_PERMISSION_ZH.get(p, p) for p in permissions)
    en = " or ".join(p.replace("_", " ") for p in permissions)
    raise RuleError(
        f"{ROLE_NAMES_ZH[actor.role]} {actor.name} 没有“{zh}”的权限",
        f"{actor.role} {actor.name} is not allowed to {en}",
    )


def require_host_access(actor: Actor, host_id: HostId | None) -> None:
    """A host sees only its own goods, stock, sales and statements; staff roles see all."""
    if actor.role == "host":
        if actor.host_id is None or host_id != actor.host_id:
            raise RuleError("主理人只能查看自己的数据", "a host can see only its own data")
    elif not (
        actor.may(Permission.SETTLE) or actor.may(Permission.EDIT_CATALOG) or actor.may(Permission.SELL)
    ):
        raise RuleError("没有查看权限", "not allowed to see this")


def require_host_figures(actor: Actor, host_id: HostId | None) -> None:
    """What a host earned or owes (its settlement, statement and sold lines): the host itself, or
    those who settle. Cashiers and staff see goods and stock, never a host's money."""
    if actor.role == "host":
        require(actor, Permission.OWN_HOST)
        require_host_access(actor, host_id)
    else:
        require(actor, Permission.SETTLE)


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    id: int | None = None
    code: str
    name: str
    role: Role
    host_id: HostId | None = None
    pin_hash: str
    active: bool = True
    failed_tries: int = 0
    locked_until: datetime | None = None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise InputError(f"角色 “{self.role}” 不存在", f'there is no role "{self.role}"')
        if (self.role == "host") != (self.host_id is not None):
            raise RuleError(
                "主理人账号必须对应一位主理人，其他账号不能",
                "a host login belongs to exactly one host; other roles to none",
            )

    def actor(self) -> Actor:
        return Actor(user_id=self.id, code=self.code, name=self.name, role=self.role, host_id=self.host_id)


def check_pin_format(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise InputError("PIN 须为 4 到 8 位数字", "a PIN is 4 to 8 digits")
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex), a slow salted hash: a stolen database does not give PINs away cheaply."""
    check_pin_format(pin)
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt" or not (pin.isascii() and pin.isdigit()):
        return False
    got = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(got.hex(), digest)


def locked(user: User, now: datetime) -> bool:
    return user.locked_until is not None and now < user.locked_until
