"""Shared events and claims on small made-up articles: paraphrases linked, look-alikes kept apart, offsets exact."""

from __future__ import annotations

import random

from reader.core.analysis.event_features import lowercase_vocabulary, positioned_features
from reader.core.analysis.event_index import IndexStats
from reader.core.analysis.event_labels import label_for
from reader.core.analysis.event_similarity import similarity
from reader.core.analysis.event_units import build_units
from reader.core.analysis.event_text import name_key, number_features, stem, tokenize
from reader.core.analysis.events import find_events
from reader.core.analysis.model import Event
from reader.core.documents.loader import load_text
from reader.core.documents.model import Document

FILLER_A = [
    "The weather in the valley was mild for most of the week.",
    "Local schools reopened after a long holiday.",
    "A new bakery opened near the old railway station.",
    "Farmers hoped the harvest would be better than last year.",
]
FILLER_B = [
    "Traffic on the coastal road was heavy on Friday evening.",
    "The city library extended its opening hours.",
    "Several musicians performed at the spring festival.",
    "Rents in the capital have climbed for a decade.",
]


def article(doc_id: str, title: str, sentences: list[str]) -> Document:
    return load_text(title + "\n\n" + " ".join(sentences) + "\n", f"{doc_id}.txt", doc_id)


def shared_events(events: list[Event]) -> list[Event]:
    return [e for e in events if e.shared]


def event_with(events: list[Event], doc: Document, needle: str) -> Event | None:
    for e in events:
        for m in e.mentions:
            if m.doc == doc.id and needle in m.text:
                return e
    return None


def test_paraphrased_event_is_linked_across_two_articles() -> None:
    a = article("d1", "Unrest in Marlowe", [FILLER_A[0], "Government troops shot 47 villagers in Marlowe on Sunday, "
                "witnesses said.", FILLER_A[1], FILLER_A[2]])
    b = article("d2", "A massacre reported", [FILLER_B[0], "Witnesses said that 47 villagers were executed by "
                "government troops in Marlowe.", FILLER_B[1], FILLER_B[2]])
    events = find_events([a, b])
    e = event_with(events, a, "47 villagers")
    assert e is not None and e.shared
    assert any(m.doc == b.id and "executed" in m.text for m in e.mentions)
    assert e.kind == "event"
    assert 0.0 < e.score <= 1.0


def test_sentences_sharing_only_common_words_are_not_linked() -> None:
    a = article("d1", "Town news", ["People in the town said the new year would be a good time for everyone.",
                                    FILLER_A[0], FILLER_A[1]])
    b = article("d2", "Market news", ["Many people said it was a good time to buy a new house this year.",
                                      FILLER_B[0], FILLER_B[1]])
    assert shared_events(find_events([a, b])) == []


def test_numbers_and_names_decide_which_passage_is_the_same_event() -> None:
    a = article("d1", "Floods", ["Floods killed 12 farmers in Dorvan province on Tuesday.", FILLER_A[0]])
    b = article("d2", "Storm season", [
        "Floods killed 300 fishermen in Kelso district last spring.",
        FILLER_B[0],
        "Twelve farmers died on Tuesday when floods swept through Dorvan province.",
        FILLER_B[1],
    ])
    events = find_events([a, b])
    e = event_with(events, a, "12 farmers")
    assert e is not None and e.shared
    linked = [m.text for m in e.mentions if m.doc == b.id]
    assert any("Twelve farmers" in t for t in linked)
    assert not any("Kelso" in t for t in linked)


def test_event_reported_by_one_article_only_is_kept_but_not_shared() -> None:
    a = article("d1", "Port strike", ["Dock workers in Halvik walked out on Monday, halting 40 ships.",
                                      "The strike cost the port 3 million euros a day, officials estimated.",
                                      FILLER_A[0]])
    b = article("d2", "Spring", FILLER_B)
    events = find_events([a, b])
    single = event_with(events, a, "3 million euros")
    assert single is not None
    assert not single.shared and single.docs == [a.id]
    # shared events come first, single ones after them
    kinds = [e.shared for e in events]
    assert kinds == sorted(kinds, reverse=True)


def test_mention_offsets_are_exact_and_ids_are_unique() -> None:
    a = article("d1", "Unrest", ["Rebels seized the airport at Torvik after a night of fighting.",
                                 "About 2,000 residents fled the town.", FILLER_A[0]])
    b = article("d2", "Airport falls", ["The airport at Torvik was captured by rebels overnight.",
                                        "Some 2,000 residents have fled, aid groups said.", FILLER_B[0]])
    docs = {d.id: d for d in (a, b)}
    events = find_events([a, b])
    assert events
    for e in events:
        assert e.label and len(e.label.split()) <= 14
        assert e.kind in ("event", "claim")
        for m in e.mentions:
            assert docs[m.doc].text[m.start:m.end] == m.text
    ids = [e.id for e in events]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    assert len(shared_events(events)) >= 2


