"""The pole display's two lines: the item and the total, what was paid and the change, a greeting;
Chinese on a Chinese display, English and bare amounts on an ASCII one, always exactly as wide."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.config import Config, parse_config
from pos.errors import ConfigError
from pos.pole_display import PoleLayout, PoleScreen, greeting_screen, item_screen, total_screen
from pos.text_layout import width

ASCII = PoleLayout(columns=20, encoding="ascii")
CHINESE = PoleLayout(columns=20, encoding="gb18030")


def spell(name: str) -> str:
    """A stand-in for pinyin: the shop's few names, spelled."""
    return {"手工皂": "shou gong zao", "来!合作社": "lai! he zuo she"}.get(name, "")


def test_a_chinese_display_shows_the_item_and_the_total_in_chinese() -> None:
    screen = item_screen(CHINESE, name="手工皂", amount_fen=2500, total_fen=12345)
    assert screen == PoleScreen("手工皂       ￥25.00", "合计        ￥123.45")


def test_an_ascii_display_shows_english_and_bare_amounts_and_spells_the_name() -> None:
    layout = PoleLayout(columns=20, encoding="ascii", transliterate=spell)
    screen = item_screen(layout, name="手工皂", amount_fen=2500, total_fen=12345)
    assert screen == PoleScreen("shou gong zao  25.00", "TOTAL         123.45")


def test_a_name_an_ascii_display_cannot_show_nor_spell_is_item() -> None:
    assert item_screen(ASCII, name="帆布袋", amount_fen=3990, total_fen=3990).top == "ITEM           39.90"


def test_full_width_letters_become_plain_on_an_ascii_display() -> None:
    assert ASCII.name("ＥＣＯ 帆布袋") == "ECO"


def test_a_long_name_is_cut_never_the_amount() -> None:
    chinese = item_screen(CHINESE, name="蜂蜡保鲜布（大号）三件套", amount_fen=-5900, total_fen=0)
    assert chinese.top == "蜂蜡保鲜…  -￥59.00"
    spelled = PoleLayout(encoding="ascii", transliterate=lambda _: "feng la bao xian bu da hao")
    assert (
        item_screen(spelled, name="蜂蜡保鲜布", amount_fen=5900, total_fen=5900).top == "feng la bao.   59.00"
    )


def test_total_then_paid_and_change() -> None:
    assert total_screen(CHINESE, total_fen=12345) == PoleScreen("合计        ￥123.45", " " * 20)
    assert total_screen(CHINESE, total_fen=12345, paid_fen=20000, change_fen=7655) == PoleScreen(
        "实收        ￥200.00", "找零         ￥76.55"
    )
    assert total_screen(ASCII, total_fen=12345, paid_fen=12345, change_fen=0) == PoleScreen(
        "TOTAL         123.45", "PAID          123.45"
    )


def test_the_greeting_names_the_shop() -> None:
    assert greeting_screen(CHINESE, shop_name="来!合作社") == PoleScreen(
        "     来!合作社      ", "      欢迎光临      "
    )
    spelled = PoleLayout(encoding="ascii", transliterate=spell)
    assert greeting_screen(spelled, shop_name="来!合作社") == PoleScreen(
        "  lai! he zuo she   ", "      WELCOME       "
    )
    assert greeting_screen(ASCII, shop_name="来!合作社").top == " " * 20


@given(
    name=st.text(max_size=40),
    amount_fen=st.integers(-(10**9), 10**9),
    total_fen=st.integers(-(10**9), 10**9),
    columns=st.integers(8, 40),
    encoding=st.sampled_from(["ascii", "gb18030", "gbk"]),
)
def test_every_line_is_exactly_as_wide_as_the_display_and_shows(
    name: str, amount_fen: int, total_fen: int, columns: int, encoding: str
) -> None:
    layout = PoleLayout(columns=columns, encoding=encoding)
    screens = [
        item_screen(layout, name=name, amount_fen=amount_fen, total_fen=total_fen),
        total_screen(layout, total_fen=total_fen, paid_fen=amount_fen, change_fen=total_fen),
        greeting_screen(layout, shop_name=name),
    ]
    for screen in screens:
        for line in (screen.top, screen.bottom):
            assert width(line) == columns
            line.encode(encoding)  # nothing the display cannot show
    amount = layout.amount(amount_fen)
    if width(amount) < columns:  # the amount is whole, at the right
        assert screens[0].top.endswith(amount)


def test_display_settings_are_read_and_checked() -> None:
    config = parse_config(
        '[display]\nport = "/dev/ttyUSB1"\nbaudrate = 2400\nencoding = "gb18030"\ncolumns = 16\n'
    )
    assert (
        config.display_port,
        config.display_baudrate,
        config.display_encoding,
        config.display_columns,
    ) == (
        "/dev/ttyUSB1",
        2400,
        "gb18030",
        16,
    )
    assert Config().display_port == ""  # no pole display unless set up
    with pytest.raises(ConfigError) as err:
        parse_config('[display]\nencoding = "utf-8"\n')
    assert "encoding" in err.value.zh and "ascii / gb18030 / gbk" in err.value.en
    with pytest.raises(ConfigError) as err:
        parse_config("[display]\ncolumns = 200\n")
    assert "columns" in err.value.en
