"""The first start of a new shop: who its administrator is. There is no default PIN.

The administrator's login, name and PIN (twice, 4–8 digits, masked) are checked in place as they
are typed; saving creates the administrator and logs them in. Leaving the dialog quits the app:
a shop without an administrator cannot be used.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from pos.catalog import clean_code, clean_name
from pos.clock import utc_now
from pos.services.users import create_first_admin
from pos.users import Actor
from ui.kit.context import AppContext
from ui.kit.form_dialog import FormDialog, attempt
from ui.kit.widgets import muted
from ui.login.login_dialog import pin_edit, read_pin

FIRST_ADMIN_WORDS: dict[str, tuple[str, ...]] = {"code": ("账号",), "name": ("姓名",), "pin": ("PIN",)}


@dataclass(frozen=True, slots=True)
class AdminValues:
    code: str
    name: str
    pin: str


class FirstAdminDialog(FormDialog):
    """``created`` carries the new administrator, logged in; ``quit_requested`` when left."""

    created = Signal(object)
    quit_requested = Signal()
    save_label = "create the administrator"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, words=FIRST_ADMIN_WORDS, parent=parent)
        self.setObjectName("firstAdminDialog")
        self.actor: Actor | None = None
        self.saved.connect(self._created)
        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.intro = muted(QLabel())
        self.intro.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.heading)
        layout.insertWidget(1, self.intro)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(16)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.pin_edit = pin_edit()
        self.again_edit = pin_edit()
        for key, field in (
            ("code", self.code_edit),
            ("name", self.name_edit),
            ("pin", self.pin_edit),
            ("again", self.again_edit),
        ):
            self.add_row(key, field)
        self.finish_rows()
        self.setMinimumWidth(560)
        self.retranslate()
        self.code_edit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("A new shop: its administrator"))
        self.heading.setText(self.tr("A new shop: its administrator"))
        self.intro.setText(
            self.tr(
                "This shop has no administrator yet. Choose the administrator's login and PIN: "
                "there is no default PIN, so keep it somewhere safe. The administrator adds the "
                "other users afterwards."
            )
        )
        titles = {
            "code": self.tr("&Login"),
            "name": self.tr("&Name"),
            "pin": self.tr("&PIN"),
            "again": self.tr("PIN &again"),
        }
        for key, label in self.labels.items():
            label.setText(titles[key])
        self.code_edit.setPlaceholderText(self.tr("e.g. A01"))
        self.pin_edit.setPlaceholderText(self.tr("4–8 digits"))
        self.again_edit.setPlaceholderText(self.tr("The same PIN once more"))
        self.save_button.setText(self.tr("&Create and log in"))
        self.save_button.setToolTip(self.tr("Create the administrator and log in (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Quit coop-pos"))
        self.cancel_button.setToolTip(self.tr("Close the app without creating the administrator"))

    def read(self, problems: dict[str, str], language: str) -> AdminValues | None:
        code = attempt(
            problems, "code", language, lambda: clean_code(self.code_edit.text(), field="账号/login")
        )
        name = attempt(
            problems, "name", language, lambda: clean_name(self.name_edit.text(), field="姓名/name")
        )
        pin, problem = read_pin(self.pin_edit, language)
        if problem:
            problems["pin"] = problem
        elif self.again_edit.text() != pin:
            problems["again"] = self.tr("The two PINs differ")
        if problems:
            return None
        return AdminValues(code=code, name=name, pin=pin)

    def store(self, values: AdminValues) -> Actor:
        return create_first_admin(
            self.ctx.login_uow(), code=values.code, name=values.name, pin=values.pin, now=utc_now()
        )

    def _created(self, actor: Actor) -> None:
        """Saved: the administrator exists and is logged in (before the dialog closes)."""
        self.actor = actor
        self.created.emit(actor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # a stray Esc does not quit the app: the Quit button does
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.actor is None:
            self.quit_requested.emit()
        super().reject()
