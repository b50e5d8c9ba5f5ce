"""`parallax export FILE... --format md|html|pdf|json|csv -o OUT`: the comparison with the library's notes."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.command_line import CommandParser

FORMATS = ("md", "html", "pdf", "json", "csv")
SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json",
            ".jsonld": "json", ".csv": "csv"}


def _parser() -> CommandParser:
    parser = CommandParser(prog="parallax export",
                     description="Export the comparison of articles with the notes the library holds for them.")
    parser.add_argument("files", nargs="+", help="article files or URLs")
    parser.add_argument("--format", "-f", choices=FORMATS, help="output format (default: from OUT's suffix)")
    parser.add_argument("-o", "--output", metavar="OUT", required=True,
                        help="file to write ('-' for standard output, not for pdf)")
    parser.add_argument("--no-notes", action="store_true", help="leave the library alone: analysis marks only")
    return parser


def render(fmt: str, report: object) -> str:
    """The text of a md/html/json/csv export (PDF goes through the HTML)."""
    if fmt == "md":
        from reader.core.export.markdown import render_markdown as fn
    elif fmt in ("html", "pdf"):
        from reader.core.export.html_export import render_html as fn
    elif fmt == "json":
        from reader.core.export.w3c_json import render_w3c_json as fn
    else:
        from reader.core.export.csv_export import render_csv as fn
    return fn(report)  # type: ignore[arg-type]


def write_export(fmt: str, report: object, out: str) -> None:
    """Writes the export atomically (or to standard output for '-'); PDF alone imports Qt."""
    if fmt == "pdf":
        try:
            from reader.gui.pdf_writer import write_pdf
        except ImportError as exc:
            raise OSError(f"PDF needs Qt, which cannot be loaded ({exc})") from None
        write_pdf(render("pdf", report), Path(out))
        return
    text = render(fmt, report)
    if out == "-":
        sys.stdout.write(text)
        return
    from reader.core.store.atomic import atomic_write_text

    atomic_write_text(Path(out), ("\ufeff" if fmt == "csv" else "") + text)


def as_the_reader_left_them(documents: list, kept: dict[str, list[str]]) -> list:
    """The documents with the removed pieces the reader restored in the window put back (by source)."""
    from reader.core.annotations.sources import normalize_source
    from reader.core.documents.restoring import with_kept

    return [with_kept(d, kept.get(normalize_source(d.source), [])) for d in documents]


def cmd_export(argv: Sequence[str]) -> int:
    """Runs `parallax export`; 0 done, 1 done with some inputs skipped, 2 nothing written."""
    args = _parser().parse_args(list(argv))
    fmt = args.format or SUFFIXES.get(Path(args.output).suffix.lower())
    if fmt is None:
        print(f"parallax export: give --format ({'|'.join(FORMATS)}); "
              f"'{args.output}' does not say which", file=sys.stderr)
        return 2
    if fmt == "pdf" and args.output == "-":
        print("parallax export: a PDF needs a file name (-o OUT.pdf)", file=sys.stderr)
        return 2

    from reader.core.analysis import analyze
    from reader.core.export.inputs import load_documents
    from reader.core.export.report import build_report

    documents, errors = load_documents(args.files)
    for line in errors:
        print(line, file=sys.stderr)
    if not documents:
        print("parallax export: no article could be read", file=sys.stderr)
        return 2
    annotations, notes, corrections = [], [], []
    if not args.no_notes:
        from reader.core.annotations.library_notes import document_annotations
        from reader.core.store.errors import LibraryError
        from reader.core.store.library import Library

        try:
            with Library() as library:
                for line in library.notices:
                    print(line, file=sys.stderr)
                saved = library.find_comparison([library.add_document(doc) for doc in documents])
                if saved is not None:  # the reader's work on these files: pieces restored, notes, corrections
                    documents = as_the_reader_left_them(documents, saved.kept)
                    notes = library.comparison_notes(saved.id)
                    corrections = library.corrections(saved.id)
                for doc in documents:
                    annotations.extend(document_annotations(library, doc))
        except LibraryError as exc:
            print(f"parallax export: {exc}", file=sys.stderr)
            return 2
    try:
        comparison = analyze(documents)
        if corrections:
            from reader.core.analysis.corrections import apply_corrections

            skipped = apply_corrections(comparison, corrections)
            if skipped:
                print(f"parallax export: {len(skipped)} of {len(corrections)} correction(s) no longer fit the "
                      f"articles and were left out ({skipped[0]}{', …' if len(skipped) > 1 else ''})",
                      file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - a bug in one stage must not lose the notes' export
        print(f"parallax export: the analysis failed ({type(exc).__name__}: {exc}); "
              "exporting the notes without analysis marks", file=sys.stderr)
        from reader.core.analysis.model import Comparison

        comparison = Comparison(documents=documents)
        errors.append("analysis failed")
    report = build_report(comparison, annotations, notes)
    orphaned = sum(len(a.orphaned) for a in report.articles)
    try:
        write_export(fmt, report, args.output)
    except OSError as exc:
        print(f"{args.output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if orphaned:
        print(f"parallax export: {orphaned} note(s) whose passage is gone are listed as orphaned", file=sys.stderr)
    return 1 if errors else 0
