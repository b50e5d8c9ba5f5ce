"""`parallax export`: every format for the sample comparison, notes re-anchored, Qt only for PDF."""

from __future__ import annotations

import csv
import io
import json
import re
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from reader.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_every_text_format_for_the_sample_comparison(seed_paths, tmp_path, fmt, capsys):
    out = tmp_path / f"sample.{fmt}"
    assert main(["export", *map(str, seed_paths), "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    if fmt == "md":
        assert len(re.findall(r"^## A\d\. ", text, re.M)) == 5 and "## Events by article" in text
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and len(re.findall(r"<h2>A\d\. ", text)) == 5
    elif fmt == "json":
        data = json.loads(text)
        assert data["type"] == "AnnotationCollection" and data["total"] == len(data["first"]["items"])
        sources = {i["target"]["source"] for i in data["first"]["items"]}
        assert sources <= {p.resolve().as_uri() for p in seed_paths}
    else:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert {r["file"] for r in rows} <= {str(p.resolve()) for p in seed_paths}


def test_pdf_of_the_sample_comparison_opens(seed_paths, tmp_path):
    out = tmp_path / "sample.pdf"
    result = subprocess.run([sys.executable, "-m", "reader", "export", *map(str, seed_paths), "-o", str(out)],
                            capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Events by article" in text and "A5." in text


NO_QT = textwrap.dedent("""
    import sys
    from reader.cli import main
    status = main(sys.argv[1:])
    leaked = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
    print("QT:" + ",".join(leaked))
    sys.exit(status)
""")


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_text_formats_never_import_qt(seed_paths, tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    result = subprocess.run([sys.executable, "-c", NO_QT, "export", str(seed_paths[0]), str(seed_paths[1]),
                             "-o", str(out)], capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:"
    assert out.stat().st_size > 0


def test_bad_inputs_give_one_line_errors(tmp_path, seed_paths, capsys):
    assert main(["export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.md")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(str(tmp_path / "missing.txt")) and "Traceback" not in "".join(err)
    assert main(["export", str(seed_paths[0]), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "y.md")]) == 1
    assert (tmp_path / "y.md").exists()
    capsys.readouterr()
    assert main(["export", str(seed_paths[0]), "-o", str(tmp_path / "x.weird")]) == 2
    assert "--format" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["export", str(seed_paths[0]), "--format", "docx", "-o", "x"])
    assert exc.value.code == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["export", str(seed_paths[0]), "-o", str(blocker / "out.md")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_markdown_to_standard_output(seed_paths, capsys):
    assert main(["export", str(seed_paths[0]), "--format", "md", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# Comparison of 1 article\n")


def test_comparison_notes_of_a_saved_comparison_are_exported(seed_paths, tmp_path):
    from reader.core.annotations.model import ComparisonNote
    from reader.core.export.inputs import load_document
    from reader.core.store.library import Library

    files = [str(p) for p in seed_paths[:2]]
    with Library() as lib:
        ids = [lib.add_document(load_document(f, "d")) for f in reversed(files)]
        cid = lib.add_comparison("Two takes", ids)
        lib.put_comparison_note(ComparisonNote(cid, "Neither names the *donors*.", ["funding"]))
    out = tmp_path / "c.md"
    assert main(["export", *files, "-o", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    assert "## Comparison notes" in md and "Neither names the *donors*." in md and "#funding" in md
    edited = tmp_path / Path(files[1]).name  # a file edited since: still the same comparison
    edited.write_text(Path(files[1]).read_text(encoding="utf-8") + "\n\nA paragraph added later.\n", encoding="utf-8")
    with Library() as lib:
        ids = [lib.add_document(load_document(f, "d")) for f in (files[0], str(edited))]
        lib.update_comparison(cid, document_ids=ids)
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nAnother one.\n", encoding="utf-8")
    assert main(["export", files[0], str(edited), "-o", str(out)]) == 0
    assert "Neither names the *donors*." in out.read_text(encoding="utf-8")
    assert main(["export", files[0], "-o", str(out)]) == 0  # another set of documents: not its notes
    assert "Neither names" not in out.read_text(encoding="utf-8")


def test_a_failing_analysis_still_exports_the_notes(seed_paths, tmp_path, capsys, monkeypatch):
    import reader.core.analysis as analysis

    def broken(documents, progress=None):
        raise RuntimeError("stage exploded")

    monkeypatch.setattr(analysis, "analyze", broken)
    out = tmp_path / "x.md"
    assert main(["export", str(seed_paths[0]), "-o", str(out)]) == 1
    assert "the analysis failed (RuntimeError: stage exploded)" in capsys.readouterr().err
    assert "## A1." in out.read_text(encoding="utf-8")
