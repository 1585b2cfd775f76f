"""What the screens work with (``ui.kit.context.AppContext``), wired to this shop."""

from __future__ import annotations

from pos.imports.table import Table
from ui.kit.context import AppContext
from ui.kit.session import AT_THE_DOOR, Session
from ui.wiring.counter import counter_devices, serial_scanner
from ui.wiring.documents import (
    StatementFiles,
    documents,
    read_table,
    shift_report_pdf,
    shift_report_text,
    stock_documents,
)
from ui.wiring.shop import Shop


def app_context(shop: Shop) -> AppContext:
    """What the screens work with: this shop's settings, units of work and documents.

    Every unit of work acts as the user logged in at the counter and is refused while nobody
    is: the GUI never acts as the command line's administrator. Logging in has its own, which
    acts as nobody.
    """
    session = Session()

    def read(data: bytes, name: str) -> Table:
        return read_table(data, source=name)

    return AppContext(
        config=shop.config,
        uow_factory=session.bind(lambda actor: shop.uow(actor=actor)),
        documents=documents(),
        database_label=shop.label,
        serial_scanner=serial_scanner(shop.config),
        read_table=read,
        read_uow_factory=session.bind(lambda actor: shop.uow(read_only=True, actor=actor)),
        session=session,
        login_uow_factory=lambda: shop.uow(actor=AT_THE_DOOR),
        shift_report_text=shift_report_text,
        shift_report_pdf=shift_report_pdf,
        stock_documents=stock_documents(),
        statement_documents=StatementFiles(),
        devices=counter_devices(shop, session),
    )
