"""The catalog of a consignment co-op: hosts, recommenders, tags and goods (DOMAIN.md)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pos.errors import InputError, RuleError, en_name, zh_name
from pos.ids import HostId, ProductId, RecommenderId, TagId
from pos.money import check_bp, check_rates, format_yuan

HostKind = Literal["host", "producer"]
HOST_KINDS: dict[str, HostKind] = {
    "host": "host",
    "producer": "producer",
    "主理人": "host",
    "生产者": "producer",
}
MAX_CODE = 16
MAX_NAME = 80


def clean_code(text: str, *, field: str) -> str:
    code = text.strip()
    if not code:
        raise InputError(f"{zh_name(field)}不能为空", f"{en_name(field)} is required")
    if len(code) > MAX_CODE or not code.isprintable() or any(c.isspace() for c in code):
        raise InputError(
            f"{zh_name(field)} “{code}” 须为不超过 {MAX_CODE} 个字符且不含空格",
            f'{en_name(field)} "{code}" must be at most {MAX_CODE} characters without spaces',
        )
    return code


def clean_name(text: str, *, field: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise InputError(f"{zh_name(field)}不能为空", f"{en_name(field)} is required")
    if len(name) > MAX_NAME:
        raise InputError(
            f"{zh_name(field)} “{name[:20]}…” 超过 {MAX_NAME} 个字",
            f"{en_name(field)} is longer than {MAX_NAME} characters",
        )
    return name


def parse_host_kind(text: str) -> HostKind:
    kind = HOST_KINDS.get(text.strip().lower()) or HOST_KINDS.get(text.strip())
    if kind is None:
        raise InputError(
            f"类型 “{text}” 应为 host/producer（主理人/生产者）",
            f'kind "{text}" must be host or producer (主理人/生产者)',
        )
    return kind


@dataclass(frozen=True, slots=True, kw_only=True)
class Host:
    """A consignor: owns goods on the shelf until sold."""

    id: HostId | None = None
    code: str
    name: str
    kind: HostKind = "host"
    coop_bp: int = 2000
    monthly_rent_fen: int = 0
    joined: date
    contact: str = ""
    active: bool = True

    def __post_init__(self) -> None:
        check_bp(self.coop_bp, field="佣金比例/commission rate")
        if self.monthly_rent_fen < 0:
            raise RuleError(
                f"月租 {format_yuan(self.monthly_rent_fen)} 不能为负数",
                f"monthly rent {format_yuan(self.monthly_rent_fen)} cannot be negative",
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class Recommender:
    """A 推介官: brought a product in, published its cost breakdown, earns a share of its sales."""

    id: RecommenderId | None = None
    code: str
    name: str
    default_bp: int = 0
    contact: str = ""
    active: bool = True

    def __post_init__(self) -> None:
        check_bp(self.default_bp, field="推介比例/recommender rate")


@dataclass(frozen=True, slots=True, kw_only=True)
class Tag:
    """One of the co-op's social-innovation tags (data, editable)."""

    id: TagId | None = None
    name: str
    active: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Product:
    """One sellable item: one barcode, one price, one host, at most one recommender."""

    id: ProductId | None = None
    barcode: str
    name: str
    price_fen: int
    host_id: HostId
    recommender_id: RecommenderId | None = None
    coop_bp: int
    rec_bp: int = 0
    tag_ids: tuple[TagId, ...] = ()
    active: bool = True

    def __post_init__(self) -> None:
        if self.price_fen <= 0:
            raise RuleError(
                f"售价 {format_yuan(self.price_fen)} 必须大于 0",
                f"price {format_yuan(self.price_fen)} must be greater than 0",
            )
        check_rates(self.coop_bp, self.rec_bp)
        if self.recommender_id is None and self.rec_bp != 0:
            raise RuleError(
                "没有推介官的商品不能有推介比例",
                "a product without a recommender cannot have a recommender rate",
            )

    def with_changes(self, **changes: object) -> Product:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductFilter:
    """What a staff screen or the counter's search asks for; every part optional."""

    text: str = ""  # barcode fragment, name fragment, pinyin initials or full pinyin
    host_id: HostId | None = None
    tag_id: TagId | None = None
    active: bool | None = None
    order: str = "barcode"  # barcode | name | price | host
    descending: bool = False
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductListing:
    """One row of a goods list: the product with its host, recommender, tags and stock on hand."""

    id: ProductId
    barcode: str
    name: str
    price_fen: int
    host_code: str
    host_name: str
    recommender_code: str
    recommender_name: str
    coop_bp: int
    rec_bp: int
    tags: tuple[str, ...]
    active: bool
    on_hand: int
