"""Actors: people, governments, groups and institutions, found in the texts and merged across documents."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from reader.core.analysis.model import Actor
from reader.core.analysis.text import NON_NAMES, STOP_WORDS, name_runs, paragraph_spans
from reader.core.documents.model import Document
from reader.core.analysis.cues import load_cues

_CUES = load_cues("actors")
COLLECTIVES: dict[str, list[str]] = _CUES["collectives"]
STATE_HEADS: list[str] = sorted(_CUES["state_heads"], key=len, reverse=True)
TITLES = frozenset(_CUES["titles"])
ORG_WORDS = frozenset(_CUES["organisation_words"])
LOCATIVES = frozenset(_CUES["locatives"])
PLACE_WORDS = frozenset(_CUES.get("place_words", []))
FIRST_NAMES: dict[str, str] = {name: g for g, names in _CUES["first_names"].items() for name in names}  # given name -> 'f'/'m'
NON_ACTOR_WORDS = frozenset(_CUES.get("non_actor_words", []))
_SECTOR_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}(?P<head>" + "|".join(_CUES.get("sector_heads", ["industry"])) + r")\b")
# "the university", "the school": an organisation's head noun that stands for a body the article names
ORG_ROLES: frozenset[str] = frozenset(_CUES.get("org_roles", []))
ORG_ROLE_KIN: dict[str, list[str]] = _CUES.get("org_role_kin", {})  # "the school" may be the named university
ROLES: list[str] = sorted(set(_CUES.get("roles", [])) | ORG_ROLES, key=len, reverse=True)
# "his administration", "her office": the person's own body, resolved to the person named last
_OWNED_RE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?P<head>" + "|".join(re.escape(h) for h in _CUES.get("owned_heads", [])) + r")\b")
# "the state board of education", "the city council": one modifier of level or field may stand before the role
_ROLE_MODIFIERS = r"(?:(?:state|city|county|school|federal|national|local|district|police|water|planning|zoning|town|village|regional|provincial)\s+){0,2}"
_ROLE_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our|[Hh]is|[Hh]er)\s+" + _ROLE_MODIFIERS + r"(?P<role>" + "|".join(re.escape(r) for r in ROLES) + r")\b(?!-|[’']\w\w)"
                      r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?")
# "Homeowners First", "Parents United": a name opening with a plural common noun is a group's, not a person's
_GROUP_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ents|ants|ans|ies|ens|ists|ives|ees)")


def _org_name(words: list[str], lower_vocab: set[str] | frozenset[str]) -> bool:
    """A body's name: a word such as "Council" or "Mutual" in it, or a plural common noun the texts also use in lower
    case first ("Homeowners First"; not "Anders Pike")."""
    return any(w.lower() in ORG_WORDS for w in words) or bool(
        len(words) >= 2 and _GROUP_PLURAL.fullmatch(words[0]) and words[0] not in FIRST_NAMES and words[0].lower() in lower_vocab)


GOVERNMENT_HEADS = frozenset({"government", "governments", "regime", "administration", "authorities"})

_HEAD_AFTER = re.compile(r"^(?P<led>-led|-backed)?\s+(?P<head>" + "|".join(re.escape(h) for h in STATE_HEADS) + r")\b", re.I)
_COLLECTIVE_RE = re.compile(
    r"\b(?P<c>" + "|".join(re.escape(s) for s in sorted({s for v in COLLECTIVES.values() for s in v}, key=len, reverse=True)) + r")\b",
    re.I)
_COLLECTIVE_KEY = {s.lower(): key for key, forms in COLLECTIVES.items() for s in forms}
_SHARED_HEAD = re.compile(r"^(?:\s*,\s*[A-Z][\w-]*)*,?\s+(?:and|or)\s+[A-Z][\w-]*\s+(?P<head>" + "|".join(re.escape(h) for h in STATE_HEADS) + r")\b")
_HEADLINE = re.compile(r"\S\s+(?:To|Can|Will|Is|Are|Was|Were|Has|Have|And|Or|But|With|Without|After|Before|At|In|On|"
                       r"Of|For|From|Into|Over|Says|Say|Said|Could|Would|Should|May|Might|Not|Than|As|By|A|An|The)\s+\S")
_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "de", "del", "da", "di", "du", "van", "von", "der", "den", "la", "le", "of", "the"})
_CAP_HEADS = GOVERNMENT_HEADS | {"forces", "army", "military", "troops", "ministry", "officials"}
_BARE_GOV = re.compile(r"\b(?P<pre>pro-)?(?P<g>government|regime|administration)(?:[-\s](?P<head>forces|troops|militias|air strikes|airstrikes|army|controlled))?\b", re.I)
_DEMONYM_SUFFIX = re.compile(r"(?:ian|ean|an|ish|ese|i|ic|ch|er)$")
_THINGS = load_cues("things")
_THING_LEAD = frozenset(_THINGS["lead_heads"])
_THING_TAIL = frozenset(_THINGS["tail_heads"])
_THING_CONTEXT = re.compile(r"\s+(?:" + "|".join(_THINGS["contexts"]) + r")\b", re.I)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


# "a senior Democrat on ...": an indefinite article and at most two adjectives (no preposition) before a name
_DESCRIBED = re.compile(r"(?<![\w-])[Aa]n?\s+(?:(?!(?:against|of|to|from|by|with|for|on|in|at|about|over|into|and|or|than|like)\s)[a-z][\w-]*\s+){0,2}$")
_POSSESSIVE = re.compile(r"'s\b")
_ARTICLE = re.compile(r"^(?:the|a|an|his|her|their|its)\s+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def norm(surface: str) -> str:
    """Lower case, plain quotes, no leading article, no possessive, single spaces."""
    s = surface.translate(_QUOTES).lower().strip(" ,.;:\"'")
    s = _POSSESSIVE.sub("", s)
    s = _ARTICLE.sub("", s)
    return _SPACES.sub(" ", s)


def _surname_key(word: str) -> str:
    w = norm(word)
    return re.sub(r"^(?:al|el)[-\s]", "", w)


def demonym_of(demonym: str, name: str) -> bool:
    """True when `demonym` is the adjective of `name` by shared stem: Mexican/Mexico, Danish/Denmark, Peruvian/Peru."""
    d, n = demonym.lower(), name.lower()
    if d == n or not _DEMONYM_SUFFIX.search(d) or len(n) < 4:
        return False
    k = 0
    while k < min(len(d), len(n)) and d[k] == n[k]:
        k += 1
    return k >= 4 and n[k:] in ("", "a", "y", "e", "o", "ey") and 0 < len(d) - k <= 4 and not n.endswith("s")


@dataclass
class ActorMention:
    """One place where a document names an actor."""

    doc: str
    start: int
    end: int
    surface: str
    actor: str


@dataclass
class _Raw:
    doc: str
    start: int
    end: int
    surface: str
    core: str  # the name part ("Jean-Luc Marchnd", "Danish", "rebels")
    head: str  # "forces", "regime", "" ...
    kind: str  # name, collective, government
    pro: bool = False


@dataclass
class ActorIndex:
    """The actors of a collection, their mentions per document, and a resolver from surface forms."""

    actors: list[Actor] = field(default_factory=list)
    mentions: dict[str, list[ActorMention]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # normalised surface -> actor id
    surnames: dict[str, str] = field(default_factory=dict)
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _by_id: dict[str, Actor] = field(default_factory=dict)

    def resolve(self, surface: str) -> str | None:
        """The id of the actor that `surface` names, or None."""
        key = norm(surface)
        if key in self.aliases:
            return self.aliases[key]
        m = _COLLECTIVE_RE.search(surface)
        if m and norm(m.group()) in self.aliases:
            return self.aliases[norm(m.group())]
        words = key.split()
        if words:
            last = _surname_key(words[-1])
            if last in self.surnames:
                return self.surnames[last]
            for w in words:
                if w in self.aliases:
                    return self.aliases[w]
        return None

    def in_span(self, doc: str, start: int, end: int) -> list[ActorMention]:
        """Mentions of `doc` lying inside [start, end), in text order."""
        items = self.mentions.get(doc, [])
        starts = self._starts.get(doc, [])
        i = bisect_left(starts, start)
        out = []
        while i < len(items) and items[i].start < end:
            if items[i].end <= end:
                out.append(items[i])
            i += 1
        return out

    def actor(self, actor_id: str | None) -> Actor | None:
        if len(self._by_id) != len(self.actors):
            self._by_id = {a.id: a for a in self.actors}
        return self._by_id.get(actor_id) if actor_id else None

    def canonical_source(self, source: str) -> str:
        """A speaker's name as the actor list spells it ("Quist" -> "Mara Quist"); other sources unchanged."""
        if source in ("author", "unnamed speaker"):
            return source
        actor = self.actor(self.resolve(source))
        if actor is None or actor.kind != "person":
            return source
        if len(actor.name) > len(source) and actor.name.endswith(source.split()[-1]):
            return actor.name
        if actor.name in source or source.islower():
            return actor.name  # "Maya Lin of the Budget Forum" -> "Maya Lin"; "governor" -> the governor's name
        return source

    def visible(self, referenced: set[str] | frozenset[str] = frozenset()) -> list[Actor]:
        """The actors worth listing: of a known kind, named more than once, or referenced (by blame, say)."""
        counts: Counter[str] = Counter(m.actor for items in self.mentions.values() for m in items)
        return [a for a in self.actors if a.kind != "unknown" or counts[a.id] > 1 or a.id in referenced]


