"""导入 from the GUI: a preview of what will change, or every bad line, before anything lands."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.config import Config
from receipts.spreadsheets import read_table
from tests.ui.conftest import StubDocuments
from ui.imports.import_dialog import ImportDialog
from ui.kit import ops
from ui.kit.context import AppContext

HOSTS = "编号,名称,佣金比例\nH01,主理人1号·手作,20\nH02,主理人2号,15%\n"


@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.sqlite'}")
    upgrade(engine)
    return AppContext(
        config=Config(),
        uow_factory=lambda: SqlUnitOfWork(engine),
        documents=StubDocuments(),
        read_table=lambda data, name: read_table(data, source=name),
    )


def open_dialog(ctx: AppContext, qtbot: QtBot, path: Path, kind: str) -> ImportDialog:
    dialog = ImportDialog(ctx, kind=kind)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    return dialog


def hosts_in(ctx: AppContext) -> list[str]:
    with ctx.uow() as uow:
        return [h.code for h in uow.hosts.list()]


def test_preview_shows_each_change_and_writes_nothing_until_import(
    app: QApplication, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "hosts.csv"
    path.write_bytes(HOSTS.encode("gb18030"))
    dialog = open_dialog(ctx, qtbot, path, "hosts")
    assert not dialog.import_button.isEnabled()
    dialog.preview()
    qtbot.waitUntil(ops.idle)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 2).text() == "H02"
    assert "将导入 2 行" in dialog.summary.text()
    assert hosts_in(ctx) == []
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(ops.idle)
    assert hosts_in(ctx) == ["H01", "H02"]
    assert "已导入 2 行" in dialog.banner.text()


def test_a_bad_file_lists_every_bad_line_and_cannot_be_imported(
    app: QApplication, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "hosts.csv"
    path.write_text("code,name,coop_rate\nH01,甲,20\nH02,乙,120\nH03,,10\n", encoding="utf-8")
    dialog = open_dialog(ctx, qtbot, path, "hosts")
    dialog.preview()
    qtbot.waitUntil(ops.idle)
    lines = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert lines == ["3", "4"]
    assert "120%" in dialog.table.item(0, 1).text()
    assert "什么都没有导入" in dialog.banner.text()
    assert not dialog.import_button.isEnabled()
    assert hosts_in(ctx) == []


def test_changing_the_file_after_a_preview_asks_for_a_new_one(
    app: QApplication, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "hosts.csv"
    path.write_text(HOSTS, encoding="utf-8")
    dialog = open_dialog(ctx, qtbot, path, "hosts")
    dialog.preview()
    qtbot.waitUntil(ops.idle)
    assert dialog.import_button.isEnabled()
    dialog.path.setText(str(tmp_path / "other.csv"))
    assert not dialog.import_button.isEnabled()
    assert not dialog.update_box.isEnabled() or dialog.kind.currentData() in (
        "hosts",
        "recommenders",
        "products",
    )
    dialog.kind.setCurrentIndex(4)  # sales: --update does not apply
    assert not dialog.update_box.isEnabled()
