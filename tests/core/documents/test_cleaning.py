"""Cleaning rules on made-up articles: each kind of clutter goes, with its reason, and the article stays."""

from reader.core.documents.loader import load_text, restore

BODY = ("The council met on Monday to discuss the new bridge. Members argued for hours about the cost.\n\n"
        "In the end the vote was close. The mayor said the bridge would open next year.\n\n"
        "Critics said the money should go to schools instead. They plan to appeal the decision.")


def reasons(doc):
    return {r.reason for r in doc.removed}


def test_menus_widgets_ads_and_prompts_are_removed_with_reasons():
    raw = ("Skip to content\n\nBridge Vote Splits the Council\n\nEnable Read mode\n100% Font Size\n\n"
           + BODY.replace("In the end", "Advertisement\n\nIn the end")
           + "\n\nShare this article\n\nLeave a comment\n\nDisclaimer: Views expressed by writers are their own "
             "and do not reflect the Daily Sample's point-of-view.")
    doc = load_text(raw, "t.txt", "d1")
    assert doc.title == "Bridge Vote Splits the Council"
    for junk in ("Skip to", "Read mode", "Font Size", "Advertisement", "Share this", "Leave a comment", "Disclaimer"):
        assert junk not in doc.text
    assert {"site navigation", "reader widget", "advertisement", "share buttons", "comment prompt",
            "disclaimer"} <= reasons(doc)
    assert doc.outlet == "Daily Sample"
    assert "The mayor said the bridge would open next year." in doc.sentence_texts()


def test_trailing_donation_block_goes_but_a_final_paragraph_stays():
    raw = ("Bridge Vote Splits the Council\n\n" + BODY + "\n\nAs you're here…\n\n"
           "The Sample Post has one humble request from you.\n\nOur journalism takes time and effort. "
           "We are independent.\n\nPlease support The Sample Post: it only takes a minute to make a donation.")
    doc = load_text(raw, "t.txt", "d1")
    assert doc.text.endswith("They plan to appeal the decision.")
    assert sum(r.reason == "donation appeal" for r in doc.removed) == 4
    assert doc.outlet == "The Sample Post"


def test_a_quoted_complaint_about_donations_is_article_text_not_an_appeal():
    quoted = ('The mother said she learned of the pardon from a reporter. "Nobody from the governor\'s office called us," '
              'she said. "He decided their donations mattered more than my daughter."')
    raw = ("Pardons Stir Anger\n\n" + BODY + "\n\n" + quoted + "\n\nThe speaker urged lawmakers to wait for the facts.")
    doc = load_text(raw, "t.txt", "d1")
    assert doc.text.endswith("The speaker urged lawmakers to wait for the facts.")
    assert "donations mattered more" in doc.text
    assert not any(r.reason == "donation appeal" for r in doc.removed)


def test_shortcodes_and_link_markup_keep_the_words():
    raw = ("Bridge Vote Splits the Council\n\n[su_quote]We will build it.[/su_quote]\n\n"
           "[su_row][su_column size=\"1/2\"]\n\n[/su_column][/su_row]\n\n"
           "The council [approved the plan](#) on Monday after [a long debate](https://example.org/x). "
           "Members argued for hours.\n\nA note [sic] stays as written. The end came quickly.")
    doc = load_text(raw, "t.txt", "d1")
    assert "We will build it." in doc.text and "[su_" not in doc.text and "[/su" not in doc.text
    assert "The council approved the plan on Monday after a long debate." in doc.text
    assert "[sic]" in doc.text and "](" not in doc.text
    assert {"shortcode", "link markup"} <= reasons(doc)
    for r in doc.removed:
        assert 0 <= r.offset <= len(doc.text)


def test_paragraph_broken_mid_sentence_is_joined():
    raw = "Bridge Vote Splits the Council\n\nThe council met on Monday to discuss the\n\n\n\nnew bridge. It was late.\n\nNext paragraph here. It stays apart."
    doc = load_text(raw, "t.txt", "d1")
    paras = [p.slice(doc.text) for p in doc.paragraphs]
    assert paras == ["The council met on Monday to discuss the new bridge. It was late.", "Next paragraph here. It stays apart."]


