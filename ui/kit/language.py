"""The screen language: Qt's translation catalogues for ``zh_CN`` and ``en``, switched at run time.

The shop's language is Chinese (``zh_CN``); English (``en``) is the source language of every
string on screen, so an English UI needs no translation of its own but still loads the ``en``
catalogue, which the build keeps complete (``scripts/build_translations.py``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from pos.errors import ConfigError

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

# Python attribute on the QApplication holding the translators we installed (keeps them alive).
_TRANSLATORS_ATTR = "_coop_pos_translators"
_LANGUAGE_ATTR = "_coop_pos_language"


def catalogue_path(language: str) -> Path:
    """The compiled translation catalogue (.qm) of one of ``SUPPORTED_LANGUAGES``."""
    return I18N_DIR / f"coop_pos_{language}.qm"


def set_language(app: QApplication, language: str) -> None:
    """Switch the screen language: remove the translators installed before, install ``language``'s.

    Widgets that handle ``QEvent.LanguageChange`` (the main window and its pages do) re-translate
    themselves at once.
    """
    check_language(language)
    for translator in _installed_translators(app):
        app.removeTranslator(translator)
    translators: list[QTranslator] = []

    ours = QTranslator()  # kept alive by the list stored on the app below
    path = catalogue_path(language)
    if ours.load(str(path)):
        translators.append(ours)
    else:
        log.warning("translation catalogue %s could not be loaded; screen text stays in English", path)

    if language == "zh_CN":
        # Qt's own words: OK/Cancel buttons, the context menu of text fields, file dialogs.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator()
        if qtbase.load("qtbase_zh_CN", qt_dir):
            translators.append(qtbase)
        else:
            log.info("Qt's own zh_CN translations not found in %s", qt_dir)

    for translator in translators:
        app.installTranslator(translator)
    setattr(app, _TRANSLATORS_ATTR, translators)
    setattr(app, _LANGUAGE_ATTR, language)
    # Qt posts LanguageChange to every widget; deliver it now, so the screen has changed on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def current_language(app: QApplication) -> str:
    """The language last set with ``set_language`` (``zh_CN`` if none was)."""
    language = getattr(app, _LANGUAGE_ATTR, DEFAULT_LANGUAGE)
    return str(language)


def check_language(language: str) -> None:
    if language not in SUPPORTED_LANGUAGES:
        raise ConfigError(
            f"不支持的界面语言“{language}”，可选：{'、'.join(SUPPORTED_LANGUAGES)}",
            f"Unsupported screen language {language!r}; choose one of {', '.join(SUPPORTED_LANGUAGES)}",
        )


def _installed_translators(app: QApplication) -> list[QTranslator]:
    translators = getattr(app, _TRANSLATORS_ATTR, [])
    return list(translators)


def screen_language() -> str:
    """The language the screens are in now (``zh_CN`` or ``en``)."""
    app = QApplication.instance()
    return current_language(app) if isinstance(app, QApplication) else DEFAULT_LANGUAGE
