"""Blame in political news and op-eds: an actor's harmful acts, hostile campaigns, criticism verbs and trailing attributions."""

from __future__ import annotations

from one_text import blame_in, pairs_in


def test_an_actors_act_with_a_harmful_predicate_charges_the_actor():
    assert ("Senator Ilse Varga", "author") in pairs_in("Senator Ilse Varga's new farm rules will bankrupt small growers across the valley.")
    # the same act with a harmless predicate charges no one
    assert not blame_in("Senator Ilse Varga's new farm rules will take effect in March.")


def test_a_budget_that_cuts_staff_charges_its_owner_but_cutting_taxes_does_not():
    assert any(b.target.endswith("Orrin Maddox") for b in blame_in("Gov. Orrin Maddox's 2024 budget cut the inspection staff by a third."))
    assert not blame_in("Gov. Orrin Maddox's 2024 budget cut taxes for small employers.")


def test_war_on_and_assault_on_charge_the_possessor_even_though_war_is_a_misfortune_word():
    hits = blame_in("Voters have grown tired of the Delmont administration's assault on public libraries.")
    assert [b.cue for b in hits] == ["'s assault on"]
    assert not blame_in("The Delmont administration's war years left the treasury empty.")


def test_a_negative_adjective_on_an_act_noun_charges_the_possessor():
    hits = blame_in("Few forgave Mayor Tess Quill's reckless rhetoric after the riot.")
    assert [b.target for b in hits] == ["Mayor Tess Quill"]
    assert not blame_in("Mayor Tess Quill's tragic death shocked the city.")


def test_a_harm_verb_after_a_verb_of_intent():
    hits = blame_in("The Pardee Company moved to weaken the river protections a week after the vote.")
    assert [b.target for b in hits] == ["The Pardee Company"]
    assert "weaken" in hits[0].cue
    assert not blame_in("The Pardee Company moved to Ohio a week after the vote.")


def test_verbs_of_criticism_blame_their_object_in_the_critics_voice():
    hits = blame_in("Democrats tore into Commissioner Abel Ruiz on Thursday over the missing ballots.")
    assert [(b.target, b.source) for b in hits] == [("Commissioner Abel Ruiz", "Democrats")]
    hits = blame_in("House leaders placed the responsibility squarely on the Harlow County Board.")
    assert [b.target for b in hits] == ["the Harlow County Board"]


def test_trailing_attribution_gives_the_speaker_voice():
    hits = blame_in("The Harlow County Board is to blame for the delays, Councilwoman Nita Reyes said on Monday.")
    assert [(b.target, b.source) for b in hits] == [("The Harlow County Board", "Nita Reyes")]


def test_hypocrisy_of_those_who_cheered_cuts_and_now_profess_surprise():
    hits = blame_in("Finch Party leaders who applauded the cuts to the agency now profess astonishment that nobody was watching.")
    assert any("leaders" in b.target for b in hits)
    assert "profess astonishment" in hits[0].cue


def test_the_object_of_a_contact_relative_clause_is_not_the_pronouns_antecedent():
    hits = blame_in("The governor and the Assembly must rebuild the Harlow County Board they starved.")
    assert all("Harlow" not in b.target for b in hits), hits


def test_a_share_of_the_responsibility_and_taking_responsibility():
    assert [b.target for b in blame_in("Ridgefield Party leaders bear a large share of the responsibility for the defeat.")] == ["Ridgefield Party leaders"]
    assert not blame_in("Ridgefield Party leaders bear no responsibility for the defeat.")


def test_counterfactual_duty_charges_the_subject_but_a_plain_modal_does_not():
    assert [b.cue for b in blame_in("Secretary Ana Polk should have pulled the plug in August.")] == ["should have pulled"]
    assert not blame_in("Secretary Ana Polk should pull the plug in August.")


