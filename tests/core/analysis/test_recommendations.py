"""Recommendations: real ones with their actor and source; modal sentences that recommend nothing are left out."""

from __future__ import annotations

import pytest

from reader.core.analysis.actors import build_actor_index
from reader.core.analysis.grouping import group_recommendations, theme_of
from reader.core.analysis.recommendations import find_recommendations
from reader.core.documents.loader import load_text


def _recs(*bodies: str):
    docs = [load_text(f"Opinion {i}\n\n" + b, f"o{i}.txt", f"d{i + 1}") for i, b in enumerate(bodies)]
    index = build_actor_index(docs)
    return docs, find_recommendations(docs, index.actors, index)


def test_modal_recommendation_with_its_actor():
    docs, recs = _recs("The city council must repair the bridge before winter.")
    assert len(recs) == 1
    r = recs[0]
    assert r.actor == "The city council"
    assert r.action.startswith("repair the bridge")
    assert r.cue == "must"
    assert r.source == "author"
    assert docs[0].text[r.start:r.end] == r.text


def test_call_on_someone_names_the_actor_and_the_caller():
    docs, recs = _recs("Activists urged the governor to veto the bill on Friday.")
    assert len(recs) == 1
    assert recs[0].actor == "the governor"
    assert recs[0].action.startswith("veto the bill")


def test_reported_call_by_a_quoted_speaker_has_the_speaker_as_source():
    docs, recs = _recs("“I call on all parties to respect the ceasefire,” Minister Ada Lind said.")
    assert len(recs) == 1
    assert recs[0].source == "Ada Lind"
    assert recs[0].voice == "quoted"
    assert "all parties" in recs[0].actor


@pytest.mark.parametrize("text", [
    "And it is absolutely necessary that the two unions settle the strike through talks.",
    "It is time for the league to change its rules.",
    "The least they can do is to fund the shelters.",
    "If we do not protect the river, how can we ask our children to trust us?",
    "Stop the evictions. Now.",
    "We need global emissions to peak by next year.",
    "I am appealing for leadership from politicians and from businesses.",
    "If you see him, do not approach him.",
    "The mayor needs to say clearly whether she supports this lease.",
    "Senate Minority Leader Luis Ortega renewed his demand that Danvers step down.",
    "Greene has asked that the chief executive be compelled to testify.",
])
def test_other_forms_of_recommendation(text):
    docs, recs = _recs(text)
    assert len(recs) >= 1, text


@pytest.mark.parametrize("text", [
    "Of course, we should have no doubt that the board will vote for it.",     # epistemic
    "The team can be expected to win the next game.",                         # expectation
    "The rebels must be on the verge of collapse.",                           # inference
    "He still needs to deal with the unions in the north.",                   # a fact about him
    "They just need to make sure the vote is delayed.",                       # their strategy
    "Reporters asked whether the minister should resign.",                    # indirect question
    "How many more need to die before we act?",                               # rhetorical
    "The mayor should have closed the road last year.",                       # counterfactual
    "The agency could have warned us earlier.",                               # counterfactual
    "It is not surprising that this should happen so soon.",                  # expectation, not advice
    "Sadly, when talking about costs we ought to count lives as numbers.",    # lament
    "The relief appeal for the island is only 23 percent funded.",             # a noun, not a call
    "We need more people to be sure of the count before we print it.",        # not a course of action
    "Do not get me wrong, I like the mayor.",                                 # a figure of speech
    "But the company's record elsewhere should give anyone pause.",            # a warning about a record
    "Some will say the port has to modernize or lose ships to other harbors.", # a view the writer reports
    "We must say that this is wrong.",                                        # emphasis, not a course
    "She gave him the keys, said her son, who asked that his name not be used.",  # anonymity, not a course
    "She asked that question twice.",                                         # 'that' is a determiner
    "Listen to the speeches and you would think the sky had fallen.",         # a conditional, not an order
    "When you starve a fund for years, you shouldn't be shocked when it fails.",  # a lament
])
def test_traps_are_not_reported(text):
    docs, recs = _recs(text)
    assert recs == [], (text, recs)


