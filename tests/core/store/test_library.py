"""The library: tables, transactions, schema version, documents and corrections."""

from __future__ import annotations

import sqlite3

from reader.core.annotations.anchoring import make_target
from reader.core.annotations.model import Annotation
from reader.core.documents.model import Document, Span
from reader.core.store.library import FILE_NAME, Library
from reader.core.store.schema import SCHEMA_VERSION
from reader.paths import data_dir

TEXT = "First paragraph of the story.\n\nSecond paragraph, with a quote worth keeping."


def _doc(source: str = "/tmp/story.txt", text: str = TEXT) -> Document:
    return Document(id="d1", source=source, title="Story", text=text, author="A. Writer", date="2024-01-02",
                    paragraphs=[Span(0, 29), Span(31, len(text))], sentences=[Span(0, 29), Span(31, len(text))])


def test_default_location_is_the_data_folder():
    with Library() as lib:
        assert lib.path == data_dir() / FILE_NAME
    assert (data_dir() / FILE_NAME).exists()
    assert (data_dir() / (FILE_NAME + ".bak")).exists()


def test_wal_schema_version_and_tables(tmp_path):
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "comparisons", "annotations", "comparison_notes", "corrections"} <= tables


def test_documents_stored_once_and_read_back(tmp_path):
    with Library(tmp_path / "library.sqlite3") as lib:
        doc = _doc()
        first = lib.add_document(doc)
        assert lib.add_document(doc) == first
        changed = _doc(text=TEXT + " More.")
        assert lib.add_document(changed) != first  # same file, new text: a new version
        stored = lib.documents(source="/tmp/story.txt")
        assert [d.content_hash for d in stored] == [doc.content_hash, changed.content_hash]
        again = lib.document(first).to_document("x")
        assert again.text == TEXT and again.author == "A. Writer" and again.paragraphs == doc.paragraphs
        assert again.content_hash == doc.content_hash


def test_annotations_found_by_source_or_content_hash(tmp_path):
    with Library(tmp_path / "library.sqlite3") as lib:
        doc = _doc()
        start = TEXT.index("a quote")
        a = Annotation(target=make_target(TEXT, start, start + 7, doc.source), doc_hash=doc.content_hash,
                       body="note", tags=["t"])
        lib.put_annotation(a)
        assert lib.annotations_for(doc) == [a]
        moved = _doc(source="/elsewhere/renamed.txt")  # same text, another file name
        assert lib.annotations_for(moved) == [a]
        other = _doc(source="/tmp/other.txt", text="Different text entirely.")
        assert lib.annotations_for(other) == []


def test_comparisons_and_corrections_in_order(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        d = lib.add_document(_doc())
        cid = lib.add_comparison("Budget stories", [d])
        seqs = [lib.add_correction(cid, {"op": "unlink", "n": i}) for i in range(3)]
        lib.delete_correction(cid, seqs[1])
        lib.update_comparison(cid, name="Renamed", opened=True)
    with Library(path) as lib:
        assert lib.corrections(cid) == [{"op": "unlink", "n": 0}, {"op": "unlink", "n": 2}]
        assert lib.comparison(cid).name == "Renamed" and lib.comparison(cid).document_ids == [d]
        lib.replace_corrections(cid, [{"op": "merge"}])
        assert lib.corrections(cid) == [{"op": "merge"}]
        lib.delete_comparison(cid)
        assert lib.comparisons() == [] and lib.corrections(cid) == []


def test_failed_transaction_saves_nothing(tmp_path):
    with Library(tmp_path / "library.sqlite3") as lib:
        try:
            with lib.transaction() as conn:
                conn.execute("INSERT INTO comparisons (name, document_ids, created, last_opened) "
                             "VALUES ('x', '[]', 'now', 'now')")
                raise RuntimeError("interrupted")
        except RuntimeError:
            pass
        assert lib.comparisons() == []
