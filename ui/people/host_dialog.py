"""A host's form (主理人/生产者): code, name, kind, commission, monthly rent, joined date, contact,
who bears goods missing at a stock count (the host, or the co-op), active.

The code identifies the host on labels, statements and imports, so it is fixed once the host exists.
A new commission rate is the default for new goods; goods already on the shelf keep their own.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from pos.catalog import Host, HostKind, clean_code, clean_name
from pos.clock import business_day, utc_now
from pos.errors import CoopError
from pos.services.goods import save_host
from pos.services.stock import loss_bearer
from pos.stock import LossBearer
from ui.kit.context import AppContext
from ui.kit.form_dialog import FormDialog, attempt
from ui.kit.widgets import MoneyEdit, RateEdit

HOST_WORDS: dict[str, tuple[str, ...]] = {
    "code": ("编号",),
    "coop": ("佣金",),
    "rent": ("月租",),
    "name": ("名称",),
    "kind": ("类型",),
}
DEFAULT_COOP_BP = 2000


@dataclass(frozen=True, slots=True)
class HostValues:
    code: str
    name: str
    kind: HostKind
    coop_bp: int
    monthly_rent_fen: int
    joined: date
    contact: str
    active: bool
    loss_bearer: LossBearer = "host"


class HostDialog(FormDialog):
    """Add a host (``host=None``) or edit one."""

    def __init__(self, ctx: AppContext, *, host: Host | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, words=HOST_WORDS, parent=parent)
        self.setObjectName("hostDialog")
        self.host = host
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(16)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("", "host")
        self.kind_combo.addItem("", "producer")
        self.coop_edit = RateEdit()
        self.coop_edit.setMaximumWidth(160)
        self.rent_edit = MoneyEdit()
        self.rent_edit.setMaximumWidth(160)
        self.joined_edit = QDateEdit()
        self.joined_edit.setCalendarPopup(True)
        self.joined_edit.setDisplayFormat("yyyy-MM-dd")
        self.joined_edit.setMaximumWidth(160)
        self.contact_edit = QLineEdit()
        self.contact_edit.setMaxLength(120)
        self.bearer_combo = QComboBox()
        self.bearer_combo.setObjectName("lossBearer")
        self.bearer_combo.addItem("", "host")
        self.bearer_combo.addItem("", "coop")
        self.active_check = QCheckBox()
        for key, field in (
            ("code", self.code_edit),
            ("name", self.name_edit),
            ("kind", self.kind_combo),
            ("coop", self.coop_edit),
            ("rent", self.rent_edit),
            ("joined", self.joined_edit),
            ("contact", self.contact_edit),
            ("bearer", self.bearer_combo),
            ("active", self.active_check),
        ):
            self.add_row(key, field)
        self.finish_rows()

        if host is None:
            self.coop_edit.set_bp(DEFAULT_COOP_BP)
            today = business_day(utc_now(), ctx.config.timezone)
            self.joined_edit.setDate(QDate(today.year, today.month, today.day))
            self.active_check.setChecked(True)
        else:
            self.code_edit.setText(host.code)
            self.code_edit.setReadOnly(True)
            self.name_edit.setText(host.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(host.kind)))
            self.coop_edit.set_bp(host.coop_bp)
            self.rent_edit.set_fen(host.monthly_rent_fen)
            self.joined_edit.setDate(QDate(host.joined.year, host.joined.month, host.joined.day))
            self.contact_edit.setText(host.contact)
            self.active_check.setChecked(host.active)
            with contextlib.suppress(CoopError):  # one row's read: the form opens at once
                bearer = loss_bearer(ctx.read_uow(), host_code=host.code)
                self.bearer_combo.setCurrentIndex(max(0, self.bearer_combo.findData(bearer)))
        self.retranslate()
        (self.code_edit if host is None else self.name_edit).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        if self.host is None:
            self.setWindowTitle(self.tr("New host"))
        else:
            self.setWindowTitle(self.tr("Host %1").replace("%1", f"{self.host.code} {self.host.name}"))
        titles = {
            "code": self.tr("&Code"),
            "name": self.tr("&Name"),
            "kind": self.tr("&Kind"),
            "coop": self.tr("Co&mmission rate"),
            "rent": self.tr("Monthly &rent"),
            "joined": self.tr("&Joined"),
            "contact": self.tr("C&ontact"),
            "bearer": self.tr("Count &losses borne by"),
            "active": "",
        }
        for key, label in self.labels.items():
            label.setText(titles[key])
        self.kind_combo.setItemText(0, self.tr("Host (rents a module unit)"))
        self.kind_combo.setItemText(1, self.tr("Producer (supplies goods, no unit)"))
        self.code_edit.setPlaceholderText(self.tr("e.g. H09"))
        self.code_edit.setToolTip(self.tr("The code cannot change once the host is saved"))
        self.rent_edit.setPlaceholderText(self.tr("0.00 (none)"))
        self.contact_edit.setPlaceholderText(self.tr("Person and phone"))
        self.active_check.setText(self.tr("&Active"))
        self.bearer_combo.setItemText(0, self.tr("The host (goods missing at a count are theirs)"))
        self.bearer_combo.setItemText(1, self.tr("The co-op (credits the host's share of missing goods)"))

    def read(self, problems: dict[str, str], language: str) -> HostValues | None:
        code = attempt(
            problems, "code", language, lambda: clean_code(self.code_edit.text(), field=self.tr("Code"))
        )
        name = attempt(
            problems, "name", language, lambda: clean_name(self.name_edit.text(), field=self.tr("Name"))
        )
        coop = attempt(
            problems, "coop", language, lambda: self.coop_edit.bp(field=self.tr("Commission rate"))
        )
        if coop is None and "coop" not in problems:
            problems["coop"] = self.tr("Enter the co-op's commission, e.g. 20%")
        rent = 0
        if self.rent_edit.text().strip():
            rent = attempt(
                problems, "rent", language, lambda: self.rent_edit.fen(field=self.tr("Monthly rent"))
            )
        if problems:
            return None
        joined = self.joined_edit.date()
        kind: HostKind = "producer" if self.kind_combo.currentData() == "producer" else "host"
        return HostValues(
            code=code,
            name=name,
            kind=kind,
            coop_bp=coop,
            monthly_rent_fen=rent,
            joined=date(joined.year(), joined.month(), joined.day()),
            contact=self.contact_edit.text().strip(),
            active=self.active_check.isChecked(),
            loss_bearer="coop" if self.bearer_combo.currentData() == "coop" else "host",
        )

    def store(self, values: HostValues) -> Host:
        return save_host(
            self.ctx.uow(),
            adding=self.host is None,
            code=values.code,
            name=values.name,
            kind=values.kind,
            coop_bp=values.coop_bp,
            monthly_rent_fen=values.monthly_rent_fen,
            joined=values.joined,
            contact=values.contact,
            active=values.active,
            loss_bearer=values.loss_bearer,
            at=utc_now(),
        )
