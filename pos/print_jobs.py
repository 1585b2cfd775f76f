"""Print jobs: what waits for a counter's receipt printer, kept in the database so a restart
loses none. The queue that sends them is ``receipts.print_queue``; ``db`` stores them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

JobKind = Literal["sale", "refund", "reprint", "z_report", "test"]
JobState = Literal["queued", "printing", "done", "failed"]
JOB_KINDS: tuple[JobKind, ...] = ("sale", "refund", "reprint", "z_report", "test")
JOB_STATES: tuple[JobState, ...] = ("queued", "printing", "done", "failed")


@dataclass(frozen=True, slots=True, kw_only=True)
class PrintJob:
    id: int | None = None
    counter_id: str
    kind: JobKind
    receipt_no: str = ""  # the sale's or refund's, if it is a receipt
    payload: str  # the print ops as JSON (pos.print_ops.to_json)
    state: JobState = "queued"
    tries: int = 0
    last_error: str = ""
    created_at: datetime  # UTC
    printed_at: datetime | None = None


class PrintJobStore(Protocol):
    """Where a counter's print jobs are kept. Each call is its own short transaction."""

    def add(self, job: PrintJob) -> PrintJob:
        """Store a new job; returns it with its id."""
        ...

    def pending(self, counter_id: str) -> Sequence[PrintJob]:
        """The counter's jobs not yet printed (queued, or printing when the program stopped), oldest first."""
        ...

    def update(
        self,
        job_id: int,
        *,
        state: JobState,
        tries: int,
        last_error: str = "",
        printed_at: datetime | None = None,
    ) -> None: ...

    def get(self, job_id: int) -> PrintJob | None: ...
