"""Splits clean text into paragraphs and sentences, as trimmed character offsets."""

from __future__ import annotations

import re

from reader.core.documents.model import Span

# Abbreviations after which a period never ends a sentence (titles, months, Latin, street ...).
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj pres st mt ft sr jr rev hon
    fr messrs mme mlle sec supt insp det cpl pvt
    jan feb mar apr jun jul aug sep sept oct nov dec
    vs etc al approx ca cf no nos vol pp fig figs dept est
    e.g i.e v""".split()
)
# Abbreviations that may end a sentence when the next word is a common sentence opener.
SOFT_ABBREVIATIONS = frozenset(
    """inc ltd co corp bros etc jr sr a.m p.m
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
    tenn tex va vt wash wis wyo""".split()
)  # companies and US states: "Calif." ends a sentence only before an obvious opener
# Verbs of saying: `"...?" Jane Doe asked.` continues the quoted sentence.
SPEECH_VERBS = frozenset(
    """said says asked asks added adds pressed told tells wrote writes replied replies explained insisted argued
    noted warned declared continued stated concluded claimed countered recalled acknowledged admitted shouted
    cried urged answered responded tweeted posted""".split()
)
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you but and so yet or this that these those there here his her
    its their our my in on at for if when while after before as since although though however
    meanwhile still then now no not one some many most all both each every what why how who
    where which later earlier also""".split()
)

_TERMINAL = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*")
_CLOSERS = "\"'\u201d\u2019)]"
_OPENERS = "\"'\u201c\u2018(["


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs are runs of text separated by blank lines; spans are trimmed."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", text):
        span = _trim(text, m.start(), m.end())
        if span is not None:
            spans.append(span)
    return spans


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _word_before(text: str, pos: int) -> str:
    """The token ending right before the period at `pos` (letters, digits, inner dots)."""
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".-'\u2019"):
        i -= 1
    return text[i:pos].lstrip(".-'\u2019")


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[\s\"'\u201c\u2018(\[]*([\w.\-']+)", text[pos:pos + 40])
    return m.group(1) if m else ""


def _is_boundary(text: str, m: re.Match[str], end: int) -> bool:
    """Whether the punctuation run `m` ends a sentence, judging by the words around it."""
    after = m.end()
    punct = m.group()
    rest = text[after:min(end, after + 200)]  # a window: slicing to the paragraph end would be quadratic
    stripped = rest.lstrip()
    if not stripped:
        return True
    gap = len(rest) - len(stripped)
    first = stripped[0]
    glued_quote = gap == 0 and punct[-1] in _CLOSERS and len(punct) > 1
    if gap == 0 and not glued_quote:
        # "3.5", "U.S.", "example.com" go on; "said.We" (a lost space or quote mark) ends a sentence
        return bool(punct == "." and re.search(r"[a-z]{2}$", text[max(0, m.start() - 2):m.start()])
                    and re.match(r"[A-Z][a-z]", rest))
    if first.islower():
        return False  # "... ?" she asked. / "e.g. this"
    if not (first.isupper() or first.isdigit() or first in _OPENERS or first in "-\u2014\u2013\u2022"):
        return False
    if punct[-1] in "\u201d\"'\u2019" and _attribution_follows(stripped, full_stop=punct[0] == "."):
        return False
    if first in "-\u2014\u2013" and punct == ".":
        return False  # a dateline: "HAZARD, Ky. — The ..."
    if punct[0] != ".":
        return True
    if punct.startswith("..."):
        return True
    word = _word_before(text, m.start())
    low = word.lower()
    nxt = _next_word(text, after).lower().strip(".")
    if low in TITLE_ABBREVIATIONS or low.rstrip(".") in TITLE_ABBREVIATIONS:
        return low in SOFT_ABBREVIATIONS and nxt in SENTENCE_OPENERS
    if low in SOFT_ABBREVIATIONS:
        return nxt in SENTENCE_OPENERS
    if len(word) == 1 and word.isupper():
        return False  # initials: "J. K. Rowling"
    if "." in word and len(word) <= 8 and all(len(part) <= 2 for part in word.split(".")):
        # acronyms with dots: "U.S." ends a sentence only before an obvious opener
        return nxt in SENTENCE_OPENERS
    return True


def _attribution_follows(rest: str, full_stop: bool = False) -> bool:
    """`Jane Doe said.` / `Smith pressed,` right after a closing quote; after a quote that ends with a full stop,
    only a short tag ends there (`"Call 911." Ruggiero acknowledged that ...` starts a new sentence)."""
    words = re.findall(r"[\w'\u2019.-]+", rest[:80])
    for i, word in enumerate(words[:4]):
        if word.lower().rstrip(".,") in SPEECH_VERBS:
            if full_stop and re.match(r"\s+that\b", rest[rest.find(word) + len(word):]):
                return False
            return i >= 1 and all(w[0].isupper() for w in words[:i])
        if not word[0].isupper():
            return False
    return False


def sentence_spans(text: str, paragraphs: list[Span]) -> list[Span]:
    """Sentences inside each paragraph; a sentence never crosses a paragraph end."""
    spans: list[Span] = []
    for para in paragraphs:
        start = para.start
        for m in _TERMINAL.finditer(text, para.start, para.end):
            if m.end() <= start:
                continue
            if _is_boundary(text, m, para.end):
                span = _trim(text, start, m.end())
                if span is not None:
                    spans.append(span)
                start = m.end()
        if start < para.end:
            span = _trim(text, start, para.end)
            if span is not None:
                spans.append(span)
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of a piece of text (handy for cleaning rules and tests)."""
    paras = paragraph_spans(text)
    return [s.slice(text) for s in sentence_spans(text, paras)]


def is_sentence_like(text: str) -> bool:
    """At least two words of letters: what a sentence of an article must have."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 2
