"""An inverted index over rare features that proposes candidate passage pairs across articles, never all pairs."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass

from reader.core.analysis.event_similarity import similarity, weak_similarity
from reader.core.analysis.event_units import Unit

TOP_PARTNERS = 12  # candidates scored per passage
POSTING_CAP = 30  # features in more sentences than this are too common to propose candidates


@dataclass
class IndexStats:
    """What candidate generation did: how many sentence pairs it scored and how many exist."""

    units: int = 0
    scored_pairs: int = 0
    possible_pairs: int = 0


def candidate_pairs(units: list[Unit], min_shared: float, stats: IndexStats | None = None,
                    rare: set[str] | None = None, weak: dict[tuple[int, int], float] | None = None
                    ) -> dict[tuple[int, int], float]:
    """Pairs of units in different documents that share enough rare features, with their similarity.

    Only features found in 2..POSTING_CAP units propose pairs, so the work grows with the number of
    units times the cap, not with the square of the number of units. When `weak` is given, it
    receives the weak similarity (see `weak_similarity`, with the `rare` concepts) of the same
    candidates.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        for f in sorted(u.raw):  # sorted: float sums and ties must not depend on the hash seed
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
    for i, j in sorted(keep):
        scored += 1
        s = similarity(units[i], units[j])
        if s > 0.0:
            out[(i, j)] = s
        if weak is not None and rare:
            w = weak_similarity(units[i], units[j], rare)
            if w > 0.0:
                weak[(i, j)] = w
    if stats is not None:
        stats.units = len(units)
        stats.scored_pairs = scored
        counts: dict[int, int] = defaultdict(int)
        for u in units:
            counts[u.doc] += 1
        total = sum(counts.values())
        stats.possible_pairs = (total * total - sum(c * c for c in counts.values())) // 2
    return out
