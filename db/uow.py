"""The unit of work: one Session, one transaction, every repository over it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
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
from pos.users import Actor, system_actor


class SqlUnitOfWork:
    """``with uow: ...; uow.commit()`` — leaving the block without commit rolls everything back."""

    def __init__(self, engine: Engine, *, read_only: bool = False, actor: Actor | None = None) -> None:
        """``read_only``: for lists and reports; on SQLite it never waits for, nor blocks, a sale.
        ``actor``: who acts (the logged-in user); the command line acts as the system."""
        self.actor = actor or system_actor()
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

    @property
    def session(self) -> Session:
        assert self._session is not None, "open the unit of work with `with uow:` first"
        return self._session

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
