"""Plain data for the reader's annotations: W3C-style targets, notes, tags, status, comparison notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

MOTIVATIONS = ("highlighting", "commenting")
CATEGORIES = ("event", "blame", "recommendation", "note")
ANCHORED = "anchored"
ORPHANED = "orphaned"


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    """A fresh annotation id (a UUID, as a URN so it is a valid W3C annotation id)."""
    return f"urn:uuid:{uuid.uuid4()}"


@dataclass(frozen=True)
class TextQuoteSelector:
    """The quoted text with a little context before and after (W3C TextQuoteSelector)."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPositionSelector:
    """Code-point offsets of the quote in the document's clean text (W3C TextPositionSelector)."""

    start: int
    end: int


@dataclass(frozen=True)
class Target:
    """Where an annotation points: the document's source and the two selectors."""

    source: str  # the document's source as loaded (absolute path or URL)
    quote: TextQuoteSelector
    position: TextPositionSelector

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end

    @property
    def exact(self) -> str:
        return self.quote.exact


@dataclass
class Annotation:
    """One highlight or note on a passage of one document."""

    target: Target
    doc_hash: str  # content hash of the text `target` was made on (with target.source: the document key)
    motivation: str = "highlighting"  # "highlighting" or "commenting"
    category: str = "note"  # event, blame, recommendation or note
    colour: str | None = None  # "#rrggbb" when the reader picked a colour
    body: str = ""  # the note, Markdown
    tags: list[str] = field(default_factory=list)
    status: str = ANCHORED  # "anchored" or "orphaned"
    mark: str | None = None  # analysis mark this annotates or was promoted from, e.g. "blame:b3"
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    modified: str = ""

    def __post_init__(self) -> None:
        if not self.modified:
            self.modified = self.created

    @property
    def source(self) -> str:
        return self.target.source

    @property
    def orphaned(self) -> bool:
        return self.status == ORPHANED

    def copy(self, **changes: Any) -> "Annotation":
        """A copy with some fields changed (tags copied, never shared)."""
        changes.setdefault("tags", list(self.tags))
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (the library's storage form)."""
        return {
            "id": self.id,
            "target": target_to_dict(self.target),
            "doc_hash": self.doc_hash,
            "motivation": self.motivation,
            "category": self.category,
            "colour": self.colour,
            "body": self.body,
            "tags": list(self.tags),
            "status": self.status,
            "mark": self.mark,
            "created": self.created,
            "modified": self.modified,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Annotation":
        return cls(
            id=data["id"],
            target=target_from_dict(data["target"]),
            doc_hash=data.get("doc_hash", ""),
            motivation=data.get("motivation", "highlighting"),
            category=data.get("category", "note"),
            colour=data.get("colour"),
            body=data.get("body", ""),
            tags=list(data.get("tags", [])),
            status=data.get("status", ANCHORED),
            mark=data.get("mark"),
            created=data.get("created") or now_iso(),
            modified=data.get("modified", ""),
        )


@dataclass
class ComparisonNote:
    """A free note about a whole comparison, not tied to a passage."""

    comparison_id: int
    body: str
    tags: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    modified: str = ""

    def __post_init__(self) -> None:
        if not self.modified:
            self.modified = self.created


def target_to_dict(target: Target) -> dict[str, Any]:
    return {
        "source": target.source,
        "exact": target.quote.exact,
        "prefix": target.quote.prefix,
        "suffix": target.quote.suffix,
        "start": target.position.start,
        "end": target.position.end,
    }


def target_from_dict(data: dict[str, Any]) -> Target:
    return Target(
        source=data["source"],
        quote=TextQuoteSelector(data["exact"], data.get("prefix", ""), data.get("suffix", "")),
        position=TextPositionSelector(int(data["start"]), int(data["end"])),
    )


def normalize_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    """Tags without '#', surrounding spaces, blanks or repeats, in their first order."""
    seen: list[str] = []
    for tag in tags:
        clean = tag.strip().lstrip("#").strip().replace(" ", "-")
        if clean and clean not in seen:
            seen.append(clean)
    return seen


def tag_line(tags: list[str] | tuple[str, ...]) -> str:
    """Tags as they are shown and exported: '#a #b'."""
    return " ".join(f"#{t}" for t in tags)
