"""One running app per counter id: a lease the app takes at start and renews while it runs.

Two apps set to the same counter id would share one cart and one shift. The second is refused
in words naming the first; a lease not renewed for ``LEASE_TTL`` (the app crashed, the PC lost
power) may be taken by the next app that starts there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

LEASE_TTL = timedelta(seconds=90)
RENEW_EVERY = timedelta(seconds=30)


@dataclass(frozen=True, slots=True, kw_only=True)
class CounterLease:
    counter_id: str
    holder: str  # one running app: a random id made at its start
    machine: str  # where it runs, for the message a second app shows (host name, user)
    acquired_at: datetime
    renewed_at: datetime

    def live(self, now: datetime) -> bool:
        return now - self.renewed_at < LEASE_TTL