_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([\w ]+\)\s*)?[—–-]")


def _raw_mentions(doc: Document) -> list[_Raw]:
    text = doc.text
    out: list[_Raw] = []
    for p_start, p_end in paragraph_spans(doc):
        taken: list[tuple[int, int]] = []  # spans already claimed in this paragraph
        para = text[p_start:p_end]
        for m in _COLLECTIVE_RE.finditer(para):
            s, e = p_start + m.start(), p_start + m.end()
            phrase = m.group()
            if phrase[:1].isupper() and s > p_start and text[s - 2:s].strip() not in (".", "", "”", "\""):
                continue  # part of a name ("Free Patriot Army Rebels" is left to names)
            out.append(_Raw(doc.id, s, e, phrase, _COLLECTIVE_KEY[phrase.lower()], "", "collective"))
            taken.append((s, e))
        for s, e in name_runs(para, p_start):
            core = text[s:e]
            if _HEADLINE.search(core) or len(re.findall(r"\b[A-Z]{2,}\b", core)) >= 3:
                continue  # "Students Ditch Class To Join Protests", "CUTTING PRISON POPULATION": headlines
            if core.isupper() and s - p_start <= 2 and _DATELINE_TAIL.match(text, e):
                continue  # "GARLAND FALLS — State police ...": a dateline, a place
            if re.match(r"[RDI]-[A-Z]", core) or re.search(r"\b[RDI]-$", text[max(p_start, s - 2):s]):
                continue  # "Curtis Dahl, R-Linden Falls": a party and home district, not an actor
            # "Danish Government forces": a capitalised head word belongs to the head, not the name
            parts = core.split()
            head = ""
            if len(parts) == 2 and parts[-1].lower() in _CAP_HEADS:
                head = parts[-1].lower()
                parts = parts[:-1]
            core_text = " ".join(parts)
            end = e
            after = e + 2 if text[e:e + 2] in ("’s", "'s") else e
            hm = _HEAD_AFTER.match(text[after:after + 40])
            if hm and not head:
                head = hm.group("head").lower()
                end = after + hm.end()
            start = s
            pro = False
            if text[max(0, s - 4):s].lower() == "pro-":
                start, pro = s - 4, True
            elif core_text.lower().startswith(("pro-", "anti-")):
                if core_text.lower().startswith("anti-") or core_text.lower() in ("pro-government", "pro-regime"):
                    continue  # "anti-government protests"; "pro-government forces" is left to the government rule
                core_text, pro = core_text[4:], True
            if not head and " " not in core_text and _DEMONYM_SUFFIX.search(core_text.lower()):
                # "the Danish and Dutch governments": the head is shared by coordinated demonyms
                co = _SHARED_HEAD.match(text[e:e + 80])
                if co:
                    head, end = co.group("head").lower(), e + co.end()
            if any(ts <= start < te for ts, te in taken):
                continue
            cw = core_text.lower().split()
            if cw and (cw[-1] in NON_ACTOR_WORDS or cw[0] in NON_ACTOR_WORDS and len(cw) > 1):
                continue  # "Paris Agreement", "Hurricane Irma": not actors
            described = _DESCRIBED.search(text[max(0, start - 30):start])
            plural = core_text.endswith("s") and not core_text.endswith(("ss", "'s", "’s"))  # "a move Democrats say": not "a Democrat"
            if described and not pro and not plural and core_text.split()[0].lower().rstrip(".") not in TITLES \
                    and not any(w.lower() in STOP_WORDS for w in described.group().split()[1:]):
                continue  # "a senior Democrat on the committee", "a Republican of Ohio": a description, not a name
            if re.fullmatch(r"[A-Z][A-Za-z]?\d+\w*", core_text):
                continue  # "CO2", "CH4": formulas, not actors
            out.append(_Raw(doc.id, start, end, text[start:end], core_text, head, "name", pro))
        for m in _SECTOR_RE.finditer(para):
            s, e = p_start + m.start(), p_start + m.end()
            inner = [r for r in out if r.kind == "collective" and s <= r.start and r.end <= e and (r.start, r.end) != (s, e)]
            if inner and m.group("head").lower() in ("union", "unions"):
                for r in inner:  # "the police union": the union, not the police
                    out.remove(r)
                    taken.remove((r.start, r.end))
            if any(ts <= s < te for ts, te in taken):
                continue
            phrase = text[s:e]
            out.append(_Raw(doc.id, s, e, phrase, re.sub(r"^[Tt]he\s+", "", phrase).lower(), "", "collective"))
            taken.append((s, e))
        for m in _ROLE_RE.finditer(para):
            s, e = p_start + m.start(), p_start + m.end()
            if any(ts <= s < te for ts, te in taken):
                continue
            role = m.group("role").lower()
            of = m.group("of")
            core = role + (" of " + re.sub(r"^\s+of\s+(?:the\s+)?", "", of) if of else "")
            out.append(_Raw(doc.id, s, e, text[s:e], core, "", "role"))
            taken.append((s, e))
        for m in _OWNED_RE.finditer(para):
            s, e = p_start + m.start(), p_start + m.end()
            if not any(ts <= s < te for ts, te in taken):
                out.append(_Raw(doc.id, s, e, text[s:e], m.group("head").lower(), "", "owned"))
                taken.append((s, e))
        for m in _BARE_GOV.finditer(para):
            s, e = p_start + m.start(), p_start + m.end()
            before = text[max(0, s - 25):s]
            if re.search(r"[A-Z][\w’'.-]*(?:’s|'s)?\s+$", before) and not re.search(r"(?:^|\s)(?:The|A|An)\s+$", before):
                continue  # "Marchand regime", "Danish government": already a name mention
            if any(ts <= s < te for ts, te in taken):
                continue
            word = m.group("g").lower()
            if word in ("government", "administration") and not (m.group("pre") or m.group("head")) and not re.search(r"\bthe\s+$", before, re.I):
                continue  # "a government", "government-controlled areas" are not one side
            if m.group("head") and m.group("head").lower() == "controlled":
                continue
            det = re.search(r"\b(?:the|a|this|that|its|their)\s+$", before, re.I)
            if det and not m.group("pre"):
                s = s - len(det.group())  # "the regime", "a regime": the words that name it
            out.append(_Raw(doc.id, s, e, text[s:e], word, (m.group("head") or "").lower(), "government", bool(m.group("pre"))))
    out.sort(key=lambda r: r.start)
    return out