def test_knowing_acts_warnings_brushed_aside_and_done_anyway():
    hits = blame_in("President Lena Moro staked her agenda on one number. Her administration brushed the estimate aside.")
    assert [b.target for b in hits] == ["Lena Moro"]
    hits = blame_in("The Tallis Board approved the contract anyway.")
    assert [b.target for b in hits] == ["The Tallis Board"]


def test_an_actors_policy_that_caused_a_bad_outcome():
    hits = blame_in("Rep. Ada Strom insisted that Ridgefield Party budget cuts caused the meltdown.")
    assert [(b.target, b.source) for b in hits] == [("Ridgefield Party", "Ada Strom")]


def test_letting_someone_off_the_hook_blames_them_in_the_authors_voice():
    hits = blame_in("None of this lets the Tallis Board off the hook.")
    assert [(b.target, b.source) for b in hits] == [("the Tallis Board", "author")]


def test_worse_and_idle_hands():
    assert [b.target for b in blame_in("Senate Ridgefield Party members sat on their hands.")]
    assert not blame_in("Senate Ridgefield Party members sat on the bench.")


def test_he_reaches_back_past_a_union_to_the_person_named_before():
    body = ("Sen. Gil Branko voted no on Thursday. He says he voted for the small towns of his state. "
            "Dolores Vance, president of the Allied Service Workers Union, had a different reading. "
            "\u201cHe sold out the lowest-paid people in his state,\u201d she said.")
    hits = blame_in(body)
    assert [(b.target, b.source) for b in hits] == [("Sen. Gil Branko", "Dolores Vance")]


def test_praise_is_no_charge():
    assert not blame_in("The Tallis Board wisely walked away from the talks.")
    assert [b.target for b in blame_in("The Tallis Board walked away from the talks.")] == ["The Tallis Board"]


def test_where_was_it_when_names_those_in_the_when_clause():
    hits = blame_in("Where was all that caution when Carl Brandel and his caucus voted down the conservation bond?")
    assert [b.target for b in hits] == ["Carl Brandel"]


def test_nobody_from_a_body_did_its_duty():
    hits = blame_in("\u201cNobody from the Tallis Water Board ever once picked up the phone,\u201d said Commissioner Lena Orta.")
    assert [(b.target, b.source) for b in hits] == [("the Tallis Water Board", "Lena Orta")]


def test_declined_to_act_blames_but_declined_to_comment_does_not():
    assert [b.cue for b in blame_in("The Tallis Water Board has declined to modernize the water code.")] == ["has declined to"]
    assert not blame_in("The Tallis Water Board declined to comment on the report.")


def test_over_the_objection_of_and_still_does_not():
    assert blame_in("Senate Ridgefield Party members passed it on Thursday, over the objection of every senator from the valley.")
    assert [b.cue for b in blame_in("The Tallis Water Board still does not meter most large wells.")] == ["still does not"]


def test_blamed_the_outage_on_names_who_follows_on():
    hits = blame_in("The vendor blamed the outage on the Tallis Water Board.")
    assert [b.target for b in hits] == ["the Tallis Water Board"]
    hits = blame_in("Rep. Ann Hale blamed the Tallis Water Board on Tuesday for the delays.")
    assert [(b.target, b.source) for b in hits] == [("the Tallis Water Board", "Ann Hale")]


def test_share_the_blame_with_a_coordinated_body_and_the_least_they_could_do():
    hits = blame_in("Tanya Reed says Corwin Systems and the center's management share the blame.")
    assert {b.target for b in hits} == {"Corwin Systems", "the center's management"}
    hits = blame_in("\u201cThe least the Tallis Water Board could do was answer the phone,\u201d Carla Jessop said.")
    assert [(b.target, b.source) for b in hits] == [("the Tallis Water Board", "Carla Jessop")]


def test_taking_responsibility_for_fixing_is_noblame_in():
    assert not blame_in("Mayor Dena Okoro takes full responsibility for fixing this.")
    assert blame_in("Mayor Dena Okoro takes full responsibility for the outage.")


