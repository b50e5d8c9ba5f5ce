"""Turns a path, URL or pasted text into a cleaned, segmented Document (first, minimal version)."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.documents.errors import LoadError
from reader.core.documents.model import Document, Span


def load_text(text: str, source: str, doc_id: str) -> Document:
    """A Document from already-decoded text."""
    paragraphs = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        if m.group().strip():
            paragraphs.append(Span(m.start(), m.end()))
    sentences = []
    for p in paragraphs:
        for m in re.finditer(r"[^.!?]+[.!?]*", text[p.start:p.end]):
            if m.group().strip():
                sentences.append(Span(p.start + m.start(), p.start + m.end()))
    if not sentences:
        raise LoadError(source, "no sentences found")
    title = text[paragraphs[0].start:paragraphs[0].end].strip()
    return Document(id=doc_id, source=source, title=title, text=text, paragraphs=paragraphs,
                    sentences=sentences, raw_text=text)


def load_path(path: str | Path, doc_id: str) -> Document:
    """Loads one article file."""
    p = Path(path)
    if not p.exists():
        raise LoadError(str(path), "no such file")
    return load_text(p.read_text(encoding="utf-8"), str(path), doc_id)
