"""The main window: the shop's name, who is logged in, a navigation to each screen, the screens,
and device status.

With a shop (``AppContext`` with a ``Session``) nothing is shown until someone logs in: the first
start asks for the administrator, then the login dialog opens over a locked window. The screens
a role may not use are hidden (the services refuse them anyway), and every login builds the
screens afresh, so nothing of the user before stays on screen. Switch user (F11 or Ctrl+L) opens
the login dialog over the window; Log out locks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from pos.users import Actor
from ui.app.pages import PAGE_KEYS, build_page, may_open
from ui.kit.context import AppContext
from ui.kit.devices import CounterDevicesQt
from ui.kit.language import screen_language
from ui.kit.session import who
from ui.login.login_flow import LoginFlow

# Item data roles of the navigation list.
PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1

# Status colours: ok, failing, not known / not configured.
STATE_COLOURS: dict[str, str] = {"ok": "#1b7f3b", "error": "#c62828", "unknown": "#6b6b6b"}

ACCENT = "#2f6f4e"
NAV_ITEM_HEIGHT = 56  # px: a comfortable finger target on a counter touch screen
DATABASE_LABEL_MAX_WIDTH = 480  # px: long paths are elided in the middle; the tooltip has all of it
NEWS_MS = 8000  # how long a passing message stays in the status bar
SWITCH_USER_KEYS = ("F11", "Ctrl+L")  # F11: one key at the counter; Ctrl+L: "lock", as elsewhere


def _state_name(ok: bool | None) -> str:
    if ok is None:
        return "unknown"
    return "ok" if ok else "error"


def _shortcut_for(position: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+6, like tabs in a browser.

    Function keys stay free for the checkout screen (pay, void, look up), where a POS
    cashier expects them; a keyboard-wedge scanner never sends Ctrl, so it cannot jump screens.
    """
    return QKeySequence(f"Ctrl+{position + 1}")


class _NavigationDelegate(QStyledItemDelegate):
    """Draws each entry tall enough to touch, with its keyboard shortcut at the right edge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), NAV_ITEM_HEIGHT))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        hint = index.data(SHORTCUT_ROLE)
        if not hint:
            return
        painter.save()
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.62)
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(0, 0, -12, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(hint))
        painter.restore()


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

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setItemDelegate(_NavigationDelegate(self.navigation))
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        nav_font = QFont(self.navigation.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.45)
        self.navigation.setFont(nav_font)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.shortcuts: dict[str, QShortcut] = {}
        for position, key in enumerate(PAGE_KEYS):
            item = QListWidgetItem()
            item.setData(PAGE_KEY_ROLE, key)
            self.navigation.addItem(item)
            self.pages.addWidget(build_page(key, context))
            shortcut = QShortcut(_shortcut_for(position), self)
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

        self.printer_status = QLabel()
        self.printer_status.setObjectName("printerStatus")
        self.scanner_status = QLabel()
        self.scanner_status.setObjectName("scannerStatus")
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        for label in (self.printer_status, self.scanner_status, self.database_status):
            label.setContentsMargins(10, 2, 10, 2)
            self.statusBar().addPermanentWidget(label)
        self.statusBar().setSizeGripEnabled(True)

        # None means "still the default text", which follows the language; a caller's text is kept as given.
        self._printer_text: str | None = None
        self._printer_ok: bool | None = None
        self._scanner_text: str | None = None
        self._scanner_ok: bool | None = None
        self._database_label = database_label
        # the printer's state from the print queue, and what could not be printed, as they happen
        devices = context.devices if context is not None else None
        self._devices = devices if isinstance(devices, CounterDevicesQt) else None
        if self._devices is not None:
            self._devices.printer_state_changed.connect(self.set_printer_state)
            self._devices.trouble.connect(self._device_trouble)

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
        labels = self._navigation_labels()
        for position, key in enumerate(PAGE_KEYS):
            item = self.navigation.item(position)
            shortcut_text = self.shortcuts[key].key().toString(QKeySequence.SequenceFormat.NativeText)
            item.setText(labels[key])
            item.setData(SHORTCUT_ROLE, shortcut_text)
            item.setToolTip(f"{labels[key]} ({shortcut_text})")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, shortcut_text)
        self._fit_navigation_width(labels.values())
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
        if self._devices is not None:  # the printer's state in the new language
            self._printer_text, self._printer_ok = self._devices.printer_state()
        self._show_printer()
        self._show_scanner()
        self._show_database()

    def _fit_navigation_width(self, labels: Iterable[str]) -> None:
        metrics = QFontMetrics(self.navigation.font())
        hint_font = QFont(self.navigation.font())
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.62)
        hint_metrics = QFontMetrics(hint_font)
        widest_label = max(metrics.horizontalAdvance(text) for text in labels)
        widest_hint = max(
            hint_metrics.horizontalAdvance(s.key().toString(QKeySequence.SequenceFormat.NativeText))
            for s in self.shortcuts.values()
        )
        # left padding + label + gap + hint + right margin
        self.navigation.setFixedWidth(max(200, 18 + widest_label + 28 + widest_hint + 16))

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

    # -- status bar -------------------------------------------------------------------------------

    def set_printer_state(self, text: str, ok: bool | None) -> None:
        """Show the receipt printer's state: ok=True green, False red, None grey (unknown)."""
        self._printer_text, self._printer_ok = text, ok
        self._show_printer()

    def _device_trouble(self, text: str) -> None:
        """A receipt that could not be queued, a drawer that did not open: said in passing."""
        self.statusBar().showMessage(text, NEWS_MS)

    def set_scanner_state(self, text: str, ok: bool | None) -> None:
        """Show the barcode scanner's state: ok=True green, False red, None grey (unknown)."""
        self._scanner_text, self._scanner_ok = text, ok
        self._show_scanner()

    def set_database_label(self, text: str) -> None:
        """Name the database in use (a file path or a server), shown after "Database:"."""
        self._database_label = text
        self._show_database()

    def _show_printer(self) -> None:
        text = self._printer_text if self._printer_text is not None else self.tr("Printer: not configured")
        _show_state(self.printer_status, text, self._printer_ok)

    def _show_scanner(self) -> None:
        text = self._scanner_text if self._scanner_text is not None else self.tr("Scanner: not configured")
        _show_state(self.scanner_status, text, self._scanner_ok)

    def _show_database(self) -> None:
        if self._database_label:
            text = self.tr("Database: %1").replace("%1", self._database_label)
        else:
            text = self.tr("Database: not set")
        metrics = QFontMetrics(self.database_status.font())
        self.database_status.setText(
            metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, DATABASE_LABEL_MAX_WIDTH)
        )
        self.database_status.setToolTip(text)


def _show_state(label: QLabel, text: str, ok: bool | None) -> None:
    state = _state_name(ok)
    label.setText(text)
    label.setProperty("state", state)
    label.setStyleSheet(f"QLabel {{ color: {STATE_COLOURS[state]}; }}")
