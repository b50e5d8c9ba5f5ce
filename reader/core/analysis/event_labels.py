"""Short human labels for events, and whether a group of passages reports a happening or makes a claim."""

from __future__ import annotations

import re

from reader.core.analysis.event_features import TIMES, is_number, number_at, word_features
from reader.core.analysis.event_units import Unit
from reader.core.analysis.event_text import normal, tokenize

MAX_LABEL_WORDS = 12

# Cues of an evaluative, modal, future or generalising statement (a claim rather than a report).
CLAIM_CUES = re.compile(
    r"\b(will|would|could|might|may|must|should|cannot|can't|won't|wouldn't|likely|unlikely|"
    r"premature|far from|clear(?:ly)?|obvious(?:ly)?|naive|wrong|right to|convinced|believe|"
    r"think|seems?|appears? to|no doubt|of course|never|again and again|time and (?:time )?again|"
    r"once again|always|failed|has failed|have failed|is to blame|nothing|no one|everyone|"
    r"as if|sadly|unfortunately|appalling|shameful|absurd)\b",
    re.IGNORECASE,
)
# Cues of a reported happening: dates, days, counted victims, past-tense actions with an agent
# (days and months but "may", which is far more often the modal).
EVENT_CUES = re.compile(
    r"\b(yesterday|today|" + "|".join(sorted(TIMES - {"may"})) + "|"
    r"\w+ed by|were \w+ed|was \w+ed|has \w+ed|have \w+ed|announced|reported|\d[\d,.]*)\b",
    re.IGNORECASE,
)


def kind_of(texts: list[str]) -> str:
    """"claim" when the passages mostly evaluate, predict or generalise; otherwise "event"."""
    claim = event = 0
    for text in texts:
        c = len(CLAIM_CUES.findall(text))
        e = len(EVENT_CUES.findall(text))
        if c > e:
            claim += 1
        else:
            event += 1
    return "claim" if claim > event else "event"


LABEL_BREAK = re.compile(r"[,;:()\"“”—–?!]|\s-\s")
EDGE_WORDS = frozenset("""a an the and but or nor so yet that which who whom whose while whereas as if
    including of to in on at by for from with into than then also even just it its this these those
    there their they he she his her we our you your i is are was were be been has have had will would
    could should may might must can do does did not no""".split())


def _token_keys(tokens: list, lower_seen: set[str]) -> list[set[str]]:
    """The features each token of a passage carries, numbers read as `positioned_features` reads them."""
    lowered = [normal(t.text) for t in tokens]
    return [number_at(lowered, i) if is_number(tok.text) else set(word_features(tok.text, lower_seen))
            for i, tok in enumerate(tokens)]


OPENERS = frozenset("""that which who whom after as when while because and but whereas where since
    although though if once until before said says""".split())
MID_PHRASE = frozenset("""of the a an than to by for from with into in on at its their his her our
    this these those""".split())
MIN_LABEL_WORDS = 4


def _capitalised(token) -> bool:
    return token.text[:1].isupper()


def label_for(text: str, keys: dict[str, float], lower_seen: set[str]) -> str:
    """A readable stretch of the clause of `text` that carries most key weight, at most a dozen words.

    Windows that begin where a phrase begins (a clause start, or after "that", "after", "when"...) and
    end where the clause ends are preferred; windows that start or stop inside a name or right after
    "of", "the", "than"... are avoided, so the label reads as a phrase rather than a fragment.
    """
    tokens = tokenize(text)
    if not tokens:
        return _clean(text[:80])
    feats = _token_keys(tokens, lower_seen)
    gain = [sum(keys.get(f, 0.0) for f in fs) for fs in feats]
    # clause number of each token: a new clause starts after punctuation between two tokens
    clause = [0] * len(tokens)
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end:tokens[i].start]
        clause[i] = clause[i - 1] + (1 if LABEL_BREAK.search(gap) else 0)
    n = len(tokens)
    bonus = 0.3 * max(max(gain), 1e-6)
    best = (float("-inf"), 0, min(n, MAX_LABEL_WORDS) - 1)
    for i in range(n):
        lower_i = tokens[i].text.lower()
        starts_clause = i == 0 or clause[i - 1] != clause[i]
        start_score = 0.0
        if starts_clause or tokens[i - 1].text.lower() in OPENERS:
            start_score += bonus
        if not starts_clause and (tokens[i - 1].text.lower() in MID_PHRASE
                                  or (_capitalised(tokens[i]) and _capitalised(tokens[i - 1]))):
            start_score -= 2 * bonus
        if lower_i in EDGE_WORDS or (lower_i.endswith("ly") and len(lower_i) > 4):
            start_score -= bonus  # "the ...", "importantly ...": no way to open a label
        total = 0.0
        for j in range(i, min(n, i + MAX_LABEL_WORDS)):
            if clause[j] != clause[i]:
                break
            total += gain[j]
            if j - i + 1 < min(MIN_LABEL_WORDS, n):
                continue
            ends_clause = j == n - 1 or clause[j + 1] != clause[j]
            end_score = bonus if ends_clause else 0.0
            if not ends_clause and _capitalised(tokens[j]) and _capitalised(tokens[j + 1]):
                end_score -= 2 * bonus
            if tokens[j].text.lower() in EDGE_WORDS:
                end_score -= bonus
            if text[tokens[j].end:tokens[j].end + 1] in ("-", "'", "’"):
                end_score -= 2 * bonus  # "24|-hour": never cut a hyphenated word
            score = total + start_score + end_score - 0.01 * (j - i)
            if total > 0 and score > best[0]:
                best = (score, i, j)
    _, i, j = best
    while i < j and tokens[i].text.lower() in EDGE_WORDS:
        i += 1
    while j > i and tokens[j].text.lower() in EDGE_WORDS:
        j -= 1
    return _clean(text[tokens[i].start:tokens[j].end])


def _clean(label: str) -> str:
    label = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", label)
    label = re.sub(r"[\[\]()*_#]", "", label)
    label = re.sub(r"\s+", " ", label).strip(" ,;:-–—\"'“”‘’")
    return label[:1].upper() + label[1:] if label else label


def key_features(units: list[Unit]) -> dict[str, float]:
    """Features shared by passages of at least two documents, with their weight (one document: all)."""
    docs_of: dict[str, set[int]] = {}
    weight: dict[str, float] = {}
    for u in units:
        for f, w in u.weights.items():
            if f[0] != "B":
                docs_of.setdefault(f, set()).add(u.doc)
                weight[f] = w
    shared = {f: weight[f] for f, docs in docs_of.items() if len(docs) >= 2}
    return shared or weight
