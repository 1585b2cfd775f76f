"""结算 on a real SQLite shop: scenario 1 (tests/data/scenario-1) imported, with one login per role.

The screen's figures must be the service's settlement to the fen; a host's lines must add up to its
figures; its PDF and the export must be real files that read back; closing must store the period
and refuse a second close; a host login must never see another host.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from db.engine import make_engine
from db.uow import SqlUnitOfWork
from pos.audit import AuditFilter
from pos.clock import utc_now
from pos.config import Config
from pos.errors import RuleError
from pos.money import format_cny
from pos.sale import PAYMENT_METHODS, PAYMENT_NAMES_ZH
from pos.services.settlement import close_period, compute_settlement
from pos.services.statements import closed_periods, host_statement_of, period_view, statement_set
from pos.services.users import approve, login
from pos.settlement import Period, Settlement
from pos.statements import CoopSummary, ShopInfo
from pos.users import system_actor
from tests.integration.test_scenario1 import DATA, KINDS
from tests.ui.conftest import StubDocuments, counter_context, fill_logins
from ui.app.pages import PlaceholderPage, build_page
from ui.cli.imports import import_file
from ui.kit import ops
from ui.kit.changes import Area, Changed
from ui.kit.context import AppContext
from ui.kit.session import Session
from ui.settlement.close_dialog import ClosePeriodDialog
from ui.settlement.period_picker import last_month, this_month
from ui.settlement.settlement_page import SettlementPage
from ui.settlement.settlement_tables import HOST_COLUMNS, HOST_FIELDS
from ui.wiring.documents import StatementFiles
from ui.wiring.shop import Shop, init_schema

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
NUMBER = "JS-20261001-20261031"
SHOP = ShopInfo(Config().shop_name, Config().shop_address)


def settle() -> None:
    assert ops.wait_idle(20000), "an operation did not finish"


def expected() -> dict[str, object]:
    return json.loads((DATA / "settle-2026-10.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="session")
def scenario_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Scenario 1 imported through the same code as ``coop-pos import``, plus the logins (once)."""
    path = tmp_path_factory.mktemp("scenario") / "shop.sqlite"
    url = f"sqlite:///{path}"
    shop = Shop(config=Config(), url=url, engine=make_engine(url), actor=system_actor("test"))
    init_schema(shop)
    for kind in KINDS:
        report = import_file(shop, kind=kind, path=DATA / f"{kind}.csv")
        assert report is not None
    fill_logins(SqlUnitOfWork(shop.engine), datetime.now(UTC))
    shop.close()
    return path