def test_claim_is_told_apart_from_event() -> None:
    a = article("d1", "Opinion", ["Taking the capital of Velmar will not end the civil war, whatever the generals claim.",
                                  FILLER_A[0]])
    b = article("d2", "Analysis", ["The civil war in Velmar is unlikely to end even if the capital is taken.",
                                   FILLER_B[0]])
    e = event_with(find_events([a, b]), a, "will not end")
    assert e is not None and e.shared
    assert e.kind == "claim"


def test_morphology_demonyms_and_numbers() -> None:
    assert stem("evacuation") == stem("evacuated") == stem("evacuees")
    assert stem("executions") == stem("executed")
    assert name_key("Kardanian") == name_key("Kardania")
    assert name_key("Tessish") == name_key("Tessey")
    assert "#400000" in number_features("about 400,000 people".split())
    assert "~5" in number_features("nearly half a million lives".split())
    assert "~5" in number_features("400,000 dead".split())
    assert "#12000000" in number_features("over 12 million".split())
    assert "#$7.25" in number_features(["$7.25"])  # a sum of money is a telling count, however small
    assert [t.text for t in tokenize("Mayor Çelikoğlu’s pro-market plan")] == ["Mayor", "Çelikoğlu’s", "pro-market", "plan"]


def test_empty_input_gives_no_events() -> None:
    assert find_events([]) == []


