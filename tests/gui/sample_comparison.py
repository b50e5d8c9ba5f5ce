"""A small hand-built comparison (three articles, shared events, blame, recommendations) for GUI tests."""

from __future__ import annotations

from reader.core.analysis.model import Actor, Blame, Comparison, Event, Mention, Recommendation, RecommendationGroup
from reader.core.documents.model import Document

TEXTS = {
    "d1": "The bridge collapsed on Monday.\n\nThe mayor is to blame for the collapse. Officials must rebuild it now.\n\n"
          + "Filler sentence about the weather. " * 60,
    "d2": "Critics blamed the city hall.\n\n" + "Another filler line about sports. " * 300
          + "\n\nOn Monday a bridge fell down. The council should act.",
    "d3": "Nobody saw it coming.\n\n" + "Third article filler. " * 400 + "\n\nA bridge collapsed, said a witness.",
}


def _span(doc: str, part: str) -> tuple[int, int]:
    start = TEXTS[doc].index(part)
    return start, start + len(part)


def _mention(doc: str, part: str) -> Mention:
    s, e = _span(doc, part)
    return Mention(doc, s, e, part)


def small_comparison() -> Comparison:
    docs = [Document(d, f"/tmp/{d}.txt", f"Article {d}", t, outlet=f"Outlet {d}", author="A. Writer",
                     date="2024-01-0" + d[1]) for d, t in TEXTS.items()]
    blame_part = "The mayor is to blame for the collapse."
    quoted = "Critics blamed the city hall."
    rec1, rec2 = "Officials must rebuild it now.", "The council should act."
    return Comparison(
        documents=docs,
        events=[
            Event("e1", "event", "bridge collapse", 0.9,
                  [_mention("d1", "The bridge collapsed on Monday."), _mention("d2", "On Monday a bridge fell down."),
                   _mention("d3", "A bridge collapsed, said a witness.")]),
            Event("e2", "claim", "mayor to blame", 0.6, [_mention("d1", blame_part), _mention("d2", quoted)]),
            Event("e3", "event", "nobody saw it", 0.3, [_mention("d3", "Nobody saw it coming.")]),
        ],
        actors=[Actor("a1", "mayor", ["city hall"]), Actor("a2", "council", [])],
        blame=[Blame("b1", "d1", "The mayor", "a1", "author", "to blame", *_span("d1", blame_part), blame_part),
               Blame("b2", "d2", "the city hall", "a1", "Critics", "blamed", *_span("d2", quoted), quoted)],
        recommendations=[Recommendation("r1", "d1", "Officials", "rebuild it", "author", "must", *_span("d1", rec1), rec1, "g1"),
                         Recommendation("r2", "d2", "The council", "act", "author", "should", *_span("d2", rec2), rec2, "g1")],
        groups=[RecommendationGroup("g1", "rebuild", ["r1", "r2"])],
    )


def show_comparison(win, comparison: Comparison) -> None:
    """Puts a hand-built comparison in the window as if the analysis had produced it."""
    win.session.comparison = comparison
    win.session.comparison_changed.emit()
