"""Who can be the subject of a charge and whom a pronoun points at: subject positions, irregular verb forms,
coordinated names, persons' pronouns and pronoun resolution, shared by blame, agency and rhetoric."""

from __future__ import annotations

import re

from reader.core.analysis.actors import FIRST_NAMES, LOCATIVES, TITLES, ActorMention

PAST_FORMS = frozenset({"stole", "stolen", "misled", "withheld", "hid", "hidden", "shot", "lied", "sat on", "told", "made", "did", "shown",
                   "showed", "brought", "ran", "oversaw", "spread", "paid", "held", "kept", "met", "cut", "hit", "put", "set", "let"})

BEFORE_EXCLUDED = LOCATIVES | {"against", "for", "on", "with", "about", "over", "than", "like", "unlike", "of", "by", "to", "into",
                                 "from", "among", "between", "at", "toward", "towards", "upon", "blamed", "accused", "criticized",
                                 "criticised", "condemned", "sued", "along", "across", "near", "beside", "around", "behind", "through", "throughout",
                                 "within", "outside", "inside", "under", "below", "above", "beyond", "via", "during", "urged", "asked", "told", "thanked", "praised", "let", "lets", "make", "makes",
                                 "made", "help", "helped", "helps", "watch", "watched", "see", "saw", "allow", "allowed"}
OFFICE = re.compile(r"[’']s\s+(?:own\s+)?(?:office|administration|aides|staff|team|government|department|allies|campaign|people|"
                     r"bankers|diplomats|negotiators|delegation|navy|marines|soldiers|militiamen|fighters|spokesman|spokeswoman|"
                     r"commanders|generals|advisers|advisors|envoys|ministers|supporters|backers|lobbyists|donors|operatives|appointees|"
                     r"officials|leaders|leadership|management|forces|troops|militias|army|police|men|agents|lawyers|regime)\b")

_NEARER_PLURAL = re.compile(r"\b(?!(?:was|has|this|its|his|is|as|us|does|less|unless|thus|yes|always|perhaps|news|across|whereas|towards|afterwards)\b)[a-z]{3,}[^s\W]s\b(?:\W+\w+){0,5}\W*$")

IRREGULAR_PAST = frozenset({"spent", "made", "done", "shown", "taken", "given", "kept", "left", "built", "brought", "sat", "stood", "put", "cut",
                        "let", "set", "hit", "been", "become", "run", "got", "gotten", "held", "told", "paid", "sold", "lost", "won", "said",
                        "sent", "led", "met", "felt", "taught", "thought", "sought", "bought", "caught", "fought", "found", "heard", "read",
                        "saw", "knew", "took", "gave", "went", "came", "ran", "began", "wrote", "chose", "drove", "rose", "grew", "drew",
                        "threw", "spoke", "broke", "stole", "hid", "sat", "stood", "did", "understood", "forgot", "gotten", "seen", "known"})
IRREGULAR_VERBS = IRREGULAR_PAST | PAST_FORMS | {"put", "cut", "hit", "set", "let", "shut", "spread", "bet", "quit", "hurt", "cost"}

PLURAL_KINDS = {"group", "collective", "organization", "government", "country"}

COUNTED = re.compile(r"\b(?:(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?|million|thousand|hundred|dozens|hundreds|thousands|millions|scores)\s+(?:of\s+)?(?:the\s+)?$", re.I)

INSIDER = re.compile(r"(?<![\w’'-])(?:[Ss]ome(?:body|one)|[Ii]nsiders?|[Ee]mployees|[Pp]eople|[Mm]anagers|[Ee]xecutives|[Ee]ngineers|[Cc]aseworkers|"
                     r"[Ss]upervisors|[Ii]nspectors|[Oo]fficials|[Ss]taffers|[Aa]dministrators|[Ww]orkers|"
                     r"(?:[Ee]very|[Ee]ach|[Oo]ne|[Aa]ny)\s+(?:executive|official|manager|employee|engineer|supervisor|inspector|caseworker|worker|staffer))\s+"
                      r"(?:at|inside|within)\s+(?:the\s+)?$")


def can_be_subject(text: str, start: int, end: int, sent_start: int) -> bool:
    """A possible subject: not after a preposition or a verb of blaming, not a possessor of something else."""
    m = re.search(r"([\w’'-]+)\W*$", text[max(sent_start, start - 30):start])
    prev = m.group(1).lower() if m else ""
    if prev == "the":
        m2 = re.search(r"([\w’'-]+)\s+the\W*$", text[max(sent_start, start - 40):start])
        prev = m2.group(1).lower() if m2 else ""
    if prev in BEFORE_EXCLUDED and not (prev in ("at", "inside", "within") and INSIDER.search(text, max(sent_start, start - 40), start)):
        return False  # but "Somebody at Keystar broke the law": the body whose insider did it
    if re.match(r"[’']s\b", text[end:end + 2]) and not OFFICE.match(text, end):
        return False
    return True


_NOT_ANTECEDENT_AFTER = LOCATIVES | {"against", "for", "on", "with", "about", "over", "than", "like", "unlike", "of"}


