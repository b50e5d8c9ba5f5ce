"""CSV export: one row per analysis mark or reader's note, UTF-8 with a header, for spreadsheets."""

from __future__ import annotations

import csv
import io

from reader.core.export.report import doc_title, Report

COLUMNS = ["document", "kind", "category", "start", "end", "quote", "note", "tags", "cue", "source",
           "actor", "event/group", "status", "paragraph", "file"]


def csv_rows(report: Report) -> list[dict[str, str | int]]:
    """The rows, article by article in text order, orphaned notes last in their article."""
    rows: list[dict[str, str | int]] = []
    for art in report.articles:
        doc = art.document
        base = {"document": doc_title(doc), "file": doc.source}
        for e in art.entries:
            if e.annotation is not None:
                a = e.annotation
                rows.append({**base, "kind": "note", "category": a.category, "start": e.start, "end": e.end,
                             "quote": e.quote, "note": a.body, "tags": " ".join(a.tags), "status": a.status,
                             "paragraph": e.paragraph, "cue": "", "source": "", "actor": "",
                             "event/group": a.mark or ""})
            else:
                m = e.mark
                assert m is not None
                rows.append({**base, "kind": "mark", "category": m.kind, "start": e.start, "end": e.end,
                             "quote": e.quote, "note": "", "tags": "", "cue": m.cue, "source": m.source,
                             "actor": m.actor, "event/group": m.group, "status": "", "paragraph": e.paragraph})
        for a in art.orphaned:
            rows.append({**base, "kind": "note", "category": a.category, "start": a.target.start,
                         "end": a.target.end, "quote": a.target.exact, "note": a.body, "tags": " ".join(a.tags),
                         "status": a.status, "paragraph": "", "cue": "", "source": "", "actor": "",
                         "event/group": a.mark or ""})
    return rows


def render_csv(report: Report) -> str:
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_rows(report))
    return buf.getvalue()
