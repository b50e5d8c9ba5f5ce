"""What every export shows: per article its marks and notes in text order, orphaned notes, tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.analysis.model import Comparison
from reader.core.annotations.anchoring import reanchor
from reader.core.annotations.marks import Mark, comparison_marks
from reader.core.annotations.model import Annotation, ComparisonNote
from reader.core.annotations.sources import normalize_source
from reader.core.documents.model import Document
from reader.core.export.tables import Table, comparison_tables


@dataclass
class Entry:
    """One mark or note of an article, where it stands in the text."""

    start: int
    end: int
    quote: str
    paragraph: int  # 1-based, 0 when unknown
    mark: Mark | None = None
    annotation: Annotation | None = None

    @property
    def is_note(self) -> bool:
        return self.annotation is not None


@dataclass
class ArticleReport:
    """One article: its document, entries in text order, and its orphaned notes."""

    number: int
    document: Document
    entries: list[Entry] = field(default_factory=list)
    orphaned: list[Annotation] = field(default_factory=list)


@dataclass
class Report:
    """The whole export: articles, comparison tables, comparison notes."""

    comparison: Comparison
    articles: list[ArticleReport]
    tables: list[Table]
    notes: list[ComparisonNote]
    title: str

    def annotations(self) -> list[Annotation]:
        """Every reader's annotation in the report, anchored then orphaned, per article."""
        out: list[Annotation] = []
        for art in self.articles:
            out.extend(e.annotation for e in art.entries if e.annotation is not None)
            out.extend(art.orphaned)
        return out


def mark_facts(mark: Mark) -> str:
    """One line saying why a passage is marked: event or group, whom, voice, cue."""
    facts = []
    if mark.group:
        facts.append(f"{'event' if mark.kind == 'event' else 'group'}: {mark.group}")
    if mark.actor:
        facts.append(f"{'blames' if mark.kind == 'blame' else 'who should act'}: {mark.actor}")
    if mark.source:
        facts.append(f"voice: {mark.source}")
    if mark.cue:
        facts.append(f"cue: “{mark.cue}”")
    return " · ".join(facts)


def grouped(entries: list[Entry]) -> list[list[Entry]]:
    """Entries with marks on the same passage side by side joined in one group (a note stays alone)."""
    groups: list[list[Entry]] = []
    for e in entries:
        last = groups[-1][-1] if groups else None
        if last is not None and e.mark is not None and last.mark is not None \
                and (last.start, last.end) == (e.start, e.end):
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def doc_title(doc: Document) -> str:
    """The document's title on one line (its source when it has none)."""
    return " ".join((doc.title or "").split()) or doc.source


def belongs_to(annotation: Annotation, doc: Document) -> bool:
    """An annotation belongs to a document with its source, or with the very text it was made on."""
    return annotation.doc_hash == doc.content_hash or \
        normalize_source(annotation.source) == normalize_source(doc.source)


def build_report(comparison: Comparison, annotations: list[Annotation] | None = None,
                 notes: list[ComparisonNote] | None = None, title: str = "") -> Report:
    """Sorts marks and (re-anchored) annotations by article and position."""
    marks = comparison_marks(comparison)
    annotations = list(annotations or [])
    articles: list[ArticleReport] = []
    for number, doc in enumerate(comparison.documents, start=1):
        art = ArticleReport(number, doc)
        for m in marks:
            if m.doc == doc.id:
                art.entries.append(Entry(m.start, m.end, m.text, doc.paragraph_of(m.start) + 1, mark=m))
        for a in annotations:
            if not belongs_to(a, doc):
                continue
            a = reanchor(a, doc.text, doc.content_hash)
            if a.orphaned:
                art.orphaned.append(a)
            else:
                art.entries.append(Entry(a.target.start, a.target.end, a.target.exact,
                                         doc.paragraph_of(a.target.start) + 1, annotation=a))
        art.entries.sort(key=lambda e: (e.start, e.end, e.is_note))
        articles.append(art)
    if not title:
        count = len(comparison.documents)
        title = f"Comparison of {count} article{'s' if count != 1 else ''}"
    return Report(comparison, articles, comparison_tables(comparison), list(notes or []), title)
