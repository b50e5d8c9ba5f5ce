"""Handles articles saved as one long line: finds a headline glued to the body and splits the body into paragraphs."""

from __future__ import annotations

import re

from reader.core.documents.segmentation import SENTENCE_OPENERS, TITLE_ABBREVIATIONS, paragraph_spans, sentence_spans

# Words that stay lower-case in a Title Case headline, and that a headline never ends with.
SMALL_WORDS = frozenset(
    """a an the and or but nor for of to in on at by with from as into onto over under about
    vs via per than up off out""".split()
)
# Words a headline does not end with (articles, prepositions, determiners, auxiliaries).
NO_END = SMALL_WORDS | frozenset(
    """their his her its our my your this these those that is are was were be been has have had will would can
    could should just very own who which among ahead after before during since until while because if when but
    amid against""".split()
)
PARTICLES = frozenset("out up off down back away through over".split())  # "Will Be Thrown Out"
# Words naming a person's office or rank that stand right before the name ("Governor Jane Doe said").
ROLE_WORDS = frozenset(
    """president senator governor representative congressman congresswoman secretary minister mayor judge
    justice chairman chairwoman chair director administrator commissioner professor spokesman spokeswoman
    ambassador chancellor premier ceo chief lawmaker attorney dr mr mrs ms prof sen rep gov gen""".split()
)
# Headline endings that attribute the claim: "..., Experts Say", "..., Says Report".
# Words that qualify an office right before it ("Former Vice President", "Deputy Secretary").
ROLE_MODIFIERS = frozenset("former vice deputy acting assistant executive senior".split())
# Capitalised auxiliaries after "Warns"/"Says" mean a reported clause follows, not the body ("U.N. Warns Farming Must Change").
AUXILIARIES = frozenset("must will would could should can may might is are was were has have had".split())
ATTRIBUTION = frozenset("say says warn warns claim claims find finds suggest suggests".split())
# A photo credit glued after the headline: "JANE DOE via Getty Images", "ASSOCIATED PRESS", "wikimedia commons".
_CREDIT = re.compile(r"\s+(?:(?:[A-Z][A-Z.'-]+\s+){1,3}via\s+Getty\s+Images|ASSOCIATED\s+PRESS|AP\s+PHOTO|"
                     r"GETTY\s+IMAGES|[Ww]ikimedia\s+[Cc]ommons|[A-Z]{2,}(?:\s+[A-Z]{2,})+\s*/\s*\w+)$")
_DASHES = ("-", "\u2013", "\u2014", "--")
_OPEN = "\"'\u201c\u2018("
_DATELINE = re.compile(r"^(?:\([A-Z][A-Za-z]+\)|[A-Z]{3,}[A-Z,./]*)$")
_TOKEN = re.compile(r"\S+")


def _core(token: str) -> str:
    return token.strip("\"'\u201c\u201d\u2018\u2019()[],:;!?.\u2026")


def _cap(token: str) -> bool:
    core = _core(token)
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def _lower(token: str) -> bool:
    core = _core(token)
    return bool(core) and core[0].islower()


def _ends_clause(token: str) -> bool:
    return bool(re.search(r"[!?\u2026][\"'\u201d\u2019]*$|\.\.\.$", token))


def split_glued_title(text: str, max_words: int = 30) -> tuple[str, int] | None:
    """(headline, offset where the body starts) when `text` opens with a headline run into the body."""
    split = _split(text, max_words)
    if split is None:
        return None
    title, body = split
    credit = _CREDIT.search(title)
    if credit and len(title[:credit.start()].split()) >= 4:
        title = title[:credit.start()].rstrip()  # a photo credit between headline and body belongs to neither
    # a media tag in capitals closes the headline: "... at climate forum (VIDEO) Democratic frontrunner ..."
    tag = re.match(r"\s*\([A-Z]{5,}\)(?=\s+[A-Z\"'\u201c])", text[body:])
    if tag:
        return title + " " + tag.group().strip(), body + len(tag.group()) + len(text[body + len(tag.group()):]) \
            - len(text[body + len(tag.group()):].lstrip())
    return title, body


