"""An import is prepared without the write lock, then written in one short transaction: the rules of
docs/formats.md still hold (all or nothing, every bad line named, a dry run writes nothing, a key that
exists is refused), and what another writer does between the two phases is taken into account."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from db.engine import READ_ONLY
from db.models import ProductRow, SaleRow, StockMovementRow
from db.uow import SqlUnitOfWork
from pos.catalog import ProductFilter
from pos.imports import kinds
from pos.imports.columns import Record
from pos.imports.runner import ImportContext, ImportReport, LineError, run_import
from pos.imports.table import read_csv
from pos.ports import UnitOfWork
from pos.services.steps.catalog import INSTORE_SEQUENCE, add_product
from pos.services.steps.goods import update_host
from ui.cli import main
from ui.cli.imports import import_file
from ui.wiring.shop import Shop, open_shop

HOSTS = "code,name,coop_rate\nH01,主理人1号·手作,20\nH02,主理人2号,15%\n"
NOW = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
SOAP, BAG, TEA = "6968344978697", "6925199619830", "6954865971668"


@pytest.fixture
def shop(empty_db_url: str, tmp_path: Path) -> Iterator[Shop]:
    assert main(["init", "--db", empty_db_url]) == 0
    opened = open_shop(db_url=empty_db_url, config_path=tmp_path / "config.toml")
    imp(opened, tmp_path, "hosts", HOSTS)
    yield opened
    opened.close()


def imp(shop: Shop, tmp_path: Path, kind: str, text: str, **options: bool) -> ImportReport:
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, encoding="utf-8")
    return import_file(shop, kind=kind, path=path, **options)


def count(shop: Shop, row: Any) -> int:
    with shop.engine.execution_options(**{READ_ONLY: True}).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(row)).scalar_one())


def sequence(shop: Shop) -> int:
    uow = SqlUnitOfWork(shop.engine, read_only=True)
    with uow:
        return int(uow.sequences.current(INSTORE_SEQUENCE))  # type: ignore[attr-defined]


def between_phases(monkeypatch: pytest.MonkeyPatch, kind: str, meanwhile: Callable[[int], None]) -> list[int]:
    """Run ``meanwhile(n)`` after the file is prepared the n-th time, before it is written."""
    calls: list[int] = []
    real = kinds.HANDLERS[kind]

    def handler(
        uow: UnitOfWork, rows: Sequence[Record], ctx: ImportContext, report: ImportReport
    ) -> list[LineError]:
        errors = real(uow, rows, ctx, report)
        calls.append(len(calls) + 1)
        meanwhile(len(calls))
        return errors

    monkeypatch.setitem(kinds.HANDLERS, kind, handler)
    return calls


GOODS = (
    "barcode,name,price,host,tags,stock\n"
    f"{SOAP},手工皂,25.00,H01,在地文化,10\n"
    ",明信片,10.00,H02,在地文化；乡村振兴,3\n"
    f"{BAG},帆布袋,39.90,H01,,\n"
)


def test_one_bad_line_imports_nothing_and_every_bad_line_is_named(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = GOODS + ",书签,5.001,H01,,\n" + f"{TEA},茶,12,H09,,2\n"
    with pytest.raises(Exception) as failed:
        imp(shop, tmp_path, "products", text)
    message = failed.value.en  # type: ignore[attr-defined]
    assert "2 bad line(s), nothing was imported" in message
    assert 'line 5: price "5.001" has more than two decimals' in message
    assert "line 6: there is no host with code H09" in message
    assert (count(shop, ProductRow), count(shop, StockMovementRow), sequence(shop)) == (0, 0, 0)


def test_a_dry_run_prepares_everything_and_never_takes_the_write_lock(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    writes: list[str] = []

    @event.listens_for(shop.engine, "begin")
    def _begin(conn: Any) -> None:
        if not conn.get_execution_options().get(READ_ONLY):
            writes.append("BEGIN IMMEDIATE" if shop.engine.dialect.name == "sqlite" else "BEGIN")

    def run(*, dry_run: bool) -> ImportReport:
        return run_import(
            shop.uow(),
            read_uow=shop.uow(read_only=True),
            kind="products",
            table=read_csv(GOODS.encode(), source="goods.csv"),
            context=ImportContext(today=date(2026, 11, 1), now=NOW, timezone="Asia/Shanghai", update=False),
            handler=kinds.HANDLERS["products"],
            dry_run=dry_run,
        )

    report = run(dry_run=True)
    assert (report.created, report.stock_units) == (3, 13)
    assert [c.key for c in report.changes] == [SOAP, "2000000000015", BAG]
    assert writes == []
    assert (count(shop, ProductRow), count(shop, StockMovementRow), sequence(shop)) == (0, 0, 0)
    report = run(dry_run=False)  # the real thing does what the preview showed, in one write
    assert [c.key for c in report.changes] == [SOAP, "2000000000015", BAG]
    assert len(writes) == 1
    assert (count(shop, ProductRow), count(shop, StockMovementRow), sequence(shop)) == (3, 2, 1)


def test_importing_again_is_refused_unless_update(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    imp(shop, tmp_path, "products", GOODS)
    with pytest.raises(Exception) as failed:
        imp(shop, tmp_path, "products", GOODS)
    message = failed.value.en  # type: ignore[attr-defined]
    assert f"line 2: a product with barcode {SOAP} already exists (use --update to change it)" in message
    assert f"line 4: a product with barcode {BAG} already exists" in message
    assert "line 3" not in message  # no barcode: a new in-store code every time
    report = imp(
        shop,
        tmp_path,
        "products",
        f"barcode,name,price,host,tags,stock\n{SOAP},手工皂（大）,26.50,H02,新标签；在地文化,5\n",
        update=True,
    )
    assert (report.created, report.updated, report.stock_units) == (0, 1, 5)
    uow = SqlUnitOfWork(shop.engine, read_only=True)
    with uow:
        soap = uow.products.by_barcode(SOAP)
        h02 = uow.hosts.by_code("H02")
        found = list(uow.products.search(ProductFilter(text="大")))
        tags = {t.id: t.name for t in uow.tags.list()}
    assert soap is not None and h02 is not None
    assert [tags[t] for t in soap.tag_ids] == ["在地文化", "新标签"]  # a tag new in the file, made first
    assert (soap.name, soap.price_fen, soap.host_id, soap.coop_bp) == ("手工皂（大）", 2650, h02.id, 2000)
    assert [p.barcode for p in found] == [SOAP]  # the search key follows the new name
    sales = "receipt,time,barcode,qty,payment\nM-1,2026-11-01 10:00:00,6968344978697,2,cash\n"
    imp(shop, tmp_path, "sales", sales)
    with pytest.raises(Exception) as failed:
        imp(shop, tmp_path, "sales", sales)
    assert "line 2: receipt M-1 was already imported" in failed.value.en  # type: ignore[attr-defined]
    assert count(shop, SaleRow) == 1


def test_a_barcode_taken_between_prepare_and_write_is_named(  # type: ignore[no-untyped-def]
    shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def meanwhile(n: int) -> None:
        if n == 1:  # someone adds 帆布袋 at the goods screen while the file is being checked
            uow = SqlUnitOfWork(shop.engine)
            with uow:
                add_product(uow, name="别人的帆布袋", price_fen=3000, host_code="H02", barcode=BAG)
                uow.commit()

    calls = between_phases(monkeypatch, "products", meanwhile)
    with pytest.raises(Exception) as failed:
        imp(shop, tmp_path, "products", GOODS)
    assert calls == [1, 2]  # the write was refused by the unique barcode; the file prepared again
    message = failed.value.en  # type: ignore[attr-defined]
    assert (
        f"1 bad line(s), nothing was imported:\nline 4: a product with barcode {BAG} already exists"
        in message
    )
    assert count(shop, ProductRow) == 1 and count(shop, StockMovementRow) == 0 and sequence(shop) == 0


def test_an_instore_code_taken_meanwhile_moves_the_file_to_the_next_ones(  # type: ignore[no-untyped-def]
    shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def meanwhile(n: int) -> None:
        if n == 1:  # a product without a barcode added at the goods screen: it takes 2000000000015
            uow = SqlUnitOfWork(shop.engine)
            with uow:
                add_product(uow, name="柜台的新货", price_fen=500, host_code="H01")
                uow.commit()

    calls = between_phases(monkeypatch, "products", meanwhile)
    report = imp(shop, tmp_path, "products", GOODS)
    assert calls == [1, 2]
    assert [c.key for c in report.changes] == [SOAP, "2000000000022", BAG]
    assert (count(shop, ProductRow), sequence(shop)) == (4, 2)


def test_a_rate_changed_meanwhile_is_the_rate_the_goods_get(  # type: ignore[no-untyped-def]
    shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def meanwhile(n: int) -> None:
        if n == 1:
            uow = SqlUnitOfWork(shop.engine)
            with uow:
                update_host(uow, code="H01", coop_bp=3000)
                uow.commit()

    calls = between_phases(monkeypatch, "products", meanwhile)
    imp(shop, tmp_path, "products", GOODS)
    assert calls == [1, 2]
    uow = SqlUnitOfWork(shop.engine, read_only=True)
    with uow:
        soap = uow.products.by_barcode(SOAP)
    assert soap is not None and soap.coop_bp == 3000


def test_the_shop_changing_every_time_refuses_the_import(  # type: ignore[no-untyped-def]
    shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def meanwhile(n: int) -> None:
        uow = SqlUnitOfWork(shop.engine)
        with uow:
            update_host(uow, code="H01", coop_bp=2000 + 100 * n)
            uow.commit()

    calls = between_phases(monkeypatch, "products", meanwhile)
    with pytest.raises(Exception) as failed:
        imp(shop, tmp_path, "products", GOODS)
    assert calls == [1, 2]
    assert "changed twice while the file was being imported; nothing was imported" in failed.value.en  # type: ignore[attr-defined]
    assert count(shop, ProductRow) == 0


def test_a_refund_made_meanwhile_at_the_counter_is_counted(  # type: ignore[no-untyped-def]
    shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imp(shop, tmp_path, "products", GOODS)
    imp(
        shop,
        tmp_path,
        "sales",
        "receipt,time,barcode,qty,payment\nM-1,2026-11-01 10:00:00,6968344978697,2,cash\n",
    )
    refund = (
        "receipt,time,barcode,qty,payment,refund_of\nMR-{},2026-11-02 10:00:00,6968344978697,{},cash,M-1\n"
    )

    def meanwhile(n: int) -> None:
        if n == 1:  # the other unit comes back through another import (or a counter) meanwhile
            monkeypatch.setitem(kinds.HANDLERS, "sales", real)
            imp(shop, tmp_path / "other", "sales", refund.format(2, 1))

    (tmp_path / "other").mkdir()
    real = kinds.HANDLERS["sales"]
    calls = between_phases(monkeypatch, "sales", meanwhile)
    with pytest.raises(Exception) as failed:
        imp(shop, tmp_path, "sales", refund.format(1, 2))
    assert calls == [1, 2]  # what was refunded of M-1 changed: prepared again, and judged again
    assert "line 2: 手工皂: only 1 left to refund, cannot refund 2" in failed.value.en  # type: ignore[attr-defined]
    with shop.engine.connect() as conn:
        assert sorted(conn.execute(select(SaleRow.receipt_no)).scalars()) == ["M-1", "MR-2"]


def test_charges_and_hosts_still_all_or_nothing(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    charges = "host,date,amount,kind,note\nH01,2026-11-01,5,fee,物料\nH02,2026-11-02,-3.50,adjustment,\n"
    assert imp(shop, tmp_path, "charges", charges).created == 2
    with pytest.raises(Exception) as failed:
        imp(shop, tmp_path, "charges", charges + "H03,2026-11-03,1,fee,\n")
    message = failed.value.en  # type: ignore[attr-defined]
    assert "line 2: this charge of 5.00 for H01 on 2026-11-01 is already recorded" in message
    assert "line 3: this charge of -3.50 for H02 on 2026-11-02 is already recorded" in message
    assert "line 4: there is no host with code H03" in message
    report = imp(shop, tmp_path, "hosts", "code,name\nH03,新主理人\nH01,改名\n", update=True)
    assert (report.created, report.updated) == (1, 1)
    uow = SqlUnitOfWork(shop.engine, read_only=True)
    with uow:
        assert [(h.code, h.name) for h in uow.hosts.list()] == [
            ("H01", "改名"),
            ("H02", "主理人2号"),
            ("H03", "新主理人"),
        ]
