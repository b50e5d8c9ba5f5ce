"""Blame: whom each article holds responsible, with the cue, the voice (author or quoted speaker) and the sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from reader.core.analysis.actors import LOCATIVES, ActorIndex, ActorMention, build_actor_index, owned_form
from reader.core.analysis.agency import CONTRARY, NOT_AGENT, PRAISE, WRONG_NOUNS, agency_hits
from reader.core.analysis.model import Actor, Blame
from reader.core.analysis.valence import valence
from reader.core.analysis.rhetoric import rhetoric_hits
from reader.core.analysis.speech import SpeechMap, analyse_speech, short_name
from reader.core.analysis.text import name_runs, sentence_spans
from reader.core.documents.model import Document
from reader.core.analysis.cues import load_cues
from reader.core.analysis.subjects import (COORD, COUNTED, INSIDER, IRREGULAR_VERBS, OFFICE, VERBISH, chain, chain_head, person_genders,
                                           resolve_pronoun)

_CUES = load_cues("blame")
_MODIFIER_WORDS = frozenset(w for p in _CUES["modifier"] for w in re.findall(r"[a-z]+", p))


def _compile(key: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in _CUES[key]) + r")\b", re.I)


SUBJECT = _compile("subject")
AGENT = _compile("agent")
OBJECT = _compile("object")
EVERYONE = _compile("everyone")
YOU_NEGATIVE = _compile("you_negative")
MODIFIER = re.compile(r"^(?:[’']s)?\s*(?:\w+\s+)?(?:" + "|".join(_CUES["modifier"]) + r")\b", re.I)
POSSESSIVE = re.compile(r"^[’']s\s+(?:\w+\s+)?(?:" + "|".join(_CUES["possessive"]) + r")\b", re.I)
MUTUAL = _compile("everyone_mutual")
PRONOUN_DOOR = _compile("pronoun_door")
_PRONOUN_FAULT = re.compile(r"\b(?P<p>his|her|its|their)\s+(?P<cue>(?:\w+\s+)?(?:" + "|".join(_CUES["possessive"]) + r"))\b", re.I)
POSSESSIVE_ANY = re.compile(r"[’']s\s+(?:\w+\s+)?(?:" + "|".join(_CUES["possessive"]) + r")\b", re.I)
RHETORICAL = re.compile(r"^\W*(?:(?:but|and|so|then|yet)\s+)?(?:" + "|".join(_CUES["rhetorical"]) + r")\b", re.I)
RHETORICAL_BEFORE = re.compile(r"^\W*(?:(?:but|and|so|then|yet)\s+)?(?:" + "|".join(_CUES["rhetorical_before"]) + r")\s+", re.I)
MODIFIER_ANY = re.compile(r"\b(?:" + "|".join(_CUES["modifier"]) + r")\b", re.I)
BOUNDARY = re.compile("|".join(re.escape(b) for b in _CUES["boundaries"]), re.I)
_NEGATION = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:\w+\s+)?$", re.I)
_EXCLUDED_BEFORE = LOCATIVES | {"against", "for", "on", "with", "about", "over", "than", "like", "unlike", "of"}
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got|gets)\s+(?:\w+ly\s+)?$", re.I)
_DEED = re.compile(r"(?:killed|executed|massacred|abducted|tortured|murdered|slaughtered|shelled|bombed|gassed|starved|"
                   r"violated|betrayed|committed|launched|obstructed|sabotaged|lied|failed)", re.I)
_YOU = re.compile(r"\byou(?:r)?\b", re.I)
_AND_BODY = re.compile(r"\s*,?\s+and\s+(?P<np>(?:the|its|their|his|her)\s+(?:[\w-]+[’']s\s+)?(?:[a-z][\w-]*\s+){0,2}(?:management|leadership|staff|"
                       r"administration|union|council|board|department|officials|supervisors|managers|executives|owners|company|contractor|"
                       r"vendor|agency|lawmakers|legislature|regulators))\s+(?:(?:has|have|had|is|are|was|were|also|both|all)\s+){0,2}")
_RUN_BY = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:managed|operated|run|controlled|owned|maintained|installed|configured|built|designed)\s+by\s+")
_LEAST_COULD = re.compile(r"\bthe least (?P<who>[^,;.]{2,60}?) could (?:have )?(?:done|do) (?:was|is|would have been)\b", re.I)
_WHERE_WHEN = re.compile(r"^\W*(?:(?:but|and|so)\s+)?where\s+(?:was|were)\b[^?]{1,120}?\bwhen\s+(?:the\s+)?", re.I)


@dataclass
class _Hit:
    mention: ActorMention | None
    target: str
    cue: str
    source: str | None = None  # who voices the charge, when the sentence names them ("X accused Y of ...")
    at: int = -1  # where the cue stands (decides whether a quote's speaker voices it)


def _named(source: str, index: ActorIndex, kinds: dict[str, str], doc_id: str, before: int) -> str:
    """A pronoun accuser becomes the person last named before the sentence."""
    if source.lower() not in ("he", "she", "they"):
        return source
    earlier = [m for m in index.in_span(doc_id, max(0, before - 3000), before) if kinds.get(m.actor) == "person"]
    return short_name(earlier[-1].surface) if earlier else "unnamed speaker"


def _accuser(text: str, sent_start: int, cue_start: int) -> str | None:
    """The subject of a verb of accusing: a named actor, a name, or a short noun phrase ("environmentalists")."""
    clause, opener = _clause_start(text, sent_start, cue_start)
    if opener in ("who", "which", "that"):
        runs = name_runs(text[max(sent_start, clause - 80):clause], max(sent_start, clause - 80))
        if runs and len(text[runs[-1][1]:clause].split()) <= 2:
            return short_name(text[runs[-1][0]:runs[-1][1]])
        return None
    if re.search(r",\s*$", text[clause:cue_start]) and re.match(r"\w+ing\b", text[cue_start:cue_start + 20]):
        # ", accusing X of ...": the participle's subject is the sentence's subject
        runs = name_runs(text[clause:cue_start], clause)
        return short_name(text[runs[0][0]:runs[0][1]]) if runs else None
    phrase = _AUX_TAIL.sub("", text[clause:cue_start]).strip(" ,")
    phrase = _DATELINE.sub("", phrase)  # "WASHINGTON — A federal watchdog on Tuesday": not the place, not the day
    phrase = _WHEN_TAIL.sub("", phrase)
    phrase = _LEAD_ADVERBIAL.sub("", phrase.lstrip("“\"‘' "))
    if "," in phrase:
        parts = [p.strip() for p in phrase.split(",") if p.strip()]
        for part in parts[:2]:
            part = re.sub(r"^(?:As|While|When|Though|Although)\s+", "", part)
            if re.match(r"[A-Z]\w*ing\b", part):
                continue  # "Posting on Facebook, X accused ...": a participle, not the accuser
            runs = name_runs(part)
            if runs and runs[0] == (0, len(part)):
                return short_name(part)
        first = re.sub(r"^(?:As|While|When|Though|Although)\s+", "", parts[0]) if parts else ""
        phrase = first if first and len(first.split()) <= 5 else phrase
    phrase = re.sub(r",\s*(?:meanwhile|however|too|also|though|in turn|for (?:his|her|their|its) part),?$", "", phrase, flags=re.I).strip(" ,")
    control = _CONTROL_TAIL.match(phrase)
    if control:  # "Whitcomb had directed Danvers to hold X accountable": Whitcomb
        phrase = control.group("who")
    if re.fullmatch(r"(?:i|we|you|it|this|that|there)", phrase, re.I) or re.match(r"(?:none|nothing|all|much|some|most|this|that|it)\b", phrase, re.I):
        return None  # "None of this lets X off the hook": the author speaks
    if phrase and len(phrase.split()) <= 5 and "," not in phrase:
        runs = name_runs(phrase)
        if runs and runs[-1][1] == len(phrase) and len(phrase.split()) <= 5:
            return short_name(phrase[runs[-1][0]:runs[-1][1]])
        return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I) if not phrase.islower() or len(phrase.split()) > 1 else phrase
    runs = name_runs(text[clause:cue_start], clause)
    if runs:
        return short_name(text[runs[-1][0]:runs[-1][1]])
    return None


_CONTROL_TAIL = re.compile(r"(?P<who>.+?)\s+(?:(?:had|has|have)\s+)?(?:directed|told|asked|urged|ordered|pressed|wants?|wanted|called\s+on)\s+[^,]+\s+to$")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:\([^)]*\)\s*)?\s[—–-]+\s+")
_WHEN_TAIL = re.compile(r"\s+(?:on|last|this|early|late)\s+(?:\w+day|week|month|year|night|morning|evening)$", re.I)


def _preceding_word(text: str, pos: int) -> str:
    m = re.search(r"([\w’'-]+)[^\w.!?\n]*$", text[max(0, pos - 30):pos])  # never the last word of the sentence before
    return m.group(1).lower() if m else ""


def _eligible(text: str, m: ActorMention) -> bool:
    """Not a place after a locative ('in X'), not a possessor of something else ("X's famous line")."""
    prev = _preceding_word(text, m.start)
    if prev == "the":
        the = re.search(r"\w+\W*$", text[max(0, m.start - 40):m.start])
        prev = _preceding_word(text, m.start - len(the.group())) if the else ""
    if prev in _EXCLUDED_BEFORE and not (prev in ("at", "inside", "within") and INSIDER.search(text, max(0, m.start - 40), m.start)):
        return False  # but "Somebody at Keystar broke the law"
    if _modifies_a_thing(text, m):
        return False
    return not re.match(r"[’']s\b", text[m.end:m.end + 2])


_AGENTIVE_HEADS = frozenset("""forces troops army militia militias warplanes jets soldiers police officials leaders government regime
administration navy marines fighters gunmen authorities ministry military bombers artillery drones missiles rockets tanks ships warships
shelling bombardment airstrikes strikes attacks aggression occupation siege blockade crackdown campaign offensive forces' commanders
lawmakers legislators senators delegates negotiators diplomats officers agents guards militiamen rebels insurgents allies backers""".split())
def _modifies_a_thing(text: str, m: ActorMention) -> bool:
    """'the Tessel market', 'a Brevic camp': a name used as the modifier of a thing, not the actor itself."""
    nxt = re.match(r"\s+([a-z][a-z-]+)\b", text[m.end:m.end + 25])
    if not nxt or " " in re.sub(r"^(?:the|The)\s+", "", m.surface.strip()):
        return False  # only a one-word name: "the Water Board met" is the board, "the police union" is not the police
    w = nxt.group(1)
    return w not in _AGENTIVE_HEADS and not VERBISH.fullmatch(w) and not w.endswith("s") and w not in _MODIFIER_WORDS \
        and w not in IRREGULAR_VERBS


_JOINED = re.compile(r"\s(?:joined|join|joins|helped|help|helps|teamed\s+up\s+with|sided\s+with|voted\s+with|lined\s+up\s+with)\s+"
                     r"(?=(?:the\s+)?[A-Z][^,;:]{0,40}$)")


def _subjects(text: str, mentions: list[ActorMention], clause_start: int, cue_start: int) -> list[ActorMention]:
    """The grammatical subject of a cue: the first actor of its clause with those coordinated with it, and the
    actor standing right before the cue ("..., and gunmen had killed")."""
    rel = _RELATIVE_BEFORE.search(text, clause_start, cue_start)
    if rel:
        cue_start = rel.start()  # "X, which ..., was accused": X's clause ends at the comma
    region = [m for m in mentions if clause_start <= m.start and m.end <= cue_start and (_eligible(text, m) or OFFICE.match(text, m.end))]
    joined = _JOINED.search(text, clause_start, cue_start)
    if joined and region:  # "members of the X Caucus joined Democrats to sink it": both did
        before = [m for m in mentions if clause_start <= m.start and m.end <= joined.start()]
        after = [m for m in region if m.start >= joined.end()]
        if before and after:
            return [before[-1], after[0]]
    if region:
        out = chain(text, region, region[0])
        if not _no_verb_between(text, out[-1].end, cue_start):
            out = []
        last = region[-1]
        gap = text[last.end:cue_start]
        if last not in out and len(gap.split()) <= 3 and "," not in gap and _no_verb_between(text, last.end, cue_start):
            out += [m for m in chain(text, region, chain_head(text, region, last)) if m not in out]
        return out
    # "a regime that has killed": the subject is the noun before the relative pronoun
    rel = re.search(r"\b(?:that|who|which)\s+$", text[clause_start - 6:clause_start] if clause_start >= 6 else "")
    if rel:
        before = [m for m in mentions if m.end <= clause_start and clause_start - m.end <= 12]
        return before[-1:]
    return []


def _owner(np: re.Match[str], mentions: list[ActorMention], previous: list[ActorMention],
           kinds: dict[str, str]) -> ActorMention | None:
    """For 'his office' / 'her department': the person named last in this sentence, else the previous one's subject;
    for 'its leaders': the body; for "Corvane's managers": Corvane."""
    possessor = [x for x in mentions if x.end <= np.end("np") and np.string[x.end:x.end + 2] in ("'s", "’s")
                 and (np.start("np") <= x.start or re.fullmatch(r"[’']s\s+", np.string[x.end:np.start("np")]))]
    if possessor:
        return possessor[-1]
    if re.match(r"its\s", np.group("np"), re.I):
        bodies = [x for x in mentions if x.end <= np.start() and kinds.get(x.actor) in ("organization", "government", "group")]
        earlier = [x for x in previous if kinds.get(x.actor) in ("organization", "government", "group")]
        return bodies[-1] if bodies else (earlier[0] if earlier else None)
    if not re.match(r"(?:his|her)\s", np.group("np"), re.I):
        return None
    persons = [x for x in mentions if x.end <= np.start() and kinds.get(x.actor) == "person"]
    if persons:
        return persons[-1]
    earlier = [x for x in previous if kinds.get(x.actor) == "person"]
    return earlier[0] if earlier else None


_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|an|his|her|their|its|this|that|these|those|both|all|some|several|many|other|also|then)\s+){0,3}"
                         r"(?:(?!(?:into|through|against|on|at|in|to|from|with|over|across|onto|toward|towards)\b)[\w-]+\s+)?", re.I)
def _objects(text: str, mentions: list[ActorMention], cue_end: int, limit: int) -> list[ActorMention]:
    """The actor(s) right after a cue: the first mention and those coordinated with it."""
    after = [m for m in mentions if m.start >= cue_end and m.end <= limit]
    out: list[ActorMention] = []
    pos = cue_end
    if len(after) >= 2 and _OBJECT_GAP.fullmatch(text[cue_end:after[0].start]) \
            and _MEMBERS_OF.fullmatch(text[after[0].end:after[1].start]):
        after = after[1:]  # "blamed the speaker's allies in the Caucus": the Caucus, not the speaker
        pos = after[0].start
    elif len(after) >= 2 and _OBJECT_GAP.fullmatch(text[cue_end:after[0].start]) \
            and re.fullmatch(r"(?:\s+\d+)?\s+(?!(?:and|or|nor|as|but)\b)[a-z][\w-]*\s*,?\s*", text[after[0].end:after[1].start]):
        after = after[1:]  # "her Republican predecessor, Gov. Tom Kessler", "District 4 superintendent Gerald Pruitt": the person
        pos = after[0].start
    for m in after:
        gap = text[pos:m.start]
        if out and not re.fullmatch(r"\s*(?:,|and|or|nor|as well as|,\s*and)?\s*(?:the|his|her|their|its)?\s*", gap, re.I):
            break
        if not out and not _OBJECT_GAP.fullmatch(gap):
            break
        out.append(m)
        pos = m.end
    return out


# "'s allies in the ", " members of the ": the people of a body, named by the body
_MEMBERS_OF = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+(?:in|of|from|within|inside|at)\s+(?:the\s+)?", re.I)


# "X, which ..., was accused": after the second comma only auxiliaries and adverbs, not "said Congress also"
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who|whose|whom|the|an?)\b[^,]{0,160},\s*(?:(?:has|have|had|is|are|was|were|been|also|then|still|not|never|\w+ly)\s+){0,3}$")


def _clause_start(text: str, sent_start: int, pos: int) -> tuple[int, str]:
    """Where the clause holding `pos` starts, and the word or mark that opened it; a relative clause between
    commas ("X, which ..., was accused") is stepped over to X's clause."""
    rel = _RELATIVE_BEFORE.search(text, sent_start, pos)
    if rel:
        pos = rel.start()
    start, opener = sent_start, ""
    for b in BOUNDARY.finditer(text, sent_start, pos):
        start, opener = b.end(), b.group().strip().lower()
    if not opener and re.match(r"\W*(?:if|unless|whether)\b", text[sent_start:pos], re.I):
        opener = "if"
    return start, opener