def _split(text: str, max_words: int) -> tuple[str, int] | None:
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text[:600])]
    if len(tokens) < 8:
        return None
    limit = min(max_words, len(tokens) - 3)
    # 0. The headline saved twice in a row: "Big Storm Hits Coast Big Storm Hits Coast The storm ..."
    for n in range(limit, 2, -1):
        head = text[:tokens[n - 1][2]]
        second = tokens[n][1]
        if text.startswith(head, second):
            body = second + len(head)
            while body < len(text) and (text[body].isspace() or text[body] in ".,;:|-\u2013\u2014"):
                body += 1  # "Title Title. The body ..."
            return head.strip(), body
    # 1. A headline closed by "!", "?" or "...", followed by a capitalised word.
    for i in range(1, limit):
        if _ends_clause(tokens[i][0]) and _cap(tokens[i + 1][0]):
            title_case = all(_cap(w) or _core(w).lower() in SMALL_WORDS for w, _, _ in tokens[:i + 1])
            if (i < 4 or title_case) and not tokens[i][0].endswith("..."):
                # a short question is a kicker when a subtitle runs on after it: "Is he ok? Senator falls ill at ..."
                rest = split_glued_title(text[tokens[i + 1][1]:], min(18, max_words - i - 1))
                rest_case = rest and all(_cap(w) or _core(w).lower() in SMALL_WORDS for w in rest[0].split())
                if rest and 3 <= len(rest[0].split()) and not re.search(r"[a-z]{3,}[.]$", rest[0]) \
                        and (i < 4 or rest_case):
                    return text[:tokens[i][2]].strip() + " " + rest[0], tokens[i + 1][1] + rest[1]
            if i >= 8:
                # a Title Case headline run into a question that opens the body: "... for Justice | What is the goal?"
                cut = _title_case_end(tokens, i - 2)
                if cut is not None and cut <= i - 3 and _core(tokens[cut][0]).lower() in SENTENCE_OPENERS:
                    cut = _name_start(tokens, cut, text)
                    return text[:tokens[cut - 1][2]].strip(), tokens[cut][1]
            return text[:tokens[i][2]].strip(), tokens[i + 1][1]
    # 2. A dateline in capitals opens the body: "... Study BISMARCK, N.D. (AP) — The ..." / "... LOS ANGELES (Reuters) -".
    cut = _dateline_start(tokens, limit)
    if cut is not None:
        return text[:tokens[cut - 1][2]].strip(), tokens[cut][1]
    # 2b. A dateline opens the body: "... WASHINGTON (Reuters) - The ..." / "... (CNN) The ...".
    for i in range(3, limit):
        word, nxt = tokens[i][0], tokens[i + 1][0]
        opens = (word.startswith("(") and (_cap(nxt) or nxt in ("-", "\u2013", "\u2014"))) or nxt.startswith("(") \
            or nxt in ("-", "\u2013", "\u2014")
        if _DATELINE.match(word) and opens and not _DATELINE.match(tokens[i - 1][0]):
            if word.startswith("(") and _cap(tokens[i - 1][0]) and _lower(tokens[i - 2][0]) \
                    and _core(tokens[i - 2][0]).lower() not in SMALL_WORDS:
                i -= 1  # "... report | Washington (CNN) ..."
            return text[:tokens[i - 1][2]].strip(), tokens[i][1]
    # 3. A Title Case run that ends where a sentence-case sentence starts.
    cut = _title_case_end(tokens, limit)
    if cut is not None:
        cut = _name_start(tokens, cut, text)
        return text[:tokens[cut - 1][2]].strip(), tokens[cut][1]
    # 4. A sentence-case headline: a content word followed by a capitalised word opening the first sentence.
    cut = _sentence_case_end(tokens, limit)
    if cut is not None:
        cut = _name_start(tokens, cut, text)
        return text[:tokens[cut - 1][2]].strip(), tokens[cut][1]
    return None


def _caps_word(token: str) -> bool:
    core = _core(token)
    return len(core) >= 2 and core.replace(".", "").replace("-", "").replace("'", "").isalpha() and core.isupper()


