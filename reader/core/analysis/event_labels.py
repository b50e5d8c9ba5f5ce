"""Short human labels for events, and whether a group of passages reports a happening or makes a claim."""

from __future__ import annotations

import re

from reader.core.analysis.event_index import Unit, word_features
from reader.core.analysis.event_text import SCALES, normal, number_features, tokenize

MAX_LABEL_WORDS = 12

# Cues of an evaluative, modal, future or generalising statement (a claim rather than a report).
CLAIM_CUES = re.compile(
    r"\b(will|would|could|might|may|must|should|cannot|can't|won't|wouldn't|likely|unlikely|"
    r"premature|far from|clear(?:ly)?|obvious(?:ly)?|naive|wrong|right to|convinced|believe|"
    r"think|seems?|appears? to|no doubt|of course|never|again and again|time and (?:time )?again|"
    r"once again|always|failed|has failed|have failed|is to blame|nothing|no one|everyone)\b",
    re.IGNORECASE,
)
# Cues of a reported happening: dates, days, counted victims, past-tense actions with an agent.
EVENT_CUES = re.compile(
    r"\b(yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
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


def _key_positions(text: str, keys: set[str], lower_seen: set[str]) -> list[tuple[int, int]]:
    """Token (start, end) offsets of words of `text` that carry one of the `keys` features."""
    tokens = tokenize(text)
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if tok.text[0].isdigit():
            nxt = normal(tokens[i + 1].text) if i + 1 < len(tokens) else ""
            feats = number_features([normal(tok.text)] + ([nxt] if nxt in SCALES else []))
        else:
            feats = set(word_features(tok.text, lower_seen))
        if feats & keys:
            spans.append((tok.start, tok.end))
    return spans


def label_for(text: str, keys: set[str], lower_seen: set[str]) -> str:
    """The shortest stretch of `text` holding most of its key words, cut to a dozen words."""
    spans = _key_positions(text, keys, lower_seen)
    if not spans:
        words = text.split()
        return _clean(" ".join(words[:MAX_LABEL_WORDS]))
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    best = (0, 0, len(spans) - 1)
    # densest window of key words no longer than MAX_LABEL_WORDS tokens
    lo = 0
    for hi in range(len(spans)):
        while _words_between(starts, spans[lo][0], spans[hi][1]) > MAX_LABEL_WORDS:
            lo += 1
        if hi - lo + 1 > best[0]:
            best = (hi - lo + 1, lo, hi)
    _, lo, hi = best
    return _clean(text[spans[lo][0]:spans[hi][1]])


def _words_between(starts: list[int], a: int, b: int) -> int:
    return sum(1 for s in starts if a <= s < b)


def _clean(label: str) -> str:
    label = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", label)
    label = re.sub(r"[\[\]()*_#]", "", label)
    label = re.sub(r"\s+", " ", label).strip(" ,;:-–—\"'“”‘’")
    return label[:1].upper() + label[1:] if label else label


def key_features(units: list[Unit]) -> set[str]:
    """Features shared by passages of at least two documents (for one-document events: the rarest)."""
    docs_of: dict[str, set[int]] = {}
    for u in units:
        for f in u.weights:
            docs_of.setdefault(f, set()).add(u.doc)
    shared = {f for f, docs in docs_of.items() if len(docs) >= 2 and not f.startswith("C:")}
    if shared:
        return shared
    u = units[0]
    ranked = sorted((f for f in u.weights if not f.startswith("C:")), key=lambda f: -u.weights[f])
    return set(ranked[:5])
