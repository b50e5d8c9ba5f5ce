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


def test_dateline_with_state_opens_the_body_not_the_title():
    text = ("Judge Lets Old Canal Stay Open During New Review SPRINGVALE, Ore. (AP) \u2014 A judge ruled on Monday "
            "that the canal may stay open. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Judge Lets Old Canal Stay Open During New Review"
    assert text[start:].startswith("SPRINGVALE, Ore. (AP)")


def test_two_word_city_and_agency_dateline_after_sentence_case_headline():
    text = "Governor declares end to long dry spell EAST HAVEN (Reuters) \u2013 One of the worst dry spells ended. " + BODY
    title, start = split_glued_title(text)
    assert title == "Governor declares end to long dry spell" and text[start:].startswith("EAST HAVEN (Reuters)")


def test_capitals_inside_the_first_sentence_are_no_dateline():
    text = ("Builders Are Starting To See That The Tax Will Never Pass The failure of the tax to catch on in "
            "the U.S. \u2014 and elsewhere \u2014 is plain. " + BODY)
    assert split_glued_title(text)[0] == "Builders Are Starting To See That The Tax Will Never Pass"


def test_short_question_is_a_kicker_before_the_real_headline():
    text = ("Is he ok? Mayor's hand shakes as he defends the harbour plan at town forum (VIDEO) Long-serving "
            "mayor Tom Hale really drew notice on Monday. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Is he ok? Mayor's hand shakes as he defends the harbour plan at town forum (VIDEO)"
    assert text[start:].startswith("Long-serving mayor")


def test_short_question_then_title_case_subtitle():
    text = ("Trains, or Buses? Here's What to Weigh When You Plan the Trip So does that mean buses, which cost "
            "less, are the better choice? " + BODY)
    assert split_glued_title(text)[0] == "Trains, or Buses? Here's What to Weigh When You Plan the Trip"


def test_long_question_stays_the_whole_headline():
    text = "Farmers delayed the spread of the desert by 500 years? The study by a team of geographers suggests it. " + BODY
    assert split_glued_title(text)[0] == "Farmers delayed the spread of the desert by 500 years?"


def test_role_word_and_repeated_name_open_the_body():
    text = ("Jane Doe Wants to Ban Old Diesel Buses From the Capital Governor Jane Doe has said she will sign "
            "the order. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Jane Doe Wants to Ban Old Diesel Buses From the Capital"
    assert text[start:].startswith("Governor Jane Doe has")


def test_name_seen_again_later_belongs_to_the_body():
    text = ("Tom Hale Takes On Council Member Who Pretends Not To Understand Budgets Tom Hale took on council "
            "member Ann Roe over the budget. Later Tom Hale spoke again. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Tom Hale Takes On Council Member Who Pretends Not To Understand Budgets"
    assert text[start:].startswith("Tom Hale took")


def test_former_vice_president_stays_with_the_name():
    text = ("Ann Roe: Harbour Closure Is A 'Clear Example' Of Poor Planning Former Vice President Ann Roe "
            "said the closure was avoidable. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Ann Roe: Harbour Closure Is A 'Clear Example' Of Poor Planning"
    assert text[start:].startswith("Former Vice President")


def test_quotation_closes_headline_before_a_described_official():
    text = ("Jane Doe's Plan For 'Negative' Water Use Is Based On 'Wishful Thinking' Northern Liberal Gov. "
            "Jane Doe issued an order Monday. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Jane Doe's Plan For 'Negative' Water Use Is Based On 'Wishful Thinking'"
    assert text[start:].startswith("Northern Liberal Gov.")


def test_attribution_tail_ends_the_headline():
    text = ("River Towns Face Higher Flood Bills Over The Next Decade, Says Report Senator Jane Doe said the "
            "figures were alarming. " + BODY)
    assert split_glued_title(text)[0] == "River Towns Face Higher Flood Bills Over The Next Decade, Says Report"
    text = ("Judge Was A \"Swing Vote\" On Water Cases, Lawyers Say Tom Hale of Northside Legal Group, an advocacy "
            "firm, told reporters. " + BODY)
    assert split_glued_title(text)[0] == "Judge Was A \"Swing Vote\" On Water Cases, Lawyers Say"


def test_warns_followed_by_a_clause_is_not_an_attribution_tail():
    text = ("To Save The Coast, Panel Warns Towns Must Move Inland Residents must drastically change where "
            "they build. " + BODY)
    assert split_glued_title(text)[0] == "To Save The Coast, Panel Warns Towns Must Move Inland"


def test_sentence_opener_before_a_name_starts_the_body():
    text = ("This Old Harbour Deal Has To Go As the Town Hall continues its cleanup of old deals, the harbour "
            "deal is next. The Town Hall said so. " + BODY)
    title, start = split_glued_title(text)
    assert title == "This Old Harbour Deal Has To Go" and text[start:].startswith("As the Town Hall")


def test_sentence_case_headline_does_not_stop_at_a_possessive_own():
    text = ("Mayor brags about 'spotless' river \u2014 but his own Agency admits it's gotten dirtier Mayor Tom Hale "
            "regularly brags about the river. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Mayor brags about 'spotless' river \u2014 but his own Agency admits it's gotten dirtier"
    assert text[start:].startswith("Mayor Tom Hale regularly")


def test_photo_credit_after_the_headline_is_not_part_of_it():
    text = ("Flood Defences Lag Behind As The Rivers Keep Rising JANE DOE via Getty Images A child stands on the "
            "levee. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Flood Defences Lag Behind As The Rivers Keep Rising"
    assert text[start:].startswith("A child stands")
    text = "Mayor, Stoking Uproar Over Parking, Sets A Town Hall ASSOCIATED PRESS Sen. Tom Hale is hosting a meeting. " + BODY
    assert split_glued_title(text)[0] == "Mayor, Stoking Uproar Over Parking, Sets A Town Hall"


def test_title_case_headline_before_a_question_that_opens_the_body():
    text = ("Critics Ruin Weddings in a Quest for Perfect Justice What is the point of a wedding? Is it to "
            "celebrate a couple? " + BODY)
    title, start = split_glued_title(text)
    assert title == "Critics Ruin Weddings in a Quest for Perfect Justice"
    assert text[start:].startswith("What is the point")


def test_body_reopening_with_the_headlines_two_word_name():
    text = ("Ann Roe MISSES her 'no flights' promise after the summit moves to Lisbon Ann Roe tried hard to keep "
            "her promise, but it collapsed. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Ann Roe MISSES her 'no flights' promise after the summit moves to Lisbon"
    assert text[start:].startswith("Ann Roe tried")


def test_sentence_case_headline_before_an_office_and_name():
    text = ("Tom Hale blasts council for 'burying' budget report by releasing it on a Friday Former Vice President "
            "Tom Hale accused the council of hiding the report. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Tom Hale blasts council for 'burying' budget report by releasing it on a Friday"
    assert text[start:].startswith("Former Vice President Tom Hale accused")


def test_title_case_exclamation_keeps_its_title_case_subtitle():
    text = ("Critic: 'Wind Power Is a Costly Mistake, Build Dams!' Says Veteran Engineer Tom Hale So says Tom "
            "Hale, 88, in a long interview. " + BODY)
    title, start = split_glued_title(text)
    assert title == "Critic: 'Wind Power Is a Costly Mistake, Build Dams!' Says Veteran Engineer Tom Hale"
    assert text[start:].startswith("So says Tom")
