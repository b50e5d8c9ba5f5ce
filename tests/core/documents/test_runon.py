"""Articles saved as one long line: the headline glued to the body is found, the body gets paragraphs."""

from reader.core.documents.loader import load_text
from reader.core.documents.runon import split_glued_title

BODY = ("First, it was one thing and then another. Then when they figured out that they could not predict it, "
        "they settled on a third name. Apparently, that phrase does not have the punch it once did. ")


def test_title_case_headline_ends_where_sentence_case_starts():
    text = "Officials Want to Rename the Old Bridge Over the River " + BODY
    assert split_glued_title(text)[0] == "Officials Want to Rename the Old Bridge Over the River"


def test_headline_closed_by_question_or_ellipsis():
    assert split_glued_title("Will the river flood again? " + BODY)[0] == "Will the river flood again?"
    assert split_glued_title("Tribe watches as forest burns... " + BODY)[0] == "Tribe watches as forest burns..."


def test_sentence_case_headline_before_a_name():
    text = ("Mayor signs order making it harder to build on the flood plain Mayor Jane Doe on Wednesday signed "
            "two orders that will make it harder to build near the river. " + BODY)
    assert split_glued_title(text)[0] == "Mayor signs order making it harder to build on the flood plain"


def test_headline_saved_twice():
    text = "Ice Sheet Loses Three Trillion Tons Ice Sheet Loses Three Trillion TonsScientists measured the ice. " + BODY
    title, start = split_glued_title(text)
    assert title == "Ice Sheet Loses Three Trillion Tons" and text[start:].startswith("Scientists measured")


def test_one_line_article_gets_title_and_paragraphs():
    text = "Officials Want to Rename the Old Bridge Over the River " + BODY * 8
    doc = load_text(text, "one-line.txt", "d1")
    assert doc.title == "Officials Want to Rename the Old Bridge Over the River"
    assert doc.text.startswith("First, it was one thing")
    assert len(doc.paragraphs) >= 3
    for p in doc.paragraphs:
        assert len(p.slice(doc.text)) < 1200
    assert doc.removed == []


def test_share_prompt_closing_a_one_line_article_is_removed_and_restorable():
    from reader.core.documents.loader import restore

    text = "Officials Want to Rename the Old Bridge Over the River " + BODY * 3 + "Like this story? Share it with a friend!"
    doc = load_text(text, "one-line.txt", "d1")
    assert doc.text.endswith("the punch it once did.")
    assert [(r.reason, r.text) for r in doc.removed] == [("share buttons", "Like this story? Share it with a friend!")]
    assert restore(doc, 0).text.endswith("Share it with a friend!")
