"""Rules for the top of an article: menus, site header, title, byline and author line."""

from __future__ import annotations

from reader.core.documents import metadata as md
from reader.core.documents.markup import Edit
from reader.core.documents.runon import fallback_title, split_glued_title
from reader.core.documents.units import HEADER_UNITS, CleanerState, Unit, norm


class HeaderRules(CleanerState):
    """Finds the title and byline and removes what stands above the title."""

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
        index = unit.index
        nxt = next((u for u in self.units[index + 1:] if u.kept), None)
        if nxt is None:
            return
        words = self._visible(nxt).split()
        if 1 <= len(words) <= 5 and not md.ends_sentence(nxt.text) and any(w.lower().strip(",") in md.ROLE_WORDS - {"at", "in", "for", "of", "news", "team", "desk"} for w in words):
            self._remove(nxt, "byline")

    def _header(self) -> None:
        """The title is the headline-shaped line above a "By ..." byline, else the page's declared title,
        else the first headline-shaped line, else (one-line files) a headline glued to the body."""
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
            if title_unit is None and byline_at >= 1 and md.headline_slot(self._visible(top[byline_at - 1])):
                title_unit = top[byline_at - 1]  # "Gov. X didn't trim a subsidy. He pulled the floor out." over "By ..."
        hinted = self.hints.get("title")
        if title_unit is None and hinted:
            wanted = norm(hinted)
            for unit in top:
                line = norm(self._visible(unit))
                if line == wanted:
                    title_unit = unit
                    break
                if len(line) >= 8 and line in wanted and md.title_like(self._visible(unit)):
                    title_unit = unit  # the page's heading; its <title> adds the site's name
                    hinted = self._visible(unit)
                    break
        if title_unit is None and not hinted:
            for unit in top:
                text = self._visible(unit)
                if md.title_like(text):
                    title_unit = unit
                    break
                if len(text) > 250:
                    break  # the body has started
        if title_unit is not None and not any(u.kept for u in self.units[title_unit.index + 1:]):
            title_unit = None  # a headline needs an article under it
        if title_unit is not None:
            self._take_title(title_unit)
        elif not hinted:
            self._title_from_body()
        if hinted:
            self.meta["title"] = hinted
        self._byline_after_title()

    def _take_title(self, title_unit: Unit) -> None:
        """Moves the title line out of the text; the lines above it are the site's header."""
        title_unit.role = "title"
        self.meta["title"] = self._visible(title_unit)
        self.title_index = title_unit.index
        for unit in self.units[:self.title_index]:
            if unit.kept:
                site = md.site_name_line(self._visible(unit))
                if site and len(site.split()) >= 1 and unit is self.kept_units()[0]:
                    self.outlet_votes.append((4, site))
                self._remove(unit, "site header")

    def _title_from_body(self) -> None:
        """No headline line: cut one glued to the body of a one-line file, or name the piece by its first words."""
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
                self.title_index = first.index - 1
                return
        self.meta["title"] = fallback_title(text)

    def _byline_after_title(self) -> None:
        """Author lines right under the title ("Dr. Jane Doe", "Jane Doe is the editor of ..."); a short
        caption between the title and such a line goes too; the first line left under the title is the dek."""
        start = (self.title_index + 1) if self.title_index is not None else 0
        kept_after = [u for u in self.units[start:] if u.kept][:4]
        hinted = self.hints.get("author")
        for pos, unit in enumerate(kept_after):
            text = self._visible(unit)
            name = md.name_line(text)
            if name and hinted and norm(hinted) not in norm(text):
                name = None  # the page names its author: only a line naming that person is a byline
            bio = md.author_bio_name(text) if len(text) < 250 else None
            if name and pos <= 2 and not self.meta["author"]:
                self.meta["author"] = name
                self._remove(unit, "byline")
                self._role_line_after(unit)
            elif bio and pos <= 2:
                self.meta["author"] = self.meta["author"] or bio
                self._remove(unit, "author bio")
            elif len(text) > 250:
                break
            else:
                continue
            for earlier in kept_after[:pos]:
                caption = self._visible(earlier)
                if earlier.kept and len(caption.split()) <= 8 and not md.ends_sentence(caption):
                    self._remove(earlier, "photo caption")
        title_block = self.units[self.title_index].block if self.title_index is not None and self.title_index >= 0 else -1
        dek = next((u for u in self.units[start:] if u.kept), None)
        if dek is not None and dek.block != title_block:
            self.dek_index = dek.index
