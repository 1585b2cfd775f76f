"""The catalog of a consignment co-op: hosts, recommenders, tags and goods (docs/domain.md)."""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pos.errors import InputError, RuleError, en_name, zh_name
from pos.ids import HostId, ProductId, RecommenderId, TagId
from pos.money import check_amount, check_bp, check_rates, format_yuan

HostKind = Literal["host", "producer"]
HOST_KINDS: dict[str, HostKind] = {
    "host": "host",
    "producer": "producer",
    "主理人": "host",
    "生产者": "producer",
}
MAX_CODE = 16
MAX_NAME = 80


# Characters no name, code or note may hold: they are refused, naming the field.
# C0 and C1 controls (category Cc: printer commands on a receipt, cell breaks in a spreadsheet)
# and the bidirectional controls, which show text in another order than it is stored: a name
# "\u202e…" could read as someone else's on a screen, a statement or a price card.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters that change nothing a person reads but make two equal-looking names or
# codes differ (zero-width space, non-joiner, joiner, word joiner, BOM): removed silently.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(map(ord, INVISIBLE)))
_LINE_LAYOUT = frozenset("\t\n\r")  # in free text (notes, contacts): one space, like any run of spaces


def refused_char(text: str, *, allow: frozenset[str] = frozenset()) -> str | None:
    """The first character of ``text`` no name or code may hold (see ``BIDI_CONTROLS``), or None."""
    for ch in text:
        if ch in allow:
            continue
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs"):
            return ch
    return None


def _check_chars(text: str, *, field: str, allow: frozenset[str] = frozenset()) -> str:
    """``text`` without the invisible characters and the white space around it; refused if it
    still holds a control or a bidi control (a line break at the end of a pasted name is dropped,
    one inside it is refused).

    The message names the field and the character's code point, never the text itself: a text
    with a direction override would show reordered in the message too."""
    text = text.translate(_DROP_INVISIBLE).strip()
    bad = refused_char(text, allow=allow)
    if bad is not None:
        point = f"U+{ord(bad):04X}"
        if bad in BIDI_CONTROLS:
            zh, en = "改变文字方向的不可见字符", "an invisible text-direction control"
        elif unicodedata.category(bad) == "Cs":
            zh, en = "无效字符", "an invalid character"
        else:
            zh, en = "控制字符", "a control character"
        raise InputError(
            f"{zh_name(field)}含有{zh} {point}，请删去后再保存",
            f"{en_name(field)} contains {en} ({point}); remove it",
        )
    return text


def clean_code(text: str, *, field: str) -> str:
    code = _check_chars(text, field=field)
    if not code:
        raise InputError(f"{zh_name(field)}不能为空", f"{en_name(field)} is required")
    if len(code) > MAX_CODE or not code.isprintable() or any(c.isspace() for c in code):
        raise InputError(
            f"{zh_name(field)} “{code}” 须为不超过 {MAX_CODE} 个字符且不含空格",
            f'{en_name(field)} "{code}" must be at most {MAX_CODE} characters without spaces',
        )
    return code


def clean_name(text: str, *, field: str) -> str:
    """A name (of a host, recommender, product, tag, user, cost component): one line, spaces
    folded, no control or bidi characters (refused), no zero-width ones (removed)."""
    name = " ".join(_check_chars(text, field=field).split())
    if not name:
        raise InputError(f"{zh_name(field)}不能为空", f"{en_name(field)} is required")
    if len(name) > MAX_NAME:
        raise InputError(
            f"{zh_name(field)} “{name[:20]}…” 超过 {MAX_NAME} 个字",
            f"{en_name(field)} is longer than {MAX_NAME} characters",
        )
    return name


def clean_text(text: str, *, field: str) -> str:
    """Free text (a contact, a note, a reason), possibly empty: as :func:`clean_name`, except that
    tabs and line breaks are allowed in and become one space like any run of white space."""
    return " ".join(_check_chars(text, field=field, allow=_LINE_LAYOUT).split())


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
        check_amount(self.monthly_rent_fen, field="月租/monthly rent")


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
        check_amount(self.price_fen, field="售价/price")
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
