"""Articles saved as one long line: the headline glued to the body is found, the body gets paragraphs."""

import pytest

from reader.core.documents.loader import load_text
from reader.core.documents.runon import split_glued_title

BODY = ("First, it was one thing and then another. Then when they figured out that they could not predict it, "
        "they settled on a third name. Apparently, that phrase does not have the punch it once did. ")


# (headline, opening of the body): the body follows the headline on the same line, then BODY.
GLUED = [
    pytest.param("Officials Want to Rename the Old Bridge Over the River",
                 "",
                 id="title_case_headline_ends_where_sentence_case_starts"),
    pytest.param("Will the river flood again?",
                 "",
                 id="headline_closed_by_question"),
    pytest.param("Tribe watches as forest burns...",
                 "",
                 id="headline_closed_by_ellipsis"),
    pytest.param("Mayor signs order making it harder to build on the flood plain",
                 "Mayor Jane Doe on Wednesday signed two orders that will make it harder to build near the river.",
                 id="sentence_case_headline_before_a_name"),
    pytest.param("Judge Lets Old Canal Stay Open During New Review",
                 "SPRINGVALE, Ore. (AP) \u2014 A judge ruled on Monday that the canal may stay open.",
                 id="dateline_with_state_opens_the_body_not_the_title"),
    pytest.param("Governor declares end to long dry spell",
                 "EAST HAVEN (Reuters) \u2013 One of the worst dry spells ended.",
                 id="two_word_city_and_agency_dateline_after_sentence_case_headline"),
    pytest.param("Builders Are Starting To See That The Tax Will Never Pass",
                 "The failure of the tax to catch on in the U.S. \u2014 and elsewhere \u2014 is plain.",
                 id="capitals_inside_the_first_sentence_are_no_dateline"),
    pytest.param("Is he ok? Mayor's hand shakes as he defends the harbour plan at town forum (VIDEO)",
                 "Long-serving mayor Tom Hale really drew notice on Monday.",
                 id="short_question_is_a_kicker_before_the_real_headline"),
    pytest.param("Trains, or Buses? Here's What to Weigh When You Plan the Trip",
                 "So does that mean buses, which cost less, are the better choice?",
                 id="short_question_then_title_case_subtitle"),
    pytest.param("Farmers delayed the spread of the desert by 500 years?",
                 "The study by a team of geographers suggests it.",
                 id="long_question_stays_the_whole_headline"),
    pytest.param("Jane Doe Wants to Ban Old Diesel Buses From the Capital",
                 "Governor Jane Doe has said she will sign the order.",
                 id="role_word_and_repeated_name_open_the_body"),
    pytest.param("Tom Hale Takes On Council Member Who Pretends Not To Understand Budgets",
                 "Tom Hale took on council member Ann Roe over the budget. Later Tom Hale spoke again.",
                 id="name_seen_again_later_belongs_to_the_body"),
    pytest.param("Ann Roe: Harbour Closure Is A 'Clear Example' Of Poor Planning",
                 "Former Vice President Ann Roe said the closure was avoidable.",
                 id="former_vice_president_stays_with_the_name"),
    pytest.param("Jane Doe's Plan For 'Negative' Water Use Is Based On 'Wishful Thinking'",
                 "Northern Liberal Gov. Jane Doe issued an order Monday.",
                 id="quotation_closes_headline_before_a_described_official"),
    pytest.param("River Towns Face Higher Flood Bills Over The Next Decade, Says Report",
                 "Senator Jane Doe said the figures were alarming.",
                 id="attribution_tail_ends_the_headline"),
    pytest.param("Judge Was A \"Swing Vote\" On Water Cases, Lawyers Say",
                 "Tom Hale of Northside Legal Group, an advocacy firm, told reporters.",
                 id="attribution_tail_with_a_quoted_phrase"),
    pytest.param("To Save The Coast, Panel Warns Towns Must Move Inland",
                 "Residents must drastically change where they build.",
                 id="warns_followed_by_a_clause_is_not_an_attribution_tail"),
    pytest.param("This Old Harbour Deal Has To Go",
                 "As the Town Hall continues its cleanup of old deals, the harbour deal is next. The Town Hall said so.",
                 id="sentence_opener_before_a_name_starts_the_body"),
    pytest.param("Mayor brags about 'spotless' river \u2014 but his own Agency admits it's gotten dirtier",
                 "Mayor Tom Hale regularly brags about the river.",
                 id="sentence_case_headline_does_not_stop_at_a_possessive_own"),
    pytest.param("Critics Ruin Weddings in a Quest for Perfect Justice",
                 "What is the point of a wedding? Is it to celebrate a couple?",
                 id="title_case_headline_before_a_question_that_opens_the_body"),
    pytest.param("Ann Roe MISSES her 'no flights' promise after the summit moves to Lisbon",
                 "Ann Roe tried hard to keep her promise, but it collapsed.",
                 id="body_reopening_with_the_headlines_two_word_name"),
    pytest.param("Tom Hale blasts council for 'burying' budget report by releasing it on a Friday",
                 "Former Vice President Tom Hale accused the council of hiding the report.",
                 id="sentence_case_headline_before_an_office_and_name"),
    pytest.param("Critic: 'Wind Power Is a Costly Mistake, Build Dams!' Says Veteran Engineer Tom Hale",
                 "So says Tom Hale, 88, in a long interview.",
                 id="title_case_exclamation_keeps_its_title_case_subtitle"),
]


@pytest.mark.parametrize(("headline", "opening"), GLUED)
def test_glued_headline_is_split_where_the_body_starts(headline, opening):
    body = f"{opening} {BODY}" if opening else BODY
    text = f"{headline} {body}"
    title, start = split_glued_title(text)
    assert title == headline
    assert text[start:] == body

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


def test_photo_credit_after_the_headline_is_not_part_of_it():
    text = ("Flood Defences Lag Behind As The Rivers Keep Rising JANE DOE via Getty Images A child stands on the "
            "levee. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Flood Defences Lag Behind As The Rivers Keep Rising"
    assert text[start:].startswith("A child stands")
    text = "Mayor, Stoking Uproar Over Parking, Sets A Town Hall ASSOCIATED PRESS Sen. Tom Hale is hosting a meeting. " + BODY
    assert split_glued_title(text)[0] == "Mayor, Stoking Uproar Over Parking, Sets A Town Hall"
