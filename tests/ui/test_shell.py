"""The shell as the cashier meets it: the shop's name, six screens, device status, two languages."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pos.errors import ConfigError, CoopError
from tests.ui.conftest import SHOP_NAME
from ui.app import shell
from ui.app.main_window import STATE_COLOURS, MainWindow
from ui.app.pages import PAGE_KEYS
from ui.app.shell import CHINESE_FONT_FAMILIES, create_application, run_gui
from ui.kit.language import current_language, set_language

NAV_ZH = ["收银台", "商品", "主理人", "库存", "结算", "设置"]
NAV_EN = ["Checkout", "Goods", "Hosts", "Stock", "Settlement", "Settings"]


def nav_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def show_and_activate(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# -- the application ------------------------------------------------------------------------------


def test_the_application_is_named_for_the_shop(app: QApplication) -> None:
    assert app.applicationName() == "coop-pos"
    assert app.organizationName() == "来!合作社"
    assert current_language(app) == "zh_CN"


def test_create_application_reuses_the_running_application(app: QApplication) -> None:
    assert create_application(["coop-pos"], language="en") is app
    assert current_language(app) == "en"


def test_a_font_that_draws_chinese_is_chosen_when_one_is_installed(app: QApplication) -> None:
    installed = [f for f in CHINESE_FONT_FAMILIES if f in QFontDatabase.families()]
    if not installed:
        pytest.skip("no Chinese font installed on this machine")
    assert app.font().family() == installed[0]


def test_switching_language_replaces_the_translators_instead_of_stacking_them(app: QApplication) -> None:
    assert QCoreApplication.translate("MainWindow", "Checkout") == "收银台"
    set_language(app, "en")
    assert QCoreApplication.translate("MainWindow", "Checkout") == "Checkout"
    set_language(app, "zh_CN")
    set_language(app, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "Checkout") == "收银台"
    assert len(app._coop_pos_translators) <= 2  # type: ignore[attr-defined]  # ours + Qt's qtbase


def test_qt_own_buttons_are_chinese_too(app: QApplication) -> None:
    if len(app._coop_pos_translators) < 2:  # type: ignore[attr-defined]
        pytest.skip("Qt's qtbase_zh_CN.qm is not shipped with this Qt")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_an_unknown_language_is_refused_in_words_the_shop_reads(app: QApplication) -> None:
    with pytest.raises(ConfigError) as refused:
        set_language(app, "fr")
    assert "不支持的界面语言" in refused.value.zh
    assert "zh_CN" in refused.value.en


# -- the window -----------------------------------------------------------------------------------


def test_the_shop_name_is_in_the_title_and_the_header(window: MainWindow) -> None:
    assert window.windowTitle() == f"{SHOP_NAME} — coop-pos"
    assert window.shop_name_label.text() == SHOP_NAME
    assert window.shop_name_label.font().pointSizeF() > window.font().pointSizeF() * 1.5


def test_the_window_fits_a_1366_by_768_counter_screen(window: MainWindow) -> None:
    assert (window.width(), window.height()) == (1280, 760)
    assert window.minimumWidth() <= 1366 and window.minimumHeight() <= 768


def test_in_chinese_the_navigation_lists_the_six_screens(window: MainWindow) -> None:
    assert nav_texts(window) == NAV_ZH
    assert window.page("settlement").title() == "结算"  # type: ignore[attr-defined]


def test_in_english_the_navigation_lists_the_six_screens(app: QApplication, qtbot: QtBot) -> None:
    set_language(app, "en")
    window = MainWindow(shop_name=SHOP_NAME)
    qtbot.addWidget(window)
    assert nav_texts(window) == NAV_EN
    assert window.printer_status.text() == "Printer: not configured"
    assert window.scanner_status.text() == "Scanner: not configured"


def test_an_open_window_follows_a_language_change(app: QApplication, window: MainWindow) -> None:
    window.set_printer_state("Printer: ready", True)
    set_language(app, "en")
    assert nav_texts(window) == NAV_EN
    assert window.page("checkout").title() == "Checkout"  # type: ignore[attr-defined]
    assert window.scanner_status.text() == "Scanner: not configured"  # a default text follows the language
    assert window.printer_status.text() == "Printer: ready"  # a caller's text is kept as given
    set_language(app, "zh_CN")
    assert nav_texts(window) == NAV_ZH
    assert window.scanner_status.text() == "扫码枪：未配置"


def test_the_checkout_opens_first(window: MainWindow) -> None:
    assert window.current_page_key() == "checkout"
    assert window.navigation.currentRow() == 0
    assert [window.pages.widget(i).key for i in range(window.pages.count())] == list(PAGE_KEYS)  # type: ignore[attr-defined]


def test_the_arrow_keys_walk_through_the_screens(qtbot: QtBot, window: MainWindow) -> None:
    show_and_activate(qtbot, window)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page_key() == "goods"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page_key() == "hosts"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_page_key() == "goods"
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_page_key() == "settings"
    assert window.pages.currentWidget() is window.page("settings")


def test_ctrl_and_a_digit_jump_to_a_screen_from_anywhere_in_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_and_activate(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settlement"
    assert window.navigation.currentRow() == 4
    page = window.pages.currentWidget()
    qtbot.keyClick(page, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "stock"
    qtbot.keyClick(window.page("stock"), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "checkout"


def test_the_navigation_shows_each_shortcut(window: MainWindow) -> None:
    tooltips = [window.navigation.item(row).toolTip() for row in range(window.navigation.count())]
    assert tooltips[0] == "收银台 (Ctrl+1)"
    assert tooltips[5] == "设置 (Ctrl+6)"


def test_touching_a_screen_name_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    show_and_activate(qtbot, window)
    rect = window.navigation.visualItemRect(window.navigation.item(2))
    assert rect.height() >= 48  # big enough for a finger
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "hosts"


def test_show_page_selects_the_screen_in_the_navigation(window: MainWindow) -> None:
    window.show_page("stock")
    assert window.current_page_key() == "stock"
    assert window.navigation.currentItem().text() == "库存"
    with pytest.raises(ValueError):
        window.show_page("reports")


# -- the status bar -------------------------------------------------------------------------------


def colour_of(label: QWidget) -> str:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_devices_start_not_configured_in_grey(window: MainWindow) -> None:
    assert window.printer_status.text() == "打印机：未配置"
    assert window.scanner_status.text() == "扫码枪：未配置"
    for label in (window.printer_status, window.scanner_status):
        assert label.property("state") == "unknown"
        assert colour_of(label) == STATE_COLOURS["unknown"]
    assert window.database_status.text() == "数据库：/srv/coop-pos/xinhua.sqlite3"


def test_a_ready_printer_is_green_and_an_offline_scanner_red(window: MainWindow) -> None:
    window.set_printer_state("打印机：就绪", True)
    window.set_scanner_state("扫码枪：未连接", False)
    assert window.printer_status.text() == "打印机：就绪"
    assert window.printer_status.property("state") == "ok"
    assert colour_of(window.printer_status) == STATE_COLOURS["ok"]
    assert window.scanner_status.text() == "扫码枪：未连接"
    assert window.scanner_status.property("state") == "error"
    assert colour_of(window.scanner_status) == STATE_COLOURS["error"]
    window.set_scanner_state("扫码枪：检测中", None)
    assert window.scanner_status.property("state") == "unknown"
    assert colour_of(window.scanner_status) == STATE_COLOURS["unknown"]


def test_the_database_label_names_the_database_in_use(window: MainWindow) -> None:
    window.set_database_label("postgresql://coop@db.xinhua.lan/coop")
    assert window.database_status.text() == "数据库：postgresql://coop@db.xinhua.lan/coop"
    window.set_database_label("")
    assert window.database_status.text() == "数据库：未设置"


def test_a_very_long_database_path_is_shortened_but_kept_in_the_tooltip(window: MainWindow) -> None:
    path = "/home/coop/" + "very-long-folder-name/" * 20 + "coop.sqlite3"
    window.set_database_label(path)
    assert window.database_status.text() != f"数据库：{path}"
    assert window.database_status.text().endswith("coop.sqlite3")
    assert window.database_status.toolTip() == f"数据库：{path}"


# -- run_gui --------------------------------------------------------------------------------------


class CriticalBoxes:
    """Stands in for QMessageBox.critical: records what would have been shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(
        self, parent: Any, title: str, text: str, *args: Any, **kwargs: Any
    ) -> QMessageBox.StandardButton:
        self.shown.append((title, text))
        return QMessageBox.StandardButton.Ok