def _dateline_start(tokens: list[tuple[str, int, int]], limit: int) -> int | None:
    """Index of the first word of a dateline ("CITY, ST. (AP) \u2014", "CITY (Reuters) -", "CITY \u2014") that opens the body."""
    words = [t[0] for t in tokens]
    for i in range(3, limit):
        if not _caps_word(words[i]) or _caps_word(words[i - 1]) or words[i].startswith("(") \
                or words[i - 1].endswith(":") or (_lower(words[i - 1]) and _core(words[i - 1]).lower() in NO_END):
            continue
        j = i
        while j + 1 < len(words) and j - i < 3 and _caps_word(words[j + 1]) and not words[j].endswith(","):
            j += 1  # "LOS ANGELES", "NEW YORK"
        if len(_core(words[i])) < 3 and j == i:
            continue
        k = j + 1
        if words[j].endswith(",") and k < len(words) and _cap(words[k]) and len(_core(words[k])) <= 12:
            k += 1  # ", N.D." / ", Ala." / ", Calif."
            if not words[k - 1].endswith(".") and k < len(words) and words[k - 1].endswith(","):
                k += 1  # "PARIS, France, ..." is rare; keep the state/country word only
        if k >= len(words):
            continue
        nxt = words[k]
        agency = re.match(r"^\([A-Z][A-Za-z.]+\)[-\u2013\u2014:]?$", nxt)
        dash = nxt in _DASHES or words[j].endswith(("\u2014", "\u2013")) or words[k - 1].endswith(("\u2014", "\u2013"))
        state = k > j + 1 and words[k - 1].endswith(".") and (_cap(nxt) or nxt[0] in _OPEN)
        if agency or dash or state:
            return i
    return None


def _is_role(token: str) -> bool:
    return _core(token).lower().rstrip(".") in ROLE_WORDS and _cap(token)


def _name_start(tokens: list[tuple[str, int, int]], cut: int, text: str) -> int:
    """Moves a cut back over the body's opening name: "... Cars | Governor Jerry Brown has" (not "Cars Governor Jerry | Brown")."""
    words = [t[0] for t in tokens]

    def bare(i: int) -> bool:  # a capitalised word with no punctuation closing it
        return _cap(words[i]) and not re.search(r"[,:;!?\"'\u201d\u2019)]$", words[i]) and words[i][0] not in _OPEN

    start = cut
    for _ in range(4):
        prev = start - 1
        if prev < 3 or not bare(prev) or _core(words[start]).lower() in SENTENCE_OPENERS:
            break
        pair = words[prev] + " " + words[start]
        elsewhere = text.find(pair) not in (-1, tokens[prev][1]) or text.find(pair, tokens[prev][1] + 1) != -1
        modifier = _core(words[prev]).lower() in ROLE_MODIFIERS and (
            _is_role(words[start]) or _core(words[start]).lower() in ROLE_MODIFIERS)
        if _is_role(words[prev]) or modifier or (elsewhere and _cap(words[start]) and not _is_role(words[start])):
            start = prev
        else:
            break
    if start - 2 >= 3 and start != cut and _lower(words[start - 1]) and _core(words[start - 1]).lower() in NO_END \
            and _core(words[start - 2]).lower() in SENTENCE_OPENERS and _cap(words[start - 2]):
        return start - 2  # "... Has To Go | As the Trump White House continues"
    if start != cut or _is_role(words[start]):
        # a quotation closing just before the name ends the headline: "... 'Science Fiction' California Democratic Gov."
        for back in range(1, 4):
            i = start - back
            if i < 3 or not bare(i) or _core(words[i]).lower() in SMALL_WORDS:
                break
            if re.search(r"[a-z][\"'\u201d\u2019]$", words[i - 1]) and any(
                    w[0] in _OPEN for w in words[max(0, i - 6):i]):
                return i
    return start


def _attribution_end(words: list[str], k: int) -> int | None:
    """Index after "..., Experts Say" / "..., Says Report" inside the capitalised run before word k."""
    for a in range(3, k - 1):
        if _core(words[a]).lower() not in ATTRIBUTION or not _cap(words[a]):
            continue
        if any(_core(w).lower() in AUXILIARIES for w in words[a + 1:a + 4]):
            continue
        if words[a - 1].endswith(",") and _cap(words[a + 1]):
            return a + 2 if a + 2 < k else None  # "..., Says Report"
        if any(w.endswith(",") for w in words[max(0, a - 4):a - 1]) and _cap(words[a + 1]):
            return a + 1  # "..., Lawyers Say"
    return None


