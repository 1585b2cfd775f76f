"""``coop-pos``: the command line (docs/formats.md). No arguments opens the counter app.

Exit status: 0 done, 1 refused (bad data, a rule broken: a message, never a traceback),
2 bad usage. The parser (:mod:`ui.cli.parser`) and this dispatcher import no Qt, database or
document code; each command's module is imported when that command runs, so the commands run
on a machine without a screen and ``--help`` answers at once. The command bodies work through
``pos`` services and what :mod:`ui.wiring` hands them; they import neither ``db`` nor ``receipts``.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pos.errors import CoopError
from ui.cli.output import EXIT_REFUSED
from ui.cli.parser import build_parser

if TYPE_CHECKING:
    import argparse

    from ui.wiring.shop import Shop

# Each command and where its body is, "module:function", imported only when the command runs:
# the counter app's loads Qt, the documents' ones reportlab, and no other command needs them.
COMMANDS: dict[str, str] = {
    "init": "ui.cli.shop:init_command",
    "backup": "ui.cli.shop:backup_command",
    "restore": "ui.cli.shop:restore_command",
    "import": "ui.cli.imports:import_command",
    "settle": "ui.cli.settle:settle_command",
    "labels": "ui.cli.labels:labels_command",
    "price-cards": "ui.cli.labels:price_cards_command",
    "shift": "ui.cli.shifts:shift_command",
    "receipt": "ui.cli.receipt:receipt_command",
    "stock": "ui.cli.stock:stock_command",
    "count": "ui.cli.stock:count_command",
    "gui": "ui.cli.gui:gui_command",
}

Command = Callable[["Shop", "argparse.Namespace"], int]


def command(name: str) -> Command:
    """The body of the command ``name``, its module imported now."""
    module, function = COMMANDS[name].split(":")
    body: Command = getattr(importlib.import_module(module), function)
    return body


def main(argv: Sequence[str] | None = None) -> int:
    # No cyclic garbage collection while the modules load: it would walk the growing heap some
    # 200 times, about a fifth of the counter app's start. A command turns it on again once it
    # is loaded; the counter app once its login is on screen (ui.app.shell.started).
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: Sequence[str] | None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    name = args.command or "gui"
    try:
        # here, not at the top: --help, --version and a usage error need no database code
        from ui.wiring.shop import open_shop

        shop = open_shop(db_url=args.db, config_path=args.config)
        try:
            run = command(name)
            if name != "gui":
                gc.enable()
            return run(shop, args)
        finally:
            shop.close()
    except CoopError as exc:
        sys.stderr.write(f"错误：{exc.zh}\nError: {exc.en}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("已中断 / interrupted\n")
        return EXIT_REFUSED


__all__ = ["COMMANDS", "build_parser", "command", "main"]
