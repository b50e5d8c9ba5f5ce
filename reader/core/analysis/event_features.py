"""Reads the features of a passage: names, word stems or paraphrase classes, numbers, word pairs, clauses."""

from __future__ import annotations

import re

from reader.core.analysis.event_text import (
    IRREGULAR,
    NUMBER_WORDS,
    SCALES,
    VAGUE,
    name_key,
    normal,
    number_features,
    paraphrase_classes,
    phrase_classes,
    stem,
    stopwords,
    tokenize,
)
from reader.core.analysis.event_rarity import zipf
from reader.core.documents.model import Document



WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


COMMON_WORD_ZIPF = 3.5  # a sentence-initial capitalised word this frequent in English is a word, not a name


def lowercase_vocabulary(documents: list[Document]) -> set[str]:
    """Words taken for ordinary words, not names: those seen at least once in lower case, and common
    English words seen capitalised only at the start of a sentence ("Unemployment rose...").
    A capitalised word outside this set is taken for a name."""
    seen: set[str] = set()
    initial: set[str] = set()  # capitalised first words of sentences
    inside: set[str] = set()  # capitalised words inside sentences
    for doc in documents:
        seen.update(w for w in WORD.findall(doc.text) if w[0].islower())
        for span in doc.sentences:
            words = WORD.findall(doc.text[span.start:span.end])
            if words and words[0][0].isupper():
                initial.add(normal(words[0]))
            inside.update(normal(w) for w in words[1:] if w[0].isupper())
    lower = {normal(w) for w in seen}
    return lower | {w for w in initial - inside - lower if zipf(w) >= COMMON_WORD_ZIPF}


# Names of days and months: when something happened ("T:"), a cue of its own rather than a name.
TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split())


def _word_features(word: str, lower_seen: set[str]) -> list[str]:
    n = normal(word)
    if len(n) < 2 or n in stopwords() or n in NUMBER_WORDS or n in SCALES or n in VAGUE:
        return []
    if n in TIMES and word[0].isupper():
        return ["T:" + n]
    if word[0].isupper() and n not in lower_seen:
        return ["N:" + name_key(n)]
    s = stem(n)
    classes = paraphrase_classes().get(s)
    return ["C:" + c for c in classes] if classes else ["W:" + s]


def word_features(word: str, lower_seen: set[str]) -> list[str]:
    """The features of one word: its name key, stem or paraphrase classes; a compound's joined stems only
    ("pro-government" gives one feature, not also "government")."""
    if "-" not in word:
        return _word_features(word, lower_seen)
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2:
        return _word_features(parts[0], lower_seen) if parts else []
    return ["W:" + "-".join(stem(p) for p in parts)]


EVENTIVE = re.compile(r"(?:ed|ing|tions?|sions?|ments?|ures?|ances?|ences?)$")
# Classes of who or what, not of what happened.
NOT_EVENTS = frozenset({"C:people", "C:world", "C:military", "C:fighters", "C:children", "C:company", "C:experts",
                        "C:aircraft", "C:weapon", "C:home", "C:candidate", "C:lawmaker"})
# Nouns of happenings in "-al" and other endings EVENTIVE cannot tell from adjectives ("political").
EVENT_NOUNS = frozenset(stem(w) for w in """betrayal approval removal refusal arrival denial renewal survival
    trial reversal rebuttal upheaval revival disapproval dismissal proposal""".split())
# Nouns of institutions and groups that look like event words ("-tion", "-ment") but name who, not what.
INSTITUTIONS = frozenset(stem(w) for w in """government governments administration opposition organization
    organisation parliament department nation nations population coalition union association foundation
    institution commission committee management movement generation congregation delegation federation
    corporation agency ministry""".split())
# Verbs of saying and thinking tell who spoke, not what happened: never an anchor.
REPORTING = frozenset(stem(w) for w in """ask asked asking add added adding note noted noting state stated
    explain explained claim claimed argue argued argues write wrote announce announced comment commented
    respond responded reply replied insist insisted suggest suggested believe believed think thinking
    mention mentioned describe described call called report reported according speaking""".split())


def is_anchor(feature: str, word: str) -> bool:
    """Whether a feature says what happened: an action or event word, or a count (not a bare name)."""
    kind = feature[0]
    if kind in "#~":
        return True
    if kind == "C":
        return feature not in NOT_EVENTS
    if kind == "W":
        if feature[2:] in REPORTING or feature[2:] in INSTITUTIONS:
            return False
        return bool(EVENTIVE.search(word)) or word in IRREGULAR or feature[2:] in EVENT_NOUNS
    return False


