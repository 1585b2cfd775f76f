"""The screens behind the navigation: the staff screens built so far, and placeholders for the rest.

A placeholder shows a title and the part of the shop the screen will serve. The goods and hosts
screens need a shop (an ``AppContext``); without one they stay placeholders too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from pos.users import Actor, Permission
from ui.kit.changes import ChangeListener
from ui.kit.context import AppContext

# Each screen's module is imported when the screen is first built: a cashier's counter starts
# without loading the goods, people, stock, settlement and settings screens it never shows.

# The screens, in navigation order. Keys are stable identifiers for code and tests, never shown.
PAGE_KEYS: tuple[str, ...] = ("checkout", "goods", "hosts", "stock", "settlement", "settings")

# Who sees which screen: any one of these permissions. The services refuse what a role may not
# do whatever the screens show; hiding a screen only spares a user what they cannot use.
PAGE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "checkout": (Permission.SELL,),
    "goods": (Permission.EDIT_CATALOG, Permission.OWN_HOST),  # a host sees its own goods
    "hosts": (Permission.EDIT_CATALOG,),
    "stock": (Permission.RECEIVE_STOCK, Permission.COUNT_STOCK),
    "settlement": (Permission.SETTLE, Permission.OWN_HOST),  # a host, its own statements
    "settings": (Permission.MANAGE_USERS, Permission.AUDIT),
}


def may_open(actor: Actor | None, key: str) -> bool:
    """Whether ``actor`` sees the screen ``key`` (None: a window without a login sees them all)."""
    return actor is None or any(actor.may(permission) for permission in PAGE_PERMISSIONS[key])


def listeners(page: QWidget) -> list[ChangeListener]:
    """The screen ``page`` and, for a screen of tabs, each of its tabs: those that refresh when an
    operation changed the books (:mod:`ui.kit.changes`)."""
    widgets = [page]
    if isinstance(page, QTabWidget):
        widgets += [w for w in (page.widget(i) for i in range(page.count())) if w is not None]
    return [w for w in widgets if isinstance(w, ChangeListener)]


def placeholder_texts() -> dict[str, tuple[str, str]]:
    """Title and one-line purpose of each screen, in the current language.

    Every call is written out literally so that ``pyside6-lupdate`` can find it.
    """
    return {
        "checkout": (
            QCoreApplication.translate("PlaceholderPage", "Checkout"),
            QCoreApplication.translate(
                "PlaceholderPage", "The counter: scan goods, take payment and print the receipt."
            ),
        ),
        "goods": (
            QCoreApplication.translate("PlaceholderPage", "Goods"),
            QCoreApplication.translate(
                "PlaceholderPage",
                "The goods on sale, with each product's story and published cost breakdown.",
            ),
        ),
        "hosts": (
            QCoreApplication.translate("PlaceholderPage", "Hosts"),
            QCoreApplication.translate(
                "PlaceholderPage", "Hosts, producers and recommenders, and the terms they sell on."
            ),
        ),
        "stock": (
            QCoreApplication.translate("PlaceholderPage", "Stock"),
            QCoreApplication.translate("PlaceholderPage", "Receiving consignment goods and stock counts."),
        ),
        "settlement": (
            QCoreApplication.translate("PlaceholderPage", "Settlement"),
            QCoreApplication.translate(
                "PlaceholderPage", "Settlement statements: what sold, what the co-op kept, what is paid out."
            ),
        ),
        "settings": (
            QCoreApplication.translate("PlaceholderPage", "Settings"),
            QCoreApplication.translate(
                "PlaceholderPage", "The shop, the receipt printer, the scanner and the database."
            ),
        ),
    }


class PlaceholderPage(QWidget):
    """A screen that is not built yet: says what it will be for."""

    def __init__(self, key: str, parent: QWidget | None = None, *, extra: QWidget | None = None) -> None:
        super().__init__(parent)
        if key not in PAGE_KEYS:
            raise ValueError(f"unknown page key {key!r}")
        self.key = key
        self.setObjectName(f"page_{key}")

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title_label.setFont(title_font)

        self.purpose_label = QLabel()
        self.purpose_label.setObjectName("pagePurpose")
        self.purpose_label.setWordWrap(True)
        purpose_font = QFont(self.font())
        purpose_font.setPointSizeF(purpose_font.pointSizeF() * 1.2)
        self.purpose_label.setFont(purpose_font)

        self.status_label = QLabel()
        self.status_label.setObjectName("pageStatus")
        self.status_label.setStyleSheet("color: #6b6b6b;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.purpose_label)
        layout.addWidget(self.status_label)
        # a working part of a screen not built yet (the checkout's 班次 area)
        self.extra = extra
        if extra is not None:
            layout.addWidget(extra)
        layout.addStretch(1)
        for label in (self.title_label, self.purpose_label, self.status_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.retranslate()

    def title(self) -> str:
        return self.title_label.text()

    def retranslate(self) -> None:
        title, purpose = placeholder_texts()[self.key]
        self.title_label.setText(title)
        self.purpose_label.setText(purpose)
        self.status_label.setText(
            QCoreApplication.translate("PlaceholderPage", "This screen is being built.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class GoodsTabs(QTabWidget):
    """The goods screen: 商品 (the goods list) and 标签 (the tags)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_goods")
        self.setDocumentMode(True)
        from ui.goods.goods_page import GoodsPage
        from ui.goods.tags_page import TagsPage

        self.goods = GoodsPage(ctx)
        self.tags = TagsPage(ctx)
        self.addTab(self.goods, "")
        self.addTab(self.tags, "")
        actor = ctx.actor
        self.setTabVisible(1, actor is None or actor.may(Permission.EDIT_CATALOG))  # not for a host
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("&Goods"))
        self.setTabText(1, self.tr("&Tags"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PeopleTabs(QTabWidget):
    """The hosts screen: 主理人 (hosts and producers) and 推介官 (recommenders)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_hosts")
        self.setDocumentMode(True)
        from ui.people.people_page import HostList, RecommenderList

        self.hosts = HostList(ctx)
        self.recommenders = RecommenderList(ctx)
        self.addTab(self.hosts, "")
        self.addTab(self.recommenders, "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("&Hosts"))
        self.setTabText(1, self.tr("R&ecommenders"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SettingsTabs(QTabWidget):
    """The settings screen: 用户 (the users, for an administrator) and 操作记录 (the audit log, for
    managers and administrators); ``users`` or ``audit`` is None for a user who may not see it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.setDocumentMode(True)
        actor = ctx.actor
        from ui.audit.audit_page import AuditPage
        from ui.settings.devices_page import DevicesPage
        from ui.users.users_page import UsersPage

        self.users = UsersPage(ctx) if actor is None or actor.may(Permission.MANAGE_USERS) else None
        self.audit = AuditPage(ctx) if actor is None or actor.may(Permission.AUDIT) else None
        # 设备: the printer, drawer and pole display, for managers and administrators
        may_devices = actor is None or actor.may(Permission.OPEN_DRAWER) or actor.may(Permission.MANAGE_USERS)
        self.devices = DevicesPage(ctx) if may_devices else None
        for page in (self.users, self.audit, self.devices):
            if page is not None:
                self.addTab(page, "")
        self.retranslate()

    def retranslate(self) -> None:
        if self.users is not None:
            self.setTabText(self.indexOf(self.users), self.tr("&Users"))
        if self.audit is not None:
            self.setTabText(self.indexOf(self.audit), self.tr("&Audit log"))
        if self.devices is not None:
            self.setTabText(self.indexOf(self.devices), self.tr("&Devices"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def build_page(key: str, ctx: AppContext | None) -> QWidget:
    """The screen for ``key``: a working one when there is a shop to work on and the user logged
    in may see it, else its placeholder (which reads nothing)."""
    if ctx is None:
        return PlaceholderPage(key)
    if ctx.session is not None and (ctx.session.actor is None or not may_open(ctx.session.actor, key)):
        return PlaceholderPage(key)
    if key == "checkout":
        from ui.checkout.checkout_page import CheckoutPage

        return CheckoutPage(ctx)
    if key == "goods":
        return GoodsTabs(ctx)
    if key == "hosts":
        return PeopleTabs(ctx)
    if key == "stock":
        from ui.stock.stock_page import StockTabs

        return StockTabs(ctx)
    if key == "settings":
        return SettingsTabs(ctx)
    if key == "settlement":
        from ui.settlement.settlement_page import SettlementPage

        return SettlementPage(ctx)
    return PlaceholderPage(key)