def test_similar_recommendations_of_two_articles_are_grouped_unrelated_are_not():
    docs, recs = _recs(
        "Our government must welcome more refugees this year. The city must also repave Main Street.",
        "Europe should open its doors to those seeking asylum. Parents should read to their children.",
        "The mayor should fix the potholes downtown.",
    )
    groups = group_recommendations(docs, recs)
    by_text = {r.text.split()[1]: r for r in recs}
    refugees = [r for r in recs if "refugees" in r.text or "asylum" in r.text]
    assert len(refugees) == 2
    assert refugees[0].group is not None and refugees[0].group == refugees[1].group
    reading = [r for r in recs if "read to" in r.text][0]
    assert reading.group != refugees[0].group
    assert all(len({r.doc for r in recs if r.group == g.id}) >= 2 for g in groups)
    assert by_text  # every recommendation kept its sentence


def test_theme_synonyms_join_diplomatic_wording():
    docs, recs = _recs("The powers must return to negotiation.", "A diplomatic settlement should be sought.")
    assert theme_of(recs[0]) == theme_of(recs[1]) is not None


def test_indirect_recommendation_names_the_reporter_as_source():
    docs, recs = _recs("In a memo seen by reporters, Secretary of Trade Ina Volk said exporters should file earlier.")
    assert len(recs) == 1
    assert recs[0].source == "Ina Volk"
    assert recs[0].actor == "exporters"


def test_negative_deontic_is_a_recommendation_but_should_not_have_is_not():
    docs, recs = _recs("The board must not sell the park to developers.")
    assert len(recs) == 1 and recs[0].actor == "The board"
    docs, recs = _recs("The board should not have sold the park.")
    assert recs == []


@pytest.mark.parametrize("text", [
    "Should such a tax pass, prices would rise.",                   # conditional inversion
    "Do we really believe that the plant will close?",              # question, not imperative
    "A corridor should be open and people should be able to leave.",
])
def test_sentence_start_traps_and_second_modals(text):
    docs, recs = _recs(text)
    if text.startswith("A corridor"):
        assert len(recs) == 1 and recs[0].actor == "A corridor"
    else:
        assert recs == []


@pytest.mark.parametrize("text", [
    "It has to be said that the port is busier than ever.",
    "You have to wonder what the board was thinking.",
    "I must admit the new bridge looks fine.",
])
def test_discourse_markers_are_not_recommendations(text):
    docs, recs = _recs(text)
    assert recs == [], recs


@pytest.mark.parametrize("text", [
    "It's time to end the toll on the old bridge.",
    "The answer is to invest in buses, not roads.",
    "What the town needs is a second clinic.",
])
def test_more_forms_of_recommendation(text):
    docs, recs = _recs(text)
    assert len(recs) == 1, text


def test_two_clauses_two_actors_give_two_recommendations():
    docs, recs = _recs("The board should be held accountable, and the council must pass the safety rules now.")
    assert [r.actor for r in recs] == ["The board", "the council"]
    assert all(r.text == recs[0].text for r in recs)


@pytest.mark.parametrize("text", [
    "Shouldn't the county pay for the repairs?",
    "Why not open the school gyms as shelters?",
])
def test_questions_that_recommend(text):
    docs, recs = _recs(text)
    assert len(recs) == 1, recs


def test_a_pronoun_caller_is_the_person_last_named_and_actions_stop_at_the_quote():
    docs, recs = _recs("“The majority leader failed us,” said Sen. Carla Ruiz of Arizona. "
                       "She urged the White House to send a new budget request. "
                       "“Congress needs to pass full-year appropriations, not another patch,” said Maya Lin of the Budget Forum.")
    by_actor = {r.actor: r for r in recs}
    assert by_actor["the White House"].source == "Carla Ruiz"
    assert by_actor["Congress"].action == "pass full-year appropriations, not another patch"
    assert by_actor["Congress"].source == "Maya Lin"