def test_attributed_to_something_run_by_a_body_blames_the_body():
    hits = blame_in("The vendor attributed the failure to a network switch managed by the Tallis Water Board.")
    assert [b.target for b in hits] == ["the Tallis Water Board"]


def test_bare_management_that_knew_and_the_least_the_city_could_do():
    assert [b.target for b in blame_in("Management knew this system was broken and launched it.")] == ["Management"]
    assert [b.target for b in blame_in("The least the city could do was answer the phone.")] == ["the city"]
    assert not blame_in("The least we could do was answer the phone.")


def test_counted_victims_forecasts_and_scheduling_are_no_charges():
    assert not blame_in("Apparently the six million Vardani massacred during the war do not count.")
    assert not blame_in("Members of the Tallis Water Board have yet to vote on the resolution.")
    assert not blame_in("Experts said the plan guarantees that the Tallis Water Board will fail to meet its goals.")
    assert blame_in("The Tallis Water Board has yet to explain the missing money.")


def test_the_target_is_written_as_the_text_names_it():
    hits = blame_in("Sen. Roy Callow has accused the White House of inviting every tinpot admiral to grab a ship.")
    assert [b.target for b in hits] == ["the White House"]
    hits = blame_in("The sanctions were a joke that the Tavar Republic's bankers shrugged off before the ink was dry.")
    assert [b.target for b in hits] == ["the Tavar Republic's bankers"]


def test_a_place_name_that_modifies_a_thing_is_not_the_agent():
    hits = blame_in("Talvan Army rockets struck the Tessel market and killed 63 people. Talvan Army officers denied it.")
    assert all("Tessel" not in b.target for b in hits), hits


def test_an_apposition_between_commas_is_stepped_over_to_the_subject():
    hits = blame_in("The Sentinel Brigades, the militias the regime armed and turned loose, have been accused by "
                  "U.N. investigators of burning villages.")
    assert [b.target for b in hits] == ["The Sentinel Brigades"]


def test_left_them_to_clean_up_and_acted_shocked():
    assert blame_in("\u201cThis administration has left my state to clean up its mess for three years,\u201d Gov. Ana Pike said.")
    hits = blame_in("The Tallis Water Board wrote a plan designed to fail and then acted shocked when it failed.")
    assert [b.target for b in hits] == ["The Tallis Water Board"]


def test_they_in_a_quote_skips_counted_people_for_the_party_that_acted():
    body = ("Among them are the 19,000 Border Watch agents the Ridgefield Party spent the week claiming to champion.\n\n"
            "\u201cThey wrote a bill designed to fail and then acted shocked when it failed,\u201d said Rep. Oscar Delmar.")
    hits = blame_in(body)
    assert [b.target for b in hits] == ["the Ridgefield Party"], hits


def test_financing_misinformation_and_not_enough():
    hits = blame_in("Nor did the oil giant Parlex Oil Corp., which spent decades financing a network of climate change misinformation.")
    assert [b.target for b in hits] == ["Parlex Oil Corp"]
    assert [b.target for b in blame_in("Senator Ilse Varga's plan falls far short of what the valley needs.")] == ["Senator Ilse Varga"]
    assert not blame_in("Senator Ilse Varga's plan goes before the committee in March.")


def test_a_verb_or_a_clause_joint_is_no_coordination_and_whether_is_no_charge():
    hits = blame_in("Gov. Jan Whitby's Department of Health chose Corwin Systems, so the governor should answer for the contract.")
    assert all("Corwin" not in b.target for b in hits), hits
    assert any("governor" in b.target for b in hits)
    assert not blame_in("Whether Senator Doug Ferran broke the law is a question for a prosecutor.")


def test_stealth_looking_away_and_bodies_described_by_what_they_did():
    assert [b.cue for b in blame_in("Ridgefield Party lawmakers rewrote the aid formula and quietly ended the payments.")] == ["quietly ended"]
    hits = blame_in("The money vanished while a central office that stopped keeping track of it kept hiring.")
    assert [b.target for b in hits] == ["a central office"]
    assert [b.cue for b in blame_in("Bills went unpaid while the Harlan Falls School Board looked the other way.")] == ["looked the other way"]
    assert [b.target for b in blame_in("It was the Harlan Teachers Union that fought every attempt to extend the day.")] == ["the Harlan Teachers Union"]


