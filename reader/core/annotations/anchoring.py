"""Anchoring: a W3C target for a passage, and finding it again after the text changed (rapidfuzz)."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from reader.core.annotations.sources import normalize_source
from reader.core.annotations.model import (
    ANCHORED,
    ORPHANED,
    Annotation,
    Target,
    TextPositionSelector,
    TextQuoteSelector,
)

CONTEXT = 32  # characters of prefix and suffix kept with a quote
MIN_QUOTE_SCORE = 75.0  # below this similarity (0-100) of the quote itself the passage is lost
MIN_SHORT_CONTEXT = 60.0  # a short quote must also keep this much of its context
SHORT_QUOTE = 12
UNIQUE_QUOTE = 40  # an exact hit of a quote this long is trusted whatever its context
MIN_EXACT_CONTEXT = 50.0  # a shorter exact hit must keep this much of its context (mean of both sides)


@dataclass(frozen=True)
class Anchor:
    """Where a target was found in a text, how well it matched (0-100) and how it was found."""

    start: int
    end: int
    score: float
    method: str  # "position", "exact" or "fuzzy"


def make_target(text: str, start: int, end: int, source: str, context: int = CONTEXT) -> Target:
    """The target for text[start:end]: the quote with `context` characters around it, and its offsets."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad passage {start}-{end} for a text of {len(text)} characters")
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context):start],
        suffix=text[end:end + context],
    )
    return Target(source=normalize_source(source), quote=quote, position=TextPositionSelector(start, end))


def _context_score(target: Target, text: str, start: int, end: int) -> tuple[float, float]:
    prefix, suffix = target.quote.prefix, target.quote.suffix
    pre = fuzz.ratio(prefix, text[max(0, start - len(prefix)):start]) if prefix else 100.0
    suf = fuzz.ratio(suffix, text[end:end + len(suffix)]) if suffix else 100.0
    return pre, suf


def _total(target: Target, text: str, start: int, end: int, quote_score: float) -> float:
    """Quote 50, prefix 20, suffix 20, nearness to the old position 10 (as Hypothesis weighs them)."""
    pre, suf = _context_score(target, text, start, end)
    distance = abs(start - target.position.start) / max(len(text), 1)
    return 0.5 * quote_score + 0.2 * pre + 0.2 * suf + 10.0 * (1.0 - min(distance, 1.0))


def _exact_hits(exact: str, text: str) -> list[int]:
    hits, at = [], text.find(exact)
    while at >= 0:
        hits.append(at)
        at = text.find(exact, at + 1)
    return hits


def _fuzzy_candidates(exact: str, text: str) -> list[tuple[int, int, float]]:
    """Best alignment of the quote in overlapping windows: (start, end, similarity) per window."""
    n = len(exact)
    window, step = 2 * n + 64, n + 32
    found: dict[tuple[int, int], float] = {}
    for base in range(0, max(len(text) - n // 2, 1), step):
        chunk = text[base:base + window]
        if not chunk.strip():
            continue
        al = fuzz.partial_ratio_alignment(exact, chunk, score_cutoff=MIN_QUOTE_SCORE)
        if al is None:
            continue
        key = (base + al.dest_start, base + al.dest_end)
        found[key] = max(found.get(key, 0.0), al.score)
    return [(s, e, score) for (s, e), score in found.items()]


def _refine(exact: str, text: str, start: int, end: int) -> tuple[int, int, float]:
    """Moves the ends of a fuzzy hit a few characters to where the quote matches best."""
    slack = min(16, max(4, len(exact) // 10))
    best = (start, end, fuzz.ratio(exact, text[start:end]))
    for s in range(max(0, start - slack), min(len(text), start + slack) + 1):
        for e in range(max(s + 1, end - slack), min(len(text), end + slack) + 1):
            score = fuzz.ratio(exact, text[s:e], score_cutoff=best[2])
            if score > best[2]:
                best = (s, e, score)
    return best


def locate(target: Target, text: str) -> Anchor | None:
    """Finds the target in `text`: same position, else exact quote, else fuzzy quote; None when lost."""
    exact = target.quote.exact
    start, end = target.position.start, target.position.end
    if not exact:
        return None
    if 0 <= start < end <= len(text) and text[start:end] == exact:
        return Anchor(start, end, 100.0, "position")
    hits = _exact_hits(exact, text)
    if hits:
        at = max(hits, key=lambda h: _total(target, text, h, h + len(exact), 100.0))
        pre, suf = _context_score(target, text, at, at + len(exact))
        if len(exact) >= UNIQUE_QUOTE or (pre + suf) / 2 >= MIN_EXACT_CONTEXT:
            if len(exact) >= SHORT_QUOTE or min(pre, suf) >= MIN_SHORT_CONTEXT:
                return Anchor(at, at + len(exact), 100.0, "exact")
    best: tuple[float, int, int, float] | None = None
    for s, e, _ in _fuzzy_candidates(exact, text):
        s, e, quote_score = _refine(exact, text, s, e)
        if quote_score < MIN_QUOTE_SCORE:
            continue
        pre, suf = _context_score(target, text, s, e)
        if len(exact) < UNIQUE_QUOTE and (pre + suf) / 2 < MIN_EXACT_CONTEXT:
            continue
        if len(exact) < SHORT_QUOTE and min(pre, suf) < MIN_SHORT_CONTEXT:
            continue
        total = _total(target, text, s, e, quote_score)
        if best is None or total > best[0]:
            best = (total, s, e, quote_score)
    if best is None:
        return None
    return Anchor(best[1], best[2], best[3], "fuzzy")


def reanchor(annotation: Annotation, text: str, content_hash: str) -> Annotation:
    """The annotation found again in a changed text: moved to its new place, or marked orphaned (kept)."""
    if annotation.doc_hash == content_hash and not annotation.orphaned:
        return annotation
    anchor = locate(annotation.target, text)
    if anchor is None:
        return annotation.copy(status=ORPHANED)
    target = make_target(text, anchor.start, anchor.end, annotation.target.source)
    return annotation.copy(target=target, doc_hash=content_hash, status=ANCHORED)
