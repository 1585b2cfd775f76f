"""The composition root: the one place that wires ``db`` and ``receipts`` into ``pos``'s ports.

The command line and the GUI both start here; neither touches SQLAlchemy itself.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from db import backup as backups
from db.checkpoint import WalCheckpointer, start_checkpointer
from db.engine import describe_url, make_engine, normalise_url
from db.errors import DatabaseError, database_errors
from db.migrate import schema_state, shop_has_catalog, upgrade
from db.uow import SqlUnitOfWork
from pos.clock import business_day, utc_now
from pos.config import Config, load_config
from pos.errors import ConfigError, CoopError, InputError, RuleError
from pos.users import Actor, system_actor

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pos.demo import DemoSummary
    from pos.imports.runner import ImportReport
    from pos.ports import Documents, StockDocuments
    from pos.settlement import ClosedSettlement
    from pos.statements import CoopSummary, HostStatement, RecommenderStatement, ShopInfo, StatementSet
    from pos.stock import HostStock, VarianceReport
    from ui.kit.context import AppContext
    from ui.kit.scanner import SerialScanner
from ui.kit import paths
from ui.kit.files import write_file

log = logging.getLogger("coop_pos")
ENV_DB = "COOP_POS_DB"


def resolve_database_url(cli_url: str | None, config: Config) -> str:
    """``--db``, then ``$COOP_POS_DB``, then the config file, then an SQLite file in the data folder."""
    for candidate in (cli_url, os.environ.get(ENV_DB), config.database_url):
        if candidate and candidate.strip():
            return normalise_url(candidate)
    return normalise_url(str(paths.default_database_file()))


@dataclass
class Shop:
    """An opened shop: its settings and database, and a unit of work to use them."""

    config: Config
    url: str
    engine: Engine
    actor: Actor  # who acts: the command line's user, or whoever logged in at the counter
    config_path: Path | None = None  # the settings file it was opened with
    checkpointer: WalCheckpointer | None = None  # the counter app's WAL checkpoints (SQLite)

    def uow(self, *, read_only: bool = False, actor: Actor | None = None) -> SqlUnitOfWork:
        """``actor``: who acts in this unit of work (the user at the counter); else ``self.actor``."""
        return SqlUnitOfWork(self.engine, read_only=read_only, actor=self.actor if actor is None else actor)

    @property
    def label(self) -> str:
        return describe_url(self.url)

    @property
    def sqlite_file(self) -> Path | None:
        return backups.sqlite_path_from_url(self.url)

    def backup_dir(self) -> Path:
        if self.config.backup_dir:
            return Path(self.config.backup_dir).expanduser()
        db_file = self.sqlite_file
        if db_file is None:
            raise RuleError(
                "PostgreSQL 数据库请用 pg_dump 备份",
                "back up a PostgreSQL shop with pg_dump (see the README)",
            )
        return db_file.parent / "backups"

    def checkpoint_in_background(self) -> None:
        """For the long-running app on an SQLite file: the write-ahead log is checkpointed on a
        thread of its own between sales, not inside one (``db.checkpoint``)."""
        if self.checkpointer is None:
            self.checkpointer = start_checkpointer(self.engine, self.sqlite_file)

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        self.engine.dispose()


def open_shop(*, db_url: str | None = None, config_path: Path | None = None) -> Shop:
    config = load_config(config_path or paths.config_file())
    url = resolve_database_url(db_url, config)
    return Shop(
        config=config,
        url=url,
        engine=make_engine(url),
        actor=system_actor(_os_user()),
        config_path=config_path or paths.config_file(),
    )


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a container
        return "system"


@dataclass(frozen=True, slots=True)
class InitResult:
    before: str | None
    after: str
    backup: Path | None
    created: bool


def init_schema(shop: Shop) -> InitResult:
    """Create or upgrade the schema to the newest version; a no-op when it is current.

    An SQLite shop whose schema is about to change is backed up first.
    """
    with database_errors(shop.url):
        state = schema_state(shop.engine)
        if state.state == "ahead":
            raise RuleError(
                f"数据库版本 {state.current} 比本程序新（{state.head}）：请升级 coop-pos",
                f"the database is at version {state.current}, newer than this program ({state.head}): upgrade coop-pos",
            )
        if state.state == "foreign":
            raise RuleError(
                f"{shop.label} 里已有别的数据表，不是 coop-pos 的店铺数据库",
                f"{shop.label} already holds other tables; it is not a coop-pos shop",
            )
        saved = None
        if state.state == "behind" and shop.sqlite_file is not None:
            saved = backups.backup_sqlite(
                shop.sqlite_file,
                shop.backup_dir(),
                reason=f"before-upgrade-{state.current}",
                keep=shop.config.backup_keep,
            )
        if state.state != "current":
            upgrade(shop.engine)
        return InitResult(
            before=state.current, after=state.head, backup=saved, created=state.state == "empty"
        )


def apply_shop_settings(shop: Shop) -> bool:
    """Write the config file's settings that every counter must share (the discount limit) into
    the shop's database, audited; ``coop-pos init`` does it. False: the shop had them already."""
    from pos.services.shop_settings import set_discount_limit

    with database_errors(shop.url):
        return set_discount_limit(
            shop.uow(), limit_bp=shop.config.discount_limit_percent * 100, now=utc_now()
        )


