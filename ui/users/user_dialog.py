"""A user's form (add: login, name, role, host, PIN twice; edit: name, role, host, active), and the
form that sets a PIN (an administrator sets anyone's; a user changes their own with the old one).

Checked in place as typed; a refusal of the shop's rules (a login taken, the last administrator
deactivated, a user who may not manage users) is said under its field or across the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from pos.catalog import Host, clean_code, clean_name
from pos.clock import utc_now
from pos.services.users import add_user, change_user
from pos.users import ROLES, Role, User
from ui.kit.context import AppContext
from ui.kit.form_dialog import FormDialog, attempt
from ui.kit.language import screen_language
from ui.kit.session import role_name
from ui.login.login_dialog import pin_edit, read_pin

USER_WORDS: dict[str, tuple[str, ...]] = {
    "code": ("账号",),
    "name": ("姓名",),
    "host": ("主理人",),
    "pin": ("PIN",),
}


@dataclass(frozen=True, slots=True)
class UserValues:
    code: str
    name: str
    role: Role
    host_code: str
    pin: str
    active: bool


class UserDialog(FormDialog):
    """Add a user (``user=None``) or change one; ``hosts`` to tie a host login to."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        hosts: Sequence[Host],
        user: User | None = None,
        host_code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, words=USER_WORDS, parent=parent)
        self.setObjectName("userDialog")
        self.user = user
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(16)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem("", role)
        self.host_combo = QComboBox()
        self.host_combo.addItem("", "")
        for host in hosts:
            self.host_combo.addItem(f"{host.code} {host.name}", host.code)
        self.pin_edit = pin_edit()
        self.again_edit = pin_edit()
        self.active_check = QCheckBox()
        rows: list[tuple[str, QWidget]] = [
            ("code", self.code_edit),
            ("name", self.name_edit),
            ("role", self.role_combo),
            ("host", self.host_combo),
        ]
        if user is None:
            rows += [("pin", self.pin_edit), ("again", self.again_edit)]
        else:
            rows.append(("active", self.active_check))
        for key, field in rows:
            self.add_row(key, field)
        self.finish_rows()

        if user is None:
            self.role_combo.setCurrentIndex(ROLES.index("cashier"))
            self.active_check.setChecked(True)
        else:
            self.code_edit.setText(user.code)
            self.code_edit.setReadOnly(True)
            self.name_edit.setText(user.name)
            self.role_combo.setCurrentIndex(ROLES.index(user.role))
            self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(host_code)))
            self.active_check.setChecked(user.active)
        self.role_combo.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.host_combo.currentIndexChanged.connect(lambda _i: self._edited("host"))
        self._role_changed()
        self.retranslate()
        (self.code_edit if user is None else self.name_edit).setFocus()

    def _role_changed(self) -> None:
        is_host = self.role_combo.currentData() == "host"
        self.host_combo.setEnabled(is_host)
        if not is_host:
            self.host_combo.setCurrentIndex(0)
            self.messages.set("host", "")

    def retranslate(self) -> None:
        super().retranslate()
        if self.user is None:
            self.setWindowTitle(self.tr("New user"))
        else:
            self.setWindowTitle(self.tr("User %1").replace("%1", f"{self.user.name} ({self.user.code})"))
        titles = {
            "code": self.tr("&Login"),
            "name": self.tr("&Name"),
            "role": self.tr("&Role"),
            "host": self.tr("&Host"),
            "pin": self.tr("&PIN"),
            "again": self.tr("PIN &again"),
            "active": "",
        }
        for key, label in self.labels.items():
            label.setText(titles[key])
        language = screen_language()
        for index, role in enumerate(ROLES):
            self.role_combo.setItemText(index, role_name(role, language))
        self.host_combo.setItemText(0, self.tr("(only for a host's login)"))
        self.code_edit.setPlaceholderText(self.tr("e.g. C02"))
        self.code_edit.setToolTip(self.tr("The login cannot change once the user is saved"))
        self.host_combo.setToolTip(self.tr("A host's login sees only this host's goods and statements"))
        self.pin_edit.setPlaceholderText(self.tr("4–8 digits"))
        self.again_edit.setPlaceholderText(self.tr("The same PIN once more"))
        self.active_check.setText(self.tr("&Active (may log in)"))

    def read(self, problems: dict[str, str], language: str) -> UserValues | None:
        code = attempt(
            problems, "code", language, lambda: clean_code(self.code_edit.text(), field="账号/login")
        )
        name = attempt(
            problems, "name", language, lambda: clean_name(self.name_edit.text(), field="姓名/name")
        )
        role: Role = self.role_combo.currentData()
        host_code = str(self.host_combo.currentData() or "")
        if role == "host" and not host_code:
            problems["host"] = self.tr("Choose the host this login belongs to")
        pin = ""
        if self.user is None:
            pin, problem = read_pin(self.pin_edit, language)
            if problem:
                problems["pin"] = problem
            elif self.again_edit.text() != pin:
                problems["again"] = self.tr("The two PINs differ")
        if problems:
            return None
        return UserValues(
            code=code,
            name=name,
            role=role,
            host_code=host_code,
            pin=pin,
            active=self.active_check.isChecked(),
        )

    def store(self, values: UserValues) -> User:
        now = utc_now()
        if self.user is None:
            return add_user(
                self.ctx.uow(),
                code=values.code,
                name=values.name,
                role=values.role,
                pin=values.pin,
                now=now,
                host_code=values.host_code,
            )
        return change_user(
            self.ctx.uow(),
            code=values.code,
            now=now,
            name=values.name,
            role=values.role,
            host_code=values.host_code,
            active=values.active,
        )
