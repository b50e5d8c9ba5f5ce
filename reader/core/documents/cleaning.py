"""Cleans a raw article: drops clutter by general rules (keeping each piece with its reason) and finds its metadata."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.core.documents import boilerplate as bp
from reader.core.documents import metadata as md
from reader.core.documents.markup import Edit, markup_edits
from reader.core.documents.model import Removed
from reader.core.documents.runon import fallback_title, split_glued_title, split_long_paragraph

HEADER_UNITS = 10  # how many lines at the top may hold site header, title and byline
LONG_PARAGRAPH = 3000  # a paragraph this long is split into paragraphs of a few sentences


@dataclass
class Unit:
    """One line of the raw text, as it goes through the rules."""

    text: str
    start: int  # offset of the line in the raw text
    block: int  # index of the blank-line separated block it belongs to
    edits: list[Edit] = field(default_factory=list)
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


def _norm(text: str) -> str:
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'\"]", " ", text)).strip().lower()


class Cleaner:
    """Applies the cleaning rules in order; `keep` holds keys of removed pieces the reader restored."""

    def __init__(self, raw: str, keep: frozenset[str] = frozenset(), hints: dict[str, str] | None = None) -> None:
        self.raw = raw
        self.keep = keep
        self.hints = hints or {}
        self.units = self._split(raw)
        self.meta: dict[str, str | None] = {"title": None, "author": None, "outlet": None, "date": None}
        self.outlet_votes: list[tuple[int, str]] = []  # (priority, name): lower is better
        self.title_index: int | None = None
        self.dek_index: int | None = None

    # -- splitting -------------------------------------------------------------------------
    @staticmethod
    def _split(raw: str) -> list[Unit]:
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
            units.append(Unit(line.strip(), start + lead, block))
        return units

    def _remove(self, unit: Unit, reason: str) -> bool:
        if unit.key in self.keep or not unit.kept:
            return False
        unit.reason = reason
        return True

    def kept_units(self) -> list[Unit]:
        return [u for u in self.units if u.kept]

    # -- the rules ---------------------------------------------------------------------------
    def run(self) -> Cleaned:
        self._inline_markup()
        self._classify_lines()
        self._menu_blocks()
        self._header()
        self._trailing_block()
        self._trailing_bio()
        self._trailing_links()
        self._pull_quotes()
        self._repeated_captions()
        self._outlet_from_text()
        return self._emit()

    def _inline_markup(self) -> None:
        for unit in self.units:
            edits = [e for e in markup_edits(unit.text, self.raw) if f"{unit.key}+{e.start}" not in self.keep]
            unit.edits = edits
            if edits and not self._visible(unit).strip():
                reasons = {e.reason for e in edits}
                self._remove(unit, "shortcode" if "shortcode" in reasons else sorted(reasons)[0])

    @staticmethod
    def _visible(unit: Unit) -> str:
        out, pos = [], 0
        for e in unit.edits:
            out.append(unit.text[pos:e.start])
            out.append(e.keep)
            pos = e.end
        out.append(unit.text[pos:])
        return "".join(out)

    def _classify_lines(self) -> None:
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

    def _menu_blocks(self) -> None:
        """Above the article, a block of three or more one-to-four-word lines is a menu."""
        body_start = next((u.start for u in self.units if u.kept and len(u.text) > 250), len(self.raw))
        blocks: dict[int, list[Unit]] = {}
        for unit in self.units:
            if unit.kept and unit.start < body_start:
                blocks.setdefault(unit.block, []).append(unit)
        for units in blocks.values():
            texts = [self._visible(u) for u in units]
            if len(units) >= 3 and all(len(t.split()) <= 4 and not md.ends_sentence(t) for t in texts):
                for unit in units:
                    self._remove(unit, "site navigation")

    def _role_line_after(self, unit: Unit) -> None:
        """"Science correspondent" under a byline belongs to the byline."""
        index = self.units.index(unit)
        nxt = next((u for u in self.units[index + 1:] if u.kept), None)
        if nxt is None:
            return
        words = self._visible(nxt).split()
        if 1 <= len(words) <= 5 and not md.ends_sentence(nxt.text) and any(w.lower().strip(",") in md.ROLE_WORDS - {"at", "in", "for", "of", "news", "team", "desk"} for w in words):
            self._remove(nxt, "byline")

    def _trailing_links(self) -> None:
        """After a menu or "related" heading at the end, the short lines that follow are links too."""
        units = self.units
        last_text = max((i for i, u in enumerate(units) if u.kept and (len(u.text.split()) > 12 or md.ends_sentence(u.text))), default=-1)
        nav_at = next((i for i in range(last_text + 1, len(units)) if units[i].reason in
                       ("site navigation", "related link", "share buttons", "comment prompt")), None)
        if nav_at is None:
            return
        for unit in units[nav_at + 1:]:
            if unit.kept and len(unit.text.split()) <= 12:
                self._remove(unit, "site navigation")

    def _header(self) -> None:
        kept = self.kept_units()
        top = [u for u in kept[:HEADER_UNITS] if u.start < 3000]
        title_unit: Unit | None = None
        byline_at = None
        for i, unit in enumerate(top):
            text = self._visible(unit)
            name = md.byline_name(text)
            if name:
                byline_at = i
                self.meta["author"] = name
                org = md.affiliation(text)
                if org and org.split()[0].lower() not in md.ROLE_WORDS:
                    self.outlet_votes.append((5, org))
                self._remove(unit, "byline")
                self._role_line_after(unit)
                break
        if byline_at is not None:
            for j in range(byline_at - 1, -1, -1):
                text = self._visible(top[j])
                if md.title_like(text) and not md.dek_like(text):
                    title_unit = top[j]
                    break
        hinted = self.hints.get("title")
        if title_unit is None and hinted:
            wanted = _norm(hinted)
            for unit in top:
                if _norm(self._visible(unit)) == wanted:
                    title_unit = unit
                    break
        if title_unit is None and not hinted:
            for unit in top:
                text = self._visible(unit)
                if md.title_like(text):
                    title_unit = unit
                    break
                if len(text) > 250:
                    break  # the body has started
        if title_unit is not None and not any(u.kept for u in self.units[self.units.index(title_unit) + 1:]):
            title_unit = None  # a headline needs an article under it
        if title_unit is not None:
            self._take_title(title_unit)
        elif not hinted:
            self._title_from_body()
        if hinted:
            self.meta["title"] = hinted
        self._byline_after_title()

    def _take_title(self, title_unit: Unit) -> None:
        title_unit.role = "title"
        self.meta["title"] = self._visible(title_unit)
        self.title_index = self.units.index(title_unit)
        for unit in self.units[:self.title_index]:
            if unit.kept:
                site = md.site_name_line(self._visible(unit))
                if site and len(site.split()) >= 1 and unit is self.kept_units()[0]:
                    self.outlet_votes.append((4, site))
                self._remove(unit, "site header")

    def _title_from_body(self) -> None:
        kept = self.kept_units()
        if not kept:
            return
        first = kept[0]
        text = self._visible(first)
        if len(kept) <= 2 and not first.edits:
            split = split_glued_title(text)
            if split:
                title, body_start = split
                self.meta["title"] = title
                first.edits = [Edit(0, body_start, "", "title")]
                self.title_index = self.units.index(first) - 1
                return
        self.meta["title"] = fallback_title(text)

    def _byline_after_title(self) -> None:
        """Author lines right under the title: "Dr. Jane Doe", "Jane Doe is the editor of ..."."""
        start = (self.title_index + 1) if self.title_index is not None else 0
        kept_after = [u for u in self.units[start:] if u.kept][:4]
        for pos, unit in enumerate(kept_after):
            text = self._visible(unit)
            if self.dek_index is None and pos == 0 and unit.block != (self.units[self.title_index].block if self.title_index is not None and self.title_index >= 0 else -1):
                self.dek_index = self.units.index(unit)
            name = md.name_line(text)
            hinted = self.hints.get("author")
            if name and hinted and _norm(hinted) not in _norm(text):
                name = None  # the page names its author: only a line naming that person is a byline
            if name and pos <= 2 and not self.meta["author"]:
                self.meta["author"] = name
                self._remove(unit, "byline")
                self._role_line_after(unit)
                continue
            bio = md.bio_name(text) if len(text) < 250 else None
            if bio and pos <= 2:
                self.meta["author"] = self.meta["author"] or bio
                self._remove(unit, "author bio")
                continue
            if len(text) > 250:
                break

    def _trailing_block(self) -> None:
        """Once a donation/subscription appeal starts in the second half, the rest of the page is appeal too."""
        appeal_reasons = ("donation appeal", "subscription appeal")
        units = [u for u in self.units if u.kept or u.reason in appeal_reasons]
        if not units:
            return
        total = len(self.raw)
        start = None
        for i, unit in enumerate(units):
            if unit.start >= total * 0.5 and i > 0 and (unit.reason in appeal_reasons
                                                       or bp.is_appeal(self._visible(unit), trailing=True)):
                start = i
                break
        if start is None:
            return
        while start > 1 and units[start - 1].kept and bp.is_lead_in(self._visible(units[start - 1])) \
                and units[start - 1].start >= total * 0.4:
            start -= 1
        self.appeal_texts = [self._visible(u) for u in units[start:]]
        first = units[start]
        for unit in self.units[self.units.index(first):]:
            if unit.kept:
                reason = bp.classify_line(self._visible(unit))
                self._remove(unit, reason if reason and reason != "separator" else "donation appeal")

    def _trailing_bio(self) -> None:
        kept = self.kept_units()
        tail = kept[-3:]
        for unit in tail:
            text = self._visible(unit)
            index = self.units.index(unit)
            after_separator = index > 0 and self.units[index - 1].reason == "separator"
            name = md.bio_name(text)
            author = self.meta["author"]
            if name and (after_separator or (author and name == author)) and len(text) < 1200:
                self.meta["author"] = author or name
                self._remove(unit, "author bio")

    def _pull_quotes(self) -> None:
        kept = self.kept_units()
        normed = [_norm(self._visible(u)) for u in kept]
        for i, unit in enumerate(kept):
            if self.units.index(unit) == self.dek_index:
                continue
            quote = normed[i]
            if not 40 <= len(quote) <= 400:
                continue
            if any(j != i and len(normed[j]) > len(quote) and quote in normed[j] and kept[j].kept
                   and self.units.index(kept[j]) != self.dek_index for j in range(len(kept))):
                if self._remove(unit, "repeated pull quote"):
                    nxt = kept[i + 1] if i + 1 < len(kept) else None
                    if nxt is not None and md.name_line(self._visible(nxt)):
                        self._remove(nxt, "repeated pull quote")

    def _repeated_captions(self) -> None:
        previous: Unit | None = None
        for unit in self.units:
            if not unit.kept:
                continue
            if previous is not None and _norm(self._visible(previous)) == _norm(self._visible(unit)) and _norm(self._visible(unit)):
                self._remove(unit, "repeated caption")
                continue
            previous = unit

    def _outlet_from_text(self) -> None:
        appeals = getattr(self, "appeal_texts", []) + [self._visible(u) for u in self.units if u.reason == "donation appeal"]
        name = md.outlet_from_appeals(appeals)
        if name:
            self.outlet_votes.append((2, name))
        kept = self.kept_units()
        for unit in kept[-2:]:
            name = md.outlet_from_we_sentence(self._visible(unit))
            if name:
                self.outlet_votes.append((6, name))
        hinted = self.hints.get("outlet")
        if hinted:
            self.outlet_votes.append((0, hinted))
        if self.outlet_votes:
            self.meta["outlet"] = sorted(self.outlet_votes, key=lambda v: v[0])[0][1]

    # -- output ------------------------------------------------------------------------------
    def _emit(self) -> Cleaned:
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
    for name in ("author", "date"):
        if hints and hints.get(name) and not getattr(result, name):
            setattr(result, name, hints[name])
    if hints and hints.get("author"):
        result.author = hints["author"]
    return result