@pytest.mark.parametrize("sentence", [
    "The leaders must be exhausted after the all-night session.",
    "Analysts said the two chambers will need to wait and see how the polls move.",
    "Whether the department can keep its officers needs to be seen.",
    "It remains to be seen whether the union will have to strike.",
    "Commuters can be expected to feel the pinch first.",
])
def test_more_modal_traps(sentence):
    docs, recs = _recs(sentence)
    assert recs == []


def test_advocates_for_as_a_noun_is_no_call_and_call_your_member_is_an_imperative():
    docs, recs = _recs("Advocates for immigrants were scathing. Call your council member today and tell them to vote yes.")
    assert [r.text for r in recs] == ["Call your council member today and tell them to vote yes."]
    docs, recs = _recs("Supporters of the plan must know that every study points the other way.")
    assert recs == []


def test_what_a_third_party_wants_inside_a_quote_is_a_complaint_not_a_call():
    docs, recs = _recs("“The district let its pipes rot and now wants ratepayers to bail it out,” Wendell Price said. "
                       "He wants the district to publish a full audit.")
    assert [(r.actor, r.source) for r in recs] == [("the district", "Wendell Price")]


def test_a_group_that_calls_on_someone_is_the_source():
    docs, recs = _recs("Union leaders called on Congress to pass a stopgap measure immediately.")
    assert [(r.actor, r.source) for r in recs] == [("Congress", "Union leaders")]


def test_imperatives_with_a_vocative_or_an_unlisted_verb_and_asked_to():
    docs, recs = _recs("Legislators, do your job. Cap the program at its current size. Parents, call your legislators today.")
    assert len(recs) == 3 and all(r.source == "author" for r in recs)
    docs, recs = _recs("Despite the rain, the march went on. Maybe this effort is not enough. Consider the costs of delay.")
    assert recs == []
    docs, recs = _recs("Transportation Secretary Miguel Santos spoke. He asked Congress to give regulators clear authority. "
                       "Gunmen killed civilians who had asked them to leave.")
    assert [(r.actor, r.source) for r in recs] == [("Congress", "Miguel Santos")]


def test_a_procedural_must_is_no_recommendation():
    docs, recs = _recs("Should the measure return next session, it must be approved by both chambers before it reaches the president.")
    assert recs == []


def test_will_have_to_is_a_forecast():
    docs, recs = _recs("Some drivers will have to change their habits.")
    assert recs == []


def test_opposite_stances_on_one_bill_are_not_one_course():
    docs, recs = _recs("The governor must sign the wage bill when it reaches her desk.",
                       "The governor should veto the wage bill as written.",
                       "The commission must cancel the jail contract in June.",
                       "The commission should renew the jail contract in June.")
    groups = group_recommendations(docs, recs)
    for g in groups:
        members = [r for r in recs if r.group == g.id]
        assert len({r.action.split()[0] for r in members}) == 1, [r.action for r in members]


def test_conditional_imperatives_abbreviations_in_actions_and_embedded_questions():
    docs, recs = _recs("And if you live anywhere near the coast, call your representative today. "
                       "Congress needs to pass Rep. Kim's bill so counties can act. "
                       "The two agencies would not agree on who should inspect what. "
                       "The agency's leaders should be ashamed.")
    assert [r.action for r in recs] == ["call your representative today", "pass Rep. Kim's bill so counties can act"]


def test_she_and_a_coordinated_call_is_hers():
    docs, recs = _recs("Rep. Sandra Kim spoke on Monday. She is pushing a bill to let counties hire inspectors and wants "
                       "the governor to release $50 million now.")
    assert [(r.actor, r.source) for r in recs] == [("the governor", "Sandra Kim")]