class CounterLeaseKeeper:
    """This app's hold on its counter id: taken at start, renewed on a thread of its own every
    ``RENEW_EVERY`` while the app runs, given up when it closes (pos/counters.py)."""

    def __init__(self, shop: Shop) -> None:
        import socket
        import uuid

        self.shop = shop
        self.counter_id = shop.config.counter_id
        self.holder = uuid.uuid4().hex
        user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
        self.machine = f"{socket.gethostname()} ({user}, pid {os.getpid()})"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def claim(self, *, take_over: bool = False) -> None:
        """Take the counter; an app of this same computer and user that is no longer running (it
        crashed, or was killed, a moment ago) is not waited for: its lease is taken over, audited."""
        from pos.services.counters import CounterTaken, claim_counter, counter_holder

        with database_errors(self.shop.url):
            try:
                claim_counter(
                    self.shop.uow(), counter_id=self.counter_id, holder=self.holder, machine=self.machine,
                    now=utc_now(), take_over=take_over,
                )  # fmt: skip
            except CounterTaken:
                held = counter_holder(self.shop.uow(read_only=True), counter_id=self.counter_id)
                if held is None or not self._gone(held.machine):
                    raise
                claim_counter(
                    self.shop.uow(), counter_id=self.counter_id, holder=self.holder, machine=self.machine,
                    now=utc_now(), take_over=True,
                )  # fmt: skip
        self._thread = threading.Thread(target=self._renew, name="counter-lease", daemon=True)
        self._thread.start()

    def _gone(self, machine: str) -> bool:
        """``machine`` names an app of this computer and user whose process is not running (POSIX;
        elsewhere a crashed app's lease simply runs out)."""
        import re
        import socket

        user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
        mine = re.fullmatch(rf"{re.escape(socket.gethostname())} \({re.escape(user)}, pid (\d+)\)", machine)
        if mine is None or os.name != "posix":
            return False
        try:
            os.kill(int(mine.group(1)), 0)
        except ProcessLookupError:
            return True
        except OSError:  # running, as another user
            return False
        return False

    def _renew(self) -> None:
        from pos.counters import RENEW_EVERY
        from pos.services.counters import renew_counter

        while not self._stop.wait(RENEW_EVERY.total_seconds()):
            try:
                with database_errors(self.shop.url):
                    renew_counter(
                        self.shop.uow(), counter_id=self.counter_id, holder=self.holder, now=utc_now()
                    )
            except CoopError as exc:  # the database away for a moment: try again at the next turn
                log.warning("counter lease not renewed: %s", exc)

    def release(self) -> None:
        from pos.services.counters import release_counter

        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        try:
            with database_errors(self.shop.url):
                release_counter(self.shop.uow(), counter_id=self.counter_id, holder=self.holder)
        except CoopError as exc:  # it runs out by itself
            log.warning("counter lease not released: %s", exc)


