"""The analysis marks of a comparison as one flat list, and promoting a mark to a reader's note."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.analysis.model import Comparison
from reader.core.annotations.anchoring import make_target
from reader.core.annotations.model import Annotation


@dataclass(frozen=True)
class Mark:
    """One passage the analysis marked: an event mention, a blame or a recommendation."""

    key: str  # "<kind>:<id>[:<n>]", stable within one analysis
    kind: str  # "event", "blame" or "recommendation"
    doc: str  # Document.id
    start: int
    end: int
    text: str
    cue: str = ""
    source: str = ""  # "author" or the quoted speaker
    actor: str = ""  # whom it blames / who should act
    group: str = ""  # event label, or recommendation group label
    group_id: str = ""


def comparison_marks(comparison: Comparison) -> list[Mark]:
    """Every mark of the comparison, ordered by document then position."""
    marks: list[Mark] = []
    order = {d.id: i for i, d in enumerate(comparison.documents)}
    for event in comparison.events:
        for n, m in enumerate(event.mentions):
            marks.append(Mark(f"event:{event.id}:{n}", "event", m.doc, m.start, m.end, m.text,
                              group=event.label, group_id=event.id))
    for b in comparison.blame:
        actor = comparison.actor(b.actor)
        marks.append(Mark(f"blame:{b.id}", "blame", b.doc, b.start, b.end, b.text, cue=b.cue,
                          source=b.source, actor=actor.name if actor else b.target))
    labels = {g.id: g.label for g in comparison.groups}
    for r in comparison.recommendations:
        marks.append(Mark(f"recommendation:{r.id}", "recommendation", r.doc, r.start, r.end, r.text,
                          cue=r.cue, source=r.source, actor=r.actor or "", group=labels.get(r.group or "", ""),
                          group_id=r.group or ""))
    marks.sort(key=lambda m: (order.get(m.doc, len(order)), m.start, m.end, m.kind))
    return marks


def find_mark(comparison: Comparison, key: str) -> Mark:
    """The mark with this key; KeyError when the analysis has none."""
    for mark in comparison_marks(comparison):
        if mark.key == key:
            return mark
    raise KeyError(key)


def promote_mark(comparison: Comparison, key: str, body: str = "", tags: list[str] | None = None) -> Annotation:
    """A reader's annotation on the passage of an analysis mark, in the mark's category, linked to it."""
    mark = find_mark(comparison, key)
    doc = comparison.document(mark.doc)
    target = make_target(doc.text, mark.start, mark.end, doc.source)
    return Annotation(target=target, doc_hash=doc.content_hash, category=mark.kind,
                      motivation="commenting" if body else "highlighting", body=body,
                      tags=list(tags or []), mark=key)
