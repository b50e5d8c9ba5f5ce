"""Actors: names merged with titles and typos, demonyms with their country, descriptions tied to a side."""

from __future__ import annotations

from reader.core.analysis.actors import build_actor_index, demonym_of, find_actors
from reader.core.documents.loader import load_text

A = """Budget fight

Governor Maria Vellacourt of Ostrava defended the budget on Monday.

Vellacourt said the plan would protect schools. Critics said Velacourt had ignored the unions.
"""

B = """Port attacked

Norlandian warplanes struck the port again. Norland has denied the reports, but the Norlandian government
has not allowed observers in. The Kessel regime answered with shelling, and the regime closed the border.
Pro-government forces entered the town.
"""


def _docs(*texts: str):
    return [load_text(t, f"t{i}.txt", f"d{i + 1}") for i, t in enumerate(texts)]


def test_title_first_name_and_typo_are_one_person():
    index = build_actor_index(_docs(A))
    full = index.resolve("Maria Vellacourt")
    assert full is not None
    assert index.resolve("Vellacourt") == full
    assert index.resolve("Velacourt") == full  # misspelt, merged by fuzzy surname
    actor = index.actor(full)
    assert actor.kind == "person"
    assert any("Governor" in a for a in actor.aliases)


def test_demonym_joins_its_country_by_stem():
    index = build_actor_index(_docs(B))
    country = index.resolve("Norland")
    assert country is not None
    assert index.resolve("Norlandian warplanes") == country
    assert index.resolve("Norlandian government") == country
    assert demonym_of("Norlandian", "Norland")
    assert not demonym_of("Norlandians", "Norlandian")


def test_the_regime_resolves_to_the_named_regime():
    index = build_actor_index(_docs(B))
    named = index.resolve("Kessel regime")
    assert named is not None
    surfaces = [m.surface.lower() for m in index.mentions["d1"] if m.actor == named]
    assert "the regime" in " ".join(surfaces) or "regime" in surfaces


def test_actors_are_merged_across_documents_with_ids():
    actors = find_actors(_docs(A, "Reactions\n\nThe report quoted Maria Vellacourt at length."))
    ids = [a.id for a in actors]
    assert ids == [f"a{i + 1}" for i in range(len(ids))]
    people = [a for a in actors if a.name.endswith("Vellacourt")]
    assert len(people) == 1


def test_mentions_have_exact_offsets():
    docs = _docs(B)
    index = build_actor_index(docs)
    for m in index.mentions["d1"]:
        assert docs[0].text[m.start:m.end] == m.surface


def test_the_administration_resolves_to_the_named_administration():
    docs = _docs("Budget\n\nThe Harlan administration cut the fund. Critics said the administration ignored the courts.")
    index = build_actor_index(docs)
    named = index.resolve("Harlan administration")
    assert named is not None
    bare = [m for m in index.mentions["d1"] if m.surface == "the administration"]
    assert bare and bare[0].actor == named


def test_long_titles_and_roles():
    docs = _docs("Vote\n\nSenate Majority Leader Tom Harwick spoke first. Harwick then left. "
                 "President Ana Coll signed it, and the president thanked the mayor of Dunmore.")
    index = build_actor_index(docs)
    harwick = index.resolve("Tom Harwick")
    assert harwick is not None and index.resolve("Harwick") == harwick
    coll = index.resolve("Ana Coll")
    roles = {m.surface: m.actor for m in index.mentions["d1"]}
    assert roles.get("the president") == coll
    assert "the mayor of Dunmore" in roles


def test_coordinated_demonyms_share_the_head():
    docs = _docs("Talks\n\nNorland and Vessia met. The Norlandian and Vessian governments signed nothing.")
    index = build_actor_index(docs)
    norland, vessia = index.resolve("Norland"), index.resolve("Vessia")
    assert norland and vessia and norland != vessia
    by_actor = {m.actor: m.surface for m in index.mentions["d1"] if "governments" in m.surface}
    assert by_actor.get(norland) == "Norlandian and Vessian governments"
    assert by_actor.get(vessia) == "Vessian governments"


