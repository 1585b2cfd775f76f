"""打印标签 Labels: the chosen goods (or a host's, or all active) as a label sheet PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.errors import CoopError, InputError
from pos.services.labels import MAX_COPIES, label_items
from ui.kit import ops
from ui.kit.context import AppContext
from ui.kit.files import write_file
from ui.kit.widgets import Banner


class LabelsDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        *,
        barcodes: Sequence[str] = (),
        host_code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.barcodes = list(barcodes)
        self.host_code = host_code
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Print labels"))
        if self.barcodes:
            # not a %n plural: the translation checks compare each English translation with its source
            scope = self.tr("Chosen products: %1").replace("%1", str(len(self.barcodes)))
        elif host_code:
            scope = self.tr("Every active product of host %1").replace("%1", host_code)
        else:
            scope = self.tr("Every active product")
        self.preset = QComboBox()
        english = ctx.config.language.startswith("en")
        for key, zh, en in ctx.documents.label_presets():
            self.preset.addItem(en if english else zh, key)
        self.per_product = QRadioButton(self.tr("Copies of each"))
        self.per_stock = QRadioButton(self.tr("As many as are in stock"))
        self.per_product.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_product)
        group.addButton(self.per_stock)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.per_stock.toggled.connect(lambda on: self.copies.setEnabled(not on))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        self.path = QLineEdit(str(Path(folder) / "labels.pdf"))
        browse = QPushButton(self.tr("Save as…"))
        browse.clicked.connect(self._browse)
        self.open_after = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_after.setChecked(True)
        self.banner = Banner()
        self.go = QPushButton(self.tr("Make PDF"))
        self.go.setDefault(True)
        self.go.clicked.connect(self.make)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Goods"), QLabel(scope))
        form.addRow(self.tr("Sheet"), self.preset)
        how = QHBoxLayout()
        how.addWidget(self.per_product)
        how.addWidget(self.copies)
        how.addWidget(self.per_stock)
        how.addStretch(1)
        form.addRow(self.tr("How many"), how)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("File"), where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_after)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels as"), self.path.text(), "PDF (*.pdf)"
        )
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _work(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            raise InputError("请选择保存的位置", "choose where to save the PDF")
        items = label_items(
            self.ctx.read_uow(),
            host_code=self.host_code,
            barcodes=self.barcodes,
            copies=self.copies.value(),
            per_stock=self.per_stock.isChecked(),
        )
        write_file(path, self.ctx.documents.labels_pdf(items, preset=str(self.preset.currentData())))
        return path

    def make(self) -> None:
        self.banner.clear()
        self.go.setEnabled(False)
        ops.run_op(
            self,
            self._work,
            on_done=self._done,
            on_error=self._refused,
            on_finally=lambda: self.go.setEnabled(True),
            label="labels",
        )

    def _done(self, path: Path) -> None:
        self.written = path
        self.banner.show_info(self.tr("Saved %1").replace("%1", str(path)))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _refused(self, error: CoopError) -> None:
        self.banner.show_error(error.message(self.ctx.config.language))
