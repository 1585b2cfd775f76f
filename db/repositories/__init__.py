"""Repositories: rows <-> the immutable records of ``pos``. One per aggregate, over one Session."""

from db.repositories.carts import SqlCartRepository
from db.repositories.catalog import SqlHostRepository, SqlRecommenderRepository, SqlTagRepository
from db.repositories.charges import SqlChargeRepository
from db.repositories.common import as_utc
from db.repositories.products import SqlProductRepository
from db.repositories.receipts import SqlReceiptRepository
from db.repositories.sales import SqlSaleRepository
from db.repositories.settlement import SqlSettlementRepository
from db.repositories.shifts import SqlShiftRepository
from db.repositories.stock import SqlSequenceRepository, SqlStockRepository
from db.repositories.users import SqlAuditRepository, SqlUserRepository

__all__ = [
    "SqlAuditRepository",
    "SqlCartRepository",
    "SqlChargeRepository",
    "SqlHostRepository",
    "SqlProductRepository",
    "SqlReceiptRepository",
    "SqlRecommenderRepository",
    "SqlSaleRepository",
    "SqlSequenceRepository",
    "SqlSettlementRepository",
    "SqlShiftRepository",
    "SqlStockRepository",
    "SqlTagRepository",
    "SqlUserRepository",
    "as_utc",
]
