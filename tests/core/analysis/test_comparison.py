"""Comparison views: who blames whom, which articles make each recommendation, coverage of events, what only one says."""

from __future__ import annotations

from reader.core.analysis import analyze
from reader.core.analysis.comparison import (
    blame_by_actor,
    blame_matrix,
    events_by_document,
    only_in,
    recommendations_by_group,
)
from reader.core.analysis.model import (
    Actor,
    Blame,
    Comparison,
    Event,
    Mention,
    Recommendation,
    RecommendationGroup,
)
from reader.core.documents.loader import load_text


def _comparison() -> Comparison:
    docs = [load_text(f"Title {i}\n\nSome text of article {i}.", f"a{i}.txt", f"d{i}") for i in (1, 2, 3)]
    actors = [Actor("a1", "Harbor Board", ["Harbor Board"], "organization"), Actor("a2", "Mayor Lind", ["Lind"], "person")]

    def blame(i: str, doc: str, actor: str, source: str) -> Blame:
        return Blame(i, doc, "x", actor, source, "failed to", 0, 4, "Some")

    recs = [Recommendation("r1", "d1", None, "welcome refugees", "author", "must", 0, 4, "Some", group="g1"),
            Recommendation("r2", "d3", None, "host asylum seekers", "author", "should", 0, 4, "Some", group="g1"),
            Recommendation("r3", "d2", None, "fix roads", "author", "should", 0, 4, "Some")]
    events = [Event("e1", "event", "flood", 0.9, [Mention("d1", 0, 4, "Some"), Mention("d2", 0, 4, "Some")]),
              Event("e2", "event", "strike", 0.5, [Mention("d3", 0, 4, "Some")])]
    return Comparison(documents=docs, events=events, actors=actors,
                      blame=[blame("b1", "d1", "a1", "author"), blame("b2", "d2", "a1", "Lind"), blame("b3", "d2", "a2", "author")],
                      recommendations=recs, groups=[RecommendationGroup("g1", "take in refugees", ["r1", "r2"])])


def test_blame_by_actor_lists_blamers_voices_and_the_others():
    views = {v.actor.id: v for v in blame_by_actor(_comparison())}
    board = views["a1"]
    assert list(board.blamed_by) == ["d1", "d2"]
    assert board.not_blamed_by == ["d3"]
    assert board.voices("d1") == ["author"] and board.voices("d2") == ["quoted"]
    assert board.sources("d2") == ["Lind"]
    assert views["a2"].not_blamed_by == ["d1", "d3"]
    assert list(views) == ["a1", "a2"]  # the most blamed first


def test_blame_matrix():
    table = blame_matrix(_comparison())
    assert table["a1"] == {"d1": "author", "d2": "quoted", "d3": ""}


def test_recommendation_groups_and_events_coverage():
    c = _comparison()
    cov = recommendations_by_group(c)[0]
    assert list(cov.made_by) == ["d1", "d3"] and cov.not_made_by == ["d2"]
    events = events_by_document(c)
    assert events[0].event.id == "e1" and events[0].not_reported_by == ["d3"]


def test_only_in_one_article():
    alone = only_in(_comparison())
    assert [e.id for e in alone["d3"].events] == ["e2"]
    assert [b.id for b in alone["d2"].blame] == ["b3"]  # a2 is blamed by d2 only; a1 by two articles
    assert [r.id for r in alone["d2"].recommendations] == ["r3"]
    assert alone["d1"].recommendations == []


def test_views_over_a_real_analysis():
    docs = [
        load_text("Flood\n\nThe Harbor Board failed to close the gates. The state must welcome the displaced families.",
                  "x.txt", "d1"),
        load_text("Storm\n\nThe council should host refugees from the coast. Officials met on Monday.", "y.txt", "d2"),
    ]
    c = analyze(docs)
    views = blame_by_actor(c)
    assert views and views[0].actor.name.endswith("Harbor Board")
    assert views[0].not_blamed_by == ["d2"]
    groups = recommendations_by_group(c)
    assert groups and set(groups[0].made_by) == {"d1", "d2"}
