"""Hosts, recommenders and tags: rows <-> the catalog records of ``pos`` (goods: ``products.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.models import HostRow, RecommenderRow, TagRow
from db.repositories.common import insert_returning_ids, update_by_id
from pos.catalog import Host, Recommender, Tag
from pos.ids import HostId, RecommenderId, TagId

_HOSTS = cast(Table, HostRow.__table__)
_RECOMMENDERS = cast(Table, RecommenderRow.__table__)

R = TypeVar("R", Host, Recommender)
Row = TypeVar("Row", HostRow, RecommenderRow)


class _ByCode(Generic[R, Row]):
    """Hosts and recommenders alike: records known by a unique code, listed in its order, one at a
    time or many at once (imports). A subclass names the row, the record and the columns they
    share by name (all but the id)."""

    _row: type[Row]
    _record: type[R]
    _table: Table
    _columns: tuple[str, ...]

    def __init__(self, session: Session) -> None:
        self.s = session

    def _rec(self, r: Row) -> R:
        return self._record(**{c: getattr(r, c) for c in ("id", *self._columns)})

    def _values(self, record: R) -> dict[str, Any]:
        return {c: getattr(record, c) for c in self._columns}

    def add(self, record: R) -> R:
        row = self._row(**self._values(record))
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, record: R) -> R:
        row = self.s.get_one(self._row, record.id)
        for column, value in self._values(record).items():
            setattr(row, column, value)
        self.s.flush()
        return self._rec(row)

    def get(self, record_id: int) -> R | None:
        row = self.s.get(self._row, record_id)
        return self._rec(row) if row else None

    def by_code(self, code: str) -> R | None:
        row = self.s.scalar(select(self._row).where(self._row.code == code))
        return self._rec(row) if row else None

    def list(self) -> Sequence[R]:
        return [self._rec(r) for r in self.s.scalars(select(self._row).order_by(self._row.code))]

    def _add_many(self, records: Sequence[R]) -> Sequence[int]:
        return insert_returning_ids(self.s, self._table, [self._values(r) for r in records])

    def update_many(self, records: Sequence[R]) -> None:
        update_by_id(self.s, self._table, [{"row_id": r.id, **self._values(r)} for r in records])


class SqlHostRepository(_ByCode[Host, HostRow]):
    _row, _record, _table = HostRow, Host, _HOSTS
    _columns = ("code", "name", "kind", "coop_bp", "monthly_rent_fen", "joined", "contact", "active")

    def add_many(self, hosts: Sequence[Host]) -> Sequence[HostId]:
        """New hosts (their ``id`` ignored); their ids, in order."""
        return [HostId(i) for i in self._add_many(hosts)]


class SqlRecommenderRepository(_ByCode[Recommender, RecommenderRow]):
    _row, _record, _table = RecommenderRow, Recommender, _RECOMMENDERS
    _columns = ("code", "name", "default_bp", "contact", "active")

    def add_many(self, recommenders: Sequence[Recommender]) -> Sequence[RecommenderId]:
        """New recommenders (their ``id`` ignored); their ids, in order."""
        return [RecommenderId(i) for i in self._add_many(recommenders)]


class SqlTagRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: TagRow) -> Tag:
        return Tag(id=TagId(r.id), name=r.name, active=r.active)

    def add(self, tag: Tag) -> Tag:
        row = TagRow(name=tag.name, active=tag.active)
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, tag: Tag) -> Tag:
        row = self.s.get_one(TagRow, tag.id)
        row.name, row.active = tag.name, tag.active
        self.s.flush()
        return self._rec(row)

    def get(self, tag_id: TagId) -> Tag | None:
        row = self.s.get(TagRow, tag_id)
        return self._rec(row) if row else None

    def by_name(self, name: str) -> Tag | None:
        row = self.s.scalar(select(TagRow).where(TagRow.name == name))
        return self._rec(row) if row else None

    def list(self) -> Sequence[Tag]:
        return [self._rec(r) for r in self.s.scalars(select(TagRow).order_by(TagRow.id))]
