"""Timed scenarios on generated shops; not part of the test run (see README.md)."""
