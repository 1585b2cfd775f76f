"""coop-pos core: the shop's rules, standard library only.

Nothing in this package imports Qt, a database driver, a printer or a PDF library;
``lint-imports`` enforces it.
"""

__version__ = "0.1.0"
