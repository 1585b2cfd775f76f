"""One product's form: barcode, name, price, host, recommender, rates, tags, and its public cost breakdown.

Every field says what is wrong with it right under it, as the user types and again on save; a
refusal from the shop's rules lands under the field it is about, or in the banner. Beside the
form, the price splits live as it would be sold today (``pos.costs.compose_price``). Saving is one
transaction: the product and its costs (``pos.services.goods.save_product``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.catalog import Product
from pos.clock import business_day, utc_now
from pos.costs import CostComponent, compose_price
from pos.documents import PriceCard
from pos.errors import CoopError
from pos.services.goods import save_product
from pos.services.queries import CatalogChoices
from ui.goods.cost_breakdown import CostTable, SplitPanel
from ui.goods.product_form import ProductForm
from ui.kit.context import AppContext
from ui.kit.language import screen_language
from ui.kit.ops import run_op
from ui.kit.widgets import Banner


def open_document(path: str) -> None:
    """Open a PDF with the system's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


@dataclass(frozen=True, slots=True)
class Saved:
    product: Product
    components: tuple[CostComponent, ...]


class ProductDialog(QDialog):
    """Add a product (``product=None``) or edit one; ``saved`` carries the product as stored."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        lookups: CatalogChoices,
        *,
        product: Product | None = None,
        costs: tuple[CostComponent, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.ctx = ctx
        self.lookups = lookups
        self.product = product
        self.busy = False
        self.last_pdf_path = ""
        self._dirty = False

        self.banner = Banner()
        self.form = ProductForm(lookups, product)
        self.costs = CostTable()
        self.costs.set_components(costs)
        self.split = SplitPanel()

        self.costs_box = QGroupBox()
        costs_layout = QVBoxLayout(self.costs_box)
        self.costs_hint = QLabel()
        self.costs_hint.setWordWrap(True)
        costs_layout.addWidget(self.costs_hint)
        costs_layout.addWidget(self.costs, 1)
        costs_layout.addWidget(self.form.messages.fields["costs"])
        self.split_box = QGroupBox()
        split_layout = QVBoxLayout(self.split_box)
        split_layout.addWidget(self.split)
        split_layout.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(self.costs_box, 3)
        right.addWidget(self.split_box, 2)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addWidget(self.form, 5)
        columns.addLayout(right, 5)

        self.print_button = QPushButton()
        self.print_button.setObjectName("printPriceCard")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_price_card)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.form.messages.banner = self.banner
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)
        self.form.changed.connect(self._changed)
        self.costs.changed.connect(self._changed)

        last = self.form.tab_chain()[-1]
        for first, second in (
            (last, self.costs.table),
            (self.costs.table, self.costs.add_button),
            (self.costs.add_button, self.costs.remove_button),
            (self.costs.remove_button, self.print_button),
            (self.print_button, self.save_button),
            (self.save_button, self.cancel_button),
        ):
            QWidget.setTabOrder(first, second)

        self.retranslate()
        self.resize(1040, 660)
        self._update_split()
        self.form.first_field().setFocus()

    # -- text -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.product is None:
            self.setWindowTitle(self.tr("New product"))
        else:
            self.setWindowTitle(self.tr("Product %1").replace("%1", self.product.name))
        self.costs_box.setTitle(self.tr("Public cost breakdown"))
        self.costs_hint.setText(
            self.tr("What one unit's price pays for, as the recommender or the staff listed it.")
        )
        self.split_box.setTitle(self.tr("How the price splits today"))
        self.print_button.setText(self.tr("&Print price card"))
        self.print_button.setToolTip(self.tr("Saves first if needed, then opens the price card as a PDF"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.form.retranslate()
        self.costs.retranslate()
        self._update_split()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- live checks ------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._dirty = True
        self.form.check(strict=False, components=self._components_or_none)
        self._update_split()

    def _components_or_none(self) -> tuple[CostComponent, ...] | None:
        try:
            components = self.costs.components()
        except CoopError as error:
            self.form.messages.set("costs", error.message(screen_language()))
            return None
        self.form.messages.set("costs", "")
        return components

    def _update_split(self) -> None:
        values = self.form.peek(self._components_or_none)
        if values is None:
            self.split.show_unknown(self.tr("Enter a valid price and rates to see how it splits."))
            return
        try:
            composition = compose_price(
                price_fen=values.price_fen,
                coop_bp=values.coop_bp,
                rec_bp=values.rec_bp,
                components=values.components,
            )
        except CoopError as error:
            self.split.show_unknown(error.message(screen_language()))
            return
        self.split.show_composition(composition, has_recommender=bool(values.recommender_code))

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        """Check every field; if all is well, save in one transaction and close."""
        self._save(close=True)

    def _save(self, *, close: bool, then: Callable[[Saved], None] | None = None) -> None:
        if self.busy:
            return
        self.banner.clear()
        values = self.form.check(strict=True, components=self._components_or_none)
        self._update_split()
        if values is None:
            if not self.banner.text():
                self.form.focus_first_error()
            return
        self._set_busy(True)
        ctx, original = self.ctx, self.product

        def work() -> Saved:
            product, components = save_product(
                ctx.uow(),
                original_barcode=original.barcode if original is not None else "",
                barcode=values.barcode,
                name=values.name,
                price_fen=values.price_fen,
                host_code=values.host_code,
                recommender_code=values.recommender_code,
                coop_bp=values.coop_bp,
                rec_bp=values.rec_bp,
                tags=values.tags,
                active=values.active,
                components=values.components,
            )
            return Saved(product, components)

        def done(result: Saved) -> None:
            self.product = result.product
            self._dirty = False
            self.form.saved_as(result.product)
            self.retranslate()
            self.saved.emit(result.product)
            if then is not None:
                then(result)
            if close:
                self.accept()

        def refused(error: CoopError) -> None:
            if self.form.messages.show(error, screen_language()) is not None:
                self.form.focus_first_error()

        run_op(
            self,
            work,
            on_done=done,
            on_error=refused,
            on_finally=lambda: self._set_busy(False),
            label="save product",
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.save_button, self.print_button):
            button.setEnabled(not busy)

    # -- the price card ---------------------------------------------------------------------------

    def print_price_card(self) -> None:
        """Save the form if it changed (or is new), then render its price card and open it."""
        if self.product is None or self._dirty:
            self._save(close=False, then=self._print)
            return
        components = self._components_or_none()
        if components is None:
            return
        self._print(Saved(self.product, components))

    def _print(self, saved: Saved) -> None:
        card = self.price_card(saved)
        documents = self.ctx.documents
        barcode = saved.product.barcode

        def work() -> str:
            pdf = documents.price_cards_pdf([card])
            handle, path = tempfile.mkstemp(prefix=f"price-card-{barcode}-", suffix=".pdf")
            with os.fdopen(handle, "wb") as file:
                file.write(pdf)
            return path

        def done(path: str) -> None:
            self.last_pdf_path = path
            open_document(path)

        run_op(self, work, on_done=done, label="price card")

    def price_card(self, saved: Saved) -> PriceCard:
        product = saved.product
        host = self.lookups.host_by_id(product.host_id)
        recommender = self.lookups.recommender_by_id(product.recommender_id)
        return PriceCard(
            shop_name=self.ctx.config.shop_name,
            product_name=product.name,
            barcode=product.barcode,
            host_name=host.name if host else "",
            host_code=host.code if host else "",
            recommender_name=recommender.name if recommender else "",
            tags=self.form.tag_names(),
            composition=compose_price(
                price_fen=product.price_fen,
                coop_bp=product.coop_bp,
                rec_bp=product.rec_bp,
                components=saved.components,
            ),
            as_of=business_day(utc_now(), self.ctx.config.timezone),
        )
