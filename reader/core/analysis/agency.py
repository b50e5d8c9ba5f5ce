"""Negative agency: an actor that is the agent of something bad (harm, wrongdoing, deceit, failure) is blamed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from reader.core.analysis.actors import ActorMention
from reader.core.analysis.valence import valence
from reader.core.analysis.cues import load_cues
from reader.core.analysis.subjects import (BEFORE_EXCLUDED, COUNTED, IRREGULAR_PAST, IRREGULAR_VERBS, PAST_FORMS, can_be_subject,
                                           resolve_pronoun, subject_end)

_CUES = load_cues("agency")


def _forms(words: list[str]) -> frozenset[str]:
    """Each word with its regular inflections: 'ignore' -> ignores, ignored, ignoring."""
    out: set[str] = set()
    for w in words:
        w = w.lower()
        out.add(w)
        if " " in w:
            verb, rest = w.split(" ", 1)
            out |= {f"{f} {rest}" for f in _forms([verb])}
            continue
        if w.endswith("e"):
            out |= {w + "s", w + "d", w[:-1] + "ing"}
        elif w.endswith("y") and len(w) > 3 and w[-2] not in "aeiou":
            out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
        else:
            out |= {w + "s", w + "es", w + "ed", w + "ing"}
            if len(w) >= 3 and w[-1] in "bdglmnprt" and w[-2] in "aeiou" and w[-3] not in "aeiou":
                out |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # "rigged", "stopped", "scrapped"
    return frozenset(out)


HARM = _forms(_CUES["harm_verbs"])
# present-tense forms that equal the base ("they waste"), and read as nouns after a singular name ("Greek waste management")
_BASE = frozenset(w.lower() for key in ("harm_verbs", "light_verbs", "duty_verbs") for w in _CUES[key]
                  if " " not in w and not w.endswith("ed")) - PAST_FORMS
NOT_BLAME = _forms(_CUES["not_blame_verbs"])
DUTY = _forms(_CUES["duty_verbs"])
LIGHT = _forms(_CUES["light_verbs"])
SUPPLY = _forms(_CUES["supply_verbs"])
DEFECT = frozenset(w.lower() for w in _CUES["defect_adjectives"])
WRONG_NOUNS = frozenset(w.lower() for w in _CUES["wrong_nouns"])
EVALUATIVE = frozenset(w.lower() for w in _CUES["evaluative_adjectives"])
STATE = frozenset(w.lower() for w in _CUES["state_words"])
NOT_AGENT = frozenset(w.lower() for w in _CUES["not_agent_heads"])
CONTRARY = _forms(_CUES["contrary_acts"])
ACT_NOUNS = frozenset(w.lower() for w in _CUES["act_nouns"])
HOSTILE = frozenset(w.lower() for w in _CUES["hostile_nouns"])
TO_CARRIERS = _forms(_CUES["to_carriers"])
OUTCOMES = frozenset(w.lower() for w in _CUES["bad_outcomes"])
# acts that charge without a later complaint ("chose to close", "it was X that froze"), not neutral ones (sign, approve, vote)
CHOSEN = CONTRARY - _forms(["sign", "approve", "vote for", "voted for", "sell", "sold", "fight", "fought", "oppose", "raise", "applaud", "cheer",
                             "cheer on", "champion", "push for", "pushed for", "back", "support", "demand", "demanded", "vote against", "voted against"])
# what an act cuts that is no charge to cut: "X's budget cuts taxes"
CUTS = _forms(_CUES["cut_verbs"])
# the object of a supply verb described by a harm it does: "approved a ballot that disenfranchised ..."
_HARMFUL_RELATIVE = re.compile(r"\s+(?:an?|the|this|that|these|those)\s+(?:[\w$,.%-]+\s+){0,4}?(?:that|which)\s+(?:\w+ly\s+)?(?P<h>[a-z]+)\b")
# "cut 140 jobs to close a deficit": a cut the sentence justifies is reported, not charged
_JUSTIFIED = re.compile(r"[^.;:]{0,40}?\bto\s+(?:close|balance|cover|fill|plug|offset|avoid|save|meet|stay|keep)\b", re.I)
_GOODS = re.compile(r"\s+(?:(?!(?:to|for|from|by|in|at|on|after|before|while|and|but)\b)[\w$,.%’'-]+\s+){0,4}?(?P<g>"
                    + "|".join(sorted(map(re.escape, _CUES["public_goods"]), key=len, reverse=True)) + r")\b", re.I)
_FREE_TO_CUT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:taxes|tax|costs?|emissions|prices|rates|red tape|waste|fees|deficits?|debt|crime|spending|regulations|bureaucracy)\b", re.I)
KNOWING = re.compile(r"\b(?<!no )(?:" + "|".join(_CUES["knowing_patterns"]) + r")\b", re.I)
# "... and now blames Washington", "..., then complained that": a complaint about what the subject did itself
HYPOCRISY = re.compile(r"\s*,?\s*(?:(?:and|but|yet|then)\s+|(?=now\s))(?:(?:now|then|later|today|still|yet)\s*,?\s+)?(?:(?:he|she|they|it|we)\s+)?"
                       r"(?:\w+ly\s+)?(?P<c>" + "|".join(sorted(_CUES["hypocrisy_verbs"], key=len, reverse=True)) + r")\b", re.I)
_HYPOCRISY_TIME = re.compile(r"\b(?:now|then|later|today|yet|still)\b", re.I)

_BE = frozenset({"is", "are", "was", "were", "been", "be", "being", "am", "get", "got", "gets", "getting", "become", "became"})
_MODAL = frozenset({"could", "would", "might", "may", "should", "can", "must", "shall", "ought"})
_AUX_WORDS = (r"has|have|had|having|is|are|was|were|been|be|being|will|would|could|should|might|may|can|must|did|does|do|"
              r"also|then|still|just|never|not|already|repeatedly|once|again|even|all|both|simply|only|long|since|now|so|"
              r"get|got|gets|no longer")
_VG = re.compile(
    r"(?P<gap>\s*,[^,;:“”\"]{1,60},(?=\s)|\s+(?!(?:and|or|but|who|which|that|has|have|had|is|are|was|were|did|does|do|will|in|on|at|of|to|for|by|with|from|this|its|his|as)\b)[a-z][\w-]*[^su\W]s(?=\s)|\s+(?:majority|leadership|management|itself|themselves|himself|herself)(?:\s*,[^,;:“”\"]{1,60},)?(?=\s))?"
    r"(?P<rel>\s*,?\s*(?:who|which|that)\b)?"
    r"(?P<comma>,(?=\s+(?:has|have|had|is|are|was|were|did|will|also|then|never|\w+ly)\b))?"
    r"(?P<aux>(?:\s+[“\"]?(?:" + _AUX_WORDS + r"|[a-z]+ly|[a-z]+n['’]t))*)"
    r"\s+[“\"]?(?P<v>[A-Za-z][\w’'-]*)(?:\s+(?P<v2>[a-z][\w-]*))?")
_STOP = re.compile(r"[,;:—–()\"“”]|\b(?:than|that|because|while|when|who|which|whose|but|although|though|after|before|since|until|unless|if|as|from|against|for|about|over|of|with|to|on|in|at|by)\b", re.I)
_NEG = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_INSTITUTIONS = (r"government|administration|council|agency|authority|board|department|office|company|industry|union|committee|"
                 r"legislature|state|county|city|leadership|management|group|lender|bank|firm|regime|ministry|police|military|"
                 r"army|majority|district|utility|corporation|developer|landlord|contractor|vendor|insurer|hospital|university|"
                 r"school|commission|court|party|campaign|caucus|coalition|mayor|governor|president|senator|council|minister|"
                 r"chief|director|superintendent|commissioner|sheriff|owner|manager|executive|chairman|chairwoman|chair")
_ONE_NOUN_GAP = re.compile(r"\s+[a-z][\w-]*\s+")
_POSSESSIVE_GAP = re.compile(r"[’']s\s+")
_NP = re.compile(r"(?<![\w’'-])(?P<np>(?:(?P<det>[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                 r"(?:[a-z][\w-]*[’']s\s+)?(?:[a-z][\w-]*\s+){0,2}(?:(?:board|council|court)\s+of\s+(?:trustees|directors|regents|governors|"
                 r"education|supervisors|commissioners|aldermen)|" + _INSTITUTIONS + r"|[a-z]{3,}(?:ers|ors|ists|ians|ants|lords)|officials|leaders|lawmakers|"
                 r"legislators|executives|managers|owners|companies|corporations|firms|agencies|groups|forces|troops|militias|"
                 r"police|staff|regulators)|[A-Z]?[a-z]{3,}(?:ers|ors|ists|lords)|[Oo]fficials|[Aa]dministrators|[Ll]awmakers|"
                 r"[Rr]egulators|[Ll]andlords|[Mm]ilitias|[Tt]roops))(?![\w’'-])")
# a sentence opening with a bare plural noun phrase followed by a relative clause or a verb: "Private academies that ..."
_LEAD_COLLECTIVE = re.compile(r"[\W]*(?P<np>(?:[Tt]he\s+)?(?:Management|Leadership|Ownership|Administration|City Hall|Headquarters|Corporate))(?=\s+[a-z])")
_LEAD_PLURAL = re.compile(r"\W*(?!(?:Its|Their|His|Her|Our|My|Your|The|These|Those|Some|Many|Most|All|Both|Such|Other|Few|Several)\b)(?P<np>(?:[A-Z][a-z]+\s+[a-z]+(?:ies|[^s\W]s)|[A-Z][a-z]+(?:ies|[^s\W]s)))(?=\s+(?:that|who|have|has|had|are|were)\b)")
# "a school board that ...", "the central office that ...": a body described by what it did
_MODIFYING_HEADS = frozenset({"state", "city", "county", "district", "party", "campaign", "school", "industry", "company"})
_NOUN_AFTER = re.compile(r"\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|also|never|not|"
                         r"then|still|just|already|again|and|or|but|nor|who|whom|whose|which|that|to|in|on|at|for|of|by|with|from|over|"
                         r"said|says|alone|itself|themselves|too|now|as|if|when|while|because|since|after|before|until)\b)"
                         r"[a-z]+(?<!ed)(?<!ing)(?<!ly)(?<!s)\b(?!['’])")
_BODY_RELATIVE = re.compile(r"(?<![\w’'-])(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?(?:board|council|office|agency|department|"
                            r"commission|committee|administration|company|union|legislature|government|district|authority|"
                            r"utility|firm|corporation|regulator|watchdog))(?=\s+(?:that|which|who)\s)")
# "the chains that ...", "those landlords who ...": people or bodies described by what they did
_PLURAL_RELATIVE = re.compile(r"(?<![\w’'-])(?P<np>(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[a-z][\w-]*\s+)?[a-z]+(?:ies|[^s\W]s))(?=\s+(?:that|who)\b)")
# a subject pronoun, with a contracted 'have' of its own ("they've known")
_PRONOUN = re.compile(r"(?<![\w’'-])(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?:[’']ve\b)?(?![\w’'-])")
# the pronoun whose referent owns what a possessive names ("its" keeps its own sense: bodies named in the plural too)
_OWNER_WORD = {"his": "he", "her": "she", "its": "its", "their": "they"}
_NEED = re.compile(r"(?:\s+\S+){0,4}?\s+(?:warnings?|complaints?|pleas?|alarms?|emergenc\w+|crisis|outbreak|calls for help|distress)\b", re.I)
_NO_COMMENT = re.compile(r"(?:\s+\S+){0,6}?\s+(?:comment|comments|requests?|calls?|messages?|e-?mails?|inquir\w+|questions?)\b", re.I)
_ING_CARRIERS = frozenset({"spent", "spend", "spends", "kept", "keep", "keeps", "continued", "continues", "continue", "started", "starts",
                           "began", "begun", "resumed", "went", "took", "spending", "keeping"})
_BY = re.compile(r"(?P<pre>(?:[A-Za-z][\w’'-]*\s+){1,3})by\s+", re.I)


@dataclass
class AgencyHit:
    """An actor (mention, or a noun phrase when the index has none) blamed as the agent of `cue` at `at`."""

    mention: ActorMention | None
    target: str
    cue: str
    at: int


def _negative(word: str) -> bool:
    """A word of harm or wrongdoing: from the hand lists or the valence lexicon, not a word of feeling or misfortune."""
    w = word.lower()
    if w in STATE or w in NOT_BLAME:
        return False
    return w in HARM or w in WRONG_NOUNS or w in EVALUATIVE or valence(w) <= -1.0


def _participle(word: str) -> bool:
    w = word.lower()
    return w.endswith(("ed", "en")) or w in {"stolen", "hid", "hidden", "shot", "beaten", "withheld", "misled", "held", "kept", "told",
                                             "made", "done", "brought", "hit", "hurt", "cut", "left", "lost", "caught", "sold", "paid"}


def _window(text: str, start: int, limit: int, n: int = 5) -> list[re.Match[str]]:
    """The words of the predicate after a verb, up to the next clause or phrase boundary."""
    stop = _STOP.search(text, start, limit)
    end = stop.start() if stop else limit
    return list(_WORD.finditer(text, start, end))[:n]


# "sat on the report" is a charge, "sat on the board" is not
_SAT_ON = re.compile(r"\s+(?:\w+\s+){0,3}?(?:report|reports|findings|data|warnings?|evidence|information|complaints?|results|study|memo|audit|"
                     r"bill|application|request|requests|money|funds|recommendations|documents|files|tips?|inspections|inspection reports|failed)\b"
                     r"|\s+(?:it|them|that|this)\s+for\s+(?:\w+\s+)?(?:days|weeks|months|years)\b", re.I)  # "sat on it for five months"


PRAISE = re.compile(r"\b(?:wisely|rightly|correctly|bravely|courageously|sensibly|prudently|admirably|smartly|shrewdly|commendably)\b", re.I)


def _aims_harm(text: str, vg: re.Match[str], limit: int) -> str | None:
    """The harm verb an actor sets out to do: "moved to weaken", "is threatening to derail"."""
    if vg.group("v").lower() not in TO_CARRIERS:
        return None
    aim = re.match(r"\s+to\s+(\w+)(?:\s+(\w+))?", text[vg.end("v"):limit])
    if aim and (aim.group(1).lower() in HARM or f"{aim.group(1)} {aim.group(2)}".lower() in HARM):
        return aim.group(1)
    return None


_FORECAST = frozenset({"likely", "unlikely", "expected", "poised", "bound", "set", "going", "projected", "forecast"})


def _predicate(text: str, vg: re.Match[str], limit: int, expletive: bool = False, plural: bool = True) -> str | None:
    """The cue when the verb group blames its subject, else None."""
    aux = vg.group("aux").lower().split()
    v = vg.group("v")
    vl = v.lower().replace("’", "'")
    if vl.endswith("n't"):
        return None
    aux = [a.replace("’", "'") for a in aux]
    aux = [{"can't": "can", "couldn't": "could", "shouldn't": "should", "mustn't": "must", "mightn't": "might", "won't": "will"}.get(a, a)
           for a in aux]
    if any(a in _MODAL for a in aux) and not ("would" in aux and _NEG.search(vg.group("aux"))):
        return None  # "could hurt", "should have acted": a possibility or a recommendation, not a charge
    if PRAISE.search(vg.group("aux")):
        return None  # "wisely walked away": praise, not a charge
    if ("will" in aux or re.search(r"['’]ll\b", vg.group("aux"))) and vl not in HARM:
        return None  # "the US will fail": a forecast, not a charge
    negated = bool(_NEG.search(vg.group("aux")))
    v2 = (vg.group("v2") or "").lower()
    phrase = f"{vl} {v2}"
    cue = (vg.group("aux").strip() + " " + v).strip()
    aim = None if negated else _aims_harm(text, vg, limit)
    if aim:
        return f"{cue} to {aim}"  # "moved to weaken the rule", "vowed to gut the agency"
    if vl in NOT_BLAME or phrase in NOT_BLAME or vl in STATE:
        return None
    if not aux and vl.endswith("ed") and v2 in ("for", "by", "over"):
        return None  # "Trump mocked for his remarks" (a headline's passive): the one it is done to
    if negated:
        if _NO_COMMENT.match(text, vg.end("v"), min(limit, vg.end("v") + 80)):
            return None  # "did not respond to a request for comment": routine, no charge
        if vl in ("respond", "responded", "respond", "reply", "replied") and _NEED.match(text, vg.end("v"), min(limit, vg.end("v") + 80)):
            return cue  # "never responded to the warnings"
        if vl in DUTY or phrase in DUTY or (vl in {"do", "did", "done"} and v2 in {"enough", "anything", "so"}):
            return cue
        return None  # "did not fail": no charge
    verbs = [a for a in aux if a in _BE or a in _MODAL or a in {"has", "have", "had", "having", "will", "did", "does", "do"}]
    be = bool(verbs) and verbs[-1] in _BE and not vl.endswith("ing")  # "were leaving": an active verb, not a state
    if be and expletive:
        return None  # "it is futile to ...": no one is charged
    words = _window(text, vg.end("v"), limit, 4)
    if be:
        if vl in EVALUATIVE:
            return cue
        if _participle(vl) and vl not in EVALUATIVE:
            return None  # "X was attacked": X is the one it was done to
        if vl in _FORECAST or any(a in _FORECAST for a in aux):
            return None  # "Earth is likely to reach more dangerous levels": a forecast, not a charge
        if vl == "among" and any(_participle(w.group().lower()) for w in words[:3]):
            return None  # "Luis was among those killed": a victim
        for w in [vg] + words[:3]:
            word = (w.group("v") if w is vg else w.group()).lower()
            if word in STATE:
                return None
            if word in EVALUATIVE or word in WRONG_NOUNS or (valence(word) <= -2.0 and word not in NOT_BLAME):
                return cue + (" " + word if w is not vg else "")
        return None
    if verbs and verbs[-1] in {"has", "have", "had"} and not (vl.endswith(("ed", "en", "wn", "ne")) or vl in IRREGULAR_PAST or vl in HARM
                                                         or vl in LIGHT or vl in DUTY or vl in NOT_BLAME):
        return None  # "X has no plan", "they have worse air": 'have' is the main verb
    if vl.endswith("ing") and not (verbs and verbs[-1] in _BE):
        return None  # "Democrats, clearly lacking ...": a participle phrase, no finite verb
    if phrase in HARM and not (vl in ("sat", "sit", "sits", "sitting") and not _SAT_ON.match(text, vg.end("v2"), limit)):
        return f"{cue} {v2}"
    if not aux and not plural and vl in _BASE:
        return None
    goods = _GOODS.match(text, vg.end("v2") if phrase in CUTS else vg.end("v"), limit) if vl in CUTS or phrase in CUTS else None
    if goods and not _JUSTIFIED.match(text, goods.end(), limit):
        return f"{cue} ... {goods.group('g')}"  # "cut 40 patrol positions", "trimmed municipal aid"
    if not aux and not (vl.endswith("ed") or vl in HARM or vl in LIGHT or vl in NOT_BLAME or vl in _ING_CARRIERS):
        return None  # not recognisably a finite verb
    if phrase in HARM and not (vl in ("sat", "sit", "sits", "sitting") and not _SAT_ON.match(text, vg.end("v2"), limit)):
        return f"{cue} {v2}"
    if vl in HARM or (_negative(vl) and vl not in WRONG_NOUNS and vl not in EVALUATIVE):
        return cue
    if (vl in DUTY or phrase in DUTY) and re.match(r"\s+(?:no|zero)\s+[a-z]", text[vg.end("v"):limit]):
        return f"{cue} no"  # "had issued no guidance", "has collected no fines": a duty done to no one
    if vl in LIGHT:
        for w in words:
            if w.group().lower() in WRONG_NOUNS or (w.group().lower() in EVALUATIVE) or w.group().lower() in OUTCOMES or \
                    (valence(w.group()) <= -1.5 and w.group().lower() not in STATE and w.group().lower() not in NOT_BLAME):
                return f"{cue} ... {w.group()}" if w.start() > vg.end("v") + 1 else f"{cue} {w.group()}"
        return None
    if vl in SUPPLY or phrase in SUPPLY:
        for w in words:  # "sold tainted eggs", "sent out misleading tweets"
            if w.group().lower() in DEFECT:
                return f"{cue} ... {w.group()}"
        harmful = _HARMFUL_RELATIVE.match(text, vg.end("v"), limit)
        if harmful and (harmful.group("h").lower() in HARM or harmful.group("h").lower() in CUTS and _GOODS.match(text, harmful.end("h"), limit)):
            return f"{cue} ... that {harmful.group('h')}"  # "approved a ballot that disenfranchised half the east side"
    if vl not in _ING_CARRIERS:
        return None
    for i, w in enumerate(words):  # "has spent the spring spreading falsehoods", "spent decades financing a network of misinformation"
        lw = w.group().lower()
        ahead = re.findall(r"[a-z][\w-]*", re.split(r"[,;:.!?]", text[w.end():w.end() + 70])[0].lower())[:8]
        if lw.endswith("ing") and (lw in HARM or (lw in LIGHT and any(x in WRONG_NOUNS for x in ahead))):
            return f"{cue} ... {lw}"
    return None


# "... two former employees said managers had ordered ...": the plural subject of the reported clause
_REPORTED_PLURAL = re.compile(r"\b(?:said|says|say|told\s+\w+|alleged|alleges|claimed|claims|argued|argues)\s+(?:that\s+)?"
                              r"(?P<np>(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+)?(?:[a-z]{3,}(?:ers|ors|ists|ians)|officials|executives|"
                              r"staff|leaders|lawmakers|regulators))\s+(?:had|have|were|are|\w+ed)\b")


def agency_hits(text: str, s: int, e: int, mentions: list[ActorMention], previous: list[ActorMention],
                kinds: dict[str, str], speaker_of: Callable[[int], str | None], genders: dict[str, str] | None = None,
                prev_span: tuple[int, int] | None = None) -> list[AgencyHit]:
    """Actors of sentence [s, e) that are the agents of a harmful, wrongful or failed action, in text order (`genders`:
    persons' pronouns; `prev_span`: the sentence before, for a 'they' that points at a plural noun phrase)."""
    hits: list[AgencyHit] = []
    subjects: list[tuple[int, int, ActorMention | None, str]] = []
    for m in mentions:
        if any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in mentions):
            continue  # "lawmakers" inside "Ridgefield Party lawmakers": the longer name speaks for both
        if can_be_subject(text, m.start, m.end, s) and not re.search(r"[’']\w{1,2}$", m.surface):  # not "I'm", "we've"
            end = subject_end(text, m.end)
            subjects.append((m.start, end, m, text[m.start:end]))
    taken = [(m.start, subject_end(text, m.end)) for m in mentions]  # "X's bankers" is X's, not a second subject
    for np in _NP.finditer(text, s, e):
        a, b = np.span("np")
        if any(x < b and a < y for x, y in taken):
            continue
        head = np.group("np").split()[-1].lower()
        after = _NOUN_AFTER.match(text, b, e)
        if head in NOT_AGENT or not can_be_subject(text, a, b, s) or (head in _MODIFYING_HEADS and after and after.group().strip() not in IRREGULAR_VERBS):
            continue  # "the state aid formula": the noun phrase modifies a thing
        if any(m.end <= a and not text[m.end:a].strip() for m in mentions):
            continue  # "Republican lawmakers": the named actor already stands for the phrase
        modifier = next((m for m in mentions if m.end <= a and (_ONE_NOUN_GAP.fullmatch(text, m.end, a) or _POSSESSIVE_GAP.fullmatch(text, m.end, a))), None)
        if modifier is not None and not np.group("det"):
            subjects[:] = [x for x in subjects if x[2] is not modifier]
            subjects.append((modifier.start, b, modifier, modifier.surface))  # "GOP budget writers stripped ...": the GOP
            continue
        det = (np.group("det") or "").lower()
        if det in ("his", "her", "its", "their"):
            owner = resolve_pronoun(_OWNER_WORD[det], a, mentions, previous, kinds,
                                     speaker_of(a), text, s, genders)
            if owner:  # "her office quietly scrapped ...": the person the pronoun points at
                subjects.append((a, b, owner[0], owner[0].surface))
            continue
        subjects.append((a, b, None, re.sub(r"^[Tt]his\s+", "the ", np.group("np"))))
    collective = _LEAD_COLLECTIVE.match(text, s, e)
    if collective and not any(x < collective.end("np") and collective.start("np") < y for x, y in taken):
        subjects.append((collective.start("np"), collective.end("np"), None, collective.group("np")))  # "Management knew ..."
    lead = _LEAD_PLURAL.match(text, s, e)
    if lead and not any(x < lead.end("np") and lead.start("np") < y for x, y in taken) and lead.group("np").split()[-1].lower() not in NOT_AGENT:
        subjects.append((lead.start("np"), lead.end("np"), None, lead.group("np")))  # "Private academies that take public money ..."
    for np in _BODY_RELATIVE.finditer(text, s, e):
        a, b = np.span("np")
        if not any(x < b and a < y for x, y in taken) and not any(a == x[0] for x in subjects) and can_be_subject(text, a, b, s):
            subjects.append((a, b, None, np.group("np")))  # "a school board that stopped asking where it went"
    for np in _PLURAL_RELATIVE.finditer(text, s, e):
        a, b = np.span("np")
        if not any(x < b and a < y for x, y in taken) and not any(a == x[0] for x in subjects) \
                and np.group("np").split()[-1].lower() not in NOT_AGENT and can_be_subject(text, a, b, s):
            subjects.append((a, b, None, np.group("np")))  # "The chains that bought these hospitals ..."
    for pm in _PRONOUN.finditer(text, s, e):
        if not can_be_subject(text, pm.start(), pm.end(), s) and pm.group("p").lower() != "it":
            continue
        if re.search(r"\b(?:to|of|for|with|by|that)\s*$", text[max(s, pm.start() - 6):pm.start()], re.I) and pm.group("p").lower() == "it":
            continue
        resolved = resolve_pronoun(pm.group("p"), pm.start(), mentions, previous, kinds, speaker_of(pm.start()), text, s, genders)
        for m in resolved:
            subjects.append((pm.start(), pm.end(), m, m.surface))
        if not resolved and pm.group("p").lower() == "they" and prev_span and re.match(r"\W*$", text[s:pm.start()]):
            rp = _REPORTED_PLURAL.search(text, prev_span[0], prev_span[1])
            if rp and rp.group("np").split()[-1].lower() not in NOT_AGENT and not any(rp.end("np") <= x.start for x in previous):
                subjects.append((pm.start(), pm.end(), None, rp.group("np")))  # "... said managers had ... 'They knew ...'"
    subjects.sort(key=lambda x: x[0])
    for start, end, mention, target in subjects:
        limit = _clause_end(text, end, e)
        vg = _VG.match(text, end, e)
        if vg is None or vg.start("v") >= limit + 1 and not vg.group("gap"):
            continue
        if _conditional(text, s, start) or COUNTED.search(text, max(s, start - 30), start):
            continue  # a condition; "six million Jews massacred during the war": the victims, counted
        if not vg.group("rel") and vg.group("v").lower() in NOT_BLAME or (vg.group("v2") and f'{vg.group("v").lower()} {vg.group("v2").lower()}' in NOT_BLAME):
            if _hypocrisy(text, vg, e) is None and _aims_harm(text, vg, e) is None:  # "fought every attempt ... and then complained": still a charge
                continue  # "X said ...": the speaker is not the agent of what the complement reports
        if mention is None and re.search(r"\bwill\b|['’]ll\b", vg.group("aux"), re.I):
            continue  # "the state will miss a payment": a prediction about a body the article does not name
        subject = re.sub(r"[’']ve$", "", text[start:end].lower())
        plural = subject == "they" or (subject.endswith("s") and not subject.endswith(("ss", "us", "is")))
        cue = _predicate(text, vg, e, expletive=subject == "it", plural=plural)
        if cue is None and vg.group("rel") and not vg.group("gap"):
            # "the groups that sued the district are exploiting ...": the main verb after a short relative clause
            main = _MAIN_AFTER_RELATIVE.match(text, vg.end("v"), min(limit, e))
            if main:
                vg2 = _VG.match(text, main.end() - 1, e)
                cue = _predicate(text, vg2, e) if vg2 else None
                vg = vg2 or vg
        if cue is None and _finite(vg):
            cue = _coordinated(text, vg.end("v"), limit if limit > vg.end("v") else e)
        if cue is None and not _NEG.search(vg.group("aux")) and not any(a in _MODAL for a in vg.group("aux").lower().split()):
            cue = _knowing(text, vg, min(limit, e))
        if cue is None and (_finite(vg) or vg.group("v").lower() in CONTRARY):
            cue = _hypocrisy(text, vg, e)
        if cue:
            hits.append(AgencyHit(mention, target, cue, vg.start("v")))
    hits += _by_agents(text, s, e, mentions)
    hits += _clefts(text, s, e, mentions)
    hits += _nobody_from(text, s, e, mentions)
    hits += _authored(text, s, e, mentions)
    hits += _culprit_descriptions(text, s, e, mentions, previous, kinds, speaker_of, genders)
    hits += _possessives(text, s, e, mentions)
    hits += _pronoun_acts(text, s, e, mentions, previous, kinds, speaker_of, genders)
    hits += _described(text, s, mentions)
    return hits


