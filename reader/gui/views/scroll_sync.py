"""Scroll lock: when one pane scrolls, the others follow, anchored on the passages the two panes share."""

from __future__ import annotations

import bisect

from reader.gui.views.marks import EVENTS
from reader.gui.views.text_view import TextView


def anchors(source: TextView, target: TextView) -> list[tuple[int, int]]:
    """Matched (source y, target y) document positions, increasing in both, with the two ends of the texts."""
    target_first: dict[str, int] = {}
    for m in target.marks():
        if m.layer == EVENTS and m.key not in target_first:
            target_first[m.key] = target.doc_y(m.start)
    pairs = sorted({(source.doc_y(m.start), target_first[m.key]) for m in source.marks()
                    if m.layer == EVENTS and m.key in target_first})
    src_end = source.verticalScrollBar().maximum() + source.viewport().height()
    tgt_end = target.verticalScrollBar().maximum() + target.viewport().height()
    kept = [(0, 0)]
    for s, t in pairs:  # keep the pairs that stay in order in both texts
        if s > kept[-1][0] and t > kept[-1][1]:
            kept.append((s, t))
    if src_end > kept[-1][0] and tgt_end > kept[-1][1]:
        kept.append((src_end, tgt_end))
    return kept


def follow(source: TextView, target: TextView) -> None:
    """Scrolls `target` so that the passage matching the middle of `source`'s view is in its middle."""
    points = anchors(source, target)
    half_s, half_t = source.viewport().height() / 2, target.viewport().height() / 2
    y = source.verticalScrollBar().value() + half_s
    xs = [p[0] for p in points]
    i = max(0, min(len(points) - 2, bisect.bisect_right(xs, y) - 1))
    if len(points) < 2:
        return
    (s0, t0), (s1, t1) = points[i], points[i + 1]
    ratio = 0.0 if s1 == s0 else (y - s0) / (s1 - s0)
    target.verticalScrollBar().setValue(int(t0 + ratio * (t1 - t0) - half_t))
