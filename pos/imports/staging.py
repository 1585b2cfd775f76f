"""Preparing an import without the write lock: the shop's own services run on a staging unit of work.

Reads go to a read-only unit of work (on SQLite it begins DEFERRED and never holds up a sale) and
are kept, so a file of 30,000 goods reads the catalog once, not row by row. Writes never reach the
database: they are kept in a :class:`~pos.imports.plan.Plan`, with provisional (negative) ids standing in for the ones
the database will give. Every rule, default, message and audit entry is therefore the services'
own, a dry run is exactly what the import would do, and the write phase
(:func:`pos.imports.writing.write_plan`) stores the plan in a few statements.

A read a rule depends on is noted as a :class:`~pos.imports.plan.Check` and asked again inside the write
transaction; an answer that changed means another writer came in between, and the plan is
prepared again. New keys (a barcode, a code, a receipt number) are not checked that way: the
database's unique constraints refuse one taken meanwhile, which also has the import prepared again.
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Any, Self

from pos.imports import staged
from pos.imports.plan import Check, Plan, fetch_products
from pos.imports.ports import bulk
from pos.ports import UnitOfWork
from pos.users import Actor


class StagingUnitOfWork:
    """A unit of work whose reads come from ``read`` (open it first) and whose writes make a plan.

    Pass it where the services want a :class:`~pos.ports.UnitOfWork` (it quacks like one:
    repositories it does not stage, such as users or shifts, are ``read``'s own, for reading).
    """

    def __init__(self, read: UnitOfWork) -> None:
        self._read = read
        self.plan = Plan()
        plan = self.plan
        self.hosts = staged.Hosts(
            name="hosts",
            read=read.hosts,
            key=lambda h: h.code,
            new=plan.hosts,
            updates=plan.host_updates,
            plan=plan,
        )
        self.recommenders = staged.Recommenders(
            name="recommenders",
            read=read.recommenders,
            key=lambda r: r.code,
            new=plan.recommenders,
            updates=plan.recommender_updates,
            plan=plan,
        )
        self.tags = staged.Tags(
            name="tags", read=read.tags, key=lambda t: t.name, new=plan.tags, updates={}, plan=plan
        )
        self.products = staged.Products(read.products, plan)
        self.sequences = staged.Sequences(read.sequences, plan)
        self.stock = staged.Stock(read.stock, plan)
        self.charges = staged.Charges(read.charges, plan)
        self.settlements = staged.Settlements(read.settlements, plan)
        self.sales = staged.Sales(read.sales, plan)
        self.audit = staged.Audit(read.audit, plan)

    @property
    def actor(self) -> Actor:
        return self._read.actor

    def now(self) -> datetime:
        return self._read.now()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def commit(self) -> None:
        raise RuntimeError("a staging unit of work is never committed: write_plan stores its plan")

    def rollback(self) -> None:
        return None

    def finish(self) -> Plan:
        """The plan, ready to write (call while ``read`` is open): the goods it changes are checked
        again before writing, and their search keys are worked out now, not under the lock."""
        plan = self.plan
        seen = dict(self.products.seen)
        if seen:
            before = {p.barcode: p for p in seen.values()}
            plan.checks.append(Check("products", 2, lambda u: fetch_products(u.products, before), before))
        products = bulk(self._read).products
        plan.search_keys = products.search_keys(plan.products)
        plan.update_search_keys = products.search_keys(list(plan.product_updates.values()))
        return plan

    def __repr__(self) -> str:
        return f"StagingUnitOfWork(plan of {len(self.plan.products)} goods, {len(self.plan.sales)} sales)"
