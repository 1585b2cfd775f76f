"""Settings: commented defaults on first run, clear words for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos.config import DEFAULT_TEXT, Config, load_config, parse_config
from pos.errors import ConfigError


def test_the_default_file_reads_back_as_the_defaults() -> None:
    assert parse_config(DEFAULT_TEXT) == Config()


def test_first_run_writes_the_commented_defaults(tmp_path: Path) -> None:
    path = tmp_path / "coop-pos" / "config.toml"
    config = load_config(path)
    assert config.timezone == "Asia/Shanghai" and config.counter_id == "C1" and config.language == "zh_CN"
    assert path.read_text(encoding="utf-8") == DEFAULT_TEXT


def test_a_file_the_staff_edited_is_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[shop]\nname = "来!合作社·新华店"\n[counter]\nid = "C2"\nlanguage = "en"\n'
        '[printer]\nuri = "tcp://127.0.0.1:9100"\n[backup]\nkeep = 7\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert (config.shop_name, config.counter_id, config.language, config.printer_uri, config.backup_keep) == (
        "来!合作社·新华店",
        "C2",
        "en",
        "tcp://127.0.0.1:9100",
        7,
    )
    assert config.timezone == "Asia/Shanghai"


@pytest.mark.parametrize(
    ("text", "zh_part", "en_part"),
    [
        ("[shop\nname = 1", "格式有误", "malformed"),
        ('[shop]\ncolour = "red"\n', "未知项 [shop] colour", "unknown entry [shop] colour"),
        ("[counter]\nid = 7\n", "类型不对", "wrong type"),
        ('[counter]\nid = "C 1"\n', "收银台编号", "counter id"),
        ('[counter]\nlanguage = "fr"\n', "zh_CN", "zh_CN or en"),
        ('[shop]\ntimezone = "Asia/Beijing"\n', "Asia/Beijing", "does not exist"),
        ("[backup]\nkeep = 0\n", "backup_keep", "at least 1"),
        ("[scanner]\nbaudrate = true\n", "类型不对", "wrong type"),
    ],
)
def test_a_broken_setting_is_named(text: str, zh_part: str, en_part: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="config.toml")
    assert zh_part in err.value.zh and en_part in err.value.en
