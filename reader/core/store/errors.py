"""The one error the library raises: `str()` is the line shown to the user."""

from __future__ import annotations


class LibraryError(Exception):
    """The library cannot be opened or written (read-only folder, newer schema, disk full...)."""
