"""Keys as a keyboard-wedge scanner and as a person send them, with exact timestamps.

Every function sends ``QKeyEvent``\\ s straight to ``widget`` (``QCoreApplication.sendEvent``,
as Qt delivers a key to the focus widget), each stamped with ``QInputEvent.setTimestamp``, and
returns the time after the last one. Without ``start_ms`` a call starts ``PAUSE_MS`` (2 s) after
the previous call ended, so times never go back; with it, calls chain exactly::

    send_burst(page.scan_field, "6901234567892")           # a scan: 13 digits + Enter, 4 ms apart
    t = type_slowly(field, "3*")                           # a person: 150 ms a key
    send_burst(field, "6901234567892", start_ms=t + 300)   # the scan 0.3 s after the "*"
    type_slowly(search, "shouzao")
    qtbot.waitUntil(lambda: search.text() == "shouzao")    # the last key is sent on ~80 ms later

The events are sent synchronously (no event loop in between), so ``WedgeScanner``'s flush
timer cannot split a burst however slow the machine. Times are made up: the default start is
far from 0 (0 means "no timestamp").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

START_MS = 1_000_000
PAUSE_MS = 2000  # between calls without start_ms: longer than any burst's pause
SCANNER_GAP_MS = 4  # scanners send 2–10 ms apart
PERSON_GAP_MS = 150  # a quick typist: ~7 keys a second
KEY_DOWN_MS = 1  # how long a scanner holds each key down (a person: ~60 ms)

_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(0x5E)}
_timeline = [START_MS]  # when the last call of this module ended


def _start(start_ms: int | None) -> int:
    return _timeline[0] + PAUSE_MS if start_ms is None else start_ms


def _ended(at: int) -> int:
    _timeline[0] = max(_timeline[0], at)
    return at


def later(ms: int = PAUSE_MS) -> int:
    """A time ``ms`` after every key this module has sent: where to start a chain of calls."""
    return _timeline[0] + ms


def key_for(char: str) -> tuple[int, Qt.KeyboardModifier]:
    """The Qt key and modifiers a US keyboard (or a scanner) sends for ``char``; full-width digits
    and letters come from the same keys as their ASCII forms."""
    ascii_char = char.translate(_FULL_WIDTH)
    if len(ascii_char) == 1 and "A" <= ascii_char <= "Z":
        return ord(ascii_char), Qt.KeyboardModifier.ShiftModifier
    if len(ascii_char) == 1 and ord(ascii_char) < 0x7F:
        return ord(ascii_char.upper()), Qt.KeyboardModifier.NoModifier
    return int(Qt.Key.Key_unknown), Qt.KeyboardModifier.NoModifier


def send_key(
    widget: QWidget,
    key: int | Qt.Key,
    text: str = "",
    *,
    at_ms: int,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    release: bool = True,
    down_ms: int = KEY_DOWN_MS,
    autorepeat: bool = False,
) -> None:
    """One key pressed at ``at_ms`` (and released ``down_ms`` later)."""
    _ended(at_ms + down_ms)
    press = QKeyEvent(QEvent.Type.KeyPress, int(key), modifiers, text, autorepeat)
    press.setTimestamp(at_ms)
    QCoreApplication.sendEvent(widget, press)
    if release:
        up = QKeyEvent(QEvent.Type.KeyRelease, int(key), modifiers, text, autorepeat)
        up.setTimestamp(at_ms + down_ms)
        QCoreApplication.sendEvent(widget, up)


def _send_char(widget: QWidget, char: str, at_ms: int, down_ms: int) -> None:
    key, modifiers = key_for(char)
    shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    if shift:  # as a keyboard does it: Shift down, the letter, Shift up
        send_key(widget, Qt.Key.Key_Shift, at_ms=at_ms, modifiers=modifiers, release=False)
    send_key(widget, key, char, at_ms=at_ms, modifiers=modifiers, down_ms=down_ms)
    if shift:
        up = QKeyEvent(QEvent.Type.KeyRelease, int(Qt.Key.Key_Shift), Qt.KeyboardModifier.NoModifier, "")
        up.setTimestamp(at_ms + down_ms)
        QCoreApplication.sendEvent(widget, up)


def send_burst(
    widget: QWidget,
    code: str,
    *,
    gap_ms: int = SCANNER_GAP_MS,
    start_ms: int | None = None,
    terminator: Qt.Key | None = Qt.Key.Key_Return,
) -> int:
    """``code`` as a wedge scanner types it: a key every ``gap_ms``, then ``terminator`` (Enter;
    Tab, or None for a scanner set up without a suffix). Returns the time after the burst."""
    at = _start(start_ms)
    for char in code:
        _send_char(widget, char, at, min(KEY_DOWN_MS, max(gap_ms - 1, 0)))
        at += gap_ms
    if terminator is not None:
        text = "\t" if terminator == Qt.Key.Key_Tab else "\r"
        send_key(widget, terminator, text, at_ms=at)
        at += gap_ms
    return _ended(at)


def type_slowly(
    widget: QWidget,
    text: str,
    *,
    gap_ms: int = PERSON_GAP_MS,
    start_ms: int | None = None,
    enter: bool = False,
) -> int:
    """``text`` typed by a person: a key every ``gap_ms`` held ~60 ms, then Enter if ``enter``."""
    at = _start(start_ms)
    for char in text:
        _send_char(widget, char, at, min(60, gap_ms // 2))
        at += gap_ms
    if enter:
        send_key(widget, Qt.Key.Key_Return, "\r", at_ms=at, down_ms=60)
        at += gap_ms
    return _ended(at)


def send_ime_commit(widget: QWidget, text: str) -> None:
    """What an input method sends when it commits ``text`` (no pre-edit left)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def send_ime_preedit(widget: QWidget, preedit: str) -> None:
    """An input method showing ``preedit`` (pinyin being composed) in the widget."""
    QCoreApplication.sendEvent(widget, QInputMethodEvent(preedit, []))


class ManualClock:
    """A clock in milliseconds that moves only when told: ``WedgeScanner(clock=...)`` for events
    without timestamps (input-method commits)."""

    def __init__(self, start_ms: int = START_MS) -> None:
        self.now = start_ms

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> int:
        self.now += ms
        return self.now


def send_ime_burst(
    widget: QWidget, code: str, clock: ManualClock, *, gap_ms: int = SCANNER_GAP_MS, enter: bool = True
) -> None:
    """``code`` as a wedge scanner types it through a Chinese IME in English-punctuation mode:
    one commit string a character (input-method events carry no timestamp, so ``clock`` moves
    ``gap_ms`` before each), then Enter as a plain key event without a timestamp."""
    for char in code:
        clock.advance(gap_ms)
        send_ime_commit(widget, char)
    if enter:
        clock.advance(gap_ms)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, int(Qt.Key.Key_Return), Qt.KeyboardModifier.NoModifier, "\r")
            QCoreApplication.sendEvent(widget, event)
