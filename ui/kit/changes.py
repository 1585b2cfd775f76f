"""What an operation changed, told to every open screen that listens (like Anki's ``OpChanges``).

An operation run through :func:`ui.kit.ops.run_op` may declare the areas of the shop it changes
(``changes={Area.SALES}``); once its work has succeeded, :data:`notifier` emits ``changed`` with a
:class:`Changed` on the GUI thread. The main window hands it to each of its screens that has a
``changes_made(changed)`` method (:class:`ChangeListener`), so a screen showing sales reads them
again after a refund made in a dialog elsewhere. A screen that made the change itself is the
``origin`` and usually has refreshed already.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal


class Area(StrEnum):
    """A part of the shop's books an operation can change."""

    SALES = "sales"  # sales and refunds
    GOODS = "goods"  # products, prices, tags
    HOSTS = "hosts"  # hosts, producers, recommenders and their terms
    STOCK = "stock"  # stock received, counted, lost
    CHARGES = "charges"  # charges against a host's share
    SETTLEMENT = "settlement"  # periods closed
    USERS = "users"  # logins, roles, PINs
    SHIFTS = "shifts"  # shifts opened and closed, cash counted


@dataclass(frozen=True, slots=True)
class Changed:
    """The areas one operation changed; ``origin`` is the screen (or model) that ran it."""

    areas: frozenset[Area]
    origin: QObject | None = None

    def touches(self, *areas: Area) -> bool:
        """Whether any of ``areas`` changed."""
        return not self.areas.isdisjoint(areas)


@runtime_checkable
class ChangeListener(Protocol):
    """A screen that refreshes what it shows when an operation changed the books."""

    def changes_made(self, changed: Changed) -> None: ...


class ChangeNotifier(QObject):
    """Lives on the GUI thread; ``changed`` carries a :class:`Changed`."""

    changed = Signal(object)


notifier = ChangeNotifier()


def announce(areas: Iterable[Area], origin: QObject | None = None) -> None:
    """Tell the listening screens that ``areas`` changed (on the GUI thread; nothing for no areas)."""
    changed = Changed(frozenset(areas), origin)
    if changed.areas:
        notifier.changed.emit(changed)
