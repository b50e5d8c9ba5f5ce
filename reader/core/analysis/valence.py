"""Word valence: the VADER sentiment lexicon (shipped inside the vaderSentiment package) read once as a word -> score map."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """Mean valence (-4 very negative .. +4 very positive) of ~7,500 English words; empty if the package is missing."""
    spec = importlib.util.find_spec("vaderSentiment")  # located, not imported: only its data file is needed
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).parent / "vader_lexicon.txt"
    out: dict[str, float] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def valence(word: str) -> float:
    """The valence of a word, trying its simple inflections ("stonewalled" -> "stonewall"); 0.0 when unknown."""
    lex = lexicon()
    w = word.lower()
    if w in lex:
        return lex[w]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: len(w) - len(suffix)] + repl
            if base in lex:
                return lex[base]
    return 0.0
