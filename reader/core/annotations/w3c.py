"""Reader's annotations to and from W3C Web Annotation JSON (collection, page, list or single)."""

from __future__ import annotations

from typing import Any

from reader.core.annotations.model import (
    ANCHORED,
    CATEGORIES,
    MOTIVATIONS,
    Annotation,
    Target,
    TextPositionSelector,
    TextQuoteSelector,
    new_id,
    normalize_tags,
    now_iso,
)
from reader.core.annotations.sources import normalize_source, source_to_uri

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXTENSION = "parallax"  # our own fields: category, colour, status, mark, contentHash


class W3CError(ValueError):
    """Input that is not W3C Web Annotation JSON Parallax can read; `str()` says why."""


def target_to_w3c(target: Target) -> dict[str, Any]:
    return {
        "source": source_to_uri(target.source),
        "selector": [
            {"type": "TextQuoteSelector", "exact": target.quote.exact, "prefix": target.quote.prefix,
             "suffix": target.quote.suffix},
            {"type": "TextPositionSelector", "start": target.position.start, "end": target.position.end},
        ],
    }


def annotation_to_w3c(a: Annotation) -> dict[str, Any]:
    """One reader's annotation: the note as a Markdown commenting body, each tag a tagging body."""
    bodies: list[dict[str, Any]] = []
    if a.body:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "format": "text/markdown",
                       "value": a.body})
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in a.tags]
    out: dict[str, Any] = {"id": a.id, "type": "Annotation", "motivation": a.motivation,
                           "created": a.created, "modified": a.modified}
    if bodies:
        out["body"] = bodies
    out["target"] = target_to_w3c(a.target)
    out[EXTENSION] = {"category": a.category, "colour": a.colour, "status": a.status, "mark": a.mark,
                      "contentHash": a.doc_hash}
    return out


def w3c_items(data: Any) -> list[dict[str, Any]]:
    """The annotations of a collection (embedded pages), a page, a list or a single annotation."""
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict) and data.get("type") in ("AnnotationCollection", "AnnotationPage") or (
            isinstance(data, dict) and ("first" in data or "items" in data)):
        items = []
        page: Any = data if "items" in data else data.get("first")
        seen = 0
        while isinstance(page, dict) and seen < 100000:
            items.extend(page.get("items", []))
            page = page.get("next")
            seen += 1
        if isinstance(data.get("first"), str):
            raise W3CError("the collection's pages are not embedded (first is a link)")
    elif isinstance(data, dict) and (data.get("type") == "Annotation" or "target" in data):
        items = [data]
    else:
        raise W3CError("not a W3C annotation, list or collection")
    bad = [i for i in items if not isinstance(i, dict)]
    if bad:
        raise W3CError("an item of the collection is not an annotation object")
    return items


def _selectors(target: Any) -> tuple[str, TextQuoteSelector | None, TextPositionSelector | None]:
    if isinstance(target, list):
        target = target[0] if target else {}
    if isinstance(target, str):
        return target, None, None
    if not isinstance(target, dict) or not isinstance(target.get("source"), str):
        raise W3CError("a target has no source")
    selectors = target.get("selector", [])
    if isinstance(selectors, dict):
        selectors = [selectors]
    quote = position = None
    for s in selectors:
        if not isinstance(s, dict):
            continue
        if s.get("type") == "TextQuoteSelector" and isinstance(s.get("exact"), str):
            quote = TextQuoteSelector(s["exact"], s.get("prefix", "") or "", s.get("suffix", "") or "")
        elif s.get("type") == "TextPositionSelector":
            try:
                position = TextPositionSelector(int(s["start"]), int(s["end"]))
            except (KeyError, TypeError, ValueError):
                raise W3CError("a TextPositionSelector without whole-number start and end") from None
    return target["source"], quote, position


def is_mark(item: dict[str, Any]) -> bool:
    """An analysis mark (motivation classifying): the analysis makes these again, they are not imported."""
    motivation = item.get("motivation")
    return motivation == "classifying" or (isinstance(motivation, list) and "classifying" in motivation)


def annotation_from_w3c(item: dict[str, Any]) -> Annotation:
    """A reader's annotation from one W3C annotation (needs a TextQuoteSelector)."""
    source, quote, position = _selectors(item.get("target"))
    if quote is None:
        raise W3CError(f"the annotation {item.get('id', '?')} has no TextQuoteSelector")
    if position is None:
        position = TextPositionSelector(0, len(quote.exact))  # re-anchoring finds the quote
    bodies = item.get("body", [])
    if isinstance(bodies, (dict, str)):
        bodies = [bodies]
    note, tags = [], []
    for b in bodies:
        if isinstance(b, str):
            note.append(b)
        elif isinstance(b, dict) and isinstance(b.get("value"), str):
            (tags if b.get("purpose") == "tagging" else note).append(b["value"])
    ext = item.get(EXTENSION) if isinstance(item.get(EXTENSION), dict) else {}
    motivation = item.get("motivation")
    if motivation not in MOTIVATIONS:
        motivation = "commenting" if note else "highlighting"
    category = ext.get("category") if ext.get("category") in CATEGORIES else "note"
    created = item.get("created") if isinstance(item.get("created"), str) else now_iso()
    ident = item.get("id") if isinstance(item.get("id"), str) and item.get("id") else new_id()
    return Annotation(id=ident, target=Target(normalize_source(source), quote, position),
                      doc_hash=str(ext.get("contentHash") or ""), motivation=motivation, category=category,
                      colour=ext.get("colour"), body="\n\n".join(note), tags=normalize_tags(tags),
                      status=ext.get("status") or ANCHORED, mark=ext.get("mark"), created=created,
                      modified=item.get("modified") if isinstance(item.get("modified"), str) else created)
