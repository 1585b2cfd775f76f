"""The rules the code cites are in the repository, and every reference to them resolves.

The code, the tests and the READMEs cite ``docs/domain.md`` and ``docs/formats.md``, now and
then a section of them (``docs/domain.md, Refunds``, ``docs/formats.md §settle``,
``docs/domain.md#stock``) or of the README (``README, "Several counters at once"``). Each cited
file must be in the repository and each cited section a heading of it, so that a reader of the
repository alone can follow every reference; the Markdown docs' own links and the paths they
name must lead somewhere too. Nothing may still cite the co-op's shared copies of the rules,
which are not in the repository.

How a section is named: its heading as written (``Refunds``), without a closing bracket
(``The worked example`` for "The worked example (tests check it to the fen)"), the English half
of a bilingual heading (``Several counters at once``), its anchor (``#settling-a-period``) or, after
``§``, a command its heading shows (``§settle`` for "The settlement as JSON (`settle --json`)").
After a comma, a section name starts with a capital letter or stands in quotes, so that
"per docs/domain.md, sharing the discount …" is read as prose, not as a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED_DIRS = ("pos", "db", "receipts", "ui", "benchmarks", "scripts", "tests", "docs")
SUFFIXES = {".py", ".md", ".toml", ".sh", ".txt", ".cfg", ".ini", ".yml", ".yaml"}
SKIPPED_PARTS = {"__pycache__", ".venv", ".git", "node_modules"}

# The co-op's own copies of the rules, kept beside the repository (built up so this file does
# not cite them itself).
OUTSIDE_COPIES = ("DOMAIN" + ".md", "FORMATS" + ".md")

_NAME = r"""[^).;:,"“”`\n]"""
_WRAP = r"(?:\n[ \t]*(?:\#[ \t]*)?)"  # a docstring's or a comment's next line
DOC_CITATION = re.compile(
    rf"""(?P<file>docs/[\w./-]+?\.md)
    (?:
        \#(?P<anchor>[\w-]+)
      | [ \t]*§[ \t]*(?:["“](?P<para_quoted>[^"”]+)["”]|(?P<para>[\w-]+))
      | ,[ \t]*{_WRAP}?(?:["“](?P<quoted>[^"”]+)["”]|(?P<name>[A-Z]{_NAME}*(?:{_WRAP}{_NAME}+)?))
    )?""",
    re.VERBOSE,
)
README_CITATION = re.compile(
    r"""\bREADME(?:\.md)?(?:'s)?,?(?:[ \t]+|[ \t]*\n[ \t]*\#?[ \t]*)["“](?P<name>[^"”]{1,80})["”]"""
)
MD_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")
MD_PATH = re.compile(r"`(?P<path>(?:pos|db|receipts|ui|tests|benchmarks|scripts|docs)/[\w./-]*)`")
PATH_SUFFIXES = {".py", ".md", ".toml", ".json", ".csv", ".xlsx", ".sh", ".txt", ".ts", ".qm", ".ttf", ".otf"}


@dataclass(frozen=True)
class Citation:
    where: str  # file:line
    target: Path
    section: str  # "" for the file as a whole
    how: str  # "name", "anchor" or "para" (after §)

    def __str__(self) -> str:
        rel = self.target.relative_to(ROOT)
        return f"{self.where}: {rel}" + (f" [{self.how}: {self.section}]" if self.section else "")


def scanned_files() -> list[Path]:
    """The code, tests, scripts and docs, and the files at the top (README.md, pyproject.toml);
    not this file, whose examples are not citations."""
    files = [p for p in ROOT.glob("*") if p.is_file() and p.suffix in SUFFIXES]
    for folder in SCANNED_DIRS:
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in SUFFIXES and not SKIPPED_PARTS & set(path.parts):
                files.append(path)
    return sorted(p for p in files if p != Path(__file__).resolve())


@cache
def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def unwrap(name: str) -> str:
    """A section name as cited, its line breaks (and a comment's ``#``) folded into one space."""
    return " ".join(re.sub(r"\n[ \t]*#?", " ", name).split())


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@cache
def headings(path: Path) -> tuple[str, ...]:
    """The Markdown headings of ``path`` (not those inside fenced code)."""
    found: list[str] = []
    fenced = False
    for line in text_of(path).splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and (m := re.match(r"#{1,6}[ \t]+(.+?)[ \t#]*$", line)):
            found.append(m[1])
    return tuple(found)


def names_of(heading: str) -> dict[str, set[str]]:
    """What a heading may be cited by, per kind of citation, case-folded."""
    plain = " ".join(re.sub(r"[`*_]", "", heading).split())
    short = re.sub(r"\s*\([^()]*\)$", "", plain)
    english = plain.split(" / ")[0]
    names = {n.casefold() for n in (plain, short, english)}
    commands: set[str] = set()
    for span in re.findall(r"`([^`]+)`", heading):
        commands |= {span.casefold(), span.split()[0].casefold()}
    return {"name": names, "anchor": {slug(heading)}, "para": names | commands | {slug(heading)}}


def resolves(citation: Citation) -> bool:
    if not citation.target.is_file():
        return False
    if not citation.section:
        return True
    wanted = citation.section.casefold()
    return any(wanted in names_of(h)[citation.how] for h in headings(citation.target))


def doc_citations() -> list[Citation]:
    found: list[Citation] = []
    for path in scanned_files():
        text = text_of(path)
        rel = path.relative_to(ROOT)
        for m in DOC_CITATION.finditer(text):
            if m["anchor"]:
                section, how = m["anchor"], "anchor"
            elif m["para"] or m["para_quoted"]:
                section, how = m["para"] or m["para_quoted"], "para"
            else:
                section, how = unwrap(m["quoted"] or m["name"] or ""), "name"
            found.append(Citation(f"{rel}:{line_of(text, m.start())}", ROOT / m["file"], section, how))
    return found


