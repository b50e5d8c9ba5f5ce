"""Reported speech: quotations with their speakers (and addressees), and who speaks in each sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from reader.core.analysis.actors import NON_ACTOR_WORDS, ORG_WORDS, PLACE_WORDS
from reader.core.analysis.text import name_runs, paragraph_spans, sentence_spans
from reader.core.documents.model import Document

SPEECH_VERBS = (r"(?:said|says|say|told|tells|added|adds|asked|asks|asking|pressed|stated|states|declared|declares|"
                r"argued|argues|insisted|insists|warned|warns|noted|notes|noting|wrote|writes|tweeted|tweets|"
                r"explained|explains|claimed|claims|responded|replied|replies|continued|concluded|announced|"
                r"announces|recalled|remarked|stressed|urged|urges|pleaded|charged|admitted|acknowledged|"
                r"conceded|suggested|observed|thundered|shouted|exclaimed|complained|complains|countered|"
                r"said in a statement|told reporters)")
_VERB_RE = re.compile(rf"\b{SPEECH_VERBS}\b")
_PRONOUN = re.compile(r"\b(he|she|they|we|I)\b", re.I)
_QUOTE_PAIRS = re.compile(r"“[^“”]{2,3000}?”|(?<![\w.,!?])\"(?=\S)[^\"]{2,3000}?(?<=\S)\"(?!\w)|«[^«»]{2,3000}?»")
_TITLE_WORDS = frozenset("""
sen. rep. gov. gen. lt. col. sgt. capt. dr. mr. mrs. ms. prof. majority minority whip
president vice prime minister secretary general ambassador senator sen rep representative governor gov
mayor chancellor king queen prince sheikh judge justice chief commissioner envoy spokesman spokeswoman
spokesperson director chairman chairwoman chair leader speaker foreign defence defense interior deputy
special high mr mrs ms dr prof professor sir lord lady general gen colonel col captain lieutenant sergeant
former acting elect president-elect journalist reporter minister, us administrator councilmember councilman
councilwoman alderman assemblymember assemblyman assemblywoman supervisor sheriff superintendent comptroller
treasurer congressman congresswoman
""".split())
_LOCATIVE = re.compile(r"(?:\b(?:to|at|in|for|of|with|from|on|by|via|into)\s+(?:the\s+)?)$")


@dataclass
class Quote:
    """A quotation in a document, with its speaker (a name as written) and whom it addresses, if said."""

    doc: str
    start: int
    end: int
    speaker: str | None
    addressee: tuple[int, int] | None = None  # offsets of "said to X" / "told X" in the attribution


@dataclass
class SpeechMap:
    """Who speaks where in one document: quotes, plus sentences reported with 'X said that' / 'according to X'."""

    doc: Document
    quotes: list[Quote] = field(default_factory=list)
    reported: dict[tuple[int, int], str] = field(default_factory=dict)  # sentence span -> speaker
    _starts: list[int] = field(default_factory=list)

    def quote_at(self, start: int, end: int) -> Quote | None:
        """The quote that holds most of [start, end), or None."""
        i = bisect_right(self._starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.quotes):
                q = self.quotes[j]
                overlap = min(end, q.end) - max(start, q.start)
                if overlap > 0 and overlap * 2 >= min(end - start, q.end - q.start):
                    return q
        return None

    def source_of(self, start: int, end: int) -> str:
        """'author', or the name of whoever is quoted or reported as saying the passage."""
        q = self.quote_at(start, end)
        if q is not None:
            return q.speaker or "unnamed speaker"
        return self.reported.get((start, end), "author")

    def voice_at(self, sent_start: int, sent_end: int, pos: int, named: str | None = None) -> str:
        """Who voices a finding whose cue stands at `pos` in a sentence: the speaker of the quote holding it,
        else the accuser/caller the sentence names (`named`), else the reporter in indirect speech, else 'author'."""
        if self.quote_at(pos, pos + 1):
            return self.source_of(pos, pos + 1)
        if named:
            return named
        return reporter_before(self.doc.text, sent_start, pos) or self.reported.get((sent_start, sent_end), "author")


def short_name(text: str) -> str:
    """A speaker's name without leading titles and roles: "French Ambassador Jane Doe" -> "Jane Doe"."""
    parts = text.replace("’s", "").split()
    full = " ".join(parts).strip(" ,")
    last_title = max((i for i, w in enumerate(parts[:-1]) if w.lower().strip(".,") in _TITLE_WORDS), default=-1)
    if last_title >= 0 and 1 <= len(parts) - last_title - 1 <= 3 and parts[last_title + 1][:1].isupper():
        parts = parts[last_title + 1:]  # "Senate Majority Leader Tom Harwick" -> "Tom Harwick"
    while len(parts) > 1 and (parts[0].lower().strip(".,") in _TITLE_WORDS or parts[0].isupper()):
        parts = parts[1:]
        if len(parts) > 2 and parts[0] in ("of", "for"):
            parts = parts[2:]  # "Secretary of State Rex Tillerson"
    if len(parts) == 1 and parts[0].lower() in _TITLE_WORDS:
        return full
    return " ".join(parts).strip(" ,")


