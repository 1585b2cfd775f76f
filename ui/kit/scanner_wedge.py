"""A keyboard-wedge barcode scanner's bursts told apart from a person typing, on one screen.

A little over ~400 lines on purpose: one class, one idea (is this key part of a scan?), whose
rules are written out below, and ``tests/ui/test_scanner.py`` checks each of them. Serial
scanners are ``ui.kit.scanner_serial``; ``ui.kit.scanner`` names both.

Keyboard-wedge scanners (:class:`WedgeScanner`)
    A USB/Bluetooth scanner in keyboard mode types the code as key presses a few milliseconds
    apart (2–10 ms) and ends it with Enter (or Tab). ``WedgeScanner.install(root)`` installs an
    event filter **on the QApplication** (so widgets added to the screen later are covered too)
    and looks at the key and input-method events whose receiver is ``root`` or one of its
    descendants (``root.isAncestorOf``) and, with ``whole_window`` (the default), any other
    widget of ``root``'s window while ``root`` is visible: with the checkout shown, a scan is a
    scan even when the cashier last touched the side bar, or nothing has the focus. Dialogs are
    windows of their own, so a PIN pad or a payment dialog over the checkout is left alone; the
    other screens of the main window are left alone while the checkout is hidden.

    Every printable ASCII key press (or its full-width form) is *held* (consumed) while it may
    be part of a burst; other characters (汉字, é) go to their field at once. A burst is
    printable characters each at most ``max_gap_ms`` (40) after the one before, then Enter,
    Return or (if ``accept_tab``) Tab just as quickly, with at least ``min_length`` (3)
    characters: it is emitted as ``scanned(code)`` and none of its keys (nor their releases)
    reach any widget. Once ``min_length`` characters have come that quickly, the burst may
    pause up to ``max_pause_ms`` (150) twice (a Bluetooth scanner's radio, a busy USB hub).

    Anything else is a person typing: the held events are sent again, in their order, to the
    widget that was to receive them (``flush``) — when the next key comes too late, when a
    non-printable key (Backspace, arrows, F keys, Escape…) or a key with Ctrl/Alt/Meta comes,
    or ``flush_delay_ms`` (80; 190 within a burst) after the last key with nothing more. Typing
    thus reaches its field whole and in order, each key at most ~80 ms late. When that timer
    fires, the events waiting in the queue are processed first: if the GUI thread was busy (a
    slow repaint), the rest of a burst can be queued behind the timer (seen with real X11 keys).
    Shift, Caps Lock and the other modifier keys alone pass and change nothing (capitals in a
    Code 128 come with Shift); an auto-repeated key (a key held down) is always typing.

    A burst that never ended (no Enter in time) is typed into the field, and what follows it
    within ``broken_burst_ms`` (1000) is typed too, Enter included, never scanned: the rest of a
    code is not a code, and the field then holds the whole of it.

    While keys are held, a ShortcutOverride for the next key of the burst is accepted, so a
    plain-key shortcut (Enter, ``+``, ``-`` as a QShortcut or QAction) cannot fire in the middle
    of a scan; the first key of a burst is not yet known to be one, so keep plain-key shortcuts
    to keys a code does not start with.

    Times are the events' own timestamps (``QKeyEvent.timestamp()``, ms); events without one
    (0, as ``QTest.keyClick`` and input-method events have) use the injectable ``clock``
    (monotonic ms). Two events are compared by timestamp when both have one, else by the clock
    when they arrived. Hence ``qtbot.keyClicks(...)`` followed by Enter looks like a scanner
    (it sends keys microseconds apart): tests type with ``tests/ui/scanner_keys.type_slowly``.

    ``scanned`` is emitted from inside the event filter; its slots run at once, on the GUI thread.


Chinese input methods
    * The checkout's own fields refuse input methods while the scanner is installed
      (``input_method_off=True``, the default): ``ui.kit.scanner_ime`` says why and how; a widget
      that must take Chinese opts out with ``widget.setProperty(KEEP_INPUT_METHOD, True)``.
    * In a widget that keeps its IME (or elsewhere in the window), an IME in English mode, or in Chinese mode with English
      punctuation, commits digits and letters one at a time as ``QInputMethodEvent``\\ s with a
      one-character commit string and no pre-edit. Those are taken like key presses (timed by
      the clock) and held and replayed the same way; the Enter that ends the burst comes as a
      key press.
    * Full-width characters (``０``–``９``, ``Ａ``–``Ｚ``, full-width punctuation; a Chinese IME
      in full-width mode, 全角) are turned into ASCII in the code. A replayed key keeps what it
      typed.
    * Not handled: an IME that holds the scanner's letters in its pre-edit window (Chinese mode)
      in a widget that keeps its IME — the code arrives as one multi-character commit, which is
      indistinguishable from a person typing, and is left to the widget. The shop must either
      keep the IME off on the checkout's fields (the default) or set the IME to English mode.
      Many scanners can also be set to send digits as keypad keys (小键盘模式), which pinyin IMEs
      pass through; keypad keys are accepted as part of a burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QInputMethodEvent, QInputMethodQueryEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from pos.barcodes import clean_scan
from ui.kit.scanner_ime import KEEP_INPUT_METHOD, ask_input_method_again, refuse_input_method

__all__ = ["KEEP_INPUT_METHOD", "WedgeScanner"]

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space, as typed by a Chinese IME in 全角.
_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(0x5E)} | {0x3000: 0x20}


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_INPUT_METHOD = QEvent.Type.InputMethod
_IM_QUERY = QEvent.Type.InputMethodQuery
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_WATCHED = frozenset({_KEY_PRESS, _KEY_RELEASE, _INPUT_METHOD, _IM_QUERY, _SHORTCUT_OVERRIDE})
_WATCHED_CLASSES = (QKeyEvent, QInputMethodEvent, QInputMethodQueryEvent)

_MODIFIER_KEYS = frozenset(
    int(k)
    for k in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
    )
)
_ENTER_KEYS = frozenset({int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter)})
_TAB = int(Qt.Key.Key_Tab)
# Modifiers a scanner's key may carry: Shift (capitals) and Keypad (小键盘模式).
# (as ints: Python enum flags cost microseconds an operation, and this runs on every key)
_PLAIN = Qt.KeyboardModifier.ShiftModifier.value | Qt.KeyboardModifier.KeypadModifier.value
_NOT_PLAIN = ~_PLAIN & Qt.KeyboardModifier.KeyboardModifierMask.value


def _one_char(text: str) -> str:
    """The character a key or a commit typed, as it goes into a code; "" if it cannot be part of
    one (a scanner types printable ASCII, or its full-width form through a Chinese IME): a 汉字
    or an accented letter is a person typing, and goes to its field at once."""
    if len(text) != 1:
        return ""
    ch = text.translate(_FULL_WIDTH)
    return ch if " " <= ch <= "~" else ""


@dataclass(slots=True)
class _Held:
    """An event taken off its way to ``target``, to be sent on if it turns out to be typing."""

    target: QWidget
    event: QEvent  # a copy: the original is gone once the filter returns
    key: int  # 0 for an input-method commit
    press: bool


class WedgeScanner(QObject):
    """Recognises a keyboard-wedge scanner's bursts on a screen; see the module docstring."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: int = 40,
        min_length: int = 3,
        accept_tab: bool = True,
        flush_delay_ms: int | None = None,
        max_pause_ms: int = 150,
        broken_burst_ms: int = 1000,
        input_method_off: bool = True,
        whole_window: bool = True,
        clock: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_pause_ms = max_pause_ms
        self.broken_burst_ms = broken_burst_ms
        self.accept_tab = accept_tab
        self.input_method_off = input_method_off
        self.whole_window = whole_window
        self._clock = clock or _monotonic_ms
        self._root: QWidget | None = None
        self._held: list[_Held] = []
        self._code: list[str] = []
        self._last = (0, 0)  # (timestamp, arrival) of the last held press
        self._pauses = 0  # pauses (> max_gap_ms, <= max_pause_ms) in the burst held now
        self._broken: tuple[int, int] | None = None  # when the last burst without an end was typed
        self._suspect = False  # the burst held now may be the rest of that one
        self._down: dict[int, int] = {}  # keys whose press is held, not yet released
        self._swallow: set[int] = set()  # keys of a recognised scan whose release is still to come
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._flush_delay_ms = flush_delay_ms if flush_delay_ms is not None else max_gap_ms + 40
        self._timer.timeout.connect(self._wait_over)
        self._waiting_over = False

    # -- installing ---------------------------------------------------------------------------------

    @property
    def root(self) -> QWidget | None:
        return self._root

    def install(self, root: QWidget) -> None:
        """Watch the keys going to ``root`` and its descendants (an event filter on the QApplication)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("WedgeScanner.install needs a QApplication")
        if self._root is not None:
            self.uninstall()
        self._root = root
        root.destroyed.connect(self._root_destroyed)
        app.installEventFilter(self)
        self._ask_input_method_again()

    def uninstall(self) -> None:
        """Stop watching; keys held at that moment are sent on to their widgets first."""
        if self._root is None:
            return
        self.flush()
        root, self._root = self._root, None
        self._swallow.clear()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if shiboken6.isValid(root):
            root.destroyed.disconnect(self._root_destroyed)
        self._ask_input_method_again()

    @Slot()
    def _root_destroyed(self) -> None:
        self._held.clear()
        self._code.clear()
        self._down.clear()
        self._timer.stop()
        self._root = None
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _ask_input_method_again(self) -> None:
        if self.input_method_off:
            ask_input_method_again()

    # -- state --------------------------------------------------------------------------------------

    @property
    def pending(self) -> str:
        """The characters held now (a burst in progress, or typing not yet sent on)."""
        return "".join(self._code)

    @Slot()
    def _wait_over(self) -> None:
        """``flush_delay_ms`` after the last key held. If the GUI thread was busy meanwhile, the
        rest of a burst may be waiting in the queue behind this timer: take it first."""
        if self._waiting_over:
            return
        self._waiting_over = True
        try:
            QCoreApplication.processEvents()
        finally:
            self._waiting_over = False
        if not self._timer.isActive():  # no key came and started the wait again: it was typing
            self.flush()

    @Slot()
    def flush(self) -> None:
        """Send the held events on, in order, to the widgets they were going to: it was typing."""
        self._timer.stop()
        if not self._held:
            self._code.clear()
            return
        held, self._held = self._held, []
        if len(self._code) >= self.min_length:  # a burst that never ended: its rest is no code
            self._broken = self._last
        self._code.clear()
        self._down.clear()
        self._replaying = True
        try:
            for item in held:
                target: QWidget | None = item.target
                if target is None or not shiboken6.isValid(target):
                    target = QApplication.focusWidget()
                if target is None:
                    continue
                item.event.setAccepted(True)
                QCoreApplication.sendEvent(target, item.event)
        finally:
            self._replaying = False

    # -- the filter ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: every event of the app comes here, and event.type() makes an enum
        if not isinstance(event, _WATCHED_CLASSES) or self._replaying or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind not in _WATCHED:
            return False
        root = self._root
        if root is None:
            return False
        mine = watched is root or root.isAncestorOf(watched)
        if kind == _IM_QUERY:  # the checkout's own widgets only
            return mine and self.input_method_off and refuse_input_method(watched, event)  # type: ignore[arg-type]
        if not mine and not (self.whole_window and root.isVisible() and watched.window() is root.window()):
            return False
        if kind == _KEY_PRESS:
            return self._key_press(watched, event)  # type: ignore[arg-type]
        if kind == _KEY_RELEASE:
            return self._key_release(watched, event)  # type: ignore[arg-type]
        if kind == _INPUT_METHOD:
            return self._input_method(watched, event)  # type: ignore[arg-type]
        return self._shortcut_override(event)  # type: ignore[arg-type]

    def _times(self, event: QKeyEvent | None) -> tuple[int, int]:
        stamp = event.timestamp() if event is not None else 0
        return int(stamp), self._clock()

    @staticmethod
    def _gap(since: tuple[int, int], stamp: int, arrival: int) -> int:
        """Milliseconds from ``since`` (timestamp, arrival) to this event: by timestamps when both
        have one, else by the clock when they arrived."""
        last_stamp, last_arrival = since
        if stamp and last_stamp:
            return stamp - last_stamp
        return arrival - last_arrival

    def _may_pause(self) -> bool:
        """A scanner's burst may pause a little (a Bluetooth scanner's radio, a busy USB hub) once
        it has shown itself a burst: ``min_length`` quick characters, twice at most."""
        return len(self._code) >= self.min_length and self._pauses < 2

    def _fits(self, stamp: int, arrival: int) -> bool:
        """Is an event at this time the next of the burst held now?"""
        if not self._code:
            return False
        gap = self._gap(self._last, stamp, arrival)
        if gap < 0:  # time went back (another clock, or X11's 49-day wrap): not one burst
            return False
        return gap <= self.max_gap_ms or (gap <= self.max_pause_ms and self._may_pause())

    def _hold(self, target: QWidget, copy: QEvent, key: int, char: str, stamp: int, arrival: int) -> None:
        if self._code and not self._fits(stamp, arrival):
            self.flush()  # what was held was typed; this may start a burst
        if not self._code:
            self._pauses = 0
            broken = self._broken
            self._suspect = (
                broken is not None and 0 <= self._gap(broken, stamp, arrival) <= self.broken_burst_ms
            )
        elif self._gap(self._last, stamp, arrival) > self.max_gap_ms:
            self._pauses += 1
        self._held.append(_Held(target, copy, key, True))
        self._code.append(char)
        self._last = (stamp, arrival)
        if key:
            self._down[key] = self._down.get(key, 0) + 1
        # wait longer for the next key of what already looks like a burst
        self._timer.start(self.max_pause_ms + 40 if self._may_pause() else self._flush_delay_ms)

    def _key_press(self, target: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        self._swallow.discard(key)
        if event.modifiers().value & _NOT_PLAIN or event.isAutoRepeat():
            self.flush()
            return False
        char = _one_char(event.text())
        stamp, arrival = self._times(event)
        if char:
            self._hold(target, QKeyEvent(event), key, char, stamp, arrival)
            return True
        if (key in _ENTER_KEYS or (key == _TAB and self.accept_tab)) and self._is_scan(stamp, arrival):
            code = clean_scan("".join(self._code))
            self._swallow.update(self._down)
            self._swallow.add(key)
            self._held.clear()
            self._code.clear()
            self._down.clear()
            self._timer.stop()
            if code:
                self.scanned.emit(code)
            return True
        self.flush()
        return False

    def _is_scan(self, stamp: int, arrival: int) -> bool:
        return len(self._code) >= self.min_length and not self._suspect and self._fits(stamp, arrival)

    def _key_release(self, target: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        if self._down.get(key):
            self._down[key] -= 1
            if not self._down[key]:
                del self._down[key]
            self._held.append(_Held(target, QKeyEvent(event), key, False))
            return True
        if key in self._swallow:
            self._swallow.discard(key)
            return True
        return False

    def _input_method(self, target: QWidget, event: QInputMethodEvent) -> bool:
        commit = event.commitString()
        char = _one_char(commit)
        if char and not event.preeditString() and not event.replacementLength():
            stamp, arrival = self._times(None)
            self._hold(target, QInputMethodEvent(event), 0, char, stamp, arrival)
            return True
        if commit or event.preeditString():
            self.flush()  # a word of the IME, or typing into its pre-edit window: a person
        return False

    def _shortcut_override(self, event: QKeyEvent) -> bool:
        """Qt asks the focus widget whether a key is its own before trying it as a shortcut; the
        next key of a burst being held is ours."""
        if not self._code or event.modifiers().value & _NOT_PLAIN:
            return False
        key = event.key()
        if not (_one_char(event.text()) or key in _ENTER_KEYS or (key == _TAB and self.accept_tab)):
            return False
        stamp, arrival = self._times(event)
        if not self._fits(stamp, arrival):
            return False
        event.accept()
        return True
