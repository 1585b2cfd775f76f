"""The shop's users and their roles."""
