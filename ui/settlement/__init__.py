"""Settlement periods, their close and the statements (结算单)."""
