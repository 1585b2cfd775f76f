"""Errors a user can cause, with the words they will read: Chinese first, English too."""

from __future__ import annotations


class CoopError(Exception):
    """A refusal the user can act on: bad input, a rule of the shop broken.

    Never a bug. The UI and the command line show ``zh`` (and ``en``) and never a traceback.
    """

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh} / {en}")
        self.zh = zh
        self.en = en

    def message(self, language: str = "zh_CN") -> str:
        return self.en if language.lower().startswith("en") else self.zh

    def bilingual(self) -> str:
        return f"{self.zh}\n{self.en}"


class InputError(CoopError):
    """A value typed or imported that cannot be understood (a price, a rate, a date, a code)."""


class RuleError(CoopError):
    """A well-formed request that a rule of docs/domain.md refuses."""


class NotFound(CoopError):
    """Something named by code, barcode or receipt number does not exist."""


class ConfigError(CoopError):
    """The configuration file or a setting is unusable."""


def zh_name(field: str) -> str:
    """``"售价/price"`` -> ``"售价"``: a field named for both languages, as Chinese text says it."""
    return field.split("/", 1)[0]


def en_name(field: str) -> str:
    """``"售价/price"`` -> ``"price"``."""
    parts = field.split("/", 1)
    return parts[1] if len(parts) == 2 else parts[0]


class Conflict(CoopError):
    """Another counter changed the same rows at the same moment (a deadlock or a serialization
    failure the database reported). The whole unit of work may simply be run again: the services
    do so themselves a few times (``pos.services.retry``) before the user ever sees this."""


class Busy(CoopError):
    """The database stayed locked by another writer for longer than a counter can wait."""
