"""Use cases that shape the catalog: tags, hosts, recommenders, goods, and goods coming in.

Each is one transaction of its own (the rules are the steps of ``pos.services.steps.catalog``):
a screen calls ``add_host(ctx.uow(), code=..., ...)``.
"""

from __future__ import annotations

from pos.services.steps import catalog as steps
from pos.services.transaction import in_transaction

INSTORE_SEQUENCE = steps.INSTORE_SEQUENCE

add_tag = in_transaction(steps.add_tag)
add_host = in_transaction(steps.add_host)
add_recommender = in_transaction(steps.add_recommender)
add_product = in_transaction(steps.add_product)
receive_stock = in_transaction(steps.receive_stock)
