"""Blame: the actor held responsible, the cue, the voice (author or quoted speaker) and exact offsets."""

from __future__ import annotations

import re

from reader.core.analysis.actors import build_actor_index
from reader.core.analysis.blame import find_blame
from reader.core.documents.loader import load_text


def _run(*bodies: str):
    docs = [load_text(f"Story {i}\n\n" + b, f"s{i}.txt", f"d{i + 1}") for i, b in enumerate(bodies)]
    index = build_actor_index(docs)
    return docs, index, find_blame(docs, index.actors, index)


def test_quoted_speaker_blames_with_their_voice():
    docs, index, blame = _run(
        "“The Harbor Authority bears responsibility for this spill,” Mayor Lena Ostrow said on Tuesday. "
        "The cleanup started a day later.")
    hit = [b for b in blame if "Harbor Authority" in b.target]
    assert hit, blame
    assert hit[0].source == "Lena Ostrow"
    assert hit[0].voice == "quoted"
    assert "responsibility" in hit[0].cue


def test_author_voice_blame_with_failed_to():
    docs, index, blame = _run("The Water Board failed to warn residents before the dam broke.")
    assert [(b.target, b.source) for b in blame] == [("The Water Board", "author")]
    b = blame[0]
    assert docs[0].text[b.start:b.end] == b.text
    assert b.actor == index.resolve("Water Board")


def test_agent_of_an_atrocity_verb():
    docs, index, blame = _run("Dozens of villagers were killed by Kordan militias near the river on Sunday.")
    assert any("Kordan" in b.target for b in blame)
    assert all(b.target != "villagers" for b in blame)


def test_accused_of_names_the_object_and_the_accuser_speaks():
    docs, index, blame = _run("On Monday, Governor Pia Sand accused the Northern Rail Company of hiding the report.")
    hit = [b for b in blame if "Northern Rail Company" in b.target]
    assert hit and hit[0].source == "Pia Sand"


def test_everyone_is_to_blame_lists_the_parties():
    docs, index, blame = _run(
        "Whether it is the Union Party or the Liberty League, everyone is to be blamed for the shutdown.")
    targets = {b.target for b in blame}
    assert "everyone" in targets
    assert "the Union Party" in targets and "the Liberty League" in targets


def test_place_after_in_is_not_blamed():
    docs, index, blame = _run("In Kessburg the Harbor Guard failed to open the gates in Kessburg again.")
    assert {b.target for b in blame} == {"the Harbor Guard"}


def test_neutral_sentences_blame_nobody():
    docs, index, blame = _run("The Water Board met on Tuesday and published its yearly report.")
    assert blame == []


def test_indirect_speech_gives_the_reporter_as_source():
    docs, index, blame = _run("Senator Rui Maddox said the Coastal Agency was responsible for the delays.")
    hit = [b for b in blame if "Coastal Agency" in b.target]
    assert hit and hit[0].source == "Rui Maddox"


def test_a_condition_is_not_a_charge():
    docs, index, blame = _run("Farms will suffer if the Coastal Agency failed to act in time.")
    assert blame == []


def test_pronoun_and_participle_reporters_are_named():
    docs, index, blame = _run("Governor Lia Brandt spoke on Monday. She said both sides were to blame for the strike. "
                              "Mayor Eli Storr fired back, saying the Port Authority was responsible for the losses.")
    sources = {b.target: b.source for b in blame}
    assert sources.get("both sides") == "Lia Brandt"
    assert sources.get("the Port Authority") == "Eli Storr"


def test_they_at_the_head_of_a_clause_is_the_previous_subject():
    docs, index, blame = _run("The Water Board met twice in March. They failed to repair the levee before the storm.")
    assert [b.target for b in blame] == ["The Water Board"]
    assert blame[0].text.startswith("They failed")


def test_a_clause_with_its_own_verb_is_not_the_subject_of_the_next():
    docs, index, blame = _run("The Chamber of Commerce spent millions, and the Senate Caucus refused to hold a vote.")
    assert {b.target for b in blame} == {"the Senate Caucus"}


