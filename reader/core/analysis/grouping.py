"""Groups recommendations of different articles that propose the same course (to be written)."""

from __future__ import annotations

from reader.core.analysis.model import Recommendation, RecommendationGroup
from reader.core.documents.model import Document


def group_recommendations(documents: list[Document], recommendations: list[Recommendation]) -> list[RecommendationGroup]:
    return []
