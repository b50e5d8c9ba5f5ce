"""Moves the passages named by stored corrections when the text of one document changes (a piece restored)."""

from __future__ import annotations

from typing import Any

from reader.core.documents.offset_map import OffsetMap

# the (doc, start, end) keys of each passage a correction names, by correction kind
_PASSAGE_KEYS = (("doc", "start", "end"), ("doc_a", "start_a", "end_a"), ("doc_b", "start_b", "end_b"))


def shift_corrections(corrections: list[dict[str, Any]], doc_id: str, old_text: str,
                      new_text: str) -> list[dict[str, Any]]:
    """Copies of `corrections` whose passages in `doc_id` are moved from `old_text` to `new_text`."""
    if old_text == new_text:
        return [dict(c) for c in corrections]
    mapping = OffsetMap(old_text, new_text)
    shifted = []
    for correction in corrections:
        c = dict(correction)
        for doc_key, start_key, end_key in _PASSAGE_KEYS:
            if c.get(doc_key) == doc_id and isinstance(c.get(start_key), int) and isinstance(c.get(end_key), int):
                c[start_key], c[end_key] = mapping.map_span(c[start_key], c[end_key])
        shifted.append(c)
    return shifted
