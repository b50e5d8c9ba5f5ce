"""Restoring removed pieces: several at once, where each stood, kept keys replayed, offsets mapped between versions."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.documents.errors import LoadError
from reader.core.documents.loader import load_path, load_text, restore
from reader.core.documents.offset_map import OffsetMap
from reader.core.documents.restoring import restorable, restore_pieces, same_kind, where, with_kept

ARTICLE = ("Skip to content\n\nCity council votes to rebuild the old bridge\n\n"
           "The council voted on Tuesday to rebuild the bridge that collapsed last spring. "
           "Engineers said the work would take two years.\n\nAdvertisement\n\n"
           "Residents had asked for a new crossing for months. The mayor said the city would pay half.\n\n"
           "Support our journalism: donate today and become a member.\n")


@pytest.fixture
def doc():
    return load_text(ARTICLE, "/tmp/bridge.txt", "d1")


def test_a_sample_with_clutter_can_be_restored(doc):
    assert doc.removed and restorable(doc)
    assert not restorable(dataclasses.replace(doc, raw_text=""))


def test_restore_pieces_keeps_every_piece_asked_for(seed_paths):
    doc = load_path(seed_paths[1], "d2")
    appeals = same_kind(doc, next(i for i, r in enumerate(doc.removed) if r.reason == "donation appeal"))
    assert len(appeals) > 1 and all(doc.removed[i].reason == "donation appeal" for i in appeals)
    back = restore_pieces(doc, appeals)
    assert back.id == "d2" and back.source == doc.source
    assert set(back.kept) == {doc.removed[i].key for i in appeals}
    assert len(back.removed) == len(doc.removed) - len(appeals)
    flat = " ".join(back.text.split())
    assert all(" ".join(doc.removed[i].text.split()) in flat for i in appeals)
    one_by_one = doc
    for i in appeals:  # the same as restoring them one at a time
        key = doc.removed[i].key
        one_by_one = restore(one_by_one, next(k for k, r in enumerate(one_by_one.removed) if r.key == key))
    assert one_by_one.text == back.text


def test_restore_pieces_refuses_what_it_cannot_do(doc):
    with pytest.raises(LoadError, match="no removed piece number 99"):
        restore_pieces(doc, [99])
    with pytest.raises(LoadError, match="text before cleaning was not kept"):
        restore_pieces(dataclasses.replace(doc, raw_text=""), [0])


def test_kept_keys_are_replayed_on_a_fresh_load(seed_paths):
    doc = load_path(seed_paths[4], "d1")
    back = restore_pieces(doc, [0, 2])
    again = with_kept(load_path(seed_paths[4], "d1"), list(back.kept))
    assert again.text == back.text and again.kept == back.kept
    assert with_kept(doc, []) is doc and with_kept(back, list(back.kept)) is back
    assert with_kept(doc, ["no-such-key"]).text == doc.text  # a key the text no longer has changes nothing


def test_where_each_piece_stood(seed_paths):
    doc = load_path(seed_paths[1], "d1")
    places = {r.reason: where(doc, r) for r in doc.removed}
    assert places["photo caption"] == "at the top"
    assert places["disclaimer"] == "at the end"
    assert places["repeated caption"].startswith("before paragraph ")
    number = int(places["repeated caption"].rsplit(" ", 1)[1])
    caption = next(r for r in doc.removed if r.reason == "repeated caption")
    assert doc.paragraphs[number - 1].start >= caption.offset > doc.paragraphs[number - 2].start


def test_offset_map_follows_a_restored_piece(seed_paths):
    doc = load_path(seed_paths[1], "d1")
    i = next(k for k, r in enumerate(doc.removed) if r.reason == "repeated caption")
    back = restore_pieces(doc, [i])
    forward, backward = OffsetMap(doc.text, back.text), OffsetMap(back.text, doc.text)
    for s in doc.sentences:
        start, end = forward.map_span(s.start, s.end)
        assert back.text[start:end] == doc.text[s.start:s.end]
        assert backward.map_span(start, end) == (s.start, s.end)


lines = st.lists(st.text(alphabet="abc .", min_size=0, max_size=12).map(lambda t: t + "\n"), max_size=12)


@settings(max_examples=200, deadline=None)
@given(lines, lines, lines, lines)
def test_offset_map_is_an_alignment_that_keeps_the_unchanged_text(head, tail, old_middle, new_middle):
    old = "".join(head + old_middle + tail)
    new = "".join(head + new_middle + tail)
    mapping = OffsetMap(old, new)
    mapped = [mapping.map(offset) for offset in range(len(old) + 1)]
    assert all(0 <= m <= len(new) for m in mapped)
    assert mapped == sorted(mapped)  # text order is kept
    kept = [o for o in range(len(old)) if mapped[o] < len(new) and new[mapped[o]] == old[o]]
    assert len(kept) >= len("".join(head)) + len("".join(tail))  # at least the text both versions share
    if not any(line in head + tail for line in old_middle + new_middle):  # no look-alike lines: exact
        assert mapped[:len("".join(head))] == list(range(len("".join(head))))
        shift = len(new) - len(old)
        assert all(mapped[o] == o + shift for o in range(len(old) - len("".join(tail)), len(old)))
