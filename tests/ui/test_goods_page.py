"""The goods screen as the staff use it: find, sort, filter, open, edit, add and remove goods."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from pos.barcodes import gs1_check_digit
from pos.catalog import Product, ProductFilter
from pos.costs import CostComponent
from pos.services.steps.goods import get_product
from tests.ui.conftest import BAG_BARCODE, BRUSH_BARCODE, SOAP_BARCODE, StubDocuments
from ui.goods.catalog_model import COLUMNS, CatalogModel
from ui.goods.goods_page import GoodsPage
from ui.goods.labels_dialog import LabelsDialog
from ui.goods.product_dialog import ProductDialog
from ui.imports.import_dialog import ImportDialog
from ui.kit import ops
from ui.kit.context import AppContext


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> Iterator[GoodsPage]:
    goods = GoodsPage(ctx)
    qtbot.addWidget(goods)
    goods.resize(1200, 700)
    goods.show()
    qtbot.waitExposed(goods)
    settle()
    yield goods
    settle()


def settle() -> None:
    assert ops.wait_idle(5000), "an operation did not finish"


def names(page: GoodsPage) -> list[str]:
    return [page.model.listing(row).name for row in range(page.model.rowCount())]


def select(page: GoodsPage, name: str) -> None:
    page.select_row(names(page).index(name))


def open_product(page: GoodsPage, qtbot: QtBot, name: str) -> ProductDialog:
    select(page, name)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle()
    assert page.dialog is not None
    return page.dialog


def stored(ctx: AppContext, barcode: str) -> Product:
    with ctx.uow() as uow:
        return get_product(uow, barcode)


def stored_costs(ctx: AppContext, barcode: str) -> tuple[CostComponent, ...]:
    with ctx.uow() as uow:
        product = get_product(uow, barcode)
        assert product.id is not None
        return uow.products.costs(product.id)


# -- the list -------------------------------------------------------------------------------------


def test_the_list_shows_every_product_with_its_terms_and_the_count(page: GoodsPage) -> None:
    assert sorted(names(page)) == ["帆布袋", "手工皂", "竹柄牙刷", "蜂蜡保鲜布"]
    assert page.count_label.text() == "共 4 件"
    soap = names(page).index("手工皂")
    cells = [page.model.index(soap, c).data() for c in range(len(COLUMNS))]
    assert cells == [
        SOAP_BARCODE,
        "手工皂",
        "¥25.00",
        "H01 布言布语手作工作室",
        "小林",
        "20%",
        "5%",
        "手作",
        "0",
        "在售",
    ]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["条码", "品名", "售价", "主理人", "推介官", "佣金", "推介比例", "标签", "库存", "状态"]


def test_typing_pinyin_initials_finds_the_soap_only(page: GoodsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "sgz")
    qtbot.waitUntil(lambda: names(page) == ["手工皂"], timeout=3000)
    assert page.count_label.text() == "共 1 件"


def test_a_barcode_fragment_finds_its_product(page: GoodsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "0000019")
    qtbot.waitUntil(lambda: names(page) == ["竹柄牙刷"], timeout=3000)


def test_filter_by_host_and_by_tag(page: GoodsPage) -> None:
    page.host_filter.setCurrentIndex(page.host_filter.findText("H02 绿手指零废弃小铺"))
    page.apply_filters()
    settle()
    assert sorted(names(page)) == ["帆布袋", "竹柄牙刷"]
    page.host_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findText("环保"))
    page.apply_filters()
    settle()
    assert sorted(names(page)) == ["帆布袋", "蜂蜡保鲜布"]


def click_header(qtbot: QtBot, page: GoodsPage, key: str) -> None:
    header = page.table.horizontalHeader()
    column = COLUMNS.index(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    settle()


def test_clicking_the_price_header_sorts_by_price_both_ways(page: GoodsPage, qtbot: QtBot) -> None:
    click_header(qtbot, page, "price")
    assert names(page) == ["竹柄牙刷", "手工皂", "帆布袋", "蜂蜡保鲜布"]
    click_header(qtbot, page, "price")
    assert names(page) == ["蜂蜡保鲜布", "帆布袋", "手工皂", "竹柄牙刷"]
    assert page.model.query().order == "price" and page.model.query().descending


def test_a_column_the_database_cannot_order_by_does_not_sort(page: GoodsPage, qtbot: QtBot) -> None:
    before = names(page)
    click_header(qtbot, page, "tags")
    assert names(page) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == COLUMNS.index("barcode")


def test_the_rows_come_a_page_at_a_time(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.goods.catalog_model.PAGE_SIZE", 3)
    model = CatalogModel(ctx)  # no view: nothing asks for more by itself
    model.set_query(ProductFilter(order="price"))
    settle()
    assert (model.rowCount(), model.total()) == (3, 4)
    assert model.canFetchMore()
    model.fetchMore()
    settle()
    assert [model.listing(r).name for r in range(model.rowCount())] == [
        "竹柄牙刷",
        "手工皂",
        "帆布袋",
        "蜂蜡保鲜布",
    ]
    assert not model.canFetchMore()


def test_a_list_taller_than_a_page_fetches_the_next_by_itself(
    page: GoodsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.goods.catalog_model.PAGE_SIZE", 2)
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    settle()
    assert page.count_label.text() == "共 4 件"


# -- the product form -----------------------------------------------------------------------------


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text as a user would: ASCII as keys, Chinese as an input method commits it."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(edit, commit)


def test_changing_the_price_to_26_50_stores_2650_fen(page: GoodsPage, qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_product(page, qtbot, "手工皂")
    assert dialog.form.name_edit.text() == "手工皂"
    assert dialog.form.price_edit.text() == "25.00"
    type_into(qtbot, dialog.form.price_edit, "26.50")
    qtbot.keyClick(dialog.form.price_edit, Qt.Key.Key_Return)  # Enter saves
    settle()
    assert stored(ctx, SOAP_BARCODE).price_fen == 2650
    assert page.dialog is None  # saved and closed
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert page.selected_listing() is not None and page.selected_listing().price_fen == 2650


def test_a_price_with_three_decimals_is_refused_in_place_and_nothing_is_saved(
    page: GoodsPage, qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_product(page, qtbot, "手工皂")
    type_into(qtbot, dialog.form.price_edit, "12.345")
    message = dialog.form.messages.fields["price"]
    assert not message.isHidden()  # as the user types
    assert message.text() == "售价 “12.345” 超过两位小数"
    dialog.save()
    settle()
    assert dialog.isVisible()
    assert dialog.split.composition is None
    assert stored(ctx, SOAP_BARCODE).price_fen == 2500
    dialog.reject()


def test_rates_adding_up_to_more_than_100_percent_are_refused(
    page: GoodsPage, qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_product(page, qtbot, "手工皂")
    type_into(qtbot, dialog.form.coop_edit, "80")
    type_into(qtbot, dialog.form.rec_edit, "25%")
    assert dialog.form.messages.fields["rec"].text() == "佣金 80% 加推介 25% 超过 100%"
    dialog.save()
    settle()
    assert dialog.isVisible()
    product = stored(ctx, SOAP_BARCODE)
    assert (product.coop_bp, product.rec_bp) == (2000, 500)
    dialog.reject()


def test_a_new_product_without_a_barcode_gets_an_in_store_code(
    page: GoodsPage, qtbot: QtBot, ctx: AppContext
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle()
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "新建商品"
    assert dialog.form.barcode_edit.hasFocus()
    dialog.form.host_combo.setCurrentIndex(dialog.form.host_combo.findData("H02"))
    assert dialog.form.coop_edit.placeholderText() == "按主理人：15%"
    type_into(qtbot, dialog.form.name_edit, "丝瓜络")
    type_into(qtbot, dialog.form.price_edit, "9.90")
    dialog.form.new_tags_edit.setText("零废弃，天然")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert page.dialog is None  # saved and closed
    qtbot.waitUntil(lambda: "丝瓜络" in names(page))
    listing = page.model.listing(names(page).index("丝瓜络"))
    code = listing.barcode
    assert code.startswith("2") and len(code) == 13 and int(code[-1]) == gs1_check_digit(code[:-1])
    assert (listing.price_fen, listing.coop_bp, listing.host_code) == (990, 1500, "H02")
    assert listing.tags == ("零废弃", "天然")
    assert page.selected_listing() == listing


def test_the_split_follows_the_cost_components_as_they_are_typed(
    page: GoodsPage, qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_product(page, qtbot, "手工皂")  # ¥25.00, 20%, R01 at 5%
    assert dialog.split.amount_text("margin") == "¥18.75"
    for name, amount in (("原料", "6.20"), ("人工", "8.00"), ("包装", "1.50")):
        row = dialog.costs.add_row(name, edit=False)
        dialog.costs.set_amount(row, amount)
    split = dialog.split
    assert [split.amount_text(k) for k in ("price", "coop", "rec", "host")] == [
        "¥25.00",
        "¥5.00",
        "¥1.25",
        "¥18.75",
    ]
    assert split.amount_text("cost:人工") == "¥8.00"
    assert split.amount_text("margin") == "¥3.05"
    dialog.costs.set_amount(1, "20.00")
    assert split.amount_text("margin") == "-¥8.95"
    assert "c62828" in split.amounts["margin"].styleSheet()  # red
    dialog.costs.set_amount(1, "8.00")
    dialog.save()
    settle()
    assert stored_costs(ctx, SOAP_BARCODE) == (
        CostComponent("原料", 620),
        CostComponent("人工", 800),
        CostComponent("包装", 150),
    )


def test_a_cost_amount_that_is_not_money_is_named_under_the_table(page: GoodsPage, qtbot: QtBot) -> None:
    dialog = open_product(page, qtbot, "手工皂")
    row = dialog.costs.add_row("原料", edit=False)
    dialog.costs.set_amount(row, "六块")
    assert dialog.form.messages.fields["costs"].text() == "原料 “六块” 不是金额"
    assert dialog.split.composition is None
    dialog.reject()


def test_a_barcode_taken_by_another_product_is_refused_under_the_barcode(
    page: GoodsPage, qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_product(page, qtbot, "竹柄牙刷")
    type_into(qtbot, dialog.form.barcode_edit, BAG_BARCODE)
    dialog.save()
    settle()
    assert dialog.form.messages.fields["barcode"].text() == f"条码 {BAG_BARCODE} 已属于另一件商品"
    assert dialog.form.barcode_edit.hasFocus()
    assert stored(ctx, BRUSH_BARCODE).name == "竹柄牙刷"
    dialog.reject()


def test_print_price_card_renders_the_stored_composition(
    page: GoodsPage, qtbot: QtBot, documents: StubDocuments, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("ui.goods.product_dialog.open_document", opened.append)
    dialog = open_product(page, qtbot, "手工皂")
    dialog.print_button.click()
    settle()
    [[card]] = documents.price_cards
    assert (card.product_name, card.barcode, card.host_code, card.recommender_name) == (
        "手工皂",
        SOAP_BARCODE,
        "H01",
        "小林",
    )
    assert (card.composition.coop_fen, card.composition.rec_fen, card.composition.host_fen) == (
        500,
        125,
        1875,
    )
    assert card.tags == ("手作",)
    assert opened == [dialog.last_pdf_path]
    with open(dialog.last_pdf_path, "rb") as pdf:
        assert pdf.read().startswith(b"%PDF")
    dialog.reject()


def test_escape_closes_the_form_without_saving(page: GoodsPage, qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_product(page, qtbot, "手工皂")
    type_into(qtbot, dialog.form.name_edit, "别的名字")
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Escape)
    assert page.dialog is None
    assert stored(ctx, SOAP_BARCODE).name == "手工皂"


# -- keyboard -------------------------------------------------------------------------------------


def test_ctrl_f_focuses_the_search_and_enter_goes_to_the_list(page: GoodsPage, qtbot: QtBot) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "fbd")
    qtbot.waitUntil(lambda: names(page) == ["帆布袋"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    assert page.selected_listing() is not None and page.selected_listing().name == "帆布袋"
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    settle()
    assert page.dialog is not None and page.dialog.form.name_edit.text() == "帆布袋"
    page.dialog.reject()


# -- removing -------------------------------------------------------------------------------------


def answer_yes(page: GoodsPage) -> None:
    assert page.question is not None
    page.question.button(QMessageBox.StandardButton.Yes).click()
    settle()


def test_removing_a_product_never_sold_deletes_it(page: GoodsPage, qtbot: QtBot, ctx: AppContext) -> None:
    select(page, "竹柄牙刷")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    answer_yes(page)
    assert page.banner.text() == "已删除 竹柄牙刷：它从未售出也未入库。"
    qtbot.waitUntil(lambda: "竹柄牙刷" not in names(page))
    with ctx.uow() as uow:
        assert uow.products.by_barcode(BRUSH_BARCODE) is None


def test_removing_a_product_with_stock_history_makes_it_inactive(
    page: GoodsPage, qtbot: QtBot, ctx: AppContext
) -> None:
    select(page, "帆布袋")
    page.remove_selected()
    answer_yes(page)
    assert page.banner.text() == "帆布袋 已有销售或库存记录，不能删除，已改为停用。"
    assert stored(ctx, BAG_BARCODE).active is False
    qtbot.waitUntil(
        lambda: page.model.index(names(page).index("帆布袋"), COLUMNS.index("status")).data() == "停用"
    )


def test_answering_no_removes_nothing(page: GoodsPage, ctx: AppContext) -> None:
    select(page, "竹柄牙刷")
    page.remove_selected()
    assert page.question is not None
    page.question.button(QMessageBox.StandardButton.No).click()
    settle()
    assert stored(ctx, BRUSH_BARCODE).active is True


# -- in English -----------------------------------------------------------------------------------


def test_the_list_speaks_english_when_the_shop_does(page: GoodsPage, app: QApplication) -> None:
    from ui.kit.language import set_language

    set_language(app, "en")
    assert page.count_label.text() == "4 products"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Barcode"
    assert page.active_filter.itemText(1) == "On sale"


# -- the doors to imports and labels --------------------------------------------------------------


def test_print_labels_opens_for_the_selected_product(page: GoodsPage) -> None:
    select(page, "手工皂")
    page.labels_button.click()
    dialog = page.side_dialog
    assert isinstance(dialog, LabelsDialog) and dialog.barcodes == [SOAP_BARCODE]
    dialog.reject()
    settle()
    assert page.side_dialog is None


def test_print_labels_without_a_selection_takes_the_host_filter(page: GoodsPage) -> None:
    page.host_filter.setCurrentIndex(page.host_filter.findText("H02 绿手指零废弃小铺"))
    page.apply_filters()
    settle()
    page.table.clearSelection()
    page.print_labels()
    dialog = page.side_dialog
    assert isinstance(dialog, LabelsDialog) and (dialog.barcodes, dialog.host_code) == ([], "H02")
    dialog.reject()


def test_import_opens_the_import_dialog_for_goods(page: GoodsPage) -> None:
    page.import_button.click()
    dialog = page.side_dialog
    assert isinstance(dialog, ImportDialog) and dialog.kind.currentData() == "products"
    dialog.reject()
