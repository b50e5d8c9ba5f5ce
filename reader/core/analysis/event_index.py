"""Weighted features of every sentence and an inverted index that proposes candidate pairs across articles."""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from reader.core.analysis.event_text import (
    IRREGULAR,
    NUMBER_WORDS,
    SCALES,
    VAGUE,
    name_key,
    normal,
    number_features,
    paraphrase_classes,
    stem,
    stopwords,
    tokenize,
)
from reader.core.analysis.event_rarity import rarity, zipf
from reader.core.documents.model import Document

# How much one shared feature of each kind counts, before rarity (IDF) is applied.
KIND_WEIGHT = {"N": 1.6, "#": 2.2, "~": 0.8, "n": 1.5, "W": 1.0, "C": 0.9, "B": 0.5, "P": 1.2}
PAIR_WEIGHT = True  # unordered pairs of action words in one sentence ("end"+"war") are features too
NORM_FLOOR = 30.0  # passages lighter than this are normalised as if they weighed this much
NAME_SHARE = 1.0  # shared names count at most this many times the other shared weight
CLAUSE_FACTOR = 0.9  # a clause-to-clause match counts almost as much as a sentence match
MIN_LINK_WEIGHT = 5.0  # two passages must share at least this much weight to be linked
COMPOUND_HEAD = False  # "pro-government" gives one feature, not also "government"
REQUIRE_ANCHOR = True  # a link needs a shared action, event word or count, not only names
MIN_SHARED_FEATURES = 3  # distinct words, names or numbers two linked passages have in common
TWO_FEATURE_MIN = 0.4  # clause similarity needed when only two features are shared
MIX = 0.2  # normaliser leans towards the lighter passage: a clause contained in a long sentence still matches
MIN_FEATURES = 3  # sentences with fewer content features are not matched
TOP_PARTNERS = 12  # candidates scored per passage
POSTING_CAP = 50  # features in more sentences than this are too common to propose candidates
MAX_UNIT_CHARS = 700  # longer "sentences" (lists, run-ons) are cut at clause marks


@dataclass
class Unit:
    """One sentence (or clause of a very long one) of one document, with its weighted features."""

    doc: int  # index of the document in the analysed list
    start: int
    end: int
    raw: set[str]
    clauses: list[set[str]] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    clause_totals: list[float] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)  # features that name what happened (see is_anchor)


@dataclass
class IndexStats:
    """What candidate generation did: how many sentence pairs it scored and how many exist."""

    units: int = 0
    scored_pairs: int = 0
    possible_pairs: int = 0


LOWER_WORD = re.compile(r"(?<![A-Za-z'’])[a-z][a-z'’]*")


def lowercase_vocabulary(documents: list[Document]) -> set[str]:
    """Words seen at least once in lower case: a capitalised word never seen so is taken for a name."""
    seen: set[str] = set()
    for doc in documents:
        seen.update(LOWER_WORD.findall(doc.text))
    return {normal(w) for w in seen}


def _word_feature(word: str, lower_seen: set[str]) -> str | None:
    n = normal(word)
    if len(n) < 2 or n in stopwords() or n in NUMBER_WORDS or n in SCALES or n in VAGUE:
        return None
    if word[0].isupper() and n not in lower_seen:
        return "N:" + name_key(n)
    s = stem(n)
    cls = paraphrase_classes().get(s)
    return "C:" + cls if cls else "W:" + s


def word_features(word: str, lower_seen: set[str]) -> list[str]:
    """The features of one word: its name key, stem or paraphrase class; a compound's joined stems."""
    if "-" not in word:
        f = _word_feature(word, lower_seen)
        return [f] if f else []
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2:
        f = _word_feature(parts[0], lower_seen) if parts else None
        return [f] if f else []
    head = _word_feature(parts[-1], lower_seen) if COMPOUND_HEAD else None
    return ["W:" + "-".join(stem(p) for p in parts)] + ([head] if head else [])


EVENTIVE = re.compile(r"(?:ed|ing|tions?|sions?|ments?|ures?|ances?|ences?)$")
NOT_EVENTS = frozenset({"C:people", "C:world"})


def is_anchor(feature: str, word: str) -> bool:
    """Whether a feature says what happened: an action or event word, or a count (not a bare name)."""
    kind = feature[0]
    if kind in "#~":
        return True
    if kind == "C":
        return feature not in NOT_EVENTS
    if kind == "W":
        return bool(EVENTIVE.search(word)) or word in IRREGULAR
    if kind == "B":
        return True
    return False