def _split_person(core: str) -> tuple[str, bool]:
    """Strips leading titles, demonyms and acronyms: ("Jean-Luc Marchand", True) for a titled person."""
    if " of " in core:
        before = core.split(" of ")[0]
        if len(before.split()) >= 2 and not any(w.lower() in ORG_WORDS or w.lower() in TITLES for w in before.split()[-2:]):
            core = before  # "Maria Vellacourt of Ostrava": a person and where they come from
    parts = core.split()
    titled = False
    while len(parts) > 1 and (parts[0].lower() in TITLES or _DEMONYM_SUFFIX.search(parts[0].lower()) and parts[1].lower() in TITLES
                              or (parts[0].isupper() and len(parts[0].strip(".")) <= 3)):
        titled = titled or parts[0].lower() in TITLES
        parts = parts[1:]
    if parts and parts[0] in _CONNECTORS:
        return core, True  # "High Commissioner for Human Rights": an office, named in full
    # "Senate Majority Leader Tom Harwick": the name follows the last title word
    last_title = max((i for i, w in enumerate(parts[:-1]) if w.lower().rstrip(".") in TITLES or w.lower() in TITLES), default=-1)
    if last_title >= 0 and 1 <= len(parts) - last_title - 1 <= 3 and not any(w.lower() in ORG_WORDS for w in parts[last_title + 1:]):
        return " ".join(parts[last_title + 1:]), True
    return " ".join(parts), titled


