"""Loading the command line's inputs through the documents loader, whichever entry point it offers."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.documents.errors import LoadError
from reader.core.documents.model import Document


def load_document(spec: str, doc_id: str) -> Document:
    """A path or URL as a Document; raises LoadError with a one-line reason."""
    from reader.core.documents import loader

    load_any = getattr(loader, "load_any", None)
    try:
        if load_any is not None:
            return load_any(spec, doc_id)
        return loader.load_path(spec, doc_id)
    except LoadError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise LoadError(spec, getattr(exc, "strerror", None) or str(exc)) from None


def load_documents(specs: Sequence[str]) -> tuple[list[Document], list[str]]:
    """Each input loaded (ids d1, d2, ...); returns the documents and one message per skipped input."""
    documents: list[Document] = []
    errors: list[str] = []
    for spec in specs:
        try:
            documents.append(load_document(spec, f"d{len(documents) + 1}"))
        except LoadError as exc:
            errors.append(str(exc))
    return documents, errors