_LEAD_ADVERBIAL = re.compile(r"^(?:(?:Last|This|Next|Earlier|Later|Each|Every) \w+|(?:On|In|At|By|During|After|Before) [\w ]{1,25}?,|Meanwhile|But|And|So|Also|Yet|However|Still|Then|Now)\s*,?\s*")
_FINITE = re.compile(r"\b(?:\w+ed|is|are|was|were|said|says|say|will|would|can|could|did|does|do|warned|told|spent|made|took|"
                     r"gave|sent|built|kept|left|led|paid|won|lost|ran|held|brought|bought|fought|sought|thought|got|met|"
                     r"began|came|became|went|saw|knew|grew|drew|threw|wrote|spoke|broke|chose|drove|rose|fell|put|cut)\b", re.I)
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|will|would|also|all|still|once|again|long|since|\w+ly|not|never|n't))*\s*$", re.I)
_PRONOUN_GAP = re.compile(r"\b(?:it|he|she|they|we|i|you|this|these|those)\b", re.I)


def _no_verb_between(text: str, end: int, cue_start: int) -> bool:
    """True when nothing between a subject and its cue looks like another verb or a pronoun subject."""
    gap = re.sub(r"^[’']s\s+[a-z]+", "", text[end:cue_start])  # "the association's leaders have ...": the body's people
    gap = re.sub(r"^\s+(?:in|at|inside)\s+(?:this|that|the|our|their)\s+(?:building|chamber|capitol|statehouse|room|town|city|state|county)\b",
                 "", gap)  # "Democrats in this building protected him": where they are, not another subject
    gap = gap[: _AUX_TAIL.search(gap).start()]
    if _DECIDED_SELF.fullmatch(gap) or _SPENT_TIME.fullmatch(gap):  # "Democrats decided they would rather ...",
        return True  # "the mayor has spent weeks pretending ...": the subject is the subject again
    pair = _COORDINATED_VP.fullmatch(gap)
    if pair:  # "X promised a raise and then broke his promise": X is the subject of both verbs
        gap = gap[:pair.start("vp")]
    return not _FINITE.search(gap) and not _PRONOUN_GAP.search(gap)


