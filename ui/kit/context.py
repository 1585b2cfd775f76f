"""What a screen gets to work with: the shop's settings, units of work, and document rendering.

A screen never opens a unit of work itself: it hands a fresh one to a use case of pos/services,
which opens it and commits or rolls it back (``add_tag(ctx.uow(), name=...)``,
``list_tags(ctx.read_uow())``). Built by the composition root (ui/wiring); screens never import
``db`` or ``receipts``. Tests build one over fakes or a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from pos.config import Config
from pos.imports.table import Table
from pos.ports import Documents, UnitOfWork
from pos.shifts import ShiftReport
from pos.users import Actor
from ui.kit.session import Session

if TYPE_CHECKING:
    from pos.ports import StockDocuments
    from pos.statements import CoopSummary, HostStatement, RecommenderStatement, StatementSet
    from ui.kit.scanner import SerialScanner


class StatementDocuments(Protocol):
    """Settlement statements as files (implemented in ``receipts``): PDFs and the accountant's XLSX."""

    def host_pdf(self, statement: HostStatement) -> bytes: ...
    def recommender_pdf(self, statement: RecommenderStatement) -> bytes: ...
    def coop_pdf(self, summary: CoopSummary) -> bytes: ...
    def xlsx(self, statements: StatementSet) -> bytes: ...


class CounterDevices(Protocol):
    """The counter's printer, cash drawer and pole display, as the screens use them.

    Every call returns at once: the work runs off the GUI thread, and printer trouble is never
    raised to the caller (it shows in the status bar, and the job waits in the queue).
    """

    def print_receipt(self, receipt_no: str) -> None:
        """Right after a sale or refund committed: the receipt as first rendered and stored (a cash
        sale also kicks the drawer); if it was printed before, a reprint marked 重印."""

    def reprint(self, receipt_no: str) -> None:
        """A receipt again, marked 重印, exactly as first rendered; never opens the drawer."""

    def open_drawer(self) -> None:
        """Kick the cash drawer now (after the caller recorded why: paid in/out, a manager's
        open-drawer)."""

    def show_item(self, name: str, amount_fen: int, total_fen: int) -> None:
        """Pole display: the item just rung up (its line amount) and the cart's total."""

    def show_total(
        self, total_fen: int, *, paid_fen: int | None = None, change_fen: int | None = None
    ) -> None:
        """Pole display: the total due, then what was paid and the change."""

    def clear_display(self) -> None:
        """Pole display: back to the shop's greeting."""


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
    # who is logged in at this counter. The app always has one (ui/wiring); a context
    # without one (tests of a single screen, scripts) acts as its factory's actor and has no login.
    session: Session | None = None
    # a unit of work for checking PINs (login, approval, the first administrator), usable before
    # anyone has logged in; it acts as nobody (``ui.kit.session.AT_THE_DOOR``)
    login_uow_factory: Callable[[], UnitOfWork] | None = None
    # an X or Z report as monospaced text, and as an 80 mm PDF: (config, report) -> text / bytes
    shift_report_text: Callable[[Config, ShiftReport], str] | None = None
    shift_report_pdf: Callable[[Config, ShiftReport], bytes] | None = None
    # the counter's printer, drawer and pole display (None: none, e.g. a back-office screen in tests)
    devices: CounterDevices | None = None
    # the serial scanner of settings ``[scanner] port``, read off the GUI thread (None: not set up);
    # its ``scanned(str)`` signal carries each code
    serial_scanner: SerialScanner | None = None
    # stock paperwork (intake and return slips, count variance reports as PDF and XLSX); None: the
    # stock screen saves none
    stock_documents: StockDocuments | None = None
    # settlement statements as PDF and XLSX bytes (None: the settlement screen cannot export)
    statement_documents: StatementDocuments | None = None

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
