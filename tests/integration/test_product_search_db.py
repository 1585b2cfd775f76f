"""A product renamed or given a new code is found by what it is called now (both databases)."""

from __future__ import annotations

from datetime import date

from db.engine import make_engine
from db.migrate import upgrade
from db.uow import SqlUnitOfWork
from pos.catalog import ProductFilter
from pos.services.queries import search_products
from pos.services.steps.catalog import add_host, add_product
from pos.services.steps.goods import update_product


def test_a_renamed_product_is_found_by_its_new_name_and_pinyin(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    uow = SqlUnitOfWork(engine)
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1))
        add_product(uow, name="手工皂", price_fen=2500, host_code="H01", barcode="6968344978697")
        uow.commit()
    with uow:
        update_product(uow, barcode="6968344978697", name="帆布袋", new_barcode="6925199619830")
        uow.commit()

    def found(text: str) -> list[str]:
        return [p.name for p in search_products(uow, ProductFilter(text=text))]

    assert found("fbd") == found("帆布") == found("199619") == ["帆布袋"]
    assert found("sgz") == found("手工") == found("344978") == []
    engine.dispose()