_REPORTING = re.compile(r"(?:say|said|says|tell|told|tells|argu\w+|add\w*|not\w+|claim\w*|alleg\w+|insist\w*|warn\w*|wr[io]te|writes|"
                        r"testif\w+|acknowledg\w+|report\w*|complain\w*|accus\w+|blam\w+|criticiz\w+|criticis\w+|charg\w+|suggest\w*|"
                        r"believ\w+|think|thinks|thought|fear\w*|worr\w+|ask\w*|question\w*|wonder\w*)")


def _knowing(text: str, vg: re.Match[str], limit: int) -> str | None:
    """Wrongdoing done knowingly, with no negative word: "sold eggs it had reason to know were contaminated", "knew the
    district was insolvent and did nothing", "signed the contracts despite warnings", "chose to close the centres"."""
    v = vg.group("v").lower()
    if _REPORTING.fullmatch(v) and not (v in ("wrote", "writes", "write") and vg.group("v2") in ("a", "an", "the", "this", "its", "their")):
        return None  # "X said the agency had reason to know": the one it reports is charged, not the speaker
    if v in ("chose", "choose", "chooses", "opted"):
        nxt = re.match(r"\s+to\s+(\w+)(?:\s+(\w+))?", text[vg.end("v"):limit])
        if nxt and (nxt.group(1).lower() in CHOSEN or f"{nxt.group(1)} {nxt.group(2)}".lower() in CHOSEN):
            return f"{vg.group('v')} to {nxt.group(1)}"
    intent = _INTENT_ADVERB.search(vg.group("aux"))
    if intent and not _NEG.search(vg.group("aux")):
        return f"{intent.group()} {vg.group('v')}"  # "the media deliberately ignores", "quietly dropped"
    # "Tolliver knows perfectly well": a gap word that is the verb itself ("knows") starts the search
    start = vg.start("gap") if vg.group("gap") and "," not in vg.group("gap") else vg.start("v")
    m = KNOWING.search(text, start, min(limit, start + 140))
    if m is None:
        return None
    between = text[start:m.start()]
    if m.group().strip().lower() == "anyway" and re.search(r"\b(?:going to|would have|might have|maybe|perhaps)\b", text[max(0, start - 40):m.start()], re.I):
        return None  # "maybe he was going to sell anyway": a guess about a choice, not defiance
    if re.match(r"\w+ing\b", m.group()):
        between = re.sub(r"\b(?:while|by|after|and)\s+$", "", between)  # "approved a stadium while deferring repairs"
    if re.search(r"[;:]|,\s*(?:and|but)\s+(?:the|a|an)\s|\b(?:said|says|that|because|whether|if|while|why|how|what|when|where)\b", between):
        return None  # another clause or another subject before the cue
    return m.group().strip()


