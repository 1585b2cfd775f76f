"""Where the shop's files live: the user's config and data folders (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP = "coop-pos"


def config_file() -> Path:
    """``$COOP_POS_CONFIG`` if set, else ``config.toml`` in the user's config folder."""
    override = os.environ.get("COOP_POS_CONFIG")
    return Path(override).expanduser() if override else user_config_path(APP, appauthor=False) / "config.toml"


def default_database_file() -> Path:
    return user_data_path(APP, appauthor=False) / "shop.sqlite"
