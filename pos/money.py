"""Money: integer fen, basis points, half-up rounding, and the splits of docs/domain.md.

Every amount is an ``int`` in fen (分) and every rate an ``int`` in basis points
(1% = 100 bp). ``Decimal`` appears only where text is parsed or written. No float
ever holds money.

Past 400 lines on purpose: this is every rule a host's pay rests on (docs/domain.md, Money, How one
sale line splits, Refunds), and tests/unit/test_money.py checks the module as a whole: no float
anywhere in it, and every public function called with ints gives ints. The amounts and the
splits are read together; split them only with those checks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from pos.errors import InputError, RuleError, en_name, zh_name

FEN_PER_YUAN = 100
BP_WHOLE = 10_000  # 100 % in basis points
# The largest amount the shop takes, either way: a price, a unit price, a charge, a cost
# component, a tender, a drawer count, a paid-in or -out, a sale's total. ¥9,999,999.99 is far
# beyond any real one (so more is a typo or a careless script) and far inside every column.
MAX_AMOUNT_FEN = 999_999_999
MAX_LINE_QTY = 100_000  # units on one sale line (as in one stock movement): more is a typo
_MAX_YUAN_DIGITS = 12  # of the whole yuan in text: more cannot be an amount (and never reaches int())

_AMOUNT = re.compile(r"^(?P<sign>-?)(?P<int>[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)?(?:\.(?P<frac>[0-9]*))?$")
_RATE = re.compile(r"^(?P<int>[0-9]+)?(?:\.(?P<frac>[0-9]*))?$")


def _normalise(text: str) -> str:
    # NFKC folds full-width digits, 。/．, ，, ￥ and ％ typed with a Chinese input method.
    s = unicodedata.normalize("NFKC", text).strip()
    s = s.replace("\u2212", "-")  # the minus sign some spreadsheets write
    return s.replace(" ", "")


def parse_fen(
    text: str,
    *,
    field: str = "金额/amount",
    allow_negative: bool = False,
    max_fen: int | None = MAX_AMOUNT_FEN,
) -> int:
    """Parse ``12``, ``12.5``, ``12.50``, ``¥12.50``, ``￥1,234.50`` (or ``-3.20``) to fen.

    More than ``max_fen`` either way (``MAX_AMOUNT_FEN``, ¥9,999,999.99) is an :class:`InputError`
    naming the field; ``max_fen=None`` only for figures the shop wrote itself (stored totals)."""
    raw = text if isinstance(text, str) else str(text)
    s = _normalise(raw)
    if s.startswith(("-¥", "-$")):
        s = "-" + s[2:]
    elif s.startswith(("¥", "$")):
        s = s[1:]
    if s.endswith(("元", "圆")):
        s = s[:-1]
    if not s:
        raise InputError(f"{zh_name(field)} 为空", f"{en_name(field)} is empty")
    m = _AMOUNT.match(s)
    if m is None or (m.group("int") is None and not m.group("frac")):
        raise InputError(
            f"{zh_name(field)} “{raw.strip()}” 不是金额", f'{en_name(field)} "{raw.strip()}" is not an amount'
        )
    frac = m.group("frac") or ""
    if len(frac) > 2:
        raise InputError(
            f"{zh_name(field)} “{raw.strip()}” 超过两位小数",
            f'{en_name(field)} "{raw.strip()}" has more than two decimals',
        )
    digits = (m.group("int") or "0").replace(",", "").lstrip("0")
    if max_fen is not None and len(digits) > _MAX_YUAN_DIGITS:
        raise _too_large_text(raw, field)
    fen = int(digits or "0") * FEN_PER_YUAN + int(frac.ljust(2, "0"))
    if max_fen is not None and fen > max_fen:
        raise _too_large_text(raw, field, max_fen)
    if m.group("sign"):
        if not allow_negative and fen != 0:
            raise InputError(
                f"{zh_name(field)} “{raw.strip()}” 不能为负数",
                f'{en_name(field)} "{raw.strip()}" cannot be negative',
            )
        fen = -fen
    return fen


def _too_large_text(raw: str, field: str, max_fen: int = MAX_AMOUNT_FEN) -> InputError:
    shown = raw.strip() if len(raw.strip()) <= 24 else raw.strip()[:20] + "…"
    return InputError(
        f"{zh_name(field)} “{shown}” 超过了允许的最大金额 {format_cny(max_fen)}",
        f'{en_name(field)} "{shown}" is more than the largest amount allowed, {format_cny(max_fen)}',
    )


def check_amount(fen: int, *, field: str = "金额/amount") -> int:
    """``fen`` when it is at most ``MAX_AMOUNT_FEN`` either way, else a :class:`RuleError` naming
    ``field``: what the domain's records and validators say to an amount from a careless caller."""
    if -MAX_AMOUNT_FEN <= fen <= MAX_AMOUNT_FEN:
        return fen
    shown = format_cny(fen) if abs(fen) < 10**18 else ("-¥…" if fen < 0 else "¥…")
    raise RuleError(
        f"{zh_name(field)} {shown} 超过了允许的最大金额 {format_cny(MAX_AMOUNT_FEN)}",
        f"{en_name(field)} {shown} is more than the largest amount allowed, {format_cny(MAX_AMOUNT_FEN)}",
    )


