"""How surely two passages of different articles report the same thing, from their shared weighted features."""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.analysis.event_units import Unit

NORM_FLOOR = 30.0  # passages lighter than this are normalised as if they weighed this much
NAME_SHARE = 0.5  # shared names count at most this many times the other shared weight
CLAUSE_FACTOR = 0.9  # a clause-to-clause match counts almost as much as a sentence match
MIN_LINK_WEIGHT = 5.0  # two passages must share at least this much weight to be linked
SAME_WORDING = 2  # shared pairs of adjacent content words (a repeated quote) that link passages with no shared anchor
MIN_SHARED_FEATURES = 3  # distinct words, names or numbers two linked passages have in common
TWO_FEATURE_MIN = 0.4  # clause similarity needed when only two features are shared
MIX = 0.2  # normaliser leans towards the lighter passage: a clause inside a long sentence still matches


def _shared_weight(a: Unit, fa: set[str] | dict[str, float], fb: set[str] | dict[str, float]) -> tuple[float, int]:
    """Weight of the features in both sets (names count at most NAME_SHARE times the rest), and how
    many distinct words, names or numbers that is (word pairs and bigrams are not counted)."""
    names = other = 0.0
    count = 0
    for f in sorted(fa):  # a fixed order: the float sum must not depend on the hash seed
        if f in fb:
            if f[0] == "N":
                names += a.weights[f]
            else:
                other += a.weights[f]
            if f[0] not in "BP":
                count += 1
    return other + min(names, NAME_SHARE * other), count


def _same_wording(a: Unit, b: Unit) -> bool:
    """Whether two passages share SAME_WORDING pairs of adjacent content words, names aside (a quote repeated)."""
    if len(a.raw) > len(b.raw):
        a, b = b, a
    count = 0
    for f in a.raw:
        if f[0] == "B" and f in b.raw:
            first, _, second = f[2:].partition("_")
            count += "N:" + first not in a.raw and "N:" + second not in a.raw
    return count >= SAME_WORDING


def _named_phrase(a: Unit, b: Unit) -> bool:
    """Whether two passages share a name and a pair of adjacent content words that are no names ("Meridian ... the
    precinct file"): the same thing said of the same actor, with different verbs ("used" / "worked from")."""
    if not any(f[0] == "N" and f in b.raw for f in a.raw):
        return False
    for f in a.raw:
        if f[0] == "B" and f in b.raw:
            first, _, second = f[2:].partition("_")
            if not ({"N:" + first, "N:" + second} & (a.raw | b.raw)):
                return True  # never a title written as a name in either ("Majority Leader Hollis" / "the majority leader")
    return False


def _norm(wa: float, wb: float) -> float:
    lo, hi = (wa, wb) if wa <= wb else (wb, wa)
    return max(lo, NORM_FLOOR) ** (1 - MIX) * max(hi, NORM_FLOOR) ** MIX


def _clause_pairs(a: Unit, b: Unit) -> Iterator[tuple[set[str], set[str], float]]:
    """Each clause of `a` with each clause of `b`, and the normaliser of their weights."""
    ca = a.clauses or [set(a.weights)]
    cb = b.clauses or [set(b.weights)]
    ta = a.clause_totals or [a.total]
    tb = b.clause_totals or [b.total]
    for x, fx in enumerate(ca):
        for y, fy in enumerate(cb):
            yield fx, fy, _norm(ta[x], tb[y])


def similarity(a: Unit, b: Unit) -> float:
    """How surely two passages report the same thing (0..1).

    Shared feature weight over the geometric mean of both passages' weight, or, when higher, the
    same between their best-matching clauses (a long sentence may report the event in one clause).
    Shared names alone say the same people are involved, not that the same thing happened, so
    their weight is capped relative to the rest, and a link needs a shared action, event word or
    count. Pairs sharing less than MIN_LINK_WEIGHT, or fewer than MIN_SHARED_FEATURES distinct
    features, score 0; two shared features are enough only between two short matching clauses.
    """
    if not (a.anchors & b.anchors) and not _same_wording(a, b) and not _named_phrase(a, b):
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
        for fx, fy, norm in _clause_pairs(a, b):
            s, n = _shared_weight(a, fx, fy)
            if s >= MIN_LINK_WEIGHT and n >= 2:
                v = CLAUSE_FACTOR * s / norm
                if n >= MIN_SHARED_FEATURES or v >= TWO_FEATURE_MIN:
                    best = max(best, v)
    return min(1.0, best)


def weak_similarity(a: Unit, b: Unit, rare: set[str]) -> float:
    """A looser score for passages that share a concept rare in the collection plus one more cue (0..1).

    Used only to admit mutual best matches that `similarity` finds too thin: at least one shared
    action/event word or count must be in `rare` (few passages per article use it), and at least
    one other word, name or number must be shared as well. Scored like `similarity`, sentence
    against sentence or clause against clause, without its minimum shared weight and count.
    """
    common = a.anchors & b.anchors
    if not common or not (common & rare):
        return 0.0
    if len(a.weights) > len(b.weights):
        a, b = b, a
    shared, count = _shared_weight(a, a.weights, b.weights)
    if count < 2:
        return 0.0
    best = shared / _norm(a.total, b.total)
    if len(a.clauses) > 1 or len(b.clauses) > 1:
        for fx, fy, norm in _clause_pairs(a, b):
            s, n = _shared_weight(a, fx, fy)
            if n >= 2 and (fx & fy & common & rare):
                best = max(best, CLAUSE_FACTOR * s / norm)
    return min(1.0, best)
