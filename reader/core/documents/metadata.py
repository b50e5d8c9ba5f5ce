"""Finds title, author, outlet and date in the lines of an article by the shape of bylines and notices."""

from __future__ import annotations

import re
from collections import Counter

from reader.core.documents.segmentation import split_sentences

HONORIFICS = frozenset(
    "dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss sir dame rev rev. fr fr. sen sen. rep rep. "
    "gen gen. col col. capt capt. lord lady sheikh shaykh imam rabbi".split()
)
# Lower-case particles that may sit inside a person's name.
PARTICLES = frozenset("al el bin ibn bint abu de del della der di da du van von la le ben y".split())
# Words of a role or affiliation that follow a name in a byline ("Hamza Iftikhar Research Associate").
ROLE_WORDS = frozenset(
    """research associate senior junior editor editors fellow professor correspondent reporter director staff
    writer writers contributor contributing analyst columnist chief managing political foreign deputy executive
    president founder head lecturer student journalist author member chair chairman chairwoman manager officer
    researcher scholar expert specialist adviser advisor consultant ceo cto coordinator secretary visiting
    assistant associate correspondents reporters desk team news opinion special guest former at in for of""".split()
)
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ology|ship|ance|ence|ics)s?$", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^[A-Z][\w'\u2019.-]*$")
_MONTHS = ("january february march april may june july august september october november december".split())
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def _unglue(text: str) -> str:
    """Drops an image-name slug glued in front of a name: "Abdel-Bari-AtwanAbdel Bari Atwan" -> "Abdel Bari Atwan"."""
    for m in re.finditer(r"(?<=[a-z])(?=[A-Z])", text):
        left, right = text[:m.start()], text[m.start():]
        if "-" in left or "_" in left:
            slug = re.sub(r"[-_]+", " ", left).strip().lower()
            if right.lower().startswith(slug):
                return right
    return text


def parse_name(text: str, max_tokens: int = 4) -> str | None:
    """A person's name at the start of `text` (honorifics dropped, roles cut off), or None."""
    text = _unglue(text.strip())
    tokens = text.split()
    while tokens and tokens[0].lower().rstrip(",") in HONORIFICS:
        tokens = tokens[1:]
    name: list[str] = []
    for token in tokens:
        stop_after = token.endswith((",", ";", "|"))
        word = token.rstrip(",;|")
        if word in ("-", "\u2013", "\u2014", "|", "and", "&"):
            break
        if word.lower() in ROLE_WORDS and name:
            break
        initial = len(word) <= 3 and word.isupper() and (word.endswith(".") or len(word) == 1)
        if _NAME_TOKEN.match(word) and not word.isupper() or initial:
            name.append(word)
        elif word.lower() in PARTICLES and name:
            name.append(word)
        else:
            break
        if stop_after or len(name) >= max_tokens:
            break
    while name and name[-1].lower() in PARTICLES:
        name.pop()
    if 2 <= len(name) <= max_tokens:
        return " ".join(name).rstrip(".")
    return None


def byline_name(line: str) -> str | None:
    """The author of a "By Jane Doe, Staff Writer" line."""
    m = re.match(r"^(?:written |words |story |reporting )?by[:\s]+(.{3,160})$", line.strip(), re.IGNORECASE)
    return parse_name(m.group(1)) if m else None


def name_line(line: str) -> str | None:
    """A line that is nothing but a person's name (optionally with an honorific): "Dr. Jane Doe"."""
    line = line.strip()
    if len(line) > 50 or re.search(r"[,:;!?\"\u201c\u201d]", line):
        return None
    name = parse_name(line)
    if name is None:
        return None
    rest = [t for t in line.split() if t.lower() not in HONORIFICS]
    if any(_NOUN_SUFFIX.search(t) for t in rest):
        return None  # "Test Organization", "Climate Change Management": words, not a name
    return name if len(rest) == len(name.split()) else None


def bio_name(line: str) -> str | None:
    """The person a short bio is about: "Jane Doe is a fellow at ..." -> "Jane Doe"."""
    m = re.match(r"^(.{3,80}?)\s+(?:is|was|has been|serves as)\s+(?:a|an|the|currently|also|senior|professor)\b", line.strip())
    if not m:
        return None
    name = parse_name(m.group(1))
    if name and _unglue(m.group(1)).strip().endswith(name.split()[-1]):
        return name
    return None


_WRITING_ROLE = re.compile(
    r"\b(?:editor|writer|columnist|journalist|correspondent|contributor|author|reporter|fellow|professor|analyst"
    r"|researcher|scholar|lecturer|commentator|blogger|novelist|poet|historian)s?\b", re.IGNORECASE)


def author_bio_name(line: str) -> str | None:
    """Like `bio_name`, but only for a one-sentence bio of a writer ("... is the editor of ...")."""
    name = bio_name(line)
    if name is None or len(split_sentences(line)) > 1:
        return None
    glued = _unglue(line) != line
    return name if glued or _WRITING_ROLE.search(line) else None


