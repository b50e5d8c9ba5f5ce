"""Maps character offsets of one version of a clean text onto another (after pieces were restored or removed)."""

from __future__ import annotations

import bisect
from difflib import SequenceMatcher


class OffsetMap:
    """Built from an old and a new text: `map(offset)` gives where old `offset` stands in the new text.

    The texts are compared line by line (cleaning adds or takes whole lines and pieces of lines); an offset in
    an unchanged stretch moves by the length of what was added or taken before it, an offset inside a changed
    stretch goes to the start of what replaced that stretch.
    """

    def __init__(self, old: str, new: str) -> None:
        self._blocks: list[tuple[int, int, int]] = []  # (old start, new start, length) of equal stretches
        # Whole lines both versions begin and end with are kept as they are (the line matcher alone is not
        # an optimal alignment); only the changed middle is matched.
        old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
        limit = min(len(old_lines), len(new_lines))
        first = 0
        while first < limit and old_lines[first] == new_lines[first]:
            first += 1
        last = 0
        while last < limit - first and old_lines[-1 - last] == new_lines[-1 - last]:
            last += 1
        head = sum(len(line) for line in old_lines[:first])
        tail = sum(len(line) for line in old_lines[len(old_lines) - last:])
        if head:
            self._blocks.append((0, 0, head))
        self._match_lines(old[head:len(old) - tail], new[head:len(new) - tail], head, head)
        if tail:
            self._blocks.append((len(old) - tail, len(new) - tail, tail))
        self._keys = [b[0] for b in self._blocks]
        self._new_length = len(new)

    def _match_lines(self, old: str, new: str, old_base: int, new_base: int) -> None:
        """Equal stretches of the changed middle, line by line, then inside replaced lines."""
        old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
        old_starts, new_starts = _starts(old_lines), _starts(new_lines)
        matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                self._blocks.append((old_base + old_starts[i1], new_base + new_starts[j1],
                                     old_starts[i2] - old_starts[i1]))
            elif tag == "replace":  # a line changed inside: keep the common head and tail of the two stretches
                a, b = old[old_starts[i1]:old_starts[i2]], new[new_starts[j1]:new_starts[j2]]
                for oa, nb, size in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
                    if size:
                        self._blocks.append((old_base + old_starts[i1] + oa, new_base + new_starts[j1] + nb, size))

    def map(self, offset: int) -> int:
        """The new offset of old `offset` (clamped into the new text)."""
        i = bisect.bisect_right(self._keys, offset) - 1
        if i >= 0:
            old_start, new_start, size = self._blocks[i]
            if offset < old_start + size:
                return new_start + offset - old_start
            after = self._blocks[i + 1][1] if i + 1 < len(self._blocks) else self._new_length
            return min(new_start + size, after)  # in a changed stretch: where its replacement begins
        return 0 if not self._blocks else min(self._blocks[0][1], self._new_length)

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """A half-open span mapped; never empty when the old one was not (unless the new text is empty)."""
        new_start = self.map(start)
        new_end = self.map(end - 1) + 1 if end > start else new_start
        return new_start, max(new_start + (1 if end > start else 0), min(new_end, self._new_length))


def _starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line)
    starts.append(at)
    return starts
