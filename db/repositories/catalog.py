"""Hosts, recommenders and tags: rows <-> the catalog records of ``pos`` (goods: ``products.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.models import HostRow, RecommenderRow, TagRow
from db.repositories.common import insert_returning_ids, update_by_id
from pos.catalog import Host, HostKind, Recommender, Tag
from pos.ids import HostId, RecommenderId, TagId

_HOSTS = cast(Table, HostRow.__table__)
_RECOMMENDERS = cast(Table, RecommenderRow.__table__)


class SqlHostRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: HostRow) -> Host:
        return Host(
            id=HostId(r.id),
            code=r.code,
            name=r.name,
            kind=cast(HostKind, r.kind),
            coop_bp=r.coop_bp,
            monthly_rent_fen=r.monthly_rent_fen,
            joined=r.joined,
            contact=r.contact,
            active=r.active,
        )

    def add(self, host: Host) -> Host:
        row = HostRow(**self._values(host))
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, host: Host) -> Host:
        row = self.s.get_one(HostRow, host.id)
        for field, value in self._values(host).items():
            setattr(row, field, value)
        self.s.flush()
        return self._rec(row)

    def get(self, host_id: HostId) -> Host | None:
        row = self.s.get(HostRow, host_id)
        return self._rec(row) if row else None

    def by_code(self, code: str) -> Host | None:
        row = self.s.scalar(select(HostRow).where(HostRow.code == code))
        return self._rec(row) if row else None

    def list(self) -> Sequence[Host]:
        return [self._rec(r) for r in self.s.scalars(select(HostRow).order_by(HostRow.code))]

    @staticmethod
    def _values(h: Host) -> dict[str, Any]:
        return {
            "code": h.code,
            "name": h.name,
            "kind": h.kind,
            "coop_bp": h.coop_bp,
            "monthly_rent_fen": h.monthly_rent_fen,
            "joined": h.joined,
            "contact": h.contact,
            "active": h.active,
        }

    def add_many(self, hosts: Sequence[Host]) -> Sequence[HostId]:
        """New hosts (their ``id`` ignored); their ids, in order."""
        return [HostId(i) for i in insert_returning_ids(self.s, _HOSTS, [self._values(h) for h in hosts])]

    def update_many(self, hosts: Sequence[Host]) -> None:
        update_by_id(self.s, _HOSTS, [{"row_id": h.id, **self._values(h)} for h in hosts])


class SqlRecommenderRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def _rec(r: RecommenderRow) -> Recommender:
        return Recommender(
            id=RecommenderId(r.id),
            code=r.code,
            name=r.name,
            default_bp=r.default_bp,
            contact=r.contact,
            active=r.active,
        )

    def add(self, recommender: Recommender) -> Recommender:
        row = RecommenderRow(**self._values(recommender))
        self.s.add(row)
        self.s.flush()
        return self._rec(row)

    def update(self, recommender: Recommender) -> Recommender:
        row = self.s.get_one(RecommenderRow, recommender.id)
        for field, value in self._values(recommender).items():
            setattr(row, field, value)
        self.s.flush()
        return self._rec(row)

    def get(self, recommender_id: RecommenderId) -> Recommender | None:
        row = self.s.get(RecommenderRow, recommender_id)
        return self._rec(row) if row else None

    def by_code(self, code: str) -> Recommender | None:
        row = self.s.scalar(select(RecommenderRow).where(RecommenderRow.code == code))
        return self._rec(row) if row else None

    def list(self) -> Sequence[Recommender]:
        return [self._rec(r) for r in self.s.scalars(select(RecommenderRow).order_by(RecommenderRow.code))]

    @staticmethod
    def _values(r: Recommender) -> dict[str, Any]:
        return {
            "code": r.code,
            "name": r.name,
            "default_bp": r.default_bp,
            "contact": r.contact,
            "active": r.active,
        }

    def add_many(self, recommenders: Sequence[Recommender]) -> Sequence[RecommenderId]:
        """New recommenders (their ``id`` ignored); their ids, in order."""
        rows = [self._values(r) for r in recommenders]
        return [RecommenderId(i) for i in insert_returning_ids(self.s, _RECOMMENDERS, rows)]

    def update_many(self, recommenders: Sequence[Recommender]) -> None:
        update_by_id(self.s, _RECOMMENDERS, [{"row_id": r.id, **self._values(r)} for r in recommenders])


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
