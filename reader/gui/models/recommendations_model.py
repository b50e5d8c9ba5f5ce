"""Recommendations by articles: for each proposed course of action, who should do what, according to whom."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from reader.core.analysis.model import Comparison, Recommendation
from reader.gui.models.comparison_table_model import ComparisonTableModel
from reader.gui.models.roles import MarkIdsRole, PassageRole


@dataclass
class RecommendationRow:
    """A group of recommendations (or one recommendation no other article shares)."""

    key: str
    label: str
    members: list[Recommendation]


def recommendation_rows(comparison: Comparison) -> list[RecommendationRow]:
    by_id = {r.id: r for r in comparison.recommendations}
    rows, grouped = [], set()
    for g in comparison.groups:
        members = [by_id[m] for m in g.members if m in by_id]
        if members:
            rows.append(RecommendationRow(g.id, g.label, members))
            grouped.update(m.id for m in members)
    for r in comparison.recommendations:
        if r.id not in grouped:
            rows.append(RecommendationRow(r.id, r.action, [r]))
    return rows


def describe(r: Recommendation) -> str:
    """"who should do what (according to whom)"."""
    who = r.actor or "someone"
    voice = "author" if r.source == "author" else r.source
    return f"{who}: {r.action} ({voice})"


class RecommendationsModel(ComparisonTableModel):
    """Rows: recommendation groups; cells: what that article recommends in that group."""

    row_title = "Course of action"

    def build_rows(self, comparison: Comparison) -> list[RecommendationRow]:
        return recommendation_rows(comparison)

    def label_data(self, row: RecommendationRow, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.label
        return None

    def cell_data(self, row: RecommendationRow, doc_id: str, role: int):
        marks = [r for r in row.members if r.doc == doc_id]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(describe(r) for r in marks) or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(f"[{r.source}; cue “{r.cue}”] {' '.join(r.text.split())}" for r in marks) or "not recommended here"
        if role == MarkIdsRole:
            return [r.id for r in marks]
        if role == PassageRole:
            return (marks[0].doc, marks[0].start, marks[0].end) if marks else None
        return None