def test_the_state_in_a_compound_is_not_an_agent_and_a_union_is_not_the_police():
    hits = blame_in("Ridgefield Party lawmakers rewrote the state aid formula and quietly ended the payments.")
    assert all(b.target != "the state" for b in hits), hits
    hits = blame_in("The police union bears much of the responsibility: it has fought every attempt at oversight.")
    assert all(b.target != "the police" for b in hits), hits


def test_an_intent_adverb_before_the_verb_charges_and_giving_no_timescale_does_not():
    hits = blame_in("The Harlow County Board deliberately withheld the audit from parents.")
    assert hits and hits[0].target == "The Harlow County Board"
    assert not blame_in("Governor Ada Strom did not give a timescale for the withdrawal.")


def test_mirror_clean_hands_and_knowing_what_it_would_mean():
    hits = blame_in("Gov. Dale Whitman said the Harlow County Board should \"look in the mirror before it reaches into our pockets.\"")
    assert [(b.target, b.source) for b in hits] == [("the Harlow County Board", "Dale Whitman")]
    assert [b.target for b in blame_in("But the Harlow County Board does not come to this fight with clean hands.")] == ["the Harlow County Board"]
    assert blame_in("The Ridgefield Party caucus knew what an $86 million hole would mean.")


def test_sitting_on_a_bill_and_cashing_in_charge_the_subject():
    assert ("Senator Wren Haldane", "author") in pairs_in("Senator Wren Haldane sat on the flood bond for two sessions.")
    assert ("Senator Wren Haldane", "author") in pairs_in("Senator Wren Haldane knew the ruling was coming and cashed in on it.")
    assert not blame_in("Senator Wren Haldane sat on the committee for two sessions.")


def test_sinking_a_bill_charges_the_subject_but_a_bill_that_dies_charges_no_one():
    hits = blame_in("Fourteen members of the Granite Caucus joined Democrats to sink it, and the Granite Caucus torpedoed three spending bills this year.")
    assert {b.target for b in hits} >= {"the Granite Caucus", "Democrats"}
    assert not blame_in("The spending bill died in committee on Tuesday.")


def test_would_rather_and_a_choice_of_what_matters_more():
    assert any(b.target == "Democrats" for b in blame_in("The vote failed because Democrats decided they would rather shut down the government than fund the plan."))
    assert any(b.target.endswith("City Council") for b in
               blame_in("The Marlow City Council decided a parking tax break was a better use of $2 million than twelve more dispatchers."))
    assert not blame_in("Voters in Marlow would rather see a vote in May than in June, a poll found.")


def test_props_questions_to_answer_and_explaining_to_do():
    assert ("Governor Cal Stroud", "Ines Poole") in pairs_in('"Governor Cal Stroud is using human beings as props," Mayor Ines Poole said.')
    assert any(b.target.endswith("Transit Authority") for b in
               blame_in("The Harlow Transit Authority has serious questions to answer about the closed station."))
    assert any(b.target == "The Vantor Group" for b in blame_in("The Vantor Group has its own explaining to do."))
    assert not blame_in("The Harlow Transit Authority answered questions about the closed station.")


def test_warned_and_went_ahead_and_doing_too_little():
    assert any(b.target.endswith("Pell") for b in
               blame_in("Governor Ada Pell was told the dam was failing, and she spent the repair money on a stadium."))
    assert any(b.target == "The Fenwick government" for b in
               blame_in("The Fenwick government did little to protect the families who fled."))
    assert not blame_in("Governor Ada Pell was told the dam was safe, the report says.")


