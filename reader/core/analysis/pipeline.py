"""Runs the analysis stages in order and assembles the Comparison."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.analysis.actors import build_actor_index
from reader.core.analysis.blame import find_blame
from reader.core.analysis.events import find_events
from reader.core.analysis.grouping import group_recommendations
from reader.core.analysis.model import Comparison
from reader.core.analysis.recommendations import find_recommendations
from reader.core.documents.model import Document

Progress = Callable[[str, float], None]


def _noop(stage: str, fraction: float) -> None:
    return None


def run(documents: list[Document], progress: Progress | None = None) -> Comparison:
    """Actors first (blame and recommendations point at them), then events, blame, recommendations."""
    report = progress or _noop
    report("actors", 0.0)
    index = build_actor_index(documents)
    actors = index.actors
    report("events", 0.2)
    events = find_events(documents)
    report("blame", 0.6)
    blame = find_blame(documents, actors, index)
    report("recommendations", 0.8)
    recommendations = find_recommendations(documents, actors, index)
    actors = index.visible({b.actor for b in blame if b.actor})
    groups = group_recommendations(documents, recommendations)
    report("done", 1.0)
    return Comparison(documents=documents, events=events, actors=actors, blame=blame,
                      recommendations=recommendations, groups=groups)