_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "supt": "superintendent", "atty": "attorney"}
_ABBREVIATED_TITLE = re.compile(r"\b(gov|sen|rep|supt|atty)\.")


def _role_at(low: str, role: str) -> int:
    """Where role word(s) stand as whole words in a lower-cased surface ("senate majority leader tom harwick"), or -1."""
    m = re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", low)
    return m.start() if m else -1


def _person_role(role: str) -> bool:
    """True for a role held by a person ("the majority leader"), False for a body ("the board")."""
    return role.split()[-1] in TITLES or role in ("ceo", "pope", "premier", "king", "queen")


def _qualified_title(low: str, at: int) -> bool:
    """True when a body's name qualifies the title: "council president", "board chairman"."""
    before = low[:at].split()
    return bool(before) and before[-1] in ORG_WORDS


def _named_body(word: str, cap_inside: set[str], after: str) -> bool:
    """A single capitalised word at a sentence start that still names an actor: a body ("Congress", not "Press
    secretary") or the plural of a word the texts capitalise elsewhere ("Republicans" beside "Republican leaders")."""
    nxt = re.match(r"\s+([a-z]+)", after)
    if nxt and nxt.group(1) in TITLES:
        return False
    return word.lower() in ORG_WORDS or (len(word) > 4 and word.endswith("s") and word[:-1] in cap_inside)