def test_self_enrichment_and_a_refusal():
    assert any(b.target.endswith("Ruddock") for b in
               blame_in("President Lyle Ruddock pockets a raise larger than a teacher's salary and then pleads poverty."))
    hits = blame_in("Attorney General Nia Holm's refusal to investigate tells every official the rules bend for friends.")
    assert [b.cue for b in hits] == ["refusal to investigate"]
    assert not blame_in("Attorney General Nia Holm's decision to investigate surprised her allies.")


def test_the_authors_of_an_act_that_cost_someone_are_charged_but_not_the_signer_of_a_harmless_one():
    hits = blame_in("The 2023 rewrite of the aid formula, pushed by legislative Republicans and signed by Gov. Dale Whitcomb, "
                  "cost the district about $9 million a year.")
    assert {b.target for b in hits} >= {"Republicans", "Gov. Dale Whitcomb"}
    assert not blame_in("The 2024 budget, signed by Gov. Ann Ruiz, took effect in July.")
    assert not blame_in("The new contract, negotiated by Mayor Tim Oduya, raised pay by 4 percent.")


def test_those_who_joined_others_to_sink_a_bill_share_the_charge():
    hits = blame_in("The bill failed. Fourteen members of the Frontier Caucus joined Democrats to sink it.")
    assert {b.target.removeprefix("the ") for b in hits} == {"Frontier Caucus", "Democrats"}
    assert not blame_in("The bill failed. Fourteen members of the Frontier Caucus joined Democrats to pass a resolution.")


def test_a_partys_majority_decision_charges_the_party():
    hits = blame_in("Rep. Lorraine Okafor said the House Republican majority's decision to cut the technology account by "
                  "$400 million forced the department to shrink its testing team.")
    assert any("Republican" in b.target and "decision to cut" in b.cue for b in hits)


def test_one_among_those_killed_is_a_victim_not_a_culprit():
    assert not blame_in('"I do not care whose fault it was," said Denise Arroyo, whose husband, Luis Arroyo, was among those killed.')


def test_they_after_a_person_who_reports_means_the_body_named_in_the_report():
    hits = blame_in("Sen. Marcus Odell said the memo proved the Harlow Transit Authority knew. They had the warning in writing.")
    assert [b.target for b in hits] == ["the Harlow Transit Authority"]


def test_a_quoted_they_does_not_mean_the_accusers_of_the_sentence_before():
    body = ("The Senate Democrats blamed the shortfall on the Granite Caucus. "
            '"They starved the referee and now they want us to wait for the referee," Oyelaran said.')
    targets = {b.target for b in blame_in(body) if b.cue == "starved"}
    assert "The Senate Democrats" not in targets and "Senate Democrats" not in targets


def test_an_ongoing_attack_blames_the_object_and_an_accusers_by_phrase_is_no_charge():
    hits = blame_in("Greta Thunberg was tearing into world leaders yesterday in an emotional speech.")
    assert [(b.target, b.source) for b in hits] == [("world leaders", "Greta Thunberg")]
    hits = blame_in("The Vantor Group was accused of fraud by regulators.")
    assert {b.target for b in hits} == {"The Vantor Group"}


def test_a_party_named_before_a_job_noun_is_the_subject():
    hits = blame_in("In April, GOP budget writers stripped a $48 million request for officer raises from the state budget.")
    assert [b.target for b in hits] == ["GOP"]


def test_a_plural_party_name_after_a_noun_is_an_actor_not_a_description():
    hits = blame_in("Lawmakers stripped the raises, a move Democrats say was reckless. Democrats closed a prison and then "
                  "acted surprised when the wheels came off.")
    assert "Democrats" in {b.target for b in hits}


def test_look_no_further_than_your_own_and_turning_down_requests():
    assert any(b.target.endswith("Dellano") for b in blame_in("Republican leaders said Gov. Marcus Dellano need look no further than his own cabinet."))
    assert any(b.target.endswith("Legislature") for b in blame_in("The Pell County Legislature turned down her requests for competitive pay."))
    assert not blame_in("The Pell County Legislature turned down the volume in the chamber.")


