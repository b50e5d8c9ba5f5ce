"""The JSON of `parallax analyze --json`, as defined in shared/eval/README.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader import __version__
from reader.core.analysis.model import Comparison
from reader.core.documents.model import Document
from reader.core.store.atomic import atomic_write_text


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "author": doc.author,
        "outlet": doc.outlet,
        "date": doc.date,
        "text": doc.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in doc.paragraphs],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "removed": [{"text": r.text, "reason": r.reason, "offset": r.offset} for r in doc.removed],
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The whole analysis as plain JSON-ready data."""
    return {
        "tool": f"parallax {__version__}",
        "documents": [document_to_dict(d) for d in comparison.documents],
        "events": [
            {
                "id": e.id,
                "kind": e.kind,
                "label": e.label,
                "score": round(e.score, 3),
                "mentions": [
                    {"doc": m.doc, "start": m.start, "end": m.end, "text": m.text} for m in e.mentions
                ],
            }
            for e in comparison.events
        ],
        "actors": [
            {"id": a.id, "name": a.name, "aliases": list(a.aliases), "kind": a.kind}
            for a in comparison.actors
        ],
        "blame": [
            {
                "id": b.id,
                "doc": b.doc,
                "target": b.target,
                "actor": b.actor,
                "source": b.source,
                "cue": b.cue,
                "start": b.start,
                "end": b.end,
                "text": b.text,
            }
            for b in comparison.blame
        ],
        "recommendations": [
            {
                "id": r.id,
                "doc": r.doc,
                "actor": r.actor,
                "action": r.action,
                "source": r.source,
                "cue": r.cue,
                "group": r.group,
                "start": r.start,
                "end": r.end,
                "text": r.text,
            }
            for r in comparison.recommendations
        ],
        "groups": [
            {"id": g.id, "label": g.label, "members": list(g.members)} for g in comparison.groups
        ],
    }


def write_analysis_json(comparison: Comparison, path: Path) -> None:
    """Writes the analysis JSON atomically."""
    text = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=1)
    atomic_write_text(Path(path), text)
