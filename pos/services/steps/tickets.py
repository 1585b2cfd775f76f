"""A sale or refund being rung up, inside an open unit of work: who may ring it up, whether its
day is still open in the books, the rules of a person at a counter (dated now, inside the
counter's open shift, the person its cashier), and its receipt number and head.

The use cases of ``pos.services.checkout`` (a sale, a refund) make a :class:`Ticket` first and
take it through these steps in their one transaction; a step commits nothing.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime

from pos.clock import business_day, to_utc
from pos.errors import RuleError
from pos.ports import UnitOfWork
from pos.sale import Sale, SaleKind, receipt_number
from pos.services.counter_rules import dated_now
from pos.settlement import refuse_if_closed
from pos.users import Permission, is_system, require


@dataclass(frozen=True, slots=True)
class Kind:
    """A sale or a refund: the right a person at the counter needs for it, and its names."""

    kind: SaleKind
    permission: str  # a Permission
    zh: str
    en: str
    en_books: str  # what the books call them, in a closed period's refusal


SALE = Kind("sale", Permission.SELL, "销售", "sale", "sales")
REFUND = Kind("refund", Permission.REFUND, "退货", "refund", "refunds")


@dataclass(frozen=True, slots=True)
class Ticket:
    """A sale or refund being rung up: what it is, where, when (UTC) and by whom; ``receipt_no``
    an import's own."""

    what: Kind
    receipt_no: str | None
    counter_id: str | None
    at: datetime
    timezone: str
    source: str
    cashier: str

    @property
    def day(self) -> date:
        return business_day(self.at, self.timezone)


def in_open_books(
    uow: UnitOfWork,
    what: Kind,
    *,
    receipt_no: str | None,
    counter_id: str | None,
    at: datetime,
    timezone: str,
    source: str,
    cashier: str,
) -> Ticket:
    """Who may ring it up (or import it), and that its day is in no closed period."""
    require(uow.actor, Permission.IMPORT_SALES if source == "import" else what.permission)
    ticket = Ticket(
        what=what, receipt_no=receipt_no, counter_id=counter_id, at=to_utc(at, timezone), timezone=timezone,
        source=source, cashier=cashier,
    )  # fmt: skip
    refuse_if_closed(uow.settlements.closed_number_covering(ticket.day), ticket.day, what.zh, what.en_books)
    return ticket


def at_the_counter(uow: UnitOfWork, ticket: Ticket) -> Ticket:
    """The rules of a person at a counter: the sale or refund is dated now (pos/services/
    counter_rules.py) and inside the counter's open shift, so every one is in that shift's Z
    report, and the person is its cashier. The shift is held until the transaction ends, so a
    shift being closed at the same counter either counts this sale or waits for it. An import or
    the system keeps the cashier it names."""
    if ticket.source == "import" or is_system(uow.actor):
        return ticket
    what, counter_id = ticket.what, ticket.counter_id
    dated_now(uow, ticket.at, what_zh=what.zh, what_en=what.en)
    shift = uow.shifts.open_shift(counter_id, for_update=True) if counter_id else None
    if shift is None:
        raise RuleError(
            f"收银台 {counter_id or ''} 还没有开班：请先开班（清点备用金）再{what.zh}",
            f"counter {counter_id or ''} has no shift open: open the shift (count the float) first",
        )
    if ticket.at < shift.opened_at:
        raise RuleError(
            f"{what.zh}的时间早于本班开班时间", f"the {what.en} is dated before the shift was opened"
        )
    return dataclasses.replace(ticket, cashier=uow.actor.code)  # who rings it up is its cashier


def receipt_head(uow: UnitOfWork, ticket: Ticket) -> Sale:
    """The head of the ticket's receipt: its number (:func:`numbering`), counter, time and
    cashier; the caller fills in its lines and payments (``dataclasses.replace``)."""
    number, counter, seq = numbering(
        uow, receipt_no=ticket.receipt_no, counter_id=ticket.counter_id, at=ticket.at,
        timezone=ticket.timezone, source=ticket.source,
    )  # fmt: skip
    return Sale(
        receipt_no=number,
        kind=ticket.what.kind,
        at=ticket.at,
        business_day=ticket.day,
        counter_id=counter,
        seq=seq,
        cashier=ticket.cashier,
        lines=(),
        payments=(),
        source=ticket.source,
    )


COUNTER_RECEIPT = re.compile(r"[A-Za-z0-9_]{1,8}-\d{8}-\d{4,}")


def numbering(
    uow: UnitOfWork,
    *,
    receipt_no: str | None,
    counter_id: str | None,
    at: datetime,
    timezone: str,
    source: str,
) -> tuple[str, str | None, int | None]:
    """A counter's sale takes the counter's next number of the day (no caller chooses it); an
    imported one keeps its own, which can never look like a counter's (``C1-20261204-0003``), so
    the two never collide and a counter is never jammed by an import."""
    if source != "import":
        if receipt_no is not None:
            raise RuleError(
                "收银台的单号由收银台按顺序生成，不能指定",
                "a counter sale's receipt number is given by the counter, not chosen",
            )
        if not counter_id:
            raise RuleError("没有设置收银台编号", "no counter id is configured")
        day = business_day(at, timezone)
        seq = uow.sales.next_seq(counter_id, day)
        return receipt_number(counter_id, day, seq), counter_id, seq
    number = (receipt_no or "").strip()
    if not number:
        raise RuleError("导入的销售需要单号", "an imported sale needs a receipt number")
    if len(number) > 40 or not number.isprintable():
        raise RuleError(
            f"单号 “{number[:40]}” 太长或含有不可见字符",
            f'receipt number "{number[:40]}" is too long or has invisible characters',
        )
    if COUNTER_RECEIPT.fullmatch(number):
        raise RuleError(
            f"单号 {number} 与收银台的单号格式相同（收银台-日期-序号），请给导入的销售用自己的单号，例如 M-{number}",
            f"receipt {number} looks like a counter's number (counter-date-sequence): give imported sales "
            f"numbers of their own, e.g. M-{number}",
        )
    if uow.sales.by_receipt(number) is not None:
        raise RuleError(f"单号 {number} 已经存在", f"receipt {number} already exists")
    return number, None, None