def test_a_common_given_name_tells_whom_she_means():
    body = ("Commissioner Renee Holloway ran the prisons. Dwayne Kessler escaped on Sunday. "
            '"She did nothing," Senate Majority Leader Tom Brackett said.')
    hits = [b for b in blame_in(body) if b.cue == "did nothing"]
    assert len(hits) == 1 and hits[0].target.endswith("Renee Holloway")


def test_someone_named_by_the_harm_they_did_points_back_to_the_person_named_before():
    body = ("Superintendent Ron Marsh left the district in May. The man who presided over the mess walked away with a bonus.")
    assert [b.target for b in blame_in(body)] == ["Superintendent Ron Marsh"]
    assert not blame_in("Superintendent Ron Marsh left the district in May. The man who founded the school died in 1990.")


def test_a_knowing_second_verb_after_a_year_and_a_smile_at_a_harmful_signing():
    hits = blame_in("In 2023, Republican lawmakers rewrote the aid formula and quietly ended the hold-harmless payments.")
    assert [(b.target, b.cue) for b in hits] == [("Republican lawmakers", "quietly ended")]
    assert not blame_in("In 2023, Republican lawmakers rewrote the aid formula and then announced it.")
    assert any(b.target.endswith("Whitcomb") for b in blame_in("Gov. Dale Whitcomb signed that bill with a smile and a press release."))
    assert not blame_in("Gov. Dale Whitcomb signed that bill on Friday.")


def test_a_partial_quote_starting_at_the_verb_and_a_department_with_two_modifiers():
    hits = blame_in('Delgado says House Republicans "have voted against every drought bill since 2015 and now want credit for caution."')
    assert [b.target for b in hits] == ["House Republicans"]
    hits = blame_in('"Nobody from the state water department ever once picked up the phone," said Lena Ortiz.')
    assert [(b.target, b.source) for b in hits] == [("the state water department", "Lena Ortiz")]


def test_a_possessed_veto_that_killed_something_charges_the_possessor_but_one_that_took_effect_does_not():
    hits = blame_in("The vote failed, and Zemlya abstained. Zemlya's veto last month killed a Security Council resolution.")
    assert [(b.target, b.cue) for b in hits] == [("Zemlya", "'s veto killed")]
    assert not blame_in("Gov. Ann Ruiz's veto took effect on Monday.")


def test_an_act_that_left_others_short_read_and_moved_on_and_should_have_been_asking():
    hits = blame_in("After Gov. Dana Whitcomb's 2022 budget cuts, the Public Service Commission was left with 17 engineers.")
    assert [b.target for b in hits] == ["Gov. Dana Whitcomb"]
    assert not blame_in("After Gov. Dana Whitcomb's 2022 speech, the commission was left with questions.")
    assert any(b.target.endswith("executives") or "Keystone" in b.target for b in blame_in("Keystone Ridge executives read the report and moved on."))
    assert not blame_in("Keystone Ridge executives read the report and replied within a week.")
    hits = blame_in('Senate Majority Leader Carl Brandt said that the Harlow Commission "should have been asking harder questions."')
    assert [(b.target, b.source) for b in hits] == [("the Harlow Commission", "Carl Brandt")]


def test_bare_plural_bodies_as_objects_and_a_response_described_as_inadequate():
    assert [b.target for b in blame_in("Bolsonaro had blamed non-governmental organizations for starting the fires.")] == ["non-governmental organizations"]
    assert not blame_in("Officials blamed heavy rains for the damage.")
    hits = blame_in('Greenpeace described the Harlow Commission\'s response to the crisis as "inadequate given the urgency."')
    assert [b.target for b in hits] == ["the Harlow Commission"]
    assert not blame_in("The mayor described the Harlow Commission as helpful.")


def test_those_who_gave_the_orders_are_not_the_orders():
    hits = blame_in("The shelling of the villages should be investigated, and those who gave the orders should answer for them.")
    assert "the orders" not in {b.target for b in hits}


