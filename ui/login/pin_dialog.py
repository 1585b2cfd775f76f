"""A new PIN: one's own (confirmed with the PIN one has now) or, for an administrator, anyone's."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from pos.clock import utc_now
from pos.services.users import login, set_pin
from ui.kit.context import AppContext
from ui.kit.form_dialog import FormDialog
from ui.kit.widgets import muted
from ui.login.login_dialog import pin_edit, read_pin

PIN_WORDS: dict[str, tuple[str, ...]] = {"current": ("不对", "锁定"), "pin": ("PIN 须",)}


class PinDialog(FormDialog):
    """A new PIN for ``code``; ``own``: the user's own, confirmed with the PIN they have now."""

    def __init__(
        self, ctx: AppContext, *, code: str, name: str, own: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, words=PIN_WORDS, parent=parent)
        self.setObjectName("pinDialog")
        self.code, self.name, self.own = code, name, own
        self.who = QLabel(f"{name} ({code})")
        self.current_edit = pin_edit()
        self.pin_edit = pin_edit()
        self.again_edit = pin_edit()
        self.note = muted(QLabel())
        self.note.setWordWrap(True)
        self.add_row("who", self.who)
        if own:
            self.add_row("current", self.current_edit)
        self.add_row("pin", self.pin_edit)
        self.add_row("again", self.again_edit)
        self.form.addRow(self.note)
        self.finish_rows()
        self.setMinimumWidth(460)
        self.retranslate()
        (self.current_edit if own else self.pin_edit).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change my PIN") if self.own else self.tr("Set a PIN"))
        titles = {
            "who": self.tr("User"),
            "current": self.tr("&Current PIN"),
            "pin": self.tr("&New PIN"),
            "again": self.tr("New PIN &again"),
        }
        for key, label in self.labels.items():
            label.setText(titles[key])
        self.pin_edit.setPlaceholderText(self.tr("4–8 digits"))
        self.again_edit.setPlaceholderText(self.tr("The same PIN once more"))
        self.note.setText(
            ""
            if self.own
            else self.tr("Setting a PIN also unlocks a user locked after too many wrong tries.")
        )

    def read(self, problems: dict[str, str], language: str) -> tuple[str, str] | None:
        current = self.current_edit.text()
        if self.own and not current:
            problems["current"] = self.tr("Enter the PIN you have now")
        pin, problem = read_pin(self.pin_edit, language)
        if problem:
            problems["pin"] = problem
        elif self.again_edit.text() != pin:
            problems["again"] = self.tr("The two PINs differ")
        return None if problems else (current, pin)

    def store(self, values: tuple[str, str]) -> str:
        current, pin = values
        now = utc_now()
        if self.own:  # the PIN they have now, checked like a login (a wrong one counts)
            login(self.ctx.login_uow(), code=self.code, pin=current, now=now)
        set_pin(self.ctx.uow(), code=self.code, pin=pin, now=now)
        return self.code