def format_yuan(fen: int) -> str:
    """``1234`` -> ``"12.34"``; the form used in files and JSON."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{whole}.{part:02d}"


def format_cny(fen: int, *, grouping: bool = True) -> str:
    """``123450`` -> ``"¥1,234.50"``; the form on screen and on paper."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), FEN_PER_YUAN)
    body = f"{whole:,}" if grouping else str(whole)
    return f"{sign}¥{body}.{part:02d}"


def parse_bp(text: str, *, field: str = "比例/rate") -> int:
    """Parse a percentage (``20``, ``20%``, ``7.5``, ``6.5%``) to basis points (2000, 750, 650)."""
    raw = text if isinstance(text, str) else str(text)
    s = _normalise(raw)
    if s.endswith("%"):
        s = s[:-1]
    if not s:
        raise InputError(f"{zh_name(field)} 为空", f"{en_name(field)} is empty")
    m = _RATE.match(s)
    if m is None or (m.group("int") is None and not m.group("frac")):
        raise InputError(
            f"{zh_name(field)} “{raw.strip()}” 不是百分比",
            f'{en_name(field)} "{raw.strip()}" is not a percentage',
        )
    frac = m.group("frac") or ""
    if len(frac) > 2:
        raise InputError(
            f"{zh_name(field)} “{raw.strip()}” 超过两位小数",
            f'{en_name(field)} "{raw.strip()}" has more than two decimals',
        )
    whole = (m.group("int") or "0").lstrip("0")
    if len(whole) > 3:  # more than 100%, and never a 5,000-digit int()
        raise RuleError(
            f"{zh_name(field)} “{raw.strip()[:20]}” 不在 0% 到 100% 之间",
            f'{en_name(field)} "{raw.strip()[:20]}" is not between 0% and 100%',
        )
    bp = int(whole or "0") * 100 + int(frac.ljust(2, "0"))
    check_bp(bp, field=field)
    return bp


def check_bp(bp: int, *, field: str = "比例/rate") -> int:
    if not 0 <= bp <= BP_WHOLE:
        raise RuleError(
            f"{zh_name(field)} {format_bp(bp)} 不在 0% 到 100% 之间",
            f"{en_name(field)} {format_bp(bp)} is not between 0% and 100%",
        )
    return bp


def format_bp(bp: int) -> str:
    """``2000`` -> ``"20%"``, ``750`` -> ``"7.5%"``, ``655`` -> ``"6.55%"``."""
    sign = "-" if bp < 0 else ""
    whole, part = divmod(abs(bp), 100)
    if part == 0:
        return f"{sign}{whole}%"
    return f"{sign}{whole}.{part:02d}".rstrip("0") + "%"