def test_passive_accusation_blames_the_subject_and_the_agent_speaks():
    docs, index, blame = _run("The Northern Rail Company was accused of hiding the report by Senator Ivo Marsh.")
    hit = [b for b in blame if "Northern Rail Company" in b.target]
    assert hit and hit[0].source == "Ivo Marsh"
    assert all("Ivo Marsh" not in b.target for b in blame)


def test_a_rhetorical_question_aimed_at_an_actor():
    docs, index, blame = _run("The levee broke on Sunday. How could the Water Board ignore three warnings?")
    hit = [b for b in blame if b.target == "the Water Board"]
    assert hit and hit[0].cue.startswith("rhetorical question")
    docs, index, blame = _run("How can we pay for the repairs?")
    assert blame == []


def test_a_relative_clause_between_commas_is_stepped_over():
    docs, index, blame = _run("The Delta Mining Group, which runs the Kell quarry, was accused of poisoning the river.")
    assert {b.target for b in blame} == {"The Delta Mining Group"}


def test_agents_of_causing_and_lawsuits_against():
    docs, index, blame = _run("The outage was caused by the Harbor Authority. Residents filed a lawsuit against Velto Energy.")
    assert {b.target for b in blame} == {"the Harbor Authority", "Velto Energy"}


def test_blame_lies_squarely_with_and_at_fault():
    docs, index, blame = _run("The blame lies squarely with the Harbor Authority. The Water Board is at fault too.")
    assert {b.target for b in blame} == {"the Harbor Authority", "The Water Board"}


def test_losing_a_race_is_not_blame():
    docs, index, blame = _run("Senator Ivo Marsh failed to win the primary in May.")
    assert blame == []
    docs, index, blame = _run("Senator Ivo Marsh had failed to win the primary in May.")
    assert blame == []


def test_news_attribution_and_sectors():
    docs, index, blame = _run(
        "Senator Mara Quist blamed the rail industry for the crash. "
        "Senator Dale Whitcomb said the administration bore responsibility for the delays. "
        "“The Transport Office failed to enforce the rules,” he said in a statement.")
    got = {(b.target, b.source) for b in blame}
    assert ("the rail industry", "Mara Quist") in got
    assert ("the administration", "Dale Whitcomb") in got
    assert ("The Transport Office", "Dale Whitcomb") in got
    assert not any("Whitcomb" in b.target for b in blame)


def test_violence_against_civilians_names_its_agent():
    docs, index, blame = _run("The Kordan Army targets civilians every night. The Velan Front launched rockets at the town. "
                              "The Ostrian blockade has starved the coast.")
    targets = {b.target for b in blame}
    assert {"The Kordan Army", "The Velan Front"} <= targets
    assert "Ostrian" in targets  # an actor word right before "blockade"


def test_they_in_a_quote_points_at_the_group_the_speaker_just_blamed():
    docs, index, blame = _run(
        "Senate Majority Leader Tom Harwick blamed the Freedom Caucus for the delay. "
        "“They dragged us to the edge of a cliff,” Harwick told reporters. "
        "“They bear responsibility for every furloughed worker,” he said.")
    hits = [b for b in blame if b.cue.startswith("bear responsibility")]
    assert [h.target for h in hits] == ["the Freedom Caucus"]
    assert hits[0].source == "Tom Harwick"


def test_blamed_the_allies_in_a_body_blames_the_body():
    docs, index, blame = _run("Alicia Brandt blamed the speaker's allies in the Freedom Caucus for the collapse.")
    assert {b.target for b in blame} == {"the Freedom Caucus"}
    assert blame[0].source == "Alicia Brandt"


def test_the_title_in_a_quote_is_the_person_with_that_title():
    docs, index, blame = _run(
        "Senate Majority Leader Tom Harwick left the talks. "
        "“The majority leader failed to bring a serious offer to the table,” said Sen. Carla Ruiz of Arizona.")
    hit = [b for b in blame if b.cue == "failed to"]
    assert hit and hit[0].actor == index.resolve("Tom Harwick")
    assert hit[0].source == "Carla Ruiz"


