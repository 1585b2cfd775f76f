"""The stock ledger's words: the kinds of movement, how many units one may move, who bears a loss.

On hand is the sum of an append-only ledger of movements (docs/domain.md, Stock); no movement is
ever edited, a correction is a new movement with a reason.
"""

from __future__ import annotations

from typing import Literal

from pos.errors import InputError, RuleError

LossBearer = Literal["host", "coop"]
LOSS_BEARERS: tuple[LossBearer, ...] = ("host", "coop")
LOSS_BEARER_NAMES_ZH: dict[LossBearer, str] = {"host": "主理人承担", "coop": "合作社承担"}

MOVEMENT_KINDS = (
    "intake",
    "sale",
    "refund",
    "refund_damaged",
    "return_to_host",
    "count_adjustment",
    "loss",
)
MOVEMENT_NAMES_ZH = {
    "intake": "入库",
    "sale": "销售",
    "refund": "退货入库",
    "refund_damaged": "退货（损坏）",
    "return_to_host": "退货给主理人",
    "count_adjustment": "盘点调整",
    "loss": "损耗",
}
MAX_QTY = 100_000  # units in one movement or one typed count: more is a typo
MAX_CODE_LEN = 32


def check_qty(qty: int, *, what_zh: str, what_en: str) -> int:
    if not 0 < qty <= MAX_QTY:
        raise RuleError(
            f"{what_zh}数量 {qty} 必须是 1 到 {MAX_QTY} 之间的整数",
            f"{what_en} quantity {qty} must be a whole number from 1 to {MAX_QTY}",
        )
    return qty


def parse_loss_bearer(text: str) -> LossBearer:
    t = text.strip().lower()
    for bearer in LOSS_BEARERS:
        if t in (bearer, LOSS_BEARER_NAMES_ZH[bearer], LOSS_BEARER_NAMES_ZH[bearer][:-2]):
            return bearer
    raise InputError(
        f"损耗承担方 “{text}” 应为 host/coop（主理人/合作社）",
        f'loss bearer "{text}" must be host or coop',
    )