def readme_citations() -> list[Citation]:
    found: list[Citation] = []
    for path in scanned_files():
        text = text_of(path)
        for m in README_CITATION.finditer(text):
            where = f"{path.relative_to(ROOT)}:{line_of(text, m.start())}"
            found.append(Citation(where, ROOT / "README.md", unwrap(m["name"]), "name"))
    return found


def git_ignored(path: str) -> bool:
    """A path the repository does not keep (``benchmarks/data/``: the shops the benchmarks make),
    by the patterns of ``.gitignore``."""
    for line in text_of(ROOT / ".gitignore").splitlines():
        pattern = line.strip().lstrip("/")
        if not pattern or pattern.startswith("#"):
            continue
        if pattern.endswith("/"):
            if f"{path.rstrip('/')}/".startswith(pattern):
                return True
        elif fnmatch(path, pattern) or fnmatch(Path(path).name, pattern):
            return True
    return False


def markdown_files() -> list[Path]:
    return [p for p in scanned_files() if p.suffix == ".md"]


def test_the_docs_the_code_cites_are_found_and_each_is_cited() -> None:
    cited = doc_citations()
    files = {c.target.relative_to(ROOT).as_posix() for c in cited}
    assert {"docs/domain.md", "docs/formats.md"} <= files
    # sections are read where the code names them (the rules of refunds and of stock, today)
    assert {"Refunds", "Stock"} <= {c.section for c in cited}
    in_docs = {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md")}
    assert in_docs <= files, f"docs nobody cites: {sorted(in_docs - files)}"


def test_every_citation_of_a_docs_file_names_a_file_and_a_heading_that_exist() -> None:
    broken = [str(c) for c in doc_citations() if not resolves(c)]
    assert broken == []


def test_every_citation_of_a_readme_section_names_a_heading_of_the_readme() -> None:
    cited = readme_citations()
    assert any(c.section == "Several counters at once" for c in cited)
    broken = [str(c) for c in cited if not resolves(c)]
    assert broken == []


def test_nothing_outside_docs_cites_the_rules_kept_outside_the_repository() -> None:
    citing = [
        f"{path.relative_to(ROOT)}:{line_of(text_of(path), text_of(path).index(name))}: {name}"
        for path in scanned_files()
        if path.relative_to(ROOT).parts[0] != "docs"
        for name in OUTSIDE_COPIES
        if name in text_of(path)
    ]
    assert citing == []


@pytest.mark.parametrize("doc", markdown_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_links_and_paths_in_a_markdown_file_lead_somewhere(doc: Path) -> None:
    text = text_of(doc)
    broken: list[str] = []
    for m in MD_LINK.finditer(text):
        target = m["target"]
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        where = f"{doc.relative_to(ROOT)}:{line_of(text, m.start())}"
        linked = (doc.parent / file_part).resolve() if file_part else doc
        citation = Citation(where, linked, anchor, "anchor")
        if not linked.exists() or (anchor and linked.suffix == ".md" and not resolves(citation)):
            broken.append(f"{where}: ({target})")
    for m in MD_PATH.finditer(text):
        path = m["path"]
        suffix = Path(path).suffix
        if suffix and suffix not in PATH_SUFFIXES:  # a dotted name in a module, not a file
            continue
        if not (ROOT / path).exists() and not git_ignored(path):
            broken.append(f"{doc.relative_to(ROOT)}:{line_of(text, m.start())}: `{path}`")
    assert broken == []


@pytest.mark.parametrize(
    ("text", "section", "how"),
    [
        ('"""Stock (docs/domain.md, Stock)."""', "Stock", "name"),
        ("per docs/domain.md, sharing the sale discount", "", "name"),
        ("(docs/domain.md, Settling\n    # a period)", "Settling a period", "name"),
        ('docs/domain.md, "How one sale line splits"', "How one sale line splits", "name"),
        ("docs/formats.md §settle", "settle", "para"),
        ("docs/domain.md#refunds", "refunds", "anchor"),
    ],
)
def test_a_citation_is_read_as_it_is_meant(text: str, section: str, how: str) -> None:
    m = DOC_CITATION.search(text)
    assert m is not None
    got = m["anchor"] or m["para"] or m["para_quoted"] or unwrap(m["quoted"] or m["name"] or "")
    assert got == section
    kinds = {"anchor": m["anchor"], "para": m["para"] or m["para_quoted"]}
    assert how == next((k for k, v in kinds.items() if v), "name")


def test_the_ways_of_naming_a_section_resolve_and_a_wrong_name_does_not() -> None:
    domain, formats = ROOT / "docs/domain.md", ROOT / "docs/formats.md"
    assert resolves(Citation("t", domain, "The worked example", "name"))
    assert resolves(Citation("t", domain, "settling-a-period", "anchor"))
    assert resolves(Citation("t", formats, "settle", "para"))
    assert resolves(Citation("t", ROOT / "README.md", "Several counters at once", "name"))
    assert not resolves(Citation("t", domain, "Settling", "name"))
    assert not resolves(Citation("t", domain, "Discount limits", "name"))
    assert not resolves(Citation("t", ROOT / "docs/nowhere.md", "", "name"))


def test_a_folder_the_repository_does_not_keep_may_be_named_without_being_there() -> None:
    assert git_ignored("benchmarks/data/") and git_ignored("benchmarks/data/shop.sqlite")
    assert not git_ignored("benchmarks/trading.py") and not git_ignored("docs/domain.md")
