"""A small hand-built comparison with marks of every kind, and reader's notes on it."""

from __future__ import annotations

import pytest

from reader.core.analysis.model import Actor, Blame, Comparison, Event, Mention, Recommendation, RecommendationGroup
from reader.core.annotations.anchoring import make_target
from reader.core.annotations.model import ORPHANED, Annotation
from reader.core.documents.model import Document, Span

A = ("Harbour ferries cut again\n\n"
     "The ministry failed the island's residents, the mayor said. Ferries stopped on Friday.\n\n"
     "The state must restore the evening ferries | before winter, \"critics\" argue.")
B = ("Storm halts island ferries\n\n"
     "On Friday the ferries stopped. Some blame the storm, not the ministry.\n\n"
     "Operators should publish a timetable, said a spokesman.")


def _spans(text: str) -> list[Span]:
    out, at = [], 0
    for part in text.split("\n\n"):
        out.append(Span(at, at + len(part)))
        at += len(part) + 2
    return out


def _mention(doc: str, text: str, quote: str) -> Mention:
    start = text.index(quote)
    return Mention(doc, start, start + len(quote), quote)


@pytest.fixture
def comparison(tmp_path) -> Comparison:
    d1 = Document(id="d1", source=str(tmp_path / "a.txt"), title="Harbour ferries cut again", text=A,
                  outlet="Gazette", paragraphs=_spans(A), sentences=_spans(A))
    d2 = Document(id="d2", source=str(tmp_path / "b.txt"), title="Storm halts island ferries", text=B,
                  paragraphs=_spans(B), sentences=_spans(B))
    stopped = Event("e1", "event", "Ferries stopped on Friday", 0.9,
                    [_mention("d1", A, "Ferries stopped on Friday."), _mention("d2", B, "On Friday the ferries stopped.")])
    only = Event("e2", "claim", "Evening ferries", 0.4, [_mention("d1", A, "restore the evening ferries")])
    b1 = A.index("The ministry failed")
    b2 = B.index("Some blame the storm")
    blame = [Blame("b1", "d1", "The ministry", "a1", "the mayor", "failed", b1, b1 + 42, A[b1:b1 + 42]),
             Blame("b2", "d2", "the storm", "a2", "author", "blame", b2, b2 + 40, B[b2:b2 + 40])]
    r1 = A.index("The state must")
    r2 = B.index("Operators should")
    recs = [Recommendation("r1", "d1", "The state", "restore the evening ferries | before winter", "author", "must",
                           r1, len(A), A[r1:], group="g1"),
            Recommendation("r2", "d2", "Operators", "publish a timetable", "a spokesman", "should",
                           r2, len(B), B[r2:])]
    return Comparison([d1, d2], events=[stopped, only],
                      actors=[Actor("a1", "the ministry"), Actor("a2", "the storm")], blame=blame,
                      recommendations=recs, groups=[RecommendationGroup("g1", "Restore ferry service", ["r1"])])


def note_on(doc: Document, quote: str, **kw) -> Annotation:
    start = doc.text.index(quote)
    return Annotation(target=make_target(doc.text, start, start + len(quote), doc.source),
                      doc_hash=doc.content_hash, **kw)


@pytest.fixture
def annotations(comparison) -> list[Annotation]:
    d1, d2 = comparison.documents
    orphan = Annotation(target=make_target("A passage that was removed from the article later.", 2, 40, d1.source),
                        doc_hash="gone", body="This passage vanished.", status=ORPHANED, tags=["lost"])
    return [
        note_on(d1, "the mayor said", body="Who is the *mayor* quoting?", tags=["sources", "politics"],
                motivation="commenting", category="blame"),
        note_on(d2, "Some blame the storm", category="blame", colour="#ff0000"),
        orphan,
    ]
