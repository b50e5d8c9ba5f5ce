"""Cleans a raw article: drops clutter by general rules (keeping each piece with its reason) and finds its metadata."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.documents import boilerplate as bp
from reader.core.documents import metadata as md
from reader.core.documents.body_rules import BodyRules
from reader.core.documents.header_rules import HeaderRules
from reader.core.documents.markup import Edit, markup_edits
from reader.core.documents.model import Removed
from reader.core.documents.runon import split_long_paragraph
from reader.core.documents.units import Cleaned, Unit

LONG_PARAGRAPH = 3000  # a paragraph this long is split into paragraphs of a few sentences


class Cleaner(HeaderRules, BodyRules):
    """Applies the cleaning rules in order; `keep` holds keys of removed pieces the reader restored."""

    # -- the rules ---------------------------------------------------------------------------
    def run(self) -> Cleaned:
        """All rules in order (markup, line kinds, top, end, repeats, outlet), then the clean text."""
        self._inline_markup()
        self._classify_lines()
        self._menu_blocks()
        self._header()
        self._trailing_block()
        self._trailing_bio()
        self._trailing_links()
        self._trailing_prompts()
        self._pull_quotes()
        self._repeated_captions()
        self._outlet_from_text()
        return self._emit()

    def _inline_markup(self) -> None:
        """Shortcode tags and link markup inside lines; a line of nothing but layout shortcodes goes."""
        for unit in self.units:
            edits = [e for e in markup_edits(unit.text, self.raw) if f"{unit.key}+{e.start}" not in self.keep]
            unit.edits = edits
            if edits and not self._visible(unit).strip():
                reasons = {e.reason for e in edits}
                self._remove(unit, "shortcode" if "shortcode" in reasons else sorted(reasons)[0])

    def _classify_lines(self) -> None:
        """Whole lines of a clutter genre (menus, widgets, ads, notices); appeals at the very top or end."""
        n = len(self.units)
        for i, unit in enumerate(self.units):
            if not unit.kept:
                continue
            text = self._visible(unit)
            reason = bp.classify_line(text)
            if reason is None and len(text.split()) <= 6 and md.find_date(text) and not md.ends_sentence(text):
                reason = "publication line"  # a line that is only a date
            if reason == "publication line":
                self.meta["date"] = self.meta["date"] or md.find_date(text)
            if reason == "disclaimer":
                name = md.outlet_from_notice(text)
                if name:
                    self.outlet_votes.append((1, name))
            if reason is None and (i < 4 or i > n - 2) and bp.is_appeal(text, trailing=False):
                reason = "donation appeal"
            if reason:
                self._remove(unit, reason)

    # -- output ------------------------------------------------------------------------------
    def _emit(self) -> Cleaned:
        """Kept lines joined into paragraphs (broken ones mended, giant ones split); removed pieces placed."""
        out: list[str] = []
        removed: list[Removed] = []
        length = 0
        previous: Unit | None = None
        kept = self.kept_units()
        wrapped_blocks = self._wrapped_blocks(kept)
        for unit in self.units:
            if unit.role == "title":
                continue
            if unit.reason is not None:
                removed.append(Removed(unit.text, unit.reason, length, unit.key))
                continue
            text, edits = self._visible_with_positions(unit)
            if previous is not None:
                sep = self._separator(previous, unit, text, wrapped_blocks)
                out.append(sep)
                length += len(sep)
            if len(text) > LONG_PARAGRAPH or (len(kept) <= 2 and len(text) > 1000):
                text, moved = self._rejoin(text, split_long_paragraph(text))
                edits = [(moved(pos), e) for pos, e in edits]
            for pos, edit in edits:
                piece = unit.text[edit.start:edit.end]
                removed.append(Removed(piece, edit.reason, length + pos, f"{unit.key}+{edit.start}"))
            out.append(text)
            length += len(text)
            previous = unit
        text = "".join(out)
        removed.sort(key=lambda r: r.offset)
        return Cleaned(text=text, removed=removed, title=self.meta["title"] or "",
                       author=self.meta["author"], outlet=self.meta["outlet"], date=self.meta["date"])

    @staticmethod
    def _rejoin(text: str, pieces: list[str]) -> tuple[str, Callable[[int], int]]:
        """Puts a blank line between sentence groups; also returns how old positions move."""
        out: list[str] = []
        shifts: list[tuple[int, int]] = []  # (old position from which, added length)
        pos = 0
        added = 0
        for i, piece in enumerate(pieces):
            at = text.find(piece, pos)
            if at < 0:
                return text, lambda p: p
            if i:
                gap = at - pos
                out.append("\n\n")
                added += 2 - gap
                shifts.append((at, added))
            out.append(piece)
            pos = at + len(piece)

        def moved(p: int) -> int:
            delta = 0
            for start, total in shifts:
                if p >= start:
                    delta = total
            return p + delta

        return "".join(out), moved

    def _visible_with_positions(self, unit: Unit) -> tuple[str, list[tuple[int, Edit]]]:
        out, pos, length = [], 0, 0
        positions = []
        for e in unit.edits:
            chunk = unit.text[pos:e.start]
            out.append(chunk)
            length += len(chunk)
            if e.reason != "title":
                positions.append((length, e))
            out.append(e.keep)
            length += len(e.keep)
            pos = e.end
        out.append(unit.text[pos:])
        text = "".join(out)
        stripped = text.lstrip()
        shift = len(text) - len(stripped)
        result = stripped.rstrip()
        return result, [(min(len(result), max(0, p - shift)), e) for p, e in positions]

    @staticmethod
    def _wrapped_blocks(kept: list[Unit]) -> set[int]:
        """Blocks whose lines are hard-wrapped prose (several long lines) rather than separate items."""
        by_block: dict[int, list[Unit]] = {}
        for unit in kept:
            by_block.setdefault(unit.block, []).append(unit)
        wrapped = set()
        for block, units in by_block.items():
            lengths = [len(u.text) for u in units[:-1]]
            if len(units) >= 3 and sum(n >= 50 for n in lengths) >= 0.75 * len(lengths):
                wrapped.add(block)
        return wrapped

    @staticmethod
    def _separator(previous: Unit, unit: Unit, text: str, wrapped_blocks: set[int]) -> str:
        prev_text = previous.text
        continues = bool(text) and (text[0].islower() or text[0] in ",;)") and not md.ends_sentence(prev_text)
        if previous.block == unit.block:
            return " " if continues or unit.block in wrapped_blocks else "\n\n"
        return " " if continues else "\n\n"


def clean(raw: str, keep: frozenset[str] = frozenset(), hints: dict[str, str] | None = None) -> Cleaned:
    """Cleans `raw` (already decoded and normalised text); `hints` may give title/author/outlet/date."""
    cleaner = Cleaner(raw, keep, hints)
    result = cleaner.run()
    if hints and hints.get("author"):  # the page's own byline beats what the text seems to say
        result.author = hints["author"]
    if hints and hints.get("date") and not result.date:
        result.date = hints["date"]
    return result
