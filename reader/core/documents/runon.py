"""Handles articles saved as one long line: finds a headline glued to the body and splits the body into paragraphs."""

from __future__ import annotations

import re

from reader.core.documents.segmentation import paragraph_spans, sentence_spans

# Words that stay lower-case in a Title Case headline, and that a headline never ends with.
SMALL_WORDS = frozenset(
    """a an the and or but nor for of to in on at by with from as into onto over under about
    vs via per than up off out is are was be its his her their our my your""".split()
)
_OPEN = "\"'\u201c\u2018("
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
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text[:600])]
    if len(tokens) < 8:
        return None
    limit = min(max_words, len(tokens) - 3)
    # 1. A headline closed by "!", "?" or "...", followed by a capitalised word.
    for i in range(2, limit):
        if _ends_clause(tokens[i][0]) and _cap(tokens[i + 1][0]):
            return text[:tokens[i][2]].strip(), tokens[i + 1][1]
    # 2. A Title Case run that ends where a sentence-case sentence starts.
    cut = _title_case_end(tokens, limit)
    if cut is not None:
        return text[:tokens[cut - 1][2]].strip(), tokens[cut][1]
    # 3. A sentence-case headline: a content word followed by a capitalised word opening the first sentence.
    cut = _sentence_case_end(tokens, limit)
    if cut is not None:
        return text[:tokens[cut - 1][2]].strip(), tokens[cut][1]
    return None


def _title_case_end(tokens: list[tuple[str, int, int]], limit: int) -> int | None:
    words = [t[0] for t in tokens]
    for j in range(3, limit):
        head = [w for w in words[:j] if _core(w).lower() not in SMALL_WORDS]
        if len(head) < 3 or sum(_cap(w) for w in head) < 0.85 * len(head):
            return None  # not (or no longer) a Title Case run
        if not (_cap(words[j]) and _lower(words[j + 1]) and _lower(words[j + 2])):
            continue
        # words[j] opens a sentence-case sentence; a capitalised name before it belongs to the body
        # when the headline visibly closes right before that name ("... Crisis" Jane Doe has said).
        for back in (1, 2, 3):
            k = j - back
            if k <= 2 or not _cap(words[k]):
                break
            if re.search(r"[\"'\u201d\u2019!?)]$", words[k - 1]):
                return k
        start = j
        return start
    return None


def _sentence_case_end(tokens: list[tuple[str, int, int]], limit: int) -> int | None:
    words = [t[0] for t in tokens]
    first_period = next((i for i, w in enumerate(words) if re.search(r"[.][\"'\u201d\u2019]*$", w) and len(_core(w)) > 3), len(words))
    for j in range(4, min(limit, first_period) + 1):
        prev, word = words[j - 1], words[j]
        if not _lower(prev) or _core(prev).lower() in SMALL_WORDS or prev.endswith((",", ":", ";")):
            continue
        if not (_cap(word) or word[0] in _OPEN):
            continue
        if not any(_lower(w) for w in words[j + 1:j + 6]):
            continue
        return j
    return None


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