def _hypocrisy(text: str, vg: re.Match[str], e: int) -> str | None:
    """A complaint about what the subject did itself: "voted for every cut and now blames Washington"."""
    v, v2 = vg.group("v").lower(), (vg.group("v2") or "").lower()
    if v not in CONTRARY and f"{v} {v2}" not in CONTRARY:
        return None
    window = text[vg.end("v"):min(e, vg.end("v") + 160)]
    for m in HYPOCRISY.finditer(window):
        if re.search(r"[;:]|\b(?:said|says|who|which|because|while|if)\b", window[:m.start()]):
            return None
        if _HYPOCRISY_TIME.search(m.group()) or m.group().lstrip(" ,").lower().startswith("then"):
            return f"{vg.group('v')} ... {m.group().strip(' ,')}"
    return None


_INTENT_ADVERB = re.compile(r"\b(?:deliberately|knowingly|willfully|wilfully|intentionally|quietly|secretly|conveniently|cynically|"
                            r"shamelessly|recklessly|callously|stealthily|purposely|purposefully)\b", re.I)
_CLEFT_BEFORE = re.compile(r"\b[Ii]t\s+(?:was|is|were|has\s+been)\s+(?:the\s+)?$")
_CLEFT_AFTER = re.compile(r"(?P<contrast>\s*,\s*not\s+[^,;]{1,60},)?\s+(?:that|who|which)\s+(?:(?:has|have|had|also|then|\w+ly)\s+)?(?P<v>[a-z][\w-]*)(?:\s+(?P<v2>[a-z]+))?")


