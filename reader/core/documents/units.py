"""The lines of a raw article as the cleaning rules see them, and the state the rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.documents.markup import Edit
from reader.core.documents.model import Removed

HEADER_UNITS = 10  # how many lines at the top may hold site header, title and byline


@dataclass
class Unit:
    """One line of the raw text, as it goes through the rules."""

    text: str
    start: int  # offset of the line in the raw text
    block: int  # index of the blank-line separated block it belongs to
    edits: list[Edit] = field(default_factory=list)
    index: int = 0  # position in the list of lines
    reason: str | None = None  # why it was removed (None: kept)
    role: str | None = None  # "title" when it became the title

    @property
    def key(self) -> str:
        return f"line@{self.start}"

    @property
    def kept(self) -> bool:
        return self.reason is None and self.role is None


@dataclass
class Cleaned:
    """The result of cleaning: clean text, what was removed, and the metadata found."""

    text: str
    removed: list[Removed]
    title: str = ""
    author: str | None = None
    outlet: str | None = None
    date: str | None = None


def norm(text: str) -> str:
    """Lower-case words only, straight quotes, single spaces: for comparing pieces of text."""
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'\"]", " ", text)).strip().lower()


class CleanerState:
    """The lines, the metadata found so far and the helpers every rule uses."""

    def __init__(self, raw: str, keep: frozenset[str] = frozenset(), hints: dict[str, str] | None = None) -> None:
        self.raw = raw
        self.keep = keep
        self.hints = hints or {}
        self.units = self._split(raw)
        self.meta: dict[str, str | None] = {"title": None, "author": None, "outlet": None, "date": None}
        self.outlet_votes: list[tuple[int, str]] = []  # (priority, name): lower is better
        self.title_index: int | None = None
        self.dek_index: int | None = None  # the standfirst under the title: never a pull quote
        self.appeal_texts: list[str] = []  # the trailing appeal block, for naming the outlet

    @staticmethod
    def _split(raw: str) -> list[Unit]:
        """One unit per non-blank line; lines between blank lines share a block number."""
        units = []
        block = 0
        blank = False
        pos = 0
        for line in raw.split("\n"):
            start = pos
            pos += len(line) + 1
            if not line.strip():
                blank = True
                continue
            if blank and units:
                block += 1
            blank = False
            lead = len(line) - len(line.lstrip())
            units.append(Unit(line.strip(), start + lead, block, index=len(units)))
        return units

    def _remove(self, unit: Unit, reason: str) -> bool:
        """Marks a kept line as removed (unless the reader restored it); True when it was removed."""
        if unit.key in self.keep or not unit.kept:
            return False
        unit.reason = reason
        return True

    def kept_units(self) -> list[Unit]:
        return [u for u in self.units if u.kept]

    @staticmethod
    def _visible(unit: Unit) -> str:
        """The line with its inline edits (markup, glued title) applied."""
        out, pos = [], 0
        for e in unit.edits:
            out.append(unit.text[pos:e.start])
            out.append(e.keep)
            pos = e.end
        out.append(unit.text[pos:])
        return "".join(out)
