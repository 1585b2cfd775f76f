"""The counter app's hold on its counter id (pos/counters.py): one app per counter."""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import uuid

from pos.clock import utc_now
from pos.counters import RENEW_EVERY
from pos.errors import CoopError
from pos.services.counters import CounterTaken, claim_counter, counter_holder, release_counter, renew_counter
from ui.wiring.shop import Shop

log = logging.getLogger("coop_pos")


class CounterLeaseKeeper:
    """This app's hold on its counter id: taken at start, renewed on a thread of its own every
    ``RENEW_EVERY`` while the app runs, given up when it closes (pos/counters.py)."""

    def __init__(self, shop: Shop) -> None:
        self.shop = shop
        self.counter_id = shop.config.counter_id
        self.holder = uuid.uuid4().hex
        user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
        self.machine = f"{socket.gethostname()} ({user}, pid {os.getpid()})"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def claim(self, *, take_over: bool = False) -> None:
        """Take the counter; an app of this same computer and user that is no longer running (it
        crashed, or was killed, a moment ago) is not waited for: its lease is taken over, audited."""
        with self.shop.database_errors():
            try:
                claim_counter(
                    self.shop.uow(), counter_id=self.counter_id, holder=self.holder, machine=self.machine,
                    now=utc_now(), take_over=take_over,
                )  # fmt: skip
            except CounterTaken:
                held = counter_holder(self.shop.uow(read_only=True), counter_id=self.counter_id)
                if held is None or not self._gone(held.machine):
                    raise
                claim_counter(
                    self.shop.uow(), counter_id=self.counter_id, holder=self.holder, machine=self.machine,
                    now=utc_now(), take_over=True,
                )  # fmt: skip
        self._thread = threading.Thread(target=self._renew, name="counter-lease", daemon=True)
        self._thread.start()

    def _gone(self, machine: str) -> bool:
        """``machine`` names an app of this computer and user whose process is not running (POSIX;
        elsewhere a crashed app's lease simply runs out)."""
        user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
        mine = re.fullmatch(rf"{re.escape(socket.gethostname())} \({re.escape(user)}, pid (\d+)\)", machine)
        if mine is None or os.name != "posix":
            return False
        try:
            os.kill(int(mine.group(1)), 0)
        except ProcessLookupError:
            return True
        except OSError:  # running, as another user
            return False
        return False

    def _renew(self) -> None:
        while not self._stop.wait(RENEW_EVERY.total_seconds()):
            try:
                with self.shop.database_errors():
                    renew_counter(
                        self.shop.uow(), counter_id=self.counter_id, holder=self.holder, now=utc_now()
                    )
            except CoopError as exc:  # the database away for a moment: try again at the next turn
                log.warning("counter lease not renewed: %s", exc)

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        try:
            with self.shop.database_errors():
                release_counter(self.shop.uow(), counter_id=self.counter_id, holder=self.holder)
        except CoopError as exc:  # it runs out by itself
            log.warning("counter lease not released: %s", exc)
