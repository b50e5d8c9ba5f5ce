"""Shared events and claims: passages of different articles that report the same thing (to be written)."""

from __future__ import annotations

from reader.core.analysis.model import Event
from reader.core.documents.model import Document


def find_events(documents: list[Document]) -> list[Event]:
    return []