_DECIDED_SELF = re.compile(r"\s+(?:\w+ly\s+)?(?:decided|decides|chose|chooses|concluded|determined|figured)\s+(?:(?:long ago|years ago|early on)\s+)?(?:that\s+)?"
                           r"(?:they|he|she|it)(?:\s+(?:would|will|could|can|had|have|has|should))?\s*", re.I)
_SPENT_TIME = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:spent|spends|spending)\s+(?:the\s+)?(?:[\w-]+\s*){1,4}", re.I)
_COORDINATED_VP = re.compile(r"\s*(?:(?:has|have|had|also|\w+ly)\s+)?(?P<vp>(?:had|has|have|kept|knew|saw|heard|read|\w+(?:ed|ought|aught|ew|ade|ent|ave|ook|old|own|wn|en|id|ot|ust))\s+[^,;:]{0,80}?)"
                             r"\s+and(?:\s+(?:then|later|also|quickly|soon))?\s*", re.I)


# "the bill's authors", "these officials": people named by an agent noun, when no actor stands before a cue
_INSTITUTION = r"(?:government|administration|council|agency|authority|board|department|office|company|industry|union|lobby|committee|legislature|state|county|city|leadership|management)"
_AGENT_NP = re.compile(r"\b(?P<np>(?:the|this|these|those|its|their|his|her|our)\s+(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
                       r"(?:[a-z]+(?:ers|ors|ists|ians|ants|ents)|officials|leaders|members|allies|lawmakers|legislators|"
                       r"bosses|chiefs|staff|managers|owners|executives|police|officers|companies|corporations|chains|firms|"
                       r"" + _INSTITUTION + r"))\s+(?:(?:has|have|had|is|are|was|were|also|all|still|\w+ly)\s+){0,2}$", re.I)
