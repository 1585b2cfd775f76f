"""The settlement's files: one host's statement PDF (打开结算单 PDF), and everything 全部导出
writes: every host's and recommender's statement, the co-op summary and the accountant's XLSX.

These run on a pool thread through :func:`ui.kit.ops.run_op`: no widgets here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from pos.errors import CoopError
from pos.statements import HostStatement, StatementSet, file_name
from ui.kit.context import StatementDocuments
from ui.kit.files import write_file
from ui.kit.job import Job

S = TypeVar("S")


def default_pdf_folder() -> Path:
    """Where 打开结算单 PDF writes a statement before opening it."""
    return Path(tempfile.gettempdir()) / "coop-pos-statements"


def open_document(path: Path) -> None:
    """Open a file with the system's viewer (tests replace ``SettlementPage.open_file``)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportCancelled(CoopError):
    """The user cancelled 全部导出; the files written so far stay."""

    def __init__(self, written: int) -> None:
        super().__init__(
            f"导出已取消：已写入 {written} 个文件", f"the export was cancelled: {written} files written"
        )
        self.written = written


def write_host_pdf(documents: StatementDocuments, statement: HostStatement, folder: Path) -> Path:
    """The host's statement as a PDF in ``folder``, named by its number."""
    path = folder / file_name(statement.number)
    write_file(path, documents.host_pdf(statement))
    return path


def _bind(render: Callable[[S], bytes], statement: S) -> Callable[[], bytes]:
    return lambda: render(statement)


def export_files(
    documents: StatementDocuments, statements: StatementSet, folder: Path, *, job: Job, written: list[Path]
) -> list[Path]:
    """Write every file of ``statements`` into ``folder``, one at a time: each one written is
    added to ``written`` and reported to ``job``; a cancel stops before the next file."""
    files: list[tuple[str, Callable[[], bytes]]] = [
        (file_name(statements.summary.number), _bind(documents.coop_pdf, statements.summary))
    ]
    files += [(file_name(h.number), _bind(documents.host_pdf, h)) for h in statements.hosts]
    files += [(file_name(r.number), _bind(documents.recommender_pdf, r)) for r in statements.recommenders]
    files.append((f"{statements.summary.status.number}.xlsx", _bind(documents.xlsx, statements)))
    for done, (name, render) in enumerate(files, start=1):
        job.check()
        path = folder / name
        write_file(path, render())
        written.append(path)
        job.progress(done, len(files), name)
    return written
