"""Self-contained, printable HTML export: inline CSS, no scripts, no external resources."""

from __future__ import annotations

import re
from html import escape

from reader import __version__
from reader.core.annotations.model import Annotation, now_iso, tag_line
from reader.core.export.markdown import CATEGORY_NAMES, location
from reader.core.export.report import doc_title, grouped, mark_facts, ArticleReport, Entry, Report
from reader.core.export.tables import Table

COLOURS = {"event": "#fff3b0", "blame": "#ffd6d6", "recommendation": "#d6ecff", "note": "#e3f5d6"}

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
       color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.1em; } h4 { font-size: 0.95em; margin: 1em 0 0.3em; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; page-break-inside: auto; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.4em; vertical-align: top; text-align: left; }
th { background: #eee; } tr { page-break-inside: avoid; }
td.empty { color: #999; text-align: center; }
blockquote { margin: 0.3em 0 0.3em 0.5em; padding: 0.3em 0.8em; border-left: 4px solid #999; }
.facts { font-style: italic; color: #444; font-size: 0.9em; }
.note { white-space: pre-wrap; margin: 0.3em 0; }
.tags { color: #555; font-size: 0.9em; }
.orphaned { color: #8a2a00; }
.source { font-family: monospace; font-size: 0.85em; color: #555; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


_INLINE = [
    (re.compile(r"`([^`\n]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"<i>\1</i>"),
    (re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)"), r"\1 (\2)"),  # links as text: nothing to follow in print
]


def markdown_html(text: str) -> str:
    """A note's Markdown as safe HTML: escaped first, then bold, italic, code and links as text."""
    out = escape(text.strip())
    for pattern, repl in _INLINE:
        out = pattern.sub(repl, out)
    return out


def _table_html(table: Table, n_articles: int) -> str:
    parts = [f"<h2>{escape(table.title)}</h2>"]
    if not table.rows:
        return parts[0] + "<p><em>None found.</em></p>"
    head = "".join(f"<th>A{i}</th>" for i in range(1, n_articles + 1))
    parts.append(f"<table><thead><tr><th>{escape(table.corner)}</th>{head}</tr></thead><tbody>")
    for row in table.rows:
        cells = "".join(
            f"<td>{'<br>'.join(escape(x) for x in cell)}</td>" if cell else '<td class="empty">—</td>'
            for cell in row.cells)
        parts.append(f"<tr><th>{escape(row.label)}</th>{cells}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _quote(text: str, category: str) -> str:
    colour = COLOURS.get(category, "#eeeeee")
    return f'<blockquote style="background: {colour}">{escape(text.strip())}</blockquote>'


def _mark_html(group: list[Entry]) -> str:
    first = group[0]
    kinds = " · ".join(dict.fromkeys(CATEGORY_NAMES[e.mark.kind] for e in group if e.mark))
    head = f"{kinds} (analysis) · {location(first.paragraph, first.start, first.end)}"
    facts = dict.fromkeys(f for f in (mark_facts(e.mark) for e in group if e.mark) if f)
    colour_of = first.mark.kind if first.mark else "note"
    return (f"<h4>{escape(head)}</h4>{_quote(first.quote, colour_of)}"
            + "".join(f'<p class="facts">{escape(f)}</p>' for f in facts))


def _note_html(a: Annotation, paragraph: int, orphaned: bool = False) -> str:
    where = "orphaned: its passage was not found in the current text" if orphaned else \
        location(paragraph, a.target.start, a.target.end)
    kind = "Note" if a.body else "Highlight"
    if a.category != "note":
        kind += f" · {CATEGORY_NAMES.get(a.category, a.category)}"
    head = f"{kind} · {where}"
    cls = ' class="orphaned"' if orphaned else ""
    out = f"<h4{cls}>{escape(head)}</h4>{_quote(a.target.exact, a.category)}"
    if a.body:
        out += f'<div class="note">{markdown_html(a.body)}</div>'
    if a.tags:
        out += f'<p class="tags">{escape(tag_line(a.tags))}</p>'
    return out


def _article_html(art: ArticleReport) -> str:
    doc = art.document
    meta = " · ".join(x for x in (doc.outlet, doc.author, doc.date) if x)
    parts = [f"<h2>A{art.number}. {escape(doc_title(doc))}</h2>",
             f'<p class="source">{escape(doc.source)}{escape(" · " + meta) if meta else ""}</p>']
    if not art.entries and not art.orphaned:
        parts.append("<p><em>No marks or notes.</em></p>")
    for group in grouped(art.entries):
        first = group[0]
        parts.append(_note_html(first.annotation, first.paragraph) if first.annotation else _mark_html(group))
    if art.orphaned:
        parts.append('<h3 class="orphaned">Orphaned notes</h3>')
        parts.extend(_note_html(a, 0, orphaned=True) for a in art.orphaned)
    return "\n".join(parts)


def render_html(report: Report) -> str:
    """The whole report as one HTML page that needs nothing else to display or print."""
    n = len(report.articles)
    articles = "".join(f"<li><b>A{a.number}</b> {escape(doc_title(a.document))}</li>"
                       for a in report.articles)
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{escape(report.title)}</title><style>{CSS}</style></head><body>",
             f"<h1>{escape(report.title)}</h1>",
             f'<p class="facts">Exported by Parallax {escape(__version__)} on {now_iso()[:10]}.</p>',
             f"<h2>Articles</h2><ul>{articles}</ul>"]
    parts.extend(_table_html(t, n) for t in report.tables)
    if report.notes:
        parts.append("<h2>Comparison notes</h2>")
        for note in report.notes:
            parts.append(f'<div class="note">{markdown_html(note.body)}</div>')
            if note.tags:
                parts.append(f'<p class="tags">{escape(tag_line(note.tags))}</p>')
    parts.extend(_article_html(a) for a in report.articles)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