def _drop_things(raws: list[_Raw], texts: dict[str, str]) -> list[_Raw]:
    """Leaves out named storms, diseases, ships and laws ("Tropical Storm X", "the X Act", "X made landfall") and
    the bare last word of such a name: things, not actors."""
    things: set[str] = set()
    for r in raws:
        if r.kind != "name" or r.head:
            continue
        words = r.core.split()
        if _split_person(r.core)[1]:
            continue  # "Senator Storm": a titled person
        lead = len(words) >= 2 and words[0].lower() in _THING_LEAD
        tail = len(words) >= 2 and words[-1].lower() in _THING_TAIL
        if lead or tail or _THING_CONTEXT.match(texts[r.doc], r.end):
            things.add(r.core)
            if lead:
                things.add(words[-1])  # "Hurricane Dara" ... "Dara"
            if tail and len(words) >= 2:
                things.add("".join(w[0] for w in words if w[:1].isupper()))  # "the Endangered Species Act (ESA)" ... "ESA"
    for text in texts.values():  # "the Endangered Species Act (ESA)": the short form names the same law
        for m in re.finditer(r"([A-Z][\w’'-]*(?:\s+(?:of|for|the|and|on)?\s*[A-Z][\w’'-]*)+)\s+\(([A-Z]{2,6})\)", text):
            words = m.group(1).split()
            if words[-1].lower() in _THING_TAIL or words[0].lower() in _THING_LEAD:
                things.add(m.group(2))
    if not things:
        return raws
    return [r for r in raws if not (r.kind == "name" and not r.head and r.core in things)]


class _Clusters:
    def __init__(self) -> None:
        self.keys: dict[str, int] = {}
        self.info: list[dict] = []

    def get(self, key: str, name: str, kind: str) -> int:
        if key not in self.keys:
            self.keys[key] = len(self.info)
            self.info.append({"name": name, "kind": kind, "surfaces": Counter(), "mentions": []})
        return self.keys[key]


_ROLE_NAMES = frozenset(_CUES.get("roles", []))
ROLE_SELF_MIN = 3  # "the university" this often in an article that names no university: an actor of its own


_AND_NAME = re.compile(r"\s+(?:and|or|&)\s+(?P<n>[A-Z][\w’'-]+)\b")


def _paired_with_name(text: str, end: int, mid_sentence: Counter[str]) -> bool:
    """'Zipp and RideLoop' at a sentence's start: a capitalised word joined to a name the texts use mid-sentence is a name."""
    m = _AND_NAME.match(text, end)
    return bool(m) and mid_sentence[m.group("n")] > 0


def owned_form(surface: str) -> bool:
    """Whether a mention is a person's own body ("his administration", "her office"), shown by the person's name."""
    return bool(_OWNED_RE.fullmatch(surface))


def _last_person_before(r: _Raw, assigned: list[tuple[_Raw, int]], clusters: "_Clusters") -> int | None:
    """The person named last before `r` in its article ("Kline ... His administration" -> Kline), or None."""
    best: tuple[int, int] | None = None
    for q, cid in assigned:
        if q.doc == r.doc and q.end <= r.start and clusters.info[cid]["kind"] == "person" and (best is None or q.start > best[0]):
            best = (q.start, cid)
    return best[1] if best else None


def _nearest_voted(r: _Raw, assigned: list[tuple[_Raw, int]], votes: Counter[int]) -> int:
    """Of the bodies whose names carry a role word, the one named last before `r` in its article, else the most named."""
    best: tuple[int, int] | None = None
    for q, cid in assigned:
        if q.doc == r.doc and cid in votes and q.end <= r.start and (best is None or q.start > best[0]):
            best = (q.start, cid)
    return best[1] if best else votes.most_common(1)[0][0]


# words that stand before a place's name ("in X", "the north of X", "recapture X"): a name mostly after them is a place
_BEFORE_PLACE = LOCATIVES | {"the", "of", "retake", "capture", "captured", "recapture", "eastern", "western", "northern",
                             "southern", "central", "east", "west", "north", "south"}


