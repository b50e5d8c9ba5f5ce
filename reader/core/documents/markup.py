"""Inline markup left in pasted or saved text: WordPress shortcodes and link markup like `[text](#)`."""

from __future__ import annotations

import re
from dataclasses import dataclass

# [name attr="x"] / [/name]: a shortcode when it has a closing tag, an underscore or attributes.
_SHORTCODE = re.compile(r"\[(/?)([a-z][a-z0-9_-]*)((?:\s+[^\[\]]*)?)\]")
_LINK = re.compile(r"(!?)\[([^\[\]\n]*)\]\((#[^)\s]*|[a-z][a-z0-9+.-]*:[^)\s]*|/[^)\s]*|[^)\s]*\.[a-z]{2,5}[^)\s]*)\)", re.IGNORECASE)


@dataclass(frozen=True)
class Edit:
    """One piece of markup to take out of a line: [start, end) replaced by `keep`."""

    start: int
    end: int
    keep: str
    reason: str


def markup_edits(line: str, whole_text: str) -> list[Edit]:
    """The shortcode tags and link markup of one line, as non-overlapping edits in order."""
    edits: list[Edit] = []
    for m in _SHORTCODE.finditer(line):
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        closed_elsewhere = f"[/{name}]" in whole_text
        if closing or "_" in name or "=" in attrs or closed_elsewhere:
            edits.append(Edit(m.start(), m.end(), "", "shortcode"))
    for m in _LINK.finditer(line):
        if any(e.start < m.end() and m.start() < e.end for e in edits):
            continue
        if m.group(1):  # an image: dropped whole
            edits.append(Edit(m.start(), m.end(), "", "image markup"))
        else:
            edits.append(Edit(m.start(), m.end(), m.group(2), "link markup"))
    return sorted(edits, key=lambda e: e.start)