_BETWEEN_SUBJECT_AND_VERB = re.compile(r"(?:[’']s\s+[\w-]+\s+)?(?:,.{1,100}?,)?\s*(?:(?:\w+ly|has|had|have|also|was|were|is|are|again)\s+)*"
                                       r"(?:[^,.;“”\"]{1,50}?\s+and\s+(?:\w+ly\s+)?)?$")


def named_subject(text: str, start: int, verb_start: int) -> str | None:
    """The name standing as subject right before a verb ("Senator Ada Lind, a Democrat, urged ...")."""
    runs = name_runs(text[start:verb_start], start)
    for rs, re_ in reversed(runs):
        if re.search(r"\b(?:from|of|in|at|for|to|on)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,4}$", text[max(start, rs - 40):rs]) \
                and not re.search(r"[,.]\s*$", text[max(start, rs - 3):rs]):
            continue  # "a Republican from North Dakota": a place, not the speaker
        if _BETWEEN_SUBJECT_AND_VERB.fullmatch(text[re_:verb_start]):
            return short_name(text[rs:re_])
    return None


_REPORTING = re.compile(rf"\b(?:{SPEECH_VERBS}|saying|believes|thinks|told \w+)(?:\s+that)?\b")


def reporter_before(text: str, start: int, pos: int) -> str | None:
    """Who reports what stands at `pos` in indirect speech: 'X said (that) Y should ...' -> X; 'she said' -> the
    person last named before; '..., saying Y was ...' -> the sentence's subject."""
    best = None
    for m in _REPORTING.finditer(text, start, pos):
        who = named_subject(text, start, m.start())
        if not who and m.group().endswith("ing") and re.search(r",\s*$", text[start:m.start()]):
            runs = name_runs(text[start:m.start()], start)
            who = short_name(text[runs[0][0]:runs[0][1]]) if runs else None
        if not who and re.search(r"\b(?:he|she)\s+(?:also\s+|later\s+)?$", text[max(start, m.start() - 12):m.start()], re.I):
            who = recent_person(text, start)
        if who:
            best = who
    return best


def _speaker_before(text: str, prefix_start: int, verb_start: int) -> str | None:
    """The subject naming the speaker in text[prefix_start:verb_start] ("Zeid Al Hussein said, ...")."""
    named = named_subject(text, prefix_start, verb_start)
    if named:
        return named
    runs = name_runs(text[prefix_start:verb_start], prefix_start)
    if not runs:
        m = _PRONOUN.search(text[prefix_start:verb_start])
        return m.group() if m else None
    last = runs[-1]
    between = text[last[1]:verb_start]
    if re.fullmatch(r"[\s,]*(?:\w+ly\s+|also\s+|then\s+|has\s+|had\s+)?", between) and \
            not _LOCATIVE.search(text[prefix_start:last[0]]):
        return text[last[0]:last[1]]
    for run in runs:
        if not _LOCATIVE.search(text[prefix_start:run[0]]):
            return text[run[0]:run[1]]
    return None


