"""Refresh the translation catalogues of the GUI and compile them.

    python scripts/build_translations.py

1. ``pyside6-lupdate`` reads every ``.py`` file under ``ui/`` and merges the strings found in
   ``self.tr(...)`` / ``QCoreApplication.translate(...)`` into ``ui/i18n/coop_pos_zh_CN.ts`` and
   ``ui/i18n/coop_pos_en.ts`` (strings no longer in the code are dropped: ``-no-obsolete``).
2. The English catalogue is completed automatically: English is the source language, so each
   translation is its source text.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` next to it, which the app loads.

New Chinese strings arrive as ``type="unfinished"``: translate them (a text editor or
``pyside6-linguist ui/i18n/coop_pos_zh_CN.ts``) and run this script again. It lists them and
exits with status 1 while any are left.

    python scripts/build_translations.py --check

changes nothing and exits with status 1 if a catalogue is out of date with the code, a Chinese
string is untranslated, or a .qm is not compiled from its .ts (the test command runs this).

    python scripts/build_translations.py --fill zh.tsv [more.tsv ...]

also fills untranslated Chinese strings from tab-separated files, one ``source<TAB>translation``
per line, the source written exactly as in the code (``\\n`` for a line break). Several people
(or agents) working in one checkout can each keep their own file: the whole build runs under a
lock, so two builds never write the catalogues at once.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import html
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
I18N_DIR = UI_DIR / "i18n"
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"

_MESSAGE = re.compile(r"<message>.*?</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_UNFINISHED_EMPTY = '<translation type="unfinished"></translation>'
_UNFINISHED_ANY = re.compile(r'<translation type="unfinished">[^<]*</translation>')


def find_tool(name: str) -> str:
    """``name`` (e.g. ``pyside6-lupdate``) from this interpreter's environment first, then PATH."""
    bin_dir = Path(sys.executable).parent  # not resolved: a venv's python is a symlink out of the venv
    for candidate in (bin_dir / name, bin_dir / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found next to {sys.executable} nor on PATH; install PySide6")
    return found


def ts_path(language: str) -> Path:
    return I18N_DIR / f"coop_pos_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"coop_pos_{language}.qm"


def source_files() -> list[Path]:
    """Every Python file of the GUI package, in a stable order."""
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update(language: str, ts_file: Path | None = None, *, quiet: bool = False) -> None:
    """Merge the strings of the code into the language's .ts file, or into ``ts_file`` (created if needed)."""
    target = ts_file if ts_file is not None else ts_path(language)
    sources = [str(p.relative_to(ROOT)) for p in source_files()]
    command = [
        find_tool("pyside6-lupdate"),
        *sources,
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        "-no-obsolete",
        "-locations",
        "none",  # no line numbers: the .ts changes only when the words change
        "-ts",
        str(target),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet)


def fill_with_source(ts_text: str) -> str:
    """Give every unfinished, empty, non-plural message its source text as translation (for English)."""

    def fill(match: re.Match[str]) -> str:
        message = match.group(0)
        source = _SOURCE.search(message)
        unfinished = _UNFINISHED_ANY.search(message)  # empty, or lupdate's guess from elsewhere
        if source is None or 'numerus="yes"' in message or unfinished is None:
            return message
        # The source is already XML-escaped in the file, so it is copied as it stands.
        return message.replace(unfinished.group(0), f"<translation>{source.group(1)}</translation>")

    return _MESSAGE.sub(fill, ts_text)


def unfinished_sources(ts_text: str) -> list[str]:
    """Source texts of the messages still marked unfinished."""
    found = []
    for message in _MESSAGE.findall(ts_text):
        if 'type="unfinished"' in message:
            source = _SOURCE.search(message)
            found.append(source.group(1) if source else "?")
    return found


def release(ts_file: Path, qm_file: Path, *, quiet: bool = False) -> None:
    """Compile one .ts file into a .qm file."""
    command = [find_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=quiet)


def report_unfinished(language: str, ts_text: str) -> bool:
    """Print the untranslated strings of a catalogue; True if there are none."""
    missing = unfinished_sources(ts_text)
    if missing:
        print(f"{ts_path(language).relative_to(ROOT)}: {len(missing)} untranslated:", file=sys.stderr)
        for source in missing:
            print(f"    {html.unescape(source)}", file=sys.stderr)
    return not missing


def read_fill(paths: list[Path]) -> dict[str, str]:
    """source -> Chinese from tab-separated files (``\\n`` in either column is a line break)."""
    found: dict[str, str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                raise SystemExit(f"{path}:{number}: expected source<TAB>translation")
            source, translation = line.split("\t", 1)
            found[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return found


def fill_from(ts_text: str, translations: dict[str, str]) -> str:
    """Fill unfinished, empty, non-plural messages whose source is in ``translations``."""

    def fill(match: re.Match[str]) -> str:
        message = match.group(0)
        source = _SOURCE.search(message)
        # lupdate pre-fills a guess from another context (still unfinished): a file's word wins
        unfinished = _UNFINISHED_ANY.search(message)
        if source is None or 'numerus="yes"' in message or unfinished is None:
            return message
        chinese = translations.get(html.unescape(source.group(1)))
        if chinese is None:
            return message
        escaped = html.escape(chinese, quote=False).replace("'", "&apos;").replace('"', "&quot;")
        return message.replace(unfinished.group(0), f"<translation>{escaped}</translation>")

    return _MESSAGE.sub(fill, ts_text)


@contextlib.contextmanager
def catalogue_lock() -> Iterator[None]:
    """One build at a time in this checkout."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    with open(I18N_DIR / ".build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(fill: list[Path] | None = None) -> int:
    """Refresh the .ts files from the code, complete the English one, compile both."""
    with catalogue_lock():
        return _build(read_fill(fill or []))


def _build(translations: dict[str, str]) -> int:
    for language in LANGUAGES:
        update(language)
    if translations:
        chinese = ts_path("zh_CN")
        chinese.write_text(fill_from(chinese.read_text(encoding="utf-8"), translations), encoding="utf-8")
    english = ts_path(SOURCE_LANGUAGE)
    english.write_text(fill_with_source(english.read_text(encoding="utf-8")), encoding="utf-8")

    complete = True
    for language in LANGUAGES:
        complete &= report_unfinished(language, ts_path(language).read_text(encoding="utf-8"))
        release(ts_path(language), qm_path(language))
    return 0 if complete else 1


def check() -> int:
    """Change nothing; fail if a .ts or .qm is not what ``build`` would make, or a translation is missing."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="coop-pos-i18n-") as tmp:
        for language in LANGUAGES:
            committed_ts, committed_qm = ts_path(language), qm_path(language)
            if not committed_ts.is_file() or not committed_qm.is_file():
                problems.append(f"{committed_ts.name} or {committed_qm.name} is missing")
                continue
            fresh_ts = Path(tmp) / committed_ts.name
            shutil.copy(committed_ts, fresh_ts)
            update(language, fresh_ts, quiet=True)
            if language == SOURCE_LANGUAGE:
                fresh_ts.write_text(fill_with_source(fresh_ts.read_text(encoding="utf-8")), encoding="utf-8")
            fresh_text = fresh_ts.read_text(encoding="utf-8")
            if fresh_text != committed_ts.read_text(encoding="utf-8"):
                problems.append(f"{committed_ts.name} does not match the strings in ui/")
            if not report_unfinished(language, fresh_text):
                problems.append(f"{committed_ts.name} has untranslated strings")
            fresh_qm = Path(tmp) / committed_qm.name
            release(committed_ts, fresh_qm, quiet=True)
            if fresh_qm.read_bytes() != committed_qm.read_bytes():
                problems.append(f"{committed_qm.name} is not compiled from {committed_ts.name}")
    for problem in problems:
        print(f"translations: {problem}", file=sys.stderr)
    if problems:
        print("translations: run python scripts/build_translations.py, translate, commit", file=sys.stderr)
        return 1
    print("translations: up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if the catalogues are out of date"
    )
    parser.add_argument(
        "--fill",
        nargs="+",
        type=Path,
        metavar="TSV",
        help="fill untranslated Chinese strings from source<TAB>translation files",
    )
    args = parser.parse_args(argv)
    return check() if args.check else build(args.fill)


if __name__ == "__main__":
    raise SystemExit(main())
