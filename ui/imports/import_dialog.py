"""导入 Import: choose a kind and a file, see what it will change (or every bad line), then import.

The preview is the real import run as a dry run: every row through the shop's own services on a
staging unit of work that only reads (``pos.imports.staging``), so what the preview shows is exactly
what the import does; nothing is written, nor the counter held up, until 导入 Import is pressed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.clock import business_day
from pos.errors import CoopError, InputError
from pos.imports.kinds import HANDLERS, UPDATABLE
from pos.imports.runner import ImportContext, ImportFailed, ImportReport, run_import
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.widgets import Banner

KINDS = ("hosts", "recommenders", "products", "charges", "sales")


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, *, kind: str = "products", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = ctx.config.language
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import"))
        self.resize(900, 560)

        self.kind = QComboBox()
        names = {
            "hosts": self.tr("Hosts"),
            "recommenders": self.tr("Recommenders"),
            "products": self.tr("Goods"),
            "charges": self.tr("Charges"),
            "sales": self.tr("Sales"),
        }
        for key in KINDS:
            self.kind.addItem(names[key], key)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A .csv (UTF-8 or GB18030) or .xlsx file"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        self.update_box = QCheckBox(self.tr("Update records that exist"))
        self.preview_button = QPushButton(self.tr("Preview (F5)"))
        self.preview_button.clicked.connect(self.preview)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.preview)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        self.banner = Banner()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kind")))
        top.addWidget(self.kind)
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        options = QHBoxLayout()
        options.addWidget(self.update_box)
        options.addStretch(1)
        options.addWidget(self.preview_button)
        options.addWidget(self.import_button)
        options.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(self._changed)
        self.path.textChanged.connect(self._changed)
        self.update_box.toggled.connect(self._changed)
        self._changed()

    # -- choosing -------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def _changed(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)
        self.update_box.setEnabled(self.kind.currentData() in UPDATABLE)
        if self.kind.currentData() not in UPDATABLE:
            self.update_box.setChecked(False)

    # -- running --------------------------------------------------------------------------
    def _work(self, *, dry_run: bool) -> ImportReport:
        path = Path(self.path.text().strip())
        if not self.path.text().strip():
            raise InputError("请先选择文件", "choose a file first")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(
                f"无法读取文件 {path}：{exc.strerror}", f"cannot read the file {path}: {exc.strerror}"
            ) from exc
        if self.ctx.read_table is None:
            raise InputError("此程序没有配置文件读取", "this program cannot read import files")
        table = self.ctx.read_table(data, path.name)
        now = datetime.now(UTC)
        context = ImportContext(
            today=business_day(now, self.ctx.config.timezone),
            now=now,
            timezone=self.ctx.config.timezone,
            update=self.update_box.isChecked(),
        )
        kind = str(self.kind.currentData())
        return run_import(
            self.ctx.uow(),
            read_uow=self.ctx.read_uow(),
            kind=kind,
            table=table,
            context=context,
            handler=HANDLERS[kind],
            dry_run=dry_run,
        )

    def preview(self) -> None:
        self.banner.clear()
        self.preview_button.setEnabled(False)
        ops.run_op(
            self,
            lambda: self._work(dry_run=True),
            on_done=self._previewed,
            on_error=self._refused,
            on_finally=lambda: self.preview_button.setEnabled(True),
            label="import preview",
        )

    def run(self) -> None:
        self.import_button.setEnabled(False)
        ops.run_op(
            self,
            lambda: self._work(dry_run=False),
            on_done=self._imported,
            on_error=self._refused,
            label="import",
        )

    # -- showing --------------------------------------------------------------------------
    def _message(self, zh: str, en: str) -> str:
        return en if self.language.startswith("en") else zh

    def _previewed(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setText(self._message(*report.summary()))
        actions = {"create": self.tr("new"), "update": self.tr("update")}
        self._fill(
            [self.tr("Line"), self.tr("Change"), self.tr("Key"), self.tr("What")],
            [(str(c.line), actions.get(c.action, c.action), c.key, c.summary) for c in report.changes],
        )
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def _imported(self, report: ImportReport) -> None:
        self.report = None
        self.banner.show_info(self._message(*report.summary()))
        self.import_button.setEnabled(False)

    def _refused(self, error: CoopError) -> None:
        self.report = None
        self.import_button.setEnabled(False)
        if isinstance(error, ImportFailed):
            self.banner.show_error(
                self._message(
                    f"{len(error.errors)} 行有错，什么都没有导入。改好文件后再预览。",
                    f"{len(error.errors)} bad line(s): nothing was imported. Fix the file and preview again.",
                )
            )
            self.summary.setText("")
            self._fill(
                [self.tr("Line"), self.tr("Problem")],
                [(str(e.line), self._message(e.zh, e.en)) for e in error.errors],
            )
        else:
            self.banner.show_error(error.message(self.language))
            self._fill([self.tr("Line"), self.tr("Problem")], [])

    def _fill(self, headers: list[str], rows: list[tuple[str, ...]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