def schema_problem(shop: Shop) -> CoopError | None:
    """Why the GUI cannot open this shop's database as it is, or None. An empty one is created."""
    with database_errors(shop.url):
        state = schema_state(shop.engine)
    if state.state in ("current", "empty"):
        return None
    if state.state == "behind":
        return RuleError(
            f"数据库版本 {state.current} 需要升级到 {state.head}。请先运行：coop-pos init（会先自动备份）",
            f"the database is at version {state.current} and needs version {state.head}. "
            "Run first: coop-pos init (it backs up first)",
        )
    if state.state == "ahead":
        return RuleError(
            f"数据库版本 {state.current} 比本程序新：请升级 coop-pos",
            f"the database version {state.current} is newer than this program: upgrade coop-pos",
        )
    return RuleError(
        f"{shop.label} 不是 coop-pos 的店铺数据库", f"{shop.label} is not a coop-pos shop database"
    )


def fill_demo(shop: Shop, *, progress: Callable[[str], None] | None = None) -> DemoSummary:
    from pos.demo import fill_demo_shop

    with database_errors(shop.url):
        busy = shop_has_catalog(shop.engine)
    if busy:
        raise RuleError(
            "演示数据只能放进空的店铺；这个店铺已有主理人或商品",
            "the demo fills only an empty shop; this one has hosts or goods",
        )
    today = business_day(utc_now(), shop.config.timezone)
    with database_errors(shop.url):
        return fill_demo_shop(
            shop.uow(),
            today=today,
            timezone=shop.config.timezone,
            counter_id=shop.config.counter_id,
            progress=progress,
        )


def require_current_schema(shop: Shop) -> None:
    """Commands that read or write the shop refuse a database that `coop-pos init` has not prepared."""
    with database_errors(shop.url):
        state = schema_state(shop.engine)
    if state.state == "current":
        return
    if state.state == "empty":
        raise RuleError(
            f"{shop.label} 还没有初始化：请先运行 coop-pos init",
            f"{shop.label} is not set up yet: run coop-pos init first",
        )
    problem = schema_problem(shop)
    assert problem is not None
    raise problem


def import_file(
    shop: Shop, *, kind: str, path: Path, dry_run: bool = False, update: bool = False
) -> ImportReport:
    """``coop-pos import KIND FILE``: all or nothing, every bad line named (docs/formats.md)."""
    from pos.imports.kinds import HANDLERS, UPDATABLE
    from pos.imports.runner import ImportContext, run_import
    from receipts.spreadsheets import read_table

    if update and kind not in UPDATABLE:
        raise RuleError(
            f"{kind} 不能用 --update：这类记录一经导入就不再修改",
            f"--update does not apply to {kind}: those records are never changed once imported",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"无法读取文件 {path}：{exc.strerror}", f"cannot read the file {path}: {exc.strerror}"
        ) from exc
    table = read_table(data, source=path.name)
    require_current_schema(shop)
    now = utc_now()
    context = ImportContext(
        today=business_day(now, shop.config.timezone), now=now, timezone=shop.config.timezone, update=update
    )
    with database_errors(shop.url):  # prepared in a read-only unit of work, written in one short one
        return run_import(
            shop.uow(),
            read_uow=shop.uow(read_only=True),
            kind=kind,
            table=table,
            context=context,
            handler=HANDLERS[kind],
            dry_run=dry_run,
        )


def settle(
    shop: Shop, *, start: date, end: date, close: bool = False, closed_by: str = ""
) -> tuple[Mapping[str, object], ClosedSettlement | None]:
    """``coop-pos settle``: the JSON of the period (stored if it was closed); with ``close``, close it."""
    from pos.services.settlement import close_period, settlement_report
    from pos.settlement import Period

    require_current_schema(shop)
    period = Period(start, end)
    with database_errors(shop.url):
        if close:
            closed = close_period(
                shop.uow(), period=period, timezone=shop.config.timezone, closed_by=closed_by, now=utc_now()
            )
            return closed.document, closed
        return settlement_report(shop.uow(read_only=True), period=period, timezone=shop.config.timezone)


def _statements(shop: Shop, start: date, end: date, actor: Actor | None) -> StatementSet:
    from pos.services.statements import statement_set
    from pos.settlement import Period

    require_current_schema(shop)
    with database_errors(shop.url):
        return statement_set(
            shop.uow(read_only=True, actor=actor),
            period=Period(start, end),
            timezone=shop.config.timezone,
            shop=_shop_info(shop),
        )