Feature = tuple[int, str, str]  # (offset of the word, feature, the word in lower case or "")


def positioned_features(text: str, lower_seen: set[str]) -> list[Feature]:
    """Features of a passage in reading order, each with the offset of the word that gave it.

    Names (capitalised words never seen in lower case), word stems or their paraphrase class,
    hyphenated compounds, numbers and magnitudes, and pairs of adjacent content words ("B:").
    """
    tokens = tokenize(text)
    out: list[Feature] = []
    words: list[tuple[int, int, str, str]] = []  # (start, end, feature) of content words, for bigrams
    for k, tok in enumerate(tokens):
        word = tok.text
        if word[0].isdigit() or word[0] == "$":
            nxt = [normal(t.text) for t in tokens[k + 1:k + 3]]
            for f in number_features([normal(word)] + nxt[:1] if nxt[:1] and nxt[0] in SCALES
                                     else [normal(word)] + (nxt[:1] if nxt[:1] == ["percent"] else [])):
                out.append((tok.start, f, ""))
            continue
        feats = word_features(word, lower_seen)
        low = normal(word)
        for f in feats:
            out.append((tok.start, f, low))
        if feats:
            words.append((tok.start, tok.end, feats[0], low))
    lowered = [normal(t.text) for t in tokens]
    for f in number_features(lowered):
        if f.startswith("~") or not any(g == f for _, g, _ in out):
            out.append((0, f, ""))  # vague quantities ("tens of thousands", "half a million")
    for (s1, e1, f1, w1), (s2, _, f2, w2) in zip(words, words[1:]):
        gap = text[e1:s2]
        if len(gap) <= 12 and not any(ch in gap for ch in ",;:.()\"“”—–"):
            out.append((s1, "B:" + f1[2:] + "_" + f2[2:], w1 + " " + w2))
    return out