def _clefts(text: str, s: int, e: int, mentions: list[ActorMention]) -> list[AgencyHit]:
    """The author points at someone: "It was the legislature, not the board, that froze teacher pay" (a contrast, or an
    act of cutting or harm)."""
    out: list[AgencyHit] = []
    for x in mentions:
        if not _CLEFT_BEFORE.search(text, max(s, x.start - 20), x.start):
            continue
        m = _CLEFT_AFTER.match(text, x.end, e)
        if not m:
            continue
        v, v2 = m.group("v").lower(), (m.group("v2") or "").lower()
        if v in NOT_BLAME or v in STATE:
            continue
        if m.group("contrast") or v in CHOSEN or f"{v} {v2}" in CHOSEN or _negative(v):
            out.append(AgencyHit(x, x.surface, "it was ... that " + m.group("v"), m.start("v")))
    return out


# "the chains that bought these hospitals | stripped them": the main verb (an auxiliary or a past form) after a short relative clause
_MAIN_AFTER_RELATIVE = re.compile(r"\s+(?:(?!(?:and|or|but|to)\b)[a-z][\w-]*\s+){1,6}?(?=(?:is|are|was|were|has|have|had|will|did|[a-z]+ed)\b)")


def _finite(vg: re.Match[str]) -> bool:
    """A verb group that is a finite, non-modal verb: only then can a coordinated verb share its subject."""
    aux = vg.group("aux").lower().split()
    v = vg.group("v").lower()
    if any(a in _MODAL or a.rstrip("'’nt") in _MODAL for a in aux):
        return False
    return bool(aux) or v.endswith("ed") or v in IRREGULAR_VERBS or v in HARM or v in LIGHT or bool(_PREFIXED_PAST.fullmatch(v))