# "a city government that has mismanaged ...": the noun phrase a relative clause hangs on
_RELATIVE_NP = re.compile(r"\b(?P<np>(?:the|a|an|these|those|its|their)\s+(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
                          r"(?:[a-z]+(?:ers|ors|ists)|officials|leaders|companies|corporations|chains|firms|" + _INSTITUTION + r"))"
                          r"\s+(?:that|which|who)\s+(?:(?:has|have|had|is|are|was|were|also|still|\w+ly)\s+){0,2}$", re.I)
_AGENT_HEAD = (r"(?:[a-z]+(?:ers|ors|ists|ians|ants|ents|lords)|officials|leaders|members|allies|lawmakers|legislators|"
               r"bosses|chiefs|staff|managers|owners|executives|police|officers|unions|companies|corporations|firms|"
               r"businesses|groups|agencies|lobbies|parties|management|leadership)")
# "Corporate landlords", "Wealthy donors": a bare plural agent noun opening its clause (at most two modifiers)
_BARE_AGENT_NP = re.compile(rf"\W*(?P<np>(?:[A-Za-z][\w-]*\s+){{0,2}}{_AGENT_HEAD})(?:,[^,]{{1,30}},)?\s+(?:(?:has|have|had|is|are|was|were|also|all|still|\w+ly)\s+){{0,2}}", re.I)
_AGENT_NP_START = re.compile(rf"\W*(?P<np>(?:the|these|those|some|many|most)\s+(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){{0,2}}{_AGENT_HEAD})\s+(?:\w+\s+)?(?:has|have|had|are|were|\w+ed)\b", re.I)
_OTHER_SUBJECT = re.compile(r"\b(?:that|because|and|but|when|while|as)\s+(?:the\s+|many\s+|some\s+)?[a-z]{3,}s\s+(?!that|to|is|was|of|in|on|for)[a-z]+\b", re.I)
_BARE_PLURAL_AGENTS = r"(?:leaders|officials|lawmakers|politicians|executives|organizations|organisations|groups|powers|countries|nations|governments|agencies|companies|corporations)"
_OBJECT_NP = re.compile(r"\s+(?P<np>(?:(?:every|all|the|those|these|any|two|three|four|five|six|several|many|\d+)\s+|(?=(?:[a-z][\w-]*\s+){1,2}" + _BARE_PLURAL_AGENTS + r"\b))"
                        r"(?:[a-z][\w-]*['’]s\s+)?(?:(?!(?:that|who|which|whose|and|or|but|for|of|to|in|on)\s)[a-z][\w-]*\s+){0,3}"
                        r"(?:[a-z]{3,}(?:er|or|ist|ian|ant|ent)s?|senators?|lawmakers?|legislators?|officials?|leaders?|members?|politicians?|"
                        r"companies|corporations|chains|firms|industry|organi[sz]ations|groups|powers|countries|nations|governments|agencies|"
                        r"department|agency|commission|board|council|administration|authority|committee|legislature|utility|company|management))\b")
_LEADING_RELATIVE_NP = re.compile(rf"\W*(?P<np>(?:the\s+)?(?:[A-Za-z][\w-]*\s+){{0,2}}{_AGENT_HEAD})\s+(?:who|that)\s+", re.I)
_FINITE_MAIN = re.compile(r"[,;:]\s+(?:\w+\s+)?(?:is|are|was|were|has|have|had)\b")
_PLURAL_NP = re.compile(r"\b(?P<np>(?:the|these|those|(?:two|three|four|five|several|many)\s+)\s*(?:[a-z][\w-]*\s+){0,2}"
                        r"(?:[a-z]{3,}(?:ers|ors|ists|ians)|companies|corporations|firms|officials|leaders|lawmakers))\b")
_OTHER_IT = re.compile(r"\b(?:that|because|and|but|when|while|as)\s+(?:the|this|that|its)\s+[a-z]+\s+(?:\w+ed|has|had|is|was|did|does)\b", re.I)
_REPORTING_OPENERS = frozenset({"that", "said", "says", "say", "argued", "argues", "claimed", "claims", "insisted", "insists",
                                 "warned", "warns", "added", "noted", "believes", "thinks", "stated", "wrote", "writes",
                                 "told reporters", "acknowledged", "admitted", "conceded"})


