"""Stock on hand, counts (盘点) and stock slips."""
