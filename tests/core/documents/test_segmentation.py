"""Sentences and paragraphs: abbreviations, initials, decimals and quotations do not break sentences."""

from reader.core.documents.segmentation import paragraph_spans, sentence_spans, split_sentences


def test_abbreviations_initials_and_decimals_do_not_split():
    text = ("Sen. Warren met Mr. Smith and Dr. Jones in the U.S. capital on Jan. 5. "
            "Growth was 3.5 percent, e.g. in St. Louis, i.e. a record. J. K. Rowling agreed.")
    assert split_sentences(text) == [
        "Sen. Warren met Mr. Smith and Dr. Jones in the U.S. capital on Jan. 5.",
        "Growth was 3.5 percent, e.g. in St. Louis, i.e. a record.",
        "J. K. Rowling agreed.",
    ]


def test_acronym_at_sentence_end_splits_before_an_opener():
    assert split_sentences("He moved to the U.S. The economy grew fast.") == [
        "He moved to the U.S.", "The economy grew fast."]


def test_quotations_stay_with_their_attribution():
    text = "“Are you sure?” she asked. “We won,” he said. “Yes!” Jane Doe said. Then they left."
    assert split_sentences(text) == [
        "“Are you sure?” she asked.", "“We won,” he said.", "“Yes!” Jane Doe said.", "Then they left."]


def test_a_quote_ending_in_a_full_stop_then_a_reported_that_clause_starts_a_new_sentence():
    text = "“Do not approach him. Call 911.” Ruggiero acknowledged that he could be anywhere. “We lost.” Bell said."
    assert split_sentences(text) == [
        "“Do not approach him.", "Call 911.”", "Ruggiero acknowledged that he could be anywhere.", "“We lost.” Bell said."]


def test_glued_quote_and_ellipsis_split():
    assert split_sentences('It was a "climate crisis."A week later it rained... Nobody came!') == [
        'It was a "climate crisis."', "A week later it rained...", "Nobody came!"]


def test_sentence_never_crosses_a_paragraph_and_spans_are_trimmed():
    text = "  First paragraph without an end\n\nSecond one. Third one.  \n"
    paras = paragraph_spans(text)
    sents = sentence_spans(text, paras)
    assert [p.slice(text) for p in paras] == ["First paragraph without an end", "Second one. Third one."]
    assert [s.slice(text) for s in sents] == ["First paragraph without an end", "Second one.", "Third one."]
    for s in sents:
        assert s.slice(text) == s.slice(text).strip()
        assert any(p.start <= s.start and s.end <= p.end for p in paras)


def test_legal_state_and_dateline_abbreviations_and_lost_spaces():
    assert split_sentences("The Juliana v. United States case went on. HAZARD, Ky. — The town flooded. "
                           "He said.We believe it. See example.com today. He moved to Calif. The end.") == [
        "The Juliana v. United States case went on.", "HAZARD, Ky. — The town flooded.", "He said.",
        "We believe it.", "See example.com today.", "He moved to Calif.", "The end."]


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_BITS = st.sampled_from(["Mr.", "U.S.", "3.5", "“Yes?”", "he said.", "The", "end.", "\n\n", "\n", " ", "...", "!", "a",
                         "J.", "K.", "e.g.", "Ky.", "—", '"', "said.We"])


@given(st.lists(st.one_of(_BITS, st.text(max_size=12)), max_size=60))
def test_spans_are_ordered_trimmed_and_inside_paragraphs(parts):
    text = " ".join(parts)
    paras = paragraph_spans(text)
    sents = sentence_spans(text, paras)
    for spans in (paras, sents):
        for a, b in zip(spans, spans[1:]):
            assert a.end <= b.start
        for s in spans:
            piece = s.slice(text)
            assert piece and piece == piece.strip()
    for s in sents:
        assert any(p.start <= s.start and s.end <= p.end for p in paras)
    covered = "".join(s.slice(text) for s in sents)
    assert "".join(text.split()) == "".join(covered.split())  # no text is lost between sentences