def _antecedent(text: str, clause: int, cue_start: int, previous: list[ActorMention], kinds: dict[str, str],
                speaker: str | None = None, sent_start: int | None = None, genders: dict[str, str] | None = None) -> list[ActorMention]:
    """'They failed to ...': whom the pronoun opening the clause points at in the sentences before (number, kind and
    gender agreeing; see subjects.resolve_pronoun). Inside a quote the speaker is never 'they' or 'he'."""
    pron = re.match(r"\W*(they|he|she|it)\s+(?:\w+\s+){0,2}$", text[clause:cue_start], re.I) or \
        re.match(r"\W*(?:most|all|some|many|several|both|each|half)\s+of\s+(?P<them>them)\s+(?:\w+\s+){0,3}$", text[clause:cue_start], re.I) or \
        re.search(r"(?:,\s*|\b)(?:and|but)\s+(they|he|she|it)\s+(?:(?:has|have|had|also|then|\w+ly)\s+){0,2}$", text[clause:cue_start], re.I)
    if not pron:
        return []
    word = "they" if pron.groupdict().get("them") else pron.group(1).lower()
    if sent_start is not None and (_OTHER_SUBJECT if word == "they" else _OTHER_IT).search(text, sent_start, clause):
        return []  # "... that districts lost students because they failed to": a nearer subject in this sentence
    return resolve_pronoun(word, clause, [], previous, kinds, speaker, text, clause if sent_start is None else sent_start, genders,
                           groups=True)


def _plural_subject(text: str, s: int, e: int) -> str | None:
    """An unnamed plural subject opening [s, e): "Council members who voted for the sale", "Corporate landlords"."""
    np = _LEADING_RELATIVE_NP.match(text, s, e) or _BARE_AGENT_NP.match(text, s, e) or _AGENT_NP_START.match(text, s, e)
    return np.group("np") if np and np.group("np").split()[-1].lower() not in NOT_AGENT else None


def _speaker_lookup(speech: SpeechMap, resolve: Callable[[str], str | None] | None) -> Callable[[int], str | None]:
    """pos -> the actor id of whoever speaks there; "" inside a quote whose speaker is no actor; None outside quotes."""
    def speaker_of(pos: int) -> str | None:
        q = speech.quote_at(pos, pos + 1)
        return None if q is None else (resolve(q.speaker) if q.speaker and resolve else None) or ""
    return speaker_of