def test_a_forecast_about_someone_is_no_charge():
    assert not blame_in("The Vantor Group is likely to face a disastrous fine next year.")
    assert [b.cue for b in blame_in("The Vantor Group is reckless.")] == ["is reckless"]


def test_pretending_amnesia_a_poor_job_and_promises_not_delivered():
    assert any("pretending" in b.cue for b in blame_in("Mayor Dana Whitcomb has spent weeks pretending she had nothing to do with the commission."))
    assert [b.cue for b in blame_in("The Harbor Commission did a poor job of explaining the lease.")] == ["did a poor job"]
    assert not blame_in("The Harbor Commission did a thorough job of explaining the lease.")
    hits = blame_in("An audit found that Meridian Terminal Systems delivered fewer than 60 of the 200 jobs it had promised.")
    assert [b.target for b in hits] == ["Meridian Terminal Systems"]
    assert not blame_in("An audit found that Meridian Terminal Systems delivered all 200 of the jobs it had promised.")


def test_an_unnamed_department_can_be_the_object_of_a_charge_but_a_thing_that_matters_cannot():
    hits = blame_in("Corvane blamed the city's information technology department for the crash.")
    assert [(b.target, b.source) for b in hits] == [("the city's information technology department", "Corvane")]
    assert not blame_in("Treasury must go after the money that actually matters.")


def test_held_accountable_placed_the_fault_and_overruled_engineers():
    assert [(b.target, b.source) for b in blame_in("Gov. Ann Whitcomb had directed Danvers to hold Brightline Systems accountable.")] \
        == [("Brightline Systems", "Ann Whitcomb")]
    assert not blame_in("We will hold the perpetrators accountable.")  # nobody named
    assert [b.target for b in blame_in("Danvers placed much of the technical fault on Brightline Systems.")] == ["Brightline Systems"]
    assert any("overruled" in b.cue for b in blame_in("Ortega said the Harlow Transit Authority overruled its own engineers."))
    assert not blame_in("Ortega said the Harlow Transit Authority thanked its own engineers.")


def test_an_act_negotiated_under_someone_that_lacked_safeguards_and_sharing_responsibility():
    hits = blame_in("Rep. Dale Mercer said the 2021 contract negotiated under former Gov. Ellen Reyes lacked meaningful penalties.")
    assert len(hits) == 1 and hits[0].target.endswith("Ellen Reyes")
    assert not blame_in("The 2021 contract negotiated under Gov. Ann Ruiz took effect in May.")
    assert [b.cue for b in blame_in("The Lakemont Nurses Association shares responsibility for a cost structure that failed.")] == ["shares responsibility"]
    assert not blame_in("The Lakemont Nurses Association shares responsibility for cleaning up the park.")
    assert [b.cue for b in blame_in("County Executive Mark Tolliver made a bad situation worse.")] == ["made a bad situation worse"]


def test_a_bodys_people_act_for_it_and_people_who_built_a_mess_are_no_building():
    body = "The fund lost money, Vantor said. Vantor Capital's managers lied to pension funds in eleven states."
    assert [b.target for b in blame_in(body)] == ["Vantor Capital"]
    body = ("Former County Executive Lorraine Fitch ran County General Hospital for a decade. "
            '"The people who built this mess now want to lecture me," Tolliver said.')
    assert "County General Hospital" not in {b.target for b in blame_in(body)}


def test_most_of_them_is_they():
    body = "The Brennan County Council members had a budget vote every year. Most of them used it to look the other way."
    # shown as the article names them: the council's members, resolved to the council
    hits = blame_in(body)
    assert [b.target for b in hits] == ["The Brennan County Council members"]
    assert hits[0].actor is not None


def test_those_who_ask_why_someone_ignored_warnings_are_not_the_ones_who_ignored_them():
    hits = blame_in("Senate Democrats on the committee pressed Secretary Mark Danvers on why the administration had ignored the warnings.")
    assert not any(b.target == "Senate Democrats" for b in hits)
    assert "the administration" in {b.target for b in hits}