_ABBREV_TITLE = r"(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|Prof|Adm|Maj|Supt|Insp|Amb|Atty|Cmdr|Det|Sec)\."
_NAME_PAT = r"(?:the\s+)?[A-Z][\w’'.\-]*+(?:\s+(?:[A-Z][\w’'.\-]*+|al|of|the|bin|de|for)\b)*+"
_AFTER = re.compile(
    rf"^\s*[,.!?]?\s*(?:[–—-]\s*(?P<dash>[A-Z][^\n\[]{{1,80}}?)(?=[\[\n]|$)|(?P<verb1>{SPEECH_VERBS})\s+(?P<name1>(?:{_ABBREV_TITLE}\s+)?[A-Z][\w’'.\- ]{{0,60}}?)(?=[,.;]|\s+(?:in|on|at|to|who|after|during)\b)|"
    rf"(?P<pre>(?:[a-z]+\s+){{0,3}})(?P<name2>{_NAME_PAT}|he|she|they|I|we)\s+(?:\w+ly\s+)?(?P<verb2>{SPEECH_VERBS})\b|"
    # "said tenant Rosa Imbert", "said one of the workers, Maria Delgado": a description, then the name
    rf"(?P<verb3>said|says|added|adds|asked|asks)\s+(?:(?!(?:in|on|at|to|after|during)\s)[a-z][\w’'-]*(?:,\s*|\s+)){{1,5}}"
    rf"(?P<name3>[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'\-]+){{1,3}})(?=[,.;]|\s*$))")
_ADDRESSEE = re.compile(r"^\s*(?:to|at)?\s*(?P<who>(?:the\s+)?[^.;:“”\"]{2,80}?)(?=\s+(?:at|in|on|during|after|before|about|regarding|over|asking|saying|whether|if)\b|,\s*(?:asking|saying|adding)|[.;:“”\"]|,?\s*$)")
# a sentence reported in someone's name: a verb of saying, or of holding a view or charging someone
_REPORT_VERBS = rf"(?:{SPEECH_VERBS}|believes|thinks|accused|blamed|alleged|called on|called for)"
_REPORTED = re.compile(
    rf"^(?:(?:On|In|At|Later|Earlier|Meanwhile)\b[^,]{{0,40}},\s*)?(?P<name>{_NAME_PAT})(?:,[^,]{{2,80}},)?\s+"
    rf"(?:has\s+|had\s+|also\s+)?(?P<verb>{_REPORT_VERBS})\b")
_CLOSING = re.compile(r"[,.!?…]\s?[\"”]")
_REPORT_VERB = re.compile(rf"\b{_REPORT_VERBS}\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording to (?P<name>{_NAME_PAT})")


_OBJECT_VERB = re.compile(r"\b(?:said to|spoke to|told|asked|questioned|pressed|addressed|challenged|confronted)\b")


def _addressee(text: str, start: int, limit: int, verb: str) -> tuple[int, int] | None:
    """After 'said to'/'told'/'pressed': the words naming whom the speaker addressed."""
    if not re.match(r"(?:said|says|told|tells|asked|asking|pressed|urged|warned)", verb):
        return None
    rest = text[start:limit]
    m = _ADDRESSEE.match(rest)
    if not m:
        return None
    if verb.startswith(("said", "says")) and not re.match(r"\s*(?:to|at)\b", rest):
        return None
    who = m.group("who")
    if not who or not re.search(r"[A-Za-z]", who) or len(who.split()) > 10:
        return None
    return (start + m.start("who"), start + m.end("who"))


_CACHE: dict[tuple[str, int, str], SpeechMap] = {}


def _without_origin(name: str) -> str:
    """"Omar Castillo of Texas" -> "Omar Castillo": a person and where they come from."""
    before, sep, _ = name.partition(" of ")
    return before if sep and len(before.split()) >= 2 and not _is_body(before) else name


