"""What each pane marks: the layers (shared events, only-here passages, blame, recommendations) as plain ranges."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from reader.core.analysis.model import Comparison, Event

EVENTS, UNIQUE, BLAME, RECOMMENDATIONS, ANNOTATIONS = "events", "unique", "blame", "recommendations", "annotations"
LAYERS = (EVENTS, UNIQUE, BLAME, RECOMMENDATIONS, ANNOTATIONS)
LAYER_TITLES = {EVENTS: "Shared events", UNIQUE: "Only in this article", BLAME: "Blame",
                RECOMMENDATIONS: "Recommendations", ANNOTATIONS: "My annotations"}


@dataclass(frozen=True)
class Mark:
    """One marked range of a document's clean text, with what it is and why it is marked."""

    layer: str
    start: int
    end: int
    key: str  # event id, blame id, recommendation id or annotation id
    tooltip: str
    colour: int = -1  # index of the shared event's colour


def shared_events(comparison: Comparison) -> list[Event]:
    """The events reported by more than one article, in a stable order (their colour index)."""
    return [e for e in comparison.events if e.shared]


def _voice(source: str) -> str:
    return "the author's own voice" if source == "author" else f"quoting {source}"


def marks_for(comparison: Comparison, doc_id: str) -> list[Mark]:
    """Every mark of one document, sorted by position."""
    marks: list[Mark] = []
    colours = {e.id: i for i, e in enumerate(shared_events(comparison))}
    names = {d.id: d.title for d in comparison.documents}
    for event in comparison.events:
        for m in event.mentions:
            if m.doc != doc_id:
                continue
            if event.shared:
                others = [escape(" ".join(names.get(d, d).split())) for d in event.docs if d != doc_id]
                tip = (f"<b>Shared {event.kind}</b>: {escape(event.label)}<br>also reported by: "
                       + "; ".join(others))
                marks.append(Mark(EVENTS, m.start, m.end, event.id, tip, colours[event.id]))
            else:
                tip = f"<b>Only in this article</b> ({event.kind}): {escape(event.label)}"
                marks.append(Mark(UNIQUE, m.start, m.end, event.id, tip))
    for b in comparison.blame:
        if b.doc == doc_id:
            actor = comparison.actor(b.actor)
            who = actor.name if actor else b.target
            tip = f"<b>Blame</b> of {escape(who)} in {escape(_voice(b.source))}<br>cue: “{escape(b.cue)}”"
            marks.append(Mark(BLAME, b.start, b.end, b.id, tip))
    for r in comparison.recommendations:
        if r.doc == doc_id:
            tip = (f"<b>Recommendation</b>: {escape(r.actor or 'someone')} should {escape(r.action)}<br>"
                   f"in {escape(_voice(r.source))}; cue: “{escape(r.cue)}”")
            marks.append(Mark(RECOMMENDATIONS, r.start, r.end, r.id, tip))
    marks.sort(key=lambda k: (k.start, k.end))
    return marks


def annotation_marks(annotations: list[tuple[int, int, str, str, str]]) -> list[Mark]:
    """The reader's annotations given as (start, end, colour, tooltip, id); their colours are drawn by id."""
    return [Mark(ANNOTATIONS, s, e, i, t) for s, e, _c, t, i in annotations]
