"""Blame carried by rhetoric over two sentences, quoted labels, and company or group names that are not persons."""

from __future__ import annotations

from one_text import actor_ids_in, blame_in, kinds_in


def _targets(body: str) -> list[str]:
    return [b.target for b in blame_in(body)]


def test_a_short_doubting_question_blames_whom_the_sentence_before_named():
    hits = blame_in("Council members who approved the lease had a week to read it. Did any of them?")
    assert [b.target for b in hits] == ["Council members"]
    assert hits[0].cue.startswith("doubting question")
    # the same question answering a question, or a long question, is no doubt cast on anyone
    assert not blame_in("Council members approved the lease. Who read it? Did any of them?")
    assert not blame_in("Council members approved the lease. Did any of them know that the vendor had been fined twice before?")


def test_a_who_question_answered_with_start_with_blames_the_one_named():
    body = "So who let the depot fall apart? Start with former Mayor Carl Benning, who froze the repair budget."
    assert _targets(body) == ["Mayor Carl Benning"]
    # without the question, "start with" is an instruction, not an answer
    assert not blame_in("Start with former Mayor Carl Benning, who opened the new depot in 2019.")


def test_a_question_of_accountability_blames_its_subject():
    hits = blame_in("Will the developers take responsibility when the next flood comes?")
    assert [b.target for b in hits] == ["the developers"]
    assert not blame_in("Will the developers build the new school when the next budget passes?")


def test_a_promise_left_waiting_blames_the_one_who_promised():
    assert _targets("Mayor Dana Whitfield promised a full audit by June. We are still waiting.") == ["Mayor Dana Whitfield"]
    # "still waiting" after a sentence without a promise blames no one
    assert not blame_in("Mayor Dana Whitfield toured the flooded blocks on Monday. We are still waiting.")
    body = 'Gov. Raymond Ortiz, who promised a "comprehensive package" in his address, has not sent one.'
    assert _targets(body) == ["Gov. Raymond Ortiz"]
    assert not blame_in("Gov. Raymond Ortiz promised a comprehensive package and sent it to lawmakers in March.")


def test_now_she_blames_after_a_vote_is_hypocrisy_but_not_after_a_harmless_act():
    body = "Senator Ruth Calloway voted against both bills. Now she has found a convenient scapegoat."
    assert _targets(body) == ["Senator Ruth Calloway"]
    assert not blame_in("Senator Ruth Calloway toured the plant in May. Now she has found a convenient scapegoat.")


def test_a_harsh_quoted_label_blames_the_owner_of_what_is_labelled_with_the_speaker_as_source():
    lead = "Commissioner Dana Whitlock set the cap. Sen. Lyle Brandt filed a repeal bill. "
    hits = blame_in(lead + 'He called Whitlock\'s rule "a fantasy that just cost families their coverage."')
    assert [(b.target, b.source) for b in hits] == [("Whitlock", "Lyle Brandt")]
    assert not blame_in(lead + 'He called Whitlock\'s rule "a sensible first step."')
    # a lowercase noun phrase before the quote is no one's name
    assert not blame_in(lead + 'He called the border money "a rounding error."')


def test_disbelief_and_no_sympathy_blame_their_subject():
    assert _targets("Pinecrest Mutual would like you to believe it is the victim here.") == ["Pinecrest Mutual"]
    assert _targets("But the Harlow Group deserves no sympathy either.") == ["the Harlow Group"]
    assert not blame_in("The Harlow Group deserves credit for the quick refund.")


def test_a_series_of_verbs_after_commas_shares_the_subject():
    body = ('Pinecrest Mutual paid out less than it collected. "They priced the risk, pocketed the money, and now they are '
            'walking away," said Ruth Abernathy.')
    assert [(b.target, b.source) for b in blame_in(body)] == [("Pinecrest Mutual", "Ruth Abernathy")]


def test_company_and_group_names_are_not_persons():
    kinds = kinds_in("Pinecrest Mutual raised rates. Homeowners First, a group of homeowners, objected. "
                   "Chief Anders Pike said nothing.")
    assert kinds["Pinecrest Mutual"] == "organization"
    assert kinds["Homeowners First"] == "organization"
    assert kinds["Anders Pike"] == "person"


def test_a_party_and_district_tag_is_not_an_actor():
    kinds = kinds_in("Senate Minority Leader Curtis Dahl, R-Linden Falls, defended the veto.")
    assert not any("Linden" in name for name in kinds)


