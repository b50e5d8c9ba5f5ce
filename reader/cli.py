"""The `parallax` command: the window (default), `analyze`, `export` and `notes`; only the window imports Qt."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reader import APP_NAME, APP_ID, __version__
from reader.core.command_line import CommandParser


def _version_text() -> str:
    return f"{APP_NAME} ({APP_ID}) {__version__}"


def _cmd_analyze(argv: Sequence[str]) -> int:
    parser = CommandParser(prog="parallax analyze", description="Analyse articles and print or write the comparison.",
                     epilog="Exit status: 0 all inputs read, 1 some skipped, 2 none usable or a wrong command line.")
    parser.add_argument("files", nargs="+", help="article files (txt, md, html, pdf) or http(s) URLs")
    parser.add_argument("--json", metavar="OUT", help="write the analysis JSON to OUT")
    args = parser.parse_args(argv)

    from reader.core.export.inputs import load_documents

    documents, errors = load_documents(args.files)
    for line in errors:
        print(line, file=sys.stderr)
    if not documents:
        return 2  # each input already has its one line on stderr
    from reader.core.analysis import analyze

    comparison = analyze(documents)
    if args.json:
        from reader.core.export.analysis_json import write_analysis_json

        try:
            write_analysis_json(comparison, Path(args.json))
        except OSError as exc:
            print(f"{args.json}: cannot write: {exc.strerror or exc}", file=sys.stderr)
            return 2
    else:
        from reader.core.export.summary import summary_text

        print(summary_text(comparison))
    return 1 if errors else 0


def _cmd_gui(argv: Sequence[str]) -> int:
    parser = CommandParser(prog="parallax", description="Compare how several articles tell the same story.",
                     epilog="Other commands: parallax analyze|export|notes --help")
    parser.add_argument("--version", action="version", version=_version_text())
    parser.add_argument("files", nargs="*", help="articles or URLs to open (default: the last comparison)")
    parser.add_argument("--screenshot", metavar="OUT.png", help="save a picture of the window once the analysis is shown, then exit")
    args = parser.parse_args(argv)
    try:
        from reader.gui.app import run_app
    except ImportError as exc:
        print(f"parallax: the window cannot start: {exc}", file=sys.stderr)
        return 2
    return run_app(args.files, screenshot=args.screenshot)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `parallax` console command."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "analyze":
            return _cmd_analyze(args[1:])
        if args and args[0] == "export":
            from reader.core.export.command import cmd_export

            return cmd_export(args[1:])
        if args and args[0] == "notes":
            from reader.core.annotations.command import cmd_notes

            return cmd_notes(args[1:])
        return _cmd_gui(args)
    except KeyboardInterrupt:
        return 130
