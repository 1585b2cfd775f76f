"""``python -m ui.cli``: the same as ``coop-pos``."""

from ui.cli import main

raise SystemExit(main())
