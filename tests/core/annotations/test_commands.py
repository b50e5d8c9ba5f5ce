"""Do/undo commands on annotations and comparison notes."""

from __future__ import annotations

import pytest

from reader.core.annotations.anchoring import make_target
from reader.core.annotations.commands import (
    AddAnnotation,
    AddComparisonNote,
    AnnotationSet,
    DeleteAnnotation,
    DeleteComparisonNote,
    edit_annotation,
    edit_comparison_note,
    retag_annotation,
)
from reader.core.annotations.model import Annotation, ComparisonNote
from reader.core.store.library import Library

TEXT = "One sentence here. Another sentence follows, with a claim worth noting."


def _annotation() -> Annotation:
    start = TEXT.index("Another")
    return Annotation(target=make_target(TEXT, start, len(TEXT), "/tmp/a.txt"), doc_hash="h")


@pytest.fixture(params=["memory", "library"])
def sink(request, tmp_path):
    if request.param == "memory":
        yield AnnotationSet()
    else:
        with Library(tmp_path / "library.sqlite3") as lib:
            yield lib


def _get(sink, ident):
    if isinstance(sink, AnnotationSet):
        return sink.annotations.get(ident)
    try:
        return sink.annotation(ident)
    except KeyError:
        return None


def test_add_edit_delete_with_undo_and_redo(sink):
    a = _annotation()
    add = AddAnnotation(a)
    add.do(sink)
    assert _get(sink, a.id) == a
    edit = edit_annotation(a, body="A *strong* claim.", colour="#ffcc00")
    edit.do(sink)
    edited = _get(sink, a.id)
    assert edited.body == "A *strong* claim." and edited.colour == "#ffcc00"
    assert edited.motivation == "commenting"  # a note makes it a comment
    assert edited.created == a.created
    edit.undo(sink)
    assert _get(sink, a.id) == a
    edit.do(sink)  # redo
    delete = DeleteAnnotation(_get(sink, a.id))
    delete.do(sink)
    assert _get(sink, a.id) is None
    delete.undo(sink)
    assert _get(sink, a.id).body == "A *strong* claim."
    add.undo(sink)
    assert _get(sink, a.id) is None


def test_retag_normalises_and_undoes(sink):
    a = _annotation()
    AddAnnotation(a).do(sink)
    cmd = retag_annotation(a, ["#Policy", " policy", "two words", "", "Policy"])
    assert cmd.text == "Retag annotation"
    cmd.do(sink)
    assert _get(sink, a.id).tags == ["Policy", "policy", "two-words"]
    cmd.undo(sink)
    assert _get(sink, a.id).tags == []


def test_edit_rejects_unknown_fields():
    with pytest.raises(ValueError):
        edit_annotation(_annotation(), target=None)


def test_comparison_note_commands(tmp_path):
    with Library(tmp_path / "library.sqlite3") as lib:
        cid = lib.add_comparison("Harbour", [])
        note = ComparisonNote(comparison_id=cid, body="All three skip the budget.", tags=["budget"])
        AddComparisonNote(note).do(lib)
        assert [n.body for n in lib.comparison_notes(cid)] == ["All three skip the budget."]
        edit = edit_comparison_note(note, body="Two of three skip the budget.")
        edit.do(lib)
        assert lib.comparison_notes(cid)[0].body == "Two of three skip the budget."
        edit.undo(lib)
        assert lib.comparison_notes(cid)[0].body == "All three skip the budget."
        DeleteComparisonNote(note).do(lib)
        assert lib.comparison_notes(cid) == []
        DeleteComparisonNote(note).undo(lib)
        assert lib.comparison_notes(cid)[0].tags == ["budget"]


def test_clearing_the_note_makes_it_a_highlight_again():
    a = edit_annotation(_annotation(), body="Something").after
    assert a.motivation == "commenting"
    assert edit_annotation(a, body="  ").after.motivation == "highlighting"
