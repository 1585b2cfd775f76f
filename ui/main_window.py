"""The main window: the shop's name, a navigation to each screen, the screens, and device status."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.pages import PAGE_KEYS, build_page

# Item data roles of the navigation list.
PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1

# Status colours: ok, failing, not known / not configured.
STATE_COLOURS: dict[str, str] = {"ok": "#1b7f3b", "error": "#c62828", "unknown": "#6b6b6b"}

ACCENT = "#2f6f4e"
NAV_ITEM_HEIGHT = 56  # px: a comfortable finger target on a counter touch screen
DATABASE_LABEL_MAX_WIDTH = 480  # px: long paths are elided in the middle; the tooltip has all of it


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

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.header)
        central_layout.addWidget(body, 1)
        self.setCentralWidget(central)

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

        self.setStyleSheet(
            f"""
            QFrame#header {{ background: {ACCENT}; }}
            QFrame#header QLabel {{ color: white; }}
            QListWidget#navigation {{ background: palette(window); outline: none; }}
            QListWidget#navigation::item {{ padding-left: 18px; border: none; }}
            QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
            QListWidget#navigation::item:hover:!selected {{ background: palette(midlight); }}
            """
        )

        self.retranslate()
        self.navigation.setCurrentRow(0)
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

        product = QLabel("coop-pos")
        product.setObjectName("productName")
        layout.addWidget(product, 0, Qt.AlignmentFlag.AlignBottom)
        return header

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
        """Show the screen ``key`` (one of ``ui.pages.PAGE_KEYS``) and select it in the navigation."""
        if key not in PAGE_KEYS:
            raise ValueError(f"unknown page key {key!r}; expected one of {', '.join(PAGE_KEYS)}")
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))

    def page(self, key: str) -> QWidget:
        if key not in PAGE_KEYS:
            raise ValueError(f"unknown page key {key!r}; expected one of {', '.join(PAGE_KEYS)}")
        widget = self.pages.widget(PAGE_KEYS.index(key))
        assert widget is not None  # one page per key, added in __init__
        return widget

    # -- status bar -------------------------------------------------------------------------------

    def set_printer_state(self, text: str, ok: bool | None) -> None:
        """Show the receipt printer's state: ok=True green, False red, None grey (unknown)."""
        self._printer_text, self._printer_ok = text, ok
        self._show_printer()

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
