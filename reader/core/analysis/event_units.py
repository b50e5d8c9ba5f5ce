"""Cuts documents into passages (sentences) and weighs their features by rarity in the texts and in English."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from reader.core.analysis.event_features import (
    clause_sets,
    is_anchor,
    lowercase_vocabulary,
    positioned_features,
)
from reader.core.analysis.event_rarity import rarity, zipf
from reader.core.documents.model import Document

# How much one shared feature of each kind counts, before rarity (IDF) is applied.
KIND_WEIGHT = {"N": 1.6, "#": 2.2, "~": 0.8, "n": 1.5, "W": 1.0, "C": 0.9, "B": 0.5, "P": 1.2, "T": 1.2}
MIN_COLLECTION = 60  # IDF is computed as if there were at least this many passages
MIN_FEATURES = 3  # sentences with fewer content features are not matched
MAX_UNIT_CHARS = 700  # longer "sentences" (lists, run-ons) are cut at clause marks


@dataclass
class Unit:
    """One sentence (or clause of a very long one) of one document, with its weighted features."""

    doc: int  # index of the document in the analysed list
    start: int
    end: int
    raw: set[str]
    clauses: list[set[str]] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    clause_totals: list[float] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)  # features that name what happened (see is_anchor)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cuts an over-long passage at semicolons/colons/dashes into pieces of bounded length."""
    if end - start <= MAX_UNIT_CHARS:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur = start
    i = start
    while i < end:
        ch = text[i]
        if ch in ";:–—\n" and i - cur >= 80:
            pieces.append((cur, i + 1))
            cur = i + 1
        elif i - cur >= MAX_UNIT_CHARS and ch == " ":
            pieces.append((cur, i))
            cur = i + 1
        i += 1
    if cur < end:
        pieces.append((cur, end))
    return pieces


COORD = re.compile(r",? and (?=(?:also |then |later |now )?[a-z]+(?:s|ed)\b)|; ")
MIN_PIECE_WORDS = 6  # each side of the split has at least this many words


def _facts(text: str, start: int, end: int, lower_seen: set[str]) -> list[tuple[int, int]]:
    """Cuts a sentence at a coordinating "and" (followed by a verb form in -s/-ed) or a semicolon when
    each side reports a counted fact of its own ("gives troops a 4.5% raise and includes $12 billion in aid"),
    so that each fact can join the event it belongs to. Only counts decide: splitting argued prose at every
    "and" links loose halves of opinion sentences."""
    pieces: list[tuple[int, int]] = []
    cur = start
    for m in COORD.finditer(text, start, end):
        left, right = text[cur:m.start()], text[m.end():end]
        if len(left.split()) < MIN_PIECE_WORDS or len(right.split()) < MIN_PIECE_WORDS:
            continue
        if not (_has_count(left, lower_seen) and _has_count(right, lower_seen)):
            continue
        pieces.append((cur, m.start()))
        cur = m.end()
    pieces.append((cur, end))
    return pieces


def _has_count(text: str, lower_seen: set[str]) -> bool:
    """Whether a piece of text has a number of its own (an amount, a tally, a share)."""
    return any(f[0] == "#" for _, f, _ in positioned_features(text, lower_seen))


# "Rep. Kay Lindqvist, a Republican who chairs the House Transportation Committee, said ...": who a speaker is,
# written between commas; two articles that introduce the same person this way do not report the same thing
IDENTITY = re.compile(
    r",\s+(?:(?:a|an|the)\s+[^,;:\"“”]{0,60}?\s+)?who\s+(?:chairs|co-chairs|leads|heads|runs|represents|oversees|directs|"
    r"serves\s+(?:on|as)|sits\s+on|manages|founded|owns|was\s+elected|won|lost|is\s+running|ran)\b[^,;:\"“”]{0,100}?(?=,)"
    r"|,\s+(?:the\s+)?(?:(?:former|longtime|interim|acting|deputy)\s+)?(?:president|chair|chairman|chairwoman|head|director|leader|"
    r"founder|chief\s+executive|executive\s+director|secretary|treasurer|spokesman|spokeswoman|spokesperson)\s+of\s+[^,;:\"“”]{1,80}?(?=,)")


def mask_identity(text: str) -> str:
    """The text with speakers' identity appositions blanked (same length, so offsets hold)."""
    return IDENTITY.sub(lambda m: " " * len(m.group()), text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def build_units(documents: list[Document], lower_seen: set[str] | None = None) -> list[Unit]:
    """Every sentence of every document as a Unit with weighted features (IDF over all sentences)."""
    if lower_seen is None:
        lower_seen = lowercase_vocabulary(documents)
    units: list[Unit] = []
    zipfs: dict[str, list[float]] = defaultdict(list)
    for d, doc in enumerate(documents):
        for span in doc.sentences:
            for a, b in (piece for c in _clauses(doc.text, span.start, span.end)
                         for piece in _facts(doc.text, c[0], c[1], lower_seen)):
                a, b = _trim(doc.text, a, b)
                if b <= a:
                    continue
                piece = mask_identity(doc.text[a:b])
                feats = positioned_features(piece, lower_seen)
                for _, f, word in feats:
                    if word:
                        for w in word.split():
                            zipfs[f].append(zipf(w))
                raw = {f for _, f, _ in feats}
                # unordered pairs of action words in one sentence ("end"+"war") are features too
                concepts = sorted({f[2:] for _, f, w in feats if f[0] in "CW" and is_anchor(f, w)})
                raw |= {"P:" + x + "+" + y for k, x in enumerate(concepts) for y in concepts[k + 1:]}
                if len(raw) >= MIN_FEATURES:
                    units.append(Unit(doc=d, start=a, end=b, raw=raw,
                                      clauses=clause_sets(piece, feats),
                                      anchors={f for _, f, w in feats if is_anchor(f, w)}))
    df: dict[str, int] = defaultdict(int)
    for u in units:
        for f in u.raw:
            df[f] += 1
    n = max(MIN_COLLECTION, len(units))  # a short text is not evidence that its words are common
    general = {f: rarity(max(zs)) if f[0] == "B" else rarity(sum(zs) / len(zs)) if zs else 1.0
               for f, zs in ((f, zipfs.get(f, [])) for f in df)}
    for u in units:
        u.weights = {f: KIND_WEIGHT[f[0]] * math.log(1.0 + n / df[f]) * general[f] for f in u.raw}
        u.total = sum(u.weights.values())
        u.clause_totals = [sum(u.weights[f] for f in c) for c in u.clauses]
    return units
