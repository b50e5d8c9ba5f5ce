"""How rare a word is in general English (from the `wordfreq` package's bundled lists), as a weight factor."""

from __future__ import annotations

import math
from functools import lru_cache

UNKNOWN_ZIPF = 2.0  # words missing from the list are rare
COMMON_ZIPF = 7.0  # Zipf value of the very commonest words ("the")


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # without the package every word counts the same
        return {}
    return get_frequency_dict("en", wordlist="small")


@lru_cache(maxsize=100_000)
def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word (log10 of occurrences per billion words); 2.0 when unknown."""
    freq = _frequencies().get(word)
    if not freq:
        return UNKNOWN_ZIPF if _frequencies() else 4.0
    return math.log10(freq) + 9.0


def rarity(zipf_value: float) -> float:
    """A weight factor: about 0.35 for the commonest content words, 1 for news vocabulary, 1.5 for rare words."""
    return min(1.5, max(0.3, (COMMON_ZIPF - zipf_value) / 3.0))