def test_an_insider_of_a_body_charges_the_body_but_nobody_at_it_does_not():
    assert [(b.target, b.source) for b in blame_in('"Somebody at Keystar Gaming broke the law," said Evan Sato.')] == \
        [("Keystar Gaming", "Evan Sato")]
    assert not blame_in("Nobody at Keystar Gaming broke the law.")


def test_charged_with_a_crime_blames_the_subject_but_charged_with_a_duty_does_not():
    assert _targets("Darren Pruitt, a software engineer, was charged Tuesday with rigging number draws.") == ["Darren Pruitt"]
    assert not blame_in("Darren Pruitt was charged with overseeing the draws.")


def test_an_allegation_blames_the_one_it_names_with_the_alleger_as_source():
    hits = blame_in("Prosecutors allege Darren Pruitt installed code that let him predict the numbers.")
    assert [(b.target, b.source) for b in hits] == [("Darren Pruitt", "Prosecutors")]


def test_no_pass_and_hiding_behind_blame_the_one_denied_the_excuse():
    assert _targets("Nor does City Hall get a pass on this one.") == ["City Hall"]
    assert _targets("But the city cannot hide behind its contractor.") == ["the city"]
    assert not blame_in("City Hall will get a new roof this year.")


def test_sitting_on_it_for_months_is_neglect_but_sitting_on_a_board_is_not():
    assert _targets("The department sat on it for five months while the fines rolled in.") == ["The department"]
    assert not blame_in("The director sat on the board for five years.")


def test_his_mess_follows_the_pronoun_gender():
    assert not blame_in("Mayor Ann Lee, who took office in May, now wants to clean up his mess.")


def test_thats_on_him_and_owning_a_deal_blame_whom_they_point_at():
    hits = blame_in('Commissioner Ray Pell let the dispute drag. "That\'s on him," said Luis Ferreira.')
    assert ("Commissioner Ray Pell", "Luis Ferreira") in {(b.target, b.source) for b in hits}
    assert [(b.target, b.source) for b in blame_in('"That one is on Mayor Okafor," said Ed Lin.')] == [("Mayor Okafor", "Ed Lin")]
    assert not blame_in("It is on Tuesday that Mayor Okafor meets the council.")
    assert [(b.target, b.source) for b in blame_in("Democrats countered that Gov. Ellen Marchetti owns the deal.")] == \
        [("Gov. Ellen Marchetti", "Democrats")]


def test_earned_distrust_and_a_predictable_result_of_someones_act_blame_them():
    assert _targets("Vireo Labs has earned every bit of the distrust now coming its way.") == ["Vireo Labs"]
    assert not blame_in("Vireo Labs has earned every bit of the praise now coming its way.")
    assert _targets("This exit is the predictable result of Commissioner Dana Whitlock's cap.") == ["Commissioner Dana Whitlock"]


def test_a_contract_signed_by_someone_without_bidding_blames_the_signer_named_in_apposition():
    hits = blame_in("Whitlock said the contract was signed in 2021 by her Republican predecessor, Gov. Tom Kessler, "
                  "without competitive bidding.")
    assert [b.target for b in hits] == ["Gov. Tom Kessler"]
    assert not blame_in("The contract was signed in 2021 by Gov. Tom Kessler after a public hearing.")


def test_cutting_public_goods_blames_the_cutter_but_cutting_taxes_or_a_ribbon_does_not():
    assert _targets("Overtime soared because the Harlan County Council cut 40 patrol positions in 2022.") == \
        ["the Harlan County Council"]
    assert _targets("Mayor Dana Whitcomb cut funding for the branches.") == ["Mayor Dana Whitcomb"]
    assert not blame_in("The Harlan County Council cut taxes for small firms in 2022.")
    assert not blame_in("The Harlan County Council cut the ribbon on the new branch.")


def test_op_ed_idioms_of_fault_blame_their_subject():
    assert _targets("Democrats in the Legislature waved all of this through.") == ["Democrats in the Legislature"]
    assert _targets("The Regional Transit Authority hasn't earned much trust either.") == ["The Regional Transit Authority"]
    assert _targets("The Port Alder Police Department was also wrong to hand footage to the state.") == \
        ["The Port Alder Police Department"]
    assert _targets("Mayor Ed Kessler chose not to answer them.") == ["Mayor Ed Kessler"]
    # choosing not to do something that is no duty is no fault
    assert not blame_in("Mayor Ed Kessler decided not to run again.")


def test_a_cut_the_sentence_justifies_is_reported_not_charged():
    assert not blame_in("The Harlan school board cut 140 jobs to close a deficit.")


