"""Screenshots of the staff screens on a demo shop, to look at them as a user would.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [--en] [OUT_DIR]

(or with QT_QPA_PLATFORM=offscreen). Builds a demo shop in a temporary SQLite file (~10 s), gives
one product a published cost breakdown, opens the main window at 1366×768 and saves
goods-page.png, product-dialog.png, hosts-page.png, recommenders-page.png, tags-page.png and
host-dialog.png into OUT_DIR (default /tmp); with --en, the screens in English, named *-en.png.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from db.engine import make_engine  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.uow import SqlUnitOfWork  # noqa: E402
from pos.config import Config  # noqa: E402
from pos.costs import CostComponent  # noqa: E402
from pos.demo import fill_demo_shop  # noqa: E402
from pos.services.steps.goods import set_costs, update_product  # noqa: E402
from ui.app.main_window import MainWindow  # noqa: E402
from ui.app.pages import GoodsTabs, PeopleTabs  # noqa: E402
from ui.app.shell import create_application  # noqa: E402
from ui.kit import ops  # noqa: E402
from ui.kit.context import AppContext  # noqa: E402

SIZE = (1366, 768)
CARD_PRODUCT = "冷制手工皂"


def documents() -> object:
    try:
        from receipts.documents import PdfDocuments
    except ImportError:
        return None
    return PdfDocuments()


def build_shop(folder: Path) -> AppContext:
    engine = make_engine(f"sqlite:///{folder / 'demo.sqlite'}")
    upgrade(engine)
    fill_demo_shop(SqlUnitOfWork(engine), today=date(2026, 11, 23))
    uow = SqlUnitOfWork(engine)
    with uow:
        product = next(p for p in uow.products.list() if p.name == CARD_PRODUCT)
        update_product(uow, barcode=product.barcode, recommender_code="R01", rec_bp=500)
        set_costs(
            uow,
            barcode=product.barcode,
            components=[CostComponent("原料", 620), CostComponent("人工", 800), CostComponent("包装", 150)],
        )
        uow.commit()
    return AppContext(
        config=Config(),
        uow_factory=lambda: SqlUnitOfWork(engine),
        documents=documents(),  # type: ignore[arg-type]
        database_label=str(folder / "demo.sqlite"),
    )


def settle() -> None:
    for _ in range(3):
        ops.wait_idle(10_000)
        QCoreApplication.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"saved {path}")


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--en"]
    english = "--en" in sys.argv[1:]
    out = Path(args[0]) if args else Path("/tmp")
    app = create_application([], language="en" if english else "zh_CN")
    suffix = "-en" if english else ""

    def png(name: str) -> Path:
        return out / f"{name}{suffix}.png"

    with tempfile.TemporaryDirectory(prefix="coop-pos-screens-") as tmp:
        ctx = build_shop(Path(tmp))
        window = MainWindow(shop_name=ctx.config.shop_name, context=ctx)
        window.resize(*SIZE)
        window.show()
        window.show_page("goods")
        goods = window.page("goods")
        assert isinstance(goods, GoodsTabs)
        grab(window, png("goods-page"))

        page = goods.goods
        page.search.setText("手工皂")
        page.apply_filters()
        settle()
        names = [page.model.listing(r).name for r in range(page.model.rowCount())]
        page.select_row(names.index(CARD_PRODUCT))
        page.open_selected()
        settle()
        assert page.dialog is not None
        grab(page.dialog, png("product-dialog"))
        page.dialog.reject()
        page.search.clear()
        page.apply_filters()

        goods.setCurrentWidget(goods.tags)
        grab(window, png("tags-page"))

        window.show_page("hosts")
        people = window.page("hosts")
        assert isinstance(people, PeopleTabs)
        grab(window, png("hosts-page"))
        people.hosts.table.selectRow(0)
        people.hosts.open_selected()
        settle()
        assert people.hosts.dialog is not None
        grab(people.hosts.dialog, png("host-dialog"))
        people.hosts.dialog.reject()
        people.setCurrentWidget(people.recommenders)
        grab(window, png("recommenders-page"))
        window.close()
        settle()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