def _shop_info(shop: Shop) -> ShopInfo:
    from pos.statements import ShopInfo

    return ShopInfo(shop.config.shop_name, shop.config.shop_address)


def host_statement_pdf(
    shop: Shop, *, start: date, end: date, host_code: str, actor: Actor | None = None
) -> bytes:
    """One host's 结算单 as PDF bytes, reading only its lines. ``actor``: who asks (default the
    shop's); a host login may ask only for its own."""
    from pos.services.statements import host_statement_of
    from pos.settlement import Period
    from receipts.statements import host_statement_pdf as render

    require_current_schema(shop)
    with database_errors(shop.url):
        statement = host_statement_of(
            shop.uow(read_only=True, actor=actor),
            period=Period(start, end),
            timezone=shop.config.timezone,
            shop=_shop_info(shop),
            host_code=host_code,
        )
    return render(statement)


def write_statement_pdfs(
    shop: Shop,
    *,
    start: date,
    end: date,
    folder: Path,
    progress: Callable[[int, int, str], None] | None = None,
    actor: Actor | None = None,
) -> list[Path]:
    """``settle --pdf DIR``: every statement of the period, one file each, in ``folder``:
    ``<number>-<host code>.pdf``, ``<number>-<recommender code>.pdf`` (``<number>-R-<code>.pdf`` if a
    host has the same code) and ``<number>-coop.pdf`` (the co-op summary), where ``<number>`` is the
    settlement number, e.g. ``JS-20261001-20261031``. ``progress(done, total, file name)`` is called
    after each file (from the calling thread); an exception raised by it stops the export."""
    from functools import partial

    from pos.statements import file_name
    from receipts.statements import coop_summary_pdf, host_statement_pdf, recommender_statement_pdf

    statements = _statements(shop, start, end, actor)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"无法写入文件夹 {folder}：{exc.strerror}",
            f"cannot write into the folder {folder}: {exc.strerror}",
        ) from exc
    jobs: list[tuple[str, Callable[[], bytes]]] = [
        (statements.summary.number, partial(coop_summary_pdf, statements.summary))
    ]
    jobs += [(h.number, partial(host_statement_pdf, h)) for h in statements.hosts]
    jobs += [(r.number, partial(recommender_statement_pdf, r)) for r in statements.recommenders]
    written = []
    for done, (number, render) in enumerate(jobs, start=1):
        path = folder / file_name(number)
        write_file(path, render())
        written.append(path)
        if progress is not None:
            progress(done, len(jobs), path.name)
    return written


def write_settlement_xlsx(
    shop: Shop, *, start: date, end: date, path: Path, actor: Actor | None = None
) -> Path:
    """``settle --xlsx FILE``: the period's figures and every line, for the accountant (.xlsx)."""
    from receipts.settlement_xlsx import settlement_xlsx

    write_file(path, settlement_xlsx(_statements(shop, start, end, actor)))
    return path


class StatementFiles:
    """``StatementDocuments`` (ui.kit.context) for the settlement screen: reportlab PDFs and openpyxl."""

    def host_pdf(self, statement: HostStatement) -> bytes:
        from receipts.statements import host_statement_pdf as render

        return render(statement)

    def recommender_pdf(self, statement: RecommenderStatement) -> bytes:
        from receipts.statements import recommender_statement_pdf

        return recommender_statement_pdf(statement)

    def coop_pdf(self, summary: CoopSummary) -> bytes:
        from receipts.statements import coop_summary_pdf

        return coop_summary_pdf(summary)

    def xlsx(self, statements: StatementSet) -> bytes:
        from receipts.settlement_xlsx import settlement_xlsx

        return settlement_xlsx(statements)


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
    from receipts.documents import PdfDocuments

    return PdfDocuments()


def documents() -> Documents:
    return cast("Documents", _Deferred(_pdf_documents))


