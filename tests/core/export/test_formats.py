"""Every export format from a comparison and its notes: content, order, escaping, round trip."""

from __future__ import annotations

import csv
import io
import json
import re

from reader.core.annotations.w3c import annotation_from_w3c, is_mark, w3c_items
from reader.core.export.command import write_export
from reader.core.export.csv_export import COLUMNS, render_csv
from reader.core.export.html_export import render_html
from reader.core.export.markdown import render_markdown
from reader.core.export.report import build_report
from reader.core.export.w3c_json import render_w3c_json, w3c_collection


def test_markdown_tables_first_then_articles_in_text_order(comparison, annotations):
    md = render_markdown(build_report(comparison, annotations))
    tables = [md.index(f"## {t} by article") for t in ("Events", "Blame", "Recommendations")]
    first_article = md.index("## A1. Harbour ferries cut again")
    assert tables == sorted(tables) and tables[-1] < first_article < md.index("## A2. Storm halts island ferries")
    assert "| Event | A1 | A2 |" in md
    row = [l for l in md.splitlines() if l.startswith("| Ferries stopped on Friday")][0]
    assert "Ferries stopped on Friday." in row and "On Friday the ferries stopped." in row
    only = [l for l in md.splitlines() if l.startswith("| Evening ferries")][0]
    assert only.rstrip().endswith("| — |")  # not told by A2
    for line in md.splitlines():  # a pipe inside a cell does not break the table
        if line.startswith("| "):
            assert len(re.split(r"(?<!\\)\|", line)) == 2 + 3, line
    a1 = md[first_article:md.index("## A2.")]
    order = [a1.index(s) for s in ("> The ministry failed", "> the mayor said", "> Ferries stopped on Friday.",
                                   "> restore the evening ferries")]
    assert order == sorted(order)
    assert "Who is the *mayor* quoting?" in a1 and "#sources #politics" in a1
    assert "paragraph 2" in a1 and "cue: “failed”" in a1 and "voice: the mayor" in a1


def test_markdown_lists_orphaned_notes_with_their_quote(comparison, annotations):
    md = render_markdown(build_report(comparison, annotations))
    orphans = md[md.index("### Orphaned notes"):md.index("## A2.")]
    assert "passage that was removed from the art" in orphans and "This passage vanished." in orphans
    assert "#lost" in orphans


def test_markdown_file_written(comparison, annotations, tmp_path):
    out = tmp_path / "notes.md"
    write_export("md", build_report(comparison, annotations), str(out))
    assert out.read_text(encoding="utf-8").startswith("# Comparison of 2 articles\n")


def test_html_is_self_contained_and_escaped(comparison, annotations):
    html = render_html(build_report(comparison, annotations))
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html, re.I)
    assert "@import" not in html and "url(" not in html
    assert "<style>" in html and "&quot;critics&quot;" in html
    assert html.count("<table>") == 3 and "<th>A2</th>" in html
    assert "Who is the <i>mayor</i> quoting?" in html and "Orphaned notes" in html
    assert "This passage vanished." in html


def test_csv_one_row_per_mark_or_note(comparison, annotations, tmp_path):
    out = tmp_path / "marks.csv"
    write_export("csv", build_report(comparison, annotations), str(out))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0].keys()) == COLUMNS
    marks = [r for r in rows if r["kind"] == "mark"]
    notes = [r for r in rows if r["kind"] == "note"]
    assert len(marks) == 3 + 2 + 2 and len(notes) == 3
    rec = [r for r in marks if r["category"] == "recommendation" and r["document"].startswith("Harbour")][0]
    assert rec["quote"] == 'The state must restore the evening ferries | before winter, "critics" argue.'
    assert rec["actor"] == "The state" and rec["cue"] == "must" and rec["event/group"] == "Restore ferry service"
    note = [r for r in notes if r["note"]][0]
    assert note["tags"] == "sources politics" and note["quote"] == "the mayor said"
    assert [r["status"] for r in notes].count("orphaned") == 1
    assert render_csv(build_report(comparison, [])).count("\r\n") == 1 + 7


def test_json_is_a_w3c_collection_with_marks_and_notes(comparison, annotations):
    data = json.loads(render_w3c_json(build_report(comparison, annotations)))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 7 + 3
    marks = [i for i in items if is_mark(i)]
    assert {m["parallax"]["kind"] for m in marks} == {"event", "blame", "recommendation"}
    blame = [m for m in marks if m["parallax"]["kind"] == "blame" and m["parallax"]["cue"] == "failed"][0]
    assert blame["parallax"]["source"] == "the mayor"
    assert {"type": "TextualBody", "purpose": "classifying", "value": "blame"} in blame["body"]
    for item in items:
        assert item["target"]["source"].startswith("file:///")
        kinds = [s["type"] for s in item["target"]["selector"]]
        assert kinds == ["TextQuoteSelector", "TextPositionSelector"]


def test_json_export_then_import_gives_the_same_annotations(comparison, annotations):
    data = json.loads(json.dumps(w3c_collection(build_report(comparison, annotations))))
    back = [annotation_from_w3c(i) for i in w3c_items(data) if not is_mark(i)]
    assert sorted(back, key=lambda a: a.id) == sorted(annotations, key=lambda a: a.id)


def test_annotations_of_a_changed_text_are_reanchored_in_the_report(comparison, annotations):
    d1 = comparison.documents[0]
    d1.text = "A new first line.\n\n" + d1.text
    report = build_report(comparison, annotations[:1])
    entry = [e for e in report.articles[0].entries if e.annotation][0]
    assert d1.text[entry.start:entry.end] == "the mayor said"


def test_marks_on_one_passage_are_shown_once_with_each_reason(comparison):
    d1 = comparison.documents[0]
    extra = comparison.blame[0]
    from dataclasses import replace

    comparison.blame.append(replace(extra, id="b3", actor=None, target="the island council", cue="failed"))
    md = render_markdown(build_report(comparison, []))
    a1 = md[md.index("## A1."):md.index("## A2.")]
    assert a1.count("> The ministry failed") == 1
    assert "blames: the ministry" in a1 and "blames: the island council" in a1
    html = render_html(build_report(comparison, []))
    assert html.count(escape_quote(d1.text[extra.start:extra.end])) == 1


def escape_quote(text: str) -> str:
    from html import escape

    return escape(text)


def test_note_markdown_becomes_safe_html():
    from reader.core.export.html_export import markdown_html

    assert markdown_html("A **strong** and *soft* `x<y` see [the report](https://example.org/r)") == (
        "A <b>strong</b> and <i>soft</i> <code>x&lt;y</code> see the report (https://example.org/r)")
    assert markdown_html("<script>alert(1)</script> 2 * 3 * 4") == "&lt;script&gt;alert(1)&lt;/script&gt; 2 * 3 * 4"
