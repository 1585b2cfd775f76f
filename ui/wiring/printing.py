"""The receipt printer: the counter's print queue, a sale's receipt, the drawer, the test page,
and a printer used directly (the command line's ``coop-pos receipt``)."""

from __future__ import annotations

from db.print_jobs import SqlPrintJobStore
from pos.clock import utc_now, zone
from pos.config import Config
from pos.print_jobs import JobKind, PrintJob
from pos.print_ops import PrintDoc, text_document
from pos.receipt import ReceiptSettings, printer_test_page
from pos.services.receipts import receipt_copy
from pos.shifts import ShiftReport
from pos.users import Actor
from receipts.escpos_bytes import Profile, to_escpos
from receipts.print_queue import Listener, PrintQueue, no_printer, print_directly
from receipts.printers import Printer, printer_from_uri
from ui.wiring.documents import shift_report_text
from ui.wiring.shop import Shop


def receipt_settings(config: Config) -> ReceiptSettings:
    return ReceiptSettings.from_config(config)


def print_queue(shop: Shop, *, listener: Listener | None = None, start: bool = True) -> PrintQueue:
    """The counter's print queue on its configured printer, picking up what a previous run left.

    ``listener(state, ok, status)`` hears every change of the printer's state, on the queue's
    thread: re-emit it as a Qt signal, then ``set_printer_state(status.text(language), ok)``.
    Call ``stop()`` when the app closes.
    """
    queue = PrintQueue(
        store=SqlPrintJobStore(shop.engine),
        printer=printer_from_uri(shop.config.printer_uri),
        counter_id=shop.config.counter_id,
        profile=Profile.from_config(shop.config),
    )
    if listener is not None:
        queue.add_listener(listener)
    return queue.start() if start else queue


def print_receipt(
    shop: Shop, queue: PrintQueue, *, receipt_no: str, at_counter: bool = True, actor: Actor | None = None
) -> PrintJob | None:
    """Queue a sale's or refund's receipt; returns at once (None: no printer at this counter).

    Call it right after the sale committed, on the same worker (not the GUI thread): the first
    time, the receipt is rendered and stored with the sale (``at_counter``: a cash sale kicks the
    drawer); every later call queues the stored copy marked 重印, never opening the drawer.
    """
    if queue.printer is None:
        return None
    with shop.database_errors():
        copy = receipt_copy(
            shop.uow(actor=actor),
            receipt_no=receipt_no,
            settings=receipt_settings(shop.config),
            now=utc_now(),
            at_counter=at_counter,
        )
    kind: JobKind = copy.kind if copy.first else "reprint"
    return queue.enqueue(copy.doc, kind=kind, receipt_no=copy.receipt_no)


def print_shift_report(shop: Shop, queue: PrintQueue, report: ShiftReport) -> PrintJob | None:
    """An X or Z report through the counter's print queue, as the text the command line shows."""
    settings = receipt_settings(shop.config)
    text = shift_report_text(shop.config, report)
    doc = text_document(text.splitlines(), paper_mm=settings.paper_mm, cut=settings.cut)
    return queue.enqueue(doc, kind="z_report")


def open_drawer(shop: Shop, queue: PrintQueue) -> None:
    """Kick the drawer now through the printer (after ``open_drawer_without_sale`` recorded who and
    why, or a paid-in/out). Blocks a few seconds at most: run it off the GUI thread."""
    queue.open_drawer(pin=shop.config.drawer_pin, pulse_ms=shop.config.drawer_pulse_ms)


def printer_of(config: Config, printer_uri: str | None = None) -> Printer:
    """The printer at ``printer_uri`` (default: the configured one), to print on directly; refused
    in words when there is none."""
    printer = printer_from_uri(printer_uri or config.printer_uri)
    if printer is None:
        raise no_printer()
    return printer


def print_now(config: Config, printer: Printer, doc: PrintDoc) -> None:
    """Print ``doc`` on ``printer`` now, not through a queue; raises PrinterError in words."""
    print_directly(printer, doc, Profile.from_config(config))


def print_test_page(
    config: Config, *, printer_uri: str | None = None, queue: PrintQueue | None = None
) -> str:
    """The settings screen's test print, sent now to ``printer_uri`` (default: the configured
    one), or between the jobs of ``queue``; returns the printer's name. Raises PrinterError in
    words; run it off the GUI thread."""
    if queue is not None:
        printer = queue.printer
        if printer is None:
            raise no_printer()
    else:
        printer = printer_of(config, printer_uri)
    at = utc_now().astimezone(zone(config.timezone)).strftime("%Y-%m-%d %H:%M:%S")
    doc = printer_test_page(receipt_settings(config), printer=printer.label, at_local=at)
    if queue is not None:  # between jobs, never in the middle of a receipt
        queue.send_now(to_escpos(doc, queue.profile))
    else:
        print_now(config, printer, doc)
    return printer.label