def _sentence_hits(text: str, s: int, e: int, mentions: list[ActorMention], speech: SpeechMap,
                   previous: list[ActorMention] | None = None, kinds: dict[str, str] | None = None,
                   index_resolve=None, prev_span: tuple[int, int] | None = None, genders: dict[str, str] | None = None) -> list[_Hit]:
    sent = text[s:e]
    hits: list[_Hit] = []

    speaker_of = _speaker_lookup(speech, index_resolve)

    for m in EVERYONE.finditer(sent):
        hits.append(_Hit(None, re.search(r"everyone involved|everyone|everybody|all sides|all parties|both sides|all of them|around",
                                          m.group(), re.I).group().replace("around", "everyone"), m.group(), at=s + m.start()))
        q = speech.quote_at(s + m.start(), s + m.start() + 1)
        who = speaker_of(s + m.start())
        # everyone named in the sentence, but not the speaker nor anyone outside the quote that says it
        hits += [_Hit(x, x.surface, m.group(), at=s + m.start()) for x in mentions if _eligible(text, x)
                 and (who is None or x.actor != who) and (q is None or q.start <= x.start < q.end)]
    for m in OBJECT.finditer(sent):
        cs, ce = s + m.start(), s + m.end()
        if _NEGATION.search(text[max(s, cs - 15):cs]) or text[cs - 1:cs] == "-":
            continue
        if _PASSIVE_BEFORE.search(text[max(s, cs - 12):cs]) and not m.group().split()[0].lower().endswith("ing"):
            # "The company was accused of ... by regulators": the subject is blamed, the agent speaks
            clause, _ = _clause_start(text, s, cs)
            subj = _subjects(text, mentions, clause, cs)
            if not subj and previous:
                subj = _antecedent(text, clause, cs, previous, kinds or {}, speaker_of(cs), s, genders)
            by = re.search(r"\bby\s+", text[ce:e])
            agents = _objects(text, mentions, ce + by.end(), e) if by and by.start() < 60 else []
            accuser = short_name(agents[0].surface) if agents else None
            hits += [_Hit(x, x.surface, m.group(), accuser, cs) for x in subj]
            continue
        if re.match(r"\s+by\b", text[ce:ce + 4]):
            continue  # "a plan criticized by the UN": the critic is not blamed
        if _LABEL.match(m.group()) and not _harsh_quote(text, ce, e):
            continue  # 'called Whitlock's rule "a fantasy"' charges Whitlock; 'called it "a fine start"' does not
        if _hypocrite_complaint(text, s, cs):
            continue  # "voted for every cut and now blames Washington": the author charges the one who blames
        accuser = _accuser(text, s, cs)
        objects = _objects(text, mentions, ce, e)
        body = _CONTROLLED_BODY.match(text, objects[0].end, e) if objects and _CONTROLLER.search(objects[0].surface) else None
        if body:  # "faulting the Republican-controlled county commission": the commission, not the party
            start = objects[0].start - 4 if text[max(s, objects[0].start - 4):objects[0].start].lower() == "the " else objects[0].start
            hits.append(_Hit(None, text[start:body.end()], m.group(), accuser, cs))
            continue
        if not objects:
            run = _RUN_BY.match(text, ce, e)
            if run:  # "attributed the failure to a network switch managed by the city's IT department"
                objects = _objects(text, mentions, run.end(), e)
        hits += [_Hit(x, x.surface, m.group(), accuser, cs) for x in objects]
        if not objects:
            np = _OBJECT_NP.match(text, ce, e)
            if np:  # "Shame on every senator who voted no": people named by what they are
                hits.append(_Hit(None, np.group("np"), m.group(), accuser, cs))
            pron = _OBJECT_PRONOUN.match(text, ce, e)
            if pron and not np:  # "He accused them of hiding behind a fee": whom this sentence or the one before named
                who = index_resolve(accuser) if accuser and index_resolve else None
                own = [x for x in mentions if x.actor != who and x.end <= cs and not _accuser_mention(text, x, cs)]
                found = resolve_pronoun(pron.group(1), pron.start(1), own, previous or [], kinds or {}, speaker_of(pron.start(1)), text, s, genders, groups=True)
                hits += [_Hit(x, x.surface, m.group(), accuser, cs) for x in found if x.actor != who]
    for m in AGENT.finditer(sent):
        ce = s + m.end()
        former = _FORMER.match(text, ce, e)
        if former and any(0 <= x.start - former.end() <= 3 for x in mentions):
            former = None  # "by her Republican predecessor, Gov. Tom Kessler": the name in apposition
        objects = [] if former else _objects(text, mentions, ce, e)  # "under his Democratic predecessor": not the party
        hits += [_Hit(x, x.surface, m.group(), at=s + m.start()) for x in objects]
        runs = [] if objects or former else name_runs(text[ce:e], ce)
        if runs and not text[ce:runs[0][0]].strip(" ,"):  # "the real culprit was Summit Crest": a name the index lacks
            hits.append(_Hit(None, text[runs[0][0]:runs[0][1]], m.group(), at=s + m.start()))
        elif former:  # "began under his Democratic predecessor"
            hits.append(_Hit(None, former.group("np"), m.group(), at=s + m.start()))
    previous_end = s
    for m in SUBJECT.finditer(sent):
        cs = s + m.start()
        clause, opener = _clause_start(text, s, cs)
        clause = max(clause, previous_end)
        previous_end = s + m.end()
        if opener in ("if", "unless", "whether"):
            continue  # a condition, not a charge
        if (_PASSIVE_BEFORE.search(text[max(s, cs - 12):cs]) and _DEED.match(m.group())) or re.search(r"\b(?:of|for|about|from)\s+$", text[max(s, cs - 6):cs]):
            continue  # "have been killed"; "accused X of breaking the truce": not the subject's deed
        if _NEGATION.search(text[max(s, cs - 15):cs]) and not re.match(r"did not|shown", m.group(), re.I):
            continue
        if _YOU.search(text[max(s, cs - 8):cs]):
            continue  # "you bear responsibility": handled through the addressee
        if PRAISE.search(text, max(s, cs - 20), cs) and re.search(r"\w+ly\s+$", text[max(s, cs - 20):cs]):
            continue  # "wisely walked away from the talks": praise, not a charge
        subj = _subjects(text, mentions, clause, cs)
        if not subj:
            # "The mayor has had every chance ..., and he has done nothing": this sentence's subject first
            own = [x for x in mentions if x.start < cs]
            if own and re.search(r"(?:,\s*|\b)(?:and|but)\s+(?:he|she|it|they)\s+(?:(?:has|have|had|also|then|\w+ly)\s+){0,2}$", text[clause:cs], re.I):
                subj = _antecedent(text, clause, cs, own, kinds or {}, speaker_of(cs), None, genders)
        if not subj and previous:
            subj = _antecedent(text, clause, cs, previous, kinds or {}, speaker_of(cs), s, genders)
        subj = [x for x in subj if not COUNTED.search(text, max(s, x.start - 30), x.start)]  # "six million Jews massacred"
        if subj:
            hits += [_Hit(x, x.surface, m.group(), at=cs) for x in subj]
            more = _AND_BODY.fullmatch(text, subj[-1].end, cs)
            if more:  # "the company and the center's management share the blame"
                hits.append(_Hit(None, more.group("np"), m.group(), at=cs))
        else:
            np = _AGENT_NP.search(text, max(clause, cs - 60), cs) or (_BARE_AGENT_NP.fullmatch(text, clause, cs) if clause == s or opener in _REPORTING_OPENERS else None) \
                or (_RELATIVE_NP.search(text, max(s, cs - 80), cs) if opener in ("that", "which", "who") else None)
            if np and np.group("np").split()[-1].lower() in NOT_AGENT:
                np = None  # "those who gave the orders should answer": orders are not agents
            if np:
                owner = _owner(np, mentions, previous or [], kinds or {})
                if owner is not None:  # "his office refuses to": the person the pronoun points at
                    hits.append(_Hit(owner, owner.surface, m.group(), at=cs))
                else:
                    seat = _SEATED_IN.search(text, max(s, np.start("np") - 50), np.start("np"))
                    start = seat.start("who") if seat else np.start("np")  # "Democrats in the Legislature": the members
                    hits.append(_Hit(None, text[start:np.end("np")], m.group(), at=cs))  # "the bill's authors were responsible"
            elif _LEADING_RELATIVE_NP.match(text, s, cs) and not _FINITE_MAIN.search(text, _LEADING_RELATIVE_NP.match(text, s, cs).end(), cs):
                # "Landlords who leave units empty while families sleep outside deserve a share of the blame"
                hits.append(_Hit(None, _LEADING_RELATIVE_NP.match(text, s, cs).group("np"), m.group(), at=cs))
            elif prev_span and re.match(r"\W*they\s+(?:\w+\s+){0,2}$", text[clause:cs], re.I):
                # "Corporate landlords have bought ... They are to blame": the previous sentence's subject
                np = _BARE_AGENT_NP.match(text, prev_span[0], prev_span[1]) or _AGENT_NP_START.match(text, prev_span[0], prev_span[1]) \
                    or _PLURAL_NP.search(text, prev_span[0], prev_span[1])  # "... said the companies had raised prices. "They ...""
                if np:
                    hits.append(_Hit(None, np.group("np"), m.group(), at=cs))
    for x in mentions:
        mm = MODIFIER.match(text[x.end:min(e, x.end + 40)]) or POSSESSIVE.match(text[x.end:min(e, x.end + 40)])
        if mm and not _preceding_word(text, x.start) in _EXCLUDED_BEFORE:
            hits.append(_Hit(x, x.surface, re.sub(r"^[’']s\s+", "", mm.group().strip()), at=x.end))
    for dm in PRONOUN_DOOR.finditer(sent):
        ds = s + dm.start()
        plural = re.search(r"\b(?:their|them)\b", dm.group(), re.I) is not None
        wanted = ("organization", "government", "group", "country", "collective") if plural or re.search(r"\bits\b", dm.group(), re.I) else ("person",)
        own = [x for x in mentions if x.end <= ds and (kinds or {}).get(x.actor) in wanted]
        earlier = [x for x in (previous or []) if (kinds or {}).get(x.actor) in wanted]
        who = own[-1] if own else (earlier[0] if earlier else None)
        if who is not None:  # "Glenn Harper is the architect ..., and the blame lies at his door"
            hits.append(_Hit(who, who.surface, dm.group(), at=ds))
    for mm in MUTUAL.finditer(sent):
        cs = s + mm.start()
        clause, _ = _clause_start(text, s, cs)
        # "that board members and the teachers union blamed on each other": each blames the others
        hits += [_Hit(x, x.surface, mm.group(), at=cs) for x in mentions if clause <= x.start and x.end <= cs and _eligible(text, x)]
    for pm in _PRONOUN_FAULT.finditer(sent):
        ps = s + pm.start()
        if pm.group("p").lower() in ("its", "their"):  # "The council can undo its own mistake": the body
            if not pm.group("cue").lower().startswith("own "):
                continue  # "their occupation": whose, the sentence seldom says; "its own mistake" it does
            word = "its" if pm.group("p").lower() == "its" else "they"
            bodies = [x for x in mentions if x.end <= ps and (kinds or {}).get(x.actor, "person") != "person"] if word == "its" else []
            found = bodies[-1:] or resolve_pronoun(word, ps, mentions if word == "they" else [], previous or [], kinds or {}, None,
                                                   text, s, genders)  # "their crimes" after "the perpetrators": no one named
            hits += [_Hit(x, x.surface, pm.group("cue").lower(), at=ps) for x in found]  # the body named nearest before
            continue
        g = "m" if pm.group("p").lower() == "his" else "f"
        persons = [x for x in mentions if x.end <= ps and (kinds or {}).get(x.actor) == "person" and (genders or {}).get(x.actor, g) == g]
        earlier = [x for x in (previous or []) if (kinds or {}).get(x.actor) == "person" and (genders or {}).get(x.actor, g) == g]
        who = persons[-1] if persons else (earlier[0] if earlier else None)
        if who is not None:  # "Councilman Ray Torres has opposed ..., and his obstruction has cost ..."
            hits.append(_Hit(who, who.surface, pm.group("cue").lower(), at=ps))
    # A question aimed at someone: "How could the Water Board let this happen?"
    rq = RHETORICAL.match(sent)
    if rq and sent.rstrip(" ”\"’'").endswith("?"):
        qs = s + rq.end()
        # "Where was Pomeroy's concern for fairness when ...?": the possessor is the one asked
        after = [x for x in mentions if x.start >= qs and x.start - qs <= 40 and (_eligible(text, x) or x.start - qs <= 5)]
        if after and COORD.fullmatch(text[qs:after[0].start]) is not None:
            hits += [_Hit(x, x.surface, "rhetorical question: " + rq.group().strip().lower(), at=s)
                     for x in chain(text, after, after[0])]
        pron = re.match(r"\s*(he|she|they|it)\b", text[qs:e], re.I) if not after else None
        if pron:  # "Where were they in May?": whom the sentences before named
            hits += [_Hit(x, x.surface, "rhetorical question: " + rq.group().strip().lower(), at=s)
                     for x in resolve_pronoun(pron.group(1), qs, [], previous or [], kinds or {}, speaker_of(qs), text, s, genders,
                                              groups=True)]
    lc = _LEAST_COULD.search(sent)
    if lc:  # "The least the city could do was answer the phone": it did not
        named = [_Hit(x, x.surface, "the least ... could do", at=s + lc.start()) for x in mentions
                 if s + lc.start("who") <= x.start and x.end <= s + lc.end("who")]
        who = lc.group("who")
        if not named and re.fullmatch(r"(?:the|this|that|our|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*", who, re.I) \
                and who.split()[-1].lower() not in ("we", "you", "i"):
            named = [_Hit(None, who, "the least ... could do", at=s + lc.start())]  # "the least the city could do"
        hits += named
    ww = _WHERE_WHEN.match(sent)
    if ww and sent.rstrip(" ”\"’'").endswith("?"):
        ws = s + ww.end()
        after = [x for x in mentions if x.start >= ws and x.start - ws <= 12 and _eligible(text, x)]
        if after:  # "Where was all that caution when Brandt and his caucus voted down the bond?"
            hits += [_Hit(x, x.surface, "rhetorical question: where was ... when", at=s) for x in chain(text, after, after[0])]
    rb = RHETORICAL_BEFORE.match(sent)
    if rb and sent.rstrip(" ”\"’'").endswith("?"):
        qs = s + rb.end()
        after = [x for x in mentions if x.start >= qs and x.start - qs <= 12 and _eligible(text, x)]
        hits += [_Hit(x, x.surface, "rhetorical question: " + rb.group().split()[0].lower() + " many more ... before", at=s)
                 for x in after[:1]]
    # Said to someone's face: "You bear responsibility," X said to Y / "Are you incapable of shame?"
    q = speech.quote_at(s, e)
    quotes = [q] if q else [qq for qq in speech.quotes if s <= qq.start < e]
    for quote in quotes:
        qtext = text[quote.start:quote.end]
        neg = YOU_NEGATIVE.search(qtext)
        if _YOU.search(qtext) and (neg or "?" in qtext):
            addressee = quote.addressee
            if addressee is None:
                i = bisect_right(speech._starts, quote.start) - 1
                nearby = speech.quotes[max(0, i - 8):max(0, i)]
                earlier = [p for p in nearby if p.end <= quote.start and p.speaker == quote.speaker and p.addressee]
                if earlier and quote.start - earlier[-1].end < 1500 and neg:
                    addressee = earlier[-1].addressee
            if addressee:
                cue = neg.group() if neg else "rhetorical question"
                targets = [x for x in mentions if addressee[0] <= x.start and x.end <= addressee[1]]
                if not targets and not (s <= addressee[0] < e):
                    continue
                hits += [_Hit(x, x.surface, cue, at=quote.start + 1) for x in targets]
    return hits


