"""商品: the goods list with instant search, filters and sorting, and the doors to each product's form.

Keys: Ctrl+F search, ↓ or Enter from the search into the list, Enter or F2 opens the product,
Ctrl+N adds one, Del removes the selected one (deleted if never sold, otherwise made inactive).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.catalog import Product, ProductFilter, ProductListing
from pos.costs import CostComponent
from pos.errors import CoopError, NotFound
from pos.ids import ProductId
from pos.services.goods import remove_product
from pos.services.queries import CatalogChoices, ProductToEdit, catalog_choices, product_to_edit
from pos.users import Permission
from ui.goods.catalog_model import CatalogModel
from ui.goods.goods_filters import GoodsFilters
from ui.goods.goods_table import GoodsTable
from ui.goods.labels_dialog import LabelsDialog
from ui.goods.product_dialog import ProductDialog
from ui.imports.import_dialog import ImportDialog
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import Banner, ask


class GoodsPage(QWidget):
    """The goods list; ``dialog`` is the product form open now, ``question`` the pending confirmation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goodsPage")
        self.ctx = ctx
        self.lookups = CatalogChoices()
        self.dialog: ProductDialog | None = None
        self.question: QMessageBox | None = None
        self._select_after_load: ProductId | None = None

        self.banner = Banner()
        self.filters = GoodsFilters()
        self.search = self.filters.search
        self.host_filter = self.filters.host_filter
        self.tag_filter = self.filters.tag_filter
        self.active_filter = self.filters.active_filter

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newProduct")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openProduct")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeProduct")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importProducts")
        self.labels_button = QPushButton()
        self.labels_button.setObjectName("printLabels")
        self.side_dialog: QDialog | None = None  # the import or labels dialog open now

        self.model = CatalogModel(ctx, self)
        self.table = GoodsTable(self.model, row_height=self.fontMetrics().height() + 12)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for button in (self.import_button, self.labels_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        for button in (self.new_button, self.open_button, self.remove_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.filters.changed.connect(self.apply_filters)
        self.search.to_list.connect(self.focus_list)
        self.model.count_changed.connect(lambda _n: self._show_count())
        self.model.loaded.connect(self._loaded)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self.new_product)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_goods)
        self.labels_button.clicked.connect(self.print_labels)

        self.shortcuts: dict[str, QShortcut] = {}
        for name, keys, slot, widget in (
            ("find", QKeySequence(QKeySequence.StandardKey.Find), self.focus_search, self),
            ("new", QKeySequence("Ctrl+N"), self.new_product, self),
            ("open", QKeySequence(Qt.Key.Key_F2), self.open_selected, self.table),
            ("remove", QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected, self.table),
        ):
            shortcut = QShortcut(keys, widget)
            shortcut.setContext(
                Qt.ShortcutContext.WindowShortcut if widget is self else Qt.ShortcutContext.WidgetShortcut
            )
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut
        # A host login sees its goods and changes none: the buttons it cannot use are hidden
        # (the services refuse the changes anyway).
        actor = ctx.actor
        self.may_edit = actor is None or actor.may(Permission.EDIT_CATALOG)
        for button in (self.new_button, self.remove_button, self.import_button):
            button.setVisible(self.may_edit)
        for name in ("new", "remove"):
            self.shortcuts[name].setEnabled(self.may_edit)

        self.retranslate()
        self._update_buttons()

    # -- text -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New product"))
        self.new_button.setToolTip(self.tr("Add a product (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected product (Enter, F2)"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(
            self.tr("Delete the selected product if it was never sold, else make it inactive (Del)")
        )
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import goods from a CSV or XLSX file, with a preview first"))
        self.labels_button.setText(self.tr("Print &labels…"))
        self.labels_button.setToolTip(
            self.tr(
                "Barcode labels for the selected product; with none selected, for the host chosen "
                "above, or for every active product"
            )
        )
        self.model.retranslate()
        self.table.fit_columns()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        if self.model.loading and not self.model.rowCount():
            self.count_label.setText(self.tr("Searching…"))
        else:
            self.count_label.setText(self.tr("%1 products").replace("%1", f"{self.model.total():,}"))

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the hosts and tags for the filters again, then the goods."""
        ctx = self.ctx

        run_op(
            self,
            lambda: catalog_choices(ctx.read_uow()),
            on_done=self._set_lookups,
            label="load hosts and tags",
        )

    def _set_lookups(self, lookups: CatalogChoices) -> None:
        self.lookups = lookups
        self.filters.set_lookups(lookups)
        self.apply_filters()

    def current_filter(self) -> ProductFilter:
        query = self.model.query()
        return self.filters.query(order=query.order, descending=query.descending)

    def apply_filters(self) -> None:
        """Query again with what the search box and the filters say now."""
        self.model.set_query(self.current_filter())
        self._show_count()

    def _loaded(self) -> None:
        self._show_count()
        wanted, self._select_after_load = self._select_after_load, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.select_row(row)
        self._update_buttons()

    # -- selection --------------------------------------------------------------------------------

    def selected_listing(self) -> ProductListing | None:
        return self.table.selected_listing()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        if self.model.rowCount():
            if self.selected_listing() is None:
                self.select_row(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        selected = self.selected_listing() is not None
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # -- the product form -------------------------------------------------------------------------

    def new_product(self) -> None:
        ctx = self.ctx

        run_op(
            self,
            lambda: catalog_choices(ctx.read_uow()),
            on_done=lambda choices: self._open_dialog(choices, None, ()),
            label="new product",
        )

    def open_selected(self) -> None:
        listing = self.selected_listing()
        if listing is None:
            return
        ctx, product_id = self.ctx, listing.id

        def work() -> ProductToEdit:
            found = product_to_edit(ctx.read_uow(), product_id=product_id)  # a host: its own goods only
            if found is None:
                raise NotFound(
                    f"商品 {listing.name} 已不存在", f"the product {listing.name} no longer exists"
                )
            return found

        def done(found: ProductToEdit) -> None:
            self._open_dialog(found.choices, found.product, found.costs)

        run_op(self, work, on_done=done, on_error=self._refused, label="open product")

    def _open_dialog(
        self, lookups: CatalogChoices, product: Product | None, costs: tuple[CostComponent, ...]
    ) -> None:
        if self.dialog is not None:
            return
        self.banner.clear()
        dialog = ProductDialog(self.ctx, lookups, product=product, costs=costs, parent=self)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _saved(self, product: Product) -> None:
        self._select_after_load = product.id
        self.model.refresh()

    def _dialog_closed(self, dialog: ProductDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- imports and labels -----------------------------------------------------------------------

    def import_goods(self) -> None:
        self._open_side(ImportDialog(self.ctx, kind="products", parent=self))

    def print_labels(self) -> None:
        listing = self.selected_listing()
        host = self.lookups.host_by_id(self.host_filter.currentData())
        if listing is not None:
            dialog = LabelsDialog(self.ctx, barcodes=[listing.barcode], parent=self)
        else:
            dialog = LabelsDialog(self.ctx, host_code=host.code if host else "", parent=self)
        self._open_side(dialog)

    def _open_side(self, dialog: QDialog) -> None:
        if self.side_dialog is not None:
            dialog.deleteLater()
            return
        self.side_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._side_closed())
        dialog.open()

    def _side_closed(self) -> None:
        self.side_dialog = None
        self.reload()  # an import may have added or changed goods, hosts or tags
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- removing ---------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        listing = self.selected_listing()
        if listing is None or self.question is not None:
            return
        text = self.tr(
            "Remove %1 (%2)?\n\nA product that was never sold or received is deleted; "
            "one with sales or stock history is made inactive instead."
        )
        self.question = ask(
            self,
            self.tr("Remove product"),
            text.replace("%1", listing.name).replace("%2", listing.barcode),
            lambda: self._remove(listing),
        )
        self.question.finished.connect(lambda _result: setattr(self, "question", None))

    def _remove(self, listing: ProductListing) -> None:
        ctx = self.ctx

        def done(deleted: bool) -> None:
            if deleted:
                message = self.tr("%1 was deleted: it had never been sold or received.")
            else:
                message = self.tr(
                    "%1 has sales or stock history, so it was made inactive instead of deleted."
                )
            self.banner.show_info(message.replace("%1", listing.name))
            self.model.refresh()

        run_op(
            self,
            lambda: remove_product(ctx.uow(), barcode=listing.barcode),
            on_done=done,
            on_error=self._refused,
            label="remove product",
        )

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(screen_language()))
