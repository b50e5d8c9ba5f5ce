"""Loading the command line's inputs (files or http(s) URLs) through the documents loader, one message per skip."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.documents.errors import LoadError
from reader.core.documents.model import Document


def load_document(spec: str, doc_id: str) -> Document:
    """A path or URL as a Document; raises LoadError (the only error `load_any` lets out) with a one-line reason."""
    from reader.core.documents.loader import load_any

    return load_any(spec, doc_id)


def load_documents(specs: Sequence[str]) -> tuple[list[Document], list[str]]:
    """Each input loaded (ids d1, d2, ...); returns the documents and one message per skipped input."""
    documents: list[Document] = []
    errors: list[str] = []
    for spec in specs:
        try:
            documents.append(load_document(spec, f"d{len(documents) + 1}"))
        except LoadError as exc:
            errors.append(" ".join(str(exc).split()))
    return documents, errors
