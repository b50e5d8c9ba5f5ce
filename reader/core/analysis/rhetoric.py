"""Blame carried by rhetoric, mostly across two sentences: a doubting question, a who-question answered, a promise left
waiting, "X didn't. Y did.", "Nor has X."."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.analysis.actors import ActorMention
from reader.core.analysis.agency import CONTRARY, HARM, WRONG_NOUNS, AgencyHit
from reader.core.analysis.valence import valence
from reader.core.analysis.subjects import can_be_subject, resolve_pronoun
from reader.core.analysis.cues import load_cues

_CUES = load_cues("rhetoric")


def _alternation(key: str) -> str:
    """The cue list `key` of rhetoric.json as one regular-expression alternation, longest first."""
    return "(?:" + "|".join(sorted(_CUES[key], key=len, reverse=True)) + ")"


# "Did any of them?", "Did she?": a doubt about whether the ones just named did what they should have
_DOUBT = re.compile(r"^\W*(?:(?:and|but|so|well)\s*,?\s+)?(?P<aux>did|does|do|has|have|had|was|were|will|would|could)\s+"
                    r"(?:(?:any|either|one|each|a\s+single\s+one|even\s+one)\s+of\s+)?(?P<p>them|they|he|she|it)"
                    r"(?:\s+[a-z]+){0,3}\s*\?\W*$", re.I)
# "Start with former County Executive Ron Mercer": the answer to the question before
_ANSWER = re.compile(r"^\W*(?:(?:well|so)\s*,?\s+)?(?P<cue>" + _alternation("answer_openers") + r")\s+", re.I)
_WHO = re.compile(r"\W*(?:(?:and|but|so)\s*,?\s+)?who(?:se)?\b", re.I)
_VICTIM_QUESTION = re.compile(r"\b(?:pays?|paid|paying|suffers?|suffered|benefits?|benefited|loses?|lost|wins?|won|gains?|hurt|harmed|"
                              r"helped|left|stands? to|gets? stuck|is stuck|are stuck)\b", re.I)
_FOR_A_START = re.compile(r",?\s*(?:for a start|for starters|for one|to begin with|first of all|above all)\W*$", re.I)
# "Will the developers take responsibility when ...?": a question that asks whether someone will answer for it
_ACCOUNT = re.compile(r"^\W*(?:(?:and|but|so)\s*,?\s+)?(?:will|would|did|does|do|has|have|is|are|when\s+will|why\s+won['’]t|why\s+doesn['’]t|why\s+don['’]t)\s+"
                      r"(?P<np>[^?,;]{2,60}?)\s+(?:ever\s+|finally\s+|at\s+least\s+)?(?P<cue>" + _alternation("accountability") + r")\b[^?]*\?\W*$", re.I)
_HOLD = re.compile(r"^\W*(?:(?:and|but|so)\s*,?\s+)?who\s+(?:will|is\s+going\s+to|would)\s+hold\s+(?P<np>[^?,;]{2,60}?)\s+"
                   r"(?P<cue>accountable|responsible|to\s+account)\b", re.I)
# "We are still waiting.", "So much for concerns.": the promise or the word of the one named before, not kept
_WAITING = re.compile(r"^\W*(?:(?:and|but|so)\s*,?\s+)?(?P<cue>" + _alternation("unkept") + r")\b", re.I)
_PROMISE = re.compile(r"\b" + _alternation("promise_verbs") + r"\b", re.I)
# "who promised a package in his address, has not sent one": the promise and its failure in one sentence
_BROKEN = re.compile(r"\b(?:(?:has|have|had)\s+(?:not|never|yet\s+to)|never\s+(?:did|came|arrived|materiali[sz]ed|delivered|followed\s+through))\b", re.I)
_SO_MUCH = re.compile(r"^\W*(?P<cue>so\s+much\s+for)\s+\w+", re.I)
# "Now she has found a scapegoat.": after a sentence that cut, blocked or voted, a complaint that is hypocrisy
_NOW = re.compile(r"^\W*(?:(?:and|but|yet)\s+)?now\s*,?\s+(?P<p>he|she|they|it)\s+(?:(?:has|have|is|are|also|suddenly|conveniently|\w+ly)\s+){0,2}"
                  r"(?P<cue>" + _alternation("now_complaints") + r")", re.I)
# "... Crestline did.", "His department did.": the one who did what the sentence before says another did not
_CONTRAST_DID = re.compile(r"(?:^\W*|[,;]\s+)(?P<np>(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
                           r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:did|does|was|were)(?:[,.!]?[”\"]\s*(?:\w+\s+){0,4}?(?:said|says|added)\b[^.”\"]*)?\W*$")
_NEGATED = re.compile(r"\b(?:did not|didn['’]t|does not|doesn['’]t|was not|wasn['’]t|were not|weren['’]t|never)\b", re.I)
# "Nor has City Hall.": the sentence before, denied of someone else, is denied of this one too
_NOR_HAS = re.compile(r"^\W*(?:and\s+|but\s+)?nor\s+(?:has|have|had|did|does|do|is|are|was|were)\s+(?P<np>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|"
                      r"(?:the|his|her|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\W*$", re.I)
_NEGATED_OR_NOT = re.compile(r"\b(?:not|n['’]t|never|no one|nobody|nothing)\b", re.I)
_WORDS = re.compile(r"[A-Za-z’'-]+")
_UNNAMED = re.compile(r"(?:the|these|those|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*", re.I)


def _wrong_undone(text: str, start: int, end: int) -> bool:
    """True when [start, end) denies that someone did a wrong ("The software didn't ignore an email"): a negation followed
    closely by a harmful or negative word."""
    for m in _NEGATED.finditer(text, start, end):
        words = _WORDS.findall(text[m.end():min(end, m.end() + 80)])[:8]
        if any(w.lower() in HARM or w.lower() in WRONG_NOUNS or valence(w) <= -1.0 for w in words):
            return True
    return False


def _subject(text: str, mentions: list[ActorMention], start: int) -> list[ActorMention]:
    """The first actor of a sentence that can be its subject."""
    for m in mentions:
        if can_be_subject(text, m.start, m.end, start):
            return [m]
    return []


def _contrary(text: str, s: int, e: int) -> bool:
    """True when [s, e) reports an act that makes a later complaint hypocrisy (cut, blocked, voted against ...)."""
    words = [w.lower() for w in _WORDS.findall(text[s:e])]
    return any(w in CONTRARY or f"{w} {n}" in CONTRARY for w, n in zip(words, words[1:] + [""]))


def rhetoric_hits(text: str, s: int, e: int, mentions: list[ActorMention], before: list[ActorMention],
                  prev_span: tuple[int, int] | None, prev_mentions: list[ActorMention], kinds: dict[str, str],
                  speaker_of: Callable[[int], str | None], genders: dict[str, str],
                  plural_np: Callable[[int, int], str | None]) -> list[AgencyHit]:
    """Actors that sentence [s, e) blames by a rhetorical turn that points back at the sentence before (`prev_span`,
    whose actors are `prev_mentions`; `before` holds the candidates for a pronoun; `plural_np` finds an unnamed plural
    subject such as "Council members who voted for it" in a span)."""
    sent = text[s:e]
    hits: list[AgencyHit] = []

    def referents(word: str, at: int) -> list[AgencyHit]:
        found = resolve_pronoun(word, at, [], before, kinds, speaker_of(at), text, s, genders)
        if found:
            return [AgencyHit(m, m.surface, "", at) for m in found]
        if word.lower() in ("they", "them") and prev_span:
            np = plural_np(*prev_span)
            if np:
                return [AgencyHit(None, np, "", at)]
        return []

    if prev_span is None:
        return hits
    prev_question = text[prev_span[0]:prev_span[1]].rstrip(" ”\"’'").endswith("?")
    doubt = _DOUBT.match(sent)
    if doubt and len(_WORDS.findall(sent)) <= 8 and not prev_question:
        hits += [AgencyHit(h.mention, h.target, "doubting question: " + sent.strip(), s) for h in referents(doubt.group("p"), s)]
    answer = _ANSWER.match(sent)
    if answer and prev_question:
        at = s + answer.end()
        named = [m for m in mentions if at <= m.start and m.start - at <= 40 and not re.search(r"[,;.]", text[at:m.start])]
        if named:
            hits.append(AgencyHit(named[0], named[0].surface, "answered question: " + answer.group("cue").lower(), s))
        else:
            np = _UNNAMED.match(text, at, e)
            if np:
                hits.append(AgencyHit(None, np.group(), "answered question: " + answer.group("cue").lower(), s))
    elif prev_question and _WHO.match(text, prev_span[0], prev_span[1]) and not _VICTIM_QUESTION.search(text, prev_span[0], prev_span[1]) \
            and mentions and mentions[0].start - s <= 5 \
            and (len(_WORDS.findall(sent)) <= 12 or _FOR_A_START.search(sent)):
        # "Who let it get this way? Pell River's own leadership, for a start."
        hits.append(AgencyHit(mentions[0], mentions[0].surface, "answered question: who ...?", s))
    account = _ACCOUNT.match(sent) or _HOLD.match(sent)
    if account:
        a, b = s + account.start("np"), s + account.end("np")
        named = [m for m in mentions if a <= m.start and m.end <= b]
        cue = "question of accountability: " + account.group("cue").lower()
        if named:
            hits += [AgencyHit(m, m.surface, cue, s) for m in named[:2]]
        elif re.fullmatch(r"(?:he|she|they|it)", account.group("np"), re.I):
            hits += [AgencyHit(h.mention, h.target, cue, s) for h in referents(account.group("np"), s)]
        elif _UNNAMED.fullmatch(account.group("np")) and not re.match(r"(?:its|their)\b", account.group("np"), re.I):
            hits.append(AgencyHit(None, account.group("np"), cue, s))
    prev_text = text[prev_span[0]:prev_span[1]]
    waiting = _WAITING.match(sent)
    if waiting and _PROMISE.search(prev_text):
        hits += [AgencyHit(m, m.surface, "unkept promise: " + waiting.group("cue").lower(), s)
                 for m in _subject(text, prev_mentions, prev_span[0])]
    promise = _PROMISE.search(sent)
    broken = _BROKEN.search(sent, promise.end()) if promise else None
    if broken and not re.search(r"\b(?:if|unless|whether)\b", sent[:promise.start()], re.I):
        subject = _subject(text, [m for m in mentions if m.end <= s + promise.start()], s)
        hits += [AgencyHit(m, m.surface, "unkept promise: " + promise.group().lower() + " ... " + broken.group().lower(), s)
                 for m in subject]
    if _SO_MUCH.match(sent):
        hits += [AgencyHit(m, m.surface, "so much for", s) for m in _subject(text, prev_mentions, prev_span[0])]
    contrast = _CONTRAST_DID.search(sent)
    if contrast and (_wrong_undone(text, prev_span[0], prev_span[1]) or _wrong_undone(sent, 0, contrast.start())):
        a, b = s + contrast.start("np"), s + contrast.end("np")
        named = [m for m in mentions if a <= m.start < b]
        cue = "contrast: ... " + contrast.group("np") + " did"
        if named:  # "Medicaid didn't sell the parking lot. Crestline did."
            hits.append(AgencyHit(named[0], named[0].surface, cue, s))
        elif _UNNAMED.fullmatch(contrast.group("np")):  # "The software didn't ignore an email. His department did."
            hits.append(AgencyHit(None, contrast.group("np"), cue, s))
    nor = _NOR_HAS.match(sent)
    if nor and _NEGATED_OR_NOT.search(text, prev_span[0], prev_span[1]):
        a, b = s + nor.start("np"), s + nor.end("np")
        named = [m for m in mentions if a <= m.start < b]
        if named:  # "ParkSure has not helped itself. Nor has City Hall."
            hits.append(AgencyHit(named[0], named[0].surface, "nor has ...", s))
        elif _UNNAMED.fullmatch(nor.group("np")):
            hits.append(AgencyHit(None, nor.group("np"), "nor has ...", s))
    now = _NOW.match(sent)
    if now and _contrary(text, *prev_span):
        hits += [AgencyHit(h.mention, h.target, "now " + now.group("cue").lower(), s) for h in referents(now.group("p"), s)]
    return hits
