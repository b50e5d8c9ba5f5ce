"""Plain rows of the library: stored documents and comparisons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.core.documents.model import Document, Span


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

    def to_document(self, doc_id: str | None = None) -> Document:
        """The Document again (paragraphs and sentences as stored), under `doc_id` (default "d<id>")."""
        meta = self.metadata

        def spans(key: str) -> list[Span]:
            return [Span(int(s), int(e)) for s, e in meta.get(key, [])]

        return Document(id=doc_id or f"d{self.id}", source=self.source, title=self.title, text=self.text,
                        author=meta.get("author"), outlet=meta.get("outlet"), date=meta.get("date"),
                        paragraphs=spans("paragraphs"), sentences=spans("sentences"))


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
