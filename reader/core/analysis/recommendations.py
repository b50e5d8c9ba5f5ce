"""Recommendations: what each article says should be done and by whom, leaving out modals that recommend nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.analysis.actors import ActorIndex, build_actor_index
from reader.core.analysis.model import Actor, Recommendation
from reader.core.analysis.speech import analyse_speech, named_subject, recent_person, short_name
from reader.core.analysis.text import STOP_WORDS, sentence_spans
from reader.core.documents.model import Document
from reader.core.analysis.cues import load_cues

_CUES = load_cues("recommendations")


def _union(items: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in items)


MODAL = re.compile(rf"\b(?:{_union(_CUES['modal'])})(?:\s+not|\s+never|n['’]t)?+\b(?!\s+have\b)", re.I)
IMPERSONAL = re.compile(rf"\b(?:{_union(_CUES['impersonal'])})\b", re.I)
CALL = re.compile(rf"\b(?P<cue>{_union(_CUES['call'])})\b\s+[“\"]?(?P<who>[^.;:!?“”\"]{{1,90}}?)\s+to\s+[“\"]?(?P<act>(?!the\b|a\b|an\b|be\s+\w+ed\b)[a-z]\w*)", re.I)
CALL_FOR = re.compile(rf"\b(?P<cue>{_union(_CUES['call_for'])})\b", re.I)
QUESTION = re.compile(_union(_CUES["question"]), re.I)
TRAP = re.compile(rf"\b(?:{_union(_CUES['traps'])})", re.I)
_VOCATIVE = r"(?:(?!(?:However|Still|Yet|Meanwhile|Instead|Also|Indeed|Now|Then|So|But|And|Otherwise|Finally|First|Second|Third|Again|Besides|Moreover|Today|Yes|No|Well|Sadly|Alas|Instead|Here|There)\b)[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?"
IMPERATIVE = re.compile(rf"^[“\"‘']?{_VOCATIVE}(?:please\s+)?(?P<verb>{_union(_CUES['imperative_verbs'])})\b(?!\s*(?:[.,;:]|$))"
                        r"(?!\s+(?:we|you|they|i|he|she|it|not|n['’]t)\b)", re.I)
IMPERATIVE_EXCLUDED = re.compile(_union(_CUES["imperative_excluded"]), re.I)
LAMENT = re.compile(rf"^\W*(?:{_union(_CUES['lament_openers'])})\b", re.I)
_BE_PASSIVE_OK = re.compile(r"\b(?:must|should|needs? to|ought to|has to|have to)\s+be\s+(?:\w+ly\s+)?(?P<w>\w+)", re.I)
_READY = {"ready", "willing", "prepared", "able", "open", "allowed", "free", "held", "given", "made", "taken"}
_CLAUSE_END = re.compile(r"(?<![A-Z])(?<!\bRep)(?<!\bSen)(?<!\bGov)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bJr)(?<!\bInc)(?<!\bCo)[.;!?](?=\s|$|[”\"’])|[,.!?]?[”]|(?<=[\w,.!?])\"(?=[\s,.;]|$)|,\s*(?:which|who|while|but|because|so that|as|said|says|told|added|argued|warned)\b|\s+(?:because|while|so that)\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:it|this|that|there|these|those)$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s*$|n['’]t\s*$", re.I)


@dataclass
class _Found:
    cue: str
    cue_start: int
    cue_end: int
    actor: str | None
    action: str
    source: str | None = None


def _action(text: str, start: int, limit: int) -> str:
    rest = text[start:limit]
    m = _CLAUSE_END.search(rest)
    phrase = rest[: m.start()] if m else rest
    words = phrase.split()
    return " ".join(words[:18]).strip(" ,“”\"")


def _subject_before(text: str, sent_start: int, cue_start: int) -> str | None:
    """The words before a modal that name who should act: 'The US must' -> 'The US'."""
    before = text[sent_start:cue_start]
    # drop a parenthetical ", regardless of ..., " just before the modal
    before = re.sub(r",[^,]{1,80},\s*$", " ", before)
    parts = _SUBJECT_SPLIT.split(before)
    subject = parts[-1].strip() if parts else ""
    subject = _SUBJECT_TAIL.sub("", subject).strip()
    subject = re.sub(r"^(?:and|but|so|then|thus|therefore|hence|now|still)\s+", "", subject, flags=re.I)
    words = subject.split()
    if len(words) > 1 and words[-1].lower() in ("we", "they", "you", "he", "she", "i"):
        return words[-1]  # "the parameters they should ...": the pronoun is the subject
    if not words or len(words) > 7 or _PRONOUN_SUBJECT.match(subject) or words[-1].lower() in ("and", "or", "but", "nor"):
        return None
    return subject


_SUBJECT_SPLIT = re.compile(r"[,;:“”\"(]\s*|\b(?:then|that|if|when|but|so|because|while|whereas|what|how|whether|where|"
                            r"believes?|thinks?|said|says|argues?|argued|knows?|insists?|insisted|warns?|warned|"
                            r"is|are|was|were|agrees?|tells?|told)\s+|['’]s\s+", re.I)
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:also|still|really|certainly|now|therefore|truly|all|simply|just|too|themselves|ourselves|"
                           r"often|usually|always|sometimes|generally|probably|clearly|definitely|surely|each|both|"
                           r"will|would|shall|should|must|could|might|may|are|is|['’]re|['’]s))+\s*$", re.I)


_REPORTED_OBJECT = re.compile(r"\b(?:what|where|how much|as much as)\s+(?:[\w.’'-]+\s+){1,4}?(?:says?|said|thinks?|believes?|argues?)\s+(?:they|it|we|he|she|\w+s)\s+$", re.I)
_PSEUDO_CLEFT = re.compile(r"^\W*(?:(?:and|but|so)\s+)?what\s+(?:\w+\s+){1,3}?(?:must|should|need to|needs to|have to|has to|ought to)\s+do\s+(?:now\s+|next\s+|instead\s+)?is\b", re.I)
_CALLED_OBJECT = re.compile(r"\b(?:what|where|how much|as much as)\s+(?:[\w.’'-]+\s+){1,4}?$", re.I)
_RULE_FRAME = re.compile(r"^\W*(?:under|by|according to)\s+(?:state|federal|current|existing|the|city|county|its|their|new)?\s*(?:\w+\s+)?"
                         r"(?:rules?|laws?|regulations?|contracts?|agreements?|guidelines|policy|charter|statutes?|terms)\b[^,]{0,40},", re.I)
# a concessive or time clause holding the modal, with no comma between its opener and the modal
_SUBORDINATE = re.compile(r"(?:^|,\s*|\s)(?:although|though|even though|whereas|when|whenever|while|once|after|until)\s+[^,;:—–]{1,160}$", re.I)


def _is_trap(text: str, sent_start: int, cue_start: int, cue_end: int, sent: str) -> bool:
    window = text[max(sent_start, cue_start - 40):min(len(text), cue_end + 60)]
    sent_end = sent_start + len(sent)
    for trap in TRAP.finditer(text, max(sent_start, cue_start - 40), sent_end):
        if trap.start() > cue_end:
            break
        if trap.end() >= cue_start - 30:
            return True  # the trap holds this cue, or stands right before it ("asked whether ... should")
    if cue_start - sent_start < 25 and TRAP.match(sent):
        return True  # traps anchored at the sentence start ("Should such a plan pass, ...")
    if _NEGATED.search(text[max(sent_start, cue_start - 12):cue_start]):
        return True
    call = re.match(r"(?:call|want|demand|ask|urg|press|push)", text[cue_start:cue_end], re.I)
    if (_CALLED_OBJECT if call else _REPORTED_OBJECT).search(text, max(sent_start, cue_start - 60), cue_start):
        return True  # "nowhere near where the panel says they need to be", "what the report calls for": a report's object
    if _RULE_FRAME.match(sent):
        return True  # "Under state rules, 911 centers must answer ...": a rule described, not a course urged
    if _SUBORDINATE.search(text, sent_start, cue_start):
        return True  # "..., although veterans must file a claim", "when lawmakers have to decide": not the sentence's point
    be = _BE_PASSIVE_OK.match(text, cue_start)
    if be:
        w = be.group("w").lower()
        if not (w in _READY or w.endswith(("ed", "en")) or w in ("done", "put", "set", "shut", "let", "met", "brought", "sought", "taught", "thought", "kept", "won", "paid", "built", "sent", "spent", "cut", "held")):
            return True
    if LAMENT.search(sent) and not re.search(r"\bit is (?:about )?time\b", sent, re.I):
        return True
    return bool(window.count("?") and re.search(r"\b(?:how many|how much longer|what if)\b", sent, re.I))


_PRONOUN_CALLER = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|then)\s+)[\"“]?(?:he|she)\s+(?:(?:also|again|then|later|\w+ly)\s+)?$", re.I)


_NOMINAL_BEFORE = re.compile(r"(?:^\W*|\b(?:the|a|an|some|many|other|their|his|her|its|our|these|those|growing|new|renewed)\s+)$", re.I)


_GROUP_CALLER = re.compile(r"\W*(?:the\s+|some\s+|many\s+)?(?P<who>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:(?:have|has|also|again|\w+ly)\s+)?", re.I)


def _caller(text: str, sent_start: int, cue_start: int) -> str | None:
    """Who makes a call: the name before the verb, or for 'He urged ...' the person last named before."""
    named = named_subject(text, sent_start, cue_start)
    if named:
        return named
    rel = re.search(r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),\s+who\s+(?:(?:has|have|had|also|long|\w+ly)\s+){0,2}$",
                    text[sent_start:cue_start])
    if rel:  # "State Sen. Laura Whitfield, who has pushed for ...": the person the relative clause is about
        return short_name(rel.group("who"))
    before = text[sent_start:cue_start]
    if _PRONOUN_CALLER.search(before) or re.match(r"\W*(?:he|she)\b[^.;:,]*\band\s+(?:\w+ly\s+)?$", before, re.I):
        return recent_person(text, sent_start)  # "She is pushing a bill ... and wants the governor to ..."
    group = _GROUP_CALLER.fullmatch(before)
    return group.group("who") if group else None  # "Union leaders called on Congress to ..."


# "Cap the program at ...": a sentence opened by an unlisted word in its bare form and a determiner; prepositions,
# adverbs, participles, third-person and discourse verbs ("Consider the case") are left out
_BARE_VERB = re.compile(r"^[“\"‘']?" + _VOCATIVE + r"(?P<verb>[A-Z][a-z]{2,})\s+(?:the|your|our|every|all|this|these|those|its|their|any|more)\s+\w+")
_NOT_VERBS = frozenset("""
about above across after against along among around at before behind below beneath beside besides between beyond
by despite down during except for from in inside into like near of off on onto out outside over past since through
throughout to toward towards under underneath unlike until up upon via with within without given amid amidst per
consider imagine picture note recall compare witness suppose expect meanwhile once today yesterday tomorrow both
maybe perhaps almost hence indeed instead nearly rather quite even still never always often soon later earlier
""".split())


_LOWER_BARE_VERB = re.compile(r"(?P<verb>[a-z]{3,})\s+(?:the|your|our|every|all|this|these|those|its|their|any|more|less|a|an)\s+\w+")
_ENUMERATOR = re.compile(r"^\W*(?:First|Second|Third|Fourth|Fifth|Finally|Next|Last|Lastly|Above all|Most of all|Most important|Instead)\s*,\s+")
_CONDITION_FIRST = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:if|when|before|until|unless)\s+[^,]{1,80},\s+", re.I)


def _bare_verb_opening(sent: str, text: str = "") -> re.Match[str] | None:
    """'Cap the program ...' (but not 'Earlier this year, ...', nor a name: 'Trump the performer ...')."""
    m = _BARE_VERB.match(sent)
    if not m:
        return None
    w = m.group("verb").lower()
    if w in _NOT_VERBS or w in STOP_WORDS or re.search(r"(?:s|ed|ing|ly|en|al|ic|ous|ive|ful|less|ary|ory|ish|ese|ian|an)$", w):
        return None
    if re.match(r"\W*\w+\s+\w+(?:\s+\w+)?,", sent[m.start("verb"):]):
        return None  # a fronted phrase before the subject: "Earlier this year, ..."
    if text and re.search(rf"[a-z,;]\s+{re.escape(m.group('verb'))}\b", text):
        return None  # capitalised inside sentences elsewhere: a name
    return m


def _in_sentence(text: str, s: int, e: int) -> list[_Found]:
    sent = text[s:e]
    found: list[_Found] = []
    for m in CALL.finditer(sent):
        cs, ce = s + m.start(), s + m.end()
        if _is_trap(text, s, cs, ce, sent):
            continue
        who = m.group("who").strip()
        if len(who.split()) > 8 or re.match(r"(?:to|by)\b", who, re.I) or re.search(r"\b(?:to|that|which|who|is|are|was|were|what|whether|if|how|why|when|where|should|must|ought|need|needs)\b", who, re.I):
            continue  # "wants to rebrand ...": no one is called on
        src = None if m.group("cue").lower().startswith(("i ", "we ")) else _caller(text, s, cs)
        relative = re.search(r"\b(?:who|that|which)\s+(?:\w+\s+)?$", text[s:cs])
        if (m.group("cue").lower().startswith("ask") and (src is None or relative)) or (m.group("cue").lower().startswith("want") and relative):
            continue  # "civilians who had asked them to leave", "elitists who want America to suffer": told in passing, no call
        found.append(_Found(m.group("cue"), cs, ce, who, _action(text, s + m.start("act"), e), src))
    for m in CALL_FOR.finditer(sent):
        cs, ce = s + m.start(), s + m.end()
        if any(f.cue_start <= cs < f.cue_end for f in found) or _is_trap(text, s, cs, ce, sent):
            continue
        if _NOMINAL_BEFORE.search(text[s:cs]):
            continue  # "Advocates for immigrants", "the calls for calm": nouns, not someone calling for something
        found.append(_Found(m.group("cue"), cs, ce, None, _action(text, ce, e), _caller(text, s, cs)))
    for m in IMPERSONAL.finditer(sent):
        cs, ce = s + m.start(), s + m.end()
        if _is_trap(text, s, cs, ce, sent):
            continue
        actor = None
        tail = text[ce:e]
        who = re.match(r"\s*(?P<who>[^,.;]{1,60}?)\s+(?:to|should|must|work|will|can)\b", tail)
        if re.search(r"(?:for|that)$", m.group(), re.I) and who:
            actor = who.group("who").strip()
            ce = ce + who.end() - (2 if who.group().endswith(" to") else len(who.group().split()[-1]))
            if who.group().endswith(" to"):
                ce += 2
        elif re.search(r"can do is", m.group(), re.I):
            least = re.search(r"least (\w+) can", m.group(), re.I)
            actor = least.group(1) if least else None
        elif re.search(r"is the only", m.group(), re.I):
            actor = _subject_before(text, s, cs)
        found.append(_Found(m.group(), cs, ce, actor, _action(text, ce, e)))
    for m in MODAL.finditer(sent):
        cs, ce = s + m.start(), s + m.end()
        if any(f.cue_start <= cs <= f.cue_end + 60 and not re.search(r"[,;]\s+(?:and|but|while|yet)?\b", text[f.cue_end:cs])
               for f in found):
            continue
        if _is_trap(text, s, cs, ce, sent):
            continue
        if (re.search(r"\bwhether\b|\?\s*$|\b(?:who|what|which|how|where|when)\s+(?:\w+\s+)?$", text[s:cs], re.I)
                and not _PSEUDO_CLEFT.match(sent)) or (sent.rstrip().endswith("?") and not QUESTION.search(sent)):
            continue  # indirect or plain questions ("should he resign?") are not recommendations
        found.append(_Found(m.group(), cs, ce, _subject_before(text, s, cs), _action(text, ce, e)))
    if not found:
        q = QUESTION.search(sent)
        if q:
            found.append(_Found("question", s + q.start(), s + q.end(), None, " ".join(sent.split())))
    colon = re.search(r":\s+", sent)
    if not found and colon and not sent.rstrip(" ”\"’'").endswith("?"):
        tail = sent[colon.end():]
        imp = IMPERATIVE.match(tail)
        if imp and not TRAP.match(tail) and not re.search(r"\b(?:choice|choices|options?|question|alternatives?|answer|solution|idea|slogan|mantra|refrain)(?:\s+\w+){0,2}\s*$", sent[:colon.start()], re.I):
            # "we all share the same responsibility: make our planet great again" (not "a simple choice: keep X or Y")
            at = s + colon.end() + imp.start("verb")
            found.append(_Found("imperative: " + imp.group("verb"), at, at + len(imp.group("verb")), None, _action(text, at, e)))
    enum = _ENUMERATOR.match(sent)
    if not found and enum and not LAMENT.search(sent):
        # "Second, leave more of the work to the states.", "Third, if the goal is X, expand Y."
        found += [f for f in _in_sentence(text, s + enum.end(), e) if f.cue.startswith("imperative")]
        bare = _LOWER_BARE_VERB.match(sent, enum.end())
        if not found and bare and bare.group("verb") not in _NOT_VERBS and bare.group("verb") not in STOP_WORDS \
                and not re.search(r"(?:s|ed|ing|ly)$", bare.group("verb")):
            found.append(_Found("imperative: " + bare.group("verb"), s + bare.start("verb"), s + bare.end("verb"), None,
                                _action(text, s + bare.start("verb"), e)))
    if not found:
        cond = _CONDITION_FIRST.match(sent)  # "And if you live near the coast, call your representative today."
        imp = IMPERATIVE.match(sent) or _bare_verb_opening(sent, text) or (IMPERATIVE.match(sent[cond.end():]) if cond else None)
        if imp and cond and imp.string is not sent:
            found.append(_Found("imperative: " + imp.group("verb"), s + cond.end() + imp.start("verb"), s + cond.end() + imp.end("verb"), None,
                                _action(text, s + cond.end() + imp.start("verb"), e)))
            imp = None
        if imp and not IMPERATIVE_EXCLUDED.search(sent) and not sent.rstrip().endswith("?") and not TRAP.match(sent.lstrip("“\"‘' ")):
            found.append(_Found("imperative: " + imp.group("verb"), s + imp.start("verb"), s + imp.end("verb"), None,
                                _action(text, s + imp.start("verb"), e)))
    return found


def _third_party_want(text: str, sent_start: int, f: _Found, speech) -> bool:
    """'The district ... now wants ratepayers to bail it out' inside a quote: what a third party wants, told
    as a complaint; 'I/we want them to' (or a person's 'he wants') is a call."""
    if not f.cue.lower().startswith("want") or not speech.quote_at(f.cue_start, f.cue_start + 1):
        return False
    return not re.search(r"\b(?:i|we|he|she)\s+(?:\w+\s+)?$", text[max(sent_start, f.cue_start - 20):f.cue_start], re.I)


# "Here's what should happen.", "What the city must do now:": a lead-in whose next sentences are the recommendations
_LIST_LEAD = re.compile(r"^\W*(?:so\s+|and\s+)?(?:here(?:['’]s| is) what|this is what|what)\s+(?:\w+\s+){0,3}?(?:should|must|needs? to|has to|have to|ought to)"
                        r"\s+(?:happen|be done|come next|do(?:\s+now|\s+next)?)\s*[.:!]\W*$", re.I)
_NOT_LISTED = re.compile(r"^\W*(?:that|this|it|there|not|no|but|because|which|so|yet|still|of course|none)\b", re.I)


def _listed_after_lead(text: str, spans: list[tuple[int, int]], doc: Document) -> dict[int, str]:
    """Sentences that follow a lead-in like "Here's what should happen." in its paragraph (at most four), by index."""
    out: dict[int, str] = {}
    ends = sorted((p.start, p.end) for p in doc.paragraphs)
    for i, (s, e) in enumerate(spans):
        lead = _LIST_LEAD.match(text[s:e])
        if not lead:
            continue
        limit = next((pe for ps, pe in ends if ps <= s < pe), e)
        if limit <= e + 1:  # the lead-in ends its paragraph: the list is the next paragraph
            limit = next((pe for ps, pe in ends if ps > s), e)
        for j in range(i + 1, min(i + 5, len(spans))):
            if spans[j][0] >= limit:
                break
            item = text[spans[j][0]:spans[j][1]]
            if _NOT_LISTED.match(item) or item.rstrip(" ”\"’'").endswith("?"):
                break  # "That is how you protect ratepayers.": the list is over
            out[j] = " ".join(text[s:e].split())
    return out


def find_recommendations(documents: list[Document], actors: list[Actor], index: ActorIndex | None = None) -> list[Recommendation]:
    """What should be done and by whom, per sentence, with cue, actor, action and source."""
    index = index or build_actor_index(documents)
    out: list[Recommendation] = []
    for doc in documents:
        text = doc.text
        speech = analyse_speech(doc)
        spans = sentence_spans(doc)
        listed = _listed_after_lead(text, spans, doc)
        for i, (s, e) in enumerate(spans):
            sent = text[s:e]
            if _LIST_LEAD.match(sent):
                continue  # "Here's what should happen.": the sentences after it are the recommendations
            found = [f for f in _in_sentence(text, s, e) if not _third_party_want(text, s, f, speech)]
            if not found and i in listed:
                found = [_Found("listed after: " + listed[i], s, s, None, _action(text, s, e))]
            if not found:
                # "Stop the strikes. Now.": a bare imperative followed by a one-word urging
                continue
            # one recommendation per sentence, plus any later one that names a different actor
            # ("They should be held accountable, and Congress must pass the bill")
            chosen = [found[0]]
            for f in sorted(found[1:], key=lambda x: x.cue_start):
                if f.actor and all(f.actor != c.actor and abs(f.cue_start - c.cue_start) > 15 for c in chosen):
                    chosen.append(f)
            for f in chosen:
                source = index.canonical_source(speech.voice_at(s, e, f.cue_start, f.source))
                out.append(Recommendation(id=f"r{len(out) + 1}", doc=doc.id, actor=f.actor, action=f.action or sent,
                                          source=source, cue=f.cue, start=s, end=e, text=sent))
    return out