def _is_body(name: str) -> bool:
    """True when a name names a body, not a person ("Freedom Caucus", "Bank of Ostrava")."""
    return bool(re.search(r"\b(?:of|for|on)\b", name)) or any(w.lower() in ORG_WORDS or w.lower() in NON_ACTOR_WORDS
                                                                or w.lower() in PLACE_WORDS for w in name.split())


def recent_person(text: str, pos: int) -> str | None:
    """The person most recently named before `pos` (a full name, or a surname of one named earlier): whom 'he
    said' or 'she urged' points at. Bodies ("the Freedom Caucus") are passed over."""
    window = max(0, pos - 700)
    runs = name_runs(text[window:pos], window)
    known: dict[str, str] = {}
    wide = max(0, pos - 4000)
    singles: dict[str, int] = {}
    for rs, re_ in name_runs(text[wide:pos], wide):
        full = _without_origin(short_name(text[rs:re_]))
        if len(full.split()) >= 2 and not _is_body(full):
            known[full.split()[-1]] = full
        elif " " not in full and not full.isupper() and not _is_body(full):
            singles[full] = singles.get(full, 0) + 1
    for name, n in singles.items():
        if n >= 3:
            known.setdefault(name, name)  # a surname the text keeps using without the first name
    # the nearest sentence that names a person, and in it the first person (its subject, most often):
    # "Sen. Lisa Ortmann urged Harwick to ... She said ..." -> Lisa Ortmann
    best: tuple[int, str] | None = None
    for rs, re_ in reversed(runs):
        name = _without_origin(short_name(text[rs:re_]))
        if _is_body(name):
            continue
        full = name if len(name.split()) >= 2 else known.get(name)
        if not full:
            continue
        if best is not None and _SENTENCE_END.search(text, rs, best[0] + 2):
            break
        best = (rs, full)
    return best[1] if best else None


_SENTENCE_END = re.compile(r"(?:[!?]|(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)"
                           r"(?<!\bLt)(?<!\bCol)(?<!\bJr)(?<!\bSr)(?<!\bProf)(?<!\b[A-Z])\.)[\"”’]?\s+(?=[\"“]?[A-Z])")


def analyse_speech(doc: Document) -> SpeechMap:
    """Finds the quotes of `doc` and their speakers, and sentences reported in someone's name (cached per text)."""
    key = (doc.id, len(doc.text), doc.text[:64])
    hit = _CACHE.get(key)
    if hit is not None and hit.doc.text == doc.text:
        return hit
    if len(_CACHE) > 512:
        _CACHE.clear()
    _CACHE[key] = result = _analyse(doc)
    return result


