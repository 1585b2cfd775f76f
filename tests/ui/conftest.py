"""GUI tests run without a display: Qt's offscreen platform, chosen before Qt is imported."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.config import Config
from pos.documents import LabelItem, PriceCard
from pos.ports import UnitOfWork
from pos.services.steps.catalog import add_host, add_product, add_recommender, add_tag, receive_stock
from pos.services.steps.users import add_user
from pos.services.users import create_first_admin
from ui.app.main_window import MainWindow
from ui.app.shell import create_application
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.language import set_language
from ui.kit.session import AT_THE_DOOR, Session

SHOP_NAME = "来!合作社"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The one QApplication of the test session, set up as the shop runs it: in Chinese.

    pytest-qt keeps a single QApplication for the session, so a test that changes the language
    does it with ``set_language``; this fixture puts Chinese back afterwards.
    """
    application = create_application([], language="zh_CN")
    yield application
    set_language(application, "zh_CN")


@pytest.fixture
def window(app: QApplication, qtbot: QtBot) -> MainWindow:
    main_window = MainWindow(shop_name=SHOP_NAME, database_label="/srv/coop-pos/xinhua.sqlite3")
    qtbot.addWidget(main_window)
    return main_window


# -- a small shop on a real SQLite file, for the staff screens -------------------------------------


@dataclass
class StubDocuments:
    """Documents that remember what was asked and answer with a token PDF."""

    price_cards: list[list[PriceCard]] = field(default_factory=list)
    labels: list[tuple[list[LabelItem], str]] = field(default_factory=list)

    def label_presets(self) -> Sequence[tuple[str, str, str]]:
        return [("a4-3x8", "A4 3×8", "A4 3×8"), ("single-40x30", "单张 40×30", "single 40×30")]

    def labels_pdf(self, items: Sequence[LabelItem], *, preset: str) -> bytes:
        self.labels.append((list(items), preset))
        return b"%PDF-1.4 labels"

    def price_cards_pdf(self, cards: Sequence[PriceCard]) -> bytes:
        self.price_cards.append(list(cards))
        return b"%PDF-1.4 price cards"


@dataclass
class FakeDevices:
    """The counter's printer, drawer and pole display (``ui.kit.context.CounterDevices``), remembering
    what the screens asked, in order: ``("print_receipt", "C1-…")``, ``("open_drawer",)``,
    ``("show_item", name, amount_fen, total_fen)``, ``("show_total", total, paid, change)``,
    ``("clear_display",)``. Use it as ``dataclasses.replace(ctx, devices=FakeDevices())``."""

    calls: list[tuple[object, ...]] = field(default_factory=list)

    def print_receipt(self, receipt_no: str) -> None:
        self.calls.append(("print_receipt", receipt_no))

    def reprint(self, receipt_no: str) -> None:
        self.calls.append(("reprint", receipt_no))

    def open_drawer(self) -> None:
        self.calls.append(("open_drawer",))

    def show_item(self, name: str, amount_fen: int, total_fen: int) -> None:
        self.calls.append(("show_item", name, amount_fen, total_fen))

    def show_total(
        self, total_fen: int, *, paid_fen: int | None = None, change_fen: int | None = None
    ) -> None:
        self.calls.append(("show_total", total_fen, paid_fen, change_fen))

    def clear_display(self) -> None:
        self.calls.append(("clear_display",))

    def of(self, kind: str) -> list[tuple[object, ...]]:
        """The calls of one kind, e.g. ``of("print_receipt")``."""
        return [call for call in self.calls if call[0] == kind]


SOAP_BARCODE = "6901234567892"  # 手工皂, H01, recommended by R01
BAG_BARCODE = "6901234567908"  # 帆布袋, H02, has stock history
BRUSH_BARCODE = "6905550000019"  # 竹柄牙刷, H02, never sold nor received


