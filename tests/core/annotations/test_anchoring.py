"""Anchors: targets with context, and re-anchoring after the text changed."""

from __future__ import annotations

from reader.core.annotations.anchoring import CONTEXT, locate, make_target, reanchor
from reader.core.annotations.model import Annotation

TEXT = (
    "The council met on Monday to discuss the new budget for the harbour district.\n\n"
    "Residents complained that the ferry service had been cut twice in one year, "
    "leaving older people stranded on the island during the winter storms.\n\n"
    "The mayor said the city would restore the evening ferries before the summer season, "
    "but critics doubted that the money would be found in time.\n\n"
    "A final vote on the budget is expected next month."
)
QUOTE = "the city would restore the evening ferries before the summer season"


def _annotation(text: str = TEXT, quote: str = QUOTE) -> Annotation:
    start = text.index(quote)
    return Annotation(target=make_target(text, start, start + len(quote), "/tmp/article.txt"),
                      doc_hash="old", body="Check whether this happened.", tags=["ferry"])


def test_target_keeps_quote_context_and_offsets():
    a = _annotation()
    start = TEXT.index(QUOTE)
    assert a.target.exact == QUOTE
    assert a.target.quote.prefix == TEXT[start - CONTEXT:start]
    assert a.target.quote.suffix == TEXT[start + len(QUOTE):start + len(QUOTE) + CONTEXT]
    assert (a.target.start, a.target.end) == (start, start + len(QUOTE))


def test_unchanged_text_uses_the_position():
    a = _annotation()
    anchor = locate(a.target, TEXT)
    assert anchor is not None and anchor.method == "position"
    moved = reanchor(a, TEXT, "new")
    assert (moved.target.start, moved.target.end) == (a.target.start, a.target.end)
    assert moved.doc_hash == "new" and not moved.orphaned


def test_paragraph_inserted_before_the_quote():
    a = _annotation()
    inserted = "Before the meeting, a small protest gathered outside the town hall with banners.\n\n"
    cut = TEXT.index("Residents")
    text = TEXT[:cut] + inserted + TEXT[cut:]
    moved = reanchor(a, text, "new")
    assert not moved.orphaned
    assert moved.target.start == a.target.start + len(inserted)
    assert text[moved.target.start:moved.target.end] == QUOTE
    assert moved.body == a.body and moved.tags == a.tags and moved.id == a.id


def test_word_inside_the_quote_changed():
    a = _annotation()
    text = TEXT.replace("restore the evening ferries", "reinstate the evening ferries")
    anchor = locate(a.target, text)
    assert anchor is not None and anchor.method == "fuzzy"
    moved = reanchor(a, text, "new")
    assert not moved.orphaned
    found = text[moved.target.start:moved.target.end]
    assert "reinstate the evening ferries before the summer season" in found
    assert len(found) <= len(QUOTE) + 8
    assert moved.target.exact == found  # the target now quotes the current text


def test_passage_deleted_is_orphaned_and_kept():
    a = _annotation()
    paragraph = TEXT[TEXT.index("The mayor"):TEXT.index("A final vote")]
    text = TEXT.replace(paragraph, "")
    moved = reanchor(a, text, "new")
    assert moved.orphaned
    assert moved.target == a.target  # the quote is kept to show and export
    assert moved.body == a.body


def test_orphan_found_again_when_the_passage_returns():
    a = reanchor(_annotation(), "Something else entirely, about gardens and bees.", "other")
    assert a.orphaned
    back = reanchor(a, TEXT, "again")
    assert not back.orphaned and back.target.exact == QUOTE and back.doc_hash == "again"


def test_repeated_quote_prefers_matching_context_then_nearest_place():
    sentence = "Prices rose again this week. "
    text = "Markets. " + sentence * 3 + "The end."
    second = text.index(sentence, text.index(sentence) + 1)
    target = make_target(text, second, second + len(sentence) - 1, "x")
    shifted = "Headline here. " + text
    anchor = locate(target, shifted)
    assert anchor is not None and anchor.start == second + len("Headline here. ")


def test_short_quote_is_not_moved_to_an_unrelated_place():
    text = "The bridge was closed. Traffic moved to the ring road during the repairs."
    start = text.index("bridge")
    target = make_target(text, start, start + len("bridge"), "x")
    changed = "The tunnel was closed. Later, a different bridge opened far away in another town entirely."
    assert locate(target, changed) is None


def test_quote_at_the_very_end_of_a_short_text():
    text = "Short text that ends with the quoted words."
    start = text.index("quoted words")
    target = make_target(text, start, len(text) - 1, "x")
    changed = "A line before. Short text that ends with the quoted word."
    anchor = locate(target, changed)
    assert anchor is not None
    assert changed[anchor.start:anchor.end].startswith("quoted word")
