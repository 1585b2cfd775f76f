"""The colours that flag a stock level: negative (count it) and low (order more)."""

from __future__ import annotations

from PySide6.QtGui import QColor

NEGATIVE = QColor("#b91c1c")
LOW = QColor("#b45309")
