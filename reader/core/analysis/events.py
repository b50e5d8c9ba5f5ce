"""Shared events and claims: passages of different articles that report the same thing, and what one alone reports."""

from __future__ import annotations

from collections import defaultdict

from reader.core.analysis.event_features import lowercase_vocabulary
from reader.core.analysis.event_index import IndexStats, candidate_pairs
from reader.core.analysis.event_similarity import similarity
from reader.core.analysis.event_units import Unit, build_units
from reader.core.analysis.event_labels import key_features, kind_of, label_for
from reader.core.analysis.model import Event, Mention
from reader.core.documents.model import Document

MIN_SHARED = 4.0  # weight of rare shared features a pair needs before it is scored at all
EDGE_MIN = 0.1  # similarity for a link between two passages of different articles
STRONG = 0.38  # a link this strong is kept even when it is neither passage's best match
COHESION = 0.15  # average similarity across two groups before they merge into one event
RARE_PER_DOC = 2.0  # a concept is rare when used by at most this many passages per article using it
WEAK_MIN = 0.12  # weak similarity a mutual best match needs to be admitted
RELATED_LINKS = 1  # real links two articles must share before weak links between them are admitted
WEAK_VALUE = COHESION  # an admitted weak link is just strong enough to hold an event together
LINKED_SHARE = 0.7  # share of cross-article pairs of a merged event that must be linked themselves
MAX_PER_DOC = 1  # mentions of one event in one article (the best-matching passage; bands stay one-to-one)
MAX_MENTIONS = 40  # an event never grows beyond this many passages
SINGLES_PER_DOC = 5  # salient passages reported by one article only, per article
SPLIT_LINK = 0.2  # similarity of two events' passages in articles only one of them holds, for the events to join
SPLIT_CROSS = 0.1  # what one article's passage of one event must share with the other event's passages
SECOND_LINK = 0.3  # similarity for a passage already in one event to be linked again, in a second event


def find_events(documents: list[Document], stats: IndexStats | None = None) -> list[Event]:
    """Events and claims found in `documents`: shared ones first (mentions in >= 2 articles), then single ones."""
    if not documents:
        return []
    lower_seen = lowercase_vocabulary(documents)
    units = build_units(documents, lower_seen)
    weak: dict[tuple[int, int], float] = {}
    # weak links (a rare shared concept plus one more cue) are admitted when they are mutual best matches
    pairs = candidate_pairs(units, MIN_SHARED, stats, rare_concepts(units), weak)
    for key in mutual_weak_links(units, pairs, weak):
        pairs[key] = max(pairs.get(key, 0.0), WEAK_VALUE)
    clusters = merge_split(cluster(units, pairs), units, pairs)
    clusters += second_events(clusters, units, pairs)
    events: list[Event] = []
    used: set[int] = set()
    shared = [c for c in clusters if len({units[i].doc for i in c}) >= 2]
    scored = [(c, _cohesion(c, units, pairs)) for c in shared]
    scored.sort(key=lambda cs: (-len({units[i].doc for i in cs[0]}), -cs[1]))
    for members, avg in scored:
        used.update(members)
        events.append(_event(documents, units, members, min(1.0, 2.0 * avg), lower_seen))
    events.extend(_singles(documents, units, used, lower_seen))
    for n, event in enumerate(events, 1):
        event.id = f"e{n}"
    return events


def is_common_number(feature: str) -> bool:
    """Small whole numbers and years ("#12", "#2020"): ages, durations and dates that texts share by chance."""
    if feature[0] != "#" or feature.endswith("%"):
        return False
    try:
        value = float(feature[1:])
    except ValueError:
        return False
    return value == int(value) and (value < 100 or 1900 <= value <= 2100)


def rare_concepts(units: list[Unit]) -> set[str]:
    """Action/event classes and counts used by few passages of each article that uses them (topic-specific)."""
    df: dict[str, int] = defaultdict(int)
    docs: dict[str, set[int]] = defaultdict(set)
    for u in units:
        for f in u.anchors:
            # a class or a telling count; free words are too loosely "eventive"
            if f[0] not in "C#" or is_common_number(f):
                continue
            df[f] += 1
            docs[f].add(u.doc)
    return {f for f, n in df.items() if len(docs[f]) >= 2 and n <= RARE_PER_DOC * len(docs[f])}


