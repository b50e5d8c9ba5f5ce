"""Plain data for the analysis: events, actors, blame, recommendations, and the comparison holding them."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.documents.model import Document


@dataclass
class Mention:
    """A passage of one document: offsets into its clean text and the text itself."""

    doc: str
    start: int
    end: int
    text: str


@dataclass
class Event:
    """An event or claim, with its mentions in one or more documents."""

    id: str
    kind: str  # "event" or "claim"
    label: str
    score: float
    mentions: list[Mention] = field(default_factory=list)

    @property
    def docs(self) -> list[str]:
        seen: list[str] = []
        for m in self.mentions:
            if m.doc not in seen:
                seen.append(m.doc)
        return seen

    @property
    def shared(self) -> bool:
        return len(self.docs) > 1


@dataclass
class Actor:
    """A person, government, group or institution, merged across documents under one name."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "unknown"  # person, country, organization, group, collective, unknown


@dataclass
class Blame:
    """One article holding an actor responsible, with the cue, the voice and the passage."""

    id: str
    doc: str
    target: str  # the words naming who is blamed
    actor: str | None  # Actor.id
    source: str  # "author" or the quoted speaker's name
    cue: str
    start: int
    end: int
    text: str

    @property
    def voice(self) -> str:
        return "author" if self.source == "author" else "quoted"


@dataclass
class Recommendation:
    """One article saying something should be done: by whom, what, according to whom."""

    id: str
    doc: str
    actor: str | None  # who should act, as the text names them
    action: str
    source: str  # "author" or the quoted speaker's name
    cue: str
    start: int
    end: int
    text: str
    group: str | None = None  # RecommendationGroup.id

    @property
    def voice(self) -> str:
        return "author" if self.source == "author" else "quoted"


@dataclass
class RecommendationGroup:
    """Recommendations from different articles that propose the same course of action."""

    id: str
    label: str
    members: list[str] = field(default_factory=list)  # Recommendation ids


@dataclass
class Comparison:
    """The analysis of two or more documents: what the GUI, the JSON and every export show."""

    documents: list[Document]
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    blame: list[Blame] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    groups: list[RecommendationGroup] = field(default_factory=list)

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None