def test_everyone_is_to_blame_spares_the_speaker_and_shared_blame_counts():
    docs, index, blame = _run("“Everyone in this building is to blame for this mess,” Sen. Helen Marsh said. "
                              "Rep. Omar Castillo said the administration shared the blame.")
    targets = {b.target for b in blame}
    assert "Everyone" in targets and not any("Marsh" in t for t in targets)
    assert "the administration" in targets


def test_an_agent_noun_phrase_can_be_blamed_without_a_name():
    docs, index, blame = _run("Kevin Dunn said the bill's authors were responsible for the impasse.")
    assert [(b.target, b.actor, b.source) for b in blame] == [("the bill's authors", None, "Kevin Dunn")]
    docs, index, blame = _run("The storm was responsible for the outage.")
    assert blame == []


def test_they_after_a_sentence_opened_by_a_bare_plural_group():
    docs, index, blame = _run("Corporate landlords have bought up thousands of older units. "
                              "They are to blame for the evictions that now fill the housing court.")
    assert [(b.target, b.source) for b in blame] == [("Corporate landlords", "author")]
    docs, index, blame = _run("Heavy storms have battered the coast. They are to blame for the outage.")
    assert blame == []


def test_how_many_more_before_blames_whoever_must_act():
    docs, index, blame = _run("Mayor Janet Osgood spoke on Monday. How many more families must be evicted before the mayor acts?")
    hit = [b for b in blame if b.cue.startswith("rhetorical question")]
    assert hit and hit[0].actor == index.resolve("Janet Osgood")


def test_a_body_at_the_start_of_a_quote_is_an_actor_and_deal_killers_are_blamed():
    docs, index, blame = _run("“Congress has failed families again,” said Luis Ortega. "
                              "“The president torpedoed this deal with one phone call,” Sen. Priya Nand said.")
    assert {(b.target, b.source) for b in blame} == {("Congress", "Luis Ortega"), ("The president", "Priya Nand")}


def test_the_subject_of_a_coordinated_verb_and_a_cleft_with_a_possessive():
    docs, index, blame = _run("Governor Nathan Ellis promised a raise during his campaign and then broke his promise within months.")
    assert [b.actor for b in blame] == [index.resolve("Nathan Ellis")]
    docs, index, blame = _run("The legislature met in May. It is the legislature's cowardice that has kept the wage frozen.")
    assert [(b.target, b.cue) for b in blame] == [("the legislature", "cowardice")]
    docs, index, blame = _run("Labor unions, for their part, have misled workers about the bill.")
    assert [b.target for b in blame] == ["Labor unions"]


def test_it_points_at_the_body_just_named_and_shame_on_a_described_group():
    docs, index, blame = _run("The state teachers union has opposed the plan. "
                              "It filed three lawsuits, each dismissed, and it has misled parents about the costs.")
    assert [b.target for b in blame if b.cue == "misled"] == ["The state teachers union"]
    docs, index, blame = _run("“Shame on every senator who voted no,” said Carla Dietz.")
    assert [(b.target, b.source) for b in blame] == [("every senator", "Carla Dietz")]


def test_they_is_left_alone_when_a_nearer_subject_stands_in_the_sentence():
    docs, index, blame = _run("The critics say schools are losing money. What they don't say is that districts lost "
                              "students long before, because they failed to teach them to read.")
    assert blame == []


def test_blame_belongs_to_and_a_rhetorical_where_was_the_board():
    docs, index, blame = _run("The blame belongs to the lawmakers who rushed the program through. "
                              "Where was the state board of education when the costs tripled?")
    targets = {b.target for b in blame}
    assert "lawmakers" in targets and "the state board" in targets


def test_and_he_points_at_this_sentences_subject_and_a_quote_inside_reported_speech():
    docs, index, blame = _run("Council President Maria Esposito spoke. “The mayor has had every chance to fix recruiting, "
                              "and he has done nothing,” she said.")
    assert [(b.target, b.source) for b in blame] == [("The mayor", "Maria Esposito")]
    docs, index, blame = _run("Union president Frank Mulroney met members. In a letter, he wrote that the council had "
                              "“turned its back on the officers who answer every call.”")
    assert [(b.target, b.source) for b in blame] == [("the council", "Frank Mulroney")]