def serial_scanner(config: Config) -> SerialScanner | None:
    """The serial scanner of settings ``[scanner] port`` (pyserial, read off the GUI thread), not
    started yet; None when no port is set (a keyboard-wedge scanner needs no settings)."""
    if not config.scanner_port.strip():
        return None
    from receipts.scanner_port import open_scanner_port
    from ui.kit.scanner import SerialScanner

    return SerialScanner(config.scanner_port.strip(), config.scanner_baudrate, open_port=open_scanner_port)


def app_context(shop: Shop) -> AppContext:
    """What the screens work with: this shop's settings, units of work and documents.

    Every unit of work acts as the user logged in at the counter and is refused while nobody
    is: the GUI never acts as the command line's administrator. Logging in has its own, which
    acts as nobody.
    """
    from receipts.spreadsheets import read_table
    from ui.kit.context import AppContext
    from ui.kit.session import AT_THE_DOOR, Session

    session = Session()
    return AppContext(
        config=shop.config,
        uow_factory=session.bind(lambda actor: shop.uow(actor=actor)),
        documents=documents(),
        database_label=shop.label,
        serial_scanner=serial_scanner(shop.config),
        read_table=lambda data, name: read_table(data, source=name),
        read_uow_factory=session.bind(lambda actor: shop.uow(read_only=True, actor=actor)),
        session=session,
        login_uow_factory=lambda: shop.uow(actor=AT_THE_DOOR),
        shift_report_text=shift_report_text,
        shift_report_pdf=shift_report_pdf,
        stock_documents=stock_documents(),
        statement_documents=StatementFiles(),
        devices=counter_devices(shop, session),
    )


def print_labels(
    shop: Shop,
    *,
    pdf: Path,
    host_code: str = "",
    barcodes: Sequence[str] = (),
    copies: int = 1,
    per_stock: bool = False,
    preset: str = "",
) -> int:
    """``coop-pos labels``: a PDF of barcode labels; returns how many labels it holds."""
    from pos.services.labels import label_items

    require_current_schema(shop)
    docs = documents()
    with database_errors(shop.url), shop.uow(read_only=True) as uow:
        items = label_items(uow, host_code=host_code, barcodes=barcodes, copies=copies, per_stock=per_stock)
    write_file(pdf, docs.labels_pdf(items, preset=preset or docs.label_presets()[0][0]))
    return sum(i.copies for i in items)


def print_price_cards(shop: Shop, *, pdf: Path, host_code: str = "", barcodes: Sequence[str] = ()) -> int:
    """``coop-pos price-cards``: transparent price cards (透明价签) as a PDF; returns how many."""
    from pos.services.labels import price_cards

    require_current_schema(shop)
    today = business_day(utc_now(), shop.config.timezone)
    with database_errors(shop.url), shop.uow(read_only=True) as uow:
        cards = price_cards(
            uow, shop_name=shop.config.shop_name, as_of=today, host_code=host_code, barcodes=barcodes
        )
    write_file(pdf, documents().price_cards_pdf(cards))
    return len(cards)


def make_backup(shop: Shop, *, to: Path | None = None, reason: str = "manual") -> Path:
    db_file = shop.sqlite_file
    if db_file is None:
        raise RuleError(
            "PostgreSQL 数据库请用 pg_dump 备份（见 README）",
            "back up a PostgreSQL shop with pg_dump (see the README)",
        )
    return backups.backup_sqlite(
        db_file, to or shop.backup_dir(), reason=reason, keep=shop.config.backup_keep
    )


def restore_backup(shop: Shop, backup_file: Path) -> Path | None:
    db_file = shop.sqlite_file
    if db_file is None:
        raise RuleError(
            "PostgreSQL 数据库请用 pg_restore / psql 恢复",
            "restore a PostgreSQL shop with pg_restore or psql",
        )
    shop.engine.dispose()
    return backups.restore_sqlite(backup_file, db_file)


def daily_backup(shop: Shop) -> Path | None:
    """The automatic once-a-day backup of an SQLite shop; None when not due or not SQLite."""
    if shop.sqlite_file is None or not shop.sqlite_file.exists():
        return None
    target = shop.backup_dir()
    if not backups.backup_due(target):
        return None
    return backups.backup_sqlite(shop.sqlite_file, target, reason="daily", keep=shop.config.backup_keep)


