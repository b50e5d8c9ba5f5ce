"""Stored corrections follow their passages when a removed piece comes back into one article."""

from __future__ import annotations

from reader.core.analysis.correction_offsets import shift_corrections
from reader.core.analysis.corrections import DismissMark, LinkPassages, MergeActors, RenameEvent

OLD = "First paragraph stays.\n\nThe council must act now.\n\nThe mayor is to blame.\n"
NEW = "First paragraph stays.\n\nAdvertisement\n\nThe council must act now.\n\nThe mayor is to blame.\n"


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_passages_in_the_changed_article_move_with_the_text():
    a, b = _span(OLD, "The council must act now."), _span(OLD, "The mayor is to blame.")
    head = _span(OLD, "First paragraph")
    items = [RenameEvent("d1", *a, label="council").to_dict(), DismissMark("blame", "d1", *b).to_dict(),
             LinkPassages("d2", 5, 9, "d1", *a).to_dict(), LinkPassages("d1", *head, "d3", 0, 4).to_dict(),
             MergeActors("The mayor", "Mayor").to_dict()]
    moved = shift_corrections(items, "d1", OLD, NEW)
    assert (moved[0]["start"], moved[0]["end"]) == _span(NEW, "The council must act now.")
    assert (moved[1]["start"], moved[1]["end"]) == _span(NEW, "The mayor is to blame.")
    assert (moved[2]["start_a"], moved[2]["end_a"]) == (5, 9)  # the other article's passage stays
    assert (moved[2]["start_b"], moved[2]["end_b"]) == _span(NEW, "The council must act now.")
    assert (moved[3]["start_a"], moved[3]["end_a"]) == head  # before the restored piece: unchanged
    assert moved[4] == items[4]
    assert items[0]["start"] == a[0]  # the originals are left alone (the undo needs them)
    back = shift_corrections(moved, "d1", NEW, OLD)
    assert back == items


def test_no_change_gives_equal_copies():
    items = [RenameEvent("d1", 0, 5, label="x").to_dict()]
    same = shift_corrections(items, "d1", OLD, OLD)
    assert same == items and same[0] is not items[0]
