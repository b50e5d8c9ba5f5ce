"""Plain data for one cleaned article: text, metadata, paragraphs, sentences and what cleaning removed."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open range of character offsets (code points) into a document's clean text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Removed:
    """A piece of the raw article that cleaning took out, with the reason and where it stood."""

    text: str
    reason: str
    offset: int = 0  # position in the clean text where it stood (for showing and restoring)
    key: str = ""  # identifies the piece in the raw text, so that `restore` can keep it


@dataclass
class Document:
    """One article after loading and cleaning; offsets everywhere refer to `text`."""

    id: str
    source: str
    title: str
    text: str
    author: str | None = None
    outlet: str | None = None
    date: str | None = None  # YYYY-MM-DD
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    raw_text: str = ""  # the decoded (for HTML/PDF: extracted) text before cleaning
    kept: tuple[str, ...] = ()  # keys of removed pieces the reader chose to restore
    hints: dict[str, str] = field(default_factory=dict)  # metadata the page/PDF itself declared

    @property
    def content_hash(self) -> str:
        """SHA-256 of the clean text: identifies the content across renames and re-imports.

        Computed once per text (the library, export and notes ask for it per annotation); the cache is
        keyed on the text object itself, so a document whose text is replaced gets a fresh hash."""
        cached = self.__dict__.get("_content_hash")
        if cached is None or cached[0] is not self.text:
            cached = (self.text, hashlib.sha256(self.text.encode("utf-8")).hexdigest())
            self.__dict__["_content_hash"] = cached
        return cached[1]

    def sentence_texts(self) -> list[str]:
        return [s.slice(self.text) for s in self.sentences]

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding `offset`, or -1."""
        i = bisect.bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1  # paragraphs are in order
        return i if i >= 0 and offset < self.paragraphs[i].end else -1