def can_be_antecedent(text: str, start: int, end: int) -> bool:
    """A mention a later pronoun may point at: a subject or an object ("blamed the Caucus. They ..."), not a place after
    a preposition ("in X") nor the possessor of something else ("X's famous line")."""
    m = re.search(r"([\w’'-]+)[^\w.!?\n]*$", text[max(0, start - 30):start])  # never the last word of the sentence before
    prev = m.group(1).lower() if m else ""
    if prev == "the":
        m2 = re.search(r"([\w’'-]+)[^\w.!?\n]*the\W*$", text[max(0, start - 40):start])
        prev = m2.group(1).lower() if m2 else ""
    if prev in _NOT_ANTECEDENT_AFTER:
        return False
    return not re.match(r"[’']s\b", text[end:end + 2]) or bool(OFFICE.match(text, end))


def subject_end(text: str, end: int) -> int:
    """Where a subject ends: after "'s office" when the people of an office act for its holder; after the period of
    "Exxon Mobil Corp."."""
    if text[end:end + 1] == "." and re.search(r"\b(?:Corp|Inc|Co|Ltd|LLC|Jr|Sr|Bros|Dept|Assn)$", text[max(0, end - 5):end]):
        end += 1
    m = OFFICE.match(text, end)
    return m.end() if m else end


_GENDER_NEAR = re.compile(r"(?<![\w’'-])(he|his|him|himself|she|her|hers|herself)(?![\w’'-])", re.I)
# "Democrats blamed that on X. 'They starved ...,' Y said": the accusers are not whom the quote's "they" means
ACCUSER_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:blamed|blames|accused|accuses|criticized|criticised|faulted|denounced|condemned|"
                           r"slammed|blasted|attacked)\b", re.I)
REPORTER_AFTER = re.compile(r"(?:,[^,]{1,60},)?\s+(?:\w+ly\s+)?(?:said|says|say|told|argued|argues|added|noted|claimed|claims|alleged|"
                             r"alleges|insisted|insists|wrote|writes|warned|warns|testified|acknowledged)\b")

def person_genders(text: str, mentions: list[ActorMention], kinds: dict[str, str]) -> dict[str, str]:
    """A guess at each person's pronoun ('m' or 'f'): a title (Mr./Ms.) or the first he/his or she/her right after the
    name, by majority over the article; persons without evidence are left out."""
    votes: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if kinds.get(m.actor) != "person":
            continue
        v = votes.setdefault(m.actor, [0, 0])
        title = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$", text[max(0, m.start - 6):m.start]) or re.match(r"(Mr|Mrs|Ms|Miss)\b", m.surface)
        if title:
            v[0 if title.group(1) == "Mr" else 1] += 2
            continue
        nxt = next((x.start for x in mentions[i + 1:] if x.actor != m.actor), m.end + 120)
        window = text[m.end:min(m.end + 120, nxt)]  # never past the next one named
        cut = re.search(r"(?<=[.!?])\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+", window)  # at most the start of the next sentence
        g = _GENDER_NEAR.search(window[:cut.start() + 30] if cut else window)
        if g:
            v[0 if g.group(1).lower() in ("he", "his", "him", "himself") else 1] += 1
        given = _given_name(m.surface)
        if given:
            v[0 if given == "m" else 1] += 2
    return {a: ("m" if m > f else "f") for a, (m, f) in votes.items() if m != f}




def _given_name(surface: str) -> str | None:
    """'f' or 'm' when a name starts (after any title) with a common given name ("Gov. Ann Whitcomb" -> 'f')."""
    words = [w for w in surface.split() if not w.endswith(".") and w.lower() not in TITLES]
    return FIRST_NAMES.get(words[0]) if len(words) >= 2 else None


_ATTRIBUTION_TAIL = re.compile(r"[,.!?][”\"]\s*(?:said|says|told|added|wrote|asked)\b[^.”\"“]*$")


VERBISH = re.compile(r"(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|also|never|not|then|still|"
                      r"just|already|again|once|now|alone|itself|themselves|too|as|and|or|but|who|which|that|to|in|on|at|for|of|by|with|"
                      r"from|over|said|says|nor|plus|either|neither|if|when|while|whose|whom|\w+ed|\w+ly|\w+ing)$")


def chain(text: str, mentions: list[ActorMention], first: ActorMention) -> list[ActorMention]:
    """`first` and the mentions coordinated with it ("X, Y and Z", "neither X nor Y")."""
    out = [first]
    for m in mentions:
        if m.start <= out[-1].start:
            continue
        gap = text[out[-1].end:m.start]
        if not coordinated(gap):
            break
        out.append(m)
    return out


def chain_head(text: str, mentions: list[ActorMention], last: ActorMention) -> ActorMention:
    """The first mention of the coordinated list that ends with `last`."""
    i = mentions.index(last)
    while i > 0 and coordinated(text[mentions[i - 1].end:mentions[i].start]):
        i -= 1
    return mentions[i]