def affiliation(line: str) -> str | None:
    """The organisation after the comma of a byline: "by X Research Associate, Some Institute" -> "Some Institute"."""
    m = re.search(r",\s*((?:[A-Z0-9][\w&'\u2019.-]*\s*){1,6})$", line.strip())
    return m.group(1).strip() if m else None


def ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?\u2026:;][\"'\u201d\u2019)\]]*$", text.strip()))


def title_like(text: str) -> bool:
    """Short, one or two sentences, no closing period: how headlines look."""
    line = text.strip()
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250 or not re.search(r"[^\W\d_]{2,}", line):
        return False
    if re.search(r"[.;,:]$", line) and not line.endswith("..."):
        return False
    return len(split_sentences(line)) <= 2


def headline_slot(text: str) -> bool:
    """A line right above a byline that may be its headline even with a closing period: short, at most two sentences."""
    line = text.strip()
    return 2 <= len(line.split()) <= 30 and len(line) <= 250 and len(split_sentences(line)) <= 2


def dek_like(text: str) -> bool:
    """A standfirst: longer than a headline (several sentences or many words)."""
    return len(split_sentences(text)) >= 2 or len(text.split()) > 20


_NAME_IN_TEXT = r"((?:[A-Z0-9][\w&.-]*)(?:\s+(?:of|for|the|and|&)?\s*[A-Z][\w&.-]*){0,5})"


def outlet_from_notice(text: str) -> str | None:
    """The outlet named by a disclaimer: "do not reflect X's point-of-view", "those of the X editorial board"."""
    patterns = [
        r"(?:reflect|represent)\s+(?:the\s+(?:views?|opinions?|position)\s+of\s+|those of\s+)?(?:the\s+)?" + _NAME_IN_TEXT +
        r"(?:['\u2019]s?)?\s+(?:editorial|point|views?|opinions?|position|policy|stance)",
        r"(?:reflect|represent)\s+(?:the\s+)?(?:views?|opinions?|position|policy)\s+of\s+(?:the\s+)?" + _NAME_IN_TEXT,
    ]
    for pattern in patterns:
        m = re.search(pattern, text)
        if m:
            return m.group(1).strip()
    return None


_COMMON_CAPITALS = frozenset(
    """a an the as if you your our we us this that these those it its at in on for to of by and but or so
    please support make thousands readers reader donate donation subscribe join help thank thanks
    i he she they there here what when why how who which our beloved""".split()
)


def outlet_from_appeals(texts: list[str]) -> str | None:
    """The name an appeal repeats ("donation to X", "X's journalism", "X is independent")."""
    counts: Counter[str] = Counter()
    for text in texts:
        for m in re.finditer(r"(?<![\w'\u2019])([A-Z0-9][\w-]*[A-Za-z][\w-]*(?:\s+[A-Z][\w-]+){0,3})", text):
            name = m.group(1)
            words = name.split()
            if words[0] == "The" and len(words) >= 2 and words[1].lower() not in _COMMON_CAPITALS:
                pass  # "The Sample Post"
            elif words[0].lower() in _COMMON_CAPITALS:
                continue
            counts[name] += 1
    best = [(n, c) for n, c in counts.most_common(3) if c >= 2]
    return best[0][0] if best else None


def outlet_from_we_sentence(text: str) -> str | None:
    """An organisation speaking for itself at the end: "X stands with ..., and we will ..."."""
    m = re.match(r"^([A-Z][\w&'-]+(?:\s+(?:(?:of|the|for|and|&)\s+)*[A-Z][\w&'-]+){0,5})\s+(?:stands?|is|are|works?|calls?|urges?|remains?|continues?|believes?|condemns?|supports?)\b(.*)$",
                 text.strip())
    if m and re.search(r"\bwe\b", re.split(r"(?<=[.!?])\s", m.group(2), maxsplit=1)[0]) and len(m.group(1).split()) >= 2:
        return m.group(1).strip()  # the "we" in the same sentence: "X stands with ..., and we will ..."
    return None


def site_name_line(line: str) -> str | None:
    """A header line that reads like a site name: a few capitalised words, no sentence."""
    line = line.strip()
    words = line.split()
    if 1 <= len(words) <= 5 and not ends_sentence(line) and all(w[0].isupper() or w[0].isdigit() or w.lower() in ("of", "the", "and", "&", "for") for w in words):
        return line
    return None


def find_date(text: str) -> str | None:
    """A date written in a header line, as YYYY-MM-DD."""
    m = re.search(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)", text)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.search(r"\b(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", text)
    if m:
        return _ymd(m.group(3), m.group(1), m.group(2))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_RE + r"),?\s+((?:19|20)\d\d)\b", text)
    if m:
        return _ymd(m.group(3), m.group(2), m.group(1))
    return None


def _ymd(year: str, month: str, day: str) -> str | None:
    key = month.lower().rstrip(".")[:3]
    for i, name in enumerate(_MONTHS, start=1):
        if name.startswith(key):
            if 1 <= int(day) <= 31:
                return f"{year}-{i:02d}-{int(day):02d}"
    return None
