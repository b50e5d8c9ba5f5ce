"""JSON export as a W3C Web Annotation collection: the reader's notes and the analysis marks."""

from __future__ import annotations

import json
import uuid
from typing import Any

from reader.core.annotations.anchoring import make_target
from reader.core.annotations.marks import Mark
from reader.core.annotations.w3c import CONTEXT, EXTENSION, annotation_to_w3c, target_to_w3c
from reader.core.documents.model import Document
from reader.core.export.report import Report

MARK_NAMESPACE = uuid.UUID("5f0c8a52-8d0e-4f7c-9c43-7d1b3f6a2e10")


def mark_to_w3c(mark: Mark, doc: Document) -> dict[str, Any]:
    """An analysis mark: motivation classifying, its kind as a classifying body, cue and voice described."""
    ident = uuid.uuid5(MARK_NAMESPACE, f"{doc.content_hash}:{mark.key}:{mark.start}:{mark.end}")
    described = " · ".join(x for x in (
        f"cue: {mark.cue}" if mark.cue else "", f"voice: {mark.source}" if mark.source else "",
        f"actor: {mark.actor}" if mark.actor else "", f"group: {mark.group}" if mark.group else "") if x)
    bodies = [{"type": "TextualBody", "purpose": "classifying", "value": mark.kind}]
    if described:
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": described})
    return {
        "id": f"urn:uuid:{ident}",
        "type": "Annotation",
        "motivation": "classifying",
        "creator": {"type": "Software", "name": "Parallax"},
        "body": bodies,
        "target": target_to_w3c(make_target(doc.text, mark.start, mark.end, doc.source)),
        EXTENSION: {"kind": mark.kind, "cue": mark.cue, "source": mark.source, "actor": mark.actor,
                    "group": mark.group, "groupId": mark.group_id, "mark": mark.key,
                    "contentHash": doc.content_hash},
    }


def w3c_collection(report: Report) -> dict[str, Any]:
    """One AnnotationCollection whose first (and only) page embeds every item."""
    items: list[dict[str, Any]] = []
    for art in report.articles:
        doc = art.document
        for e in art.entries:
            if e.annotation is not None:
                items.append(annotation_to_w3c(e.annotation))
            elif e.mark is not None and 0 <= e.start < e.end <= len(doc.text):
                items.append(mark_to_w3c(e.mark, doc))
        items.extend(annotation_to_w3c(a) for a in art.orphaned)
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": report.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def render_w3c_json(report: Report) -> str:
    return json.dumps(w3c_collection(report), ensure_ascii=False, indent=1) + "\n"
