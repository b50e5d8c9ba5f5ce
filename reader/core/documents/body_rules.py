"""Rules for the body and the end of an article: appeals, bios, link lists, pull quotes, captions, outlet."""

from __future__ import annotations

import re

from reader.core.documents import boilerplate as bp
from reader.core.documents import metadata as md
from reader.core.documents.markup import Edit
from reader.core.documents.segmentation import paragraph_spans, sentence_spans
from reader.core.documents.units import CleanerState, Unit, norm


TAIL_ARTICLE_CHARS = 1500  # this much plain story text after an appeal means the article goes on


class BodyRules(CleanerState):
    """Removes repeated pieces and the clutter that trails an article; names the outlet."""

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

    def _trailing_prompts(self) -> None:
        """Share/comment prompts closing the last paragraph ("Like this story? Share it with a friend!")."""
        kept = self.kept_units()
        if not kept:
            return
        unit = kept[-1]
        text = self._visible(unit)
        spans = sentence_spans(text, paragraph_spans(text))
        cut = None
        for span in reversed(spans[1:]):
            sentence = span.slice(text)
            prompt = bp.classify_line(sentence) in ("share buttons", "comment prompt", "subscription appeal")
            lead_in = cut is not None and len(sentence.split()) <= 8 and sentence.endswith("?") \
                and re.search(r"\b(?:you|your)\b", sentence, re.IGNORECASE)
            if not (prompt or lead_in):
                break
            cut = span.start
        if cut is None:
            return
        start = self._raw_position(unit, cut)
        if f"{unit.key}+{start}" not in self.keep:
            unit.edits.append(Edit(start, len(unit.text), "", "share buttons"))
            unit.edits.sort(key=lambda e: e.start)

    @staticmethod
    def _raw_position(unit: Unit, visible: int) -> int:
        """Where a position of the visible line lies in the raw line (inline edits shift it)."""
        raw = vis = 0
        for e in unit.edits:
            if visible < vis + (e.start - raw):
                break
            vis += (e.start - raw) + len(e.keep)
            raw = e.end
            if visible < vis:
                return e.start
        return raw + (visible - vis)

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
        tail = [self._visible(u) for u in units[start:]]
        plain = sum(len(t) for t in tail if not bp.addresses_reader(t) and bp.appeal_strength(t) == 0
                    and bp.classify_line(t) is None)
        if plain > TAIL_ARTICLE_CHARS:
            # the article goes on after the appeal box: only the appeal itself goes
            for unit in units[start:]:
                if unit.kept and bp.is_appeal(self._visible(unit), trailing=True):
                    self._remove(unit, "donation appeal")
            return
        self.appeal_texts = tail
        first = units[start]
        for unit in self.units[first.index:]:
            if unit.kept:
                reason = bp.classify_line(self._visible(unit))
                self._remove(unit, reason if reason and reason != "separator" else "donation appeal")

    def _trailing_bio(self) -> None:
        """A closing "Jane Doe is a ..." after a rule or naming the author, or an "About the author" section."""
        kept = self.kept_units()
        for i, unit in enumerate(kept[-4:], start=max(0, len(kept) - 4)):
            if re.match(r"^(?:about|more about) the (?:authors?|writers?|contributors?)\s*:?$", self._visible(unit), re.IGNORECASE):
                for rest in kept[i:]:
                    self._remove(rest, "author bio")
                kept = kept[:i]
                break
        tail = kept[-3:]
        for unit in tail:
            text = self._visible(unit)
            index = unit.index
            after_separator = index > 0 and self.units[index - 1].reason == "separator"
            name = md.bio_name(text)
            author = self.meta["author"]
            if name and (after_separator or (author and name == author)) and len(text) < 1200:
                self.meta["author"] = author or name
                self._remove(unit, "author bio")

    def _pull_quotes(self) -> None:
        """A short paragraph whose words stand again inside a longer paragraph is a pull quote."""
        kept = self.kept_units()
        normed = [norm(self._visible(u)) for u in kept]
        candidates = {i: tuple(normed[i].split()[:5]) for i, u in enumerate(kept)
                      if u.index != self.dek_index and 40 <= len(normed[i]) <= 400 and len(normed[i].split()) >= 5}
        wanted = set(candidates.values())
        shingles: dict[tuple[str, ...], set[int]] = {}  # a quote's first 5 words -> paragraphs holding them
        for j, text in enumerate(normed):
            if kept[j].index == self.dek_index:
                continue
            words = text.split()
            for k in range(len(words) - 4):
                key = tuple(words[k:k + 5])
                if key in wanted:
                    shingles.setdefault(key, set()).add(j)
        for i, key in candidates.items():
            unit, quote = kept[i], normed[i]
            holders = shingles.get(key, ())
            if any(j != i and len(normed[j]) > len(quote) and quote in normed[j] and kept[j].kept for j in holders):
                if self._remove(unit, "repeated pull quote"):
                    nxt = kept[i + 1] if i + 1 < len(kept) else None
                    if nxt is not None and md.name_line(self._visible(nxt)):
                        self._remove(nxt, "repeated pull quote")

    def _repeated_captions(self) -> None:
        """Two identical lines in a row (a caption saved twice): the second goes."""
        previous: Unit | None = None
        for unit in self.units:
            if not unit.kept:
                continue
            if previous is not None and norm(self._visible(previous)) == norm(self._visible(unit)) and norm(self._visible(unit)):
                self._remove(unit, "repeated caption")
                continue
            previous = unit

    def _outlet_from_text(self) -> None:
        """The outlet by priority: the page's metadata, a disclaimer, an appeal, the site header, a byline, a "we" sentence."""
        appeals = self.appeal_texts + [self._visible(u) for u in self.units if u.reason == "donation appeal"]
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