SCHEMA_OUT_OF_DATE = CoopError(
    "数据库结构版本过旧，请先运行 coop-pos init 升级数据库。",
    "The database schema is out of date; run coop-pos init to upgrade it first.",
)


def open_main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("zh_CN", "coop-pos 无法启动", SCHEMA_OUT_OF_DATE.zh),
        ("en", "coop-pos cannot start", SCHEMA_OUT_OF_DATE.en),
    ],
)
def test_an_out_of_date_database_is_explained_and_the_window_never_opens(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, language: str, title: str, text: str
) -> None:
    boxes = CriticalBoxes()
    monkeypatch.setattr(QMessageBox, "critical", boxes)
    monkeypatch.setattr(QApplication, "exec", lambda *args: pytest.fail("the event loop must not start"))
    before = open_main_windows()

    status = run_gui(shop_name=SHOP_NAME, language=language, schema_problem=SCHEMA_OUT_OF_DATE)

    assert status == 1
    assert boxes.shown == [(title, text)]
    assert open_main_windows() == before


def test_run_gui_opens_the_main_window_and_returns_the_event_loop_status(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[MainWindow] = []

    def fake_exec(*args: Any) -> int:
        seen.extend(open_main_windows())
        for window in seen:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail("no error to show"))

    status = run_gui(shop_name=SHOP_NAME, language="zh_CN", database_label="xinhua.sqlite3")

    assert status == 0
    assert len(seen) == 1
    assert seen[0].windowTitle() == f"{SHOP_NAME} — coop-pos"
    assert seen[0].database_status.text() == "数据库：xinhua.sqlite3"


def test_run_gui_is_the_shell_module_entry_point() -> None:
    assert shell.run_gui is run_gui


def test_a_long_day_of_screen_updates_does_not_eat_references_to_none(window: MainWindow) -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call, and the app
    # aborts ("none_dealloc") after a few thousand label updates; pyproject.toml pins it out.
    before = sys.getrefcount(None)
    for count in range(2_000):
        window.set_printer_state(f"打印机：已打印 {count} 张", True)
    assert sys.getrefcount(None) - before > -100
    assert window.printer_status.text() == "打印机：已打印 1999 张"
