"""Chinese input methods kept off the checkout's own fields, so a wedge scanner's keys stay keys.

A pinyin IME (Microsoft Pinyin, Sogou, fcitx/ibus rime or pinyin) in Chinese mode takes letter
keys into its pre-edit window and the widget never sees them; Enter then commits the raw letters,
and the Enter itself is eaten. So while ``ui.kit.scanner_wedge.WedgeScanner`` is installed on the
checkout (``input_method_off=True``, the default), its filter answers Qt's ``InputMethodQuery``
for ``Qt.ImEnabled`` with ``False`` for every widget of the checkout (not for the rest of the
window, such as a side bar) through :func:`refuse_input_method`.

Qt asks that whenever the focus moves (installing and uninstalling make it ask again:
:func:`ask_input_method_again`) through ``QInputMethodPrivate::objectAcceptsInputMethod``, which
sends the query as an event, so application filters see it; the platform's input context then
leaves the keys alone (Windows: ``QWindowsInputContext::updateEnabled`` detaches the IME from the
window; ibus and fcitx: ``filterEvent`` returns at once when ``inputMethodAccepted()`` is false):
they arrive as plain key events, whatever the IME's mode. (``QInputMethod.queryFocusObject``
calls the widget directly and still says True.) Setting ``Qt.WA_InputMethodEnabled`` off is not
enough: ``QLineEdit`` answers ``ImEnabled`` itself; ``ImhLatinOnly`` is only a hint most desktop
IMEs ignore.

A widget that must take Chinese (a search by product name) opts out with
``widget.setProperty(KEEP_INPUT_METHOD, True)``; the pinyin search keys of the catalog make Latin
letters enough for most searches.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodQueryEvent
from PySide6.QtWidgets import QWidget

__all__ = ["KEEP_INPUT_METHOD", "ask_input_method_again", "refuse_input_method"]

# A widget of the checkout with this property set keeps its input method (Chinese typing).
KEEP_INPUT_METHOD = "coopKeepInputMethod"


def refuse_input_method(target: QWidget, event: QInputMethodQueryEvent) -> bool:
    """Answer Qt's "does ``target`` take an input method?" with no, unless it keeps its own;
    True when answered (the widget answers the other queries of the event itself)."""
    if not event.queries() & Qt.InputMethodQuery.ImEnabled:
        return False
    if target.property(KEEP_INPUT_METHOD):
        return False
    target.event(event)  # the widget answers the other queries
    event.setValue(Qt.InputMethodQuery.ImEnabled, False)
    event.accept()
    return True


def ask_input_method_again() -> None:
    """Make Qt ask the focused widget again whether it takes an input method."""
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImEnabled)
