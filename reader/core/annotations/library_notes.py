"""The reader's annotations held in the library: re-anchored on the current text, imported from W3C."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reader.core.annotations.anchoring import reanchor
from reader.core.annotations.model import Annotation
from reader.core.annotations.sources import is_url
from reader.core.annotations.w3c import W3CError, annotation_from_w3c, is_mark, w3c_items
from reader.core.documents.errors import LoadError
from reader.core.documents.model import Document
from reader.core.store.library import Library


def document_annotations(library: Library, doc: Document) -> list[Annotation]:
    """The document's annotations found again in its current text; moved or orphaned ones are saved."""
    library.add_document(doc)
    current, changed = [], []
    for a in library.annotations_for(doc):
        b = reanchor(a, doc.text, doc.content_hash)
        if b is not a and b != a:
            changed.append(b)
        current.append(b)
    if changed:
        library.put_annotations(changed)
    return sorted(current, key=lambda a: (a.orphaned, a.target.start, a.target.end))


def _document_for(library: Library, source: str, load: Callable[[str], Document],
                  problems: list[str]) -> Document | None:
    """The document a target names: a URL the library holds is not fetched again; a file is read as it is now."""
    stored = library.documents(source=source)
    if stored and is_url(source):
        return stored[-1].to_document("d1")
    try:
        return load(source)
    except LoadError as exc:
        if stored:
            return stored[-1].to_document("d1")
        problems.append(f"{exc} (its notes are kept and will anchor when it can be read)")
        return None


@dataclass
class ImportResult:
    """What an import did: annotations saved, marks skipped, and one message per problem."""

    imported: list[Annotation] = field(default_factory=list)
    marks_skipped: int = 0
    problems: list[str] = field(default_factory=list)


def import_w3c(library: Library, data: Any, load: Callable[[str], Document]) -> ImportResult:
    """Saves the reader's annotations of W3C JSON, loading each target's document into the library."""
    result = ImportResult()
    documents: dict[str, Document | None] = {}
    for item in w3c_items(data):
        if is_mark(item):
            result.marks_skipped += 1
            continue
        try:
            a = annotation_from_w3c(item)
        except W3CError as exc:
            result.problems.append(str(exc))
            continue
        if a.source not in documents:  # each document loaded and stored once, not once per annotation
            documents[a.source] = _document_for(library, a.source, load, result.problems)
            if documents[a.source] is not None:
                library.add_document(documents[a.source])
        doc = documents[a.source]
        if doc is not None:
            a = reanchor(a, doc.text, doc.content_hash)
        result.imported.append(a)
    if result.imported:
        library.put_annotations(result.imported)
    return result


__all__ = ["ImportResult", "W3CError", "document_annotations", "import_w3c"]