def test_pull_quote_and_repeated_caption_removed_but_dek_stays():
    raw = ("Bridge Vote Splits the Council\n\nThe mayor said the bridge would open next year\n\nJane Roe\n\n"
           + BODY + "\n\nThe river at dawn\nThe river at dawn\n\n"
           "Critics said the money should go to schools instead\n\nJane Roe\n\nA last word on the matter. It is done.")
    doc = load_text(raw, "t.txt", "d1")
    assert doc.author == "Jane Roe"
    assert doc.text.startswith("The mayor said the bridge would open next year")  # the standfirst stays
    assert doc.text.count("Critics said the money should go to schools instead") == 1
    assert doc.text.count("The river at dawn") == 1
    assert {"repeated pull quote", "repeated caption"} <= reasons(doc)


def test_author_bio_after_separator_and_byline_with_role():
    raw = ("Daily Sample\n\nBridge Vote Splits the Council\n\nby Jane Roe Senior Correspondent, Daily Sample\n\n"
           + BODY + "\n\n______\nJane Roe is a reporter covering city hall. She lives by the river.")
    doc = load_text(raw, "t.txt", "d1")
    assert (doc.title, doc.author, doc.outlet) == ("Bridge Vote Splits the Council", "Jane Roe", "Daily Sample")
    assert "reporter covering" not in doc.text and "Daily Sample" not in doc.text
    assert {"author bio", "byline", "site header"} <= reasons(doc)


def test_restore_brings_a_removed_piece_back():
    raw = "Bridge Vote Splits the Council\n\n" + BODY.replace("In the end", "Advertisement\n\nIn the end")
    doc = load_text(raw, "t.txt", "d1")
    index = next(i for i, r in enumerate(doc.removed) if r.reason == "advertisement")
    piece = doc.removed[index]
    assert doc.text[piece.offset - 2:piece.offset + 10].endswith("In the end") or doc.text[piece.offset:].lstrip().startswith("In the end")
    again = restore(doc, index)
    assert "Advertisement" in again.text
    assert all(r.reason != "advertisement" for r in again.removed)
    assert again.title == doc.title and len(again.paragraphs) == len(doc.paragraphs) + 1


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reader.core.documents.errors import LoadError  # noqa: E402

_PIECES = st.sampled_from([
    "Skip to content", "Advertisement", "by Jane Roe", "Dr. Jane Roe", "[su_quote]", "[/su_quote]", "[link](#)",
    "Please make a donation to support our journalism.", "______", "Jane Roe is a writer.", "\n", "\n\n", " ",
    "The council met. ", "It was “late,” she said. ", "Mr. Smith left at 3.5 p.m. ", "the end of", "U.S. ", "…",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=40))
def test_any_text_gives_a_valid_document_or_one_load_error(pieces):
    raw = "".join(pieces)
    try:
        doc = load_text(raw, "fuzz.txt", "d1")
    except LoadError as exc:
        assert str(exc).startswith("fuzz.txt: ") and "\n" not in str(exc)
        return
    assert doc.sentences and doc.paragraphs
    for span in doc.paragraphs + doc.sentences:
        piece = span.slice(doc.text)
        assert piece and piece == piece.strip()
    for s in doc.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in doc.paragraphs)
    for r in doc.removed:
        assert 0 <= r.offset <= len(doc.text)
    if doc.removed:
        try:
            again = restore(doc, 0)
        except LoadError as exc:  # keeping a piece may leave nothing but clutter: still one clear error
            assert str(exc).startswith("fuzz.txt: ")
            return
        assert doc.removed[0].key in again.kept


def test_news_page_copied_from_a_browser():
    raw = ("Example News Homepage\nSkip to content\nAccessibility Help\nSign in\nHome\nNews\nSport\n\n"
           "Climate change: Arctic sea ice hits record low\n\nBy Jane Smith\nScience correspondent\n\n"
           "Published\n3 March 2023\n\nShare\nImage source, Getty Images\n\n"
           "Arctic sea ice has fallen to its lowest level since records began, scientists say.\n\n"
           "Read more: Why the Arctic is warming four times faster\n\n"
           "Other researchers urged caution. The institute will publish a full report in May.\n\n"
           "Related Topics\nClimate change\nArctic\n\nMore on this story\nPolar bears face starvation as ice melts\n")
    doc = load_text(raw, "page.txt", "d1")
    assert (doc.title, doc.author, doc.date) == ("Climate change: Arctic sea ice hits record low", "Jane Smith", "2023-03-03")
    assert [p.slice(doc.text) for p in doc.paragraphs] == [
        "Arctic sea ice has fallen to its lowest level since records began, scientists say.",
        "Other researchers urged caution. The institute will publish a full report in May."]
    assert {"site navigation", "byline", "publication line", "share buttons", "photo credit", "related link"} <= reasons(doc)