def _title_case_end(tokens: list[tuple[str, int, int]], limit: int) -> int | None:
    """Index of the body's first word when the text opens with a Title Case headline."""
    words = [t[0] for t in tokens]
    content = 0
    for k in range(limit + 2):
        word = words[k]
        if (_core(word).lower() in NO_END and not _cap(word)) or not _core(word):
            continue
        if _cap(word):
            content += 1
            continue
        # a lower-case content word: the headline ended a few capitalised words before it
        if content < 5:
            return None
        said = _attribution_end(words, k)
        if said is not None:
            return said
        for i in range(k - 1, max(2, k - 7), -1):
            # a capitalised article inside a Title Case run opens a sentence: "... Ecstatic The Federal ..."
            if _core(words[i]) in ("The", "A", "An") and _core(words[i - 1]).lower() not in SMALL_WORDS \
                    and not words[i - 1].endswith((":", "-")):
                return i
        start = k - 1
        while start > 2 and _lower(words[start]) and _core(words[start]).lower() in NO_END:
            start -= 1
        while start > 3 and _core(words[start - 1]).lower() in NO_END - PARTICLES:
            start -= 1  # "... Nuclear Power | Among the 2020 candidates"
            if _lower(words[start]) and _cap(words[start - 1]):
                start -= 1  # "... the Planet | Environmentalists in California are"
                break
        for i in range(start, max(2, start - 4), -1):
            if words[i].lower().rstrip(".") in TITLE_ABBREVIATIONS and words[i].endswith(".") and _cap(words[i - 1]):
                return i  # "... Narrative | Rep. Jane Doe said"
        for back in range(0, 2):
            i = start - back
            if i <= 2 or not _cap(words[i]):
                break
            if re.search(r"[\"'\u201d\u2019!?)]$", words[i - 1]):
                return i
        return start if start >= 3 else None
    return None


def _sentence_case_end(tokens: list[tuple[str, int, int]], limit: int) -> int | None:
    """Index of the body's first word after a sentence-case headline (best of the likely cuts)."""
    words = [t[0] for t in tokens]
    first_period = next((i for i, w in enumerate(words) if re.search(r"[.][\"'\u201d\u2019]*$", w)
                         and len(_core(w)) > 3), len(words))
    best: tuple[float, int] | None = None
    seen = {_core(w).lower().removesuffix("'s").removesuffix("\u2019s") for w in words[:5] if _cap(w)}
    for j in range(4, limit + 1):
        prev, word = words[j - 1], words[j]
        prev_core = _core(prev).lower()
        if prev_core in NO_END or prev.endswith((",", ":", ";")) or not (_cap(word) or word[0] in _OPEN):
            continue
        repeated = _core(word).lower().removesuffix("'s").removesuffix("\u2019s") in seen and _cap(word)
        same_name = j + 1 < len(words) and _cap(words[j + 1]) and _cap(words[0]) and _cap(words[1]) \
            and _core(word) == _core(words[0]) and _core(words[j + 1]) == _core(words[1])
        if repeated and _cap(prev) and not re.search(r"[\"'\u201d\u2019)]$", prev) and not same_name:
            continue  # "... President | Lincoln": the body's sentence starts at the title before the name
        if j > first_period and not repeated:
            continue
        opener = _core(word).lower() in SENTENCE_OPENERS and _lower(words[j + 1])
        if not (_lower(prev) or opener or repeated):
            continue
        if not any(_lower(w) for w in words[j + 1:j + 9]):
            continue
        score = abs(j - 11)
        if word[0] in _OPEN:
            score += 3
        if re.search(r"[\"'\u201d\u2019)]$", prev):
            score -= 4
        if repeated:
            score -= 1  # the body names the headline's subject again
        if best is None or score < best[0]:
            best = (score, j)
    return best[1] if best else None


def fallback_title(text: str, max_words: int = 12) -> str:
    """The opening words of the first sentence, as a stand-in headline."""
    paras = paragraph_spans(text)
    sents = sentence_spans(text, paras[:1])
    first = sents[0].slice(text) if sents else text.strip()
    words = first.split()
    if len(words) <= max_words:
        return first.rstrip(".")
    return " ".join(words[:max_words]).rstrip(",;:") + "\u2026"


def split_long_paragraph(text: str, target_chars: int = 500, max_sentences: int = 5) -> list[str]:
    """Groups the sentences of one very long paragraph into readable paragraphs of a few sentences."""
    spans = sentence_spans(text, paragraph_spans(text))
    if len(spans) <= 1:
        return [text.strip()]
    groups: list[str] = []
    start = spans[0].start
    count = 0
    for i, span in enumerate(spans):
        count += 1
        size = span.end - start
        last = i == len(spans) - 1
        if last or size >= target_chars or count >= max_sentences:
            groups.append(text[start:span.end].strip())
            if not last:
                start = spans[i + 1].start
            count = 0
    return [g for g in groups if g]
