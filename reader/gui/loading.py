"""The background job of the window: read the new articles, then analyse them with those already open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader.core.analysis import analyze
from reader.core.analysis.corrections import apply_corrections
from reader.core.analysis.model import Comparison
from reader.core.annotations.sources import normalize_source
from reader.core.documents.errors import LoadError
from reader.core.documents.model import Document
from reader.core.documents.restoring import with_kept

MAX_ARTICLES = 6


@dataclass
class LoadResult:
    """What one load-and-analyse job produced: the comparison (or None) and one line per input refused."""

    comparison: Comparison | None
    errors: list[str] = field(default_factory=list)
    skipped_corrections: list[str] = field(default_factory=list)


def _load_one(spec: str, doc_id: str) -> Document:
    from reader.core.documents import loader

    if hasattr(loader, "load_any"):
        return loader.load_any(spec, doc_id)
    return loader.load_path(spec, doc_id)


def next_doc_id(taken: set[str]) -> str:
    n = 1
    while f"d{n}" in taken:
        n += 1
    return f"d{n}"


def load_and_analyze(documents: Sequence[Document], specs: Sequence[str], corrections: Sequence[dict],
                     kept: dict[str, list[str]] | None = None, *,
                     report: Callable[[str, float], None]) -> LoadResult:
    """Loads `specs` beside `documents` (at most six articles), analyses them all, replays `corrections`.

    `kept` names, by source, the removed pieces the reader restored: a loaded article keeps them again.
    """
    docs = list(documents)
    errors: list[str] = []
    known = {d.source for d in docs}
    for i, spec in enumerate(specs):
        report(f"reading {spec}", 0.4 * i / max(1, len(specs)))
        if spec in known:
            continue
        if len(docs) >= MAX_ARTICLES:
            errors.append(f"{spec}: not opened, a comparison holds at most {MAX_ARTICLES} articles")
            continue
        try:
            doc = _load_one(spec, next_doc_id({d.id for d in docs}))
            keys = (kept.get(doc.source) or kept.get(normalize_source(doc.source))) if kept else None
            if keys:
                doc = with_kept(doc, keys)
        except LoadError as exc:
            errors.append(str(exc))
            continue
        except OSError as exc:
            errors.append(f"{spec}: {exc.strerror or exc}")
            continue
        except Exception as exc:  # a loader bug must not cost the reader the other articles
            errors.append(f"{spec}: cannot be read ({type(exc).__name__}: {exc})")
            continue
        docs.append(doc)
        known.add(spec)
    if not docs:
        return LoadResult(None, errors)
    report("analysing", 0.4)
    comparison = analyze(docs, lambda stage, f: report(f"analysing: {stage}", 0.4 + 0.6 * f))
    skipped = apply_corrections(comparison, list(corrections))
    report("done", 1.0)
    return LoadResult(comparison, errors, skipped)
