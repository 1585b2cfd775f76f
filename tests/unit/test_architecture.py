"""The core stays pure: importing any module of pos loads no Qt, database, printer or PDF library."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pos

FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "reportlab", "escpos", "serial", "psycopg", "platformdirs")


def test_importing_every_pos_module_loads_no_outside_library() -> None:
    modules = sorted(m.name for m in pkgutil.walk_packages(pos.__path__, "pos."))
    assert "pos.money" in modules and "pos.services.checkout" in modules
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(done.stdout)
    offenders = [m for m in loaded if m.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_the_command_line_answers_version_without_qt() -> None:
    code = "import sys\nfrom ui.cli import build_parser\nbuild_parser()\nprint('PySide6' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
