"""Hosts, recommenders and tags as the staff keep them: find, add, change, deactivate."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pos.services.steps.goods import get_host, get_recommender
from tests.ui.conftest import SHOP_NAME
from ui.app.main_window import MainWindow
from ui.app.pages import GoodsTabs, PeopleTabs
from ui.goods.tags_page import TagsPage
from ui.imports.import_dialog import ImportDialog
from ui.kit import ops
from ui.kit.context import AppContext
from ui.people.host_dialog import HostDialog
from ui.people.people_page import HostList, RecommenderList
from ui.people.recommender_dialog import RecommenderDialog


def settle() -> None:
    assert ops.wait_idle(5000), "an operation did not finish"


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(edit, commit)


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    main_window = MainWindow(shop_name=SHOP_NAME, context=ctx)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture
def hosts(window: MainWindow) -> HostList:
    window.show_page("hosts")
    page = window.page("hosts")
    assert isinstance(page, PeopleTabs)
    settle()
    return page.hosts


@pytest.fixture
def recommenders(window: MainWindow) -> RecommenderList:
    window.show_page("hosts")
    page = window.page("hosts")
    assert isinstance(page, PeopleTabs)
    page.setCurrentWidget(page.recommenders)
    settle()
    return page.recommenders


# -- the screens in the main window ---------------------------------------------------------------


def test_with_a_shop_the_goods_and_hosts_screens_are_tabs(window: MainWindow) -> None:
    goods, people = window.page("goods"), window.page("hosts")
    assert isinstance(goods, GoodsTabs) and isinstance(people, PeopleTabs)
    assert [goods.tabText(i) for i in range(2)] == ["商品(&G)", "标签(&T)"]
    assert [people.tabText(i) for i in range(2)] == ["主理人(&H)", "推介官(&E)"]
    assert window.database_status.toolTip().startswith("数据库：sqlite:///")


def test_the_goods_screen_loads_when_it_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("goods")
    goods = window.page("goods")
    assert isinstance(goods, GoodsTabs)
    settle()
    assert goods.goods.model.total() == 4
    assert goods.goods.host_filter.itemText(0) == "全部主理人"
    assert goods.goods.host_filter.count() == 3


# -- hosts ----------------------------------------------------------------------------------------


def test_the_host_list_shows_the_terms_and_searches(hosts: HostList, qtbot: QtBot) -> None:
    assert hosts.names() == ["布言布语手作工作室", "绿手指零废弃小铺"]
    row = [hosts.proxy.index(0, c).data() for c in range(8)]
    assert row == [
        "H01",
        "布言布语手作工作室",
        "主理人",
        "20%",
        "¥1,200.00",
        "2024-03-01",
        "周敏 13900000001",
        "启用",
    ]
    qtbot.keyClicks(hosts.search, "h02")
    assert hosts.names() == ["绿手指零废弃小铺"]
    assert hosts.count_label.text() == "显示 1 / 共 2"


def test_add_a_host_with_the_keyboard(hosts: HostList, qtbot: QtBot, ctx: AppContext) -> None:
    hosts.table.setFocus()
    qtbot.keyClick(hosts.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = hosts.dialog
    assert isinstance(dialog, HostDialog)
    qtbot.waitUntil(dialog.code_edit.hasFocus)
    assert dialog.coop_edit.text() == "20%"
    qtbot.keyClicks(dialog.code_edit, "H09")
    type_into(qtbot, dialog.name_edit, "山野蜂语养蜂人")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("producer"))
    type_into(qtbot, dialog.coop_edit, "18")
    dialog.joined_edit.setDate(QDate(2024, 11, 20))
    type_into(qtbot, dialog.contact_edit, "马永强 13900000009")
    qtbot.keyClick(dialog.contact_edit, Qt.Key.Key_Return)
    settle()
    assert hosts.dialog is None
    with ctx.uow() as uow:
        host = get_host(uow, "H09")
    assert (host.name, host.kind, host.coop_bp, host.monthly_rent_fen, host.joined, host.active) == (
        "山野蜂语养蜂人",
        "producer",
        1800,
        0,
        date(2024, 11, 20),
        True,
    )
    qtbot.waitUntil(lambda: "山野蜂语养蜂人" in hosts.names())
    assert hosts.selected().code == "H09"


def test_a_host_code_taken_is_refused_under_the_code(hosts: HostList, ctx: AppContext) -> None:
    hosts.add_new()
    dialog = hosts.dialog
    assert isinstance(dialog, HostDialog)
    dialog.code_edit.setText("H01")
    dialog.name_edit.setText("又一个")
    dialog.save()
    settle()
    assert dialog.messages.fields["code"].text() == "主理人编号 H01 已经存在"
    assert dialog.isVisible()
    dialog.reject()


def test_edit_a_host_the_code_is_fixed(hosts: HostList, qtbot: QtBot, ctx: AppContext) -> None:
    hosts.table.selectRow(1)
    hosts.table.setFocus()
    qtbot.keyClick(hosts.table, Qt.Key.Key_Return)
    dialog = hosts.dialog
    assert isinstance(dialog, HostDialog)
    assert dialog.code_edit.isReadOnly() and dialog.code_edit.text() == "H02"
    type_into(qtbot, dialog.rent_edit, "880")
    dialog.active_check.setChecked(False)
    type_into(qtbot, dialog.coop_edit, "101")
    assert dialog.messages.fields["coop"].text() == "佣金比例 101% 不在 0% 到 100% 之间"
    dialog.save()
    settle()
    assert dialog.isVisible()
    type_into(qtbot, dialog.coop_edit, "16.5")
    assert dialog.messages.fields["coop"].isHidden()
    dialog.save()
    settle()
    with ctx.uow() as uow:
        host = get_host(uow, "H02")
    assert (host.coop_bp, host.monthly_rent_fen, host.active) == (1650, 88000, False)
    hosts.active_filter.setCurrentIndex(hosts.active_filter.findData(True))
    hosts.apply_filter()
    assert hosts.names() == ["布言布语手作工作室"]


def test_the_host_list_opens_the_import_dialog_for_hosts(hosts: HostList) -> None:
    hosts.import_button.click()
    assert isinstance(hosts.dialog, ImportDialog) and hosts.dialog.kind.currentData() == "hosts"
    hosts.dialog.reject()
    settle()
    assert hosts.dialog is None


# -- recommenders ---------------------------------------------------------------------------------


def test_add_and_edit_a_recommender(recommenders: RecommenderList, qtbot: QtBot, ctx: AppContext) -> None:
    assert recommenders.names() == ["小林"]
    recommenders.add_new()
    dialog = recommenders.dialog
    assert isinstance(dialog, RecommenderDialog)
    qtbot.keyClicks(dialog.code_edit, "R02")
    type_into(qtbot, dialog.name_edit, "阿May")
    type_into(qtbot, dialog.rate_edit, "7.5")
    dialog.save()
    settle()
    qtbot.waitUntil(lambda: recommenders.names() == ["小林", "阿May"])
    with ctx.uow() as uow:
        assert get_recommender(uow, "R02").default_bp == 750

    recommenders.table.selectRow(0)
    recommenders.open_selected()
    dialog = recommenders.dialog
    assert isinstance(dialog, RecommenderDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.code_edit.isReadOnly()
    type_into(qtbot, dialog.rate_edit, "6")
    type_into(qtbot, dialog.contact_edit, "wx: xiaolin")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    with ctx.uow() as uow:
        rec = get_recommender(uow, "R01")
    assert (rec.default_bp, rec.contact) == (600, "wx: xiaolin")


def test_escape_closes_the_recommender_form_unsaved(
    recommenders: RecommenderList, qtbot: QtBot, ctx: AppContext
) -> None:
    recommenders.table.selectRow(0)
    recommenders.open_selected()
    dialog = recommenders.dialog
    assert isinstance(dialog, RecommenderDialog)
    type_into(qtbot, dialog.name_edit, "别人")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert recommenders.dialog is None
    with ctx.uow() as uow:
        assert get_recommender(uow, "R01").name == "小林"


# -- tags -----------------------------------------------------------------------------------------


@pytest.fixture
def tags(window: MainWindow) -> TagsPage:
    window.show_page("goods")
    goods = window.page("goods")
    assert isinstance(goods, GoodsTabs)
    goods.setCurrentWidget(goods.tags)
    settle()
    return goods.tags


def test_add_rename_and_deactivate_a_tag(tags: TagsPage, qtbot: QtBot, ctx: AppContext) -> None:
    assert tags.names() == ["手作", "环保", "零废弃"]
    type_into(qtbot, tags.new_edit, "社区营造")
    qtbot.keyClick(tags.new_edit, Qt.Key.Key_Return)
    settle()
    assert tags.names() == ["手作", "环保", "零废弃", "社区营造"]
    assert tags.current_tag() is not None and tags.current_tag().name == "社区营造"

    tags.rename("社区营造", "社区营造与教育")
    settle()
    assert tags.names()[-1] == "社区营造与教育"

    tags.toggle_button.click()
    settle()
    with ctx.uow() as uow:
        tag = uow.tags.by_name("社区营造与教育")
    assert tag is not None and tag.active is False
    assert tags.toggle_button.text() == "启用(&T)"


def test_a_tag_name_taken_is_refused_in_the_banner(tags: TagsPage, qtbot: QtBot) -> None:
    type_into(qtbot, tags.new_edit, "环保")
    tags.add()
    settle()
    assert tags.banner.text() == "标签 “环保” 已经存在"
    assert tags.names() == ["手作", "环保", "零废弃"]
