"""The keyboard-wedge scanner's cost at the counter (issue 5), registered in ``SCENARIOS`` on import.

``ui.kit.scanner.WedgeScanner`` is an event filter on the whole application: it sees every event of
the GUI, holds key presses while they may be a scan, and sends a person's keys on. These
scenarios time it on Qt's offscreen platform, with key events stamped as a scanner (4 ms apart)
and a person (150 ms apart) send them. They need no shop, but ``run.py`` opens one anyway; they
also run on their own:

    python -m benchmarks.scanner_scenarios [--runs N]
    python -m benchmarks.run --db benchmarks/data/shop.sqlite --only wedge_scan_ean13 \\
        wedge_type_word plain_type_word app_events_filtered app_events_plain
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
from collections.abc import Callable, Sequence
from time import perf_counter_ns
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from benchmarks.scenarios import Bench, Timing, scenario
from ui.kit.scanner import WedgeScanner

if __name__ == "__main__":  # run as a script: the scenarios are those registered by the import above
    from benchmarks.scanner_scenarios import main

    main()
    raise SystemExit(0)

CODE = "6901234567892"
WORD = "shouzao 12"
EVENTS_PER_RUN = 1000


class _Screen:
    """A shown window with a field, and a scanner installed on it or not."""

    def __init__(self, *, scanner: bool) -> None:
        self.app = QApplication.instance() or QApplication([])
        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        self.field = QLineEdit()
        layout.addWidget(self.field)
        self.window.show()
        self.scans: list[str] = []
        self.scanner: WedgeScanner | None = None
        if scanner:
            self.scanner = WedgeScanner()
            self.scanner.scanned.connect(self.scans.append)
            self.scanner.install(self.window)
        self.now = 1_000_000

    def keys(self, text: str, gap_ms: int, *, enter: bool) -> list[QKeyEvent]:
        """Press and release of each character (and Enter), stamped ``gap_ms`` apart."""
        events = []
        for char in [*text, "\r"] if enter else text:
            key = int(Qt.Key.Key_Return) if char == "\r" else ord(char.upper())
            for kind, at in ((QEvent.Type.KeyPress, self.now), (QEvent.Type.KeyRelease, self.now + 1)):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                event.setTimestamp(at)
                events.append(event)
            self.now += gap_ms
        self.now += 1000
        return events

    def send(self, events: Sequence[QKeyEvent]) -> None:
        for event in events:
            QCoreApplication.sendEvent(self.field, event)

    def close(self) -> None:
        if self.scanner is not None:
            self.scanner.uninstall()
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.processEvents()


def _timed(b: Bench, runs: int, prepare: Callable[[], Any], op: Callable[[Any], None]) -> list[int]:
    """Prepare each run's input untimed, then time ``op`` on it; the first ``b.warmup`` dropped."""
    samples = []
    for _ in range(runs + b.warmup):
        data = prepare()
        t0 = perf_counter_ns()
        op(data)
        samples.append(perf_counter_ns() - t0)
    return samples[b.warmup :]


def _us(ns: float) -> str:
    return f"{ns / 1000:.1f} µs"


@scenario(
    "wedge_scan_ean13", runs=1000, what="an EAN-13 burst (14 keys, 4 ms apart) through the scanner: a scan"
)
def wedge_scan_ean13(b: Bench, runs: int) -> Timing:
    screen = _Screen(scanner=True)
    try:
        samples = _timed(b, runs, lambda: screen.keys(CODE, 4, enter=True), screen.send)
        assert screen.scans == [CODE] * (runs + b.warmup), "a burst was lost or doubled"
        assert screen.field.text() == ""
    finally:
        screen.close()
    per_key = statistics.median(samples) / (len(CODE) + 1)
    return Timing(samples, f"{_us(per_key)} a key (press and release), scan included")


def _typing(b: Bench, runs: int, *, scanner: bool) -> Timing:
    screen = _Screen(scanner=scanner)

    def op(events: list[QKeyEvent]) -> None:
        screen.send(events)
        if screen.scanner is not None:
            screen.scanner.flush()  # the last key, which the timer sends on

    def prepare() -> list[QKeyEvent]:
        screen.field.clear()
        return screen.keys(WORD, 150, enter=False)

    try:
        samples = _timed(b, runs, prepare, op)
        assert screen.field.text() == WORD and not screen.scans
    finally:
        screen.close()
    return Timing(samples, f"{_us(statistics.median(samples) / len(WORD))} a key")


@scenario(
    "wedge_type_word", runs=1000, what=f"a person types {WORD!r} (150 ms a key) with the scanner installed"
)
def wedge_type_word(b: Bench, runs: int) -> Timing:
    return _typing(b, runs, scanner=True)


@scenario("plain_type_word", runs=1000, what=f"the same {WORD!r} into a field without the scanner (baseline)")
def plain_type_word(b: Bench, runs: int) -> Timing:
    return _typing(b, runs, scanner=False)


def _app_events(b: Bench, runs: int, *, scanner: bool) -> Timing:
    screen = _Screen(scanner=scanner)
    receiver = QObject()

    def op(_: None) -> None:
        for _ in range(EVENTS_PER_RUN):
            QCoreApplication.sendEvent(receiver, QEvent(QEvent.Type.User))

    try:
        samples = _timed(b, runs, lambda: None, op)
    finally:
        screen.close()
    return Timing(samples, f"{statistics.median(samples) / EVENTS_PER_RUN:.0f} ns an event")


@scenario(
    "app_events_filtered",
    runs=200,
    what=f"{EVENTS_PER_RUN} non-key events with the scanner's filter on the app",
)
def app_events_filtered(b: Bench, runs: int) -> Timing:
    return _app_events(b, runs, scanner=True)


@scenario("app_events_plain", runs=200, what=f"{EVENTS_PER_RUN} non-key events without it (baseline)")
def app_events_plain(b: Bench, runs: int) -> Timing:
    return _app_events(b, runs, scanner=False)


NAMES = ("wedge_scan_ean13", "wedge_type_word", "plain_type_word", "app_events_filtered", "app_events_plain")


def main(argv: Sequence[str] | None = None) -> None:
    from benchmarks.run import run_one, table
    from benchmarks.scenarios import SCENARIOS

    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.scanner_scenarios", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--runs", type=int, help="timed runs of every scenario (default: each its own)")
    a = ap.parse_args(argv)
    bench = Bench(engine=None, rng=random.Random(1))  # type: ignore[arg-type]  # no shop needed
    print(table([run_one(bench, SCENARIOS[name], a.runs or SCENARIOS[name].runs) for name in NAMES]))
