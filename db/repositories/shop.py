"""The shop's shared settings, and the lease each running app holds on its counter id."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import CounterLeaseRow, ShopSettingRow
from db.repositories.common import as_utc
from pos.counters import CounterLease


class SqlShopSettingsRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, key: str) -> str | None:
        return self.s.scalar(select(ShopSettingRow.value).where(ShopSettingRow.key == key))

    def put(self, key: str, value: str) -> None:
        upsert = pg_insert if self.s.get_bind().dialect.name == "postgresql" else sqlite_insert
        stmt = upsert(ShopSettingRow).values(key=key, value=value)
        self.s.execute(stmt.on_conflict_do_update(index_elements=[ShopSettingRow.key], set_={"value": value}))


class SqlCounterLeaseRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def holder(self, counter_id: str, *, for_update: bool = False) -> CounterLease | None:
        q = select(CounterLeaseRow).where(CounterLeaseRow.counter_id == counter_id)
        if for_update:
            # A row to lock even for a counter never held: two apps claiming it at once then take
            # turns on that row (a lease nobody renewed since 1970 is free), instead of both
            # finding none and both taking it.
            free = datetime(1970, 1, 1, tzinfo=UTC)
            upsert = pg_insert if self.s.get_bind().dialect.name == "postgresql" else sqlite_insert
            self.s.execute(
                upsert(CounterLeaseRow)
                .values(counter_id=counter_id, holder="", machine="", acquired_at=free, renewed_at=free)
                .on_conflict_do_nothing(index_elements=[CounterLeaseRow.counter_id])
            )
            q = q.with_for_update().execution_options(populate_existing=True)
        row = self.s.scalar(q)
        if row is None:
            return None
        return CounterLease(
            counter_id=row.counter_id,
            holder=row.holder,
            machine=row.machine,
            acquired_at=as_utc(row.acquired_at),
            renewed_at=as_utc(row.renewed_at),
        )

    def put(self, lease: CounterLease) -> None:
        values = {
            "counter_id": lease.counter_id,
            "holder": lease.holder,
            "machine": lease.machine[:120],
            "acquired_at": as_utc(lease.acquired_at),
            "renewed_at": as_utc(lease.renewed_at),
        }
        upsert = pg_insert if self.s.get_bind().dialect.name == "postgresql" else sqlite_insert
        stmt = upsert(CounterLeaseRow).values(**values)
        self.s.execute(
            stmt.on_conflict_do_update(
                index_elements=[CounterLeaseRow.counter_id],
                set_={k: v for k, v in values.items() if k != "counter_id"},
            )
        )

    def release(self, counter_id: str, holder: str) -> None:
        self.s.execute(
            delete(CounterLeaseRow).where(
                CounterLeaseRow.counter_id == counter_id, CounterLeaseRow.holder == holder
            )
        )