def test_fault_lies_with_lands_on_and_owing_an_accounting_blame_the_one_named():
    assert _targets("The fault lies with SwiftCare and with the people paid to watch it.") == ["SwiftCare"]
    assert _targets("That last part lands on County Administrator Janet Okafor.") == ["County Administrator Janet Okafor"]
    assert _targets("SwiftCare Medical Transport owes his family a full accounting.") == ["SwiftCare Medical Transport"]
    assert not blame_in("The plane lands on Tuesday in Marlow County.")


def test_not_blameless_a_share_of_criticism_and_more_energy_on_posing_blame_their_subject():
    assert _targets("Nor is Halvorsen County blameless.") == ["Halvorsen County"]
    assert _targets("The Larkspur City Council deserves its share of criticism as well.") == ["The Larkspur City Council"]
    assert [t.split()[-1] for t in _targets("Council member Alicia Moreno has spent more energy on news conferences than on "
                                            "building votes.")] == ["Moreno"]
    assert not blame_in("Council member Alicia Moreno has spent more time in the district this year.")


def test_a_duty_done_to_no_one_and_its_own_mistake_blame_the_body():
    assert _targets("County Administrator Janet Okafor's office has not collected a cent.") == \
        ["County Administrator Janet Okafor's office"]
    hits = blame_in("The Larkspur City Council passed the ban. The council also has a chance to undo its own mistake.")
    assert [b.target for b in hits] == ["The council"]
    # "its" is the body named nearest before it, not the subject that criticised that body
    hits = blame_in("European leaders criticized Brazil for its own inaction in the Amazon.")
    assert "Brazil" in {b.target for b in hits} and "European leaders" not in {b.target for b in hits}
    # without "own", whose "their" is the sentence seldom says: no charge on the subject
    assert not blame_in("Varnian officials do not hide their worry about the advance of the northern forces and their "
                        "occupation of the valley.")


def test_an_answer_to_a_who_question_blames_the_one_named_but_not_whoever_pays():
    assert _targets("Who let it get this way? Pell River's own leadership, for a start.") == ["Pell River's own leadership"]
    assert not blame_in("Who pays for it? Marlow County residents, as usual.")


def test_rushing_through_presiding_over_a_failure_and_driving_into_a_ditch_blame_the_subject():
    assert _targets("Council President Gil Marchetti hustled the proposal through committee in less than three weeks.") == \
        ["Council President Gil Marchetti"]
    assert _targets("The Harlan library board presided over a $38 million renovation that is two years late.") == \
        ["The Harlan library board"]
    assert not blame_in("The Harlan library board presided over the opening of the new branch.")
    assert _targets("The Harlan library board steered the Port Haverly Public Library into a $4.2 million ditch.") == \
        ["The Harlan library board"]


def test_the_culprit_is_a_name_even_one_the_index_does_not_know():
    assert [(b.target, b.source) for b in blame_in("Carla Jimenez said the real culprit was Summit Crest.")] == \
        [("Summit Crest", "Carla Jimenez")]


def test_news_phrasings_of_fault_name_the_one_at_fault():
    assert [(b.target, b.source) for b in blame_in("Omar Haddad said Dana Whitcomb approved a ballot that disenfranchised "
                                                   "half the east side.")] == [("Dana Whitcomb", "Omar Haddad")]
    assert not blame_in("The Harlan board approved a plan that expands bus service.")
    assert _targets("Rep. Lyle Brandt said the real failure lay with the Federal Railroad Administration.") == \
        ["the Federal Railroad Administration"]
    assert _targets("Much of the anger in the gym landed on Allegheny Central.") == ["Allegheny Central"]
    assert _targets('A spokesman said the governor holds Allegheny Central "fully accountable" for the spill.') == \
        ["Allegheny Central"]
    # a party that controls a body stands for the body it controls
    assert _targets("Omar Haddad spent the day faulting the Republican-controlled county commission for the cuts.") == \
        ["the Republican-controlled county commission"]


def test_news_charges_from_a_quoted_opponent():
    assert [(b.target, b.source) for b in blame_in(
        "Rep. Wade Sorensen said Ellen Pryor signed a $210 million contract with Brightpath without a single "
        "performance benchmark in it.")] == [("Ellen Pryor", "Wade Sorensen")]
    assert not blame_in("Ellen Pryor signed a $210 million contract with Brightpath after a public hearing.")
    assert _targets("Democrats pointed at Gov. Dale Whitcomb's 2025 hiring freeze and a $14 million cut.") == ["Gov. Dale Whitcomb"]
    assert not blame_in("Democrats pointed to Gov. Dale Whitcomb's remarks at the fair.")
    assert _targets("Gov. Dale Whitcomb froze hiring at the agency eighteen months ago.") == ["Gov. Dale Whitcomb"]
    assert _targets("House Leader Rick Tolliver knows perfectly well that nobody's stove is being confiscated.") == \
        ["House Leader Rick Tolliver"]
    assert _targets("Caseworkers at the Department of Family Services ignored four hotline calls.") == \
        ["the Department of Family Services"]


