"""Who is at the counter now: the logged-in user, or nobody.

The screens' units of work act as this user (``bind``), and a unit of work asked for while
nobody is logged in is refused: the app never falls back to an administrator. Logging in and
approving on the spot use a unit of work of their own that acts as ``AT_THE_DOOR``, someone
who may do nothing and see nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QObject, Signal

from pos.errors import CoopError
from pos.users import ROLE_NAMES_ZH, Actor, Role

U = TypeVar("U")

# Whoever stands at the login screen: a host login that belongs to no host, the role that may
# least (it sees no goods, stock or statements and changes nothing). Only the services that check
# a PIN (login, approve, the first administrator) run with it, and they never read the actor.
AT_THE_DOOR = Actor(user_id=None, code="", name="未登录", role="host", host_id=None)


class NotLoggedIn(CoopError):
    """A screen asked for the shop's data while nobody is logged in."""

    def __init__(self) -> None:
        super().__init__("请先登录", "log in first")


class Session(QObject):
    """The user logged in at this counter; ``changed`` carries the new one (None: logged out)."""

    changed = Signal(object)

    def __init__(self, actor: Actor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def require_actor(self) -> Actor:
        """The user logged in, or a refusal in words (never a stand-in administrator)."""
        actor = self._actor
        if actor is None:
            raise NotLoggedIn()
        return actor

    def log_in(self, actor: Actor) -> None:
        """``actor`` is at the counter now (the same user logging in again changes nothing)."""
        if actor != self._actor:
            self._actor = actor
            self.changed.emit(actor)

    def log_out(self) -> None:
        if self._actor is not None:
            self._actor = None
            self.changed.emit(None)

    def bind(self, make: Callable[[Actor], U]) -> Callable[[], U]:
        """A factory of units of work acting as whoever is logged in when it is called."""
        return lambda: make(self.require_actor())


def role_name(role: str, language: str) -> str:
    """A role as the screen says it: 收银员 in Chinese, the role's key in English."""
    if language.lower().startswith("en"):
        return role
    return ROLE_NAMES_ZH.get(cast(Role, role), role)


def who(actor: Actor, language: str) -> str:
    """``张三 (C01) · 收银员``: the name, login and role of the user at the counter."""
    return f"{actor.label} · {role_name(actor.role, language)}"
