"""Views derived from a Comparison for the GUI and exports: who blames whom, who recommends what, what only one article says."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.analysis.model import Actor, Blame, Comparison, Event, Recommendation, RecommendationGroup


@dataclass
class ActorBlame:
    """One actor: the articles that blame it (with the Blame items and the voices) and those that do not."""

    actor: Actor
    blamed_by: dict[str, list[Blame]] = field(default_factory=dict)  # doc id -> blame items
    not_blamed_by: list[str] = field(default_factory=list)

    def voices(self, doc_id: str) -> list[str]:
        """'author' and/or 'quoted' for one article, in that order."""
        found = {b.voice for b in self.blamed_by.get(doc_id, [])}
        return [v for v in ("author", "quoted") if v in found]

    def sources(self, doc_id: str) -> list[str]:
        """Who does the blaming in one article: 'author' or speakers' names, first seen first."""
        out: list[str] = []
        for b in self.blamed_by.get(doc_id, []):
            if b.source not in out:
                out.append(b.source)
        return out


@dataclass
class GroupCoverage:
    """One recommendation group: the articles that make it (with their recommendations) and those that do not."""

    group: RecommendationGroup
    made_by: dict[str, list[Recommendation]] = field(default_factory=dict)
    not_made_by: list[str] = field(default_factory=list)


@dataclass
class EventCoverage:
    """One event: the articles that report it and those that do not."""

    event: Event
    reported_by: list[str] = field(default_factory=list)
    not_reported_by: list[str] = field(default_factory=list)


@dataclass
class OnlyHere:
    """What one article alone says: events no other article reports, blame and recommendations no other makes."""

    doc: str
    events: list[Event] = field(default_factory=list)
    blame: list[Blame] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


def _doc_ids(comparison: Comparison) -> list[str]:
    return [d.id for d in comparison.documents]


def blame_by_actor(comparison: Comparison) -> list[ActorBlame]:
    """For each actor blamed at least once, which articles blame it and which do not; most blamed first."""
    docs = _doc_ids(comparison)
    views: dict[str, ActorBlame] = {}
    for b in comparison.blame:
        actor = comparison.actor(b.actor)
        if actor is None:
            continue
        view = views.setdefault(actor.id, ActorBlame(actor))
        view.blamed_by.setdefault(b.doc, []).append(b)
    for view in views.values():
        view.not_blamed_by = [d for d in docs if d not in view.blamed_by]
        view.blamed_by = {d: view.blamed_by[d] for d in docs if d in view.blamed_by}
    order = {a.id: i for i, a in enumerate(comparison.actors)}
    return sorted(views.values(), key=lambda v: (-len(v.blamed_by), order.get(v.actor.id, 0)))


def recommendations_by_group(comparison: Comparison) -> list[GroupCoverage]:
    """For each recommendation group, which articles make it (and with which recommendations) and which do not."""
    docs = _doc_ids(comparison)
    recs = {r.id: r for r in comparison.recommendations}
    out = []
    for g in comparison.groups:
        cov = GroupCoverage(g)
        for rid in g.members:
            r = recs.get(rid)
            if r is not None:
                cov.made_by.setdefault(r.doc, []).append(r)
        cov.made_by = {d: cov.made_by[d] for d in docs if d in cov.made_by}
        cov.not_made_by = [d for d in docs if d not in cov.made_by]
        out.append(cov)
    return out


def events_by_document(comparison: Comparison) -> list[EventCoverage]:
    """For each event, which articles report it and which do not; the most widely reported first."""
    docs = _doc_ids(comparison)
    out = [EventCoverage(e, [d for d in docs if d in e.docs], [d for d in docs if d not in e.docs]) for e in comparison.events]
    return sorted(out, key=lambda c: -len(c.reported_by))


def only_in(comparison: Comparison) -> dict[str, OnlyHere]:
    """Per article: the events only it reports, the blame of actors no other article blames, its ungrouped recommendations."""
    blamers: dict[str, set[str]] = {}
    for b in comparison.blame:
        key = b.actor or b.target.lower()
        blamers.setdefault(key, set()).add(b.doc)
    grouped_docs: dict[str, set[str]] = {}
    for r in comparison.recommendations:
        if r.group:
            grouped_docs.setdefault(r.group, set()).add(r.doc)
    out = {d: OnlyHere(d) for d in _doc_ids(comparison)}
    for e in comparison.events:
        if len(e.docs) == 1 and e.docs[0] in out:
            out[e.docs[0]].events.append(e)
    for b in comparison.blame:
        if blamers[b.actor or b.target.lower()] == {b.doc} and b.doc in out:
            out[b.doc].blame.append(b)
    for r in comparison.recommendations:
        if (r.group is None or grouped_docs.get(r.group) == {r.doc}) and r.doc in out:
            out[r.doc].recommendations.append(r)
    return out


def blame_matrix(comparison: Comparison) -> dict[str, dict[str, str]]:
    """actor id -> doc id -> '' (no blame), 'author', 'quoted' or 'author+quoted': a table for exports."""
    table: dict[str, dict[str, str]] = {}
    docs = _doc_ids(comparison)
    for view in blame_by_actor(comparison):
        table[view.actor.id] = {d: "+".join(view.voices(d)) for d in docs}
    return table