def test_admissions_neglected_inquiries_and_jobs_not_done_blame_the_subject():
    assert _targets("The State Charter School Commission had received two complaints and never opened an investigation.") == \
        ["The State Charter School Commission"]
    assert _targets("The State Charter School Commission has a great deal to answer for.") == \
        ["The State Charter School Commission"]
    assert _targets("Brightpath failed because the regulators didn't do their jobs.") == ["the regulators"]
    assert _targets('Veritest Solutions acknowledged "a configuration error" in the scoring.') == ["Veritest Solutions"]
    assert not blame_in("Veritest Solutions acknowledged receipt of the letter.")
    assert _targets("Commissioner Laura Benning signed off on a launch date that her own staff begged her to push back.") == \
        ["Commissioner Laura Benning"]


def test_a_rhetorical_question_about_they_points_at_the_ones_named_before():
    hits = blame_in("Senate Democrats blocked the request. Where were they in May?")
    assert any(b.target == "Senate Democrats" and b.cue.startswith("rhetorical question") for b in hits)


def test_x_didnt_do_the_wrong_y_did_blames_y_but_not_for_a_harmless_act():
    hits = blame_in('"Medicaid didn\'t gut this hospital. Crestline Capital did," said Alicia Farrow.')
    assert ("Crestline Capital", "Alicia Farrow") in {(b.target, b.source) for b in hits}
    assert _targets("The software didn't ignore an email for five months. His department did.") == ["His department"]
    assert not blame_in("Mayor Ann Lee did not attend. The deputy mayor did.")


def test_hypocrisy_piggy_banks_and_letting_someone_bleed_a_thing_dry():
    assert _targets("Senator Marcus Ellery voted against the fund twice. He doesn't get to discover this crisis now.") == \
        ["Senator Marcus Ellery"]
    assert _targets("Crestline Capital treated community hospitals like a piggy bank.") == ["Crestline Capital"]
    assert "Crestline Capital" in _targets("Regulators let Crestline Capital bleed these hospitals dry.")
    assert _targets("Chairman Dale Prentiss owns much of it.") == ["Chairman Dale Prentiss"]
    assert _targets("Every executive at Meridian Health knew this was coming.") == ["Meridian Health"]
    assert not blame_in("Every executive at Meridian Health attended the meeting.")


def test_blame_in_the_present_and_orders_not_to_enforce_blame_the_one_named():
    assert [(b.target, b.source) for b in blame_in("Republicans blame Gov. Ann Lee for the delays.")] == [("Gov. Ann Lee", "Republicans")]
    assert not blame_in("Voters will not blame Gov. Ann Lee for the storm, a pollster said.")
    assert _targets("For two years Mayor Ann Lee told police not to enforce the parking rules.") == ["Mayor Ann Lee"]
    assert _targets("Mayor Ann Lee also owns a good share of the mess.") == ["Mayor Ann Lee"]
    assert _targets("The tow fees doubled in a year. Mayor Ann Lee knew this.") == ["Mayor Ann Lee"]


def test_op_ed_verdicts_on_a_body_blame_it():
    assert _targets("Mayor Gloria Padilla deserves some of the heat, too.") == ["Mayor Gloria Padilla"]
    assert _targets("Hal Brewer's haste was a real failure.") == ["Hal Brewer"]
    assert _targets("Mayor Hal Brewer's administration agreed to that term without seeking competing bids.") == \
        ["Mayor Hal Brewer's administration"]
    assert _targets("Mayor Gloria Padilla's administration left the contract manager's job unfilled for more than a year.") == \
        ["Mayor Gloria Padilla's administration"]
    assert _targets("The Harlan legislature has left those rates largely untouched for a decade.") == ["The Harlan legislature"]
    assert not blame_in("The storm left the Harlan park untouched.")
    assert _targets("The state has not covered itself in glory either.") == ["The state"]
    assert _targets("Commissioner Dale Hutchins rubber-stamped a contractor's spreadsheet.") == ["Commissioner Dale Hutchins"]
    hits = blame_in("ParkSure Solutions has not helped itself. Nor has City Hall.")
    assert {b.target for b in hits} == {"ParkSure Solutions", "City Hall"}
    assert not blame_in("The parade drew a crowd. Nor has City Hall.")


