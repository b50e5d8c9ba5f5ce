"""Pronouns and subjects shared by blame, agency and rhetoric: objects of accusing verbs, coordinated names, appositions."""

from __future__ import annotations

from reader.core.analysis.actors import build_actor_index
from reader.core.analysis.blame import find_blame
from reader.core.documents.loader import load_text


def _blame(body: str):
    doc = load_text("Story\n\n" + body, "s.txt", "d1")
    index = build_actor_index([doc])
    return find_blame([doc], index.actors, index)


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(b.target, b.source) for b in _blame(body)}


def test_the_object_pronoun_of_an_accusing_verb_points_at_the_one_named_before():
    assert ("Gov. Ann Reyes", "Bo Hale") in _pairs("Gov. Ann Reyes signed the contract. Senator Bo Hale blamed her for the delays.")
    # "him" never points at a woman, and the accuser is never the one accused
    assert not _blame("Gov. Ann Reyes signed the contract. Senator Bo Hale blamed him for the delays.")


def test_them_after_two_coordinated_names_in_the_same_sentence_is_both():
    body = ("Pell Cabs and RideLoop piled a surcharge of their own on downtown rides, and Assemblyman Victor Sandoval, "
            "an Eastgate Democrat, accused them of hiding behind a public fee.")
    assert {t for t, _ in _pairs(body)} == {"Pell Cabs", "RideLoop"}


def test_a_capitalised_word_joined_to_a_known_name_is_a_name_too():
    body = ("Zipp and RideLoop added a charge. Riders blamed RideLoop for the surge. "
            "Zipp and RideLoop then accused the state of hiding the figures.")
    doc = load_text("Story\n\n" + body, "s.txt", "d1")
    names = {a.name for a in build_actor_index([doc]).actors}
    assert {"Zipp", "RideLoop"} <= names


def test_an_apposition_is_one_actor_not_a_they():
    body = ("The Calder Transit Authority missed its deadline. Its chairman, Raymond Okafor, promised buses this year. "
            "Senator Bo Hale accused them of misleading riders.")
    targets = {t for t, _ in _pairs(body)}
    assert "Raymond Okafor" not in targets