def build_actor_index(documents: list[Document]) -> ActorIndex:
    """Finds actor mentions in every document and merges them into actors with aliases."""
    raws = [r for d in documents for r in _raw_mentions(d)]
    texts = {d.id: d.text for d in documents}
    raws = _drop_things(raws, texts)
    lower_vocab: set[str] = set()
    locative: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for d in documents:
        lower_vocab.update(re.findall(r"(?<![\w-])[a-z][a-z]+(?![\w-])", d.text))
    for r in raws:
        if r.kind == "name" and not r.head:
            total[r.core] += 1
            prev = re.findall(r"[\w’'-]+", texts[r.doc][max(0, r.start - 20):r.start])
            if prev and prev[-1].lower() in _BEFORE_PLACE and not (prev[-1].lower() == "the" and len(prev) > 1 and prev[-2].lower() not in LOCATIVES):
                locative[r.core] += 1
    places = {n for n, c in total.items() if c >= 2 and locative[n] / c >= 0.6}
    place_words = {n.split()[-1] for n in places}
    mid_sentence: Counter[str] = Counter()
    for r in raws:
        if r.kind == "name":
            before = texts[r.doc][max(0, r.start - 3):r.start]
            if not re.search(r"(?:[.!?:]\W*|\n\s*|^\W*)$", before):
                mid_sentence[r.core] += 1

    # capitalised words seen inside a sentence: "Republican" in "the Republican leaders" backs "Republicans" at a start
    cap_inside = {w for r in raws if r.kind == "name" and mid_sentence[r.core] for w in r.core.split()}
    # classify name mentions
    persons: dict[str, str] = {}  # surname key -> full person name
    singles: set[str] = set()
    acronym_of: dict[str, str] = {}
    for d in documents:
        for m in re.finditer(r"([A-Z][\w’'-]*(?:\s+(?:of|for|the|and|on)?\s*[A-Z][\w’'-]*)+)\s+\(([A-Z]{2,6})\)", d.text):
            acronym_of[m.group(2)] = norm(m.group(1))
    for r in raws:
        if r.kind != "name":
            continue
        name, titled = _split_person(r.core)
        words = name.split()
        is_org = _org_name(words, lower_vocab)
        if " of " in f" {name} " or " for " in f" {name} " or " on " in f" {name} ":
            is_org = True  # "Chamber of Commerce", "Office for ...": a body, not a person
        if words and not titled and (words[-1].lower() in PLACE_WORDS or name in places or words[-1] in place_words):
            continue  # "Marlow County", "Latin America": a place
        if len(words) >= 2 and not is_org and len(words) <= 4 and (titled or all(
                w[:1].isupper() and (w.lower() not in lower_vocab or w.lower() in _CONNECTORS) for w in words)):
            persons.setdefault(_surname_key(words[-1]), name)
            if len(name) > len(persons[_surname_key(words[-1])]):
                persons[_surname_key(words[-1])] = name
        elif len(words) == 1:
            singles.add(name)
    # fuzzy surnames: "Marchnad" joins "Marchand"
    surname_alias: dict[str, str] = {k: k for k in persons}
    by_initial: dict[str, list[str]] = defaultdict(list)
    for p in sorted(persons):
        by_initial[p[:1]].append(p)
    for s in sorted({_surname_key(w) for w in singles} - set(persons)):
        if len(s) < 5:
            continue
        for p in by_initial.get(s[:1], []):
            if abs(len(p) - len(s)) <= 1 and s[-1] == p[-1] and fuzz.ratio(s, p) >= 80:
                surname_alias[s] = p
                break
    for bucket in by_initial.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                if len(a) >= 5 and abs(len(a) - len(b)) <= 1 and a[-1] == b[-1] and fuzz.ratio(a, b) >= 80:
                    surname_alias[b] = surname_alias[a]
    # countries: single names that some demonym points at
    demonyms: dict[str, str] = {}
    countries = [n for n in singles if n not in places and not n.isupper()]
    all_first = {r.core.split()[0].split("-")[0] for r in raws if r.kind == "name" and r.core}
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for c in countries:
        by_prefix[c[:4].lower()].append(c)
    for w in all_first:
        for c in by_prefix.get(w[:4].lower(), []):
            if demonym_of(w, c):
                demonyms[w] = c
    initials: dict[str, str] = {}
    for r in raws:
        if r.kind == "name":
            ws = [w for w in r.core.split() if w[:1].isupper()]
            if len(ws) >= 2 and all(w[:1].isupper() for w in r.core.split()):
                initials.setdefault("".join(w[0] for w in ws), norm(r.core))

    # "the Chamber" after "Chamber of Commerce": a single word that starts exactly one organisation's name
    org_heads: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        ws = r.core.split()
        if r.kind == "name" and len(ws) >= 2 and any(w.lower() in ORG_WORDS for w in ws) and not _split_person(r.core)[1] \
                and not (ws[0].lower() in ORG_WORDS and ws[-1].lower() not in ORG_WORDS and ws[-1].endswith("s")):
            # "Senate Majority Leader Tom Harwick" is a person and "Senate Democrats" a part: neither is "the Senate"
            org_heads[ws[0]].add(r.core)
    clusters = _Clusters()
    gov_votes: Counter[int] = Counter()
    regime_votes: Counter[int] = Counter()
    admin_votes: Counter[int] = Counter()
    assigned: list[tuple[_Raw, int]] = []
    pending: list[_Raw] = []
    for r in raws:
        if r.kind == "collective":
            cid = clusters.get("c:" + r.core, r.core, "collective" if r.core == "all parties" else "group")
        elif r.kind in ("government", "role", "owned"):
            pending.append(r)
            continue
        else:
            name, titled = _split_person(r.core)
            words = name.split()
            if not words:
                continue
            first = words[0]
            sk = _surname_key(words[-1])
            acr = name.replace(".", "")
            if r.pro and not r.head:
                pass
            stem_word = first.split("-")[0]
            if len(words) == 1 and stem_word in demonyms and (r.head or len(r.core.split()) > 1 and r.core.split()[0] == first):
                c = demonyms[stem_word]
                cid = clusters.get("n:" + norm(c), c, "country")
            elif len(r.core.split()) == 1 and r.core in demonyms:
                cid = clusters.get("n:" + norm(demonyms[r.core]), demonyms[r.core], "country")
            elif sk in surname_alias and not any(w.lower() in ORG_WORDS for w in words) and (
                    len(words) == 1 or titled or _surname_key(words[-1]) in persons and persons[_surname_key(words[-1])].endswith(name)
                    or all((w.lower() not in lower_vocab or w.lower() in _CONNECTORS) for w in words)):
                p = surname_alias[sk]
                cid = clusters.get("p:" + p, persons[p], "person")
            elif r.core.split()[0] in demonyms and all(w.lower() in TITLES or w.lower() in STATE_HEADS for w in r.core.split()[1:]):
                c = demonyms[r.core.split()[0]]
                cid = clusters.get("n:" + norm(c), c, "country")
            elif len(words) == 1 and _DEMONYM_SUFFIX.search(first.lower()) and r.head and not first.isupper():
                cid = clusters.get("d:" + first.lower(), f"{first} {r.head}", "government")
                if r.head in GOVERNMENT_HEADS:
                    clusters.info[cid]["name"] = f"{first} {r.head.rstrip('s')}"
            elif acr.isupper() and len(acr) <= 6 and (acr in acronym_of or acr in initials):
                full = acronym_of.get(acr) or initials[acr]
                base = demonyms.get(full, full)
                cid = clusters.get("n:" + base, full.title() if full.islower() else full, "organization")
            elif len(words) == 1 and first in demonyms.values():
                cid = clusters.get("n:" + norm(first), first, "country")
            elif len(words) == 1 and first in org_heads and len(org_heads[first]) == 1:
                full = next(iter(org_heads[first]))
                cid = clusters.get("n:" + norm(full), full, "organization")
            elif len(words) == 1 and (first in places or first.lower() in lower_vocab or first.lower() in NON_NAMES
                                      or not mid_sentence[r.core] and not _named_body(first, cap_inside, texts[r.doc][r.end:r.end + 20])
                                      and not _paired_with_name(texts[r.doc], r.end, mid_sentence)):
                continue
            elif len(words) >= 2 and not titled and not any(w.lower() in ORG_WORDS for w in words) and all(
                    w.lower() in lower_vocab or w.lower() in _CONNECTORS for w in words):
                continue  # "Financial Crisis": capitalised common words, not actors
            else:
                key = norm(name)
                if key in acronym_of.values() or key in initials.values():
                    cid = clusters.get("n:" + key, name, "organization" if len(words) > 1 else "unknown")
                else:
                    kind = "unknown" if words[-1].lower() in PLACE_WORDS and not titled else "organization" if _org_name(words, lower_vocab) \
                        or re.search(r" (?:of|for|on) ", f" {name} ") else (
                        "country" if name in demonyms.values() else ("person" if titled or len(words) >= 2 and all(
                            (w.lower() not in lower_vocab or w.lower() in _CONNECTORS) for w in words) else "unknown"))
                    cid = clusters.get("n:" + key, name, kind)
            if r.head in GOVERNMENT_HEADS or r.head in ("army", "forces", "military"):
                (regime_votes if r.head == "regime" else admin_votes if r.head == "administration" else gov_votes)[cid] += 1
        assigned.append((r, cid))
    top_gov = gov_votes.most_common(1)[0][0] if gov_votes else None
    top_regime = regime_votes.most_common(1)[0][0] if regime_votes else top_gov
    top_admin = admin_votes.most_common(1)[0][0] if admin_votes else top_gov
    # "the president": the person or body most often named with that title ("President Harlan")
    # in the same article first; across articles only titles that no body's name qualifies ("Council President"
    # is not "the president" of another article)
    titled_by: dict[tuple[str | None, str], Counter[int]] = defaultdict(Counter)
    for r, cid in assigned:
        low = _ABBREVIATED_TITLE.sub(lambda m: _ABBREVIATIONS[m.group(1)], r.surface.lower())
        is_person = clusters.info[cid]["kind"] == "person"
        for role in ROLES:
            at = max(_role_at(low, w) for w in ORG_ROLE_KIN.get(role, [role]))
            if at >= 0 and is_person == _person_role(role):  # "Board Chair Wendell Price" is not "the board"
                titled_by[(r.doc, role)][cid] += 1
                if not _qualified_title(low, at):
                    titled_by[(None, role)][cid] += 1
    by_doc: dict[str, list[tuple[_Raw, int]]] = defaultdict(list)  # per article, so lookups stay local
    for item in assigned:
        by_doc[item[0].doc].append(item)
    role_counts = Counter((r.doc, r.core.split(" of ")[0]) for r in pending if r.kind == "role" and r.surface.lower().startswith("the "))
    for r in pending:
        if r.kind == "owned":
            person = _last_person_before(r, by_doc[r.doc], clusters)
            if person is not None:
                assigned.append((r, person))
                by_doc[r.doc].append((r, person))
            continue
        if r.kind == "role":
            role = r.core.split(" of ")[0]
            owned = not r.surface.lower().startswith("the ")  # "her department": hers, never another article's
            votes = titled_by.get((r.doc, role)) or (None if owned else titled_by.get((None, role)))
            if role in ORG_ROLES and role not in _ROLE_NAMES:
                if votes and " of " not in r.core and not owned:
                    body = _nearest_voted(r, by_doc[r.doc], votes)
                    assigned.append((r, body))
                    by_doc[r.doc].append((r, body))
                elif not votes and not owned and " of " not in r.core and role_counts[(r.doc, role)] >= ROLE_SELF_MIN:
                    body = clusters.get(f"r:{role}@{r.doc}", "the " + role, "organization")  # an article about "the university"
                    assigned.append((r, body))
                    by_doc[r.doc].append((r, body))
                continue  # "the hospital" named once, with no named hospital: no actor of its own
            if " of " in r.core or not votes:
                key = "r:" + r.core + (f"@{r.doc}:{r.surface.split()[0].lower()}" if owned else "")
                target = clusters.get(key, "the " + r.core, "person" if role in TITLES or role in ("ceo", "pope") else "organization")
            else:
                target = votes.most_common(1)[0][0]
            assigned.append((r, target))
            by_doc[r.doc].append((r, target))
            continue
        target = top_regime if r.core == "regime" else top_admin if r.core == "administration" else top_gov
        if target is None:
            target = clusters.get("g:" + r.core, f"the {r.core}", "government")
        assigned.append((r, target))
        by_doc[r.doc].append((r, target))

    # keep clusters that are mentioned; order by first appearance; number a1..
    index = ActorIndex()
    order: dict[int, str] = {}
    assigned.sort(key=lambda x: (x[0].doc, x[0].start))
    for r, cid in assigned:
        clusters.info[cid]["surfaces"][r.surface] += 1
    for r, cid in assigned:
        if cid not in order:
            order[cid] = f"a{len(order) + 1}"
            info = clusters.info[cid]
            index.actors.append(Actor(id=order[cid], name=info["name"], aliases=list(info["surfaces"]), kind=info["kind"]))
        index.mentions.setdefault(r.doc, []).append(ActorMention(r.doc, r.start, r.end, r.surface, order[cid]))
        index.aliases.setdefault(norm(r.surface), order[cid])
        index.aliases.setdefault(norm(r.core), order[cid])
    for key, cid in clusters.keys.items():
        if cid in order:
            index.aliases.setdefault(key.split(":", 1)[1], order[cid])
    for sk, p in surname_alias.items():
        cid = clusters.keys.get("p:" + p)
        if cid in order:
            index.surnames[sk] = order[cid]
    for dem, c in demonyms.items():
        cid = clusters.keys.get("n:" + norm(c))
        if cid in order:
            index.aliases.setdefault(dem.lower(), order[cid])
    for doc_id, items in index.mentions.items():
        items.sort(key=lambda m: m.start)
        index._starts[doc_id] = [m.start for m in items]
    return index


def find_actors(documents: list[Document]) -> list[Actor]:
    """People, governments, groups and institutions of `documents`, merged under one name with aliases."""
    return build_actor_index(documents).actors
