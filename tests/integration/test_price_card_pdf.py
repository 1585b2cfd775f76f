"""Transparent price cards (透明价签) read back from the PDF: every figure, and that they add up.

The card prints what ``pos.costs.compose_price`` computed; these tests read the printed text
(``pdftotext -raw`` keeps drawing order, one table row per line) and add the figures up again,
to the fen, as a customer with a pencil would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos.costs import CostComponent, compose_price
from pos.documents import PriceCard
from pos.errors import InputError, RuleError
from pos.money import parse_fen
from receipts.documents import PdfDocuments
from receipts.price_card import price_cards_pdf

pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in ("pdftotext", "pdffonts", "pdfinfo")), reason="needs poppler-utils"
)

DOCS = PdfDocuments()
AS_OF = date(2026, 11, 23)
ROW = re.compile(r"^(?P<label>\S+(?: = \S+)?)(?: (?P<rate>\d+(?:\.\d+)?%))? (?P<amount>-?¥[\d,]+\.\d\d)$")


def card(
    name: str = "手工皂",
    *,
    price_fen: int = 2500,
    coop_bp: int = 2000,
    rec_bp: int = 500,
    recommender: str = "李推介",
    components: tuple[CostComponent, ...] = (
        CostComponent("原料", 620),
        CostComponent("人工", 800),
        CostComponent("包装", 150),
    ),
) -> PriceCard:
    return PriceCard(
        shop_name="来!合作社",
        product_name=name,
        barcode="6968344978697",
        host_name="王小明",
        host_code="H01",
        recommender_name=recommender,
        tags=("手作", "本地", "零废弃"),
        composition=compose_price(price_fen=price_fen, coop_bp=coop_bp, rec_bp=rec_bp, components=components),
        as_of=AS_OF,
    )


def text_of(pdf: bytes, tmp: Path) -> str:
    path = tmp / "card.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def table(text: str) -> dict[str, tuple[str | None, int]]:
    """``label -> (rate, amount_fen)`` for each printed row of the composition."""
    rows = {}
    for line in text.splitlines():
        m = ROW.match(line.strip())
        if m:
            rows[m["label"]] = (m["rate"], parse_fen(m["amount"], allow_negative=True))
    return rows


def test_the_soap_card_shows_who_gets_what_of_its_25_yuan(tmp_path: Path) -> None:
    text = text_of(DOCS.price_cards_pdf([card()]), tmp_path)
    rows = table(text)
    assert rows == {
        "合作社佣金": ("20%", 500),
        "推介官分成": ("5%", 125),
        "主理人所得": (None, 1875),
        "原料": (None, 620),
        "人工": (None, 800),
        "包装": (None, 150),
        "主理人利润": (None, 305),
        "合计 = 售价": (None, 2500),
    }
    for words in ("手工皂", "¥25.00", "6968344978697", "王小明 (H01)", "推介官 李推介", "#手作", "来!合作社"):
        assert words in text
    assert "价格构成按 2026-11-23 的比例计算 · 公开成本" in text


def test_the_printed_parts_add_up_to_the_price_to_the_fen(tmp_path: Path) -> None:
    rows = table(text_of(DOCS.price_cards_pdf([card()]), tmp_path))
    amount = {k: v[1] for k, v in rows.items()}
    assert amount["合作社佣金"] + amount["推介官分成"] + amount["主理人所得"] == amount["合计 = 售价"] == 2500
    assert amount["原料"] + amount["人工"] + amount["包装"] + amount["主理人利润"] == amount["主理人所得"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    price_fen=st.integers(1, 999_999),
    coop_bp=st.integers(0, 6000),
    rec_bp=st.integers(0, 4000),
    costs=st.lists(st.integers(0, 300_000), max_size=12),
)
def test_any_card_adds_up_as_printed(
    tmp_path: Path, price_fen: int, coop_bp: int, rec_bp: int, costs: list[int]
) -> None:
    names = ("原料", "人工", "包装", "物流", "能源", "场地", "损耗", "设计", "模具", "检测", "认证", "运输")
    parts = tuple(CostComponent(n, a) for n, a in zip(names, costs, strict=False))
    c = card(
        price_fen=price_fen,
        coop_bp=coop_bp,
        rec_bp=rec_bp,
        recommender="R" if rec_bp else "",
        components=parts,
    )
    rows = table(text_of(DOCS.price_cards_pdf([c]), tmp_path))
    amount = {k: v[1] for k, v in rows.items()}
    assert amount["合计 = 售价"] == price_fen
    assert amount["合作社佣金"] + amount.get("推介官分成", 0) + amount["主理人所得"] == price_fen
    if parts:
        assert sum(amount[p.name] for p in parts) + amount["主理人利润"] == amount["主理人所得"]
    assert amount["主理人所得"] == c.composition.host_fen  # printed as pos.costs computed it


def test_a_loss_is_printed_with_its_minus_sign(tmp_path: Path) -> None:
    bag = card(
        "帆布袋",
        price_fen=3990,
        coop_bp=1500,
        rec_bp=0,
        recommender="",
        components=(CostComponent("原料", 1800), CostComponent("人工", 1500), CostComponent("包装", 300)),
    )
    assert bag.composition.margin_fen == -209
    text = text_of(DOCS.price_cards_pdf([bag]), tmp_path)
    assert "主理人利润 -¥2.09" in text.splitlines()
    assert table(text)["主理人所得"] == (None, 3391)


def test_a_product_without_a_recommender_has_no_recommender_line(tmp_path: Path) -> None:
    text = text_of(DOCS.price_cards_pdf([card(rec_bp=0, recommender="")]), tmp_path)
    assert "推介" not in text
    rows = table(text)
    assert rows["合作社佣金"] == ("20%", 500) and rows["主理人所得"] == (None, 2000)


def test_a_product_without_listed_costs_says_so_instead_of_calling_it_all_profit(tmp_path: Path) -> None:
    text = text_of(DOCS.price_cards_pdf([card(components=())]), tmp_path)
    assert "未列出成本明细" in text and "主理人利润" not in text
    assert table(text)["主理人所得"] == (None, 1875)


def test_cards_go_ten_to_an_a4_page_with_the_font_embedded(tmp_path: Path) -> None:
    path = tmp_path / "cards.pdf"
    path.write_bytes(DOCS.price_cards_pdf([card(f"商品{n}") for n in range(11)]))
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M)
    assert re.search(r"^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)", info, re.M)
    rows = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert rows and all(" yes yes " in row and "TrueType" in row for row in rows), rows
    big = tmp_path / "big.pdf"
    big.write_bytes(price_cards_pdf([card(f"商品{n}") for n in range(4)], size="150x90"))
    info = subprocess.run(["pdfinfo", str(big)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M)  # three to a page


def test_same_cards_same_bytes() -> None:
    cards = [card(), card("帆布袋", rec_bp=0, recommender="")]
    assert DOCS.price_cards_pdf(cards) == DOCS.price_cards_pdf(cards)


def test_no_cards_and_unknown_sizes_are_messages() -> None:
    with pytest.raises(RuleError) as refused:
        DOCS.price_cards_pdf([])
    assert refused.value.en == "no price cards to print"
    with pytest.raises(InputError) as unknown:
        price_cards_pdf([card()], size="a0")
    assert "90x54" in unknown.value.zh and "150x90" in unknown.value.en