def test_a_relative_clause_caller_and_may_need_to():
    docs, recs = _recs("State Sen. Laura Whitfield, who has pushed for a cap on insulin copays, said the bill stalled. "
                       "Some fans may need to wait another three years.")
    assert [(r.action, r.source) for r in recs] == [("a cap on insulin copays", "Laura Whitfield")]


def test_should_ask_someone_is_a_call_but_should_ask_whether_is_not():
    docs, recs = _recs("“Parents should ask the board where the money went,” Malik Jordan said. "
                       "We should ask ourselves whether the plan works.")
    assert [(r.actor, r.source) for r in recs] == [("Parents", "Malik Jordan")]


def test_needs_to_ask_why_is_a_call():
    docs, recs = _recs("And the board needs to ask why its chief executive was allowed to run labor relations alone.")
    assert [r.actor for r in recs] == ["the board"]


@pytest.mark.parametrize("trap", [
    "The agency will refund the fees, although tenants must file a separate claim to get that money.",
    "The vote comes in March, when wavering senators have to decide how much of this they want to defend.",
    "Maybe we shouldn't be surprised by the result.",
    "Expect the governor to keep running interference for the contractor.",
    "The department pressed ahead to meet a deadline it had set for itself.",
])
def test_modal_and_imperative_forms_that_recommend_nothing(trap):
    docs, recs = _recs(trap)
    assert recs == [], [r.text for r in recs]


def test_a_recommendation_after_a_fronted_time_clause_is_kept():
    docs, recs = _recs("When the hearing opens, the committee must subpoena the contractor's records.")
    assert [r.action.split()[0] for r in recs] == ["subpoena"]


def test_a_trailing_attribution_gives_the_recommendation_its_speaker():
    docs, recs = _recs("The council should reopen the clinic next week, Councilman Jorge Villa said.")
    assert [(r.actor, r.source) for r in recs] == [("The council", "Jorge Villa")]


@pytest.mark.parametrize("sentence, cue", [
    ("Second, leave more of the work to the counties that already do it.", "imperative: leave"),
    ("Third, if the real goal is cleaner rivers, fund the treatment plants.", "imperative: fund"),
    ("Why shouldn't the county let the towns keep experimenting with their own rules?", None),
    ("Is it really too much to ask that the board read the audit before voting?", "question"),
])
def test_enumerated_imperatives_and_questions_that_recommend(sentence, cue):
    docs, recs = _recs(sentence)
    assert len(recs) == 1
    assert cue is None or recs[0].cue == cue


def test_a_plan_that_deserves_a_hearing_is_recommended_but_lets_be_plain_is_not():
    docs, recs = _recs("A regional wage, which the mayor floated too late, deserves a serious hearing.")
    assert len(recs) == 1
    docs, recs = _recs("Let's be plain about who did this.")
    assert recs == []


def test_sentences_after_a_lead_in_are_recommendations_and_the_lead_in_is_not():
    docs, recs = _recs("The hearing ran long. Here's what should happen. Every tenant gets a refund before spring. "
                       "The auditor opens an inquiry. And the board gets a new chair.\n\nThe vote is Tuesday.")
    assert [r.text.split()[0] for r in recs] == ["Every", "The", "And"]
    assert all(r.cue.startswith("listed after") for r in recs)


def test_a_rule_described_is_no_recommendation_but_a_future_request_is():
    docs, recs = _recs("Under state rules, 911 centers must answer 90 percent of calls within 15 seconds.")
    assert recs == []
    docs, recs = _recs("Reeves said the union would ask the council to require a backup dispatch system.")
    assert len(recs) == 1 and recs[0].actor == "the council"