__all__ = [
    "ConfigError",
    "CoopError",
    "DatabaseError",
    "InitResult",
    "Shop",
    "daily_backup",
    "fill_demo",
    "init_schema",
    "make_backup",
    "open_shop",
    "resolve_database_url",
    "restore_backup",
    "schema_problem",
]


# ---------------------------------------------------------------- shifts (班次): X and Z reports

if TYPE_CHECKING:
    from pos.shifts import ShiftReport


def shift_report_pdf(config: Config, report: ShiftReport) -> bytes:
    """An X or Z report as an 80 mm wide PDF, in the shop's name and time zone (for the screens too)."""
    from receipts.z_report import shift_report_pdf as render

    return render(report, shop_name=config.shop_name, timezone=config.timezone)


def shift_report_text(config: Config, report: ShiftReport) -> str:
    from receipts.z_report import shift_report_text as render

    return render(report, shop_name=config.shop_name, timezone=config.timezone)


def shift_x_report(shop: Shop, *, counter_id: str = "", pdf: Path | None = None) -> str:
    """``coop-pos shift x-report``: the open shift's figures now, as text (and a PDF with ``pdf``).
    Changes nothing."""
    from pos.services.shifts import x_report

    require_current_schema(shop)
    with database_errors(shop.url):
        report = x_report(
            shop.uow(read_only=True), counter_id=counter_id or shop.config.counter_id, at=utc_now()
        )
    if pdf is not None:
        write_file(pdf, shift_report_pdf(shop.config, report))
    return shift_report_text(shop.config, report)


def shift_z_report(shop: Shop, *, number: int, pdf: Path, counter_id: str = "") -> str:
    """``coop-pos shift z-report NUMBER --pdf FILE``: a closed shift's Z report again, exactly as
    it was stored at close."""
    from pos.services.shifts import z_report

    require_current_schema(shop)
    with database_errors(shop.url):
        report = z_report(
            shop.uow(read_only=True), counter_id=counter_id or shop.config.counter_id, number=number
        )
    write_file(pdf, shift_report_pdf(shop.config, report))
    return shift_report_text(shop.config, report)


# ---------------------------------------------------------------- receipts (小票): the printer and its queue

if TYPE_CHECKING:
    from pos.print_jobs import JobKind, PrintJob
    from pos.receipt import ReceiptSettings
    from receipts.print_queue import Listener, PrintQueue


def receipt_settings(config: Config) -> ReceiptSettings:
    from pos.receipt import ReceiptSettings

    return ReceiptSettings.from_config(config)


def print_queue(shop: Shop, *, listener: Listener | None = None, start: bool = True) -> PrintQueue:
    """The counter's print queue on its configured printer, picking up what a previous run left.

    ``listener(state, ok, status)`` hears every change of the printer's state, on the queue's
    thread: re-emit it as a Qt signal, then ``set_printer_state(status.text(language), ok)``.
    Call ``stop()`` when the app closes.
    """
    from db.print_jobs import SqlPrintJobStore
    from receipts.escpos_bytes import Profile
    from receipts.print_queue import PrintQueue
    from receipts.printers import printer_from_uri

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
    from pos.services.receipts import receipt_copy

    if queue.printer is None:
        return None
    with database_errors(shop.url):
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
    from pos.print_ops import text_document

    settings = receipt_settings(shop.config)
    text = shift_report_text(shop.config, report)
    doc = text_document(text.splitlines(), paper_mm=settings.paper_mm, cut=settings.cut)
    return queue.enqueue(doc, kind="z_report")


def open_drawer(shop: Shop, queue: PrintQueue) -> None:
    """Kick the drawer now through the printer (after ``open_drawer_without_sale`` recorded who and
    why, or a paid-in/out). Blocks a few seconds at most: run it off the GUI thread."""
    queue.open_drawer(pin=shop.config.drawer_pin, pulse_ms=shop.config.drawer_pulse_ms)


