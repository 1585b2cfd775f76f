"""The print job queue's table: each call its own short transaction, off the counter's sale."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from db.engine import READ_ONLY
from db.models import PrintJobRow
from db.repositories.common import as_utc
from pos.print_jobs import JobKind, JobState, PrintJob

ERROR_CHARS = 400


def _job(row: PrintJobRow) -> PrintJob:
    return PrintJob(
        id=row.id,
        counter_id=row.counter_id,
        kind=cast(JobKind, row.kind),
        receipt_no=row.receipt_no,
        payload=row.payload,
        state=cast(JobState, row.state),
        tries=row.tries,
        last_error=row.last_error,
        created_at=as_utc(row.created_at),
        printed_at=as_utc(row.printed_at) if row.printed_at is not None else None,
    )


class SqlPrintJobStore:
    """``pos.print_jobs.PrintJobStore`` over an engine (the queue's worker thread calls it)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = engine.execution_options(**{READ_ONLY: True})

    def add(self, job: PrintJob) -> PrintJob:
        with Session(self.engine) as s, s.begin():
            row = PrintJobRow(
                counter_id=job.counter_id,
                receipt_no=job.receipt_no,
                kind=job.kind,
                payload=job.payload,
                state=job.state,
                tries=job.tries,
                last_error=job.last_error[:ERROR_CHARS],
                created_at=as_utc(job.created_at),
                printed_at=job.printed_at,
            )
            s.add(row)
            s.flush()
            return _job(row)

    def pending(self, counter_id: str) -> Sequence[PrintJob]:
        with Session(self._reader) as s:
            rows = s.scalars(
                select(PrintJobRow)
                .where(PrintJobRow.counter_id == counter_id, PrintJobRow.state.in_(("queued", "printing")))
                .order_by(PrintJobRow.id)
            )
            return [_job(r) for r in rows]

    def update(
        self,
        job_id: int,
        *,
        state: JobState,
        tries: int,
        last_error: str = "",
        printed_at: datetime | None = None,
    ) -> None:
        with Session(self.engine) as s, s.begin():
            s.execute(
                update(PrintJobRow)
                .where(PrintJobRow.id == job_id)
                .values(
                    state=state,
                    tries=tries,
                    last_error=last_error[:ERROR_CHARS],
                    printed_at=as_utc(printed_at) if printed_at is not None else None,
                )
            )

    def get(self, job_id: int) -> PrintJob | None:
        with Session(self._reader) as s:
            row = s.get(PrintJobRow, job_id)
            return _job(row) if row is not None else None
