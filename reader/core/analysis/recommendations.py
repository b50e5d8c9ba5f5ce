"""Recommendations: what each article says should be done, and by whom (to be written)."""

from __future__ import annotations

from reader.core.analysis.model import Actor, Recommendation
from reader.core.documents.model import Document


def find_recommendations(documents: list[Document], actors: list[Actor]) -> list[Recommendation]:
    return []
