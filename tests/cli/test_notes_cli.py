"""`parallax notes import/list` and `parallax export`: notes follow their passage when the file changes."""

from __future__ import annotations

import json

from reader.cli import main
from reader.core.store.library import Library

ARTICLE = (
    "Council delays harbour budget\n\n"
    "The council met on Monday to discuss the new budget for the harbour district.\n\n"
    "The mayor said the city would restore the evening ferries before the summer season, "
    "but critics doubted that the money would be found in time.\n\n"
    "A final vote on the budget is expected next month.\n"
)
QUOTE = "the city would restore the evening ferries before the summer season"


def _collection(path, quote=QUOTE, text=ARTICLE, body="Promised before? Check last year's pledge.",
                tags=("ferries", "promises")) -> dict:
    start = text.index(quote)
    item = {
        "id": "urn:uuid:0d6f7c5e-1111-4a8e-9c1a-3e4b5c6d7e8f",
        "type": "Annotation",
        "motivation": "commenting",
        "body": [{"type": "TextualBody", "purpose": "commenting", "format": "text/markdown", "value": body}]
        + [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in tags],
        "target": {"source": path.resolve().as_uri(), "selector": [
            {"type": "TextQuoteSelector", "exact": quote, "prefix": text[max(0, start - 32):start],
             "suffix": text[start + len(quote):start + len(quote) + 32]},
            {"type": "TextPositionSelector", "start": start, "end": start + len(quote)}]},
    }
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
            "first": {"type": "AnnotationPage", "items": [item]}}


def _import(tmp_path, data, capsys) -> int:
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(data), encoding="utf-8")
    status = main(["notes", "import", str(notes)])
    return status


def _export_md(tmp_path, article, capsys) -> str:
    out = tmp_path / "out.md"
    assert main(["export", str(article), "--format", "md", "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_import_then_export_shows_the_note_with_its_quote(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _import(tmp_path, _collection(article), capsys) == 0
    assert "imported 1 note(s)" in capsys.readouterr().out
    with Library() as lib:
        assert [d.source for d in lib.documents()] == [str(article.resolve())]  # loaded into the library
    md = _export_md(tmp_path, article, capsys)
    assert f"> {QUOTE}" in md
    assert "Promised before? Check last year's pledge." in md and "#ferries #promises" in md


def test_note_follows_its_passage_after_the_file_is_edited(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _import(tmp_path, _collection(article), capsys) == 0
    edited = ARTICLE.replace("The council met", "Protesters gathered outside before dawn.\n\nThe council met")
    edited = edited.replace("restore the evening ferries", "reinstate the evening ferries")
    article.write_text(edited, encoding="utf-8")
    md = _export_md(tmp_path, article, capsys)
    assert "> the city would reinstate the evening ferries before the summer season" in md
    assert "Orphaned" not in md
    from reader.core.export.inputs import load_document

    clean = load_document(str(article), "d1").text  # offsets count in the cleaned text
    start = clean.index("the city would reinstate")
    assert f"characters {start}–" in md
    capsys.readouterr()
    assert main(["notes", "list", str(article)]) == 0
    out = capsys.readouterr().out
    assert "[anchored]" in out and "reinstate the evening ferries" in out and "#ferries" in out


def test_deleted_passage_is_exported_as_orphaned(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _import(tmp_path, _collection(article), capsys) == 0
    paragraph = ARTICLE[ARTICLE.index("The mayor"):ARTICLE.index("A final vote")]
    article.write_text(ARTICLE.replace(paragraph, ""), encoding="utf-8")
    md = _export_md(tmp_path, article, capsys)
    orphans = md[md.index("### Orphaned notes"):]
    assert f"> {QUOTE}" in orphans and "Promised before?" in orphans
    capsys.readouterr()
    main(["notes", "list"])
    assert "[orphaned]" in capsys.readouterr().out


def test_json_export_imports_back_the_same_notes(tmp_path, capsys, monkeypatch):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _import(tmp_path, _collection(article), capsys) == 0
    with Library() as lib:
        before = lib.annotations()
    out = tmp_path / "export.json"
    assert main(["export", str(article), "-o", str(out)]) == 0
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "data2"))  # a fresh, empty library
    assert main(["notes", "import", str(out)]) == 0
    with Library() as lib:
        assert lib.annotations() == before


def test_list_and_single_annotation_are_imported(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    item = _collection(article)["first"]["items"][0]
    assert _import(tmp_path, item, capsys) == 0
    assert _import(tmp_path, [item], capsys) == 0  # same id: replaced, not doubled
    with Library() as lib:
        assert len(lib.annotations()) == 1


def test_bad_import_inputs(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["notes", "import", str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"{bad}: not JSON")
    assert main(["notes", "import", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad.write_text('{"hello": 1}', encoding="utf-8")
    assert main(["notes", "import", str(bad)]) == 2
    assert "not a W3C annotation" in capsys.readouterr().err
    missing_doc = _collection(tmp_path / "gone.txt")
    assert _import(tmp_path, missing_doc, capsys) == 1  # kept, but its document could not be read
    err = capsys.readouterr().err
    assert "gone.txt" in err and "Traceback" not in err


def test_import_uses_the_library_copy_when_the_file_is_gone(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["notes", "list", str(article)]) == 0  # puts the document in the library
    article.unlink()
    assert _import(tmp_path, _collection(article), capsys) == 0
    with Library() as lib:
        [a] = lib.annotations()
        assert not a.orphaned and a.doc_hash == lib.documents()[0].content_hash


def test_damaged_library_is_reported_on_the_command_line(tmp_path, capsys):
    from reader.paths import data_dir

    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "library.sqlite3").write_bytes(b"not a database " * 100)
    assert main(["notes", "list"]) == 0
    err = capsys.readouterr().err
    assert "damaged" in err and "library.sqlite3.damaged-" in err and "Traceback" not in err
    assert list(data_dir().glob("library.sqlite3.damaged-*"))


def test_unusable_data_folder_is_a_one_line_error(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(blocker / "data"))
    assert main(["notes", "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "cannot create the data folder" in err
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["export", str(article), "-o", str(tmp_path / "x.md")]) == 2
    assert "cannot create the data folder" in capsys.readouterr().err
