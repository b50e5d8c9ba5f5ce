"""Corrections change the comparison, undo restores it, and stored corrections replay on a fresh analysis."""

from __future__ import annotations

import copy

import pytest

from reader.core.analysis.corrections import (
    Correction,
    CorrectionError,
    DismissMark,
    LinkPassages,
    MergeActors,
    RenameEvent,
    SplitActor,
    UnlinkPassage,
    apply_corrections,
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
from reader.core.documents.model import Document

TEXT_A = "The bridge collapsed on Monday. The mayor is to blame for it. Officials must rebuild it now."
TEXT_B = "On Monday a bridge fell down. Critics blamed the city hall. The council should act."


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def make_comparison() -> Comparison:
    a, b = Document("d1", "a.txt", "A", TEXT_A), Document("d2", "b.txt", "B", TEXT_B)
    sa, sb = _span(TEXT_A, "The bridge collapsed on Monday."), _span(TEXT_B, "On Monday a bridge fell down.")
    ma, mb = _span(TEXT_A, "The mayor is to blame for it."), _span(TEXT_B, "Critics blamed the city hall.")
    ra, rb = _span(TEXT_A, "Officials must rebuild it now."), _span(TEXT_B, "The council should act.")
    return Comparison(
        documents=[a, b],
        events=[
            Event("e1", "event", "bridge collapse", 0.9,
                  [Mention("d1", *sa, TEXT_A[sa[0]:sa[1]]), Mention("d2", *sb, TEXT_B[sb[0]:sb[1]])]),
            Event("e2", "claim", "mayor to blame", 0.5, [Mention("d1", *ma, TEXT_A[ma[0]:ma[1]])]),
        ],
        actors=[Actor("a1", "mayor", ["the mayor"]), Actor("a2", "city hall", ["council"])],
        blame=[Blame("b1", "d1", "The mayor", "a1", "author", "to blame", *ma, TEXT_A[ma[0]:ma[1]]),
               Blame("b2", "d2", "the city hall", "a2", "Critics", "blamed", *mb, TEXT_B[mb[0]:mb[1]])],
        recommendations=[
            Recommendation("r1", "d1", "Officials", "rebuild it", "author", "must", *ra, "", "g1"),
            Recommendation("r2", "d2", "The council", "act", "author", "should", *rb, "", "g1"),
        ],
        groups=[RecommendationGroup("g1", "act", ["r1", "r2"])],
    )


def test_unlink_then_undo_restores_the_event():
    comp = make_comparison()
    before = copy.deepcopy(comp.events)
    start, end = _span(TEXT_B, "a bridge")
    cmd = UnlinkPassage("d2", start, end)
    cmd.do(comp)
    assert comp.events[0].docs == ["d1"] and not comp.events[0].shared
    cmd.undo(comp)
    assert comp.events == before


def test_link_joins_a_passage_to_the_event_of_the_other():
    comp = make_comparison()
    blame_b = _span(TEXT_B, "Critics blamed the city hall.")
    blame_a = _span(TEXT_A, "The mayor is to blame")
    cmd = LinkPassages("d1", *blame_a, "d2", *blame_b)
    cmd.do(comp)
    e2 = next(e for e in comp.events if e.id == "e2")
    assert e2.shared and e2.docs == ["d1", "d2"]
    cmd.undo(comp)
    assert not next(e for e in comp.events if e.id == "e2").shared


def test_link_of_two_unmarked_passages_makes_a_new_event_and_moves_b_out_of_its_old_event():
    comp = make_comparison()
    a = _span(TEXT_A, "Officials must rebuild")
    b = _span(TEXT_B, "On Monday")  # inside e1's mention in d2
    LinkPassages("d1", *a, "d2", *b, label="rebuilding").do(comp)
    new = comp.events[-1]
    assert new.label == "rebuilding" and new.docs == ["d1", "d2"]
    assert comp.events[0].docs == ["d1"]  # e1 lost its d2 passage


def test_link_within_one_event_is_refused_and_changes_nothing():
    comp = make_comparison()
    before = copy.deepcopy(comp.events)
    with pytest.raises(CorrectionError):
        LinkPassages("d1", 0, 5, "d2", 0, 5).do(comp)
    assert comp.events == before


def test_rename_merge_split_dismiss_and_their_undo():
    comp = make_comparison()
    original = copy.deepcopy(comp)
    cmds: list[Correction] = [
        RenameEvent("d1", 0, 3, "Bridge falls"),
        MergeActors("mayor", "city hall"),
        SplitActor("mayor", "city hall"),
        DismissMark("recommendation", "d2", *_span(TEXT_B, "council")),
    ]
    for cmd in cmds:
        cmd.do(comp)
    assert comp.events[0].label == "Bridge falls"
    names = {a.name for a in comp.actors}
    assert names == {"mayor", "city hall"}
    split = next(a for a in comp.actors if a.name == "city hall")
    assert split.id != "a2" and comp.blame[1].actor == split.id  # "the city hall" followed the split
    assert [r.id for r in comp.recommendations] == ["r1"] and comp.groups[0].members == ["r1"]
    for cmd in reversed(cmds):
        cmd.undo(comp)
    assert comp.events == original.events and comp.actors == original.actors
    assert comp.blame == original.blame and comp.groups == original.groups


def test_merge_moves_blame_and_keeps_names_as_aliases():
    comp = make_comparison()
    MergeActors("mayor", "council").do(comp)  # found through the alias
    assert [a.id for a in comp.actors] == ["a1"]
    assert comp.actors[0].aliases == ["the mayor", "city hall", "council"]
    assert {b.actor for b in comp.blame} == {"a1"}


def test_round_trip_and_replay_on_a_fresh_analysis():
    cmds = [UnlinkPassage("d2", 3, 9), RenameEvent("d1", 0, 3, "Collapse"), DismissMark("blame", "d1", 40, 41),
            MergeActors("mayor", "city hall")]
    stored = [c.to_dict() for c in cmds]
    assert [Correction.from_dict(d).to_dict() for d in stored] == stored
    fresh = make_comparison()
    skipped = apply_corrections(fresh, stored + [{"kind": "unlink", "doc": "d9", "start": 0, "end": 1}])
    assert len(skipped) == 1 and "d9" in skipped[0]
    assert fresh.events[0].label == "Collapse" and fresh.events[0].docs == ["d1"]
    assert [b.id for b in fresh.blame] == ["b2"] and len(fresh.actors) == 1


def test_unknown_kind_is_an_error():
    with pytest.raises(CorrectionError):
        Correction.from_dict({"kind": "explode"})


def test_unlinking_the_last_passage_removes_its_event():
    comp = make_comparison()
    UnlinkPassage("d1", *_span(TEXT_A, "is to blame")).do(comp)
    assert [e.id for e in comp.events] == ["e1"]


@pytest.mark.parametrize("command", [UnlinkPassage("d2", *_span(TEXT_B, "Critics")),
                                     RenameEvent("d2", *_span(TEXT_B, "Critics"), "new label")])
def test_a_passage_in_no_event_is_refused_and_changes_nothing(command):
    comp = make_comparison()
    before = copy.deepcopy(comp.events)
    with pytest.raises(CorrectionError, match="no event passage"):
        command.do(comp)
    assert comp.events == before
