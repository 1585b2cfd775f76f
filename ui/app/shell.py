"""Starting the GUI: the QApplication, its language and font, and the main window.

The shop's language is Chinese (``zh_CN``); English (``en``) is the source language of every
string on screen, so an English UI needs no translation of its own but still loads the ``en``
catalogue, which the build keeps complete.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from pos.errors import CoopError
from ui.app.main_window import MainWindow
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.language import DEFAULT_LANGUAGE, check_language, set_language

log = logging.getLogger(__name__)

APPLICATION_NAME = "coop-pos"
ORGANIZATION_NAME = "来!合作社"

# Fonts with good Simplified Chinese coverage, in order of preference (Linux, Linux, Windows, macOS).
CHINESE_FONT_FAMILIES: tuple[str, ...] = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
)

MINIMUM_POINT_SIZE = 11.0


def create_application(argv: list[str], *, language: str = DEFAULT_LANGUAGE) -> QApplication:
    """Create the QApplication (or reuse the one that exists), in ``language``, with a font for Chinese."""
    check_language(language)
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(argv)
    elif isinstance(existing, QApplication):
        app = existing
    else:  # a QCoreApplication / QGuiApplication made by someone else cannot show widgets
        raise RuntimeError(f"a {type(existing).__name__} already exists; coop-pos needs a QApplication")
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    _use_readable_font(app)
    set_language(app, language)
    return app


def run_gui(
    *,
    shop_name: str,
    language: str,
    schema_problem: CoopError | None = None,
    database_label: str = "",
    argv: list[str] | None = None,
    context: AppContext | None = None,
) -> int:
    """Open the main window and run until it closes; the exit status is the return value.

    ``context`` gives the staff screens the shop's database and documents (built by
    ``ui.wiring.context.app_context``); without it those screens are placeholders. With it, nothing is usable
    before a login: a new shop first asks for its administrator, then the login dialog opens
    over the window.

    With ``schema_problem`` (the database needs ``coop-pos init`` or an upgrade), say so in a
    message box and return 1 without opening the window: the shop must not sell against a
    database the code does not understand.
    """
    app = create_application(argv if argv is not None else sys.argv[:1], language=language)
    if schema_problem is not None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Shell", "coop-pos cannot start"),
            schema_problem.message(language),
        )
        return 1
    if context is not None and context.session is None:
        raise ValueError(
            "the counter app needs a session: build the context with ui.wiring.context.app_context"
        )
    window = open_window(shop_name=shop_name, database_label=database_label, context=context)
    scanner = context.serial_scanner if context is not None else None
    if scanner is not None:  # read off the GUI thread; its state in the status bar
        scanner.state_changed.connect(window.set_scanner_state)
        scanner.start()
    status = app.exec()
    if scanner is not None:
        scanner.stop()
    ops.shutdown()  # let a save still running finish before the database is closed
    stop = getattr(context.devices if context is not None else None, "stop", None)
    if callable(stop):  # the receipts still waiting print at the next start
        stop()
    return status


def open_window(*, shop_name: str, database_label: str = "", context: AppContext | None = None) -> MainWindow:
    """The main window on screen, asking for the first administrator or a login; once that is on
    screen, the start is over (``started``)."""
    window = MainWindow(shop_name=shop_name, database_label=database_label, context=context)
    window.showMaximized()  # the counter app owns the screen
    window.start_session()  # the first administrator, or a login, before anything else
    when_login_shows(window, lambda: started(context))
    return window


LOGIN_POLL_MS = 20  # how often to look whether the login is on screen yet
LOGIN_DRAWN_MS = 100  # then this long for it to be drawn, before the GUI thread is taken again
LOGIN_WAIT_MS = 3000  # no login on screen after this long (a slow database): go on anyway


def when_login_shows(window: MainWindow, then: Callable[[], object]) -> None:
    """``then()`` once the login (or first-administrator) dialog is on screen, or after
    ``LOGIN_WAIT_MS`` without one. The dialog opens on the GUI thread when the check for a first
    administrator returns: work begun there before it holds the dialog back by as long as it takes."""
    waited = 0

    def check() -> None:
        nonlocal waited
        dialog = window.dialog
        if (dialog is not None and dialog.isVisible()) or waited >= LOGIN_WAIT_MS:
            QTimer.singleShot(LOGIN_DRAWN_MS, then)
            return
        waited += LOGIN_POLL_MS
        QTimer.singleShot(LOGIN_POLL_MS, check)

    QTimer.singleShot(0, check)


def started(context: AppContext | None) -> None:
    """The start is over, the login on screen. ``ui.cli.main`` turned the cyclic garbage collector
    off while the modules loaded (it walked the growing heap some 200 times, about a fifth of the
    start): it is on again, and what the start built, which lives as long as the app, is set aside
    for good (``gc.freeze``), so no later collection walks it in the middle of a sale. Then the
    counter screen is warmed up while the PIN is typed."""
    gc.freeze()
    gc.enable()
    if context is not None:
        warm_up(context)


def warm_up(context: AppContext) -> None:
    """Load what the checkout needs first (its module, the cart and product queries compiled)
    while the cashier types their PIN, so the counter is ready to scan right after it."""
    from ui.checkout.checkout_page import warm_up as warm_checkout

    try:
        warm_checkout(context)
    except Exception:  # a warm-up never stops the app: the real work reports its own errors
        log.debug("warm-up failed", exc_info=True)


def _use_readable_font(app: QApplication) -> None:
    """A font that draws Chinese well, at least ``MINIMUM_POINT_SIZE`` (read at arm's length at the counter).

    The family is left to the platform when none of ``CHINESE_FONT_FAMILIES`` is installed.
    """
    font = QFont(app.font())
    families = set(QFontDatabase.families())
    chosen = next((family for family in CHINESE_FONT_FAMILIES if family in families), None)
    if chosen is None:
        log.info("none of %s is installed; using the default font", ", ".join(CHINESE_FONT_FAMILIES))
    else:
        font.setFamilies([chosen])
    if 0 < font.pointSizeF() < MINIMUM_POINT_SIZE:
        font.setPointSizeF(MINIMUM_POINT_SIZE)
    app.setFont(font)
