"""An installed coop-pos holds every package of the code: each folder with an ``__init__.py`` under
pos, db, receipts and ui is in pyproject.toml's [tool.setuptools] packages (a package left out
installs without it, and the app fails at start on the shop's computer)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_installed() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("pos", "db", "receipts", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found - listed == set()
    assert {p for p in listed - found if not (ROOT / p.replace(".", "/")).is_dir()} == set()