def test_a_bodys_leaders_who_spent_years_fighting_every_attempt_charge_the_body():
    body = ("Then there is the Brennan Nurses Association. But the association's leaders have spent years fighting "
            "every attempt to control costs.")
    hits = blame_in(body)
    assert [b.cue for b in hits] == ["fighting every attempt"] and "association" in hits[0].target
    assert not blame_in("Then there is the Brennan Nurses Association. But the association's leaders have spent years "
                      "studying every attempt to control costs.")


def test_pulling_the_floor_out_deserved_scorn_and_a_guessed_anyway():
    assert [b.cue for b in blame_in("Gov. Dale Whitcomb pulled the floor out from under family dairy.")] == ["pulled the floor out from under"]
    assert [b.target for b in blame_in("Halvorsen Foods deserves every bit of the scorn it is getting.")] == ["Halvorsen Foods"]
    assert not blame_in("Frank Ostrowski is 61, so maybe he was going to sell anyway.")
    assert [b.cue for b in blame_in("The Vantor Group built the tower anyway.")] == ["anyway"]


def test_sitting_on_a_consultants_report_letting_a_backlog_swell_underfunding_and_falling_squarely_on():
    hits = blame_in("County Executive Gordon Pell's administration spent two years sitting on a consultant's report.")
    assert len(hits) == 1 and "Pell" in hits[0].target
    assert [b.cue for b in blame_in("Ron Mercer's administration let the repair backlog swell into the millions.")] == ["let the repair backlog swell"]
    assert [b.target for b in blame_in("That is a matter of supervision that falls squarely on Sheriff Dale Ruskin.")] == ["Sheriff Dale Ruskin"]
    assert [b.cue for b in blame_in("The Marlow County Council underfunded the jail's maintenance for a decade.")] == ["underfunded the"]


def test_none_of_that_means_x_gets_a_pass():
    assert [b.target for b in blame_in("None of that means County Executive Gordon Pell gets a pass.")] == ["County Executive Gordon Pell"]
    assert not blame_in("That does not mean Mayor Ann Bell gets a new office.")


def test_letting_units_operate_in_plain_sight_a_failure_that_belongs_to_and_refusing_for_years():
    assert [b.cue for b in blame_in("Planning Director Alan Pruitt's office let thousands of unregistered units operate in plain sight.")] \
        == ["let thousands of unregistered units operate in plain sight"]
    assert [b.target for b in blame_in("That failure belongs to the Port Haverly City Council.")] == ["the Port Haverly City Council"]
    assert [b.cue for b in blame_in("StayNest Inc. refused for two years to share booking data with the city.")] == ["refused for two years to"]
    assert not blame_in("Planning Director Alan Pruitt's office let the new restaurants operate on weekends.")


def test_waved_through_never_sent_anyone_no_bid_awards_and_knowing_then_continuing():
    assert [b.cue for b in blame_in("The Economic Growth Board waved it through after barely an hour of debate.")] == ["waved it through"]
    assert [b.cue for b in blame_in("The Economic Growth Board never sent anyone to look.")] == ["never sent anyone to look"]
    assert [b.target for b in blame_in("None of that excuses Kestrel Home Appliances.")] == ["Kestrel Home Appliances"]
    hits = blame_in("Former Gov. Tom Kessler awarded Meridian its $31 million contract without competitive bidding in 2021.")
    assert [b.target for b in hits] == ["Former Gov. Tom Kessler"]
    assert not blame_in("Former Gov. Tom Kessler awarded Meridian its $31 million contract after an open bid in 2021.")
    assert [b.cue for b in blame_in("Gov. Tom Kessler never should have trusted a company with no track record.")] == ["never should have trusted"]
    assert [b.cue for b in blame_in("The Dorsey administration knew, and it kept the checks flowing.")] == ["knew, and it kept"]