def _analyse(doc: Document) -> SpeechMap:
    text = doc.text
    sentences = sentence_spans(doc)
    sent_starts = [s for s, _ in sentences]
    speech = SpeechMap(doc=doc)
    last_speaker: str | None = None
    for p_start, p_end in paragraph_spans(doc):
        para = text[p_start:p_end]
        prev_in_para: Quote | None = None
        for m in _QUOTE_PAIRS.finditer(para):
            qs, qe = p_start + m.start(), p_start + m.end()
            if qe - qs < 12 or len(m.group().split()) < 3:
                continue  # scare quotes around a word or two are not speech
            speaker = None
            addressee = None
            # Attribution after the quote, up to the end of its sentence.
            si = bisect_right(sent_starts, max(qe - 1, qs)) - 1
            s_end = sentences[si][1] if si >= 0 else p_end
            after = text[qe:max(s_end, min(p_end, qe + 120))]
            a = _AFTER.match(after)
            if a:
                name = a.group("dash") or a.group("name1") or a.group("name2") or a.group("name3")
                verb = a.group("verb1") or a.group("verb2") or a.group("verb3") or ""
                speaker = name.strip()
                addressee = _addressee(text, qe + a.end(), min(p_end, qe + a.end() + 120), verb)
            else:
                # Attribution before the quote, in the same sentence: "X said, “…”".
                sj = bisect_right(sent_starts, qs) - 1
                s_start = sentences[sj][0] if sj >= 0 else p_start
                prefix = text[s_start:qs]
                verbs = list(_VERB_RE.finditer(prefix))
                if verbs and re.search(r"[,:]\s*$|\b(?:that|asking|saying)\s*$", prefix):
                    v = verbs[-1]
                    speaker = _speaker_before(text, s_start, s_start + v.start())
                    addressee = _addressee(text, s_start + v.end(), qs, v.group())
                    if addressee is None:
                        o = _OBJECT_VERB.search(prefix)
                        if o:
                            addressee = _addressee(text, s_start + o.end(), qs, "told")
            if not speaker:
                # a quote inside reported speech: 'he wrote that the council had "turned its back ..."'
                sk = bisect_right(sent_starts, qs) - 1
                k_start = sentences[sk][0] if sk >= 0 else p_start
                if k_start < qs:
                    speaker = reporter_before(text, k_start, qs)
            if not speaker and prev_in_para is not None and prev_in_para.speaker \
                    and qs - prev_in_para.end < 400:
                speaker = prev_in_para.speaker
            if speaker and (speaker.lower() in ("he", "she", "they", "i", "we")) is False and not name_runs(speaker):
                speaker = None
            if speaker and speaker.lower() in ("he", "she", "they", "i", "we"):
                speaker = recent_person(text, qs) or last_speaker or speaker
            if speaker:
                speaker = short_name(speaker)
                last_speaker = speaker
            prev_in_para = Quote(doc.id, qs, qe, speaker, addressee)
            speech.quotes.append(prev_in_para)
    speech.quotes.sort(key=lambda q: q.start)
    speech._starts = [q.start for q in speech.quotes]
    # A quote whose opening mark is lost or stands in an earlier sentence: '... the dots," he said.'
    added = False
    for s, e in sentences:
        for close in _CLOSING.finditer(text, s, e):
            qe = close.end()
            if speech.quote_at(max(s, qe - 2), qe - 1):
                continue
            a = _AFTER.match(text[qe:e])
            if not a or not (a.group("verb1") or a.group("verb2") or a.group("verb3")):
                continue
            speaker = (a.group("name1") or a.group("name2") or a.group("name3") or "").strip()
            if speaker.lower() in ("he", "she", "they", "i", "we"):
                speaker = recent_person(text, s) or last_speaker or ""
            elif speaker:
                speaker = short_name(speaker)
                last_speaker = speaker
            qs = s + len(text[s:qe]) - len(text[s:qe].lstrip("“\"‘' "))
            speech.quotes.append(Quote(doc.id, qs, qe, speaker or None))
            added = True
            break
    if added:
        speech.quotes.sort(key=lambda q: q.start)
        speech._starts = [q.start for q in speech.quotes]
    for s, e in sentences:
        sent = text[s:e]
        if speech.quote_at(s, e):
            continue
        m = _ACCORDING.search(sent) if "ccording to" in sent else None
        if m is None and _REPORT_VERB.search(sent):
            m = _REPORTED.match(sent)
        if m and name_runs(m.group("name")):
            name = m.group("name").strip()
            speech.reported[(s, e)] = short_name(re.sub(r"^the\s+", "", name))
        elif m is None:
            speaker = _trailing_speaker(text, s, e)
            if speaker:
                speech.reported[(s, e)] = speaker
    return speech


def _trailing_speaker(text: str, s: int, e: int) -> str | None:
    """The speaker of an unquoted sentence that ends with its attribution: "..., Councilwoman Ana Ruiz said on Tuesday."."""
    sent = text[s:e]
    for comma in reversed([i for i, c in enumerate(sent) if c == ","][-3:]):
        tail = sent[comma:]
        a = _AFTER.match(tail)
        if not a or not (a.group("verb1") or a.group("verb2") or a.group("verb3")):
            continue
        if len(tail[a.end():].split()) > 8 or len(sent[:comma].split()) < 4:
            return None
        name = (a.group("name1") or a.group("name2") or a.group("name3") or "").strip()
        if name.lower() in ("he", "she", "they", "i", "we"):
            return recent_person(text, s)
        return short_name(name) if name and name_runs(name) else None
    return None
