"""Blame: whom each article holds responsible, with the cue, the voice (author or quoted speaker) and the sentence."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from reader.core.analysis.actors import LOCATIVES, ActorIndex, ActorMention, build_actor_index
from reader.core.analysis.model import Actor, Blame
from reader.core.analysis.speech import SpeechMap, analyse_speech
from reader.core.analysis.text import sentence_spans
from reader.core.documents.model import Document
from reader.paths import resources_dir

_CUES = json.loads((resources_dir() / "cues" / "blame.json").read_text(encoding="utf-8"))


def _compile(key: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in _CUES[key]) + r")\b", re.I)


SUBJECT = _compile("subject")
AGENT = _compile("agent")
OBJECT = _compile("object")
EVERYONE = _compile("everyone")
YOU_NEGATIVE = _compile("you_negative")
MODIFIER = re.compile(r"^(?:[’']s)?\s*(?:\w+\s+)?(?:" + "|".join(_CUES["modifier"]) + r")\b", re.I)
MODIFIER_ANY = re.compile(r"\b(?:" + "|".join(_CUES["modifier"]) + r")\b", re.I)
BOUNDARY = re.compile("|".join(re.escape(b) for b in _CUES["boundaries"]), re.I)
_NEGATION = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:\w+\s+)?$", re.I)
_EXCLUDED_BEFORE = LOCATIVES | {"against", "for", "on", "with", "about", "over", "than", "like", "unlike"}
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got|gets)\s+(?:\w+ly\s+)?$", re.I)
_DEED = re.compile(r"(?:killed|executed|massacred|abducted|tortured|murdered|slaughtered|shelled|bombed|gassed|starved|"
                   r"violated|betrayed|committed|launched|obstructed|sabotaged|lied|failed)", re.I)
_YOU = re.compile(r"\byou(?:r)?\b", re.I)


@dataclass
class _Hit:
    mention: ActorMention | None
    target: str
    cue: str


def _preceding_word(text: str, pos: int) -> str:
    m = re.search(r"([\w’'-]+)\W*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _eligible(text: str, m: ActorMention) -> bool:
    """Not a place after a locative ('in X'), not a possessor of something else ("X's famous line")."""
    prev = _preceding_word(text, m.start)
    if prev == "the":
        prev = _preceding_word(text, m.start - len(re.search(r"\w+\W*$", text[:m.start]).group()))
    if prev in _EXCLUDED_BEFORE:
        return False
    return not re.match(r"[’']s\b", text[m.end:m.end + 2])


def _subjects(text: str, mentions: list[ActorMention], clause_start: int, cue_start: int) -> list[ActorMention]:
    """The grammatical subject of a cue: the first actor of its clause with those coordinated with it, and the
    actor standing right before the cue ("..., and gunmen had killed")."""
    region = [m for m in mentions if clause_start <= m.start and m.end <= cue_start and _eligible(text, m)]
    if region:
        out = _chain(text, region, region[0])
        last = region[-1]
        gap = text[last.end:cue_start]
        if last not in out and len(gap.split()) <= 3 and "," not in gap:
            out += [m for m in _chain(text, region, _chain_head(text, region, last)) if m not in out]
        return out
    # "a regime that has killed": the subject is the noun before the relative pronoun
    rel = re.search(r"\b(?:that|who|which)\s+$", text[clause_start - 6:clause_start] if clause_start >= 6 else "")
    if rel:
        before = [m for m in mentions if m.end <= clause_start and clause_start - m.end <= 12]
        return before[-1:]
    return []


def _chain(text: str, mentions: list[ActorMention], first: ActorMention) -> list[ActorMention]:
    """`first` and the mentions coordinated with it ("X, Y and Z", "neither X nor Y")."""
    out = [first]
    for m in mentions:
        if m.start <= out[-1].start:
            continue
        gap = text[out[-1].end:m.start]
        if not _COORD.fullmatch(gap):
            break
        out.append(m)
    return out


def _chain_head(text: str, mentions: list[ActorMention], last: ActorMention) -> ActorMention:
    """The first mention of the coordinated list that ends with `last`."""
    i = mentions.index(last)
    while i > 0 and _COORD.fullmatch(text[mentions[i - 1].end:mentions[i].start]):
        i -= 1
    return mentions[i]


_COORD = re.compile(r"\s*(?:,|and|or|nor|as well as|,\s*and|,\s*or)?\s*(?:the|his|her|their|its)?\s*(?:[\w-]+\s+)?", re.I)


def _objects(text: str, mentions: list[ActorMention], cue_end: int, limit: int) -> list[ActorMention]:
    """The actor(s) right after a cue: the first mention and those coordinated with it."""
    after = [m for m in mentions if m.start >= cue_end and m.end <= limit]
    out: list[ActorMention] = []
    pos = cue_end
    for m in after:
        gap = text[pos:m.start]
        if out and not re.fullmatch(r"\s*(?:,|and|or|nor|as well as|,\s*and)?\s*(?:the|his|her|their|its)?\s*", gap, re.I):
            break
        if not out and len(gap.split()) > 4:
            break
        out.append(m)
        pos = m.end
    return out


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    start = sent_start
    for b in BOUNDARY.finditer(text, sent_start, pos):
        start = b.end()
    return start


def _sentence_hits(text: str, s: int, e: int, mentions: list[ActorMention], speech: SpeechMap) -> list[_Hit]:
    sent = text[s:e]
    hits: list[_Hit] = []
    for m in EVERYONE.finditer(sent):
        hits.append(_Hit(None, re.search(r"everyone involved|everyone|everybody|all sides|all parties|both sides|all of them|around",
                                          m.group(), re.I).group().replace("around", "everyone"), m.group()))
        hits += [_Hit(x, x.surface, m.group()) for x in mentions if _eligible(text, x)]
    for m in OBJECT.finditer(sent):
        cs, ce = s + m.start(), s + m.end()
        if _NEGATION.search(text[max(s, cs - 15):cs]) or _PASSIVE_BEFORE.search(text[max(s, cs - 12):cs]) \
                or re.match(r"\s+by\b", text[ce:ce + 4]):
            continue  # "it was criticized by the UN": the critic is not blamed
        hits += [_Hit(x, x.surface, m.group()) for x in _objects(text, mentions, ce, e)]
    for m in AGENT.finditer(sent):
        ce = s + m.end()
        hits += [_Hit(x, x.surface, m.group()) for x in _objects(text, mentions, ce, e)]
    previous_end = s
    for m in SUBJECT.finditer(sent):
        cs = s + m.start()
        clause = max(_clause_start(text, s, cs), previous_end)
        previous_end = s + m.end()
        if (_PASSIVE_BEFORE.search(text[max(s, cs - 12):cs]) and _DEED.match(m.group())) or re.search(r"\b(?:of|for|about|from)\s+$", text[max(s, cs - 6):cs]):
            continue  # "have been killed"; "accused X of breaking the truce": not the subject's deed
        if _NEGATION.search(text[max(s, cs - 15):cs]) and not re.match(r"did not|shown", m.group(), re.I):
            continue
        if _YOU.search(text[max(s, cs - 8):cs]):
            continue  # "you bear responsibility": handled through the addressee
        subj = _subjects(text, mentions, clause, cs)
        hits += [_Hit(x, x.surface, m.group()) for x in subj]
    for x in mentions:
        mm = MODIFIER.match(text[x.end:min(e, x.end + 40)])
        if mm and not _preceding_word(text, x.start) in _EXCLUDED_BEFORE:
            hits.append(_Hit(x, x.surface, mm.group().strip(" ’'s")))
    # Said to someone's face: "You bear responsibility," X said to Y / "Are you incapable of shame?"
    q = speech.quote_at(s, e)
    quotes = [q] if q else [qq for qq in speech.quotes if s <= qq.start < e]
    for quote in quotes:
        qtext = text[quote.start:quote.end]
        neg = YOU_NEGATIVE.search(qtext)
        if _YOU.search(qtext) and (neg or "?" in qtext):
            addressee = quote.addressee
            if addressee is None:
                earlier = [p for p in speech.quotes if p.end <= quote.start and p.speaker == quote.speaker and p.addressee]
                if earlier and quote.start - earlier[-1].end < 1500 and neg:
                    addressee = earlier[-1].addressee
            if addressee:
                cue = neg.group() if neg else "rhetorical question"
                targets = [x for x in mentions if addressee[0] <= x.start and x.end <= addressee[1]]
                if not targets and not (s <= addressee[0] < e):
                    continue
                hits += [_Hit(x, x.surface, cue) for x in targets]
    return hits


def find_blame(documents: list[Document], actors: list[Actor], index: ActorIndex | None = None) -> list[Blame]:
    """Which actors each article holds responsible, sentence by sentence, with cue and voice."""
    index = index or build_actor_index(documents)
    out: list[Blame] = []
    for doc in documents:
        text = doc.text
        speech = analyse_speech(doc)
        for s, e in sentence_spans(doc):
            sent = text[s:e]
            if not any(p.search(sent) for p in (SUBJECT, AGENT, OBJECT, EVERYONE, MODIFIER_ANY, _YOU)):
                continue
            mentions = index.in_span(doc.id, s, e)
            seen: set[str] = set()
            for hit in _sentence_hits(text, s, e, mentions, speech):
                actor_id = hit.mention.actor if hit.mention else index.resolve(hit.target)
                key = actor_id or hit.target.lower()
                if key in seen:
                    continue
                seen.add(key)
                pos = hit.mention.start if hit.mention else s
                source = speech.source_of(pos, pos + 1) if speech.quote_at(pos, pos + 1) else speech.source_of(s, e)
                out.append(Blame(id=f"b{len(out) + 1}", doc=doc.id, target=hit.target, actor=actor_id, source=source,
                                 cue=hit.cue, start=s, end=e, text=sent))
    return out
