"""The five sample articles against the hand annotations: every must_include in one paragraph, no must_exclude left."""

import json
import re
from pathlib import Path

import pytest

from reader.core.documents.loader import load_path

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT.parent / "shared" / "eval" / "seeds_gold.json"
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared/eval is not here")


def norm(text):
    return re.sub(r"\s+", " ", (text or "").translate(QUOTES)).strip().lower()


@pytest.fixture(scope="module")
def pairs():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    docs = [load_path(p, f"d{i}") for i, p in enumerate(sorted((ROOT / "seeds").glob("*.txt")))]
    out = []
    for g in gold.values():
        doc = max(docs, key=lambda d: sum(norm(q) in norm(d.text) for q in g["must_include"]))
        out.append((g, doc))
    return out


def test_cleaning_keeps_what_matters_and_drops_the_clutter(pairs):
    for g, doc in pairs:
        paragraphs = [norm(p.slice(doc.text)) for p in doc.paragraphs]
        for quote in g["must_include"]:
            assert any(norm(quote) in p for p in paragraphs), (g["title"], quote)
        for junk in g["must_exclude"]:
            assert norm(junk) not in norm(doc.text), (g["title"], junk)


def test_metadata_matches_the_gold(pairs):
    for g, doc in pairs:
        assert norm(doc.title) == norm(g["title"])
        assert doc.author == g["author"]
        if g.get("outlet"):
            assert doc.outlet == g["outlet"]
        assert norm(g["title"]) not in norm(doc.text)[:len(g["title"]) + 20]  # the title is not repeated


def test_every_removed_piece_has_a_reason_and_a_place(pairs):
    for _, doc in pairs:
        for r in doc.removed:
            assert r.reason and r.text and 0 <= r.offset <= len(doc.text) and r.key
