"""Pronouns and subjects shared by blame, agency and rhetoric: objects of accusing verbs, coordinated names, appositions."""

from __future__ import annotations

from one_text import blame_in, kinds_in, pairs_in


def test_the_object_pronoun_of_an_accusing_verb_points_at_the_one_named_before():
    assert ("Gov. Ann Reyes", "Bo Hale") in pairs_in("Gov. Ann Reyes signed the contract. Senator Bo Hale blamed her for the delays.")
    # "him" never points at a woman, and the accuser is never the one accused
    assert not blame_in("Gov. Ann Reyes signed the contract. Senator Bo Hale blamed him for the delays.")


def test_them_after_two_coordinated_names_in_the_same_sentence_is_both():
    body = ("Pell Cabs and RideLoop piled a surcharge of their own on downtown rides, and Assemblyman Victor Sandoval, "
            "an Eastgate Democrat, accused them of hiding behind a public fee.")
    assert {t for t, _ in pairs_in(body)} == {"Pell Cabs", "RideLoop"}


def test_a_capitalised_word_joined_to_a_known_name_is_a_name_too():
    body = ("Zipp and RideLoop added a charge. Riders blamed RideLoop for the surge. "
            "Zipp and RideLoop then accused the state of hiding the figures.")
    assert {"Zipp", "RideLoop"} <= set(kinds_in(body))


def test_an_apposition_is_one_actor_not_a_they():
    body = ("The Calder Transit Authority missed its deadline. Its chairman, Raymond Okafor, promised buses this year. "
            "Senator Bo Hale accused them of misleading riders.")
    targets = {t for t, _ in pairs_in(body)}
    assert "Raymond Okafor" not in targets
