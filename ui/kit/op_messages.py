"""How an operation's refusal or failure is shown: a non-modal message over the screen's window.

A refusal (:class:`~pos.errors.CoopError`) is in the screen's language; an unexpected failure is in
both languages, so it can be read out to whoever fixes it. :mod:`ui.kit.ops` shows these for the
operations it runs; a screen may use them for its own messages too.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pos.errors import CoopError
from ui.kit.language import screen_language


def _message_box(parent: QObject | None, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    window = None
    if isinstance(parent, QWidget) and shiboken6.isValid(parent):
        window = parent.window()
    elif parent is not None and shiboken6.isValid(parent):
        owner = parent.parent()  # a model: the window of the screen that owns it
        window = owner.window() if isinstance(owner, QWidget) else None
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("opMessage")
    box.setWindowModality(Qt.WindowModality.NonModal)  # the counter keeps working behind it
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def show_refusal(parent: QObject | None, error: CoopError) -> QMessageBox:
    """A refusal in the screen's language, in a non-modal message."""
    title = QCoreApplication.translate("Operations", "Not done")
    return _message_box(parent, title, error.message(screen_language()), QMessageBox.Icon.Warning)


def failure_text(error: BaseException, label: str = "") -> str:
    """An unexpected failure in both languages, so it can be read out to whoever fixes it."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
    detail = f"{type(error).__name__}: {detail}"
    what = f" ({label})" if label else ""
    return f"出错了{what}：{detail}\nSomething went wrong{what}: {detail}"


def show_failure(parent: QObject | None, error: BaseException, label: str = "") -> QMessageBox:
    """An unexpected failure: both languages, so it can be read out to whoever fixes it."""
    text = failure_text(error, label)
    return _message_box(parent, "出错了 / Something went wrong", text, QMessageBox.Icon.Critical)
