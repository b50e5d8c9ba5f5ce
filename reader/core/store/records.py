"""Plain rows of the library: stored documents and comparisons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.core.documents.model import Document, Removed, Span


@dataclass
class StoredDocument:
    """A document as the library keeps it: clean text, source, content hash, title and metadata."""

    id: int
    content_hash: str
    source: str
    title: str
    text: str
    added: str
    metadata: dict[str, Any] = field(default_factory=dict)
    raw_text: str = ""  # the text before cleaning ("" for documents stored before schema 2)
    hints: dict[str, str] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)

    def to_document(self, doc_id: str | None = None) -> Document:
        """The Document again (paragraphs and sentences as stored), under `doc_id` (default "d<id>")."""
        meta = self.metadata

        def spans(key: str) -> list[Span]:
            return [Span(int(s), int(e)) for s, e in meta.get(key, [])]

        return Document(id=doc_id or f"d{self.id}", source=self.source, title=self.title, text=self.text,
                        author=meta.get("author"), outlet=meta.get("outlet"), date=meta.get("date"),
                        paragraphs=spans("paragraphs"), sentences=spans("sentences"),
                        removed=[removed_from_dict(r) for r in self.removed], raw_text=self.raw_text,
                        kept=tuple(self.kept), hints=dict(self.hints))


def removed_to_dict(piece: Removed) -> dict[str, Any]:
    return {"text": piece.text, "reason": piece.reason, "offset": piece.offset, "key": piece.key}


def removed_from_dict(data: dict[str, Any]) -> Removed:
    return Removed(text=str(data.get("text", "")), reason=str(data.get("reason", "")),
                   offset=int(data.get("offset", 0)), key=str(data.get("key", "")))


def document_metadata(doc: Document) -> dict[str, Any]:
    return {
        "author": doc.author,
        "outlet": doc.outlet,
        "date": doc.date,
        "paragraphs": [[p.start, p.end] for p in doc.paragraphs],
        "sentences": [[s.start, s.end] for s in doc.sentences],
    }


@dataclass
class StoredComparison:
    """A saved comparison: its name and its documents in pane order."""

    id: int
    name: str
    document_ids: list[int]
    created: str
    last_opened: str
    kept: dict[str, list[str]] = field(default_factory=dict)  # pieces the reader restored, by source