# "rewrote", "overpaid", "undercut": an irregular past behind a prefix
_PREFIXED_PAST = re.compile(r"(?:re|over|under|mis|un)(?:wrote|took|made|drew|sold|paid|spent|built|cut|set)")


_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s")


def _clause_end(text: str, start: int, e: int) -> int:
    m = _CLAUSE_BREAK.search(text, start, e)
    return m.start() if m else e


def _conditional(text: str, s: int, pos: int) -> bool:
    """A subject inside an if/unless/whether clause: a condition, not a charge."""
    return re.search(r"\b(?:if|unless|whether|lest)\b[^,;]*$", text[s:pos], re.I) is not None


# "... and had never required", "priced the risk, pocketed the money, and ...": a second verb of the same subject
_AND_VP = re.compile(r"\s*(?:,?\s+and\s+(?:then\s+)?|,\s+(?=\w+ed\s+[^,;]{1,60},?\s+and\b))(?=(?:has|have|had|was|were|is|are|did|never|not|also|\w+ed|\w+ly\s+\w+ed)\b)")


def _coordinated(text: str, pos: int, limit: int) -> str | None:
    """A second verb of the same subject: "had approved the switch and had never required the treatment"."""
    for m in _AND_VP.finditer(text, pos, min(limit, pos + 160)):
        if _STOP.search(text[pos:m.start()].replace(",", "")) and re.search(r"\b(?:that|who|which|because|while|when)\b", text[pos:m.start()]):
            return None
        vg = _VG.match(text, m.end() - 1, limit)
        if vg and not vg.group("gap") and not vg.group("rel"):
            cue = _predicate(text, vg, limit)
            if cue is None and not _NEG.search(vg.group("aux")) and _INTENT_ADVERB.search(vg.group("aux")):
                cue = _knowing(text, vg, limit)  # "rewrote the formula and quietly ended the payments"
            if cue:
                return cue
    return None


