"""W3C Web Annotation JSON: reader's annotations out and back, and the shapes the importer reads."""

from __future__ import annotations

import pytest

from reader.core.annotations.anchoring import make_target
from reader.core.annotations.model import Annotation
from reader.core.annotations.w3c import (
    W3CError,
    annotation_from_w3c,
    annotation_to_w3c,
    is_mark,
    w3c_items,
)

TEXT = "Officials said the bridge would reopen in May. Engineers were less sure about the date."


def _annotation(**kw) -> Annotation:
    start = TEXT.index("the bridge")
    return Annotation(target=make_target(TEXT, start, start + 30, "/tmp/news story.txt"), doc_hash="abc", **kw)


def test_round_trip_keeps_every_field():
    a = _annotation(body="Is May *realistic*?", tags=["dates", "infrastructure"], motivation="commenting",
                    category="recommendation", colour="#aabbcc", mark="recommendation:r1")
    item = annotation_to_w3c(a)
    assert item["target"]["source"] == "file:///tmp/news%20story.txt"
    assert {"type": "TextualBody", "purpose": "tagging", "value": "dates"} in item["body"]
    note = [b for b in item["body"] if b["purpose"] == "commenting"][0]
    assert note["format"] == "text/markdown" and note["value"] == "Is May *realistic*?"
    assert annotation_from_w3c(item) == a


def test_highlight_without_body_round_trips():
    a = _annotation()
    item = annotation_to_w3c(a)
    assert "body" not in item and item["motivation"] == "highlighting"
    assert annotation_from_w3c(item) == a


def test_reads_collection_page_list_and_single():
    items = [annotation_to_w3c(_annotation(body=str(i))) for i in range(3)]
    collection = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                  "first": {"type": "AnnotationPage", "items": items[:2], "next": {"type": "AnnotationPage",
                                                                                    "items": items[2:]}}}
    assert w3c_items(collection) == items
    assert w3c_items({"type": "AnnotationPage", "items": items}) == items
    assert w3c_items(items) == items
    assert w3c_items(items[0]) == [items[0]]


def test_foreign_annotation_without_our_fields():
    item = {"type": "Annotation", "body": {"type": "TextualBody", "value": "plain note"},
            "target": {"source": "https://example.org/story",
                       "selector": {"type": "TextQuoteSelector", "exact": "the bridge"}}}
    a = annotation_from_w3c(item)
    assert a.body == "plain note" and a.motivation == "commenting" and a.category == "note"
    assert a.target.source == "https://example.org/story" and a.target.exact == "the bridge"
    assert a.id.startswith("urn:uuid:")


def test_marks_are_recognised():
    assert is_mark({"motivation": "classifying"})
    assert not is_mark({"motivation": "commenting"})


@pytest.mark.parametrize("bad", [42, "text", {"hello": 1}, [1, 2], {"type": "AnnotationCollection", "first": "http://x/p1"}])
def test_bad_shapes_raise_w3c_error(bad):
    with pytest.raises(W3CError):
        w3c_items(bad)


def test_annotation_without_quote_is_rejected():
    with pytest.raises(W3CError):
        annotation_from_w3c({"type": "Annotation", "target": {"source": "file:///tmp/x.txt"}})
    with pytest.raises(W3CError):
        annotation_from_w3c({"type": "Annotation", "target": {"selector": []}})
