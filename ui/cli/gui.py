"""``coop-pos`` (or ``coop-pos gui``): the counter app, on this shop.

Before the window: the schema checked (an empty shop is created), this counter's id taken (one
app per counter), the log checkpointed between sales and the daily backup started beside.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading

from pos.errors import CoopError
from ui.app import shell
from ui.wiring.context import app_context
from ui.wiring.lease import CounterLeaseKeeper
from ui.wiring.shop import Shop, daily_backup, init_schema, schema_problem

log = logging.getLogger("coop_pos")


def gui_command(shop: Shop, args: argparse.Namespace) -> int:
    problem = schema_problem(shop)
    lease = None
    if problem is None:
        init_schema(shop)  # creates a new, empty shop; never upgrades (that needs `coop-pos init`)
        lease = CounterLeaseKeeper(shop)
        try:  # one app per counter id: a second one is told where the first runs, and stops
            lease.claim()
        except CoopError as exc:
            problem, lease = exc, None
    if problem is None:
        shop.checkpoint_in_background()  # the log is merged between sales, never inside one

        def _backup() -> None:
            try:
                daily_backup(shop)
            except CoopError as exc:
                log.warning("daily backup failed: %s", exc)

        threading.Thread(target=_backup, name="daily-backup", daemon=False).start()
    context = app_context(shop) if problem is None else None
    try:
        return shell.run_gui(
            shop_name=shop.config.shop_name,
            language=shop.config.language,
            schema_problem=problem,
            database_label=shop.label,
            argv=sys.argv[:1],
            context=context,
        )
    finally:
        if lease is not None:
            lease.release()