def test_personal_responsibility_wasted_years_and_a_possessor_asked_where():
    docs, index, blame = _run("Board Chairman Vincent Ruiz bears personal responsibility for that record. "
                              "The authority wasted a decade on the rail line. Nobody bears no responsibility here.")
    assert {b.target for b in blame} == {"Board Chairman Vincent Ruiz", "The authority"}
    docs, index, blame = _run("Sen. Gary Pomeroy complained. Where was Pomeroy's concern for fairness when the bus lines were cut?")
    assert [b.actor for b in blame] == [index.resolve("Gary Pomeroy")]


def test_an_office_acts_for_its_holder_and_descriptions_take_the_blame():
    docs, index, blame = _run("Gov. Renata Silva spoke. Hal Brody said the governor's office had dropped the ball.")
    assert [(b.actor, b.source) for b in blame] == [(index.resolve("Renata Silva"), "Hal Brody")]
    docs, index, blame = _run("Mayor Victor Lund signed the budget, and his office still refuses to release the figures.")
    assert [b.actor for b in blame] == [index.resolve("Victor Lund")]
    docs, index, blame = _run("It is a revenue grab by a city government that has mismanaged its budget for years. "
                              "The blame does not rest with families; it rests with the companies that market sugar.")
    assert [b.target for b in blame] == ["a city government", "the companies"]


def test_let_communities_down_with_coordinated_subjects_and_silence():
    docs, index, blame = _run("Joan Albers said both Renata Silva and Hal Brody had let rural communities down. "
                              "Mayor Lewis Grant has been silent on the tax.")
    assert {b.target for b in blame} == {"Renata Silva", "Hal Brody", "Mayor Lewis Grant"}


def test_a_dateline_is_no_accuser_and_its_leaders_are_the_body():
    docs, index, blame = _run("WASHINGTON — A federal watchdog on Tuesday accused the Department of Veterans Affairs of "
                              "mishandling claims. Secretary Paul Carter has known about the delays for a year and did nothing.")
    got = {(b.target, b.source) for b in blame}
    assert ("the Department of Veterans Affairs", "federal watchdog") in got
    assert any(b.actor == index.resolve("Paul Carter") and b.cue == "did nothing" for b in blame)
    docs, index, blame = _run("The Immigrant Justice Coalition claims crime fell. Its leaders have spent the past year smearing deputies.")
    assert [b.actor for b in blame] == [index.resolve("Immigrant Justice Coalition")]


def test_a_relative_clause_on_the_speaker_does_not_make_the_speaker_the_subject():
    docs, index, blame = _run("Rep. Sandra Kim, whose district includes the hardest-hit towns, said Congress also bore some "
                              "responsibility for cutting the staff.")
    assert [(b.target, b.source) for b in blame] == [("Congress", "Sandra Kim")]


def test_slow_to_and_a_missed_deadline_by_his_administration():
    docs, index, blame = _run("Claire Dubois said the state had been slow to submit its damage assessments. "
                              "Governor Martin Oduya talks tough now, but his administration missed the deadline for the report.")
    assert [(b.target, b.actor) for b in blame] == [("the state", None), ("Martin Oduya", index.resolve("Martin Oduya"))]


def test_she_reaches_back_past_a_sentence_without_names_and_the_word_before_a_sentence_is_ignored():
    docs, index, blame = _run("The deal came over. County Executive Janice Webb negotiated it in private. That is not how "
                              "officials act. She has refused to release the statements, and the county council has let her "
                              "get away with it.")
    got = {(b.target, b.cue) for b in blame}
    assert ("County Executive Janice Webb", "has refused to") in got
    assert any(t == "the county council" for t, _ in got)


def test_his_obstruction_and_plural_groups_named_after_said():
    docs, index, blame = _run("Councilman Ray Torres has opposed every project, and his obstruction has cost the county jobs. "
                              "A spokeswoman said pharmacy benefit managers were responsible for the prices.")
    got = {b.target for b in blame}
    assert got == {"Councilman Ray Torres", "pharmacy benefit managers"}


