"""全部导出: every statement of a period, the co-op summary and the accountant's XLSX written into a
folder off the GUI thread, with a progress dialog whose 取消 stops after the file being written
(the files written so far stay)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pos.errors import CoopError
from pos.statements import StatementSet
from ui.kit.context import StatementDocuments
from ui.kit.job import Job
from ui.kit.ops import progress_dialog, run_op
from ui.settlement.statement_files import ExportCancelled, export_files


class ExportAll(QObject):
    """One export into ``folder`` of the statements ``read()`` gives; ``progress`` is its dialog."""

    def __init__(
        self,
        page: QWidget,
        documents: StatementDocuments,
        read: Callable[[], StatementSet],
        folder: Path,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.documents = documents
        self.read = read
        self.folder = folder
        self.job = Job()
        self.written: list[Path] = []  # by the work; read once it has ended
        self.progress = progress_dialog(
            page,
            title=self.tr("Export all"),
            text=self.tr("Reading the books…"),
            cancel_text=self.tr("Cancel"),
            object_name="exportProgress",
        )

    def start(
        self,
        *,
        on_done: Callable[[list[Path]], None],
        on_error: Callable[[CoopError], None],
        on_finally: Callable[[], None],
    ) -> None:
        """Write the files; a cancel ends in ``on_error`` with :class:`ExportCancelled`."""
        documents, read, folder, job, written = self.documents, self.read, self.folder, self.job, self.written

        def end() -> None:
            self.deleteLater()
            on_finally()

        run_op(
            self.page,
            lambda: export_files(documents, read(), folder, job=job, written=written),
            on_done=on_done,
            on_error=on_error,
            on_cancelled=lambda: on_error(ExportCancelled(len(written))),
            on_finally=end,
            label="export statements",
            job=job,
            progress=self.progress,
            on_progress=self._step,
        )

    def _step(self, done: int, total: int, name: str) -> None:
        self.progress.setLabelText(
            self.tr("Written %1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", name)
        )
