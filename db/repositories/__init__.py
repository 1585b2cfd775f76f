"""Repositories: rows <-> the immutable records of ``pos``. One per aggregate, over one Session."""

from db.repositories.catalog import (
    SqlHostRepository,
    SqlProductRepository,
    SqlRecommenderRepository,
    SqlTagRepository,
)
from db.repositories.charges import SqlChargeRepository
from db.repositories.common import as_utc
from db.repositories.sales import SqlSaleRepository
from db.repositories.settlement import SqlSettlementRepository
from db.repositories.stock import SqlSequenceRepository, SqlStockRepository
from db.repositories.users import SqlAuditRepository, SqlUserRepository

__all__ = [
    "SqlAuditRepository",
    "SqlChargeRepository",
    "SqlHostRepository",
    "SqlProductRepository",
    "SqlRecommenderRepository",
    "SqlSaleRepository",
    "SqlSequenceRepository",
    "SqlSettlementRepository",
    "SqlStockRepository",
    "SqlTagRepository",
    "SqlUserRepository",
    "as_utc",
]
