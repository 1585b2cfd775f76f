"""What a screen gets to work with: the shop's settings, a unit of work, and document rendering.

Built by ui/bootstrap.py (the composition root); screens never import ``db`` or ``receipts``.
Tests build one over fakes or a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pos.config import Config
from pos.imports.table import Table
from pos.ports import Documents, UnitOfWork
from pos.shifts import ShiftReport
from pos.users import Actor
from ui.session import Session


@dataclass(frozen=True, slots=True)
class AppContext:
    config: Config
    # units of work acting as the user logged in (``session.bind``): they refuse while nobody is
    uow_factory: Callable[[], UnitOfWork]
    documents: Documents
    database_label: str = ""
    # reads an import file's bytes (CSV or .xlsx) into rows: (data, file name) -> Table
    read_table: Callable[[bytes, str], Table] | None = None
    # a unit of work for lists and reports: on SQLite it never holds up a sale at the counter
    read_uow_factory: Callable[[], UnitOfWork] | None = None
    # who is logged in at this counter. The app always has one (ui/bootstrap.py); a context
    # without one (tests of a single screen, scripts) acts as its factory's actor and has no login.
    session: Session | None = None
    # a unit of work for checking PINs (login, approval, the first administrator), usable before
    # anyone has logged in; it acts as nobody (``ui.session.AT_THE_DOOR``)
    login_uow_factory: Callable[[], UnitOfWork] | None = None
    # an X or Z report as monospaced text, and as an 80 mm PDF: (config, report) -> text / bytes
    shift_report_text: Callable[[Config, ShiftReport], str] | None = None
    shift_report_pdf: Callable[[Config, ShiftReport], bytes] | None = None

    def uow(self) -> UnitOfWork:
        return self.uow_factory()

    def read_uow(self) -> UnitOfWork:
        return (self.read_uow_factory or self.uow_factory)()

    def login_uow(self) -> UnitOfWork:
        return (self.login_uow_factory or self.uow_factory)()

    @property
    def actor(self) -> Actor | None:
        """The user logged in now (None: nobody, or a context without a login)."""
        return self.session.actor if self.session is not None else None