def _synthetic_corpus(n_docs: int, seed: int = 7) -> list[Document]:
    """Articles of random made-up words, with one planted event shared by the first three articles."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ren", "tus", "vo", "qua", "zel", "pri", "dom", "sa", "nor"]
    vocab = sorted({"".join(rng.choice(syllables) for _ in range(3)) for _ in range(3000)})
    docs = []
    for d in range(n_docs):
        sentences = []
        for _ in range(20):
            words = rng.sample(vocab, 9)
            sentences.append(" ".join(words).capitalize() + ".")
        if d < 3:
            sentences.insert(5, f"Engineers from Quorvath repaired the {stem('broken')} dam after 918 homes flooded.")
        docs.append(article(f"d{d + 1}", f"Article {d}", sentences))
    return docs


def test_candidate_generation_compares_far_fewer_pairs_than_all() -> None:
    docs = _synthetic_corpus(60)
    stats = IndexStats()
    events = find_events(docs, stats)
    assert stats.units > 1000
    assert stats.possible_pairs > 500_000
    assert stats.scored_pairs < stats.possible_pairs / 50
    planted = event_with(events, docs[0], "918 homes")
    assert planted is not None
    assert set(planted.docs) == {"d1", "d2", "d3"}


def test_similarity_is_symmetric_and_bounded() -> None:
    docs = _synthetic_corpus(6)
    units = build_units(docs)
    for a, b in zip(units, units[40:80]):
        s = similarity(a, b)
        assert 0.0 <= s <= 1.0
        assert abs(s - similarity(b, a)) < 1e-9


def test_shared_names_alone_do_not_make_an_event() -> None:
    a = article("d1", "Visit", ["Senator Mirelle Dovas of Tarrow visited the new children's clinic on Friday.",
                                FILLER_A[0], FILLER_A[1]])
    b = article("d2", "Budget", ["Senator Mirelle Dovas of Tarrow said farmers would pay for the budget cuts.",
                                 FILLER_B[0], FILLER_B[1]])
    assert shared_events(find_events([a, b])) == []
    # the same person doing the same thing is one event
    c = article("d3", "Clinic", ["On Friday Senator Mirelle Dovas toured the children's clinic that opened in Tarrow.",
                                 FILLER_B[2]])
    e = event_with(find_events([a, c]), a, "visited the new children's clinic")
    assert e is not None and e.shared


def test_two_events_do_not_chain_through_a_passage_that_mentions_both() -> None:
    a = article("d1", "Airport", ["Rebels seized the airport at Torvik after a night of heavy fighting.", FILLER_A[0]])
    b = article("d2", "Roundup", ["Rebels seized the airport at Torvik overnight, and floods killed 30 villagers "
                                  "in Halden on Monday.", FILLER_B[0]])
    c = article("d3", "Floods", ["Floods killed 30 villagers in Halden on Monday, officials said.", FILLER_B[1]])
    events = find_events([a, b, c])
    ea = event_with(events, a, "airport at Torvik")
    ec = event_with(events, c, "Floods killed 30")
    eb = event_with(events, b, "floods killed 30")
    assert eb is not None and eb.shared and (eb is ea or eb is ec)
    assert ea is None or ec is None or ea is not ec
    for e in events:
        assert len(e.mentions) == len(e.docs)  # one passage per article in each event


# --- other genres: paraphrased shared events link, different events sharing a name do not


def test_politics_news_paraphrases_link_and_a_name_alone_does_not() -> None:
    a = article("d1", "Veto", [
        "Lawmakers returned to the capitol on Monday after a two-week recess.",
        "Governor Ellen Marsh vetoed the rent control measure on Thursday, calling it reckless.",
        "Speaker Tom Alvarez said the House would try to override the veto next month.",
        "Marsh spent the weekend at a fundraiser in Dover with donors.", FILLER_A[0], FILLER_A[1]])
    b = article("d2", "Rent bill dies", [
        "Tenant groups had rallied for months in favour of the rent bill.",
        "On Thursday Marsh rejected the rent control legislation, saying it would drive landlords out of the state.",
        "Alvarez vowed that the chamber would attempt to overturn her decision in the coming weeks.",
        "Critics say Marsh's approval ratings have slipped among young voters.", FILLER_B[0], FILLER_B[1]])
    events = find_events([a, b])
    veto = event_with(events, a, "vetoed the rent control")
    assert veto is not None and veto.shared
    assert any(m.doc == b.id and "rejected the rent control" in m.text for m in veto.mentions)
    override = event_with(events, a, "override the veto")
    assert override is not None and override.shared and override is not veto
    assert any(m.doc == b.id and "overturn her decision" in m.text for m in override.mentions)
    fundraiser = event_with(events, a, "fundraiser")
    assert fundraiser is None or not fundraiser.shared


def test_court_ruling_paraphrases_link() -> None:
    a = article("d1", "Ruling", [
        "A federal judge on Monday struck down the state's voter identification law.",
        "Judge Carla Ruiz wrote that the requirement was unconstitutional because it burdened poor voters.",
        "State officials said they would appeal to the circuit court.", FILLER_A[2], FILLER_A[3]])
    b = article("d2", "Voter ID law blocked", [
        "Ruiz ruled that the voter ID statute violates the constitution, blocking it before the November election.",
        "The attorney general's office announced plans to challenge the decision before the appeals court.",
        "Turnout in the last election was the lowest in decades.", FILLER_B[2], FILLER_B[3]])
    events = find_events([a, b])
    shared = shared_events(events)
    assert len(shared) >= 2
    appeal = event_with(events, a, "appeal to the circuit court")
    assert appeal is not None and appeal.shared
    assert any(m.doc == b.id and "challenge the decision" in m.text for m in appeal.mentions)
    turnout = event_with(events, b, "Turnout")
    assert turnout is None or not turnout.shared


def test_climate_report_paraphrases_link() -> None:
    a = article("d1", "Hottest year", [
        "Last year was the hottest on record, scientists at the weather agency reported on Wednesday.",
        "Average global temperatures were 1.4 degrees above the pre-industrial level.",
        "Coastal cities face more frequent flooding as sea levels rise.", FILLER_A[0], FILLER_A[1]])
    b = article("d2", "Record heat", [
        "Researchers said the planet's warming set a new record last year, according to the agency's annual report.",
        "Emissions from coal plants rose again in several countries.",
        "The report found that global heat was 1.4 degrees above pre-industrial times.", FILLER_B[0], FILLER_B[1]])
    events = find_events([a, b])
    record = event_with(events, a, "hottest on record")
    assert record is not None and record.shared
    assert any(m.doc == b.id and "new record" in m.text for m in record.mentions)
    degrees = event_with(events, a, "1.4 degrees")
    assert degrees is not None and degrees.shared and degrees is not record
    flooding = event_with(events, a, "flooding")
    assert flooding is None or not flooding.shared  # "rise" alone does not make sea levels and emissions one event


def test_lexicon_phrases_and_words_in_several_classes() -> None:
    def classes(text: str) -> set[str]:
        return {f for _, f, _ in positioned_features(text, set()) if f.startswith("C:")}

    assert "C:admit" in classes("some have yet to open their doors to the newcomers")
    assert "C:admit" in classes("the towns agreed to take them in")
    assert "C:capture" in classes("the army took control of the port")
    assert "C:end" in classes("the dispute is far from over")
    assert "C:kill" in classes("thousands of lives were lost")
    assert {"C:attack", "C:air"} <= classes("airstrikes hit the town")
    assert "C:air" in classes("backed by foreign air power")
    assert "C:admit" not in classes("the doors were painted green")
    assert classes("the bomb exploded") == {"C:attack"}
    words = {f for _, f, _ in positioned_features("they left in order to save lives", set())}
    assert not any(f.startswith("W:ord") for f in words)  # "in order to" is a function phrase  # "bomber" (air power) only looks alike


def test_rare_shared_concept_with_a_second_cue_links_mutual_best_passages() -> None:
    a = article("d1", "Shelter", [
        "Neighbouring Kelvar agreed to take in the refugees, the ministry said.",
        "Refugees arriving by boat were registered at the port.",
        FILLER_A[0], FILLER_A[1], FILLER_A[2]])
    b = article("d2", "Border", [
        "Kelvar has promised to welcome refugees from the valley.",
        FILLER_B[0], FILLER_B[1], FILLER_B[2]])
    events = find_events([a, b])
    e = event_with(events, a, "take in the refugees")
    assert e is not None and e.shared
    assert any(m.doc == b.id and "welcome refugees" in m.text for m in e.mentions)
    port = event_with(events, a, "registered at the port")
    assert port is None or not port.shared


def test_politics_story_with_many_quoted_senators() -> None:
    a = article("d1", "Senate confirms Delgado", [
        "The Senate voted 52 to 48 on Wednesday to confirm Maria Delgado as secretary of labor, ending a bitter "
        "three-month fight.",
        "Senator Frank Hollis, the majority leader, called the vote a victory for working families.",
        "\"She will stand up for every worker in this country,\" Hollis told reporters outside the chamber.",
        "Senator Joan Pryce, who led the opposition, said Delgado lacked experience and would hurt small businesses.",
        "Pryce also criticized the White House for rushing the nomination through committee.",
        "Two Republicans, Senators Dale Ames and Rita Cole, broke with their party to support the nominee.",
        "Delgado, a former union lawyer from Ohio, is expected to be sworn in on Friday.",
        "Hollis said the Senate would turn next week to the highway funding bill."])
    b = article("d2", "Delgado confirmed", [
        "Maria Delgado won confirmation as labor secretary on Wednesday by a narrow 52-48 margin in the Senate.",
        "Majority Leader Frank Hollis hailed the outcome, saying Delgado would defend American workers.",
        "Republican Senator Joan Pryce argued that the nominee had too little experience and that her agenda would "
        "burden small firms.",
        "Senators Dale Ames and Rita Cole crossed party lines and voted for Delgado.",
        "Pryce said she would keep pressing the department on overtime rules.",
        "Hollis has scheduled a vote on a farm subsidy package for next month.",
        "Delgado will take the oath of office on Friday at a ceremony at the department."])
    events = find_events([a, b])
    pairs = {("52 to 48", "52-48 margin"), ("lacked experience", "too little experience"),
             ("broke with their party", "crossed party lines"), ("sworn in on Friday", "take the oath")}
    for in_a, in_b in pairs:
        e = event_with(events, a, in_a)
        assert e is not None and e.shared, in_a
        assert any(m.doc == b.id and in_b in m.text for m in e.mentions), in_a
    # Hollis hailing the vote: either of his two sentences (the victory, the quote) is the same report
    e = event_with(events, b, "defend American workers")
    assert e is not None and e.shared
    assert any(m.doc == a.id and ("victory for working families" in m.text or "stand up for every worker" in m.text)
               for m in e.mentions)
    # the same senators saying different things are different events
    for in_a in ("rushing the nomination", "highway funding bill"):
        e = event_with(events, a, in_a)
        assert e is None or not e.shared, in_a


def test_op_eds_from_opposite_sides_share_the_facts_they_argue_about() -> None:
    a = article("d1", "Raise the wage", [
        "Congress should raise the federal minimum wage to $15 an hour without further delay.",
        "The current floor of $7.25 has not changed since 2009, while rents and grocery bills have soared.",
        "The budget office's estimate that 1.3 million jobs could be lost ignores the money workers would spend.",
        "Millions of families would finally be lifted out of poverty.",
        "It is time for lawmakers to stop hiding behind industry lobbyists."])
    b = article("d2", "A wage hike would backfire", [
        "A $15 minimum wage is a well-meaning idea that would backfire on the very workers it is meant to help.",
        "The Congressional Budget Office projected that the increase would eliminate 1.3 million jobs.",
        "Supporters point out that the federal minimum of $7.25 has been frozen since 2009, yet wages in most "
        "states already exceed it.",
        "Poverty is better fought with an expanded earned income tax credit.",
        "Lawmakers should let states set their own floors."])
    events = find_events([a, b])
    for in_a, in_b in (("1.3 million jobs", "eliminate 1.3 million jobs"), ("$7.25", "frozen since 2009")):
        e = event_with(events, a, in_a)
        assert e is not None and e.shared, in_a
        assert any(m.doc == b.id and in_b in m.text for m in e.mentions), in_a
    poverty = event_with(events, a, "lifted out of poverty")
    assert poverty is None or not poverty.shared  # one topic word is not one claim
    c = article("d3", "A betrayal", [
        "The president's decision to pull 2,000 troops out of the border region is a reckless betrayal of our allies.",
        "Now the allies are left to face a hostile army alone.", FILLER_A[0]])
    d = article("d4", "Bring them home", [
        "By bringing 2,000 troops home from the border region, the president kept his promise to end endless wars.",
        "The allies have their own army and the support of wealthy neighbours.", FILLER_B[0]])
    events = find_events([c, d])
    e = event_with(events, c, "pull 2,000 troops out")
    assert e is not None and e.shared
    assert any(m.doc == d.id and "bringing 2,000 troops home" in m.text for m in e.mentions)
    alone = event_with(events, c, "face a hostile army alone")
    assert alone is None or not alone.shared


def test_weak_cues_count_only_between_articles_that_already_share_an_event() -> None:
    appeal_a = "State officials said they would appeal to the circuit court."
    appeal_b = "The attorney general's office announced plans to challenge the decision before the appeals court."
    a = article("d1", "Ruling", [appeal_a, *FILLER_A])
    b = article("d2", "Ruling", [appeal_b, *FILLER_B])
    assert shared_events(find_events([a, b])) == []  # two unrelated articles: a rare cue alone is chance
    ruling_a = "Judge Carla Ruiz wrote that the voter identification requirement was unconstitutional."
    ruling_b = "Ruiz ruled that the voter identification statute violates the constitution."
    a = article("d1", "Ruling", [ruling_a, appeal_a, *FILLER_A])
    b = article("d2", "Ruling", [ruling_b, appeal_b, *FILLER_B])
    e = event_with(find_events([a, b]), a, "appeal to the circuit court")
    assert e is not None and e.shared
    assert any(m.doc == b.id and "challenge the decision" in m.text for m in e.mentions)


def test_reported_calls_and_attacks_by_a_politician_link_across_wordings() -> None:
    a = article("d1", "Contract", [
        "Representative Ana Ortiz called for an independent investigation into the contract on Monday.",
        "Ortiz also slammed the agency's director for hiding the documents.",
        "The director denied any wrongdoing in a written statement.", *FILLER_A])
    b = article("d2", "Probe", [
        "Ortiz demanded an independent probe of the deal, her office said.",
        "The agency's director rejected the accusations as baseless.",
        "Ortiz blasted the director for keeping records from the committee.", *FILLER_B])
    events = find_events([a, b])
    for in_a, in_b in (("called for an independent investigation", "demanded an independent probe"),
                       ("slammed the agency's director", "blasted the director")):
        e = event_with(events, a, in_a)
        assert e is not None and e.shared, in_a
        assert [m.text for m in e.mentions if m.doc == b.id and in_b in m.text], in_a


def test_a_quote_repeated_by_two_outlets_links_without_an_action_word() -> None:
    a = article("d1", "Budget", [
        "\"This is a betrayal of every family in this state,\" Mayor Lena Brandt said.",
        "The council approved the $2.4 billion budget by a vote of 7 to 2.",
        "Brandt has threatened to sue the council over the cuts to transit.", *FILLER_A])
    b = article("d2", "Budget passes", [
        "The city council passed a $2.4 billion spending plan on Tuesday, with two members voting against it.",
        "Brandt called it \"a betrayal of every family in this state\" and vowed to fight on.",
        "The mayor said she might take the council to court over transit funding.", *FILLER_B])
    events = find_events([a, b])
    for in_a, in_b in (("betrayal of every family", "betrayal of every family"),
                       ("$2.4 billion", "$2.4 billion"), ("threatened to sue", "take the council to court")):
        e = event_with(events, a, in_a)
        assert e is not None and e.shared, in_a
        assert [m.text for m in e.mentions if m.doc == b.id and in_b in m.text], in_a


def test_economy_news_paraphrases_link() -> None:
    a = article("d1", "Rates", [
        "The Federal Reserve raised interest rates by a quarter point on Wednesday, its third increase this year.",
        "The unemployment rate declined to 3.9 percent in March, the lowest level in two decades.",
        "Chairman Paul Renner warned that inflation remained stubbornly high.", *FILLER_A])
    b = article("d2", "Fed moves", [
        "The Fed lifted its benchmark rate by 0.25 percentage point on Wednesday.",
        "The jobless rate dropped to 3.9% last month.",
        "Renner cautioned that prices were still rising too quickly.", *FILLER_B])
    events = find_events([a, b])
    for in_a, in_b in (("raised interest rates", "lifted its benchmark rate"), ("3.9 percent", "3.9%"),
                       ("inflation remained", "prices were still rising")):
        e = event_with(events, a, in_a)
        assert e is not None and e.shared, in_a
        assert [m.text for m in e.mentions if m.doc == b.id and in_b in m.text], in_a


def test_a_common_word_opening_a_sentence_is_not_taken_for_a_name() -> None:
    doc = article("d1", "Jobs", ["Unemployment fell to a record low.", "Brandt praised the report.",
                                 "Analysts said Brandt was right.", "Power cuts hit the north."])
    vocabulary = lowercase_vocabulary([doc])
    assert "unemployment" in vocabulary  # only ever seen opening a sentence, and common in English
    assert "brandt" not in vocabulary  # capitalised inside a sentence too: a name
    assert "power" in vocabulary


def test_a_dated_happening_without_names_or_numbers_is_still_a_single_event() -> None:
    a = article("d1", "Storm", ["A storm flooded the coast road on Tuesday night.", FILLER_A[0]])
    b = article("d2", "Spring", FILLER_B)
    single = event_with(find_events([a, b]), a, "flooded the coast road")
    assert single is not None and not single.shared


def test_two_very_short_articles_still_link_their_shared_event() -> None:
    a = load_text("A storm hit the coast on Tuesday night.\n\nThe harbour master said the sea wall failed near the "
                  "old pier.\n", "one.txt", "d1")
    b = load_text("Heavy storms struck the coast on Tuesday.\n\nResidents blamed the council for the weak sea "
                  "wall.\n", "two.txt", "d2")
    e = event_with(find_events([a, b]), a, "A storm hit the coast")
    assert e is not None and e.shared
    assert [m.text for m in e.mentions if m.doc == b.id] == ["Heavy storms struck the coast on Tuesday."]


def test_vote_tally_is_one_feature_however_it_is_written() -> None:
    from reader.core.analysis.event_features import tally_features

    assert [f for _, f in tally_features("approved by a vote of 68 to 31 on Friday")] == ["#v68-31"]
    assert [f for _, f in tally_features("cleared the bill on Friday, 68-31, after a day")] == ["#v68-31"]
    assert [f for _, f in tally_features("a sharply divided 3–4 decision")] == ["#v4-3"]
    # ranges of units, percentages, decimals and years are not tallies
    for text in ("it took 10-15 years", "from 1 to 5 percent", "the 2022-23 season", "rose 3-2.5 points"):
        assert tally_features(text) == [], text


def test_same_vote_told_with_different_wording_and_tally_forms_links() -> None:
    a = article("d1", "Council acts", [FILLER_A[0], "The council on Tuesday approved the new zoning code by a vote "
                "of 7 to 2, ending a year of hearings.", FILLER_A[1], FILLER_A[2], FILLER_A[3]])
    b = article("d2", "Zoning code", [FILLER_B[0], "After months of debate, members adopted the zoning rewrite "
                "7-2.", FILLER_B[1], FILLER_B[2], FILLER_B[3]])
    events = find_events([a, b])
    e = event_with(events, a, "7 to 2")
    assert e is not None and e.shared
    assert any(m.doc == b.id and "7-2" in m.text for m in e.mentions)


def test_splitting_a_community_and_welcoming_a_decision_are_paraphrases() -> None:
    a = article("d1", "Map", [FILLER_A[0], "The plan split the town of Orvale into three districts.",
                "Mayor Ines Kroll welcomed the verdict on Tuesday.", FILLER_A[1], FILLER_A[2]])
    b = article("d2", "Map ruling", [FILLER_B[0], "Orvale was carved into three districts, lawyers argued.",
                "Kroll praised the verdict in a statement.", FILLER_B[1], FILLER_B[2]])
    events = find_events([a, b])
    split = event_with(events, a, "split the town")
    assert split is not None and split.shared
    assert any(m.doc == b.id and "carved" in m.text for m in split.mentions)
    praise = event_with(events, a, "welcomed the verdict")
    assert praise is not None and praise.shared and praise is not split


def test_sentence_with_two_counted_facts_joins_two_events() -> None:
    a = article("d1", "Budget", [FILLER_A[0], "The budget raises teacher salaries by 6.5 percent.",
                "Officials said the plan sets aside $40 million for road repairs after the floods.",
                FILLER_A[1], FILLER_A[2]])
    b = article("d2", "Budget passes", [FILLER_B[0], "The plan gives teachers a 6.5 percent salary raise and "
                "includes $40 million for repairing flood-damaged roads.", FILLER_B[1], FILLER_B[2]])
    events = find_events([a, b])
    raise_ = event_with(events, a, "6.5 percent")
    roads = event_with(events, a, "$40 million")
    assert raise_ is not None and raise_.shared and roads is not None and roads.shared
    assert raise_ is not roads
    (rb,) = [m for m in raise_.mentions if m.doc == b.id]
    (ob,) = [m for m in roads.mentions if m.doc == b.id]
    assert "6.5 percent" in rb.text and "$40 million" not in rb.text
    assert "$40 million" in ob.text and "6.5 percent" not in ob.text
    assert b.text[ob.start:ob.end] == ob.text


def test_coordinated_opinion_sentence_without_counts_stays_whole() -> None:
    from reader.core.analysis.event_units import build_units

    doc = article("d1", "Op-ed", ["The council ignored the residents who begged for more time and pushed the "
                  "ban through without listening to anyone.", FILLER_A[0], FILLER_A[1]])
    units = build_units([doc])
    assert any("begged" in doc.text[u.start:u.end] and "pushed" in doc.text[u.start:u.end] for u in units)


def test_third_article_joins_an_event_through_one_strong_link() -> None:
    a = article("d1", "Vote", [FILLER_A[0], "The Brennick town board voted 5-2 on Monday night to prohibit natural "
                "gas connections in newly constructed homes.", FILLER_A[1], FILLER_A[2], FILLER_A[3]])
    b = article("d2", "Gas ban", [FILLER_B[0], "The 5-2 vote to ban natural gas in new construction was sold as "
                "a health measure.", FILLER_B[1], FILLER_B[2], FILLER_B[3]])
    c = article("d3", "Op-ed", ["When the Brennick town board voted on Monday to end gas hookups in new homes, "
                "critics cried overreach.", FILLER_A[0], FILLER_B[1], FILLER_A[2]])
    events = find_events([a, b, c])
    e = event_with(events, a, "5-2 on Monday")
    assert e is not None
    assert {m.doc for m in e.mentions} == {"d1", "d2", "d3"}


def test_small_sum_of_money_is_its_own_telling_feature() -> None:
    assert number_features(["$14", "an", "hour"]) == {"#$14"}
    assert number_features(["14", "hours"]) == {"#14"}  # a plain small number stays a common one
    assert "#12000000000" in number_features(["$12", "billion"])
    a = article("d1", "Offer", [FILLER_A[0], "He said he would back a smaller increase to $14 if the board agreed.",
                FILLER_A[1], FILLER_A[2], FILLER_A[3]])
    b = article("d2", "Counteroffer", [FILLER_B[0], "The mayor has offered a compromise: an increase to $14.",
                FILLER_B[1], FILLER_B[2], FILLER_B[3]])
    events = find_events([a, b])
    e = event_with(events, a, "$14")
    assert e is not None and e.shared and any(m.doc == b.id for m in e.mentions)


def test_an_event_split_by_one_articles_two_passages_is_joined_again():
    from reader.core.analysis.event_units import Unit
    from reader.core.analysis.events import merge_split
    # article 1 (unit 0) and article 3 (unit 3) report the seizure strongly alike; article 2 tells it twice (units 1, 2)
    units = [Unit(doc=0, start=0, end=1, raw=set()), Unit(doc=1, start=0, end=1, raw=set()),
             Unit(doc=1, start=5, end=6, raw=set()), Unit(doc=2, start=0, end=1, raw=set()), Unit(doc=2, start=9, end=10, raw=set())]
    pairs = {(0, 1): 0.5, (0, 3): 0.3, (2, 3): 0.5, (0, 2): 0.12, (1, 3): 0.12}
    assert sorted(merge_split([[0, 1], [2, 3]], units, pairs)) == [[0, 1, 2, 3]]
    # without a strong link between the passages only one event holds, they stay apart
    weak = {**pairs, (0, 3): 0.05}
    assert sorted(merge_split([[0, 1], [2, 3]], units, weak)) == [[0, 1], [2, 3]]
    # nor when the shared article's passages match nothing of the other event
    lone = {(0, 1): 0.5, (0, 3): 0.3, (2, 3): 0.5}
    assert sorted(merge_split([[0, 1], [2, 3]], units, lone)) == [[0, 1], [2, 3]]


def test_a_passage_that_reports_two_things_gets_a_second_event():
    from reader.core.analysis.event_units import Unit
    from reader.core.analysis.events import second_events
    units = [Unit(doc=0, start=0, end=1, raw=set()), Unit(doc=1, start=0, end=1, raw=set()), Unit(doc=1, start=5, end=6, raw=set()),
             Unit(doc=2, start=0, end=1, raw=set())]
    # unit 0 (a long lead) is held with unit 1; it also matches unit 2 strongly, which another event holds
    clusters = [[0, 1], [2, 3]]
    pairs = {(0, 1): 0.6, (2, 3): 0.6, (0, 2): 0.45, (1, 3): 0.05}
    assert second_events(clusters, units, pairs) == [[0, 2]]
    # a weak match makes no second event, nor do two passages that one event already holds together
    assert second_events(clusters, units, {**pairs, (0, 2): 0.2}) == []
    assert second_events([[0, 1, 2, 3]], units, pairs) == []


def test_labels_weigh_sums_and_percentages_as_the_features_do() -> None:
    # the key feature of each clause is its figure; the label must pick the clause whose figure is key
    text = "Officials approved the plan on Tuesday evening, and the agency will spend $3.5 billion on new dikes along the river."
    keys = {f: 5.0 for _, f, _ in positioned_features("$3.5 billion", set()) if f[0] == "#"}
    assert "dikes" in label_for(text, keys, set())
    text = "Officials approved the plan late on Tuesday evening after a long debate, and turnout reached 40 percent among young voters."
    keys = {f: 5.0 for _, f, _ in positioned_features("40 percent", set()) if f[0] == "#"}
    assert "turnout" in label_for(text, keys, set()).lower()



def test_a_speaker_introduced_alike_in_two_articles_is_no_shared_event_but_what_she_said_is() -> None:
    a = article("d1", "Bridge hearing", [FILLER_A[0], "Rep. Ona Pirtle, a Republican who chairs the House Transportation "
                "Committee, said she would back a review of the ferry contract.", FILLER_A[1],
                "Pirtle said the Harbor Board ignored a 2023 memo warning that the pier pilings were rotting.", FILLER_A[2]])
    b = article("d2", "Pier closed", [FILLER_B[0], "Rep. Ona Pirtle, the Republican who chairs the House Transportation "
                "Committee, has been sharp about the agency's silence on wages.", FILLER_B[1],
                "According to Pirtle, a 2023 memo had warned the Harbor Board that the pier pilings were rotting.", FILLER_B[2]])
    units = build_units([a, b])
    intro_a, intro_b = ([u for u in units if u.doc == d and "chairs" in doc.text[u.start:u.end]][0] for d, doc in ((0, a), (1, b)))
    shared = intro_a.raw & intro_b.raw
    assert shared and all(f.startswith(("N:ona", "N:pirtl", "B:ona", "W:rep")) for f in shared)  # the name, not the title
    assert similarity(intro_a, intro_b) == 0.0
    memo = event_with(find_events([a, b]), a, "2023 memo")
    assert memo is not None and any(m.doc == b.id and "pilings" in m.text for m in memo.mentions)


def test_an_arrest_told_with_different_verbs_is_one_event() -> None:
    a = article("d1", "Manhunt", [FILLER_A[0], "Travis Mott was captured without incident Tuesday afternoon at a motel in Dunmore.",
                                  FILLER_A[1], FILLER_A[2]])
    b = article("d2", "One caught", [FILLER_B[0], "Mott was picked up Tuesday at a Dunmore motel.", FILLER_B[1], FILLER_B[2]])
    e = event_with(find_events([a, b]), a, "captured")
    assert e is not None and any(m.doc == b.id and "picked up" in m.text for m in e.mentions)


def test_the_same_thing_said_of_the_same_actor_with_other_verbs_is_linked() -> None:
    a = article("d1", "Ballots", [FILLER_A[0], "Director Ana Whitby said the printer, Meridian Print Services, had used a "
                "precinct file that predated the new maps.", FILLER_A[1]])
    b = article("d2", "Wrong race", [FILLER_B[0], "Whitby has said Meridian Print Services worked from a precinct file "
                "that was two maps out of date.", FILLER_B[1]])
    e = event_with(find_events([a, b]), a, "precinct file")
    assert e is not None and e.shared
    # the same actor and a different thing: no link
    c = article("d3", "Ballots", [FILLER_B[0], "Meridian Print Services hired twelve seasonal workers in the spring.", FILLER_B[1]])
    assert shared_events(find_events([a, c])) == []
