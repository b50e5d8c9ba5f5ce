"""Text helpers shared by the analysis: tokens with offsets, repaired sentence spans, stems, stop words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.core.documents.model import Document

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Jr|Sr|No|Vol|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Aug|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$")
_CLOSERS = "”\"’')]»"

STOP_WORDS = frozenset("""
a about above after again against all also although am an and any are as at be because been before being
below between both but by can could did do does doing down during each even ever every few for from further
had has have having he her here hers herself him himself his how however i if in into is it its itself just
least less let like may me might more most much must my myself neither no nor not now of off on once only or
other our ours ourselves out over own per rather same shall she should since so some still such than that the
their theirs them themselves then there these they this those though through thus to too under until up upon
us very via was we were what when where whether which while who whom whose why will with within without would
yet you your yours yourself yourselves one two new many already
""".split())


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its offsets in the text it came from."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Words (with inner hyphens/apostrophes, dotted initials like U.S.) and punctuation, with offsets."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """Lower-cased word tokens of `text`."""
    return [t.lower for t in tokens(text) if t.is_word]


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences, repaired: rejoined after abbreviations, closing quotes kept, trimmed."""
    text = doc.text
    raw = [(s.start, s.end) for s in doc.sentences] or [(0, len(text))]
    out: list[list[int]] = []
    for start, end in raw:
        if out:
            prev = out[-1]
            # Closing quotes/brackets that the splitter left at the head of this piece belong before.
            lead = start
            while lead < end and (text[lead] in _CLOSERS or (text[lead] == " " and lead == start)):
                lead += 1
            if lead > start and text[start:lead].strip() and prev[1] == start:
                prev[1] = lead
                start = lead
            piece = text[start:end].lstrip()
            prev_text = text[prev[0]:prev[1]].rstrip()
            same_paragraph = "\n\n" not in text[prev[1]:start + 1]
            if same_paragraph and prev[1] >= start - 2 and (
                _ABBREV.search(prev_text) or (piece[:1].islower()) or (piece[:1].isdigit() and prev_text.endswith(".") and prev_text[-2:-1].isdigit())
            ):
                prev[1] = end
                continue
        out.append([start, end])
    spans: list[tuple[int, int]] = []
    for start, end in out:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    """Paragraph offsets (the whole text when the loader found none)."""
    return [(p.start, p.end) for p in doc.paragraphs] or [(0, len(doc.text))]


_SUFFIXES = ("ational", "ization", "fulness", "ousness", "iveness", "ations", "ation", "ities", "ments",
             "ment", "ness", "ings", "ing", "ies", "ied", "ive", "ity", "ers", "ed", "er", "es", "ly",
             "al", "ic", "s", "e", "y")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem: enough to join diplomacy/diplomatic, refugee/refugees, welcome/welcoming."""
    w = word.lower().strip("'’")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    if len(w) > 5 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the words of `text` that are not stop words."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 2 and not w.isdigit()]


_CAP = r"(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|Prof|St|Adm|Maj|Supt|Insp)\.|[A-Z][\w’'\-]*s['’](?=[ \t]+[A-Z])|[A-Z][\w’'\-]*\w|[A-Z](?:\.[A-Z])*\.?|\d+(?:st|nd|rd|th))"
_CONNECT = r"(?:al|el|bin|ibn|de|del|da|di|du|van|von|der|den|la|le|(?:of|for|on)(?:[ \t]+the)?)"
# A run of capitalised words, with lower-case connectors inside ("Maria de la Cruz", "Bank of
# International Settlements", "Council on Foreign Relations"); never ending on a connector.
NAME_RUN = re.compile(rf"(?<![\w’'\-]){_CAP}(?:(?:[ \t]+|-)(?:{_CONNECT}(?:[ \t]+|-))*{_CAP})*(?![\w’'\-]*\w)")

NON_NAMES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december the a an this that these those it its he she they we i you
but and or if when while after before as so yet for in on at by with from to of there here then thus
however although though because since until unless what which who whom whose why how where mr mrs ms dr
not no nor all some many most more much every each our my your his her their one two three also even
just still now today yesterday tomorrow meanwhile instead indeed perhaps neither either both whether
only unlike like despite last next earlier later several dozens hundreds thousands millions
""".split())


def name_runs(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Offsets of capitalised name runs: no leading function word ("The", "But"), split at possessives."""
    spans = []
    for m in NAME_RUN.finditer(text):
        pieces: list[list[int]] = []
        for w in re.finditer(r"[^\s]+", m.group()):
            ws, we = m.start() + w.start(), m.start() + w.end()
            word = w.group()
            bare = word.lower().rstrip(".")
            if not pieces or pieces[-1][2] or (bare in NON_NAMES and text[pieces[-1][1] - 1] == ".") \
                    or (bare in ("mr", "mrs", "ms", "dr") and word[-1:] != ".") or re.fullmatch(r"[\w-]+-based", word):
                pieces.append([ws, we, 0])
            else:
                pieces[-1][1] = we
            if word.endswith(("’s", "'s")):
                pieces[-1][1] = we - 2
                pieces[-1][2] = 1
        for start, end, _ in pieces:
            lead = re.match(r"[\w’'-]+-based\s+", text[start:end])
            if lead:
                start += lead.end()  # "Geneva-based UN": where it sits is not part of the name
            part = text[start:end]
            while part:
                first = re.match(r"[\w’'.]+", part)
                if first and first.group().lower().rstrip(".") in NON_NAMES:
                    rest = part[first.end():].lstrip(" -")
                    start += len(part) - len(rest)
                    part = rest
                    continue
                break
            while part and part.split()[-1].lower() in NON_NAMES - {"i"}:
                part = part[: part.rfind(" ")] if " " in part else ""
            if part:
                spans.append((start + offset, start + len(part) + offset))
    return _join_and(text, spans, offset)


# "Centers for Disease Control and Prevention", "Department of Health and Human Services": "and" inside a body's name
_BODY_OF = re.compile(r"(?:Department|Departments|Centers|Center|Bureau|Office|Institute|Institutes|Agency|Ministry|Commission|Committee|"
                      r"Council|Board|Association|Society|Division|Administration|School|College|Museum)\s+(?:of|for|on)\s+")


_TITLED = re.compile(r"(?:Gov|Governor|Mayor|Sen|Senator|Rep|Representative|President|Chairman|Chairwoman|Chair|Commissioner|Director|"
                     r"Secretary|Judge|Justice|Chief|Dr|Mr|Mrs|Ms|Prof|Professor|Superintendent|Sheriff|Speaker|Leader)\b")


def _join_and(text: str, spans: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    """Two runs joined by "and" when the first is "<Body> of|for ..." and the second is one to three capitalised words."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            gap = text[pe - offset:s - offset]
            second = text[s - offset:e - offset]
            if gap == " and " and _BODY_OF.match(text, ps - offset) and len(second.split()) <= 3 and not _TITLED.match(second):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out
