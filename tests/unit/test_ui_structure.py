"""The GUI's rooms: no two of its modules import each other, directly or round a loop.

The package-level order (command line, app, areas, shared kit) is an import-linter contract in
pyproject.toml; this checks what a contract between packages cannot see: a loop of modules inside
one package, such as a page that imports a panel which imports the page back.
"""

from __future__ import annotations

import grimp


def _loops(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    imports = {
        m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in modules) for m in modules
    }
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done

    def walk(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in imports[module]:
            if state.get(target) == 1:
                found.append([*path[path.index(target) :], target])
            elif target not in state:
                walk(target, [*path, target])
        state[module] = 2

    for module in modules:
        if module not in state:
            walk(module, [module])
    return found


def test_no_module_of_the_gui_imports_itself_round_a_loop() -> None:
    graph = grimp.build_graph("ui", exclude_type_checking_imports=True)
    assert _loops(graph, "ui") == []


def test_the_loop_finder_finds_a_loop() -> None:
    graph = grimp.ImportGraph()
    for name in ("ui", "ui.a", "ui.b", "ui.c"):
        graph.add_module(name)
    graph.add_import(importer="ui.a", imported="ui.b")
    graph.add_import(importer="ui.b", imported="ui.c")
    graph.add_import(importer="ui.c", imported="ui.a")
    assert _loops(graph, "ui") == [["ui.a", "ui.b", "ui.c", "ui.a"]]
