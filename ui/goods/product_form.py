"""The fields of the product dialog, each with its message in place, read back as checked values.

Rates left empty mean the host's commission and the recommender's default rate; the field shows
which as its placeholder, and the split beside the form uses the same numbers the save will store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.barcodes import normalise_barcode
from pos.catalog import Product, clean_name
from pos.costs import CostComponent
from pos.errors import CoopError, InputError
from pos.money import check_rates, format_bp
from pos.services.queries import CatalogChoices
from ui.kit.language import screen_language
from ui.kit.widgets import Banner, FieldMessage, FormMessages, MoneyEdit, RateEdit, muted, with_message

FIELDS = ("barcode", "name", "price", "host", "recommender", "coop", "rec", "tags", "costs")
# The words the shop's rules use for each field, so a refusal from a service lands under its field.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "barcode": ("条码",),
    "price": ("售价",),
    "rec": ("加推介", "推介比例"),
    "coop": ("佣金",),
    "name": ("品名",),
    "recommender": ("推介官",),
    "host": ("主理人",),
    "tags": ("标签",),
    "costs": ("成本项",),
}
_TAG_SEPARATORS = re.compile(r"[,，、;；]+")


@dataclass(frozen=True, slots=True)
class FormValues:
    """What the form says, checked: ready for ``pos.services.goods.save_product``."""

    barcode: str  # "" on a new product: an in-store code is allocated
    name: str
    price_fen: int
    host_code: str
    recommender_code: str  # "" for none
    coop_bp: int
    rec_bp: int
    tags: tuple[str, ...]
    active: bool
    components: tuple[CostComponent, ...]


class ProductForm(QWidget):
    changed = Signal()

    def __init__(
        self, lookups: CatalogChoices, product: Product | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self.product = product
        self.touched: set[str] = set()

        self.barcode_edit = QLineEdit()
        self.barcode_edit.setMaxLength(40)
        self.barcode_hint = muted(QLabel())
        self.barcode_hint.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.price_edit = MoneyEdit()
        self.price_edit.setMaximumWidth(160)
        self.host_combo = QComboBox()
        self.recommender_combo = QComboBox()
        self.coop_edit = RateEdit()
        self.coop_edit.setMaximumWidth(160)
        self.rec_edit = RateEdit()
        self.rec_edit.setMaximumWidth(160)
        self.tag_list = QListWidget()
        self.tag_list.setObjectName("tagList")
        self.tag_list.setFlow(QListView.Flow.LeftToRight)
        self.tag_list.setWrapping(True)
        self.tag_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.tag_list.setSpacing(2)
        self.tag_list.setMinimumHeight(84)
        self.tag_list.setMaximumHeight(self.fontMetrics().height() * 9)
        self.new_tags_edit = QLineEdit()
        self.active_check = QCheckBox()

        banner = Banner()  # replaced by the dialog's
        fields = {key: FieldMessage() for key in FIELDS}
        self.messages = FormMessages(banner, fields, FIELD_WORDS)

        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget, QWidget]] = [
            ("barcode", self.barcode_edit, with_message(self.barcode_edit, fields["barcode"])),
            ("name", self.name_edit, with_message(self.name_edit, fields["name"])),
            ("price", self.price_edit, with_message(self.price_edit, fields["price"])),
            ("host", self.host_combo, with_message(self.host_combo, fields["host"])),
            (
                "recommender",
                self.recommender_combo,
                with_message(self.recommender_combo, fields["recommender"]),
            ),
            ("coop", self.coop_edit, with_message(self.coop_edit, fields["coop"])),
            ("rec", self.rec_edit, with_message(self.rec_edit, fields["rec"])),
            ("tags", self.tag_list, with_message(self.tag_list, fields["tags"])),
            ("new_tags", self.new_tags_edit, self.new_tags_edit),
        ]
        for key, field, widget in rows:
            label = QLabel()
            label.setBuddy(field)
            self.labels[key] = label
            self.form.addRow(label, widget)
            if key == "barcode":
                self.form.addRow("", self.barcode_hint)
        self.form.addRow("", self.active_check)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.form)
        outer.addStretch(1)

        self._fill(product)
        for key, edit in (
            ("barcode", self.barcode_edit),
            ("name", self.name_edit),
            ("price", self.price_edit),
            ("coop", self.coop_edit),
            ("rec", self.rec_edit),
            ("tags", self.new_tags_edit),
        ):
            edit.textEdited.connect(lambda _text, key=key: self._edited(key))
        self.host_combo.currentIndexChanged.connect(self._host_changed)
        self.recommender_combo.currentIndexChanged.connect(self._recommender_changed)
        self.tag_list.itemChanged.connect(lambda _item: self._edited("tags"))
        self.active_check.toggled.connect(lambda _on: self.changed.emit())

    # -- filling ----------------------------------------------------------------------------------

    def _fill(self, product: Product | None) -> None:
        host_id = product.host_id if product else None
        for host in self.lookups.hosts:
            if host.active or host.id == host_id:
                self.host_combo.addItem(f"{host.code} {host.name}", host.code)
        if product is not None:
            current_host = self.lookups.host_by_id(product.host_id)
            code = current_host.code if current_host else ""
            self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(code)))
        self.recommender_combo.addItem("", "")  # "none", named in retranslate
        rec_id = product.recommender_id if product else None
        for rec in self.lookups.recommenders:
            if rec.active or rec.id == rec_id:
                self.recommender_combo.addItem(f"{rec.code} {rec.name}", rec.code)
        if product is not None and rec_id is not None:
            current_rec = self.lookups.recommender_by_id(rec_id)
            code = current_rec.code if current_rec else ""
            self.recommender_combo.setCurrentIndex(max(0, self.recommender_combo.findData(code)))
        tag_ids = set(product.tag_ids) if product else set()
        for tag in self.lookups.tags:
            if tag.active or tag.id in tag_ids:
                item = QListWidgetItem(tag.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if tag.id in tag_ids else Qt.CheckState.Unchecked)
                self.tag_list.addItem(item)
        if product is not None:
            self.barcode_edit.setText(product.barcode)
            self.name_edit.setText(product.name)
            self.price_edit.set_fen(product.price_fen)
            self.coop_edit.set_bp(product.coop_bp)
            self.rec_edit.set_bp(product.rec_bp if product.recommender_id is not None else None)
        self.active_check.setChecked(product.active if product else True)
        self._update_rate_fields()

    def saved_as(self, product: Product) -> None:
        """The form now edits the stored product (a new one shows its allocated barcode)."""
        self.product = product
        self.barcode_edit.setText(product.barcode)
        self.touched.clear()
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "barcode": self.tr("&Barcode"),
            "name": self.tr("&Name"),
            "price": self.tr("&Price"),
            "host": self.tr("&Host"),
            "recommender": self.tr("&Recommender"),
            "coop": self.tr("Co&mmission rate"),
            "rec": self.tr("Recommender ra&te"),
            "tags": self.tr("Ta&gs"),
            "new_tags": self.tr("Ne&w tags"),
        }
        for key, label in self.labels.items():
            label.setText(titles[key])
        if self.product is None:
            self.barcode_hint.setText(self.tr("Leave empty for an in-store code (2…)."))
        else:
            self.barcode_hint.setText(self.tr("A product with sales or stock keeps its barcode."))
        self.name_edit.setPlaceholderText(self.tr("As on the shelf, e.g. 手工皂"))
        self.new_tags_edit.setPlaceholderText(self.tr("New tag names, separated by commas"))
        self.recommender_combo.setItemText(0, self.tr("(none)"))
        self.active_check.setText(self.tr("&Active (on sale)"))
        self._update_rate_fields()

    # -- reacting ---------------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.changed.emit()

    def _host_changed(self) -> None:
        self.touched.add("host")
        self._update_rate_fields()
        self.changed.emit()

    def _recommender_changed(self) -> None:
        self.touched.add("recommender")
        if "rec" not in self.touched:
            self.rec_edit.clear()  # a new recommender brings its own default rate
        self._update_rate_fields()
        self.changed.emit()

    def _update_rate_fields(self) -> None:
        host = self.lookups.host(self.host_code())
        self.coop_edit.setPlaceholderText(
            self.tr("Host's rate: %1").replace("%1", format_bp(host.coop_bp)) if host else ""
        )
        rec = self.lookups.recommender(self.recommender_code())
        self.rec_edit.setEnabled(rec is not None)
        if rec is None:
            self.rec_edit.clear()
            self.rec_edit.setPlaceholderText(self.tr("No recommender"))
        else:
            self.rec_edit.setPlaceholderText(self.tr("Default: %1").replace("%1", format_bp(rec.default_bp)))

    def host_code(self) -> str:
        return str(self.host_combo.currentData() or "")

    def recommender_code(self) -> str:
        return str(self.recommender_combo.currentData() or "")

    def tag_names(self) -> tuple[str, ...]:
        names = [
            item.text()
            for item in (self.tag_list.item(row) for row in range(self.tag_list.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]
        for raw in _TAG_SEPARATORS.split(self.new_tags_edit.text()):
            name = " ".join(raw.split())
            if name and name not in names:
                names.append(name)
        return tuple(names)

    # -- checking ---------------------------------------------------------------------------------

    def peek(self, components: Callable[[], tuple[CostComponent, ...] | None]) -> FormValues | None:
        """The values if every field is valid, saying nothing about the ones that are not."""
        return self._read(components, report=lambda _key: False)

    def check(
        self, *, strict: bool, components: Callable[[], tuple[CostComponent, ...] | None]
    ) -> FormValues | None:
        """Check the fields and say what is wrong under each: all of them when ``strict`` (on save),
        else only the fields the user has changed (while typing)."""
        return self._read(components, report=lambda key: strict or key in self.touched)

    def _read(
        self,
        components: Callable[[], tuple[CostComponent, ...] | None],
        report: Callable[[str], bool],
    ) -> FormValues | None:
        language = screen_language()
        problems: dict[str, str] = {}

        def attempt(key: str, read: Callable[[], object]) -> object:
            try:
                return read()
            except CoopError as error:
                problems[key] = error.message(language)
                return None

        barcode = attempt("barcode", self._barcode)
        name = attempt("name", lambda: clean_name(self.name_edit.text(), field=self.tr("Name")))
        price = attempt("price", lambda: self.price_edit.fen(field=self.tr("Price")))
        host = self.lookups.host(self.host_code())
        if host is None:
            problems["host"] = self.tr("Choose the host who owns this product.")
        coop = attempt("coop", lambda: self.coop_edit.bp(field=self.tr("Commission rate")))
        rec = attempt("rec", lambda: self.rec_edit.bp(field=self.tr("Recommender rate")))
        recommender = self.lookups.recommender(self.recommender_code())
        coop_bp = (
            coop if isinstance(coop, int) else (host.coop_bp if host and "coop" not in problems else None)
        )
        rec_bp = 0 if recommender is None else rec if isinstance(rec, int) else recommender.default_bp
        if coop_bp is not None and "rec" not in problems:
            try:
                check_rates(coop_bp, rec_bp)
            except CoopError as error:
                problems["rec"] = error.message(language)
        tags = attempt("tags", lambda: tuple(clean_name(t, field=self.tr("Tag")) for t in self.tag_names()))

        for key in FIELDS:
            if key != "costs" and report(key):
                self.messages.set(key, problems.get(key, ""))
        parts = components()
        if problems or parts is None or coop_bp is None or host is None:
            return None
        assert isinstance(barcode, str) and isinstance(name, str) and isinstance(price, int)
        assert isinstance(tags, tuple)
        return FormValues(
            barcode=barcode,
            name=name,
            price_fen=price,
            host_code=host.code,
            recommender_code=recommender.code if recommender else "",
            coop_bp=coop_bp,
            rec_bp=rec_bp,
            tags=tags,
            active=self.active_check.isChecked(),
            components=parts,
        )

    def _barcode(self) -> str:
        text = self.barcode_edit.text()
        if not text.strip():
            if self.product is None:
                return ""
            raise InputError("条码不能为空", "the barcode is required")
        return normalise_barcode(text)

    def focus_first_error(self) -> None:
        widgets = {
            "barcode": self.barcode_edit,
            "name": self.name_edit,
            "price": self.price_edit,
            "host": self.host_combo,
            "recommender": self.recommender_combo,
            "coop": self.coop_edit,
            "rec": self.rec_edit,
            "tags": self.new_tags_edit,
        }
        for key, widget in widgets.items():
            if not self.messages.fields[key].isHidden():
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                return

    def first_field(self) -> QWidget:
        return self.barcode_edit if self.product is None else self.name_edit

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [
            self.barcode_edit,
            self.name_edit,
            self.price_edit,
            self.host_combo,
            self.recommender_combo,
            self.coop_edit,
            self.rec_edit,
            self.tag_list,
            self.new_tags_edit,
            self.active_check,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        return chain