_DISMISSIVE = frozenset(_CUES["dismissive_labels"])
_LABEL = re.compile(r"(?:called|calls|calling|labell?ed|branded|dubbed)$", re.I)
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]{2,160})[”\"]")


def _harsh_quote(text: str, pos: int, e: int) -> bool:
    """True when the first quotation after `pos` holds a word of strong negative valence ("a fantasy", "blackmail")."""
    q = _QUOTED.search(text, pos, e)
    return q is not None and any(valence(w) <= -1.0 or w.lower() in WRONG_NOUNS or w.lower() in _DISMISSIVE
                                 for w in re.findall(r"[A-Za-z-]+", q.group("q")))


def _accuser_mention(text: str, m: ActorMention, cue_start: int) -> bool:
    """True when `m` is the subject of the accusing verb at `cue_start` ("X, an Eastgate Democrat, accused them")."""
    return re.fullmatch(r"(?:,[^,;]{1,60},)?\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?", text[m.end:cue_start]) is not None


_FORMER = re.compile(r"\s+(?P<np>(?:his|her|their|its|the)\s+(?:(?:former|previous|\w+)\s+)?(?:predecessors?|administration))\b")
# "Democrats in | the Legislature", "the Republican majority in | the Legislature": the members, named by the body they sit in
_SEATED = (r"(?P<who>(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:majority|minority|caucus|leadership|members|lawmakers|leaders)|"
           r"(?:Republicans|Democrats|Independents|[A-Z][a-z]+ists))\s+(?:in|of)\s+")