@pytest.mark.parametrize("sentence", [
    "A complementary mix of stringent policies is required.",
    "Putting a price on carbon is key to scaling back emissions.",
    "What we must do now is fund the clinics.",
    "We do need strong federal action on this.",
    "A fire doesn't relieve you of the responsibility to remove the dead timber.",
])
def test_impersonal_and_cleft_recommendations(sentence):
    docs, recs = _recs(sentence)
    assert len(recs) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "The bill would tax carbon at $23 a ton, nowhere near what the panel calls for.",
    "Carbon prices are nowhere near where the panel says they need to be.",
    "It would postpone repairs that nearly everyone agrees are required.",
    "We need more information before we decide.",
])
def test_reported_objects_are_no_recommendations(sentence):
    docs, recs = _recs(sentence)
    assert recs == [], [r.cue for r in recs]


def test_an_imperative_after_a_colon_but_not_a_choice_or_someone_elses_answer():
    docs, recs = _recs("\u201cWe all share the same responsibility: protect the river for our children,\u201d Mayor Ana Ruiz said.")
    assert [r.cue for r in recs] == ["imperative: protect"]
    docs, recs = _recs("\u201cDemocrats had a simple choice tonight: keep the schools open or do neither,\u201d Speaker Gordon Vale said.")
    assert recs == []
    docs, recs = _recs("A chorus of senators has settled on the answer: send the Navy through the blockade.")
    assert recs == []


def test_reported_it_was_crucial_that_and_wants_in_a_relative_clause():
    docs, recs = _recs("The envoy said it was crucial that the council remains a leader on water issues.")
    assert len(recs) == 1
    docs, recs = _recs("The decision is an insult to elitists who want the valley to suffer.")
    assert recs == []
    docs, recs = _recs("It's also important to note that the board lacked the authority.")
    assert recs == []


@pytest.mark.parametrize("sentence, actor", [
    ("Press secretary Dana Whit called on the House to \"stop the theatrics and pass the Senate bill.\"", "the House"),
    ("The mayors encouraged \"all our partners to speed up their action on the river.\"", "all our partners"),
])
def test_calls_with_a_partial_quote(sentence, actor):
    docs, recs = _recs(sentence)
    assert [r.actor for r in recs] == [actor]


def test_a_reported_proposal_that_something_would_help_but_not_a_forecast():
    docs, recs = _recs("The senator blamed the council, even suggesting that \"raking\" would help stop the fires.")
    assert len(recs) == 1
    docs, recs = _recs("The report suggests that warming will continue for decades.")
    assert recs == []


@pytest.mark.parametrize("sentence", [
    "She demanded an independent commission with subpoena power.",
    "Gardner wants the firm suspended from state contracts.",
    "Odell repeated her call to return the $310 million to the bridge fund.",
])
def test_demands_wants_and_repeated_calls(sentence):
    docs, recs = _recs(sentence)
    assert len(recs) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "\u201cSomebody has to answer for that.\u201d",
    "Go figure.",
    "The committee demanded a lot of its staff last year.",
    "He wants you to believe that an adviser made the trades.",
    "Let that sink in: the man walked away with a fortune.",
    "Taxpayers in the valley deserve to see it.",
])
def test_accountability_sarcasm_and_entitlements_recommend_nothing(sentence):
    docs, recs = _recs(sentence)
    assert recs == [], [r.cue for r in recs]


def test_theme_phrases_match_whole_words_only():
    from reader.core.analysis.model import Recommendation

    def theme(action: str) -> str | None:
        return theme_of(Recommendation("r1", "d1", None, action, "author", "should", 0, 1, action))

    assert theme("keep open doors for families") == theme("open doors to the families") is not None
    assert theme("reopen doors to the hall") is None
    assert theme("open doorsteps to the hall") is None


def test_tell_that_to_is_a_sarcastic_rebuttal_not_an_imperative():
    _, recs = _recs("Councilman Ed Prado says the program works. Tell that to the drivers who got tickets for green lights.")
    assert recs == []
    _, recs = _recs("Tell the council what you saw at the crossing before Tuesday's vote.")
    assert len(recs) == 1
