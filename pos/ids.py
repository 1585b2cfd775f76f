"""Typed ids, so a host's id is never passed where a product's is expected."""

from typing import NewType

HostId = NewType("HostId", int)
RecommenderId = NewType("RecommenderId", int)
TagId = NewType("TagId", int)
ProductId = NewType("ProductId", int)
SaleId = NewType("SaleId", int)
SaleLineId = NewType("SaleLineId", int)