def test_story_sentences_that_look_like_notices_stay():
    raw = ("Mayor Wins Second Term\n\nJohn Smith is the new mayor of the town. He won by 300 votes.\n\n"
           "Critics said the views of renters do not reflect the majority, and the opinions of owners do not represent them either.\n\n"
           "The council will meet on Monday. Its members were all re-elected.")
    doc = load_text(raw, "t.txt", "d1")
    assert doc.author is None and doc.removed == []
    assert len(doc.paragraphs) == 3


def test_caption_between_title_and_author_bio_goes_but_the_dek_stays():
    raw = ("Bridge Vote Splits the Council\n\nThe old bridge at dusk\n\n"
           "Jane-RoeJane Roe is the editor of a small town paper\n\n"
           "Jane Roe says the vote changed nothing.\n\n" + BODY)
    doc = load_text(raw, "t.txt", "d1")
    assert doc.author == "Jane Roe"
    assert doc.text.startswith("Jane Roe says the vote changed nothing.")
    assert [r.reason for r in doc.removed] == ["photo caption", "author bio"]


def test_about_the_author_section_and_social_prompts_at_the_end():
    raw = ("Bridge Vote Splits the Council\n\n" + BODY + "\n\nFollow us on Twitter\n\nAbout the author\n\n"
           "Jane Roe covers city hall. She has written two books.")
    doc = load_text(raw, "t.txt", "d1")
    assert doc.text.endswith("They plan to appeal the decision.")
    assert [r.reason for r in doc.removed] == ["share buttons", "author bio", "author bio"]


def test_story_sentences_with_clutter_words_are_not_clutter():
    from reader.core.documents.boilerplate import classify_line

    for sentence in ("Millions subscribe to the service.", "Pictures, letters and diaries were found in the house.",
                     "Residents can leave a comment at city hall.", "The newsletter was popular.",
                     "Updated figures show a rise.", "Home prices rose again."):
        assert classify_line(sentence) is None, sentence
    for clutter, reason in (("Subscribe to our newsletter", "subscription appeal"), ("Photo: AP", "photo credit"),
                            ("Add your comments below", "comment prompt"), ("Advertisement", "advertisement"),
                            ("Published: 5 March 2024", "publication line"), ("Home | News | Sport | Weather", "site navigation")):
        assert classify_line(clutter) == reason, clutter


def test_appeal_box_in_the_middle_does_not_swallow_the_rest_of_the_article():
    more = " ".join(f"Paragraph {i} of the story goes on about the bridge and its cost to the town." for i in range(25))
    raw = ("Bridge Vote Splits the Council\n\n" + BODY + "\n\n" + more + "\n\n" + more.replace("story", "tale") + "\n\n"
           "Please support our journalism: make a donation today.\n\n" + more.replace("Paragraph", "Part"))
    doc = load_text(raw, "t.txt", "d1")
    assert [r.reason for r in doc.removed] == ["donation appeal"]
    assert doc.text.endswith("cost to the town.") and "Part 3 of the story" in doc.text


def test_a_two_sentence_headline_above_a_byline_is_the_title_not_the_byline():
    from reader.core.documents.loader import load_text
    doc = load_text("Gov. Whitcomb didn't trim a subsidy. He pulled the floor out from under family dairy.\nBy Marcus Feld\n\n"
                    "When the governor signed the budget on June 30, he called the cut housekeeping. Farmers disagree.\n\n"
                    "Forty-one farms have sold their herds this year, and more will follow by winter.\n", "a1.txt", "d1")
    assert doc.title.startswith("Gov. Whitcomb didn't trim a subsidy.")
    assert doc.author == "Marcus Feld"
    assert doc.text.lstrip().startswith("When the governor signed")