def coordinated(gap: str) -> bool:
    """The gap between two coordinated actors ("X, Y and the Z"), never a verb or a clause joint ("X chose Y", "X, so Y")."""
    if not COORD.fullmatch(gap):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", gap)]
    content = [w for w in words if w not in ("and", "or", "nor", "as", "well", "the", "his", "her", "their", "its")]
    return not any(VERBISH.fullmatch(w) or w in IRREGULAR_VERBS or w in ("so", "then", "but", "yet", "because") for w in content)


COORD = re.compile(r"\s*(?:,|and|or|nor|as well as|,\s*and|,\s*or)?\s*(?:the|his|her|their|its)?\s*(?:[\w-]+\s+)?", re.I)


_GENDER_OF = {"he": "m", "him": "m", "she": "f", "her": "f"}
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}
# "the Water Board's members in the Assembly": people named by the body they belong to
_MEMBERS_BEFORE = re.compile(r"\b[a-z][\w-]*s\s+(?:in|of|from|within|inside|at)\s+(?:the\s+)?$")


def _joined(text: str, names: list[ActorMention]) -> bool:
    """True for a list joined by a conjunction ("X, Y and Z"), not an apposition ("Its chairman, Raymond Okafor")."""
    return len({m.actor for m in names}) > 1 and re.search(r"\b(?:and|or|nor)\b|&", text[names[0].end:names[-1].start]) is not None


def resolve_pronoun(word: str, pos: int, mentions: list[ActorMention], previous: list[ActorMention],
                    kinds: dict[str, str], speaker: str | None, text: str, sent_start: int,
                    genders: dict[str, str] | None = None, groups: bool = False) -> list[ActorMention]:
    """The actors a pronoun at `pos` points at. He/she (him/her): the person named last before whose pronoun fits;
    they/them, it, its: the body or group named last before. This sentence's `mentions` come first, then `previous`
    (the sentences before, their subject first), skipping the `speaker`, counted people and those who only report.
    With `groups`, "they" may be coordinated names ("Smith and Jones ... They"), and a lone person is passed over."""
    w = _SUBJECT_FORM.get(word.lower(), word.lower())
    genders = genders or {}
    g = _GENDER_OF.get(w)
    wanted = (lambda k, m: k == "person" and genders.get(m.actor, g) == g) if g else \
        (lambda k, m: k in PLURAL_KINDS or (m.surface.endswith("s") and k != "person")) if w == "they" else \
        (lambda k, m: k in ("organization", "government", "group", "country") and not m.surface.endswith("s")) if w == "it" else \
        (lambda k, m: k in ("organization", "government", "group", "country", "collective"))  # "its": also bodies named in the plural
    if w == "they" and _NEARER_PLURAL.search(text[max(sent_start, pos - 60):pos]):
        return []  # "... against cigarette companies was that they hid": a nearer plural noun the index does not know
    before = [m for m in mentions if m.end <= pos and m.actor != speaker and can_be_subject(text, m.start, m.end, sent_start)
              and text[m.end:pos].strip()]  # "the board they starved": not the board
    own = [m for m in before if wanted(kinds.get(m.actor, "unknown"), m)]
    if groups and w == "they" and before:
        together = chain(text, before, chain_head(text, before, before[-1]))
        if len(together) > 1 and _joined(text, together):
            return together  # "Zipp and RideLoop added a surcharge, and X accused them of ..."
    if own:
        return own[-1:]
    for m in previous:
        if m.actor == speaker or _ATTRIBUTION_TAIL.search(text, max(0, m.start - 150), m.start) \
                or COUNTED.search(text, max(0, m.start - 30), m.start):
            continue  # '..." said X, who chairs the committee': not whom the quote's "they" means; nor "the 19,000 X agents"
        if not can_be_antecedent(text, m.start, m.end) and not (w == "they" and _MEMBERS_BEFORE.search(text, max(0, m.start - 40), m.start)):
            continue
        k = kinds.get(m.actor, "unknown")
        if g and k != "person":
            continue  # "he" never means the union named in between
        if g and genders.get(m.actor, g) != g:
            continue  # "she" after a man named first: the woman named next
        if g and m.actor not in genders:
            known = [x for x in previous if x.actor != speaker and kinds.get(x.actor) == "person" and genders.get(x.actor) == g
                     and can_be_antecedent(text, x.start, x.end)]
            return known[:1] or [m]  # a person whose pronoun the article shows first
        if w == "they" and speaker is not None and ACCUSER_AFTER.match(text, m.end):  # inside a quote
            continue
        if w in ("they", "it", "its") and k == "person" and REPORTER_AFTER.match(text, m.end):
            continue  # "X said the agency ... They ...": the one who reports is not the one meant
        if groups and w == "they":
            near = sorted((x for x in previous if 0 <= x.start - m.start < 200), key=lambda x: x.start)
            together = [x for x in chain(text, near, m) if x.actor != speaker]
            if len(together) > 1 and _joined(text, together):
                return together  # "Smith and Jones ...": both; "Zipp and RideLoop": both
            if k == "person":
                continue  # one person is not "they": the body or group named after them
        return [m] if wanted(k, m) else []
    return []
