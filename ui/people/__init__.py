"""Hosts (主理人) and recommenders (推介官)."""