def sentence_features(text: str, lower_seen: set[str]) -> set[str]:
    """The unweighted features of a passage (see positioned_features)."""
    return {f for _, f, _ in positioned_features(text, lower_seen)}


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


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cuts an over-long passage at semicolons/colons/dashes into pieces of bounded length."""
    if end - start <= MAX_UNIT_CHARS:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur = start
    i = start
    while i < end:
        ch = text[i]
        if ch in ";:–—\n" and i - cur >= 80:
            pieces.append((cur, i + 1))
            cur = i + 1
        elif i - cur >= MAX_UNIT_CHARS and ch == " ":
            pieces.append((cur, i))
            cur = i + 1
        i += 1
    if cur < end:
        pieces.append((cur, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def build_units(documents: list[Document], lower_seen: set[str] | None = None) -> list[Unit]:
    """Every sentence of every document as a Unit with weighted features (IDF over all sentences)."""
    if lower_seen is None:
        lower_seen = lowercase_vocabulary(documents)
    units: list[Unit] = []
    zipfs: dict[str, list[float]] = defaultdict(list)
    for d, doc in enumerate(documents):
        for span in doc.sentences:
            for a, b in _clauses(doc.text, span.start, span.end):
                a, b = _trim(doc.text, a, b)
                if b <= a:
                    continue
                feats = positioned_features(doc.text[a:b], lower_seen)
                for _, f, word in feats:
                    if word:
                        for w in word.split():
                            zipfs[f].append(zipf(w))
                raw = {f for _, f, _ in feats}
                if PAIR_WEIGHT:
                    concepts = sorted({f[2:] for _, f, w in feats if f[0] in "CW" and is_anchor(f, w)})
                    raw |= {"P:" + x + "+" + y for k, x in enumerate(concepts) for y in concepts[k + 1:]}
                if len(raw) >= MIN_FEATURES:
                    units.append(Unit(doc=d, start=a, end=b, raw=raw,
                                      clauses=clause_sets(doc.text[a:b], feats),
                                      anchors={f for _, f, w in feats if is_anchor(f, w)}))
    df: dict[str, int] = defaultdict(int)
    for u in units:
        for f in u.raw:
            df[f] += 1
    n = max(1, len(units))
    general = {f: rarity(max(zs)) if f[0] == "B" else rarity(sum(zs) / len(zs)) if zs else 1.0
               for f, zs in ((f, zipfs.get(f, [])) for f in df)}
    for u in units:
        u.weights = {f: KIND_WEIGHT[f[0]] * math.log(1.0 + n / df[f]) * general[f] for f in u.raw}
        u.total = sum(u.weights.values())
        u.clause_totals = [sum(u.weights[f] for f in c) for c in u.clauses]
    return units


def _shared_weight(a: Unit, fa: set[str] | dict[str, float], fb: set[str] | dict[str, float]) -> tuple[float, int]:
    """Weight of the features in both sets (names count at most NAME_SHARE times the rest), and how
    many distinct words, names or numbers that is (word pairs and bigrams are not counted)."""
    names = other = 0.0
    count = 0
    for f in fa:
        if f in fb:
            if f[0] == "N":
                names += a.weights[f]
            else:
                other += a.weights[f]
            if f[0] not in "BP":
                count += 1
    return other + min(names, NAME_SHARE * other), count


def _norm(wa: float, wb: float) -> float:
    lo, hi = (wa, wb) if wa <= wb else (wb, wa)
    return max(lo, NORM_FLOOR) ** (1 - MIX) * max(hi, NORM_FLOOR) ** MIX


def similarity(a: Unit, b: Unit) -> float:
    """How surely two passages report the same thing (0..1).

    Shared feature weight over the geometric mean of both passages' weight, or, when higher, the
    same between their best-matching clauses (a long sentence may report the event in one clause).
    Shared names alone say the same people are involved, not that the same thing happened, so
    their weight is capped relative to the rest, and a link needs a shared action, event word or
    count. Pairs sharing less than MIN_LINK_WEIGHT, or fewer than MIN_SHARED_FEATURES distinct
    features, score 0; two shared features are enough only between two short matching clauses.
    """
    if REQUIRE_ANCHOR and not (a.anchors & b.anchors):
        return 0.0
    if len(a.weights) > len(b.weights):
        a, b = b, a
    shared, count = _shared_weight(a, a.weights, b.weights)
    if shared < MIN_LINK_WEIGHT or count < 2:
        return 0.0
    best = 0.0
    if count >= MIN_SHARED_FEATURES:
        best = shared / _norm(a.total, b.total)
    if len(a.clauses) > 1 or len(b.clauses) > 1:
        ca = a.clauses or [set(a.weights)]
        cb = b.clauses or [set(b.weights)]
        ta = a.clause_totals or [a.total]
        tb = b.clause_totals or [b.total]
        for x, fx in enumerate(ca):
            for y, fy in enumerate(cb):
                s, n = _shared_weight(a, fx, fy)
                if s >= MIN_LINK_WEIGHT and n >= 2:
                    v = CLAUSE_FACTOR * s / _norm(ta[x], tb[y])
                    if n >= MIN_SHARED_FEATURES or v >= TWO_FEATURE_MIN:
                        best = max(best, v)
    return min(1.0, best)


def shared_features(a: Unit, b: Unit) -> list[str]:
    return [f for f in a.weights if f in b.weights]


def candidate_pairs(units: list[Unit], min_shared: float, stats: IndexStats | None = None
                    ) -> dict[tuple[int, int], float]:
    """Pairs of units in different documents that share enough rare features, with their similarity.

    Only features found in 2..POSTING_CAP units propose pairs, so the work grows with the number of
    units times the cap, not with the square of the number of units.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        for f in u.raw:
            postings[f].append(i)
    acc: dict[tuple[int, int], float] = defaultdict(float)
    for f, ids in postings.items():
        if len(ids) < 2 or len(ids) > POSTING_CAP:
            continue
        for x in range(len(ids)):
            i = ids[x]
            ui = units[i]
            wi = ui.weights[f]
            for y in range(x + 1, len(ids)):
                j = ids[y]
                if units[j].doc != ui.doc:
                    acc[(i, j)] += wi
    # each passage keeps its TOP_PARTNERS strongest candidates (by shared rare weight)
    partners: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), partial in acc.items():
        if partial >= min_shared:
            partners[i].append((partial, j))
            partners[j].append((partial, i))
    keep: set[tuple[int, int]] = set()
    for i, cands in partners.items():
        if len(cands) > TOP_PARTNERS:
            cands = heapq.nlargest(TOP_PARTNERS, cands)
        for _, j in cands:
            keep.add((i, j) if i < j else (j, i))
    out: dict[tuple[int, int], float] = {}
    scored = 0
    for i, j in keep:
        scored += 1
        s = similarity(units[i], units[j])
        if s > 0.0:
            out[(i, j)] = s
    if stats is not None:
        stats.units = len(units)
        stats.scored_pairs = scored
        counts: dict[int, int] = defaultdict(int)
        for u in units:
            counts[u.doc] += 1
        total = sum(counts.values())
        stats.possible_pairs = (total * total - sum(c * c for c in counts.values())) // 2
    return out
