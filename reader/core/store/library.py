"""The library: an SQLite database (WAL) of documents, comparisons, annotations, notes and corrections."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.core.annotations.model import Annotation, ComparisonNote, now_iso, target_from_dict, target_to_dict
from reader.core.annotations.sources import normalize_source
from reader.core.documents.model import Document
from reader.core.store import recovery
from reader.core.store.errors import LibraryError
from reader.core.store.records import StoredComparison, StoredDocument, document_metadata, removed_to_dict
from reader.core.store.schema import SCHEMA_VERSION, migrate, schema_version

FILE_NAME = "library.sqlite3"


def default_path() -> Path:
    from reader.paths import data_dir

    return data_dir() / FILE_NAME


def _writable(folder: Path) -> bool:
    """True when a file can be created in `folder` (tried for real: permissions, read-only mounts, flags)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".parallax-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


class Library:
    """One open library; every change is committed in its own transaction as it is made."""

    def __init__(self, path: Path | str | None = None, backup: bool = True) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.notices: list[str] = []  # what happened at open (damaged file set aside...), for the user
        self._backup = backup
        self._lock = threading.RLock()  # one connection, usable from a worker thread one call at a time
        self._conn = self._open(backup)

    # -- opening ----------------------------------------------------------------------------
    def _open(self, backup: bool) -> sqlite3.Connection:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{folder}: cannot create the data folder: {exc.strerror or exc}") from None
        if not _writable(folder):
            raise LibraryError(f"{folder}: the data folder is read-only; the library cannot be saved there")
        reason = recovery.damage_reason(self.path)
        if reason is not None:
            moved = recovery.set_aside(self.path)
            restored = recovery.restore_backup(self.path)
            self.notices.append(
                f"{self.path}: the library was damaged ({reason}); it was moved to {moved.name} and "
                + (f"the last good copy ({recovery.backup_path(self.path).name}) was restored"
                   if restored else "a fresh library was started"))
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=10.0, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 10000")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            version = schema_version(conn)
            if version > SCHEMA_VERSION:
                conn.close()
                raise LibraryError(f"{self.path}: the library was written by a newer Parallax "
                                   f"(schema {version}, this one knows {SCHEMA_VERSION})")
            migrate(conn)
            if backup:
                recovery.write_backup(conn, self.path)
        except sqlite3.Error as exc:
            raise LibraryError(f"{self.path}: cannot open the library: {exc}") from None
        except OSError as exc:
            raise LibraryError(f"{self.path}: cannot write the library: {exc.strerror or exc}") from None
        if mode.lower() != "wal":
            self.notices.append(f"{self.path}: write-ahead logging is not available here ({mode})")
        return conn

    def close(self) -> None:
        """Closes the library, first refreshing the backup when a quick check finds it sound."""
        with self._lock:
            self._close()

    def _close(self) -> None:
        try:
            if self._backup and self._conn.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                recovery.write_backup(self._conn, self.path)
        except (sqlite3.Error, OSError):
            pass  # the previous backup stays; the library itself is saved already
        finally:
            self._conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed unit of change: all of it is saved, or none of it."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise LibraryError(f"{self.path}: cannot save: {exc}") from None
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._conn.execute("ROLLBACK")
                raise LibraryError(f"{self.path}: cannot save: {exc}") from None

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- documents --------------------------------------------------------------------------
    def add_document(self, doc: Document) -> int:
        """Stores a document (once per source and content hash); returns its library id."""
        source = normalize_source(doc.source)
        with self.transaction() as conn:
            row = conn.execute("SELECT id, raw_text FROM documents WHERE content_hash = ? AND source = ?",
                               (doc.content_hash, source)).fetchone()
            restoring = (doc.raw_text, json.dumps(doc.hints, ensure_ascii=False), json.dumps(list(doc.kept)),
                         json.dumps([removed_to_dict(r) for r in doc.removed], ensure_ascii=False))
            if row:
                if not row[1] and doc.raw_text:  # stored before the text before cleaning was kept
                    conn.execute("UPDATE documents SET raw_text = ?, hints = ?, kept = ?, removed = ? WHERE id = ?",
                                 (*restoring, row[0]))
                return int(row[0])
            cur = conn.execute(
                "INSERT INTO documents (content_hash, source, title, metadata, text, added, raw_text, hints, kept, "
                "removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.content_hash, source, doc.title, json.dumps(document_metadata(doc)), doc.text, now_iso(),
                 *restoring))
            return int(cur.lastrowid)

    def _document(self, row: tuple[Any, ...]) -> StoredDocument:
        return StoredDocument(id=row[0], content_hash=row[1], source=row[2], title=row[3],
                              metadata=json.loads(row[4]), text=row[5], added=row[6], raw_text=row[7],
                              hints=json.loads(row[8]), kept=json.loads(row[9]), removed=json.loads(row[10]))

    _DOC_COLUMNS = "id, content_hash, source, title, metadata, text, added, raw_text, hints, kept, removed"

    def document(self, document_id: int) -> StoredDocument:
        rows = self._rows(f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id = ?", (document_id,))
        if not rows:
            raise KeyError(document_id)
        return self._document(rows[0])

    def documents(self, source: str | None = None, content_hash: str | None = None) -> list[StoredDocument]:
        """Stored documents, all or those with this source and/or content hash, newest last."""
        clauses, params = [], []
        if source is not None:
            clauses.append("source = ?")
            params.append(normalize_source(source))
        if content_hash is not None:
            clauses.append("content_hash = ?")
            params.append(content_hash)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return [self._document(r) for r in self._rows(
            f"SELECT {self._DOC_COLUMNS} FROM documents{where} ORDER BY id", tuple(params))]

    # -- comparisons ------------------------------------------------------------------------
    def add_comparison(self, name: str, document_ids: list[int]) -> int:
        stamp = now_iso()
        with self.transaction() as conn:
            cur = conn.execute("INSERT INTO comparisons (name, document_ids, created, last_opened) VALUES (?, ?, ?, ?)",
                               (name, json.dumps(list(document_ids)), stamp, stamp))
            return int(cur.lastrowid)

    _COMPARISON_COLUMNS = "id, name, document_ids, created, last_opened, kept"

    @staticmethod
    def _comparison(r: tuple[Any, ...]) -> StoredComparison:
        return StoredComparison(r[0], r[1], json.loads(r[2]), r[3], r[4], json.loads(r[5]))

    def comparison(self, comparison_id: int) -> StoredComparison:
        rows = self._rows(f"SELECT {self._COMPARISON_COLUMNS} FROM comparisons WHERE id = ?", (comparison_id,))
        if not rows:
            raise KeyError(comparison_id)
        return self._comparison(rows[0])

    def comparisons(self) -> list[StoredComparison]:
        """All comparisons, the most recently opened first."""
        return [self._comparison(r) for r in self._rows(
            f"SELECT {self._COMPARISON_COLUMNS} FROM comparisons ORDER BY last_opened DESC, id DESC")]

    def find_comparison(self, document_ids: list[int]) -> StoredComparison | None:
        """The most recently opened comparison of these documents (any order, any version of each file)."""
        source_of = dict(self._rows("SELECT id, source FROM documents"))  # one query, not one per id per comparison

        def sources(ids: list[int]) -> list[str]:
            return sorted(source_of.get(i, f"#{i}") for i in ids)

        wanted = sources(document_ids)
        for c in self.comparisons():
            if sorted(c.document_ids) == sorted(document_ids) or sources(c.document_ids) == wanted:
                return c
        return None

    def update_comparison(self, comparison_id: int, name: str | None = None,
                          document_ids: list[int] | None = None, opened: bool = False,
                          kept: dict[str, list[str]] | None = None) -> None:
        """Changes what is given; `kept`: the removed pieces the reader restored, by document source."""
        with self.transaction() as conn:
            if kept is not None:
                conn.execute("UPDATE comparisons SET kept = ? WHERE id = ?",
                             (json.dumps({normalize_source(k): list(v) for k, v in kept.items() if v},
                                         ensure_ascii=False), comparison_id))
            if name is not None:
                conn.execute("UPDATE comparisons SET name = ? WHERE id = ?", (name, comparison_id))
            if document_ids is not None:
                conn.execute("UPDATE comparisons SET document_ids = ? WHERE id = ?",
                             (json.dumps(list(document_ids)), comparison_id))
            if opened:
                conn.execute("UPDATE comparisons SET last_opened = ? WHERE id = ?", (now_iso(), comparison_id))

    def delete_comparison(self, comparison_id: int) -> None:
        """Removes a comparison with its notes and corrections (documents and annotations stay)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM comparisons WHERE id = ?", (comparison_id,))

    # -- annotations (an AnnotationSink for the commands) -----------------------------------
    def put_annotation(self, annotation: Annotation) -> None:
        """Inserts or replaces one annotation."""
        self.put_annotations([annotation])

    def put_annotations(self, annotations: list[Annotation]) -> None:
        """Inserts or replaces several annotations in one transaction (an import, a re-anchoring)."""
        with self.transaction() as conn:
            for a in annotations:
                target = target_to_dict(a.target)
                target["source"] = normalize_source(a.target.source)
                conn.execute(
                    "INSERT OR REPLACE INTO annotations (id, source, doc_hash, target, motivation, category, colour, "
                    "body, tags, status, mark, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (a.id, target["source"], a.doc_hash, json.dumps(target, ensure_ascii=False), a.motivation,
                     a.category, a.colour, a.body, json.dumps(a.tags, ensure_ascii=False), a.status, a.mark,
                     a.created, a.modified))

    def delete_annotation(self, annotation_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    _ANN_COLUMNS = "id, doc_hash, target, motivation, category, colour, body, tags, status, mark, created, modified"

    @staticmethod
    def _annotation(row: tuple[Any, ...]) -> Annotation:
        return Annotation(id=row[0], doc_hash=row[1], target=target_from_dict(json.loads(row[2])),
                          motivation=row[3], category=row[4], colour=row[5], body=row[6],
                          tags=json.loads(row[7]), status=row[8], mark=row[9], created=row[10], modified=row[11])

    def annotation(self, annotation_id: str) -> Annotation:
        rows = self._rows(f"SELECT {self._ANN_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,))
        if not rows:
            raise KeyError(annotation_id)
        return self._annotation(rows[0])

    def annotations(self, source: str | None = None, content_hash: str | None = None) -> list[Annotation]:
        """Annotations whose document has this source OR this content hash (all when both are None)."""
        clauses, params = [], []
        if source is not None:
            clauses.append("source = ?")
            params.append(normalize_source(source))
        if content_hash is not None:
            clauses.append("doc_hash = ?")
            params.append(content_hash)
        where = f" WHERE {' OR '.join(clauses)}" if clauses else ""
        return [self._annotation(r) for r in self._rows(
            f"SELECT {self._ANN_COLUMNS} FROM annotations{where} ORDER BY source, created, id", tuple(params))]

    def annotations_for(self, doc: Document) -> list[Annotation]:
        """The annotations of a document: made on this file or URL, or on this very text elsewhere."""
        return self.annotations(source=doc.source, content_hash=doc.content_hash)

    # -- comparison notes -------------------------------------------------------------------
    def put_comparison_note(self, note: ComparisonNote) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO comparison_notes (id, comparison_id, body, tags, created, modified) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (note.id, note.comparison_id, note.body,
                                                       json.dumps(note.tags, ensure_ascii=False), note.created,
                                                       note.modified))

    def delete_comparison_note(self, note_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM comparison_notes WHERE id = ?", (note_id,))

    def comparison_notes(self, comparison_id: int) -> list[ComparisonNote]:
        return [ComparisonNote(comparison_id=r[1], body=r[2], tags=json.loads(r[3]), id=r[0], created=r[4],
                               modified=r[5]) for r in self._rows(
            "SELECT id, comparison_id, body, tags, created, modified FROM comparison_notes "
            "WHERE comparison_id = ? ORDER BY created, rowid", (comparison_id,))]

    # -- corrections (opaque JSON, in order) ------------------------------------------------
    def add_correction(self, comparison_id: int, data: dict[str, Any]) -> int:
        """Appends one correction's `to_dict()`; returns its sequence number."""
        with self.transaction() as conn:
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM corrections WHERE comparison_id = ?",
                               (comparison_id,)).fetchone()[0]
            conn.execute("INSERT INTO corrections (comparison_id, seq, json) VALUES (?, ?, ?)",
                         (comparison_id, seq, json.dumps(data, ensure_ascii=False)))
            return int(seq)

    def delete_correction(self, comparison_id: int, seq: int) -> None:
        """Removes one correction (its undo)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM corrections WHERE comparison_id = ? AND seq = ?", (comparison_id, seq))

    def corrections(self, comparison_id: int) -> list[dict[str, Any]]:
        """The corrections of a comparison in the order they were made."""
        return [json.loads(r[0]) for r in self._rows(
            "SELECT json FROM corrections WHERE comparison_id = ? ORDER BY seq", (comparison_id,))]

    def replace_corrections(self, comparison_id: int, items: list[dict[str, Any]]) -> None:
        """Replaces all corrections of a comparison at once."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM corrections WHERE comparison_id = ?", (comparison_id,))
            conn.executemany("INSERT INTO corrections (comparison_id, seq, json) VALUES (?, ?, ?)",
                             [(comparison_id, i + 1, json.dumps(d, ensure_ascii=False)) for i, d in enumerate(items)])
