"""The one error the loaders raise: which file, and why it could not be used."""

from __future__ import annotations


class LoadError(Exception):
    """An input that cannot be used as an article; `str()` is the one line shown to the user."""

    def __init__(self, source: str, reason: str) -> None:
        reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
