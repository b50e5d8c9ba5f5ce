"""Events by articles: each event's label, and for each article whether (and where) it reports it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader.core.analysis.model import Comparison, Event
from reader.gui import palette
from reader.gui.models.comparison_table_model import ComparisonTableModel
from reader.gui.models.roles import ColourRole, EventIdRole, PassageRole
from reader.gui.views.marks import shared_events


class EventsModel(ComparisonTableModel):
    """Rows: shared events first (in colour order), then the events only one article reports."""

    row_title = "Event"

    def build_rows(self, comparison: Comparison) -> list[Event]:
        self._colours = {e.id: i for i, e in enumerate(shared_events(comparison))}
        return shared_events(comparison) + [e for e in comparison.events if not e.shared]

    def label_data(self, event: Event, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return event.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{event.kind}: {event.label} (reported by {len(event.docs)} of {len(self.docs())} articles)"
        if role == Qt.ItemDataRole.DecorationRole:
            colour = self._colours.get(event.id)
            return palette.event_colour(colour) if colour is not None else QColor(palette.dim_colour())
        if role == EventIdRole:
            return event.id
        if role == ColourRole:
            return self._colours.get(event.id, -1)
        if role == PassageRole:
            m = event.mentions[0]
            return (m.doc, m.start, m.end)
        return None

    def cell_data(self, event: Event, doc_id: str, role: int):
        mentions = [m for m in event.mentions if m.doc == doc_id]
        if role == Qt.ItemDataRole.DisplayRole:
            return "reports" if mentions else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(" ".join(m.text.split()) for m in mentions) if mentions else "not reported in this article"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and mentions and event.id in self._colours:
            return palette.event_colour(self._colours[event.id])
        if role == EventIdRole:
            return event.id
        if role == PassageRole:
            return (mentions[0].doc, mentions[0].start, mentions[0].end) if mentions else None
        return None
