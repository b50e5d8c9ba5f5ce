"""Blame by articles: for each actor, whether each article blames them and in whose voice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from reader.core.analysis.model import Blame, Comparison
from reader.gui.models.comparison_table_model import ComparisonTableModel
from reader.gui.models.roles import ActorKeyRole, MarkIdsRole, PassageRole


@dataclass
class BlameRow:
    """One blamed actor (or, without a known actor, the words naming the target) and their blame marks."""

    key: str
    name: str
    marks: list[Blame]


def blame_rows(comparison: Comparison) -> list[BlameRow]:
    """Rows in the order of first appearance; blame without an actor groups by its target words."""
    rows: dict[str, BlameRow] = {}
    for b in comparison.blame:
        actor = comparison.actor(b.actor)
        key = actor.id if actor else "target:" + " ".join(b.target.casefold().split())
        name = actor.name if actor else b.target
        rows.setdefault(key, BlameRow(key, name, [])).marks.append(b)
    return list(rows.values())


def cell_text(marks: list[Blame]) -> str:
    """"" when the article does not blame the actor, else who says it: "author", "quoted: X", or both."""
    if not marks:
        return ""
    voices = []
    if any(b.source == "author" for b in marks):
        voices.append("author")
    speakers = sorted({b.source for b in marks if b.source != "author"})
    if speakers:
        voices.append("quoted: " + ", ".join(speakers))
    return "; ".join(voices)


class BlameModel(ComparisonTableModel):
    """Rows: blamed actors; cells: the article's blame of that actor, in whose voice."""

    row_title = "Blamed"

    def build_rows(self, comparison: Comparison) -> list[BlameRow]:
        return blame_rows(comparison)

    def label_data(self, row: BlameRow, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            actor = self.comparison.actor(row.key) if self.comparison else None
            return f"{row.name}; also called: {', '.join(actor.aliases)}" if actor and actor.aliases else row.name
        if role == ActorKeyRole:
            return row.key
        return None

    def cell_data(self, row: BlameRow, doc_id: str, role: int):
        marks = [b for b in row.marks if b.doc == doc_id]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(marks) or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(f"[{b.source}; cue “{b.cue}”] {' '.join(b.text.split())}" for b in marks) or "not blamed here"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ActorKeyRole:
            return row.key
        if role == MarkIdsRole:
            return [b.id for b in marks]
        if role == PassageRole:
            return (marks[0].doc, marks[0].start, marks[0].end) if marks else None
        return None
