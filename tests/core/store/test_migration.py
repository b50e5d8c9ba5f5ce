"""Schema 2: documents keep what `restore` needs, comparisons the restored pieces; older libraries migrate."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest

from reader.core.documents.errors import LoadError
from reader.core.documents.loader import load_path, restore
from reader.core.store.library import Library
from reader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, schema_version


def _version_1_library(path, doc) -> None:
    """A library as Parallax wrote it before schema 2, holding one document and one comparison."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    meta = {"author": doc.author, "outlet": doc.outlet, "date": doc.date,
            "paragraphs": [[p.start, p.end] for p in doc.paragraphs],
            "sentences": [[s.start, s.end] for s in doc.sentences]}
    conn.execute("INSERT INTO documents (content_hash, source, title, metadata, text, added) VALUES (?, ?, ?, ?, ?, ?)",
                 (doc.content_hash, doc.source, doc.title, json.dumps(meta), doc.text, "2024-01-01T00:00:00Z"))
    conn.execute("INSERT INTO comparisons (name, document_ids, created, last_opened) VALUES ('old', '[1]', 'x', 'x')")
    conn.execute("INSERT INTO corrections (comparison_id, seq, json) VALUES (1, 1, '{\"kind\": \"dismiss\"}')")
    conn.close()


@pytest.fixture
def sample(seed_paths):
    return load_path(seed_paths[1], "d1")


def test_schema_version_is_two():
    assert SCHEMA_VERSION == 2


def test_a_version_1_library_is_migrated_and_keeps_everything(tmp_path, sample):
    path = tmp_path / "library.sqlite3"
    _version_1_library(path, sample)
    with Library(path) as lib:
        assert schema_version(lib._conn) == SCHEMA_VERSION
        stored = lib.document(1)
        assert stored.text == sample.text and stored.title == sample.title
        assert (stored.raw_text, stored.hints, stored.kept, stored.removed) == ("", {}, [], [])
        assert lib.comparison(1).name == "old" and lib.comparison(1).kept == {}
        assert lib.corrections(1) == [{"kind": "dismiss"}]
        old = stored.to_document("d1")
        assert old.paragraphs == sample.paragraphs
    with pytest.raises(LoadError, match="text before cleaning was not kept"):
        restore(dataclasses.replace(old, removed=sample.removed), 0)


def test_a_migrated_document_learns_its_raw_text_when_read_again(tmp_path, sample):
    path = tmp_path / "library.sqlite3"
    _version_1_library(path, sample)
    with Library(path) as lib:
        assert lib.add_document(sample) == 1  # the same text from the same file: the same row, filled in
        again = lib.document(1).to_document("d1")
    assert again.raw_text == sample.raw_text and again.removed == sample.removed
    assert restore(again, 0).text == restore(sample, 0).text


def test_restore_works_on_a_document_read_back_from_the_library(tmp_path, sample):
    path = tmp_path / "library.sqlite3"
    piece = next(i for i, r in enumerate(sample.removed) if r.reason == "repeated caption")
    restored = restore(sample, piece)
    with Library(path) as lib:
        first, second = lib.add_document(sample), lib.add_document(restored)
    with Library(path) as lib:  # reopened: everything comes from the file
        back = lib.document(first).to_document("d1")
        back_restored = lib.document(second).to_document("d1")
    assert back.removed == sample.removed and back.hints == sample.hints and back.kept == ()
    again = restore(back, piece)
    assert again.text == restored.text and again.kept == restored.kept
    assert back_restored.kept == restored.kept and back_restored.text == restored.text
    other = next(i for i, r in enumerate(back_restored.removed) if r.reason == "disclaimer")
    both = restore(back_restored, other)  # a second piece on top of the first, after the reload
    assert set(both.kept) == {sample.removed[piece].key, back_restored.removed[other].key}


def test_comparisons_remember_restored_pieces_by_source(tmp_path, sample):
    with Library(tmp_path / "library.sqlite3") as lib:
        cid = lib.add_comparison("c", [lib.add_document(sample)])
        lib.update_comparison(cid, kept={sample.source: ["line@4640"], "/tmp/other.txt": []})
        assert lib.comparison(cid).kept == {sample.source: ["line@4640"]}
        assert lib.find_comparison([1]).kept == {sample.source: ["line@4640"]}
