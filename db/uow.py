"""The unit of work: one Session, one transaction, every repository over it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.engine import READ_ONLY
from db.repositories import (
    SqlAuditRepository,
    SqlCartRepository,
    SqlChargeRepository,
    SqlHostRepository,
    SqlProductRepository,
    SqlReceiptRepository,
    SqlRecommenderRepository,
    SqlSaleRepository,
    SqlSequenceRepository,
    SqlSettlementRepository,
    SqlShiftRepository,
    SqlStockRepository,
    SqlTagRepository,
    SqlUserRepository,
)
from db.repositories.shop import SqlCounterLeaseRepository, SqlShopSettingsRepository
from pos.clock import utc_now
from pos.errors import Busy, Conflict
from pos.users import Actor, system_actor

# PostgreSQL's serialization_failure and deadlock_detected: nothing was written, run it again.
_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})
# Unique keys that two counters can race for, where the loser's retry finds the winner's row.
_RACED_KEYS = ("uq_sales_idempotency_key", "ix_sales_idempotency_key", "sales.idempotency_key")


def translate(exc: BaseException) -> BaseException | None:
    """A driver error that another writer caused, as the shop's words (``None``: not one of those)."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    text = str(orig)
    if sqlstate in _RETRYABLE_SQLSTATES:
        return Conflict(
            "另一台收银机同时在改同一批数据",
            "another counter was changing the same records at the same moment",
        )
    if any(key in text for key in _RACED_KEYS):
        return Conflict("这笔收款已经在记录中", "this payment is being recorded already")
    if "database is locked" in text or "database table is locked" in text:
        return Busy(
            "数据库正被另一项操作占用（例如导入或备份），等了很久仍未释放；什么也没有记录，请稍后再试",
            "the database is held by another task (an import or a backup, say) for longer than a sale "
            "can wait; nothing was recorded, please try again in a moment",
        )
    return None


class SqlUnitOfWork:
    """``with uow: ...; uow.commit()`` — leaving the block without commit rolls everything back."""

    def __init__(
        self,
        engine: Engine,
        *,
        read_only: bool = False,
        actor: Actor | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        """``read_only``: for lists and reports; on SQLite it never waits for, nor blocks, a sale.
        ``actor``: who acts (the logged-in user); the command line acts as the system.
        ``clock``: what "now" is (tests of a day at the counter set it)."""
        self.actor = actor or system_actor()
        self.clock = clock
        bind = engine
        if read_only:
            extra = {"postgresql_readonly": True} if engine.dialect.name == "postgresql" else {}
            bind = engine.execution_options(**{READ_ONLY: True}, **extra)
        self._bind = bind
        self._session: Session | None = None

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("unit of work already open")
        # A plain Session: a sessionmaker per unit of work made a Session subclass each time
        # (and set up its events), a third of a scan's look-up.
        self._session = Session(bind=self._bind, expire_on_commit=False, autoflush=True)
        s = self._session
        self.hosts = SqlHostRepository(s)
        self.recommenders = SqlRecommenderRepository(s)
        self.tags = SqlTagRepository(s)
        self.products = SqlProductRepository(s)
        self.charges = SqlChargeRepository(s)
        self.sales = SqlSaleRepository(s)
        self.settlements = SqlSettlementRepository(s)
        self.users = SqlUserRepository(s)
        self.audit = SqlAuditRepository(s)
        self.carts = SqlCartRepository(s)
        self.stock = SqlStockRepository(s)
        self.sequences = SqlSequenceRepository(s)
        self.shifts = SqlShiftRepository(s)
        self.receipts = SqlReceiptRepository(s)
        self.settings = SqlShopSettingsRepository(s)
        self.leases = SqlCounterLeaseRepository(s)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None
        if exc is not None:
            translated = translate(exc)
            if translated is not None:
                raise translated from exc

    @property
    def session(self) -> Session:
        assert self._session is not None, "open the unit of work with `with uow:` first"
        return self._session

    def commit(self) -> None:
        self.session.commit()

    def now(self) -> datetime:
        return self.clock()

    def rollback(self) -> None:
        self.session.rollback()
