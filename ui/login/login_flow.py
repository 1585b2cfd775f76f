"""Who may use the counter, over the main window: the first administrator of a new shop, the login
dialog at the start and after logging out, the quick switch of cashiers, and "change my PIN".

One dialog at a time, window-modal over the window, so nothing behind it can be touched. Before
the session changes hands, the work the user before asked for is let finish: it runs as them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from pos.services.users import needs_first_admin
from pos.users import Actor
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.session import Session
from ui.login.first_admin_dialog import FirstAdminDialog
from ui.login.login_dialog import LoginDialog
from ui.login.pin_dialog import PinDialog


class LoginFlow(QObject):
    """The logins of ``window``; ``on_quit`` closes the app (the only way past a locked counter
    other than a login), ``on_news`` says in passing what was done. ``dialog`` is the login,
    first-administrator or PIN dialog open now."""

    def __init__(
        self,
        window: QWidget,
        ctx: AppContext,
        session: Session,
        *,
        on_quit: Callable[[], object],
        on_news: Callable[[str], object] = lambda _text: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.session = session
        self.on_quit = on_quit
        self.on_news = on_news
        self.dialog: QDialog | None = None

    def start(self) -> None:
        """At the start: ask for the first administrator if the shop has none, else for a login."""
        if self.session.actor is not None:
            return
        login_uow = self.ctx.login_uow

        def first_start(needed: bool) -> None:
            if needed:
                self._open_first_admin()
            else:
                self.open_login()

        ops.run_op(
            self.window, lambda: needs_first_admin(login_uow()), on_done=first_start, label="first start"
        )

    def _open_first_admin(self) -> None:
        if self.dialog is not None:
            return
        dialog = FirstAdminDialog(self.ctx, parent=self.window)
        dialog.created.connect(self._log_in)
        dialog.quit_requested.connect(self.on_quit)
        self._open(dialog)

    def open_login(self) -> None:
        """The login dialog over the window: Cancel keeps the user logged in now, if any."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = LoginDialog(self.ctx, can_cancel=self.session.actor is not None, parent=self.window)
        dialog.logged_in.connect(self._log_in)
        dialog.quit_requested.connect(self.on_quit)
        self._open(dialog)

    def log_out(self) -> None:
        """Lock the counter: nobody is logged in until someone logs in again."""
        if self.session.actor is None:
            return
        ops.shutdown()  # what the user asked for still runs as them
        self.session.log_out()
        self.open_login()

    def _log_in(self, actor: Actor) -> None:
        ops.shutdown()  # work the user before asked for runs as them, not as the one coming
        self.session.log_in(actor)

    def change_my_pin(self) -> None:
        actor = self.session.actor
        if actor is None or actor.user_id is None or self.dialog is not None:
            return
        dialog = PinDialog(self.ctx, code=actor.code, name=actor.name, own=True, parent=self.window)
        dialog.saved.connect(lambda _code: self.on_news(self.tr("Your PIN is changed.")))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
