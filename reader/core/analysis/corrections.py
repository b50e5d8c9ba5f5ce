"""The reader's corrections to an analysis as plain do/undo commands that serialise and replay after re-analysis.

Every command names what it changes by text positions and names (a passage: doc, start, end; an actor:
its name), never only by generated ids, so a stored list of corrections can be replayed on a fresh
analysis of the same documents with `apply_corrections`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, ClassVar

from reader.core.analysis.model import Actor, Comparison, Event, Mention


class CorrectionError(Exception):
    """A correction that does not fit the comparison it is applied to (the passage or actor is gone)."""


@dataclass
class _Snapshot:
    events: list[Event]
    actors: list[Actor]
    blame: list
    recommendations: list
    groups: list


def _snapshot(comparison: Comparison) -> _Snapshot:
    return _Snapshot(copy.deepcopy(comparison.events), copy.deepcopy(comparison.actors),
                     copy.deepcopy(comparison.blame), copy.deepcopy(comparison.recommendations),
                     copy.deepcopy(comparison.groups))


def _restore(comparison: Comparison, snap: _Snapshot) -> None:
    comparison.events = copy.deepcopy(snap.events)
    comparison.actors = copy.deepcopy(snap.actors)
    comparison.blame = copy.deepcopy(snap.blame)
    comparison.recommendations = copy.deepcopy(snap.recommendations)
    comparison.groups = copy.deepcopy(snap.groups)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def find_event_at(comparison: Comparison, doc: str, start: int, end: int) -> tuple[Event, Mention] | None:
    """The event whose mention in `doc` overlaps [start, end) most (a caret, start == end, counts if inside)."""
    best: tuple[int, Event, Mention] | None = None
    for event in comparison.events:
        for m in event.mentions:
            if m.doc != doc:
                continue
            score = _overlap(start, max(end, start + 1), m.start, m.end)
            if score > 0 and (best is None or score > best[0]):
                best = (score, event, m)
    return (best[1], best[2]) if best else None


def _event_passage(comparison: Comparison, doc: str, start: int, end: int) -> tuple[Event, Mention]:
    """Like find_event_at, but a passage in no event is a CorrectionError."""
    found = find_event_at(comparison, doc, start, end)
    if not found:
        raise CorrectionError(f"no event passage at {doc} {start}-{end}")
    return found


def _drop_mention(comparison: Comparison, event: Event, mention: Mention) -> None:
    """Takes `mention` out of `event`; an event left with no mention goes away."""
    event.mentions.remove(mention)
    if not event.mentions:
        comparison.events.remove(event)


def find_actor(comparison: Comparison, name: str) -> Actor | None:
    """The actor called `name` (or having it as an alias), case-insensitively."""
    key = name.casefold()
    for actor in comparison.actors:
        if actor.name.casefold() == key:
            return actor
    for actor in comparison.actors:
        if any(a.casefold() == key for a in actor.aliases):
            return actor
    return None


def _new_id(prefix: str, taken: set[str]) -> str:
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


@dataclass
class Correction:
    """Base of every correction: `do` changes the comparison in place, `undo` puts back what `do` changed."""

    kind: ClassVar[str] = ""
    _before: _Snapshot | None = field(default=None, init=False, repr=False, compare=False)

    def do(self, comparison: Comparison) -> None:
        before = _snapshot(comparison)
        self._apply(comparison)  # raises CorrectionError before changing anything
        self._before = before

    def undo(self, comparison: Comparison) -> None:
        if self._before is None:
            raise CorrectionError("nothing to undo")
        _restore(comparison, self._before)
        self._before = None

    def _apply(self, comparison: Comparison) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        """A short text for the Edit menu ("Undo <describe>")."""
        return self.kind

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        data["kind"] = self.kind
        return data

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Correction:
        kinds = {cls.kind: cls for cls in _KINDS}
        kind = data.get("kind")
        if kind not in kinds:
            raise CorrectionError(f"unknown correction {kind!r}")
        args = {k: v for k, v in data.items() if k != "kind"}
        try:
            return kinds[kind](**args)
        except TypeError as exc:
            raise CorrectionError(f"bad {kind} correction: {exc}") from None


def _passage_text(comparison: Comparison, doc: str, start: int, end: int) -> str:
    try:
        text = comparison.document(doc).text
    except KeyError:
        raise CorrectionError(f"no document {doc}") from None
    if not 0 <= start < end <= len(text):
        raise CorrectionError(f"passage {start}-{end} lies outside {doc}")
    return text[start:end]


@dataclass
class LinkPassages(Correction):
    """Joins passage B to the event of passage A (or makes a new event of both when A has none)."""

    kind: ClassVar[str] = "link"
    doc_a: str = ""
    start_a: int = 0
    end_a: int = 0
    doc_b: str = ""
    start_b: int = 0
    end_b: int = 0
    label: str = ""

    def _apply(self, comparison: Comparison) -> None:
        text_a = _passage_text(comparison, self.doc_a, self.start_a, self.end_a)
        text_b = _passage_text(comparison, self.doc_b, self.start_b, self.end_b)
        found_a = find_event_at(comparison, self.doc_a, self.start_a, self.end_a)
        found_b = find_event_at(comparison, self.doc_b, self.start_b, self.end_b)
        if found_a and found_b and found_a[0] is found_b[0]:
            raise CorrectionError("the two passages already belong to one event")
        if found_b:  # B leaves its old event
            _drop_mention(comparison, *found_b)
        mention_b = Mention(self.doc_b, self.start_b, self.end_b, text_b)
        if found_a:
            event = found_a[0]
            event.mentions.append(mention_b)
            event.mentions.sort(key=lambda m: (m.doc, m.start))
        else:
            event = Event(id=_new_id("u", {e.id for e in comparison.events}), kind="event",
                          label=self.label or " ".join(text_a.split()[:8]), score=1.0,
                          mentions=[Mention(self.doc_a, self.start_a, self.end_a, text_a), mention_b])
            comparison.events.append(event)

    def describe(self) -> str:
        return "link two passages"


@dataclass
class UnlinkPassage(Correction):
    """Takes one passage out of its event (an event left with no passage goes away)."""

    kind: ClassVar[str] = "unlink"
    doc: str = ""
    start: int = 0
    end: int = 0

    def _apply(self, comparison: Comparison) -> None:
        _drop_mention(comparison, *_event_passage(comparison, self.doc, self.start, self.end))

    def describe(self) -> str:
        return "unlink a passage"


@dataclass
class RenameEvent(Correction):
    """Gives the event holding a passage a new label."""

    kind: ClassVar[str] = "rename_event"
    doc: str = ""
    start: int = 0
    end: int = 0
    label: str = ""

    def _apply(self, comparison: Comparison) -> None:
        if not self.label.strip():
            raise CorrectionError("an event needs a label")
        event, _mention = _event_passage(comparison, self.doc, self.start, self.end)
        event.label = self.label.strip()

    def describe(self) -> str:
        return "rename an event"


@dataclass
class MergeActors(Correction):
    """Makes `other` a second name of `keep`: its blame moves over, its names become aliases."""

    kind: ClassVar[str] = "merge_actors"
    keep: str = ""
    other: str = ""

    def _apply(self, comparison: Comparison) -> None:
        keep, other = find_actor(comparison, self.keep), find_actor(comparison, self.other)
        if keep is None or other is None:
            raise CorrectionError(f"no actor called {self.keep if keep is None else self.other!r}")
        if keep is other:
            raise CorrectionError("an actor cannot be merged with itself")
        for name in [other.name, *other.aliases]:
            if name not in keep.aliases and name != keep.name:
                keep.aliases.append(name)
        for blame in comparison.blame:
            if blame.actor == other.id:
                blame.actor = keep.id
        comparison.actors.remove(other)

    def describe(self) -> str:
        return f"merge {self.other} into {self.keep}"


@dataclass
class SplitActor(Correction):
    """Takes one alias off an actor as an actor of its own; blame naming that alias follows it."""

    kind: ClassVar[str] = "split_actor"
    actor: str = ""
    alias: str = ""

    def _apply(self, comparison: Comparison) -> None:
        actor = find_actor(comparison, self.actor)
        if actor is None:
            raise CorrectionError(f"no actor called {self.actor!r}")
        key = self.alias.casefold()
        matching = [a for a in actor.aliases if a.casefold() == key]
        if not matching:
            raise CorrectionError(f"{actor.name} has no other name {self.alias!r}")
        for a in matching:
            actor.aliases.remove(a)
        new = Actor(id=_new_id(f"{actor.id}.", {a.id for a in comparison.actors}), name=matching[0],
                    kind=actor.kind)
        comparison.actors.append(new)
        for blame in comparison.blame:
            if blame.actor == actor.id and key in blame.target.casefold():
                blame.actor = new.id

    def describe(self) -> str:
        return f"split {self.alias} from {self.actor}"


@dataclass
class DismissMark(Correction):
    """Removes a blame or recommendation mark the reader judges wrong."""

    kind: ClassVar[str] = "dismiss"
    layer: str = "blame"  # "blame" or "recommendation"
    doc: str = ""
    start: int = 0
    end: int = 0

    def _apply(self, comparison: Comparison) -> None:
        if self.layer not in ("blame", "recommendation"):
            raise CorrectionError(f"cannot dismiss a {self.layer} mark")
        marks = comparison.blame if self.layer == "blame" else comparison.recommendations
        end = max(self.end, self.start + 1)  # a caret counts if inside
        best = max((m for m in marks if m.doc == self.doc), default=None,
                   key=lambda m: _overlap(self.start, end, m.start, m.end))
        if best is None or _overlap(self.start, end, best.start, best.end) == 0:
            raise CorrectionError(f"no {self.layer} mark at {self.doc} {self.start}-{self.end}")
        marks.remove(best)
        if self.layer == "recommendation":
            for group in list(comparison.groups):
                if best.id in group.members:
                    group.members.remove(best.id)
                    if not group.members:
                        comparison.groups.remove(group)

    def describe(self) -> str:
        return f"dismiss a {self.layer} mark"


_KINDS: tuple[type[Correction], ...] = (LinkPassages, UnlinkPassage, RenameEvent, MergeActors, SplitActor,
                                        DismissMark)


def apply_corrections(comparison: Comparison, corrections: list[dict[str, Any]]) -> list[str]:
    """Replays stored corrections in order; returns one line per correction that no longer fits (skipped)."""
    skipped: list[str] = []
    for data in corrections:
        try:
            Correction.from_dict(data).do(comparison)
        except CorrectionError as exc:
            skipped.append(f"{data.get('kind', '?')}: {exc}")
    return skipped
