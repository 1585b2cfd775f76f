"""A screen (or a tab of one) that shows what the books hold, made the same way everywhere.

It says its text again when the app's language changes (``retranslate``), reads what it shows
(``load``, off the GUI thread) each time it is shown, and again when an operation run elsewhere
changed one of the areas it shows (``shows``; :mod:`ui.kit.changes`): at once if it is on
screen; a hidden one reads them when it is next shown.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.kit.changes import Area, Changed


class Screen(QWidget):
    """Override ``retranslate`` and ``load``; name in ``shows`` the areas whose changes it shows."""

    shows: ClassVar[frozenset[Area]] = frozenset()

    def retranslate(self) -> None:
        """Every text of the screen in the current language."""

    def load(self) -> None:
        """Read what the screen shows again."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def changes_made(self, changed: Changed) -> None:
        """An operation changed the books: read them again if it touched what is on screen (one
        this screen ran itself has refreshed it already)."""
        if changed.origin is not self and changed.touches(*self.shows) and self.isVisible():
            self.load()
