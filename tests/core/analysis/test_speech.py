"""Reported speech: quotes and their speakers, addressees, and sentences reported in someone's name."""

from __future__ import annotations

from reader.core.analysis.speech import analyse_speech, short_name
from reader.core.documents.loader import load_text


def _doc(body: str):
    return load_text("A made-up report\n\n" + body, "made-up.txt", "d1")


def test_speaker_after_the_quote():
    doc = _doc("“We will not sign this agreement under any pressure,” Minister Ilse Marrow said on Friday.")
    speech = analyse_speech(doc)
    assert len(speech.quotes) == 1
    assert speech.quotes[0].speaker == "Ilse Marrow"
    q = speech.quotes[0]
    assert speech.source_of(q.start, q.end) == "Ilse Marrow"


def test_speaker_before_the_quote_and_addressee():
    doc = _doc("Senator Tom Quill told the committee chair, “You have failed the families of this town.”")
    speech = analyse_speech(doc)
    q = speech.quotes[0]
    assert q.speaker == "Tom Quill"
    assert q.addressee is not None
    assert "committee chair" in doc.text[q.addressee[0]:q.addressee[1]]


def test_quote_with_said_to_addressee():
    doc = _doc("“You bear responsibility for the flooding,” Mayor Ana Rusk said to the Dale County board and its chairman.")
    q = analyse_speech(doc).quotes[0]
    assert q.speaker == "Ana Rusk"
    assert doc.text[q.addressee[0]:q.addressee[1]].startswith("the Dale County board")


def test_author_text_is_the_authors_voice_and_reported_sentences_are_not():
    doc = _doc("The council met twice this week. According to Jon Brell, the vote was rigged.")
    speech = analyse_speech(doc)
    starts = [s.start for s in doc.sentences]
    first = doc.text.index("The council")
    assert speech.source_of(first, first + 10) == "author"
    reported = [v for v in speech.reported.values()]
    assert "Jon Brell" in reported
    assert starts  # the loader segmented the text


def test_scare_quotes_are_not_speech():
    doc = _doc("The so-called “victory” changed nothing for the villagers.")
    assert analyse_speech(doc).quotes == []


def test_short_name_drops_titles():
    assert short_name("US Ambassador Jane Roe") == "Jane Roe"
    assert short_name("Ambassador") == "Ambassador"


def test_quote_whose_opening_mark_is_in_an_earlier_sentence():
    doc = _doc("“The plan is late. The agency must simply finish the study,” he said. "
               "Earlier, Judge Ora Penn had spoken to the press.")
    speech = analyse_speech(doc)
    second = doc.text.index("The agency")
    assert speech.source_of(second, second + 5) != "author"


def test_speaker_with_an_apposition_naming_a_place():
    doc = _doc("Last month, Senator Kim Arlo, a Democrat from rural Westmark, wrote, “The state should cap the fees.”")
    q = analyse_speech(doc).quotes[0]
    assert q.speaker == "Kim Arlo"


def test_he_or_she_points_at_the_subject_of_the_nearest_sentence_naming_a_person():
    from reader.core.analysis.speech import recent_person
    text = ("House Speaker Dana Ruiz spoke first. Republican Sen. Lisa Ortmann broke with her party and urged "
            "Tom Harwick to act. She said both sides were to blame.")
    assert recent_person(text, text.index("She said")) == "Lisa Ortmann"
    text = "Trump spoke. Trump left. Trump has vowed to drill, rolling back President Barack Obama's plan. In June he quit."
    assert recent_person(text, text.index("In June")) == "Trump"
    text = "Brandt blamed the Freedom Caucus for the delay. “They held the bill hostage,” she said."
    assert recent_person(text, text.index("“They")) is None  # a body is never 'she'; a lone unknown surname is no guess


def test_a_description_between_the_verb_and_the_name_still_names_the_speaker():
    from reader.core.analysis.speech import analyse_speech
    from reader.core.documents.loader import load_text
    doc = load_text("Story\n\n“The rent went up twice,” said tenant Rosa Imbert. “Nobody came,” said one of the workers, "
                    "Maria Delgado.", "s.txt", "d1")
    speakers = [q.speaker for q in analyse_speech(doc).quotes]
    assert speakers[:2] == ["Rosa Imbert", "Maria Delgado"]
