"""A step's use case: the step run in a unit of work of its own.

A *step* (``pos.services.steps``) works inside a unit of work its caller has opened, so a bigger
use case (an import, the demo shop, a test's shop) can take several in one transaction. A screen
calls the *use case*, which opens the unit of work it is given, and commits it or, when anything
is raised, rolls it back: ``add_host(ctx.uow(), code="H01", ...)``. Where a use case is one step
and nothing more, it is made here rather than written out again; the others open theirs in their
own words (``with uow: ...; uow.commit()``), the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from pos.ports import UnitOfWork

P = ParamSpec("P")
T = TypeVar("T")


def in_transaction(step: Callable[Concatenate[UnitOfWork, P], T]) -> Callable[Concatenate[UnitOfWork, P], T]:
    """The use case of a step that changes something: open ``uow``, run the step, commit."""

    @functools.wraps(step)
    def use_case(uow: UnitOfWork, /, *args: P.args, **kwargs: P.kwargs) -> T:
        with uow:
            result = step(uow, *args, **kwargs)
            uow.commit()
        return result

    return use_case


def reading(step: Callable[Concatenate[UnitOfWork, P], T]) -> Callable[Concatenate[UnitOfWork, P], T]:
    """The use case of a step that only reads: open ``uow``, run the step, leave without writing."""

    @functools.wraps(step)
    def use_case(uow: UnitOfWork, /, *args: P.args, **kwargs: P.kwargs) -> T:
        with uow:
            return step(uow, *args, **kwargs)

    return use_case
