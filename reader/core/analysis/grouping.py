"""Groups recommendations of different articles that propose the same course, by theme words and shared stems."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from reader.core.analysis.model import Recommendation, RecommendationGroup
from reader.core.analysis.text import content_stems, stem
from reader.core.documents.model import Document
from reader.core.analysis.cues import load_cues

_DATA = load_cues("themes")
_THEMES: dict[str, list[str]] = _DATA["themes"]
_GENERIC = frozenset(stem(w) for w in _DATA.get("generic", []))
# stem sequence of each theme word or phrase -> theme label
_THEME_STEMS: list[tuple[tuple[str, ...], str]] = [
    (tuple(stem(w) for w in phrase.lower().split()), label) for label, phrases in _THEMES.items() for phrase in phrases
]
_SINGLE = {s[0]: label for s, label in _THEME_STEMS if len(s) == 1}
_MULTI = [(" ".join(s), label) for s, label in _THEME_STEMS if len(s) > 1]  # phrases as joined stems


def theme_of(rec: Recommendation) -> str | None:
    """The theme whose words the proposal (who should act, and what) uses most; earliest on ties."""
    return _theme(f"{rec.actor or ''} {rec.action}")


def _theme(text: str) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    stems = [stem(w) for w in re.findall(r"[\w’'-]+", text.lower())]
    for i, st in enumerate(stems):
        label = _SINGLE.get(st)
        if label:
            counts[label] += 1
            first.setdefault(label, i)
    joined = f" {' '.join(stems)} "  # padded: a phrase matches whole words only ("reopen doors" is no "open doors")
    for phrase, label in _MULTI:
        at = joined.find(f" {phrase} ")
        if at >= 0:
            counts[label] += 1
            first.setdefault(label, len(joined[:at].split()))
    if not counts:
        return None
    best = max(counts.values())
    return min((label for label, c in counts.items() if c == best), key=lambda label: first.get(label, 9999))


# The stance of a proposal's first verb: for ("pass", "sign", "vote yes") or against ("veto", "reject", "vote no").
_FOR = frozenset("pass sign approve adopt renew expand raise fund support keep extend increase restore enact ratify "
                 "accept back strengthen build hire invest protect preserve uphold continue start launch implement".split())
_AGAINST = frozenset("veto reject repeal cancel scrap block stop end cut oppose shrink delay defund abolish halt ban "
                     "freeze suspend withdraw revoke overturn kill drop lower reduce scale limit cap".split())


def stance(rec: Recommendation) -> str | None:
    """'for' or 'against' when the action opens with a verb of approving or of rejecting; None otherwise."""
    words = re.findall(r"[a-z]+", rec.action.lower())[:4]
    if words[:2] in (["vote", "no"], ["say", "no"], ["vote", "against"]):
        return "against"
    if words[:2] in (["vote", "yes"], ["say", "yes"], ["vote", "for"]):
        return "for"
    if words and words[0] in ("not", "never") and len(words) > 1:
        flipped = stance_word(words[1])
        return {"for": "against", "against": "for"}.get(flipped or "")
    return stance_word(words[0]) if words else None


def stance_word(word: str) -> str | None:
    if word in _FOR:
        return "for"
    if word in _AGAINST:
        return "against"
    return None


def group_recommendations(documents: list[Document], recommendations: list[Recommendation]) -> list[RecommendationGroup]:
    """Recommendations of different articles proposing the same course share a group id ("g1"..); within a theme,
    opposite stances ("sign the bill" / "veto the bill") are not the same course."""
    by_key: dict[str, list[Recommendation]] = defaultdict(list)
    unthemed: list[Recommendation] = []
    for rec in recommendations:
        theme = theme_of(rec)
        if theme:
            by_key[theme + (" (against)" if stance(rec) == "against" else "")].append(rec)
        else:
            unthemed.append(rec)
    # recommendations with no theme word: join those of different articles sharing two content stems of the action
    index: dict[str, list[int]] = defaultdict(list)
    stems_of = [{st for st in content_stems(r.action) if st not in _GENERIC and len(st) > 3} for r in unthemed]
    for i, stems in enumerate(stems_of):
        for st in stems:
            index[st].append(i)
    parent = list(range(len(unthemed)))
    stances = [stance(r) for r in unthemed]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, stems in enumerate(stems_of):
        shared: Counter[int] = Counter(j for st in stems for j in index[st] if j > i and len(index[st]) <= 6)
        for j, n in shared.items():
            union = len(stems | stems_of[j])
            opposed = {stances[i], stances[j]} == {"for", "against"}
            if unthemed[i].doc != unthemed[j].doc and not opposed and (n >= 3 or (n >= 2 and n / union >= 0.34)):
                parent[find(j)] = find(i)
    clusters: dict[int, list[Recommendation]] = defaultdict(list)
    for i, rec in enumerate(unthemed):
        clusters[find(i)].append(rec)
    for members in clusters.values():
        common = set.intersection(*(set(content_stems(m.action)) for m in members)) if len(members) > 1 else set()
        label_words = [w for w in re.findall(r"[\w’'-]+", members[0].action.lower()) if stem(w) in common][:3]
        by_key[" ".join(label_words) or members[0].action[:30]].extend(members)
    groups: list[RecommendationGroup] = []
    for label, members in by_key.items():
        if len({m.doc for m in members}) < 2:
            continue
        gid = f"g{len(groups) + 1}"
        for m in members:
            m.group = gid
        groups.append(RecommendationGroup(id=gid, label=label, members=[m.id for m in members]))
    return groups
