"""Charges a host owes the co-op (rent, fees) or is credited (adjustments), one transaction each
(the rules: ``pos.services.steps.charges``)."""

from __future__ import annotations

from pos.services.steps import charges as steps
from pos.services.transaction import in_transaction

add_charge = in_transaction(steps.add_charge)