def mutual_weak_links(units: list[Unit], pairs: dict[tuple[int, int], float],
                      weak: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Weak pairs (no link yet) that are each other's best match between their two articles.

    A passage's best match is taken over weak and ordinary similarity alike, so a weak pair never
    competes with a real link of either passage; and the two articles must already share
    RELATED_LINKS real links (weak cues between unrelated articles are chance).
    """
    best: dict[tuple[int, int], tuple[float, int]] = {}
    scores = {key: s for key, s in pairs.items() if s >= EDGE_MIN}
    for key, w in weak.items():
        scores[key] = max(w, scores.get(key, 0.0))
    for (i, j), w in scores.items():
        for x, y in ((i, j), (j, i)):
            key = (x, units[y].doc)
            if key not in best or w > best[key][0]:
                best[key] = (w, y)
    # weak evidence only between articles already shown to report something in common
    related: dict[tuple[int, int], int] = defaultdict(int)
    for (i, j), s in pairs.items():
        if s >= COHESION:
            related[(min(units[i].doc, units[j].doc), max(units[i].doc, units[j].doc))] += 1
    out = []
    for (i, j), w in weak.items():
        if w < WEAK_MIN or pairs.get((i, j), 0.0) >= EDGE_MIN:
            continue
        if related[(min(units[i].doc, units[j].doc), max(units[i].doc, units[j].doc))] < RELATED_LINKS:
            continue
        if best[(i, units[j].doc)][1] == j and best[(j, units[i].doc)][1] == i:
            out.append((i, j))
    return out


def _best_links(units: list[Unit], pairs: dict[tuple[int, int], float]) -> list[tuple[float, int, int]]:
    """Links above EDGE_MIN that are the best match of one of their passages in the other article."""
    best: dict[tuple[int, int], float] = defaultdict(float)
    for (i, j), s in pairs.items():
        if s >= EDGE_MIN:
            best[(i, units[j].doc)] = max(best[(i, units[j].doc)], s)
            best[(j, units[i].doc)] = max(best[(j, units[i].doc)], s)
    links = []
    for (i, j), s in pairs.items():
        if s < EDGE_MIN:
            continue
        either_best = s >= best[(i, units[j].doc)] or s >= best[(j, units[i].doc)]
        if either_best or s >= STRONG:
            links.append((s, i, j))
    links.sort(key=lambda t: (-t[0], t[1], t[2]))
    return links


def cluster(units: list[Unit], pairs: dict[tuple[int, int], float]) -> list[list[int]]:
    """Groups linked passages, strongest links first; two groups merge only if they hold together."""
    owner: dict[int, int] = {}  # passage -> group id
    groups: dict[int, list[int]] = {}
    next_id = 0
    for _, i, j in _best_links(units, pairs):
        gi, gj = owner.get(i), owner.get(j)
        if gi is not None and gi == gj:
            continue
        a = groups[gi] if gi is not None else [i]
        b = groups[gj] if gj is not None else [j]
        if not _can_merge(a, b, units, pairs):
            continue
        for g in (gi, gj):
            if g is not None:
                del groups[g]
        groups[next_id] = a + b
        for m in a + b:
            owner[m] = next_id
        next_id += 1
    return [sorted(g) for g in groups.values()]


def merge_split(clusters: list[list[int]], units: list[Unit], pairs: dict[tuple[int, int], float]) -> list[list[int]]:
    """Joins two events that one article reports in two passages ("marines boarded the freighter" / "the navy's
    seizure of the freighter"), when their passages in the other articles match each other strongly and each
    of that article's two passages matches the other event's passages too (strongest links first, one pass)."""
    groups = {i: list(c) for i, c in enumerate(clusters)}
    owner = {u: i for i, c in groups.items() for u in c}
    docs = {i: {units[u].doc for u in c} for i, c in groups.items()}
    for (x, y), sim in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        if sim < SPLIT_LINK:
            break
        gx, gy = owner.get(x), owner.get(y)
        if gx is None or gy is None or gx == gy or len(docs[gx]) < 2 or len(docs[gy]) < 2:
            continue
        if not _split_of_one(groups[gx], groups[gy], units, pairs):
            continue
        groups[gx] = sorted(groups[gx] + groups[gy])
        docs[gx] |= docs.pop(gy)
        for u in groups.pop(gy):
            owner[u] = gx
    return list(groups.values())


def second_events(clusters: list[list[int]], units: list[Unit], pairs: dict[tuple[int, int], float]) -> list[list[int]]:
    """A passage that reports two things (a long lead: "X notified the UN on Monday, as Trump promised in 2017") gets
    a second event when it matches a passage of another article strongly that its own event does not hold."""
    owner = {u: i for i, c in enumerate(clusters) for u in c if len({units[v].doc for v in c}) >= 2}
    extra: dict[int, int] = defaultdict(int)
    out: list[list[int]] = []
    for (x, y), sim in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        if sim < SECOND_LINK:
            break
        if units[x].doc == units[y].doc or (owner.get(x) is not None and owner.get(x) == owner.get(y)):
            continue
        if x not in owner and y not in owner:
            continue  # neither is taken: the clustering had its reasons
        if extra[x] or extra[y]:
            continue
        extra[x] += 1
        extra[y] += 1
        out.append([x, y])
    return out


def _split_of_one(a: list[int], b: list[int], units: list[Unit], pairs: dict[tuple[int, int], float]) -> bool:
    docs_a, docs_b = {units[i].doc for i in a}, {units[i].doc for i in b}
    common = docs_a & docs_b
    if len(a) + len(b) > MAX_MENTIONS or not common or docs_a == docs_b:
        return False
    own_a = [x for x in a if units[x].doc not in docs_b]
    own_b = [y for y in b if units[y].doc not in docs_a]
    if not own_a or not own_b or not any(_pair_sim(x, y, pairs) >= SPLIT_LINK for x in own_a for y in own_b):
        return False
    for d in common:  # the shared article's passage of each event also matches the other event
        xa = next(x for x in a if units[x].doc == d)
        xb = next(y for y in b if units[y].doc == d)
        if not (any(_pair_sim(xa, y, pairs) >= SPLIT_CROSS for y in own_b) or any(_pair_sim(xb, x, pairs) >= SPLIT_CROSS for x in own_a)):
            return False
    return True


def _pair_sim(i: int, j: int, pairs: dict[tuple[int, int], float]) -> float:
    """Similarity of a candidate pair; pairs the index did not propose share too little and count 0."""
    return pairs.get((i, j) if i < j else (j, i), 0.0)


def _can_merge(a: list[int], b: list[int], units: list[Unit], pairs: dict[tuple[int, int], float]) -> bool:
    """One passage per article at most, and the pairs across the two groups mostly linked themselves."""
    if len(a) + len(b) > MAX_MENTIONS:
        return False
    per_doc: dict[int, int] = defaultdict(int)
    for m in a + b:
        per_doc[units[m].doc] += 1
        if per_doc[units[m].doc] > MAX_PER_DOC:
            return False
    total = 0.0
    count = linked = 0
    for x in a:
        for y in b:
            if units[x].doc != units[y].doc:
                s = _pair_sim(x, y, pairs)
                total += s
                count += 1
                linked += s >= EDGE_MIN
    if count == 0 or total / count < COHESION:
        return False
    if linked >= LINKED_SHARE * count:
        return True
    # one passage joining an event: a strong link to one of its passages is enough (an outlet's wording
    # often matches one other outlet's closely and the rest only loosely), when what it shares with that
    # passage is what that passage shares with the others: the same action, not a second event it also reports
    single = a if len(a) == 1 else b if len(b) == 1 else None
    if single is None:
        return False
    other = b if single is a else a
    s_unit = units[single[0]]
    for y in other:
        if _pair_sim(single[0], y, pairs) < STRONG:
            continue
        common = s_unit.anchors & units[y].anchors
        if all(common & units[z].anchors for z in other if z != y):
            return True
    return False


def _cohesion(members: list[int], units: list[Unit], pairs: dict[tuple[int, int], float]) -> float:
    """Average similarity of an event's passages across articles (its score is built from it)."""
    total = count = 0
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            i, j = members[x], members[y]
            if units[i].doc != units[j].doc:
                total += _pair_sim(i, j, pairs)
                count += 1
    return total / count if count else 0.0


def _mention(documents: list[Document], u: Unit) -> Mention:
    doc = documents[u.doc]
    return Mention(doc=doc.id, start=u.start, end=u.end, text=doc.text[u.start:u.end])


def _event(documents: list[Document], units: list[Unit], members: list[int], score: float,
           lower_seen: set[str]) -> Event:
    """An Event from passages: mentions in article order, a label from the most central one, a kind."""
    chosen = sorted(members, key=lambda i: (units[i].doc, units[i].start))
    mentions = [_mention(documents, units[i]) for i in chosen]
    keys = key_features([units[i] for i in chosen])
    # label from the passage closest to all others, preferring short ones
    rep = max(chosen, key=lambda i: (sum(similarity(units[i], units[j]) for j in chosen if j != i)
                                     - 0.001 * (units[i].end - units[i].start)))
    label = label_for(documents[units[rep].doc].text[units[rep].start:units[rep].end], keys, lower_seen)
    return Event(id="", kind=kind_of([m.text for m in mentions]), label=label, score=round(score, 3),
                 mentions=mentions)


def salience(u: Unit) -> float:
    """How much a passage reports a concrete happening: numbers, names and rare action words."""
    numbers = sum(1 for f in u.raw if f[0] == "#")
    names = sum(1 for f in u.raw if f[0] in "NT")  # names and dates
    actions = sum(1 for f in u.anchors if f[0] in "CW")
    return 1.5 * min(numbers, 2) + min(names, 3) + min(actions, 2) + 0.05 * u.total


def _singles(documents: list[Document], units: list[Unit], used: set[int], lower_seen: set[str]) -> list[Event]:
    """Per article, its most salient passages (a name or number and an action) that no shared event holds."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        if i not in used and any(f[0] in "#NT" for f in u.raw) and any(f[0] in "CW" for f in u.anchors):
            by_doc[u.doc].append(i)
    events: list[Event] = []
    for d in sorted(by_doc):
        top = sorted(by_doc[d], key=lambda i: -salience(units[i]))[:SINGLES_PER_DOC]
        for i in sorted(top, key=lambda i: units[i].start):
            score = min(0.5, salience(units[i]) / 20.0)
            events.append(_event(documents, units, [i], score, lower_seen))
    return events