# Three-word function phrases whose middle word carries no content ("in order to", "as well as").
FUNCTION_PHRASES = frozenset(tuple(p.split()) for p in (
    "in order to", "as well as", "in terms of", "in spite of", "on behalf of", "in front of", "by means of",
    "in light of", "in addition to", "so long as", "as long as", "in place of", "in charge of", "in favour of",
    "in favor of", "on top of", "in case of"))


def _in_function_phrase(tokens: list, k: int) -> bool:
    """Whether token k is the middle word of a function phrase."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    return (normal(tokens[k - 1].text), normal(tokens[k].text), normal(tokens[k + 1].text)) in FUNCTION_PHRASES


def is_number(token: str) -> bool:
    """Whether a token is written in figures ("400,000", "98%", "$3.5")."""
    return token[0].isdigit() or token[0] == "$"


def number_at(lowered: list[str], k: int) -> set[str]:
    """Features of the number at token k of lower-cased tokens, read with a scale word or "percent" after it."""
    nxt = lowered[k + 1:k + 2]
    return number_features(lowered[k:k + 1] + (nxt if nxt and (nxt[0] in SCALES or nxt[0] == "percent") else []))


Feature = tuple[int, str, str]  # (offset of the word, feature, the word in lower case or "")


def positioned_features(text: str, lower_seen: set[str]) -> list[Feature]:
    """Features of a passage in reading order, each with the offset of the word that gave it.

    Names (capitalised words never seen in lower case), days and months ("T:"), word stems or
    their paraphrase classes, the classes of lexicon phrases ("take control", "open their doors"),
    hyphenated compounds, numbers and magnitudes, and pairs of adjacent content words ("B:").
    """
    tokens = tokenize(text)
    lowered = [normal(t.text) for t in tokens]
    out: list[Feature] = []
    words: list[tuple[int, int, str, str]] = []  # (start, end, feature) of content words, for bigrams
    for k, tok in enumerate(tokens):
        word = tok.text
        if _in_function_phrase(tokens, k):
            continue
        if is_number(word):
            for f in number_at(lowered, k):
                out.append((tok.start, f, ""))
            continue
        feats = word_features(word, lower_seen)
        low = normal(word)
        for f in feats:
            out.append((tok.start, f, low))
        if feats:
            words.append((tok.start, tok.end, feats[0], low))
    stems = [stem(w) for w in lowered]
    for k, end, cls in phrase_classes(stems):
        rarest = min(lowered[k:end], key=zipf)  # a phrase is at least as rare as its rarest word
        out.append((tokens[k].start, "C:" + cls, rarest))
    for f in number_features(lowered):
        if f.startswith("~") or not any(g == f for _, g, _ in out):
            out.append((0, f, ""))  # vague quantities ("tens of thousands", "half a million")
    for pos, f in tally_features(text):
        out.append((pos, f, ""))
    for (s1, e1, f1, w1), (s2, _, f2, w2) in zip(words, words[1:]):
        gap = text[e1:s2]
        if len(gap) <= 12 and not any(ch in gap for ch in ",;:.()\"“”—–"):
            out.append((s1, "B:" + f1[2:] + "_" + f2[2:], w1 + " " + w2))
    return out


# A tally of a vote, verdict or score ("68-31", "68 to 31", "a 4-3 ruling"), not a range of units ("10-15 years").
TALLY = re.compile(r"(?<![\d.,$])(\d{1,3})\s?(?:-|–|—|\sto\s)\s?(\d{1,3})(?!\d|[.,]\d|%)"
                   r"(?!\s*(?:percent|per\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|[ap]\.?m\b))",
                   re.IGNORECASE)


def tally_features(text: str) -> list[tuple[int, str]]:
    """Vote counts and scores as one feature each, larger number first ("#v68-31"), wherever written
    with a dash or "to"; the two numbers alone are common, the pair tells one vote from another."""
    out: list[tuple[int, str]] = []
    for m in TALLY.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a == b or (a == 0 and b == 0):
            continue
        out.append((m.start(), f"#v{max(a, b)}-{min(a, b)}"))
    return out


CLAUSE_MARK = re.compile(r"[,;:()\"“”—–]|\s(?:and|but|while|whereas|as|after|before|because|which|who|when)\s")


def clause_sets(text: str, feats: list[Feature]) -> list[set[str]]:
    """The features of each clause of a passage (clauses of fewer than three features join the next)."""
    cuts = [m.start() for m in CLAUSE_MARK.finditer(text)] + [len(text) + 1]
    groups: list[set[str]] = []
    cur: set[str] = set()
    k = 0
    for pos, f, _ in sorted(feats, key=lambda pf: pf[0]):
        while pos >= cuts[k]:
            k += 1
            if len(cur) >= 3:
                groups.append(cur)
                cur = set()
        cur.add(f)
    if cur:
        if len(cur) < 3 and groups:
            groups[-1] |= cur
        else:
            groups.append(cur)
    return groups if len(groups) > 1 else []