def round_half_up_div(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` to the nearest integer, halves away from zero (四舍五入)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    if numerator >= 0:
        return (2 * numerator + denominator) // (2 * denominator)
    return -((2 * -numerator + denominator) // (2 * denominator))


def apply_bp(amount_fen: int, bp: int) -> int:
    """``round_half_up(amount × bp / 10000)``."""
    return round_half_up_div(amount_fen * bp, BP_WHOLE)


def check_rates(coop_bp: int, rec_bp: int) -> None:
    check_bp(coop_bp, field="佣金比例/commission rate")
    check_bp(rec_bp, field="推介比例/recommender rate")
    if coop_bp + rec_bp > BP_WHOLE:
        raise RuleError(
            f"佣金 {format_bp(coop_bp)} 加推介 {format_bp(rec_bp)} 超过 100%",
            f"commission {format_bp(coop_bp)} plus recommender {format_bp(rec_bp)} exceeds 100%",
        )


def allocate(total_fen: int, weights: Sequence[int]) -> list[int]:
    """Share ``total_fen`` in proportion to ``weights`` by the largest-remainder method.

    Each part gets the floor of its exact share; the leftover fen go one each to the
    largest remainders, ties to the earlier part. The parts add up to ``total_fen``.
    """
    if total_fen < 0 or any(w < 0 for w in weights):
        raise ValueError("allocate takes a non-negative total and weights")
    whole = sum(weights)
    if total_fen == 0:
        return [0] * len(weights)
    if whole == 0:
        raise RuleError("没有可以分摊折扣的金额", "there is nothing to share the discount over")
    shares: list[int] = []
    remainders: list[tuple[int, int]] = []
    for i, w in enumerate(weights):
        q, r = divmod(total_fen * w, whole)
        shares.append(q)
        remainders.append((-r, i))
    leftover = total_fen - sum(shares)
    for _, i in sorted(remainders)[:leftover]:
        shares[i] += 1
    return shares


@dataclass(frozen=True, slots=True)
class LineSplit:
    """How one line's money splits between the co-op, the recommender and the host (docs/domain.md).

    The one place these figures are declared: a sale line, a stored line read back for a statement
    and a statement's line each hold one (``line.split``). A refund line's split has negative
    ``qty`` and amounts, and no discounts."""

    qty: int
    unit_price_fen: int
    line_discount_fen: int
    sale_discount_fen: int
    net_fen: int
    coop_bp: int
    rec_bp: int
    coop_fen: int
    rec_fen: int
    host_fen: int

    @property
    def gross_fen(self) -> int:
        """``q × u``, before any discount."""
        return self.qty * self.unit_price_fen

    def refund(self, *, units: int, already_refunded: int) -> LineSplit:
        """The split of a refund line giving back ``units`` of this (sold) line, of which
        ``already_refunded`` went back before: ``-units`` at its price and rates, no discounts,
        and the amounts of :func:`split_refund`."""
        part = split_refund(
            qty=self.qty,
            net_fen=self.net_fen,
            coop_fen=self.coop_fen,
            rec_fen=self.rec_fen,
            already_refunded=already_refunded,
            units=units,
        )
        return LineSplit(
            qty=-part.units,
            unit_price_fen=self.unit_price_fen,
            line_discount_fen=0,
            sale_discount_fen=0,
            net_fen=part.net_fen,
            coop_bp=self.coop_bp,
            rec_bp=self.rec_bp,
            coop_fen=part.coop_fen,
            rec_fen=part.rec_fen,
            host_fen=part.host_fen,
        )


class HoldsSplit:
    """A line that holds a :class:`LineSplit` reads its figures as its own: ``line.net_fen`` is
    ``line.split.net_fen``. Read-only; the figures are declared once, in ``LineSplit``."""

    __slots__ = ()
    split: LineSplit

    @property
    def qty(self) -> int:
        return self.split.qty

    @property
    def unit_price_fen(self) -> int:
        return self.split.unit_price_fen

    @property
    def line_discount_fen(self) -> int:
        return self.split.line_discount_fen

    @property
    def sale_discount_fen(self) -> int:
        return self.split.sale_discount_fen

    @property
    def net_fen(self) -> int:
        return self.split.net_fen

    @property
    def coop_bp(self) -> int:
        return self.split.coop_bp

    @property
    def rec_bp(self) -> int:
        return self.split.rec_bp

    @property
    def coop_fen(self) -> int:
        return self.split.coop_fen

    @property
    def rec_fen(self) -> int:
        return self.split.rec_fen

    @property
    def host_fen(self) -> int:
        return self.split.host_fen


def split_line(
    *,
    qty: int,
    unit_price_fen: int,
    coop_bp: int,
    rec_bp: int,
    line_discount_fen: int = 0,
    sale_discount_fen: int = 0,
) -> LineSplit:
    """``net = q×u − line_discount − sale_discount_share``, then coop, rec, host."""
    if qty <= 0:
        raise RuleError(f"数量 {qty} 必须是正整数", f"quantity {qty} must be a positive whole number")
    if qty > MAX_LINE_QTY:
        raise RuleError(f"数量 {qty} 超过 {MAX_LINE_QTY}", f"quantity {qty} is more than {MAX_LINE_QTY}")
    if unit_price_fen < 0:
        raise RuleError("单价不能为负数", "unit price cannot be negative")
    check_amount(unit_price_fen, field="单价/unit price")
    check_rates(coop_bp, rec_bp)
    gross = check_amount(qty * unit_price_fen, field="行金额/line amount")
    if not 0 <= line_discount_fen <= gross:
        raise RuleError(
            f"行折扣 {format_yuan(line_discount_fen)} 不在 0 到 {format_yuan(gross)} 之间",
            f"line discount {format_yuan(line_discount_fen)} is not between 0 and {format_yuan(gross)}",
        )
    net = gross - line_discount_fen - sale_discount_fen
    if sale_discount_fen < 0 or net < 0:
        raise RuleError("折扣超过了金额", "the discount exceeds the amount")
    coop = apply_bp(net, coop_bp)
    rec = apply_bp(net, rec_bp)
    return LineSplit(
        qty=qty,
        unit_price_fen=unit_price_fen,
        line_discount_fen=line_discount_fen,
        sale_discount_fen=sale_discount_fen,
        net_fen=net,
        coop_bp=coop_bp,
        rec_bp=rec_bp,
        coop_fen=coop,
        rec_fen=rec,
        host_fen=net - coop - rec,
    )


@dataclass(frozen=True, slots=True)
class LineInput:
    """What the cashier put on one line before the sale is split."""

    qty: int
    unit_price_fen: int
    coop_bp: int
    rec_bp: int
    line_discount_fen: int = 0


def split_sale(lines: Sequence[LineInput], *, sale_discount_fen: int = 0) -> list[LineSplit]:
    """Share the sale discount over the lines (weights ``gross − line_discount``) and split each."""
    weights = []
    for ln in lines:
        gross = check_amount(ln.qty * ln.unit_price_fen, field="行金额/line amount")
        if not 0 <= ln.line_discount_fen <= gross:
            raise RuleError(
                f"行折扣 {format_yuan(ln.line_discount_fen)} 不在 0 到 {format_yuan(gross)} 之间",
                f"line discount {format_yuan(ln.line_discount_fen)} is not between 0 and {format_yuan(gross)}",
            )
        weights.append(gross - ln.line_discount_fen)
    check_amount(sum(weights), field="整单金额/sale total")
    if not 0 <= sale_discount_fen <= sum(weights):
        raise RuleError(
            f"整单折扣 {format_yuan(sale_discount_fen)} 超过了应付金额 {format_yuan(sum(weights))}",
            f"sale discount {format_yuan(sale_discount_fen)} exceeds the amount due {format_yuan(sum(weights))}",
        )
    shares = allocate(sale_discount_fen, weights)
    return [
        split_line(
            qty=ln.qty,
            unit_price_fen=ln.unit_price_fen,
            coop_bp=ln.coop_bp,
            rec_bp=ln.rec_bp,
            line_discount_fen=ln.line_discount_fen,
            sale_discount_fen=share,
        )
        for ln, share in zip(lines, shares, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class RefundSplit:
    """What a refund of ``units`` gives back, as negative amounts."""

    units: int
    net_fen: int
    coop_fen: int
    rec_fen: int
    host_fen: int


def _part(amount: int, n: int, q: int) -> int:
    return round_half_up_div(amount * n, q)


def split_refund(
    *, qty: int, net_fen: int, coop_fen: int, rec_fen: int, already_refunded: int, units: int
) -> RefundSplit:
    """Refund ``units`` of a line of ``qty`` units of which ``already_refunded`` went back before.

    ``F(n, a) = round_half_up(a × n / q)``; the refund is ``−(F(r+k, a) − F(r, a))`` for net,
    coop and rec, and the host gets the rest. All refunds of a line add up to the line.
    """
    if units <= 0:
        raise RuleError(f"退货数量 {units} 必须是正整数", f"refund quantity {units} must be positive")
    if already_refunded < 0 or already_refunded + units > qty:
        left = max(qty - already_refunded, 0)
        raise RuleError(
            f"只能再退 {left} 件，不能退 {units} 件",
            f"only {left} left to refund, cannot refund {units}",
        )
    r, k = already_refunded, units
    net = -(_part(net_fen, r + k, qty) - _part(net_fen, r, qty))
    coop = -(_part(coop_fen, r + k, qty) - _part(coop_fen, r, qty))
    rec = -(_part(rec_fen, r + k, qty) - _part(rec_fen, r, qty))
    return RefundSplit(units=k, net_fen=net, coop_fen=coop, rec_fen=rec, host_fen=net - coop - rec)