def test_they_after_a_quote_about_the_companies():
    docs, index, blame = _run("Attorney General Victor Ames said the companies had raised prices for a decade. "
                              "“They put profits ahead of people,” Ames said.")
    assert [(b.target, b.source) for b in blame] == [("the companies", "Victor Ames")]


def test_mutual_blame_wasted_money_and_a_leading_group_with_a_relative_clause():
    docs, index, blame = _run("The board cut 140 jobs to close a deficit that board members and the teachers union blamed on each other. "
                              "The people living in those tents are no better off.")
    assert [b.target for b in blame] == ["the teachers union"]
    docs, index, blame = _run("Mayor Andre Collins spoke. His housing department has spent $90 million with almost nothing to show "
                              "for it, and the council has signed off on every dollar without asking a hard question.")
    assert {b.target for b in blame} == {"Mayor Andre Collins", "the council"}
    docs, index, blame = _run("Landlords who leave units empty while families sleep outside deserve a share of the blame too.")
    assert [b.target for b in blame] == ["Landlords"]


def test_responsible_without_for_and_missed_warning_signs():
    docs, index, blame = _run("Dr. Elaine Brooks said the state was partly responsible because its formula shortchanges districts. "
                              "Luis Navarro said the district's own finance office had missed warning signs for months.")
    assert [b.target for b in blame] == ["the state", "the district's own finance office"]


def test_blame_laid_at_his_door_and_counterfactual_and_walkout_cues():
    docs, index, blame = _run("Chief executive Glenn Harper is the architect of that strategy, and the blame for this strike "
                              "lies at his door. County Executive Paul Ridley could have stopped this.")
    assert {b.actor for b in blame} == {index.resolve("Glenn Harper"), index.resolve("Paul Ridley")}
    docs, index, blame = _run("Glenn Harper said the union had walked out of talks. "
                              "Denise Carrow said management had provoked the strike.")
    assert [b.target for b in blame] == ["the union", "management"]


# Negative agency (agency.py): the agent of harm, wrongdoing or failure is blamed without a cue phrase.

def _targets(blame) -> set[str]:
    return {b.target for b in blame}


def test_agent_of_a_harmful_verb_is_blamed_and_the_victim_is_not():
    docs, index, blame = _run("Velmont Energy dumped tons of sludge into the Carrow River last spring, "
                              "and the Orland Fishing Cooperative lost its whole season.")
    assert any("Velmont" in t for t in _targets(blame)), blame
    assert not any("Orland" in t for t in _targets(blame)), blame


def test_passive_subject_is_not_blamed_but_the_agent_after_by_is():
    docs, index, blame = _run("Halden Mining was attacked in the press all week. "
                              "Three clinics were shelled by the Tarvic Brigade on Monday.")
    targets = _targets(blame)
    assert any("Tarvic Brigade" in t for t in targets), blame
    assert not any("Halden" in t for t in targets), blame


def test_negated_harm_is_no_blame_but_a_negated_duty_is():
    docs, index, blame = _run("Pemberton Logistics did not mislead its drivers, the audit found. "
                              "Quarry Bank never disclosed the losses to its customers.")
    targets = _targets(blame)
    assert not any("Pemberton" in t for t in targets), blame
    assert any("Quarry Bank" in t for t in targets), blame
    hit = [b for b in blame if "Quarry Bank" in b.target][0]
    assert "never disclosed" in hit.cue


def test_reporting_verbs_and_neutral_actions_blame_no_one():
    docs, index, blame = _run("Governor Ada Renfrew said on Monday that the bridge would reopen in May. "
                              "Senator Paul Okafor announced a hearing on the budget.")
    assert blame == [], blame