def _np_after(text: str, pos: int, e: int, mentions: list[ActorMention]) -> tuple[ActorMention | None, str] | None:
    after = [m for m in mentions if pos <= m.start <= pos + 6 and re.fullmatch(r"\s*(?:the\s+)?", text[pos:m.start], re.I)]
    if after:
        return after[0], text[after[0].start:subject_end(text, after[0].end)]
    np = _NP.match(text, pos, e)
    if np and np.group("np").split()[-1].lower() not in NOT_AGENT and (np.group("det") or "").lower() not in ("his", "her", "its", "their"):
        return None, np.group("np")
    return None


_CHARGED_BEFORE = re.compile(r"\b(?:accused|charged|blamed|criticized|criticised|cited|fined|sued|faulted|penalized|penalised|"
                             r"investigated|indicted|convicted|found guilty)\s+(?:\w+\s+){0,4}?(?:of|for|over)\b", re.I)


def _by_agents(text: str, s: int, e: int, mentions: list[ActorMention]) -> list[AgencyHit]:
    """Passive agents of harm: "were killed by X", "bombardment by X forces", "lax oversight by the office"."""
    out: list[AgencyHit] = []
    for m in _BY.finditer(text, s, e):
        pre = m.group("pre").split()
        neg = [w for w in pre[-2:] if _negative(w) and (w.lower() in HARM or w.lower() in WRONG_NOUNS or w.lower() in EVALUATIVE
                                                         or valence(w) <= -1.5) and w.lower() not in NOT_BLAME and w.lower() not in ("criticized", "condemned", "accused", "blamed")]
        if not neg or _CHARGED_BEFORE.search(text, max(s, m.start("pre") - 40), m.end()):
            continue  # "was accused of fraud by regulators": the agent is the accuser
        agent = _np_after(text, m.end(), e, mentions)
        if agent:
            out.append(AgencyHit(agent[0], agent[1], " ".join(pre[-2:]) + " by", m.start("pre")))
    return out


_DECISION = re.compile(r"[’']s\s+(?:\w+\s+)?(?P<c>(?:decision|choice|move|refusal|plan|vote)\s+to\s+[^.;:]{1,80}?\b"
                       r"(?:left|leaves|cost|costs|forced|forces|exposed|stranded|put\s+[^.;:]{1,30}\bat\s+risk|drove|drives))\b")


_CAUSE_BEFORE = re.compile(r"\b(?:[Bb]ecause\s+of|[Tt]hanks\s+to|[Dd]ue\s+to|[Aa]fter|[Ff]ollowing|[Ss]ince|[Uu]nder)\s+(?:the\s+)?$")
_CAUSE_FRAME = re.compile(r"[’']s\s+(?:\d{4}\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<n>[a-z]+)\s*,")
_CAUSED_TAIL = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been|is|are)\s+left\s+with|lost|forced|could\s+no\s+longer|can\s+no\s+longer|"
                          r"had\s+to\s+(?:cut|close|lay|shut|turn|drop|abandon)|went\s+(?:bankrupt|dark|unanswered)|collapsed|shut\s+down)\b", re.I)
_GROUP_OF = re.compile(r"\s+(?:majority|minority|leadership|caucus|delegation|conference)(?=[’']s\b)")


def _possessives(text: str, s: int, e: int, mentions: list[ActorMention]) -> list[AgencyHit]:
    """The possessor of a wrong: "X's reckless spending", "the company's negligence"."""
    out: list[AgencyHit] = []
    for x in mentions:
        frame = _CAUSE_FRAME.match(text, x.end, e)
        before = _CAUSE_BEFORE.search(text, max(s, x.start - 20), x.start) if frame else None
        if frame and before and (frame.group("n") in ACT_NOUNS or frame.group("n").rstrip("s") in ACT_NOUNS) \
                and _CAUSED_TAIL.search(text, frame.end(), e):
            out.append(AgencyHit(x, x.surface, f"{before.group().strip()} ...'s {frame.group('n')}, ... {_CAUSED_TAIL.search(text, frame.end(), e).group()}", x.start))
            continue  # "After Gov. X's 2022 budget cuts, the commission was left with 17 engineers"
        group = _GROUP_OF.match(text, x.end, min(e, x.end + 30))
        x_end = group.end() if group else x.end  # "the House Republican majority's decision": the majority is the party's
        pm = re.match(r"[’']s\s+(?P<w1>[a-z][\w-]*)(?:\s+(?P<w2>[a-z][\w-]*))?", text[x_end:min(e, x_end + 40)])
        attributive = None if pm else re.match(r"\s+(?:[a-z]+\s+)?(?P<n>[a-z]+)\b", text[x_end:min(e, x_end + 40)])
        if attributive and attributive.group("n") in ACT_NOUNS and attributive.group("n").endswith("s") \
                and not _preceding_is_preposition(text, x.start, s):
            act = _act_predicate(text, x_end + 1, e)  # "GOP budget cuts caused the meltdown"
            if act:
                out.append(AgencyHit(x, x.surface, act, x_end))
            continue
        if not pm:
            year = re.match(r"[’']s\s+(?:\d{4}|[A-Z][\w-]*)\s+", text[x_end:min(e, x_end + 40)])  # "X's 2022 budget cut ..."
            act = _act_predicate(text, x_end + year.end(), e) if year else None
            if act:
                out.append(AgencyHit(x, x.surface, f"'s {act}", x_end))
            continue
        w1, w2 = pm.group("w1").lower(), (pm.group("w2") or "").lower()
        if w1 in HOSTILE and w2 in ("on", "against"):
            out.append(AgencyHit(x, x.surface, f"'s {w1} {w2}", x_end))  # "X's war on the press"
            continue
        before = _CONSEQUENCE_BEFORE.search(text, max(s, x.start - 40), x.start) if (w1 in ACT_NOUNS or w2 in ACT_NOUNS) else None
        if before:
            cue = re.sub(r"\s+the\s+$", " ", before.group()).strip()
            out.append(AgencyHit(x, x.surface, f"{cue} ...'s {w1 if w1 in ACT_NOUNS else w2}", x.start))
            continue  # "families should not be paying for the governor's veto"
        if w1 in STATE or (w1 in NOT_BLAME and w1 not in ACT_NOUNS):
            continue  # but "X's veto last month killed ...": an act noun
        ing_noun = w1 in HARM and w1.endswith("ing") and (not w2 or w2 == "of")  # "X's bombing of", not "X's devastating fires"
        if w1 in WRONG_NOUNS or w1 in EVALUATIVE or ing_noun:
            out.append(AgencyHit(x, x.surface, f"'s {w1}" + (f" {w2}" if w1 in EVALUATIVE else ""), x_end))
        elif decision := _DECISION.match(text, x_end, e):  # "X's decision to delay the repairs left riders exposed"
            out.append(AgencyHit(x, x.surface, "'s " + decision.group("c"), x_end))
        elif (w2 in ACT_NOUNS and w1 not in ACT_NOUNS and _charging_adjective(w1)) or (w2 in WRONG_NOUNS and w2 not in STATE):
            out.append(AgencyHit(x, x.surface, f"'s {w1} {w2}", x_end))  # "X's hateful rhetoric", "X's executive overreach"
        else:
            act = _act_predicate(text, x_end + pm.start("w1"), e)
            if act:
                out.append(AgencyHit(x, x.surface, f"'s {act}", x_end))  # "X's new rules will kill ..."
    return out


