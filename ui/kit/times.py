"""Times on screen: in the shop's time zone, never the machine's."""

from __future__ import annotations

from datetime import datetime

from pos.clock import zone
from ui.kit.context import AppContext


def local_time(ctx: AppContext, at: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return at.astimezone(zone(ctx.config.timezone)).strftime(fmt)