@pytest.fixture
def engine_(app: object, tmp_path: Path, scenario_file: Path) -> Iterator[Engine]:
    path = tmp_path / "shop.sqlite"
    shutil.copyfile(scenario_file, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    ops.wait_idle()
    engine.dispose()


@pytest.fixture
def shop_ctx(engine_: Engine) -> AppContext:
    """Scenario 1 as the counter app opens it (nobody logged in), drawing real statements."""
    ctx = counter_context(engine_, StubDocuments(), Session())
    return dataclasses.replace(ctx, statement_documents=StatementFiles())


def as_user(ctx: AppContext, code: str, pin: str) -> AppContext:
    assert ctx.session is not None
    ctx.session.log_in(login(ctx.login_uow(), code=code, pin=pin, now=utc_now()))
    return ctx


def cli(engine: Engine) -> SqlUnitOfWork:
    """A unit of work as the shop's command line (an administrator)."""
    return SqlUnitOfWork(engine, actor=system_actor("test"))


def books(engine: Engine, period: Period = OCTOBER) -> Settlement:
    """The settlement as the service computes it."""
    with cli(engine) as uow:
        return compute_settlement(uow, period=period, timezone="Asia/Shanghai")


def open_page(
    qtbot: QtBot, ctx: AppContext, period: Period = OCTOBER, tmp: Path | None = None
) -> SettlementPage:
    page = SettlementPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.opened: list[Path] = []  # type: ignore[misc]
    page.open_file = page.opened.append  # type: ignore[attr-defined]
    if tmp is not None:
        page.pdf_folder = tmp / "statements"
    page.set_period(period)
    settle()
    assert page.view is not None, page.banner.text()
    return page


# ---------------------------------------------------------------- periods


def test_the_default_period_is_last_calendar_month_and_the_quick_picks() -> None:
    assert last_month(date(2026, 11, 24)) == Period(date(2026, 10, 1), date(2026, 10, 31))
    assert last_month(date(2027, 1, 1)) == Period(date(2026, 12, 1), date(2026, 12, 31))
    assert last_month(date(2024, 3, 31)) == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert this_month(date(2026, 11, 24)) == Period(date(2026, 11, 1), date(2026, 11, 24))


def test_the_page_opens_on_last_month_in_the_shops_time_zone(qtbot: QtBot, shop_ctx: AppContext) -> None:
    ctx = as_user(shop_ctx, "M01", "8888")
    page = SettlementPage(ctx)
    qtbot.addWidget(page)
    assert page.period() == last_month(page.today())
    page.this_month_button.click()
    settle()
    assert page.view is not None and page.view.status.period == this_month(page.today())


def test_a_period_that_ends_before_it_starts_is_refused_in_words(qtbot: QtBot, shop_ctx: AppContext) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    page.from_edit.setDate(page.to_edit.date().addDays(1))
    page.reload()
    assert "早于开始日" in page.banner.text()
    assert page.view is None and page.hosts_table.rowCount() == 0
    assert not page.close_button.isEnabled() and not page.export_button.isEnabled()


# ---------------------------------------------------------------- the preview


def test_the_preview_is_the_services_settlement_to_the_fen(
    engine_: Engine, qtbot: QtBot, shop_ctx: AppContext
) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    s = books(engine_)
    doc = expected()
    assert [h.code for h in s.hosts] == [h["code"] for h in doc["hosts"]]  # type: ignore[attr-defined]
    assert page.column_texts("code") == [h.code for h in s.hosts] + ["合计"]
    assert page.column_texts("name")[:-1] == [h.name for h in s.hosts]
    for key, field in HOST_FIELDS.items():
        shown = page.column_texts(key)
        assert shown[:-1] == [format_cny(getattr(h, field)) for h in s.hosts], key
        assert shown[-1] == format_cny(s.total(field)), key
        # the cell holds the fen it shows
        for row, h in enumerate(s.hosts):
            item = page.hosts_table.item(row, HOST_COLUMNS.index(key))
            assert item is not None and item.data(Qt.ItemDataRole.UserRole) == getattr(h, field)
    # and the figures are those of scenario 1's expected JSON
    for row, h in enumerate(doc["hosts"]):  # type: ignore[attr-defined]
        assert page.column_texts("payable")[row] == format_cny(int(Decimal(h["payable"]) * 100))
        assert page.column_texts("carried")[row] == format_cny(int(Decimal(h["carried_forward"]) * 100))
    for key, field in HOST_FIELDS.items():
        if key in page.summary_values:
            assert page.summary_values[key].text() == format_cny(s.total(field)), key
    assert page.summary_values["payable"].text() == "¥40,231.33"
    payments = page.payments_value.text()
    for m in PAYMENT_METHODS:
        assert f"{PAYMENT_NAMES_ZH[m]} {format_cny(s.payments[m])}" in payments
    recs = [page.recs_table.item(r, 3).text() for r in range(page.recs_table.rowCount())]  # type: ignore[union-attr]
    assert recs == [format_cny(r.fees_fen) for r in s.recommenders] + [format_cny(s.recommender_fees_fen)]
    assert "草稿" in page.status_label.text() and NUMBER in page.status_label.text()
    assert page.export_button.isEnabled() and page.close_button.isEnabled()


def test_a_host_row_opens_its_lines_and_they_add_up(qtbot: QtBot, shop_ctx: AppContext) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    row = page.column_texts("code").index("H06")  # H06 has a refund of an earlier receipt
    page.show()
    page.hosts_table.setFocus()
    page.hosts_table.setCurrentCell(row, 0)
    qtbot.keyClick(page.hosts_table, Qt.Key.Key_Return)
    dialog = page.lines_dialog
    assert dialog is not None and dialog.host.code == "H06"
    settle()
    assert dialog.statement is not None, dialog.banner.text()
    figures = page.view.settlement.hosts[row]  # type: ignore[union-attr]
    host_share = [
        dialog.table.item(r, 9).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        for r in range(len(dialog.lines))
    ]
    assert sum(host_share) == figures.host_share_fen
    assert dialog.column_texts("host")[-1] == format_cny(figures.host_share_fen)
    assert dialog.column_texts("net")[-1] == format_cny(figures.net_sales_fen)
    assert dialog.column_texts("at")[-1] == "合计"
    assert any(t == "M-00002（退货，原小票 M-00001）" for t in dialog.column_texts("receipt"))
    assert format_cny(figures.payable_fen) in dialog.figures.text()
    # the totals row opens nothing
    page.lines_dialog = None
    page.show_lines(len(page.view.settlement.hosts))  # type: ignore[union-attr]
    assert page.lines_dialog is None
    dialog.close()


def test_open_pdf_writes_the_hosts_statement_and_opens_it(
    qtbot: QtBot, shop_ctx: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"), tmp=tmp_path)
    row = page.column_texts("code").index("H03")
    page.hosts_table.setCurrentCell(row, 0)
    with qtbot.waitSignal(page.pdf_written, timeout=20000):
        page.pdf_button.click()
    settle()
    path = tmp_path / "statements" / f"{NUMBER}-H03.pdf"
    assert page.last_pdf == path and page.opened == [path]  # type: ignore[attr-defined]
    body = pdf_text(path)
    assert "主理人 主理人3号·手作（H03）" in body
    assert "应付主理人 ¥10,873.04" in body
    assert "草稿" in body


def test_export_all_writes_every_statement_the_summary_and_the_xlsx(
    qtbot: QtBot, shop_ctx: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    out = tmp_path / "export"
    page.export_all(out)
    assert page.progress is not None and page.progress.isVisible()
    settle()
    assert page.progress is None
    doc = expected()
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [f"{NUMBER}-{h['code']}.pdf" for h in doc["hosts"]]  # type: ignore[attr-defined]
        + [f"{NUMBER}-{r['code']}.pdf" for r in doc["recommenders"]]  # type: ignore[attr-defined]
        + [f"{NUMBER}-coop.pdf", f"{NUMBER}.xlsx"]
    )
    assert sorted(p.name for p in page.exported_files) == names
    assert "已写入 14 个文件" in page.banner.text()
    for h in doc["hosts"]:  # type: ignore[attr-defined]
        body = pdf_text(out / f"{NUMBER}-{h['code']}.pdf")
        assert f"主理人 {h['name']}（{h['code']}）" in body
        payable = f"{Decimal(h['payable']):,.2f}"
        assert f"应付主理人 ¥{payable}" in body, h["code"]
    assert "净销售 ¥52,982.98" in pdf_text(out / f"{NUMBER}-coop.pdf")
    book = openpyxl.load_workbook(out / f"{NUMBER}.xlsx", read_only=True)
    assert len(book.sheetnames) >= 2
    book.close()


class GatedStatements(StatementFiles):
    """The real renderers, with the first file held until the test lets it go."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()

    def coop_pdf(self, summary: CoopSummary) -> bytes:
        self.entered.set()
        assert self.gate.wait(20)
        return super().coop_pdf(summary)


def test_cancelling_the_export_stops_after_the_file_being_written(
    qtbot: QtBot, shop_ctx: AppContext, tmp_path: Path
) -> None:
    gated = GatedStatements()
    ctx = dataclasses.replace(as_user(shop_ctx, "M01", "8888"), statement_documents=gated)
    page = open_page(qtbot, ctx)
    out = tmp_path / "export"
    page.export_all(out)
    assert page.progress is not None
    qtbot.waitUntil(gated.entered.is_set, timeout=20000)  # the first file is being drawn
    cancel = page.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    cancel.click()
    gated.gate.set()
    settle()
    assert [p.name for p in out.iterdir()] == [f"{NUMBER}-coop.pdf"]
    assert "导出已取消：已写入 1 个文件" in page.banner.text()
    assert page.exported_files == [] and page.progress is None


# ---------------------------------------------------------------- closing


def test_a_manager_closes_the_period_then_it_shows_closed_and_a_second_close_is_refused(
    engine_: Engine, qtbot: QtBot, shop_ctx: AppContext
) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    before = page.column_texts("payable")
    assert page.closed_combo.count() == 1  # "no closed periods yet"
    page.ask_close()
    dialog = page.close_dialog
    assert isinstance(dialog, ClosePeriodDialog) and dialog.isVisible()
    assert "¥40,231.33" in dialog.findChild(type(dialog.prompt), "closeFigures").text()  # type: ignore[union-attr]
    assert NUMBER in dialog.windowTitle() + "".join(
        w.text() for w in dialog.findChildren(type(dialog.prompt))
    )
    qtbot.keyClicks(dialog.confirm_edit, "close it")
    assert not dialog.go.isEnabled()
    dialog.confirm_edit.setText("结账")
    assert dialog.go.isEnabled()
    with qtbot.waitSignal(page.period_closed, timeout=20000):
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert dialog.result() == ClosePeriodDialog.DialogCode.Accepted
    settle()
    assert page.view is not None and page.view.status.closed
    status = page.status_label.text()
    assert status.startswith("已结算") and NUMBER in status and "王店长 (M01)" in status
    assert page.column_texts("payable") == before  # the figures as they were, now stored
    assert not page.close_button.isEnabled()
    assert page.closed_combo.currentText().endswith(NUMBER)
    # closing is audited, in the same transaction
    with cli(engine_) as uow:
        entries = uow.audit.search(AuditFilter(action="settlement_closed"))
    assert [(e.subject, e.actor_code) for e in entries] == [(NUMBER, "M01")]

    # a second close (the button is off; the request itself) is refused with the service's words
    page.close_period()
    settle()
    assert "重叠" in page.banner.text() and NUMBER in page.banner.text()
    # so is an overlapping period
    page.set_period(Period(date(2026, 10, 20), date(2026, 11, 5)))
    settle()
    page.ask_close()
    assert page.close_dialog is not None
    page.close_dialog.confirm_edit.setText("结账")
    page.close_dialog.go.click()
    settle()
    assert "重叠" in page.banner.text()
    with cli(engine_) as uow:
        assert [c.number for c in uow.settlements.closed()] == [NUMBER]


def test_picking_a_closed_period_shows_its_stored_statements(qtbot: QtBot, shop_ctx: AppContext) -> None:
    ctx = as_user(shop_ctx, "M01", "8888")
    close_period(ctx.uow(), period=OCTOBER, timezone=ctx.config.timezone, closed_by="王店长", now=utc_now())
    page = open_page(qtbot, ctx, NOVEMBER)
    assert not page.view.status.closed  # type: ignore[union-attr]
    assert page.closed_combo.count() == 2
    page.closed_combo.setCurrentIndex(1)
    page.closed_combo.activated.emit(1)
    settle()
    assert page.view is not None and page.view.status.closed and page.view.status.period == OCTOBER
    assert page.period() == OCTOBER
    assert page.column_texts("payable")[:-1] == [
        format_cny(int(Decimal(h["payable"]) * 100))
        for h in expected()["hosts"]  # type: ignore[attr-defined]
    ]


def test_a_period_not_yet_over_cannot_be_closed(qtbot: QtBot, shop_ctx: AppContext) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    page.this_month_button.click()
    settle()
    page.ask_close()
    assert page.close_dialog is None
    assert "还没有结束" in page.banner.text()


def test_who_may_not_close_needs_a_managers_pin_and_the_approver_is_audited(
    engine_: Engine, shop_ctx: AppContext
) -> None:
    """The screen asks a manager's PIN when the user may not close (``needs_approval``); the
    service then closes with the approver named in the audit log, and refuses without one."""
    ctx = as_user(shop_ctx, "C01", "1111")
    with pytest.raises(RuleError, match="结账"):
        close_period(
            ctx.uow(), period=OCTOBER, timezone=ctx.config.timezone, closed_by="李收银", now=utc_now()
        )
    cashier_page = SettlementPage(ctx)
    assert cashier_page.needs_approval()
    cashier = ClosePeriodDialog(
        period_view(cli(engine_), period=OCTOBER, timezone="Asia/Shanghai"),
        needs_approval=True,
    )
    assert cashier.confirm_edit.isHidden() and cashier.go.isEnabled() and cashier.confirmed()
    manager = approve(ctx.login_uow(), code="M01", pin="8888", now=utc_now())
    close_period(
        ctx.uow(), period=OCTOBER, timezone=ctx.config.timezone, closed_by="李收银 / 王店长", now=utc_now(),
        approver=manager,
    )  # fmt: skip
    with cli(engine_) as uow:
        (e,) = uow.audit.search(AuditFilter(action="settlement_closed"))
    assert (e.actor_code, e.approver_code) == ("C01", "M01")
    cashier.deleteLater()
    cashier_page.deleteLater()


# ---------------------------------------------------------------- what other screens changed


def test_the_shown_page_reads_the_books_again_when_another_screen_changed_them(
    engine_: Engine, qtbot: QtBot, shop_ctx: AppContext
) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    page.show()
    qtbot.waitExposed(page)
    settle()
    assert page.view is not None and not page.view.status.closed
    close_period(cli(engine_), period=OCTOBER, timezone="Asia/Shanghai", closed_by="王店长", now=utc_now())
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.changes_made(Changed(frozenset({Area.SETTLEMENT})))  # closed at another counter
    assert page.view is not None and page.view.status.closed
    assert page.status_label.text().startswith("已结算")
    # what the page does not show, or what it changed itself, reads nothing
    with qtbot.assertNotEmitted(page.loaded, wait=300):
        page.changes_made(Changed(frozenset({Area.USERS, Area.STOCK})))
        page.changes_made(Changed(frozenset({Area.SETTLEMENT}), page))
        settle()


def test_a_hidden_page_reads_the_books_again_when_it_is_shown(qtbot: QtBot, shop_ctx: AppContext) -> None:
    page = open_page(qtbot, as_user(shop_ctx, "M01", "8888"))
    page.show()
    qtbot.waitExposed(page)
    settle()
    page.hide()
    with qtbot.assertNotEmitted(page.loaded, wait=300):
        page.changes_made(Changed(frozenset({Area.SALES})))
        settle()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.show()
    with qtbot.assertNotEmitted(page.loaded, wait=300):  # once is enough
        page.hide()
        page.show()
        settle()


# ---------------------------------------------------------------- a host sees only its own


def test_a_host_sees_only_its_own_row_and_statement(
    engine_: Engine, qtbot: QtBot, shop_ctx: AppContext, tmp_path: Path
) -> None:
    ctx = as_user(shop_ctx, "H01", "3333")
    page = open_page(qtbot, ctx, tmp=tmp_path)
    s = books(engine_)
    own = next(h for h in s.hosts if h.code == "H01")
    assert page.view is not None and page.view.host_code == "H01" and not page.view.shop_wide
    assert page.column_texts("code") == ["H01"]  # no other host, no totals row
    assert page.column_texts("payable") == [format_cny(own.payable_fen)]
    assert page.column_texts("carried") == ["-¥2,500.00"]
    assert page.view.settlement.recommenders == () and dict(page.view.settlement.payments) == {}
    assert page.recs_table.rowCount() == 0 and not page.tabs.isTabVisible(1)
    assert page.summary_values["payable"].text() == format_cny(own.payable_fen)
    assert page.payments_value.isHidden()
    assert page.export_button.isHidden() and page.close_button.isHidden()
    assert page.title.text() == "我的结算单"
    # its lines right under its row, adding up to its figures
    assert page.own_lines is not None
    qtbot.waitUntil(lambda: page.own_lines.statement is not None, timeout=20000)  # type: ignore[union-attr]
    assert page.own_lines.host is not None and page.own_lines.host.code == "H01"
    assert page.own_lines.column_texts("host")[-1] == format_cny(own.host_share_fen)
    assert "2026-10 月租" in page.own_lines.charges.text()
    # its own statement
    page.hosts_table.setCurrentCell(0, 0)
    page.open_pdf()
    settle()
    assert page.opened == [tmp_path / "statements" / f"{NUMBER}-H01.pdf"]  # type: ignore[attr-defined]
    assert "（H01）" in pdf_text(page.opened[0])  # type: ignore[attr-defined]


def test_a_host_cannot_get_another_hosts_statement(
    qtbot: QtBot, shop_ctx: AppContext, tmp_path: Path
) -> None:
    ctx = as_user(shop_ctx, "H01", "3333")
    page = open_page(qtbot, ctx, tmp=tmp_path)
    page.open_pdf("H02")  # as if the screen asked for another host's statement
    settle()
    assert "主理人只能查看自己的数据" in page.banner.text()
    assert page.opened == [] and not (tmp_path / "statements").exists()  # type: ignore[attr-defined]
    page.export_all(tmp_path / "export")  # hidden for a host; asking anyway writes nothing
    settle()
    assert not (tmp_path / "export").exists()
    # and the services refuse whatever a screen asks
    with pytest.raises(RuleError, match="只能查看自己"):
        host_statement_of(
            ctx.read_uow(), period=OCTOBER, timezone="Asia/Shanghai", shop=SHOP, host_code="H02"
        )
    with pytest.raises(RuleError):
        statement_set(ctx.read_uow(), period=OCTOBER, timezone="Asia/Shanghai", shop=SHOP)
    view = period_view(ctx.read_uow(), period=OCTOBER, timezone="Asia/Shanghai")
    assert [h.code for h in view.settlement.hosts] == ["H01"]
    assert closed_periods(ctx.read_uow()) == []


def test_a_host_sees_its_statement_as_closed_once_the_manager_closed_it(
    engine_: Engine, qtbot: QtBot, shop_ctx: AppContext
) -> None:
    close_period(
        cli(engine_), period=OCTOBER,
        timezone="Asia/Shanghai", closed_by="王店长", now=utc_now(),
    )  # fmt: skip
    page = open_page(qtbot, as_user(shop_ctx, "H01", "3333"))
    assert page.view is not None and page.view.status.closed
    assert page.column_texts("code") == ["H01"]
    assert page.status_label.text().startswith("已结算")


def test_the_screen_is_built_for_managers_and_hosts_only(qtbot: QtBot, shop_ctx: AppContext) -> None:
    assert shop_ctx.session is not None
    for code, pin, kind in (("M01", "8888", SettlementPage), ("H01", "3333", SettlementPage),
                            ("A01", "9999", SettlementPage), ("C01", "1111", PlaceholderPage),
                            ("S01", "2222", PlaceholderPage)):  # fmt: skip
        as_user(shop_ctx, code, pin)
        page = build_page("settlement", shop_ctx)
        qtbot.addWidget(page)
        assert isinstance(page, kind), code