def test_lookalike_names_are_not_merged():
    assert not demonym_of("British", "Britta")
    assert demonym_of("Mexican", "Mexico") and demonym_of("Turkish", "Turkey")
    index = build_actor_index(_docs("People\n\nMinister Paola De Micheli met Michael in Rome. Micheli spoke first."))
    assert index.resolve("Michael") != index.resolve("Paola De Micheli")


def test_a_title_made_of_a_body_and_an_office_is_stripped_and_the_body_kept_apart():
    docs = _docs("Vote\n\nSenate Majority Leader Tom Harwick spoke. The Senate then voted, and Harwick left. "
                 "Attorney General Ines Varga said nothing; Varga was away.")
    index = build_actor_index(docs)
    harwick = index.resolve("Harwick")
    assert harwick is not None and index.actor(harwick).name == "Tom Harwick"
    assert index.resolve("Senate Majority Leader Tom Harwick") == harwick
    senate = index.resolve("Senate")
    assert senate is not None and senate != harwick
    assert index.actor(index.resolve("Varga")).name == "Ines Varga"


def test_the_title_resolves_to_the_person_given_it_in_the_same_article():
    docs = _docs("Talks\n\nSenate Majority Leader Tom Harwick left early. Critics said the majority leader failed to lead.",
                 "Council\n\nCouncil President Renee Albright spoke. Later the president of the board resigned, "
                 "and the president visited.")
    index = build_actor_index(docs)
    by_surface = {(m.doc, m.surface): m.actor for items in index.mentions.values() for m in items}
    assert by_surface[("d1", "the majority leader")] == index.resolve("Tom Harwick")
    # a council's president is not "the president" of another article
    assert by_surface.get(("d2", "the president")) == index.resolve("Renee Albright")
    assert "the president" not in [a.name for a in index.actors if a.id == index.resolve("Tom Harwick")]


def test_a_party_label_after_an_indefinite_article_is_no_actor():
    index = build_actor_index(_docs("Vote\n\nSen. Helen Marsh, a Republican of Ohio, spoke. Marsh left."))
    names = [a.name for a in index.actors]
    assert "Helen Marsh" in names
    assert not any("Ohio" in n for n in names)


def test_a_body_role_never_resolves_to_a_person_titled_after_the_body():
    docs = _docs("Rates\n\nBoard Chair Wendell Price spoke. The board voted, and District General Manager Susan Oyelaran left.")
    index = build_actor_index(docs)
    board = [m for m in index.mentions["d1"] if m.surface == "The board"]
    assert board and board[0].actor != index.resolve("Wendell Price")
    assert index.actor(index.resolve("Oyelaran")).name == "Susan Oyelaran"


def test_a_titled_person_named_like_a_place_and_a_body_with_of_and_owned_roles():
    docs = _docs("Schools\n\nSuperintendent Linda Park spoke, and her department agreed. The Brotherhood of Rail Workers left.",
                 "Rail\n\nThe Transportation Department met. His department said nothing.")
    index = build_actor_index(docs)
    park = index.resolve("Linda Park")
    assert park is not None and index.actor(park).kind == "person"
    assert index.actor(index.resolve("Brotherhood of Rail Workers")).kind == "organization"
    owned = {m.doc: m.actor for items in index.mentions.values() for m in items if m.surface.lower().endswith(" department")
             and m.surface.split()[0].lower() in ("her", "his")}
    assert owned["d1"] != index.resolve("Transportation Department")


def test_a_titled_name_after_a_move_that_is_still_a_person():
    index = build_actor_index(_docs("Cuts\n\nThe council cut the budget, a move that Mayor Dennis Carver called reckless. Carver left."))
    assert index.actor(index.resolve("Carver")).name == "Dennis Carver"


def test_two_word_titles_and_institutions_by_their_head_word():
    index = build_actor_index(_docs("Tax\n\nCouncil Member Patricia Vance spoke at Northfield Regional Medical Center. Vance left."))
    assert index.actor(index.resolve("Vance")).name == "Patricia Vance"
    assert index.actor(index.resolve("Northfield Regional Medical Center")).kind == "organization"


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole():
    index = build_actor_index(_docs("Vets\n\nRep. Mike Delaney chairs the House Veterans' Affairs Committee. The Democrats' plan failed."))
    names = [a.name for a in index.actors]
    assert "House Veterans' Affairs Committee" in names
    assert not any(n.startswith("Democrats'") for n in names)


