"""Turns a sentence into the things an event is made of: word stems, names, numbers and action classes."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from reader.paths import resources_dir

# numbers ("400,000", "98%", "$3.5"); words of letters in any script, with inner hyphens/apostrophes
TOKEN = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?|[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# Irregular forms of frequent news verbs: general English, mapped onto their base form.
IRREGULAR = {
    "shot": "shoot", "fled": "flee", "left": "leave", "broke": "break", "broken": "break",
    "took": "take", "taken": "take", "fell": "fall", "fallen": "fall", "began": "begin",
    "begun": "begin", "fought": "fight", "won": "win", "lost": "lose", "held": "hold",
    "sought": "seek", "spoke": "speak", "spoken": "speak", "gave": "give", "given": "give",
    "drove": "drive", "driven": "drive", "rose": "rise", "risen": "rise", "grew": "grow",
    "grown": "grow", "struck": "strike", "stricken": "strike", "hid": "hide", "hidden": "hide",
    "slain": "slay", "slew": "slay", "sank": "sink", "sunk": "sink", "chose": "choose",
    "chosen": "choose", "caught": "catch", "brought": "bring", "bought": "buy", "sold": "sell",
    "built": "build", "went": "go", "gone": "go", "came": "come", "met": "meet", "led": "lead",
    "paid": "pay", "sent": "send", "spent": "spend", "thought": "think", "knew": "know",
    "known": "know", "wrote": "write", "written": "write", "children": "child", "men": "man",
    "women": "woman", "lives": "life", "dead": "death", "died": "die", "dying": "die",
}

# Suffixes stripped by the light stemmer, longest first within each family.
SUFFIXES = (
    "izations", "ization", "isations", "isation", "ational", "fulness", "iveness", "ousness",
    "ements", "ations", "ement", "ation", "ments", "ities", "ings", "ment", "ness", "ions",
    "ated", "ates", "ating", "ures", "ure", "ees", "ers", "ies", "ied", "ion", "ing", "ity",
    "ive", "ate", "ful", "ous", "ee", "er", "ed", "es", "ly", "al", "s", "e", "y",
)

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
VAGUE = {"dozen": 12, "dozens": 12,  # "a dozen" is seldom exact
         "tens": 10, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
         "billions": 1_000_000_000}


class Token(NamedTuple):
    """One word or number of a text, with its offsets."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens and apostrophes) and numbers, with their offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _lexicon_path(name: str) -> Path:
    return resources_dir() / "lexicon" / name


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words and very common words (resources/lexicon/stopwords.txt)."""
    words: set[str] = set()
    for line in _lexicon_path("stopwords.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[tuple[str, ...], str], ...]]]:
    """Word stem -> its classes, and first phrase stem -> (phrase pattern, class), from
    resources/lexicon/paraphrases.txt."""
    words: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    listed: dict[str, set[str]] = {}  # stem -> the words of the file that gave it
    for line in _lexicon_path("paraphrases.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        name, entries = line.split(":", 1)
        name = name.strip()
        for entry in entries.split():
            if "_" in entry:
                pattern = tuple(p if p == "*" else stem(p) for p in entry.split("_") if p)
                if pattern and pattern[0] != "*" and (pattern, name) not in phrases.get(pattern[0], []):
                    phrases.setdefault(pattern[0], []).append((pattern, name))
            else:
                # a word listed under several classes belongs to all of them; a different word that
                # only stems alike ("planes"/"plan") does not join a second class
                key = stem(entry)
                classes = words.setdefault(key, [])
                if not classes or (name not in classes and normal(entry) in listed[key]):
                    classes.append(name)
                listed.setdefault(key, set()).add(normal(entry))
    return ({w: tuple(c) for w, c in words.items()},
            {w: tuple(p) for w, p in phrases.items()})


def paraphrase_classes() -> dict[str, tuple[str, ...]]:
    """Stem -> the paraphrase classes it belongs to (most words: none; some: several)."""
    return _lexicon()[0]


def _match_at(stems: list[str], k: int, pattern: tuple[str, ...]) -> int:
    """End (exclusive) of `pattern` matched at token k ("*" = at most one token of any kind), or -1."""
    if not pattern:
        return k
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        end = _match_at(stems, k, rest)
        return end if end >= 0 else (_match_at(stems, k + 1, rest) if k < len(stems) else -1)
    if k < len(stems) and stems[k] == head:
        return _match_at(stems, k + 1, rest)
    return -1


def phrase_classes(stems: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, class) of every lexicon phrase found in a passage's token stems."""
    phrases = _lexicon()[1]
    out: list[tuple[int, int, str]] = []
    for k, s in enumerate(stems):
        for pattern, name in phrases.get(s, ()):
            end = _match_at(stems, k, pattern)
            if end > k:
                out.append((k, end, name))
    return out


def normal(word: str) -> str:
    """Lower case, typographic apostrophes made plain, possessive 's dropped."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.strip("'-")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light suffix-stripping stem: "evacuation", "evacuated", "evacuees" -> "evacu"."""
    w = normal(word)
    w = IRREGULAR.get(w, w)
    if len(w) <= 3:
        return w
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "stopped" -> "stopp" -> "stop"
    return w


NAME_SUFFIXES = ("ians", "ian", "ans", "ese", "ish", "ey", "an", "is", "i", "s", "a", "y", "e")


@lru_cache(maxsize=50_000)
def name_key(word: str) -> str:
    """A key shared by a name and its demonym: "Kenyan"/"Kenya", "Nigerian"/"Nigeria" -> one key."""
    w = normal(word)
    for _ in range(3):
        for suffix in NAME_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        else:
            break
    return w


def _plain_number(token: str) -> float | None:
    raw = token.lstrip("$").rstrip("%").replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return None


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def number_features(tokens: list[str]) -> set[str]:
    """Exact values ("#400000", "#98%") and magnitudes ("~5") of the numbers in lower-cased tokens."""
    out: set[str] = set()
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        value: float | None = None
        exact = True
        j = i + 1
        if t[0].isdigit() or (t[0] == "$" and len(t) > 1):
            if t.endswith("%"):
                v = _plain_number(t)
                if v is not None:
                    out.add("#" + _fmt(v) + "%")
                i += 1
                continue
            value = _plain_number(t)
        elif t in NUMBER_WORDS:
            value = float(NUMBER_WORDS[t])
        elif t == "half" and j + 1 < n and tokens[j] == "a" and tokens[j + 1] in SCALES:
            value, j = 0.5, j + 1
        elif t == "a" and j < n and tokens[j] in SCALES:
            value = 1.0
        elif t in VAGUE:
            value, exact = float(VAGUE[t]), False
            while j + 1 < n and tokens[j] == "of" and tokens[j + 1] in VAGUE:
                value *= VAGUE[tokens[j + 1]]
                j += 2
        if value is None:
            i += 1
            continue
        while j < n and tokens[j] in SCALES:
            value *= SCALES[tokens[j]]
            j += 1
        if j < n and tokens[j] in ("percent", "per") and exact:
            out.add("#" + _fmt(value) + "%")
        else:
            if exact and t[0] == "$" and value < 100:
                out.add("#$" + _fmt(value))  # a small sum of money ("$14 an hour") is telling, not a count
            elif exact:
                out.add(("#" if value >= 10 or t[0].isdigit() or t[0] == "$" else "n") + _fmt(value))
            if value >= 100 and not (exact and 1900 <= value <= 2100 and value == int(value)):
                magnitude = int(math.log10(value))
                out.add("~" + str(magnitude))
                if not exact:  # "millions" may be tens of millions too
                    out.add("~" + str(magnitude + 1))
        i = j
    return out
