"""A recommender's form (推介官): code, name, default rate, contact, active.

The default rate is what a product this recommender brings in gets unless the product says
otherwise; changing it does not change the goods already recommended.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from pos.catalog import Recommender, clean_code, clean_name
from pos.services.goods import save_recommender
from ui.kit.context import AppContext
from ui.kit.form_dialog import FormDialog, attempt
from ui.kit.widgets import RateEdit

RECOMMENDER_WORDS: dict[str, tuple[str, ...]] = {
    "code": ("编号",),
    "rate": ("比例",),
    "name": ("名称",),
}


@dataclass(frozen=True, slots=True)
class RecommenderValues:
    code: str
    name: str
    default_bp: int
    contact: str
    active: bool


class RecommenderDialog(FormDialog):
    """Add a recommender (``recommender=None``) or edit one."""

    def __init__(
        self, ctx: AppContext, *, recommender: Recommender | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, words=RECOMMENDER_WORDS, parent=parent)
        self.setObjectName("recommenderDialog")
        self.recommender = recommender
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(16)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.rate_edit = RateEdit()
        self.rate_edit.setMaximumWidth(160)
        self.contact_edit = QLineEdit()
        self.contact_edit.setMaxLength(120)
        self.active_check = QCheckBox()
        for key, field in (
            ("code", self.code_edit),
            ("name", self.name_edit),
            ("rate", self.rate_edit),
            ("contact", self.contact_edit),
            ("active", self.active_check),
        ):
            self.add_row(key, field)
        self.finish_rows()

        if recommender is None:
            self.active_check.setChecked(True)
        else:
            self.code_edit.setText(recommender.code)
            self.code_edit.setReadOnly(True)
            self.name_edit.setText(recommender.name)
            self.rate_edit.set_bp(recommender.default_bp)
            self.contact_edit.setText(recommender.contact)
            self.active_check.setChecked(recommender.active)
        self.retranslate()
        (self.code_edit if recommender is None else self.name_edit).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        if self.recommender is None:
            self.setWindowTitle(self.tr("New recommender"))
        else:
            self.setWindowTitle(
                self.tr("Recommender %1").replace("%1", f"{self.recommender.code} {self.recommender.name}")
            )
        titles = {
            "code": self.tr("&Code"),
            "name": self.tr("&Name"),
            "rate": self.tr("Default &rate"),
            "contact": self.tr("C&ontact"),
            "active": "",
        }
        for key, label in self.labels.items():
            label.setText(titles[key])
        self.code_edit.setPlaceholderText(self.tr("e.g. R05"))
        self.code_edit.setToolTip(self.tr("The code cannot change once the recommender is saved"))
        self.rate_edit.setPlaceholderText(self.tr("0% (none)"))
        self.contact_edit.setPlaceholderText(self.tr("Phone or WeChat"))
        self.active_check.setText(self.tr("&Active"))

    def read(self, problems: dict[str, str], language: str) -> RecommenderValues | None:
        code = attempt(
            problems, "code", language, lambda: clean_code(self.code_edit.text(), field=self.tr("Code"))
        )
        name = attempt(
            problems, "name", language, lambda: clean_name(self.name_edit.text(), field=self.tr("Name"))
        )
        rate = attempt(problems, "rate", language, lambda: self.rate_edit.bp(field=self.tr("Default rate")))
        if problems:
            return None
        return RecommenderValues(
            code=code,
            name=name,
            default_bp=rate or 0,
            contact=self.contact_edit.text().strip(),
            active=self.active_check.isChecked(),
        )

    def store(self, values: RecommenderValues) -> Recommender:
        return save_recommender(
            self.ctx.uow(),
            adding=self.recommender is None,
            code=values.code,
            name=values.name,
            default_bp=values.default_bp,
            contact=values.contact,
            active=values.active,
        )
