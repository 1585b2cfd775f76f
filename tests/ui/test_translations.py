"""The translation catalogues are complete, compiled, and match the code."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
I18N_DIR = UI_DIR / "i18n"
LANGUAGES = ("zh_CN", "en")


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_script()


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (
                f"{ts_file.name}: {message.findtext('source')!r} has no translation"
            )
            found.append((name, message.findtext("source", default=""), translation))
    return found


class TrCalls(ast.NodeVisitor):
    """Finds self.tr("...") (context: the enclosing class) and translate("context", "...") calls."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.not_literal: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        if name == "tr" and self.classes:
            text = node.args[0] if node.args else None
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                self.found.add((self.classes[-1], text.value))
            else:
                self.not_literal.append(where)
        elif name == "translate" and len(node.args) >= 2:  # not str.translate(table)
            context, text = [*node.args, None, None][:2]
            if all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)):
                self.found.add((context.value, text.value))  # type: ignore[union-attr]
            else:
                self.not_literal.append(where)
        self.generic_visit(node)


def strings_in_code() -> tuple[set[tuple[str, str]], list[str]]:
    found: set[tuple[str, str]] = set()
    not_literal: list[str] = []
    for path in sorted(UI_DIR.rglob("*.py")):
        visitor = TrCalls(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        found |= visitor.found
        not_literal += visitor.not_literal
    return found, not_literal


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_is_committed_as_ts_and_compiled_qm(language: str) -> None:
    assert (I18N_DIR / f"coop_pos_{language}.ts").is_file()
    assert (I18N_DIR / f"coop_pos_{language}.qm").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_qm_is_what_the_ts_compiles_to(language: str, tmp_path: Path) -> None:
    rebuilt = tmp_path / f"coop_pos_{language}.qm"
    build.release(I18N_DIR / f"coop_pos_{language}.ts", rebuilt, quiet=True)
    assert rebuilt.read_bytes() == (I18N_DIR / f"coop_pos_{language}.qm").read_bytes(), (
        "the .qm is stale: run python scripts/build_translations.py"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_holds_exactly_the_strings_of_the_code(language: str, tmp_path: Path) -> None:
    committed = I18N_DIR / f"coop_pos_{language}.ts"
    refreshed = tmp_path / committed.name
    shutil.copy(committed, refreshed)
    build.update(language, refreshed, quiet=True)
    if language == build.SOURCE_LANGUAGE:
        refreshed.write_text(build.fill_with_source(refreshed.read_text(encoding="utf-8")), encoding="utf-8")
    assert refreshed.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "the .ts is out of date with ui/: run python scripts/build_translations.py"
    )


def test_every_chinese_translation_is_finished() -> None:
    ts_file = I18N_DIR / "coop_pos_zh_CN.ts"
    text = ts_file.read_text(encoding="utf-8")
    for marker in ('type="unfinished"', 'type="vanished"', 'type="obsolete"'):
        assert marker not in text
    for context, source, translation in messages(ts_file):
        assert translation.text, f"{context}: {source!r} has an empty translation"
        assert translation.text != source, f"{context}: {source!r} is left in English"


def test_the_english_catalogue_translates_each_string_to_itself() -> None:
    for context, source, translation in messages(I18N_DIR / "coop_pos_en.ts"):
        assert translation.get("type") is None, f"{context}: {source!r} is marked {translation.get('type')}"
        assert translation.text == source


def test_every_string_of_the_code_is_in_both_catalogues() -> None:
    in_code, not_literal = strings_in_code()
    assert not not_literal, f"tr()/translate() without literal strings lupdate cannot read: {not_literal}"
    assert ("MainWindow", "Checkout") in in_code  # the scan itself works
    for language in LANGUAGES:
        catalogued = {
            (context, source) for context, source, _ in messages(I18N_DIR / f"coop_pos_{language}.ts")
        }
        assert in_code - catalogued == set(), f"missing from coop_pos_{language}.ts"


def test_the_screen_names_are_the_shops_words() -> None:
    zh = {(c, s): t.text for c, s, t in messages(I18N_DIR / "coop_pos_zh_CN.ts")}
    names = ["Checkout", "Goods", "Hosts", "Stock", "Settlement", "Settings"]
    assert [zh[("MainWindow", n)] for n in names] == ["收银台", "商品", "主理人", "库存", "结算", "设置"]
    assert zh[("StatusLine", "Printer: not configured")] == "打印机：未配置"
    assert zh[("StatusLine", "Scanner: not configured")] == "扫码枪：未配置"
