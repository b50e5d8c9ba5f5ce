"""Putting back pieces that cleaning removed: several at once, and where each stood, in words."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.documents.errors import LoadError
from reader.core.documents.loader import build
from reader.core.documents.model import Document, Removed


def restorable(doc: Document) -> bool:
    """True when the text before cleaning was kept, so removed pieces can be put back."""
    return bool(doc.raw_text) and any(r.key for r in doc.removed)


def restore_pieces(doc: Document, indexes: Sequence[int]) -> Document:
    """The document cleaned again with the removed pieces at `indexes` kept (same id and source).

    Raises LoadError when the text before cleaning is unknown or an index names no removed piece.
    """
    if not doc.raw_text:
        raise LoadError(doc.source, "cannot restore: the text before cleaning was not kept")
    keys = []
    for i in indexes:
        if not 0 <= i < len(doc.removed) or not doc.removed[i].key:
            raise LoadError(doc.source, f"cannot restore: no removed piece number {i}")
        if doc.removed[i].key not in doc.kept and doc.removed[i].key not in keys:
            keys.append(doc.removed[i].key)
    return build(doc.raw_text, doc.source, doc.id, doc.hints, tuple(doc.kept) + tuple(keys))


def with_kept(doc: Document, keys: Sequence[str]) -> Document:
    """The document cleaned again keeping the pieces `keys` (a reopened comparison's restored pieces)."""
    wanted = tuple(k for k in keys if k)
    if not doc.raw_text or not wanted or set(wanted) <= set(doc.kept):
        return doc
    try:
        return build(doc.raw_text, doc.source, doc.id, doc.hints, tuple(dict.fromkeys(tuple(doc.kept) + wanted)))
    except LoadError:  # what is left would be no article: show it as cleaned
        return doc


def same_kind(doc: Document, index: int) -> list[int]:
    """The indexes of the removed pieces with the same reason as piece `index` (itself included)."""
    reason = doc.removed[index].reason
    return [i for i, r in enumerate(doc.removed) if r.reason == reason and r.key]


def where(doc: Document, piece: Removed) -> str:
    """Where the piece stood, in words: "at the top", "in paragraph 3", "before paragraph 4", "at the end"."""
    if piece.offset <= 0:
        return "at the top"
    if piece.offset >= len(doc.text.rstrip()):
        return "at the end"
    for i, p in enumerate(doc.paragraphs):
        if piece.offset <= p.start:
            return f"before paragraph {i + 1}"
        if piece.offset < p.end:
            return f"in paragraph {i + 1}"
    return "at the end"
