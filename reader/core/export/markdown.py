"""Markdown export (reads well in Obsidian): comparison tables first, then per article its marks and notes."""

from __future__ import annotations

from reader import __version__
from reader.core.annotations.model import Annotation, now_iso, tag_line
from reader.core.export.report import doc_title, grouped, mark_facts, ArticleReport, Entry, Report
from reader.core.export.tables import Table

CATEGORY_NAMES = {"event": "Event", "blame": "Blame", "recommendation": "Recommendation", "note": "Note"}


def _cell(items: list[str]) -> str:
    text = "<br>".join(items) if items else "—"
    return text.replace("|", "\\|").replace("\n", " ")


def table_markdown(table: Table, n_articles: int) -> list[str]:
    lines = [f"## {table.title}", ""]
    if not table.rows:
        return lines + ["*None found.*", ""]
    header = [table.corner] + [f"A{i}" for i in range(1, n_articles + 1)]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for row in table.rows:
        lines.append("| " + " | ".join([_cell([row.label])] + [_cell(c) for c in row.cells]) + " |")
    return lines + [""]


def blockquote(text: str) -> list[str]:
    return ["> " + line if line.strip() else ">" for line in text.strip().splitlines()] or [">"]


def location(entry_paragraph: int, start: int, end: int) -> str:
    where = f"paragraph {entry_paragraph}, " if entry_paragraph > 0 else ""
    return f"{where}characters {start}–{end}"


def _mark_lines(group: list[Entry]) -> list[str]:
    first = group[0]
    kinds = " · ".join(dict.fromkeys(CATEGORY_NAMES[e.mark.kind] for e in group if e.mark))
    lines = [f"#### {kinds} (analysis) · {location(first.paragraph, first.start, first.end)}", ""]
    lines += blockquote(first.quote)
    facts = [mark_facts(e.mark) for e in group if e.mark]
    for line in dict.fromkeys(f for f in facts if f):
        lines += ["", f"*{line}*"]
    return lines + [""]


def _note_lines(a: Annotation, paragraph: int, orphaned: bool = False) -> list[str]:
    kind = "Note" if a.body else "Highlight"
    where = "orphaned: its passage was not found in the current text" if orphaned else \
        location(paragraph, a.target.start, a.target.end)
    if a.category != "note":
        kind += f" · {CATEGORY_NAMES.get(a.category, a.category)}"
    lines = [f"#### {kind} · {where}", ""]
    lines += blockquote(a.target.exact)
    if a.body:
        lines += ["", a.body.strip()]
    if a.tags:
        lines += ["", tag_line(a.tags)]
    return lines + [""]


def article_markdown(art: ArticleReport) -> list[str]:
    doc = art.document
    lines = [f"## A{art.number}. {doc_title(doc)}", ""]
    meta = " · ".join(x for x in (doc.outlet, doc.author, doc.date) if x)
    lines += [f"Source: `{doc.source}`" + (f" · {meta}" if meta else ""), ""]
    if not art.entries and not art.orphaned:
        lines += ["*No marks or notes.*", ""]
    for group in grouped(art.entries):
        if group[0].annotation is not None:
            lines += _note_lines(group[0].annotation, group[0].paragraph)
        else:
            lines += _mark_lines(group)
    if art.orphaned:
        lines += ["### Orphaned notes", ""]
        for a in art.orphaned:
            lines += _note_lines(a, 0, orphaned=True)
    return lines


def render_markdown(report: Report) -> str:
    """The Markdown text of the report."""
    n = len(report.articles)
    lines = [f"# {report.title}", "", f"*Exported by Parallax {__version__} on {now_iso()[:10]}.*", "",
             "## Articles", ""]
    for art in report.articles:
        doc = art.document
        lines.append(f"- **A{art.number}** {doc_title(doc)} (`{doc.source}`)")
    lines.append("")
    for table in report.tables:
        lines += table_markdown(table, n)
    if report.notes:
        lines += ["## Comparison notes", ""]
        for note in report.notes:
            lines += [note.body.strip()] + ([tag_line(note.tags)] if note.tags else []) + [""]
    for art in report.articles:
        lines += article_markdown(art)
    return "\n".join(lines).rstrip() + "\n"
