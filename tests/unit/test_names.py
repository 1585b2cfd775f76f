"""Names, codes and notes hold what a person reads, nothing hidden.

A product called ``"\u202e皂工手"`` would show as another name on the screen, a statement and a
price card; a bell character in a name is a printer command on a receipt. Control characters
(C0, C1) and the bidirectional controls are refused, naming the field; zero-width characters
and the BOM, which only make two equal-looking names differ, are removed.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.catalog import BIDI_CONTROLS, INVISIBLE, clean_code, clean_name, clean_text, refused_char
from pos.costs import CostComponent
from pos.errors import InputError
from pos.services.steps.catalog import add_host, add_product, add_recommender, add_tag
from pos.services.steps.charges import add_charge
from pos.services.steps.goods import set_costs, update_host, update_product, update_recommender
from pos.services.steps.users import add_user
from pos.shifts import clean_reason
from tests.unit.fakes import FakeUnitOfWork

C0_C1 = [chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))]
REFUSED = sorted(BIDI_CONTROLS) + C0_C1
HIDDEN = sorted(REFUSED + sorted(INVISIBLE))
SOAP = "6968344978697"
NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)


def holds_nothing_hidden(text: str) -> bool:
    return not any(ch in BIDI_CONTROLS or ch in INVISIBLE or unicodedata.category(ch) == "Cc" for ch in text)


def with_one_hidden(draw: st.DrawFn, *, codes: bool = False) -> str:
    alphabet = st.characters(min_codepoint=0x21, max_codepoint=0x7E) if codes else st.characters()
    head = draw(st.text(alphabet, max_size=8))
    tail = draw(st.text(alphabet, max_size=8))
    return head + draw(st.sampled_from(HIDDEN)) + tail


@st.composite
def names_with_one_hidden(draw: st.DrawFn) -> str:
    return with_one_hidden(draw)


@st.composite
def codes_with_one_hidden(draw: st.DrawFn) -> str:
    return with_one_hidden(draw, codes=True)


@given(names_with_one_hidden())
def test_a_name_with_a_hidden_character_is_refused_or_cleaned(text: str) -> None:
    for clean in (clean_name, clean_text):
        try:
            cleaned = clean(text, field="品名/name")
        except InputError as exc:
            assert exc.zh.startswith("品名") and exc.en.startswith("name"), exc
            continue
        assert holds_nothing_hidden(cleaned), repr(cleaned)


@given(codes_with_one_hidden())
def test_a_code_with_a_hidden_character_is_refused_or_cleaned(text: str) -> None:
    try:
        cleaned = clean_code(text, field="编号/code")
    except InputError as exc:
        assert "编号" in exc.zh and "code" in exc.en
        return
    assert holds_nothing_hidden(cleaned) and cleaned.isprintable(), repr(cleaned)


@given(st.text())
def test_whatever_is_typed_the_cleaned_name_never_holds_a_hidden_character(text: str) -> None:
    for clean in (clean_name, clean_text, clean_code):
        try:
            cleaned = clean(text, field="名称/name")
        except InputError:
            continue
        assert holds_nothing_hidden(cleaned), repr(cleaned)


@pytest.mark.parametrize("ch", sorted(BIDI_CONTROLS))
def test_a_direction_control_inside_a_name_is_refused_with_the_field_and_code_point(ch: str) -> None:
    with pytest.raises(InputError) as refused:
        clean_name(f"手工{ch}皂", field="品名/name")
    point = f"U+{ord(ch):04X}"
    assert refused.value.zh == f"品名含有改变文字方向的不可见字符 {point}，请删去后再保存"
    assert refused.value.en == f"name contains an invisible text-direction control ({point}); remove it"
    assert ch not in refused.value.zh + refused.value.en  # the message does not reorder itself


@pytest.mark.parametrize("ch", ["\x00", "\x07", "\x1b", "\t", "\n", "\r", "\x7f", "\x85", "\x9b"])
def test_a_control_character_inside_a_name_or_a_code_is_refused(ch: str) -> None:
    with pytest.raises(InputError, match=f"U\\+{ord(ch):04X}"):
        clean_name(f"手工{ch}皂", field="品名/name")
    with pytest.raises(InputError, match="host code contains a control character"):
        clean_code(f"H{ch}01", field="主理人编号/host code")


@pytest.mark.parametrize("ch", sorted(INVISIBLE))
def test_zero_width_characters_and_the_bom_are_removed(ch: str) -> None:
    assert clean_name(f"{ch}手工{ch}皂{ch}", field="品名/name") == "手工皂"
    assert clean_code(f"{ch}H0{ch}1", field="编号/code") == "H01"
    assert clean_text(f"微信{ch} abc", field="联系方式/contact") == "微信 abc"


def test_white_space_around_a_pasted_name_is_trimmed_and_a_note_keeps_its_lines_as_spaces() -> None:
    assert clean_name("\t手工皂\r\n", field="品名/name") == "手工皂"
    assert (
        clean_text("张三\n微信 zhang3\t 138 0000 0000", field="联系方式/contact")
        == "张三 微信 zhang3 138 0000 0000"
    )
    assert clean_reason("找零\n用") == "找零 用"
    with pytest.raises(InputError, match="U\\+202E"):
        clean_reason("找零\u202e用")
    assert refused_char("a\u202eb") == "\u202e" and refused_char("a\tb", allow=frozenset("\t")) is None


def test_a_lone_surrogate_is_refused_not_a_database_error() -> None:
    with pytest.raises(InputError, match="U\\+D800"):
        clean_name("手工\ud800皂", field="品名/name")


@pytest.fixture
def shop() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    with uow:
        add_host(uow, code="H01", name="布言布语", joined=date(2026, 1, 1))
        add_recommender(uow, code="R01", name="推介官1")
        add_product(uow, barcode=SOAP, name="手工皂", price_fen=2500, host_code="H01")
        uow.commit()
    return uow


def test_every_screen_and_import_that_saves_a_name_refuses_a_direction_control(shop: FakeUnitOfWork) -> None:
    rlo = "\u202e"
    attempts = {
        "名称": lambda: add_host(shop, code="H02", name=f"帆布{rlo}社", joined=date(2026, 1, 1)),
        "主理人编号": lambda: add_host(shop, code=f"H{rlo}2", name="帆布社", joined=date(2026, 1, 1)),
        "联系方式": lambda: add_host(shop, code="H02", name="帆布社", joined=date(2026, 1, 1), contact=f"138{rlo}"),
        "推介官编号": lambda: add_recommender(shop, code=f"R{rlo}2", name="推介官2"),
        "品名": lambda: add_product(shop, name=f"皂{rlo}", price_fen=100, host_code="H01"),
        "标签": lambda: add_tag(shop, name=f"环保{rlo}"),
        "成本项": lambda: set_costs(shop, barcode=SOAP, components=[CostComponent(f"原料{rlo}", 100)]),
        "备注": lambda: add_charge(shop, host_code="H01", day=date(2026, 11, 1), amount_fen=100, kind="fee",
                                  note=f"电费{rlo}"),
        "姓名": lambda: add_user(shop, code="S01", name=f"小陈{rlo}", role="staff", pin="2222", now=NOW),
        "账号": lambda: add_user(shop, code=f"S{rlo}1", name="小陈", role="staff", pin="2222", now=NOW),
    }  # fmt: skip
    for field, attempt in attempts.items():
        with shop, pytest.raises(InputError) as refused:
            attempt()
        assert refused.value.zh.startswith(field) and "U+202E" in refused.value.en, (field, refused.value)
    changes = {
        "名称": lambda: update_host(shop, code="H01", name=f"布言{rlo}布语"),
        "联系方式": lambda: update_host(shop, code="H01", contact=f"微信{rlo}"),
        "推介官联系方式": lambda: update_recommender(shop, code="R01", contact=f"微信{rlo}"),
        "品名": lambda: update_product(shop, barcode=SOAP, name=f"手工{rlo}皂"),
        "标签": lambda: update_product(shop, barcode=SOAP, tags=[f"环保{rlo}"]),
    }
    for change in changes.values():
        with shop, pytest.raises(InputError, match="U\\+202E"):
            change()
    with shop:
        host = shop.hosts.by_code("H01")
        assert host is not None and host.name == "布言布语" and host.contact == ""


def test_zero_width_characters_are_removed_where_names_are_saved(shop: FakeUnitOfWork) -> None:
    zw = "\u200b"
    with shop:
        host = add_host(
            shop, code=f"H0{zw}2", name=f"帆布{zw}社", joined=date(2026, 1, 1), contact=f"微信{zw}fb"
        )
        product = add_product(
            shop, name=f"帆布{zw}袋", price_fen=3990, host_code="H02", tags=[f"\ufeff旧物{zw}新生"]
        )
        tag = shop.tags.get(product.tag_ids[0])
        shop.commit()
    assert (host.code, host.name, host.contact, product.name) == ("H02", "帆布社", "微信fb", "帆布袋")
    assert tag is not None and tag.name == "旧物新生"
