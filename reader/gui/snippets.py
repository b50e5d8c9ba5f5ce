"""Short one-line snippets of article text for menus, rows, headings and undo entries."""

from __future__ import annotations


def one_line(text: str, limit: int) -> str:
    """`text` on one line (runs of whitespace made single spaces), cut to `limit` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
