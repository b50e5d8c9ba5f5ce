"""`parallax notes import FILE.json` and `parallax notes list [FILE...]`: the library's notes from the shell."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from reader.core.annotations.model import Annotation, tag_line
from reader.core.command_line import CommandParser


def _parser() -> CommandParser:
    parser = CommandParser(prog="parallax notes", description="Import and list the notes of the library.")
    sub = parser.add_subparsers(dest="action", required=True, parser_class=CommandParser)
    imp = sub.add_parser("import", help="read a W3C Web Annotation collection, list or annotation")
    imp.add_argument("file", help="JSON file")
    lst = sub.add_parser("list", help="print the notes (of these files, or all)")
    lst.add_argument("files", nargs="*", help="article files or URLs")
    return parser


def _one_line(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def format_annotation(a: Annotation) -> str:
    """One printed line: status, offsets, quote, note, tags."""
    parts = [f"  [{a.status}] {a.target.start}-{a.target.end} {a.category}", f"“{_one_line(a.target.exact, 80)}”"]
    if a.body:
        parts.append(f"— {_one_line(a.body)}")
    if a.tags:
        parts.append(tag_line(a.tags))
    return "  ".join(parts)


def _import(path: str) -> int:
    from reader.core.annotations.library_notes import W3CError, import_w3c
    from reader.core.export.inputs import load_document
    from reader.core.store.library import Library

    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except OSError as exc:
        print(f"{path}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{path}: not JSON: {exc}", file=sys.stderr)
        return 2
    with Library() as library:
        for line in library.notices:
            print(line, file=sys.stderr)
        try:
            result = import_w3c(library, data, lambda source: load_document(source, "d1"))
        except W3CError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
    for line in result.problems:
        print(f"{path}: {line}", file=sys.stderr)
    orphaned = sum(a.orphaned for a in result.imported)
    print(f"imported {len(result.imported)} note(s)" + (f", {orphaned} orphaned" if orphaned else "")
          + (f"; {result.marks_skipped} analysis mark(s) skipped" if result.marks_skipped else ""))
    if not result.imported and result.problems:
        return 2
    return 1 if result.problems else 0


def _list(files: Sequence[str]) -> int:
    from reader.core.annotations.library_notes import document_annotations
    from reader.core.export.inputs import load_documents
    from reader.core.store.library import Library

    documents, errors = load_documents(files)
    for line in errors:
        print(line, file=sys.stderr)
    if files and not documents:
        return 2
    with Library() as library:
        for line in library.notices:
            print(line, file=sys.stderr)
        if files:
            groups = [(doc.source, document_annotations(library, doc)) for doc in documents]
        else:
            by_source: dict[str, list[Annotation]] = {}
            for a in library.annotations():
                by_source.setdefault(a.source, []).append(a)
            groups = sorted(by_source.items())
    for source, annotations in groups:
        print(f"{source}: {len(annotations)} note(s)")
        for a in annotations:
            print(format_annotation(a))
    return 1 if errors else 0


def cmd_notes(argv: Sequence[str]) -> int:
    """Runs `parallax notes`; exit status 0 done, 1 partly done, 2 nothing done."""
    args = _parser().parse_args(list(argv))
    from reader.core.store.errors import LibraryError

    try:
        return _import(args.file) if args.action == "import" else _list(args.files)
    except LibraryError as exc:
        print(f"parallax notes: {exc}", file=sys.stderr)
        return 2
