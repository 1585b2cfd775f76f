"""Documents as files: PDFs (statements, labels, price cards, stock slips, shift reports,
e-receipts) and spreadsheets (the accountant's XLSX, an import file read).

The renderers load reportlab and openpyxl, about half a second, which the counter should not
wait for at start: they are imported here when a document is first made, not when this module
is. Reading an import file needs neither (openpyxl only for an .xlsx, when one comes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from pos.config import Config
from pos.imports.table import Table
from pos.print_ops import PrintDoc
from pos.shifts import ShiftReport
from receipts import spreadsheets

if TYPE_CHECKING:
    from pos.ports import Documents, StockDocuments
    from pos.statements import CoopSummary, HostStatement, RecommenderStatement, StatementSet


def read_table(data: bytes, *, source: str) -> Table:
    """An import file's bytes (CSV in UTF-8 or GB18030, or .xlsx) as rows; ``source`` names it in
    messages (docs/formats.md)."""
    return spreadsheets.read_table(data, source=source)


class _Deferred:
    """Stands for an object made on first use: the PDF and XLSX renderers load reportlab and
    openpyxl (about half a second), which the counter should not wait for at start."""

    def __init__(self, make: Callable[[], object]) -> None:
        self._make = make
        self._made: object | None = None

    def __getattr__(self, name: str) -> object:
        if self._made is None:
            self._made = self._make()
        return getattr(self._made, name)


def _pdf_documents() -> Documents:
    from receipts.documents import PdfDocuments  # reportlab: see the module's docstring

    return PdfDocuments()


def documents() -> Documents:
    """Barcode labels and price cards as PDFs (``pos.ports.Documents``)."""
    return cast("Documents", _Deferred(_pdf_documents))


def _stock_docs() -> StockDocuments:
    from receipts.stock_docs import StockDocs  # reportlab and openpyxl: see the module's docstring

    return StockDocs()


def stock_documents() -> StockDocuments:
    """Intake and return slips, variance reports (PDF, XLSX), for the stock screen."""
    return cast("StockDocuments", _Deferred(_stock_docs))


class StatementFiles:
    """``StatementDocuments`` (ui.kit.context) for the settlement screen and ``settle --pdf/--xlsx``:
    reportlab PDFs and openpyxl, each loaded when the first file is made."""

    def host_pdf(self, statement: HostStatement) -> bytes:
        from receipts.statements import host_statement_pdf

        return host_statement_pdf(statement)

    def recommender_pdf(self, statement: RecommenderStatement) -> bytes:
        from receipts.statements import recommender_statement_pdf

        return recommender_statement_pdf(statement)

    def coop_pdf(self, summary: CoopSummary) -> bytes:
        from receipts.statements import coop_summary_pdf

        return coop_summary_pdf(summary)

    def xlsx(self, statements: StatementSet) -> bytes:
        from receipts.settlement_xlsx import settlement_xlsx

        return settlement_xlsx(statements)


def shift_report_pdf(config: Config, report: ShiftReport) -> bytes:
    """An X or Z report as an 80 mm wide PDF, in the shop's name and time zone (for the screens too)."""
    from receipts.z_report import shift_report_pdf as render  # reportlab: see the module's docstring

    return render(report, shop_name=config.shop_name, timezone=config.timezone)


def shift_report_text(config: Config, report: ShiftReport) -> str:
    """An X or Z report as the monospaced text the command line shows and the printer prints."""
    from receipts.z_report import shift_report_text as render  # its module loads reportlab too

    return render(report, shop_name=config.shop_name, timezone=config.timezone)


def receipt_pdf(doc: PrintDoc, *, title: str) -> bytes:
    """A receipt as a one-page PDF e-receipt, as wide as its paper."""
    from receipts.receipt_pdf import receipt_pdf as render  # reportlab: see the module's docstring

    return render(doc, title=title)