def print_test_page(
    config: Config, *, printer_uri: str | None = None, queue: PrintQueue | None = None
) -> str:
    """The settings screen's test print, sent now to ``printer_uri`` (default: the configured
    one), or between the jobs of ``queue``; returns the printer's name. Raises PrinterError in
    words; run it off the GUI thread."""
    from pos.clock import zone
    from pos.receipt import printer_test_page
    from receipts.escpos_bytes import Profile
    from receipts.print_queue import no_printer, print_directly
    from receipts.printers import printer_from_uri

    printer = queue.printer if queue is not None else printer_from_uri(printer_uri or config.printer_uri)
    if printer is None:
        raise no_printer()
    at = utc_now().astimezone(zone(config.timezone)).strftime("%Y-%m-%d %H:%M:%S")
    doc = printer_test_page(receipt_settings(config), printer=printer.label, at_local=at)
    if queue is not None:  # between jobs, never in the middle of a receipt
        from receipts.escpos_bytes import to_escpos

        queue.send_now(to_escpos(doc, queue.profile))
    else:
        print_directly(printer, doc, Profile.from_config(config))
    return printer.label


def receipt_command(
    shop: Shop, *, receipt_no: str, printer_uri: str | None = None, pdf: Path | None = None
) -> list[str]:
    """``coop-pos receipt RECEIPT_NO [--printer URI] [--pdf FILE]``: print the receipt now (marked
    重印 if it was printed before; never the drawer) and/or write it as a PDF e-receipt. Prints
    to the configured printer unless only ``pdf`` is asked for. Returns what was done, in words."""
    from pos.print_ops import marked
    from pos.services.receipts import receipt_copy
    from receipts.escpos_bytes import Profile
    from receipts.print_queue import no_printer, print_directly
    from receipts.printers import printer_from_uri
    from receipts.receipt_pdf import receipt_pdf

    require_current_schema(shop)
    printer = None
    if printer_uri is not None or pdf is None:
        printer = printer_from_uri(printer_uri or shop.config.printer_uri)
        if printer is None:
            raise no_printer()
    with database_errors(shop.url):
        copy = receipt_copy(
            shop.uow(), receipt_no=receipt_no, settings=receipt_settings(shop.config), now=utc_now()
        )
    done = []
    if pdf is not None:
        write_file(pdf, receipt_pdf(marked(copy.stored, "电子小票"), title=f"小票 {copy.receipt_no}"))
        done.append(f"已写入电子小票 / e-receipt written: {pdf}")
    if printer is not None:
        print_directly(printer, copy.doc.without_drawer(), Profile.from_config(shop.config))
        what = "已打印" if copy.first else "已重印"
        done.append(
            f"{what} {copy.receipt_no} → {printer.label} / {'printed' if copy.first else 'reprinted'}"
        )
    return done


# ---------------------------------------------------------------- the counter's devices (printer, drawer, pole display)

if TYPE_CHECKING:
    from ui.kit.devices import CounterDevicesQt, CounterHardware, PoleHardware, StatusListener
    from ui.kit.session import Session


@dataclass(frozen=True, slots=True)
class _PrinterUnusable:
    """The state of a printer whose settings cannot be used (a URI nobody can read)."""

    error: CoopError
    ok: bool | None = False

    def text(self, language: str = "zh_CN") -> str:
        return "Printer: check the settings" if language.startswith("en") else "打印机：设置有误"

    def reason(self, language: str = "zh_CN") -> str:
        return self.error.message(language)


def counter_hardware(shop: Shop, *, queue: PrintQueue | None = None) -> CounterHardware:
    """The counter's print queue (started), drawer and pole display, as plain functions for
    ``ui.kit.devices.CounterDevicesQt``. A printer URI that cannot be read does not stop the app:
    the printer says so in the status bar and every print is refused in words."""
    from ui.kit.devices import CounterHardware

    config = shop.config
    try:
        queue = queue if queue is not None else print_queue(shop)
    except ConfigError as error:
        log.warning("printer not usable: %s", error.en)
        return _hardware_without_printer(shop, error)

    def send(receipt_no: str, actor: Actor) -> None:
        print_receipt(shop, queue, receipt_no=receipt_no, actor=actor)

    def send_again(receipt_no: str, actor: Actor) -> None:
        print_receipt(shop, queue, receipt_no=receipt_no, actor=actor, at_counter=False)

    def watch(listener: StatusListener) -> Callable[[], None]:
        return queue.add_listener(lambda _state, _ok, status: listener(status))

    return CounterHardware(
        print_receipt=send,
        reprint=send_again,  # a copy marked 重印 (first printed now if it never was); never the drawer
        open_drawer=lambda: open_drawer(shop, queue),
        test_page=lambda: print_test_page(config, queue=queue),
        retry_now=queue.retry_now,
        watch_printer=watch,
        stop=queue.stop,
        pole=pole_hardware(config),
        shop_name=config.shop_name,
        printer_label=config.printer_uri if queue.printer is not None else "",
        config_file=str(shop.config_path or ""),
    )