def fill_small_shop(uow: UnitOfWork) -> None:
    """Two hosts, one recommender, three tags and four goods; 帆布袋 has been received."""
    with uow:
        for tag in ("手作", "环保", "零废弃"):
            add_tag(uow, name=tag)
        add_host(
            uow, code="H01", name="布言布语手作工作室", joined=date(2024, 3, 1), coop_bp=2000,
            monthly_rent_fen=120000, contact="周敏 13900000001",
        )  # fmt: skip
        add_host(uow, code="H02", name="绿手指零废弃小铺", joined=date(2024, 5, 20), coop_bp=1500)
        add_recommender(uow, code="R01", name="小林", default_bp=500, contact="13800000002")
        add_product(
            uow, name="手工皂", price_fen=2500, host_code="H01", barcode=SOAP_BARCODE,
            recommender_code="R01", tags=["手作"],
        )  # fmt: skip
        add_product(uow, name="帆布袋", price_fen=3990, host_code="H02", barcode=BAG_BARCODE, tags=["环保"])
        add_product(uow, name="竹柄牙刷", price_fen=1290, host_code="H02", barcode=BRUSH_BARCODE)
        add_product(uow, name="蜂蜡保鲜布", price_fen=5900, host_code="H01", tags=["零废弃", "环保"])
        receive_stock(uow, barcode=BAG_BARCODE, qty=12, at=datetime(2024, 6, 1, 2, 0, tzinfo=UTC))
        uow.commit()


@pytest.fixture
def documents() -> StubDocuments:
    return StubDocuments()


@pytest.fixture
def engine(app: QApplication, tmp_path: Path) -> Iterator[Engine]:
    """A new SQLite shop file with the current schema and nothing in it."""
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.sqlite'}")
    upgrade(engine)
    yield engine
    ops.wait_idle()
    engine.dispose()


@pytest.fixture
def ctx(engine: Engine, documents: StubDocuments) -> AppContext:
    """The screens' context over a small shop, without a login: it acts as the command line does."""
    fill_small_shop(SqlUnitOfWork(engine))
    return AppContext(
        config=Config(),
        uow_factory=lambda: SqlUnitOfWork(engine),
        documents=documents,
        database_label=str(engine.url),
    )


# -- the counter's logins --------------------------------------------------------------------------

# login, name, role, PIN, host: one user per role, as the shop's administrator set them up
STAFF: tuple[tuple[str, str, str, str, str], ...] = (
    ("M01", "王店长", "manager", "8888", ""),
    ("C01", "李收银", "cashier", "1111", ""),
    ("S01", "赵店员", "staff", "2222", ""),
    ("H01", "周敏", "host", "3333", "H01"),
)
ADMIN_PIN = "9999"


def fill_logins(uow: UnitOfWork, now: datetime) -> None:
    """A01 the administrator (PIN 9999), then one login per role from ``STAFF``."""
    create_first_admin(uow, code="A01", name="陈管理", pin=ADMIN_PIN, now=now)
    with uow:
        for code, name, role, pin, host in STAFF:
            add_user(uow, code=code, name=name, role=role, pin=pin, now=now, host_code=host)  # type: ignore[arg-type]
        uow.commit()


def counter_context(engine: Engine, documents: StubDocuments, session: Session) -> AppContext:
    """A context wired like ui.wiring.context.app_context: units of work act as whoever is logged in."""
    return AppContext(
        config=Config(),
        uow_factory=session.bind(lambda actor: SqlUnitOfWork(engine, actor=actor)),
        documents=documents,
        database_label=str(engine.url),
        read_uow_factory=session.bind(lambda actor: SqlUnitOfWork(engine, read_only=True, actor=actor)),
        session=session,
        login_uow_factory=lambda: SqlUnitOfWork(engine, actor=AT_THE_DOOR),
    )


@pytest.fixture(scope="session")
def counter_shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small shop with its logins, made once: hashing five PINs takes most of a second."""
    path = tmp_path_factory.mktemp("counter") / "shop.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    fill_small_shop(SqlUnitOfWork(engine))
    fill_logins(SqlUnitOfWork(engine), datetime.now(UTC))
    engine.dispose()
    return path


@pytest.fixture
def counter_engine(app: QApplication, tmp_path: Path, counter_shop_file: Path) -> Iterator[Engine]:
    """The database of ``counter``: ``SqlUnitOfWork(counter_engine)`` acts as the shop's command line
    (the system), which may record earlier days' sales as history."""
    path = tmp_path / "shop.sqlite"
    shutil.copyfile(counter_shop_file, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    ops.wait_idle()
    engine.dispose()


@pytest.fixture
def counter(counter_engine: Engine, documents: StubDocuments) -> AppContext:
    """The small shop with its logins, as the counter app opens it: nobody logged in yet."""
    return counter_context(counter_engine, documents, Session())
