"""The panel models pass qtmodeltester and say what the analysis says (expected values derived from the Comparison)."""

from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.documents.loader import load_path
from reader.gui.models.blame_model import BlameModel
from reader.gui.models.events_model import EventsModel
from reader.gui.models.recommendations_model import RecommendationsModel
from reader.gui.models.roles import ActorKeyRole, EventIdRole, MarkIdsRole, PassageRole
from sample_comparison import small_comparison


@pytest.fixture(scope="module")
def seeds_comparison():
    from reader.paths import seed_files

    return analyze([load_path(p, f"d{i + 1}") for i, p in enumerate(seed_files())])


@pytest.mark.parametrize("model_class", [EventsModel, BlameModel, RecommendationsModel])
@pytest.mark.parametrize("source", ["small", "seeds", "empty"])
def test_models_pass_qtmodeltester(qtmodeltester, model_class, source, seeds_comparison):
    model = model_class()
    comparison = {"small": small_comparison(), "seeds": seeds_comparison, "empty": None}[source]
    model.set_comparison(comparison)
    qtmodeltester.check(model, force_py=True)


def _expected_blame(comparison, actor_key: str, doc_id: str) -> tuple[bool, set[str]]:
    marks = [b for b in comparison.blame if b.doc == doc_id and
             (b.actor == actor_key or (b.actor is None and actor_key == "target:" + " ".join(b.target.casefold().split())))]
    return bool(marks), {b.source for b in marks}


@pytest.mark.parametrize("source", ["small", "seeds"])
def test_blame_cells_match_the_analysis(source, seeds_comparison):
    comparison = small_comparison() if source == "small" else seeds_comparison
    model = BlameModel()
    model.set_comparison(comparison)
    blamed_pairs = {(b.actor, b.doc) for b in comparison.blame if b.actor}
    seen_pairs = set()
    for row in range(model.rowCount()):
        key = model.index(row, 0).data(ActorKeyRole)
        for col, doc in enumerate(comparison.documents, start=1):
            index = model.index(row, col)
            blamed, sources = _expected_blame(comparison, key, doc.id)
            text = index.data()
            assert (text != "—") == blamed, (key, doc.id, text)
            if blamed:
                seen_pairs.add((key, doc.id))
                assert ("author" in text) == ("author" in sources)
                for speaker in sources - {"author"}:
                    assert speaker in text
                passage = index.data(PassageRole)
                assert passage[0] == doc.id
                ids = set(index.data(MarkIdsRole))
                assert ids and all(b.doc == doc.id for b in comparison.blame if b.id in ids)
    assert blamed_pairs <= seen_pairs  # every (actor, article) of the analysis has its cell


def test_small_blame_table_reads_as_expected():
    model = BlameModel()
    model.set_comparison(small_comparison())
    assert model.rowCount() == 1 and model.index(0, 0).data() == "mayor"
    assert [model.index(0, c).data() for c in (1, 2, 3)] == ["author", "quoted: Critics", "—"]
    assert "to blame" in model.index(0, 1).data(0x03)  # tooltip carries the cue and the sentence


def test_events_model_lists_shared_events_first_with_who_reports_them():
    comparison = small_comparison()
    model = EventsModel()
    model.set_comparison(comparison)
    ids = [model.index(r, 0).data(EventIdRole) for r in range(model.rowCount())]
    assert ids == ["e1", "e2", "e3"]
    for r, event_id in enumerate(ids):
        event = next(e for e in comparison.events if e.id == event_id)
        for c, doc in enumerate(comparison.documents, start=1):
            assert (model.index(r, c).data() == "reports") == (doc.id in event.docs)


def test_recommendations_model_groups_by_course_of_action():
    comparison = small_comparison()
    model = RecommendationsModel()
    model.set_comparison(comparison)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "rebuild"
    assert model.index(0, 1).data() == "Officials: rebuild it (author)"
    assert model.index(0, 2).data() == "The council: act (author)"
    assert model.index(0, 3).data() == "—"
