"""Analysis marks as one list, and promoting a mark to a note."""

from __future__ import annotations

import pytest

from reader.core.analysis.model import Actor, Blame, Comparison, Event, Mention, Recommendation, RecommendationGroup
from reader.core.annotations.marks import comparison_marks, promote_mark
from reader.core.documents.model import Document

A = "The ministry failed the farmers. Farmers marched on Friday. The state must pay them."
B = "On Friday, farmers marched. Critics blame the weather, not the ministry."


def comparison() -> Comparison:
    d1 = Document(id="d1", source="/tmp/a.txt", title="A", text=A)
    d2 = Document(id="d2", source="/tmp/b.txt", title="B", text=B)
    march1, march2 = A.index("Farmers marched"), B.index("farmers marched")
    event = Event("e1", "event", "Farmers marched", 0.9, [
        Mention("d1", march1, march1 + 15, "Farmers marched"), Mention("d2", march2, march2 + 15, "farmers marched")])
    blame = Blame("b1", "d1", "The ministry", "a1", "author", "failed", 0, 31, A[0:31])
    rec_start = A.index("The state")
    rec = Recommendation("r1", "d1", "The state", "pay them", "author", "must", rec_start, len(A), A[rec_start:],
                         group="g1")
    return Comparison([d1, d2], events=[event], actors=[Actor("a1", "the ministry")], blame=[blame],
                      recommendations=[rec], groups=[RecommendationGroup("g1", "Compensate farmers", ["r1"])])


def test_marks_in_document_then_text_order():
    marks = comparison_marks(comparison())
    assert [(m.doc, m.kind) for m in marks] == [("d1", "blame"), ("d1", "event"), ("d1", "recommendation"),
                                                ("d2", "event")]
    blame = marks[0]
    assert blame.cue == "failed" and blame.actor == "the ministry" and blame.source == "author"
    assert marks[2].group == "Compensate farmers"


def test_promote_mark_to_note():
    c = comparison()
    a = promote_mark(c, "recommendation:r1", body="Who pays?", tags=["money"])
    assert a.category == "recommendation" and a.mark == "recommendation:r1"
    assert a.target.exact == A[A.index("The state"):]
    assert a.doc_hash == c.documents[0].content_hash and a.motivation == "commenting"
    with pytest.raises(KeyError):
        promote_mark(c, "blame:nope")
