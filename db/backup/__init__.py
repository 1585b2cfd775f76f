"""Backups of an SQLite shop: online copies, restore with checks, daily rotation.

Standard library only (no SQLAlchemy, no Qt), so the command line can back up and
restore a shop even when the rest of the application cannot start. One module per idea:

- :mod:`db.backup.online`: a backup of the live shop, one consistent, checked copy while the counter sells;
- :mod:`db.backup.restore`: a backup put back, checked first, the replaced database kept;
- :mod:`db.backup.folder`: the backups folder: names, listing, pruning, whether one is due, its lock;
- :mod:`db.backup.files`: SQLite files on disk: whole or not, integrity, journal mode, private folders.
"""

from db.backup.files import make_private_dir, sqlite_path_from_url
from db.backup.folder import BACKUP_SUFFIX, DEFAULT_KEEP, backup_due, list_backups, prune_backups
from db.backup.online import backup_sqlite
from db.backup.restore import restore_sqlite

__all__ = [
    "BACKUP_SUFFIX",
    "DEFAULT_KEEP",
    "backup_due",
    "backup_sqlite",
    "list_backups",
    "make_private_dir",
    "prune_backups",
    "restore_sqlite",
    "sqlite_path_from_url",
]