_SEATED_IN = re.compile(_SEATED + "$")  # before the body's noun phrase
_SEATED_TARGET = re.compile(_SEATED + r"\S")  # a target that begins with them
_CONTROLLER = re.compile(r"-(?:controlled|led|run|dominated|backed|appointed)$")
_CONTROLLED_BODY = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:commission|council|board|legislature|house|senate|assembly|committee|"
                              r"government|administration|majority|caucus|agency|city council|school board)\b")
_OBJECT_PRONOUN = re.compile(r"\s+(him|her|them)\s+(?:of|for|over)\b", re.I)
_AND_NOW = re.compile(r"\b(?:and|but|yet)\s+(?:now|then|later|still)\s*,?\s+(?:(?:he|she|they|it|we)\s+)?(?:\w+ly\s+)?"
                      r"(?:wants?\s+to\s+|wanted\s+to\s+)?$", re.I)


def _hypocrite_complaint(text: str, s: int, cs: int) -> bool:
    """True for the complaint of a hypocrisy: an act of cutting or voting, then "and now blames Y"."""
    m = _AND_NOW.search(text, max(s, cs - 40), cs)
    if not m:
        return False
    words = re.findall(r"[a-z]+", text[s:m.start()].lower())
    return any(w in CONTRARY or f"{w} {n}" in CONTRARY for w, n in zip(words, words[1:] + [""]))


_PEOPLE_AFTER = re.compile(r"\s+(?:members|officials|leaders|lawmakers|trustees|commissioners)\b")


def _as_written(text: str, m: ActorMention) -> str:
    """The mention with the article and the possession the text gives it: "the White House", "Sarvek's bankers"."""
    start, end = m.start, m.end
    the = re.search(r"(?<![\w’'-])(?:the|The)\s+$", text[max(0, start - 4):start])
    if the and not m.surface.lower().startswith("the ") and " " in m.surface.strip():  # never "the Ostrian (blockade)"
        start -= len(the.group())
    office = OFFICE.match(text, end)
    if office:
        end = office.end()
    people = _PEOPLE_AFTER.match(text, end)
    if people and not office:
        end = people.end()  # "Council members who voted for it": the members, named as the article names them
    return text[start:end]


def find_blame(documents: list[Document], actors: list[Actor], index: ActorIndex | None = None) -> list[Blame]:
    """Which actors each article holds responsible, sentence by sentence, with cue and voice."""
    index = index or build_actor_index(documents)
    out: list[Blame] = []
    kinds = {a.id: a.kind for a in index.actors}
    for doc in documents:
        text = doc.text
        speech = analyse_speech(doc)
        genders = person_genders(text, index.mentions.get(doc.id, []), kinds)
        previous: list[ActorMention] = []
        earlier: list[ActorMention] = []
        older: list[ActorMention] = []
        prev_span: tuple[int, int] | None = None

        speaker_of = _speaker_lookup(speech, index.resolve)

        for s, e in sentence_spans(doc):
            sent = text[s:e]
            current = index.in_span(doc.id, s, e)
            # candidates for a pronoun: the previous sentence, then the one before it
            # persons named up to four sentences back come last: "He sold out ..." after a sentence about someone else
            before = previous + earlier + [m for m in reversed(older) if kinds.get(m.actor) == "person"]
            older = (earlier + older)[:12]
            prev_mentions = previous
            previous, earlier = current, previous
            span_before, prev_span = prev_span, (s, e)
            mentions = current
            hits: list[_Hit] = []
            if any(p.search(sent) for p in (SUBJECT, AGENT, OBJECT, EVERYONE, MODIFIER_ANY, _YOU, POSSESSIVE_ANY, RHETORICAL,
                                            RHETORICAL_BEFORE, _PRONOUN_FAULT, MUTUAL, PRONOUN_DOOR, _LEAST_COULD)):
                hits = _sentence_hits(text, s, e, mentions, speech, before, kinds, index.resolve, span_before, genders)
            # the general rule after the cue phrases: whoever is the agent of harm, wrongdoing or failure
            for h in agency_hits(text, s, e, mentions, before, kinds, speaker_of, genders, span_before):
                named = index.actor(h.mention.actor) if h.mention else None
                # "a regime that has killed ...": an indefinite description is shown by the actor's name
                target = named.name if named and re.match(r"(?:a|an)\s", h.target) else h.target
                hits.append(_Hit(h.mention, target, h.cue, at=h.at))
            for h in rhetoric_hits(text, s, e, mentions, before, span_before, prev_mentions, kinds, speaker_of, genders, _plural_subject):
                hits.append(_Hit(h.mention, h.target, h.cue, at=h.at))
            seen: set[str] = set()
            for hit in hits:
                seated = None if hit.mention else _SEATED_TARGET.match(hit.target)
                # "Democrats in the Legislature": the members' actor (none when the index lacks them), never the body
                actor_id = hit.mention.actor if hit.mention else index.resolve(seated.group("who")) if seated else index.resolve(hit.target)
                key = actor_id or hit.target.lower()
                if key in seen:
                    continue
                seen.add(key)
                pos = hit.at if hit.at >= 0 else (hit.mention.start if hit.mention else s)
                accuser = _named(hit.source, index, kinds, doc.id, s) if hit.source else None
                source = index.canonical_source(speech.voice_at(s, e, pos, accuser))
                target = hit.target
                if hit.mention and owned_form(hit.mention.surface) and index.actor(actor_id):
                    target = index.actor(actor_id).name  # "his administration": the person it belongs to
                elif hit.mention and target.startswith(hit.mention.surface):
                    target = _as_written(text, hit.mention)
                out.append(Blame(id=f"b{len(out) + 1}", doc=doc.id, target=target, actor=actor_id, source=source,
                                 cue=hit.cue.strip(), start=s, end=e, text=sent))
    return out