def test_no_bystander_no_clean_hands_and_little_to_show_blame_the_subject():
    assert _targets("Gov. Dale Prentice is not a bystander either.") == ["Gov. Dale Prentice"]
    assert _targets("Gov. Dale Prentice signed a budget that cut the university's state appropriation by 9 percent.") == \
        ["Gov. Dale Prentice"]
    assert not blame_in("Gov. Dale Prentice signed a budget that raised the university's appropriation by 9 percent.")
    assert _targets("Mayor Janet Okafor has had three years to speed approvals and has little to show for it.") == \
        ["Mayor Janet Okafor"]
    assert _targets("Republicans have trained their fire on the Department of Veterans Services.") == \
        ["the Department of Veterans Services"]
    assert [(b.target, b.source) for b in blame_in("Janelle Ocasio said Director Tom Ray wasn't doing his job.")] == \
        [("Director Tom Ray", "Janelle Ocasio")]


def test_news_charges_of_patronage_cover_and_origins():
    assert _targets("The report lays much of the responsibility on District 4 superintendent Gerald Pruitt.") == ["Gerald Pruitt"]
    assert _targets("Gov. Martin Ashby said the scheme began under his Democratic predecessor.") == ["his Democratic predecessor"]
    assert not blame_in("I started on the Millbrook line in 2002, bolting drums into cabinets.")
    assert _targets("The Harlan Department of Transportation did not open an inquiry.") == ["The Harlan Department of Transportation"]
    assert _targets("Commissioner Raymond Tull was handed a warning in 2023 and filed it away.") == ["Commissioner Raymond Tull"]
    assert _targets("Phil Sorensen ran a patronage mill out of a highway garage.") == ["Phil Sorensen"]
    assert [(b.target, b.source) for b in blame_in("Republicans said Democrats in this building protected him for years.")] == \
        [("Democrats", "Republicans")]
    assert [(b.target, b.source) for b in blame_in("Tamara Greer said the trail leads to Commissioner Raymond Tull.")] == \
        [("Commissioner Raymond Tull", "Tamara Greer")]
    assert _targets("The Eastbridge Police Benevolent Association is no innocent in this mess.") == \
        ["The Eastbridge Police Benevolent Association"]
    assert not blame_in("The Eastbridge Police Benevolent Association deserves its share of the credit.")


def test_members_seated_in_a_body_are_named_with_it():
    assert _targets("Democrats in the Legislature waved all of this through.") == ["Democrats in the Legislature"]
    # and never filed under the body they sit in
    body = "The Legislature met on Monday. Democrats in the Legislature waved all of this through."
    hits = blame_in(body)
    assert [b.target for b in hits] == ["Democrats in the Legislature"]
    assert hits[0].actor not in actor_ids_in(body).values()  # the only actor the index has is the Legislature
    assert _targets("Two years ago, the Republican majority in the Legislature cut $44 million from the state's pre-K grant "
                    "program.") == ["the Republican majority in the Legislature"]


def test_hindsight_should_have_blames_the_subject_but_a_plan_for_friday_does_not():
    assert [(b.target, b.source) for b in blame_in(
        "Greg Hollis said the Harlan County Health District should have enforced the vaccination records on file.")] == \
        [("the Harlan County Health District", "Greg Hollis")]
    assert _targets("The Harlan school board should have known better.") == ["The Harlan school board"]
    assert not blame_in("Mayor Ann Lee should have a plan by Friday.")
    hits = blame_in('Gov. Dan Whitcombe said the Centers for Disease Control and Prevention had taken "far longer than it '
                    'should have" to process samples.')
    assert [b.target for b in hits] == ["the Centers for Disease Control and Prevention"]


def test_procedural_faults_and_knowing_numbers_blame_the_subject():
    assert _targets("Council President Marisol Vega cut off public comment at 10:45 p.m.") == ["Council President Marisol Vega"]
    assert _targets("Council President Marisol Vega also owes residents better than a vote taken at 11 p.m.") == \
        ["Council President Marisol Vega"]
    assert _targets("Gov. Ruth Adair's people knew those numbers.") == ["Gov. Ruth Adair's people"]
    assert _targets("The Ridgeland Department of Education had issued no guidance on emergencies.") == \
        ["The Ridgeland Department of Education"]
    assert not blame_in("The Ridgeland Department of Education has issued new guidance on emergencies.")
    hits = blame_in("The council majority, led by Council President Marisol Vega, did not bother to ask.")
    assert [b.target for b in hits] == ["The council"]