# what someone's act leaves others with: "paying for X's veto", "the fallout from X's decision"
_CONSEQUENCE_BEFORE = re.compile(r"\b(?:pay(?:s|ing)?|paid|suffer(?:s|ing|ed)?)\s+(?:the\s+price\s+|dearly\s+)?for\s+(?:the\s+)?$|"
                                 r"\b(?:victims|fallout|consequences|toll|damage|casualties|cost|costs)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_OWNER_PRONOUN = re.compile(r"(?<![\w’'-])(?P<p>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?=[a-z])")


def _pronoun_acts(text: str, s: int, e: int, mentions: list[ActorMention], previous: list[ActorMention], kinds: dict[str, str],
                  speaker_of: Callable[[int], str | None], genders: dict[str, str] | None) -> list[AgencyHit]:
    """An act owned through a pronoun, when it harms: "Its storm communications were a disgrace", "her budget cut the staff"."""
    out: list[AgencyHit] = []
    for pm in _OWNER_PRONOUN.finditer(text, s, e):
        if re.search(r"\b(?:of|for|to|by|on|against|with|from|about)\s*$", text[max(s, pm.start() - 8):pm.start()], re.I):
            continue  # "the victims of his policy": the pronoun phrase is not the subject
        act = _act_predicate(text, pm.end(), e)
        if not act:
            continue
        p = pm.group("p").lower()
        owner = resolve_pronoun(_OWNER_WORD[p], pm.start(), mentions, previous, kinds, speaker_of(pm.start()), text, s, genders)
        if owner:
            out.append(AgencyHit(owner[0], owner[0].surface, f"{p} {act}", pm.start()))
    return out


_NOBODY = re.compile(r"\b(?:nobody|no one|not one (?:official|person|member|\w+er))\s+(?:from|at|in|with|on)\s+(?:the\s+|that\s+|this\s+)?$", re.I)
_NOBODY_VERB = re.compile(r"(?:\s*,[^,]{1,60},)?\s+(?:(?:has|have|had|did|does|ever|once|even|so much as|bothered to|could|would|can|will)\s+)*(?P<v>[a-z]+)(?:\s+(?P<v2>[a-z]+))?", re.I)


_CULPRIT = re.compile(r"\b(?:[Tt]he|[Aa])\s+(?P<who>man|woman|official|person|people|men|women|officials|lawmakers|leaders|ones?)\s+who\s+"
                      r"(?:\w+ly\s+)?(?P<vp>[^,.;:!?\"“”]{3,80})")
_CULPABLE_VP = re.compile(r"^(?:set\s+(?:it|this|that|all\s+this|the\s+\w+)\s+in\s+motion|engineered|orchestrated|caused|wrecked|emptied|"
                          r"broke|sabotaged|gutted|slashed|starved|bankrupted|drained|looted|squandered|presided\s+over\s+(?:the|this|that|a)\s+"
                          r"(?:mess|collapse|debacle|fiasco|failure|disaster|meltdown))\b", re.I)
_CULPRIT_PRONOUN = {"man": ("he",), "woman": ("she",), "official": ("he", "she"), "person": ("he", "she"), "one": ("he", "she"),
                    "ones": ("they",), "people": ("they",), "men": ("they",), "women": ("they",), "officials": ("they",),
                    "lawmakers": ("they",), "leaders": ("they",)}


def _culprit_descriptions(text: str, s: int, e: int, mentions: list[ActorMention], previous: list[ActorMention],
                          kinds: dict[str, str], speaker_of: Callable[[int], str | None],
                          genders: dict[str, str] | None) -> list[AgencyHit]:
    """Someone named by what they did: "the man who presided over the mess", "the official who set it in motion",
    "the people who engineered the shortfall": the person or body the description points back to."""
    out: list[AgencyHit] = []
    for m in _CULPRIT.finditer(text, s, e):
        vp = m.group("vp")
        culpable = _CULPABLE_VP.match(vp) or any(w.lower() in OUTCOMES or w.lower() in WRONG_NOUNS for w in re.findall(r"[a-z]+", vp))
        if not culpable or _conditional(text, s, m.start()):
            continue
        for word in _CULPRIT_PRONOUN[m.group("who").lower()]:
            found = resolve_pronoun(word, m.start(), mentions, previous, kinds, speaker_of(m.start()), text, s, genders)
            if word == "they":  # "the people who built this mess": people, not the hospital named last
                found = [x for x in found if kinds.get(x.actor) in ("group", "government", "collective") or x.surface.endswith("s")]
            if found:
                out.append(AgencyHit(found[0], found[0].surface, f"the {m.group('who')} who {' '.join(vp.split()[:6])}", m.start()))
                break
    return out


_AUTHORED = re.compile(r"(?P<comma>,)?\s+(?:(?:first|originally|later|quietly|hastily|then)\s+)?(?:pushed|signed|written|engineered|designed|drafted|ordered|"
                       r"imposed|championed|approved|passed|backed|rammed\s+through|crafted|authored|proposed|negotiated|brokered|awarded)"
                       r"(?:\s+into\s+law)?\s+(?:by|under)\s+")
_AUTHORED_MORE = re.compile(r"\s+(?:and|or)\s+(?:(?:later|then|quickly)\s+)?(?:pushed|signed|written|approved|passed|backed|"
                            r"championed|ordered|imposed)(?:\s+into\s+law)?\s+by\s+")
_COST = re.compile(r"\s*(?:(?:has|have|had|also|then)\s+)*(?P<v>cost|costs|left|leaves|forced|forces|stripped|drained|starved|gutted|wiped\s+out|shut|closed|eliminated|lacked)\b", re.I)
_ACT_SUBJECT = re.compile(r"\W*(?:(?:But|And|So|Yet|Still)\s+)?(?:[^,;:\"“”]{0,80}\b(?:said|says|argued|argues|noted|notes|added|charged|complained)\s+(?:that\s+)?)?"
                          r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)\s+[^,;:\"“”]{2,80}$")


def _authored(text: str, s: int, e: int, mentions: list[ActorMention]) -> list[AgencyHit]:
    """The authors of an act whose predicate harms: "The 2023 rewrite of the aid formula, pushed by legislative
    Republicans and signed by Gov. X, cost the district $9 million a year"."""
    out: list[AgencyHit] = []
    for m in _AUTHORED.finditer(text, s, e):
        if not _ACT_SUBJECT.match(text, s, m.start()):
            continue  # the act must be the sentence's subject
        agents: list[tuple[ActorMention | None, str]] = []
        pos = m.end()
        while True:
            near = [x for x in mentions if pos <= x.start <= pos + 30 and re.fullmatch(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}", text[pos:x.start])]
            agent = (near[0], text[near[0].start:subject_end(text, near[0].end)]) if near else _np_after(text, pos, e, mentions)
            if agent is None:
                break
            agents.append(agent)
            pos = agent[0].end if agent[0] is not None else pos + len(agent[1])
            pos = subject_end(text, pos) if agent[0] is not None else pos
            more = _AUTHORED_MORE.match(text, pos, e)
            if not more:
                break
            pos = more.end()
        close = re.match(r"[^,;:.]{0,40}?," if m.group("comma") else r"", text[pos:e])
        if not agents or not close:
            continue  # "The rewrite, pushed by X, cost ..." or "the contract negotiated under X lacked ..."
        head = re.findall(r"[a-z][\w-]*", text[s:m.start()])
        noun = head[-1] if head else "act"
        cost = _COST.match(text, pos + close.end(), e)
        cue = f"{noun} ... {cost.group('v')}" if cost else _act_verb(text, noun, pos + close.end(), e)
        if cue:
            out += [AgencyHit(a[0], a[1], cue, m.start()) for a in agents]
    return out


def _nobody_from(text: str, s: int, e: int, mentions: list[ActorMention]) -> list[AgencyHit]:
    """A body none of whose people did their duty: "Nobody from the water department ever picked up the phone"."""
    out: list[AgencyHit] = []
    for x in mentions:
        if not _NOBODY.search(text, max(s, x.start - 30), x.start):
            continue
        m = _NOBODY_VERB.match(text, subject_end(text, x.end), e)
        if not m:
            continue
        v, v2 = m.group("v").lower(), (m.group("v2") or "").lower()
        if v in DUTY or f"{v} {v2}" in DUTY or v in ("picked", "offered", "answered", "returned", "called", "showed", "bothered", "explained",
                                                      "listened", "apologized", "apologised", "responded", "visited", "asked"):
            out.append(AgencyHit(x, x.surface, "nobody from ... " + m.group("v"), m.start("v")))
    return out


def _preceding_is_preposition(text: str, start: int, s: int) -> bool:
    m = re.search(r"([\w’'-]+)\W*$", text[max(s, start - 20):start])
    return bool(m) and m.group(1).lower() in BEFORE_EXCLUDED


def _charging_adjective(word: str) -> bool:
    """An adjective that charges whoever owns what it describes: from the hand list or strongly negative in the lexicon."""
    w = word.lower()
    return w in EVALUATIVE or (w not in STATE and w not in NOT_BLAME and not w.endswith(("ly", "ing")) and valence(w) <= -1.5)


_ACT_TAIL = re.compile(r"(?:\s+(?:to|of|on|for|against)\s+[^,;:.]{1,60}?)?(?=\s+(?:will|would|could|is|are|was|were|has|have|had|[a-z]+s|[a-z]+ed)\b)")


def _act_predicate(text: str, pos: int, e: int) -> str | None:
    """What an actor's act does, when it harms: "X's new rules will kill off ...", "X's plan is a giveaway"."""
    words = list(re.finditer(r"[a-z][\w-]*", text[pos:min(e, pos + 40)]))[:3]
    k = next((i for i, w in enumerate(words) if w.group() in ACT_NOUNS), None)
    if k is None or re.search(r"[^\w\s-]", text[pos:pos + words[k].start()]):
        return None
    while k + 1 < len(words) and words[k + 1].group() in ACT_NOUNS and not text[pos + words[k].end():pos + words[k + 1].start()].strip():
        k += 1  # "budget cuts": the compound's head
    noun = words[k]
    ends = [pos + noun.end()]
    tail = _ACT_TAIL.match(text, pos + noun.end(), e)
    if tail and tail.end() > ends[0]:
        ends.append(tail.end())  # "X's plan to close the clinics will leave ..."
    for end in ends:
        cue = _act_verb(text, noun.group(), end, e)
        if cue:
            return cue
    return None


_NOT_ENOUGH = re.compile(r"\s*(?:(?:is|are|was|were)(?:\s+|(?=n['’]t))|(?:has|have) been\s+)?(?:(?:not|n['’]t|nowhere near|far from|hardly)\s+(?:nearly\s+|even\s+|close to\s+)?(?:enough|sufficient|adequate)|"
                         r"(?:insufficient|inadequate|too little|too weak|too timid|too late)|(?:falls?|fell|fallen)\s+(?:far\s+|well\s+)?short)\b", re.I)
_TIME_PHRASE = re.compile(r"\s+(?:(?:last|this|next|earlier|late|early)\s+(?:week|month|year|spring|summer|fall|autumn|winter|night|weekend)|"
                          r"(?:on|in|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)|yesterday|today|alone)(?=\s)")


def _act_verb(text: str, noun: str, end: int, e: int) -> str | None:
    """The harmful predicate of an act noun that ends at `end`, if any ("X's veto last month killed ...")."""
    time = _TIME_PHRASE.match(text, end, e)
    if time:
        end = time.end()
    if _NOT_ENOUGH.match(text, end, e):
        return f"{noun} ... not enough"  # "the governments' pledges aren't enough", "X's plan falls far short"
    vg = _VG.match(text, end, e)
    if vg is None or vg.group("gap") or vg.group("rel"):
        return None
    aux = [a for a in vg.group("aux").lower().split() if a in _MODAL]
    if aux and aux[-1] not in ("will", "would", "could"):
        return None
    v = vg.group("v").lower()
    said = " ".join([noun, vg.group("aux").strip(), vg.group("v")]).replace("  ", " ")
    if _NEG.search(vg.group("aux")):
        return None
    if v in CHOSEN or v in HARM:
        # "X's budget cut the staff", "X's rules will bankrupt growers"; not "X's budget cut taxes"
        return None if _FREE_TO_CUT.match(text, vg.end("v")) else said
    if v in NOT_BLAME or v in STATE:
        return None
    if (vg.group("v2") and f"{v} {vg.group('v2').lower()}" in HARM) or (_negative(v) and v not in WRONG_NOUNS):
        return said
    if v in LIGHT or v in ("led", "lead", "leads", "triggered", "sparked", "fueled", "fuelled"):
        for w in _window(text, vg.end("v"), min(e, vg.end("v") + 60), 4):  # "GOP budget cuts caused the meltdown"
            if w.group().lower() in OUTCOMES or w.group().lower() in WRONG_NOUNS:
                return f"{said} ... {w.group()}"
    if v in _BE or vg.group("aux").lower().split()[-1:] in (["is"], ["are"], ["was"], ["were"]):
        words = _window(text, vg.end("v"), min(e, vg.end("v") + 80), 4)
        for w in words:
            lw = w.group().lower()
            if lw in WRONG_NOUNS or lw in EVALUATIVE or (valence(lw) <= -2.0 and lw not in STATE and lw not in NOT_BLAME):
                return " ".join([noun, vg.group("aux").strip(), vg.group("v"), "...", w.group()]).replace("  ", " ")
    return None


def _described(text: str, s: int, mentions: list[ActorMention]) -> list[AgencyHit]:
    """An actor named with an adjective that charges it: "the corrupt regime", "a reckless mayor"."""
    out: list[AgencyHit] = []
    for x in mentions:
        m = re.search(r"\b(?:the|a|an|this|that|its|their)\s+(?:\w+\s+)?(?P<adj>[a-z][\w-]*)\s+$", text[max(s, x.start - 40):x.start])
        if m and m.group("adj") in EVALUATIVE:
            out.append(AgencyHit(x, x.surface, m.group("adj"), x.start))
    return out