def test_quoted_speaker_is_the_source_of_agency_blame():
    docs, index, blame = _run("“Norwick Holdings withheld the inspection reports from us,” said Commissioner Tara Lindgren. "
                              "The company declined to comment.")
    hit = [b for b in blame if "Norwick" in b.target]
    assert hit, blame
    assert hit[0].source == "Tara Lindgren"
    assert hit[0].voice == "quoted"
    assert not any("Lindgren" in b.target for b in blame)


def test_reported_speech_keeps_the_reporter_as_source_and_the_speaker_unblamed():
    docs, index, blame = _run("Councilwoman Irene Vasquez said the Delmar Housing Authority had ignored tenant complaints for years.")
    hit = [b for b in blame if "Delmar" in b.target]
    assert hit and hit[0].source == "Irene Vasquez", blame
    assert not any("Vasquez" in b.target for b in blame)


def test_possessive_wrong_and_evaluative_adjective():
    docs, index, blame = _run("Investors paid for Brantley Capital's negligence. "
                              "Residents have had enough of the corrupt Sorrel Council.")
    targets = _targets(blame)
    assert any("Brantley" in t for t in targets), blame
    assert any("Sorrel Council" in t for t in targets), blame


def test_condition_and_modal_are_no_charge():
    docs, index, blame = _run("If Tamsin Rail cut the night trains, riders would suffer. "
                              "Corvo Airlines could hurt travellers with the new fees.")
    assert blame == [], blame


def test_no_comment_is_no_failure():
    docs, index, blame = _run("Fenwick Foods did not respond to a request for comment on Friday.")
    assert blame == [], blame


def test_pronoun_agent_points_at_the_person_named_before():
    docs, index, blame = _run("Treasurer Oren Castell resigned in May. An audit found he had diverted $2 million from the pension fund.")
    assert any("Castell" in t for t in _targets(blame)), blame


def test_coordinated_verb_shares_the_subject_and_a_defective_object_charges_the_supplier():
    docs, index, blame = _run("The Tollbridge Water Board inspected the pumps in May and walked away. "
                              "Marlow Dairy shipped tainted milk to four schools.")
    targets = _targets(blame)
    assert any("Tollbridge" in t for t in targets), blame
    assert any("Marlow" in t for t in targets), blame
    docs, index, blame = _run("Marlow Dairy shipped fresh milk to four schools.")
    assert blame == [], blame


def _names(blame) -> list[str]:
    return [re.sub(r"^(?:the|The)\s+", "", b.target) for b in blame]


def test_a_storm_is_never_blamed_but_the_agency_that_ignored_warnings_is():
    _, _, blame = _run("Hurricane Tamsin dumped heavy rain across the valley on Tuesday. The Dellridge Water Board ignored "
                       "warnings from its engineers about the levee.")
    assert _names(blame) == ["Dellridge Water Board"]


def test_knowing_wrongdoing_without_a_negative_word():
    _, _, blame = _run("Marlowe Dairy sold milk it had reason to know was spoiled.")
    assert _names(blame) == ["Marlowe Dairy"]
    assert "reason to know" in blame[0].cue
    _, _, blame = _run("Superintendent Carl Ostby knew the budget was short and did nothing. Treasurer Ana Lund "
                       "signed the contracts despite repeated warnings from the auditor.")
    assert set(_names(blame)) == {"Superintendent Carl Ostby", "Treasurer Ana Lund"}
    # no knowledge, no charge; a speaker who reports it is not charged either
    _, _, blame = _run("Marlowe Dairy had no reason to know the milk was spoiled.")
    assert blame == []


def test_hypocrisy_charges_the_one_who_complains_not_the_one_blamed():
    _, _, blame = _run("Representative Dana Whitcomb voted for every one of those cuts and now blames Washington.")
    assert [(n, b.source) for n, b in zip(_names(blame), blame)] == [("Representative Dana Whitcomb", "author")]
    _, _, blame = _run("The teachers union, for its part, fought every attempt to lengthen the day and then complained "
                       "that students were behind.")
    assert _names(blame) == ["teachers union"]
    # a complaint after an act that is no contrary act: a report, not hypocrisy
    _, _, blame = _run("Representative Dana Whitcomb toured the plant and now questions the schedule.")
    assert blame == []


