"""No screen opens a unit of work or reads a repository: a screen calls a use case of pos/services
and hands it a fresh unit of work (``add_host(ctx.uow(), ...)``), which the use case opens and
commits or rolls back; it never calls a step of pos/services/steps, which works inside a unit of
work someone else opened. Only the composition root (ui/wiring) opens units of work itself.

Read from the source with ``ast``: a ``with`` over ``….uow()``, ``….read_uow()`` or
``….login_uow()`` (or over a name given one of them), and any repository of a unit of work
(``uow.products``, ``ctx.read_uow().tags``) are named, file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

from pos.ports import UnitOfWork

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
COMPOSITION = ("ui/wiring/",)
STEPS = "pos.services.steps"  # inside a unit of work someone opened: for use cases, not screens
FACTORIES = frozenset(
    {"uow", "read_uow", "login_uow", "uow_factory", "read_uow_factory", "login_uow_factory"}
)
# the repositories a unit of work holds, as the port says (its ``actor`` is who acts, not a repository)
REPOSITORIES = frozenset(
    name for name, value in vars(UnitOfWork).items() if isinstance(value, property) and name != "actor"
)


def _makes_a_uow(node: ast.expr) -> bool:
    """``ctx.uow()``, ``self.ctx.read_uow()``, ``login_uow()``, ``ctx.uow_factory()``."""
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    return (isinstance(f, ast.Attribute) and f.attr in FACTORIES) or (
        isinstance(f, ast.Name) and f.id in FACTORIES
    )


class _Reader(ast.NodeVisitor):
    """Names that hold a unit of work in a module, and where one is entered or its repositories read."""

    def __init__(self) -> None:
        self.uow_names: set[str] = {"uow"}
        self.found: list[tuple[int, str]] = []

    def visit_Assign(self, node: ast.Assign) -> None:
        if _makes_a_uow(node.value):
            self.uow_names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        self.generic_visit(node)

    def _with(self, node: ast.With | ast.AsyncWith) -> None:
        for item in node.items:
            held = item.context_expr
            if _makes_a_uow(held) or (isinstance(held, ast.Name) and held.id in self.uow_names):
                self.found.append((node.lineno, f"enters a unit of work: with {ast.unparse(held)}"))
                if isinstance(item.optional_vars, ast.Name):
                    self.uow_names.add(item.optional_vars.id)
        self.generic_visit(node)

    visit_With = _with
    visit_AsyncWith = _with

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module.startswith(STEPS) or (
            module == "pos.services" and any(a.name == "steps" for a in node.names)
        ):
            self.found.append((node.lineno, f"imports the steps: from {module} import …"))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.startswith(STEPS):
                self.found.append((node.lineno, f"imports the steps: import {alias.name}"))

    def visit_Attribute(self, node: ast.Attribute) -> None:
        base = node.value
        holds_uow = _makes_a_uow(base) or (isinstance(base, ast.Name) and base.id in self.uow_names)
        if node.attr in REPOSITORIES and holds_uow:
            self.found.append((node.lineno, f"reads a repository: {ast.unparse(node)}"))
        self.generic_visit(node)


def offences(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    reader = _Reader()
    for _ in range(2):  # names bound to a unit of work anywhere are known on the second pass
        reader.found = []
        reader.visit(tree)
    return sorted(set(reader.found))


def offenders() -> list[str]:
    out = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(COMPOSITION):
            continue
        out += [f"{name}:{line}: {what}" for line, what in offences(path.read_text(encoding="utf-8"))]
    return out


def test_no_screen_opens_a_unit_of_work_or_reads_a_repository() -> None:
    assert offenders() == []


def test_the_reader_finds_what_it_should() -> None:
    source = """
def load(ctx):
    with ctx.read_uow() as uow:
        return list(uow.tags.list())

def save(self, values):
    with self.ctx.uow() as u:
        add_tag(u, name=values)
        u.commit()

from pos.services.steps.catalog import add_tag

def warm(ctx):
    read = ctx.login_uow()
    with read:
        read.products.by_barcode("1")
    return ctx.uow().hosts.list()
"""
    assert offences(source) == [
        (3, "enters a unit of work: with ctx.read_uow()"),
        (4, "reads a repository: uow.tags"),
        (7, "enters a unit of work: with self.ctx.uow()"),
        (11, "imports the steps: from pos.services.steps.catalog import …"),
        (15, "enters a unit of work: with read"),
        (16, "reads a repository: read.products"),
        (17, "reads a repository: ctx.uow().hosts"),
    ]


def test_the_reader_lets_a_screen_hand_a_fresh_unit_of_work_to_a_use_case() -> None:
    source = """
def reload(self):
    tags = list_tags(self.ctx.read_uow())
    host = save_host(self.ctx.uow(), code="H01")
    with open("x") as f:
        f.read()
    return self.model.stock, host.tags
"""
    assert offences(source) == []
