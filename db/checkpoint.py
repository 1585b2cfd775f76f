"""Checkpoints of an SQLite shop's write-ahead log on a thread of their own, between sales.

In WAL mode a commit appends its pages to ``shop.sqlite-wal`` and fsyncs that file; now and then
the pages must be copied back into the database file (a checkpoint, with an fsync of the big file).
SQLite does that by itself inside whichever commit takes the log past 1,000 pages, and that commit
then takes two or three times as long: at the counter, a sale in every five or so. The app instead
checkpoints on a thread of its own, in the pause after a write (or at the latest a moment after it
while writes keep coming), so no sale waits for one. A checkpoint never loses or changes anything:
the log is already durable when the commit returns (``synchronous=FULL``), and copying it into the
database is the same whoever does it. SQLite's own checkpoint is kept as a safety net, at a much
larger log (``SAFETY_NET_PAGES``), for when this thread cannot keep up or is not running.

Only for a long-running process on a file database (the counter app); the command line keeps
SQLite's default. On PostgreSQL there is nothing to do.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

SAFETY_NET_PAGES = 16_000  # ≈ 64 MB of log at 4 KiB pages: SQLite checkpoints by itself past this
QUIET_S = 0.15  # a checkpoint starts once no write has been committed for this long …
MAX_DELAY_S = 1.5  # … or this long after the first write not yet checkpointed, whichever is first


class WalCheckpointer:
    """``start()`` once the engine is made, ``stop()`` before it is disposed. Counts what it did
    (``checkpoints``, ``failures``) for tests and the log; never raises into the app."""

    def __init__(
        self,
        engine: Engine,
        database: Path,
        *,
        quiet_s: float = QUIET_S,
        max_delay_s: float = MAX_DELAY_S,
        safety_net_pages: int = SAFETY_NET_PAGES,
    ) -> None:
        self.engine = engine
        self.database = database
        self.quiet_s = quiet_s
        self.max_delay_s = max_delay_s
        self.safety_net_pages = safety_net_pages
        self.checkpoints = 0
        self.failures = 0
        self.last_result: tuple[int, int, int] | None = None  # (busy, log frames, checkpointed)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_write = 0.0

    # -- the engine's side ------------------------------------------------------------------------

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA wal_autocheckpoint = {int(self.safety_net_pages)}")
        cursor.close()

    def _on_commit(self, _conn: Any) -> None:
        self._last_write = time.monotonic()
        self._wake.set()

    def start(self) -> WalCheckpointer:
        if self._thread is not None:
            return self
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "commit", self._on_commit)
        self.engine.dispose()  # connections made before this get the safety net when made again
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()
        return self

    def stop(self, *, timeout: float = 5.0) -> None:
        """Stop the thread after one last checkpoint of what was written (a quick next start)."""
        thread = self._thread
        if thread is None:
            return
        self._stopping.set()
        self._wake.set()
        thread.join(timeout)
        self._thread = None
        for name, fn in (("connect", self._on_connect), ("commit", self._on_commit)):
            if event.contains(self.engine, name, fn):
                event.remove(self.engine, name, fn)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread -------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            self._wake.wait()
            if self._stopping.is_set():
                break
            first = time.monotonic()
            # wait for a pause in the writes, but not for ever
            while not self._stopping.is_set():
                self._wake.clear()
                now = time.monotonic()
                quiet_for = now - self._last_write
                if quiet_for >= self.quiet_s or now - first >= self.max_delay_s:
                    break
                self._stopping.wait(min(self.quiet_s - quiet_for, self.max_delay_s - (now - first)))
            if self._stopping.is_set():
                break
            self.checkpoint()
        if self._last_write:
            self.checkpoint()

    def checkpoint(self) -> bool:
        """One PASSIVE checkpoint: copies what it can without waiting for, or blocking, anyone.
        A connection of its own each time (cheap next to the fsync), so a file restored or moved
        in between is never written through an old handle."""
        try:
            connection = sqlite3.connect(  # mode=rw: never creates a file that is not there
                f"{self.database.resolve().as_uri()}?mode=rw", uri=True, timeout=0.0, isolation_level=None
            )
            try:
                row = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                connection.close()
        except sqlite3.Error as error:
            # the file gone or being restored, a disk error: the safety net still holds; said once
            self.failures += 1
            if self.failures == 1 or self.failures % 100 == 0:
                log.warning("WAL checkpoint failed (%s times): %s", self.failures, error)
            return False
        self.last_result = (int(row[0]), int(row[1]), int(row[2])) if row else None
        self.checkpoints += 1
        return True


def start_checkpointer(engine: Engine, database: Path | None) -> WalCheckpointer | None:
    """A running checkpointer for an SQLite file's engine; None for PostgreSQL or in memory."""
    if engine.dialect.name != "sqlite" or database is None:
        return None
    return WalCheckpointer(engine, database).start()