def _hardware_without_printer(shop: Shop, error: CoopError) -> CounterHardware:
    from ui.kit.devices import CounterHardware

    def refuse(*_args: object) -> None:
        raise error

    def refuse_test() -> str:
        raise error

    def watch(listener: StatusListener) -> Callable[[], None]:
        listener(_PrinterUnusable(error))
        return lambda: None

    return CounterHardware(
        print_receipt=refuse,
        reprint=refuse,
        open_drawer=refuse,
        test_page=refuse_test,
        retry_now=lambda: None,
        watch_printer=watch,
        stop=lambda: None,
        pole=pole_hardware(shop.config),
        shop_name=shop.config.shop_name,
        printer_label=shop.config.printer_uri,
        config_file=str(shop.config_path or ""),
    )


def pole_hardware(config: Config) -> PoleHardware | None:
    """The pole display of ``[display] port`` (None: none); its port opens at the first screen."""
    if not config.display_port.strip():
        return None
    from pos.pole_display import PoleLayout
    from receipts.pole_display import PoleDisplay, pinyin
    from ui.kit.devices import PoleHardware

    layout = PoleLayout(
        columns=config.display_columns, encoding=config.display_encoding, transliterate=pinyin
    )
    display = PoleDisplay(config.display_port.strip(), baudrate=config.display_baudrate, layout=layout)
    return PoleHardware(layout=layout, show=display.show, close=display.close, label=display.label)


def counter_devices(shop: Shop, session: Session) -> CounterDevicesQt:
    """The counter's devices for the screens, printing as whoever is logged in. Call ``stop()``
    when the app closes (``ui.app.shell.run_gui`` does)."""
    from ui.kit.devices import CounterDevicesQt

    devices = CounterDevicesQt(counter_hardware(shop), actor=lambda: session.actor)
    devices.clear_display()  # the shop's greeting on the pole display from the start
    return devices


# ---------------------------------------------------------------- stock: coop-pos stock / count


def _read_text(path: Path) -> str:
    """A scanner dump as text: UTF-8 (with or without BOM), else GB18030."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"无法读取文件 {path}：{exc.strerror}", f"cannot read the file {path}: {exc.strerror}"
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(f"{path} 不是文本文件", f"{path} is not a text file") from None


def stock_json(shop: Shop) -> list[dict[str, object]]:
    """``coop-pos stock --json``: every product's on hand, sorted by barcode."""
    from pos.services.stock import stock_export

    require_current_schema(shop)
    with database_errors(shop.url):
        return stock_export(shop.uow(read_only=True))


def stock_host_totals(shop: Shop) -> Sequence[HostStock]:
    from pos.services.stock import host_stock

    require_current_schema(shop)
    with database_errors(shop.url):
        return host_stock(shop.uow(read_only=True))


def count_scanner_file(
    shop: Shop, *, path: Path, host_code: str = "", approve: bool = False
) -> VarianceReport:
    """``coop-pos count FILE``: a handheld scanner's memory as one stock count (all or nothing)."""
    from pos.services.stock_counts import count_file

    text = _read_text(path)
    require_current_schema(shop)
    with database_errors(shop.url):
        return count_file(
            shop.uow(), text=text, host_code=host_code, approve=approve, at=utc_now(),
            timezone=shop.config.timezone,
        )  # fmt: skip


def _stock_docs() -> StockDocuments:
    from receipts.stock_docs import StockDocs

    return StockDocs()


def stock_documents() -> StockDocuments:
    """Intake and return slips, variance reports (PDF, XLSX), for the stock screen."""
    return cast("StockDocuments", _Deferred(_stock_docs))