def test_named_storms_laws_and_their_short_forms_are_no_actors():
    docs = _docs("Tropical Storm Kelda made landfall on Monday and dumped heavy rain on the coast. Kelda weakened overnight. "
                 "Governor Ruth Oyelaran said the Coastal Barrier Act (CBA) had failed. The Pell Foundation praised the crews.")
    names = {a.name for a in find_actors(docs)}
    assert not any("Kelda" in n or "Act" in n or n == "CBA" for n in names), names
    assert "Ruth Oyelaran" in names and "Pell Foundation" in names
    # a name is a storm by what it does, without the word "Storm"
    names = {a.name for a in find_actors(_docs("Odessa made landfall near the port. Later Odessa weakened to a depression. "
                                               "Mayor Ivo Brandt ordered an evacuation."))}
    assert not any("Odessa" in n for n in names) and "Ivo Brandt" in names


def test_the_university_and_the_school_resolve_to_the_named_university_nearest_before():
    index = build_actor_index(_docs(
        "Flooded dorms\n\nRivermoor Technical University closed two halls. Pellham College opened its gym to students."
        " Officials said the college had room for 80. Later the university said repairs would take a month,"
        " and the school offered refunds. Nurses said the hospital was full."))
    uni, college = index.resolve("Rivermoor Technical University"), index.resolve("Pellham College")
    assert uni and college and uni != college
    by_surface = {m.surface: m.actor for m in index.mentions["d1"]}
    assert by_surface["the college"] == college  # the nearest body whose name carries the head noun
    assert by_surface["the university"] == uni
    assert by_surface["the school"] == uni  # "school" fits a college or a university: the one mentioned last
    assert "the hospital" not in by_surface  # no named hospital: no actor made up from the description
    assert "the university" in index.actor(uni).aliases


def test_an_unnamed_institution_an_article_keeps_returning_to_becomes_an_actor_of_its_own():
    text = ("Tuition vote\n\nLakemont State raised tuition by 9 percent. The university said costs had risen. Critics said "
            "the university had grown its staff faster than enrollment. The university did not answer. The hospital was calm.")
    index = build_actor_index(_docs(text))
    by_surface = {m.surface: m.actor for m in index.mentions["d1"]}
    assert by_surface["the university"] == by_surface["The university"]
    assert index.actor(by_surface["the university"]).name == "the university"
    assert "The hospital" not in by_surface  # named once: still no actor


def test_his_administration_and_her_office_belong_to_the_person_named_last():
    index = build_actor_index(_docs(
        "Fees\n\nChancellor Odile Fenwick defended the fees. Mayor Tomas Brenner disagreed, and his office"
        " released the figures. Her administration kept charging students."))
    by_surface = {m.surface: m.actor for m in index.mentions["d1"]}
    assert by_surface["his office"] == index.resolve("Tomas Brenner")
    assert by_surface["Her administration"] == index.resolve("Tomas Brenner")  # named last before it
    lone = build_actor_index(_docs("Fees\n\nHis administration kept charging students."))
    assert not lone.mentions.get("d1")  # nobody named before: no actor


def test_a_dateline_in_capitals_is_no_actor_and_he_is_the_person_who_speaks():
    index = build_actor_index(_docs("Manhunt widens\n\nGARLAND FALLS — State police widened the search. \"He is dangerous,\" "
                                    "state police Col. Frank Ruggiero told reporters."))
    assert all("GARLAND" not in a.name for a in index.actors)


def test_and_inside_a_body_of_name_stays_in_the_name_but_never_takes_a_titled_person():
    from reader.core.analysis.text import name_runs
    text = "Kara Benning blamed the Centers for Disease Control and Prevention and met the Board of Regents and Governor Lee."
    assert [text[a:b] for a, b in name_runs(text)] == ["Kara Benning", "Centers for Disease Control and Prevention",
                                                      "Board of Regents", "Governor Lee"]