def test_cleft_with_a_contrast_and_a_chosen_cut_charge_the_actor():
    _, _, blame = _run("It was the Harlan County Commission, not the school board, that froze teacher pay.")
    assert _names(blame) == ["Harlan County Commission"]
    _, _, blame = _run("It was the Harlan County Commission that approved the new library.")
    assert blame == []
    _, _, blame = _run("The Brockton Library Board chose to close the branch in the poorest ward.")
    assert _names(blame) == ["Brockton Library Board"]


def test_a_decision_that_left_people_exposed_charges_its_owner():
    _, _, blame = _run("Greta Halvorsen runs the transit agency. “Ms. Halvorsen’s decision to delay the repairs left thousands "
                       "of riders exposed,” Senator Ida Brent said.")
    hit = [b for b in blame if "Halvorsen" in b.target]
    assert hit and hit[0].source == "Ida Brent"
    assert not any("Brent" in b.target for b in blame)


def test_pronouns_follow_the_persons_pronoun_and_skip_the_one_who_reports():
    # "she" skips the man named last for the woman named before him, guessed from "her"/"his" next to their names
    lead = ("Director Mara Quill has run the labs since 2019, and her team reports to the council. "
            "Chief Anders Pike said his officers were ready. ")
    _, _, blame = _run(lead + "She ignored the warnings for months.")
    assert _names(blame) == ["Director Mara Quill"]
    _, _, blame = _run(lead + "He ignored the warnings for months.")
    assert _names(blame) == ["Chief Anders Pike"]
    # "they" after "X said ...": not the speaker but the reported group
    _, _, blame = _run("Two former drivers said managers had falsified the logs. “They knew the brakes were worn and "
                       "sent the buses out anyway,” said one driver, Omar Reyes.")
    assert set(_names(blame)) == {"managers"}
    assert any(b.text.startswith("“They knew") and b.source == "Omar Reyes" for b in blame), blame


def test_deferred_upkeep_and_a_contracted_have_are_knowing_neglect():
    _, _, blame = _run("Senator Ida Brent said the college's board of regents had approved a new arena while deferring "
                       "roof repairs.")
    assert [(n, b.source) for n, b in zip(_names(blame), blame)] == [("college's board of regents", "Ida Brent")]
    _, _, blame = _run("The Carrow Housing Trust raised rents last year. “They've known about the leaks for years and kept "
                       "collecting full rent,” said tenant Rosa Imbert.")
    assert any("Carrow Housing Trust" in b.target and b.source == "Rosa Imbert" for b in blame), blame
    # a delay of something that is no upkeep is no neglect
    _, _, blame = _run("The Carrow Housing Trust delayed the ribbon cutting by a week.")
    assert blame == []


def test_an_organisation_description_and_an_owned_office_are_blamed_as_the_named_actor():
    docs, index, blame = _run(
        "Students left Brantley State University on Monday. The university failed to fix the leaking ducts for three years. "
        "President Ilse Marrow spoke on Tuesday. His administration failed to warn the families.")
    uni = index.resolve("Brantley State University")
    on_uni = [b for b in blame if b.actor == uni]
    assert on_uni and on_uni[0].target == "The university", blame
    marrow = index.resolve("Ilse Marrow")
    on_person = [b for b in blame if b.actor == marrow]
    assert on_person and on_person[0].target == "Ilse Marrow", blame  # the office is shown by its holder's name


def test_its_after_a_reported_sentence_means_the_body_not_the_reporter():
    # both ways an "its" phrase charges its owner pass the person who only reports
    docs, index, blame = _run("Mayor Lena Ostrow said the Harbor Authority met on Monday. Its new rules will bankrupt growers.")
    assert [(b.actor, b.cue) for b in blame] == [(index.resolve("Harbor Authority"), "its rules will bankrupt")]
    docs, index, blame = _run("Mayor Lena Ostrow said the Harbor Authority met on Monday. Its staff quietly scrapped the inspections.")
    assert [(b.actor, b.cue) for b in blame] == [(index.resolve("Harbor Authority"), "quietly scrapped")]
