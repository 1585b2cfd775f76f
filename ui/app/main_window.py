"""The main window: the shop's name, who is logged in, a navigation to each screen, the screens,
and device status.

With a shop (``AppContext`` with a ``Session``) nothing is shown until someone logs in: the first
start asks for the administrator, then the login dialog opens over a locked window. The screens
a role may not use are hidden (the services refuse them anyway), and every login builds the
screens afresh, so nothing of the user before stays on screen. Switch user (F11 or Ctrl+L) opens
the login dialog over the window; Log out locks it.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.users import Actor
from ui.app.navigation import Navigation, shortcut_for
from ui.app.pages import PAGE_KEYS, build_page, listeners, may_open
from ui.app.status_line import STATE_COLOURS, StatusLine
from ui.kit.changes import Changed, notifier
from ui.kit.context import AppContext
from ui.kit.devices import CounterDevicesQt
from ui.kit.language import screen_language
from ui.kit.session import who
from ui.login.login_flow import LoginFlow

__all__ = ["STATE_COLOURS", "MainWindow"]

log = logging.getLogger(__name__)

ACCENT = "#2f6f4e"
NEWS_MS = 8000  # how long a passing message stays in the status bar
SWITCH_USER_KEYS = ("F11", "Ctrl+L")  # F11: one key at the counter; Ctrl+L: "lock", as elsewhere


class MainWindow(QMainWindow):
    """The window the cashier and staff work in all day."""

    def __init__(
        self, *, shop_name: str, database_label: str = "", context: AppContext | None = None
    ) -> None:
        """With ``context`` (the shop's database and documents) the staff screens work; without it
        every screen is a placeholder."""
        super().__init__()
        self.shop_name = shop_name
        self.context = context
        self.session = context.session if context is not None else None
        self.login_flow = (
            LoginFlow(
                self,
                context,
                self.session,
                on_quit=self.close,
                on_news=lambda text: self.statusBar().showMessage(text, NEWS_MS),
            )
            if context is not None and self.session is not None
            else None
        )
        if not database_label and context is not None:
            database_label = context.database_label
        self.setWindowTitle(f"{shop_name} — coop-pos")
        self.resize(1280, 760)
        self.setMinimumSize(960, 600)

        self.header = self._build_header(shop_name)

        self.navigation = Navigation(PAGE_KEYS)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.shortcuts: dict[str, QShortcut] = {}
        for position, key in enumerate(PAGE_KEYS):
            self.pages.addWidget(build_page(key, context))
            shortcut = QShortcut(shortcut_for(position), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(partial(self.show_page, key))
            self.shortcuts[key] = shortcut
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.navigation)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        body_layout.addWidget(separator)
        body_layout.addWidget(self.pages, 1)

        self.locked_panel = self._build_locked_panel()
        self.screens = QStackedWidget()  # the screens, or the locked panel while nobody is logged in
        self.body = body
        self.screens.addWidget(body)
        self.screens.addWidget(self.locked_panel)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.header)
        central_layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self.switch_shortcuts: list[QShortcut] = []
        for keys in SWITCH_USER_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.switch_user)
            self.switch_shortcuts.append(shortcut)
        if self.session is not None:
            self.session.changed.connect(self._session_changed)

        devices = context.devices if context is not None else None
        # the printer's state from the print queue, and what could not be printed, as they happen
        self._devices = devices if isinstance(devices, CounterDevicesQt) else None
        self.status_line = StatusLine(self.statusBar(), database_label=database_label, devices=self._devices)
        self.printer_status = self.status_line.printer_status
        self.scanner_status = self.status_line.scanner_status
        self.database_status = self.status_line.database_status
        self.statusBar().setSizeGripEnabled(True)
        if self._devices is not None:
            self._devices.trouble.connect(self._device_trouble)
        # what an operation changed reaches the screens that show it
        notifier.changed.connect(self._changes_made)

        self.setStyleSheet(
            f"""
            QFrame#header {{ background: {ACCENT}; }}
            QFrame#header QLabel {{ color: white; }}
            QFrame#header QPushButton {{
                color: white; background: transparent; padding: 6px 12px;
                border: 1px solid rgba(255, 255, 255, 0.6); border-radius: 4px;
            }}
            QFrame#header QPushButton:hover {{ background: rgba(255, 255, 255, 0.18); }}
            QFrame#header QPushButton:disabled {{ color: rgba(255, 255, 255, 0.5); }}
            QListWidget#navigation {{ background: palette(window); outline: none; }}
            QListWidget#navigation::item {{ padding-left: 18px; border: none; }}
            QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
            QListWidget#navigation::item:hover:!selected {{ background: palette(midlight); }}
            """
        )

        self.retranslate()
        self.navigation.setCurrentRow(0)
        self._apply_actor()
        self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------------

    def _build_header(self, shop_name: str) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(24, 12, 24, 12)

        self.shop_name_label = QLabel(shop_name)
        self.shop_name_label.setObjectName("shopName")
        name_font = QFont(self.shop_name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 2.2)
        name_font.setBold(True)
        self.shop_name_label.setFont(name_font)
        layout.addWidget(self.shop_name_label)
        layout.addStretch(1)

        self.user_label = QLabel()
        self.user_label.setObjectName("currentUser")
        user_font = QFont(self.user_label.font())
        user_font.setPointSizeF(user_font.pointSizeF() * 1.15)
        user_font.setBold(True)
        self.user_label.setFont(user_font)
        self.my_pin_button = QPushButton()
        self.my_pin_button.setObjectName("changeMyPin")
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchUser")
        self.logout_button = QPushButton()
        self.logout_button.setObjectName("logOut")
        layout.addWidget(self.user_label)
        layout.addSpacing(8)
        for button in (self.my_pin_button, self.switch_button, self.logout_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(False)
            layout.addWidget(button)
        layout.addSpacing(16)
        self.my_pin_button.clicked.connect(self.change_my_pin)
        self.switch_button.clicked.connect(self.switch_user)
        self.logout_button.clicked.connect(self.log_out)

        product = QLabel("coop-pos")
        product.setObjectName("productName")
        layout.addWidget(product, 0, Qt.AlignmentFlag.AlignBottom)
        return header

    def _build_locked_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("lockedPanel")
        self.locked_label = QLabel()
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.locked_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.locked_label.setFont(font)
        self.login_button = QPushButton()
        self.login_button.setObjectName("logIn")
        self.login_button.setMinimumSize(220, 56)
        self.login_button.setFont(font)
        self.login_button.clicked.connect(self.open_login)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(self.locked_label)
        layout.addSpacing(16)
        layout.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return panel

    def _navigation_labels(self) -> dict[str, str]:
        return {
            "checkout": self.tr("Checkout"),
            "goods": self.tr("Goods"),
            "hosts": self.tr("Hosts"),
            "stock": self.tr("Stock"),
            "settlement": self.tr("Settlement"),
            "settings": self.tr("Settings"),
        }

    def retranslate(self) -> None:
        """Put every piece of text in the current language (called again on a language change)."""
        self.navigation.set_labels(
            self._navigation_labels(), {key: shortcut.key() for key, shortcut in self.shortcuts.items()}
        )
        self.my_pin_button.setText(self.tr("Change my PIN"))
        self.my_pin_button.setToolTip(self.tr("Change the PIN you log in with"))
        self.switch_button.setText(self.tr("Switch user (F11)"))
        self.switch_button.setToolTip(
            self.tr("Another cashier logs in, without closing the app (F11 or Ctrl+L)")
        )
        self.logout_button.setText(self.tr("Log out"))
        self.logout_button.setToolTip(self.tr("Lock the counter until someone logs in"))
        self.locked_label.setText(self.tr("Nobody is logged in at this counter."))
        self.login_button.setText(self.tr("Log in"))
        self._show_user()
        self.status_line.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- pages ------------------------------------------------------------------------------------

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.pages.currentIndex()]

    def show_page(self, key: str) -> None:
        """Show the screen ``key`` (one of ``ui.app.pages.PAGE_KEYS``) and select it in the navigation;
        a screen hidden from the user logged in stays hidden."""
        if key not in PAGE_KEYS:
            raise ValueError(f"unknown page key {key!r}; expected one of {', '.join(PAGE_KEYS)}")
        if self.may_open(key):
            self.navigation.setCurrentRow(PAGE_KEYS.index(key))

    def may_open(self, key: str) -> bool:
        """Whether the navigation offers the screen ``key`` to whoever is logged in."""
        if self.session is None:
            return True
        actor = self.session.actor
        return actor is not None and may_open(actor, key)

    def visible_pages(self) -> list[str]:
        return [key for key in PAGE_KEYS if not self.navigation.item(PAGE_KEYS.index(key)).isHidden()]

    def page(self, key: str) -> QWidget:
        if key not in PAGE_KEYS:
            raise ValueError(f"unknown page key {key!r}; expected one of {', '.join(PAGE_KEYS)}")
        widget = self.pages.widget(PAGE_KEYS.index(key))
        assert widget is not None  # one page per key, added in __init__
        return widget

    # -- who is logged in -------------------------------------------------------------------------

    def actor(self) -> Actor | None:
        return self.session.actor if self.session is not None else None

    def _apply_actor(self) -> None:
        """Show the screens the user may use (or the locked panel) and who they are."""
        locked = self.session is not None and self.session.actor is None
        self.screens.setCurrentWidget(self.locked_panel if locked else self.body)
        for position, key in enumerate(PAGE_KEYS):
            allowed = self.may_open(key)
            self.navigation.item(position).setHidden(not allowed)
            self.shortcuts[key].setEnabled(allowed)
        visible = self.visible_pages()
        if visible and self.current_page_key() not in visible:
            self.navigation.setCurrentRow(PAGE_KEYS.index(visible[0]))
        actor = self.actor()
        self.user_label.setVisible(self.session is not None)
        for button in (self.my_pin_button, self.switch_button, self.logout_button):
            button.setVisible(actor is not None)  # nobody logged in: the login button in the middle
        self.my_pin_button.setEnabled(actor is not None and actor.user_id is not None)
        for shortcut in self.switch_shortcuts:
            shortcut.setEnabled(self.session is not None)
        self._show_user()

    def _show_user(self) -> None:
        actor = self.actor()
        if actor is None:
            self.user_label.setText(self.tr("Not logged in"))
        else:
            self.user_label.setText(who(actor, screen_language()))

    def _session_changed(self, _actor: object) -> None:
        """Another user (or nobody): the screens are built again for them, from the first one."""
        for index in reversed(range(self.pages.count())):
            old = self.pages.widget(index)
            if old is not None:
                self.pages.removeWidget(old)
                old.deleteLater()
        for key in PAGE_KEYS:
            self.pages.addWidget(build_page(key, self.context))
        visible = [key for key in PAGE_KEYS if self.may_open(key)]
        self.navigation.setCurrentRow(PAGE_KEYS.index(visible[0]) if visible else 0)
        self.pages.setCurrentIndex(self.navigation.currentRow())
        self._apply_actor()

    @property
    def dialog(self) -> QDialog | None:
        """The login, first-administrator or PIN dialog open over the window now."""
        return self.login_flow.dialog if self.login_flow is not None else None

    def start_session(self) -> None:
        """At the start: the first administrator of a new shop, else a login."""
        if self.login_flow is not None:
            self.login_flow.start()

    def open_login(self) -> None:
        if self.login_flow is not None:
            self.login_flow.open_login()

    def switch_user(self) -> None:
        """Another cashier takes the counter, without closing the app (F11 or Ctrl+L)."""
        self.open_login()

    def log_out(self) -> None:
        """Lock the counter until someone logs in again."""
        if self.login_flow is not None:
            self.login_flow.log_out()

    def change_my_pin(self) -> None:
        if self.login_flow is not None:
            self.login_flow.change_my_pin()

    # -- what changed -----------------------------------------------------------------------------

    def _changes_made(self, changed: Changed) -> None:
        """An operation changed the books: each screen that listens refreshes what it shows."""
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            for listener in listeners(page) if page is not None else []:
                try:
                    listener.changes_made(changed)
                except Exception:  # one screen's bug does not keep the news from the others
                    log.exception("%s failed to take in a change", type(listener).__name__)

    # -- status bar -------------------------------------------------------------------------------

    def set_printer_state(self, text: str, ok: bool | None) -> None:
        """Show the receipt printer's state: ok=True green, False red, None grey (unknown)."""
        self.status_line.set_printer_state(text, ok)

    def set_scanner_state(self, text: str, ok: bool | None) -> None:
        """Show the barcode scanner's state: ok=True green, False red, None grey (unknown)."""
        self.status_line.set_scanner_state(text, ok)

    def set_database_label(self, text: str) -> None:
        """Name the database in use (a file path or a server), shown after "Database:"."""
        self.status_line.set_database_label(text)

    def _device_trouble(self, text: str) -> None:
        """A receipt that could not be queued, a drawer that did not open: said in passing."""
        self.statusBar().showMessage(text, NEWS_MS)
