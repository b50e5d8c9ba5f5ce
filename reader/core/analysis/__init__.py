"""The analysis: `analyze(documents) -> Comparison` (events, actors, blame, recommendations)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core.analysis.model import (
    Actor,
    Blame,
    Comparison,
    Event,
    Mention,
    Recommendation,
    RecommendationGroup,
)
from reader.core.documents.model import Document

Progress = Callable[[str, float], None]


def analyze(documents: Sequence[Document], progress: Progress | None = None) -> Comparison:
    """Finds shared events, actors, blame and recommendations across `documents`."""
    from reader.core.analysis.pipeline import run

    return run(list(documents), progress)


__all__ = [
    "Actor",
    "Blame",
    "Comparison",
    "Event",
    "Mention",
    "Recommendation",
    "RecommendationGroup",
    "analyze",
]
