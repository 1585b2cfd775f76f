"""A count's variance report saved as a file, PDF or XLSX: of the count open on the panel, or of an
earlier one chosen in the list before a count (the host co-signs it, the books keep it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from pos.clock import utc_now
from pos.services.stock_counts import count_variance
from pos.statements import ShopInfo
from pos.stock import count_number
from ui.kit.files import write_file
from ui.kit.ops import run_op

if TYPE_CHECKING:
    from ui.stock.stock_count import CountPanel


class VarianceFiles(QObject):
    """``last_file`` is the report saved last."""

    def __init__(self, panel: CountPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.last_file: Path | None = None

    def ask_path(self, suggested: str, kind: str) -> Path | None:
        pattern = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
        name, _ = QFileDialog.getSaveFileName(
            self.panel, self.tr("Save the variance report as"), suggested, pattern
        )
        return Path(name) if name else None

    def export_chosen(self, kind: str) -> None:
        """The report of the count chosen in the list of earlier counts."""
        panel = self.panel
        count_id = panel.starting.chosen_count()
        if count_id is not None:
            self.export(kind, count_id)
        else:
            panel.banner.show_error(self.tr("Choose a count in the list first."))

    def export(self, kind: str, count_id: int | None = None) -> None:
        """The report of ``count_id``, else of the open count, as ``kind`` (pdf or xlsx)."""
        panel = self.panel
        docs = panel.ctx.stock_documents
        count_id = count_id if count_id is not None else (panel.count.id if panel.count else None)
        if docs is None or count_id is None:
            return
        path = self.ask_path(f"{count_number(count_id)}.{kind}", kind)
        if path is None:
            return
        ctx, config = panel.ctx, panel.ctx.config
        shop = ShopInfo(config.shop_name, config.shop_address)

        def work() -> Path:
            report = count_variance(ctx.read_uow(), count_id=count_id, at=utc_now())
            if kind == "pdf":
                data = docs.variance_pdf(report, shop=shop, timezone=config.timezone)
            else:
                data = docs.variance_xlsx(report, timezone=config.timezone)
            write_file(path, data)
            return path

        def done(saved: Path) -> None:
            self.last_file = saved
            panel.banner.show_info(self.tr("Saved as %1").replace("%1", str(saved)))

        run_op(panel, work, on_done=done, on_error=panel.refused, label="save a variance report")
