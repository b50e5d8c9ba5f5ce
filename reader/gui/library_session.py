"""The window's link to the library: the open comparison's documents, its annotations and free notes, saved at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.analysis.model import Comparison
from reader.core.annotations.anchoring import reanchor
from reader.core.annotations.library_notes import document_annotations
from reader.core.annotations.model import Annotation, ComparisonNote
from reader.core.annotations.sources import normalize_source
from reader.core.store.errors import LibraryError
from reader.core.store.library import Library


def _doc_key(comparison: Comparison | None) -> tuple:
    return tuple((d.source, d.content_hash) for d in comparison.documents) if comparison else ()


def _grown_or_shrunk(previous: Comparison | None, current: Comparison) -> bool:
    """True when `current` is `previous` with articles added or closed (the same piece of work, not a new one)."""
    if previous is None:
        return False
    old = {normalize_source(d.source) for d in previous.documents}
    new = {normalize_source(d.source) for d in current.documents}
    return bool(old & new) and (old <= new or new <= old)


class LibrarySession(QObject):
    """An annotation sink for the core commands: keeps the comparison's notes in memory and in the library.

    Without a library (it could not be opened) everything still works in memory and `problem` says why.
    """

    changed = Signal()  # annotations or comparison notes changed (a command, a new comparison)
    failed = Signal(list)  # lines for the message bar: notices at open, errors while saving

    def __init__(self, parent: QObject | None = None, path=None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.problem = ""
        self.notices: list[str] = []
        try:
            self.library = Library(path)
            self.notices = list(self.library.notices)
        except LibraryError as exc:
            self.problem = f"{exc} — notes will not be kept after closing"
        self.comparison: Comparison | None = None
        self.comparison_id: int | None = None
        self.annotations: dict[str, Annotation] = {}  # by id, anchored on the open texts
        self.doc_of: dict[str, str] = {}  # annotation id -> Document.id
        self.notes: dict[str, ComparisonNote] = {}
        self.stored_corrections: list[dict] = []  # the comparison's corrections as the library holds them
        self.stored_kept: dict[str, list[str]] = {}  # the removed pieces restored in it, by source
        self.reopened = False  # the last text change opened another comparison (not a restore inside this one)
        self._key: tuple = ()

    def startup_lines(self) -> list[str]:
        """What to tell the reader once the window is up (damaged library set aside, no library at all)."""
        return self.notices + ([self.problem] if self.problem else [])

    # --- following the open comparison ------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> bool:
        """Stores the documents and the comparison, re-anchors their annotations; False if the texts are unchanged."""
        key = _doc_key(comparison)
        previous = self.comparison
        self.comparison = comparison
        if key == self._key:
            self._remap_documents()
            return False
        self._key = key
        self.stored_corrections, self.stored_kept = [], {}
        previous_id = self.comparison_id
        kept_memory = list(self.annotations.values()) if self.library is None else []
        self.annotations, self.doc_of = {}, {}
        if comparison is None:
            self.notes, self.comparison_id = {}, None
            self.changed.emit()
            return True
        try:
            if self.library is not None:
                self._load_from_library(comparison, _grown_or_shrunk(previous, comparison))
            else:
                self._reanchor_in_memory(comparison, kept_memory)
        except LibraryError as exc:
            self.failed.emit([str(exc)])
        self.reopened = self.comparison_id != previous_id
        self.changed.emit()
        return True

    def _load_from_library(self, comparison: Comparison, same_work: bool) -> None:
        lib = self.library
        assert lib is not None
        ids = []
        for doc in comparison.documents:
            for a in document_annotations(lib, doc):  # adds the document, saves moved anchors
                if a.id not in self.annotations:
                    self.annotations[a.id] = a
                    self.doc_of[a.id] = doc.id
            ids.append(lib.add_document(doc))
        found = lib.find_comparison(ids)
        name = " · ".join(" ".join((d.title or d.source).split())[:40] for d in comparison.documents)
        if found is not None:
            self.comparison_id = found.id
            lib.update_comparison(found.id, name=name, document_ids=ids, opened=True)
        elif same_work and self.comparison_id is not None:  # an article added to or closed in this comparison
            lib.update_comparison(self.comparison_id, name=name, document_ids=ids, opened=True)
        else:
            self.comparison_id = lib.add_comparison(name, ids)
        self.notes = {n.id: n for n in lib.comparison_notes(self.comparison_id)}
        self.stored_corrections = lib.corrections(self.comparison_id)
        self.stored_kept = lib.comparison(self.comparison_id).kept

    def save_corrections(self, items: list[dict]) -> None:
        """Replaces the comparison's corrections in the library with those in force (when they differ)."""
        if self.library is None or self.comparison_id is None or items == self.stored_corrections:
            return
        self._save("replace_corrections", self.comparison_id, list(items))
        self.stored_corrections = list(items)

    def save_kept(self, kept: dict[str, list[str]]) -> None:
        """Keeps the restored pieces (by source) with the comparison in the library (when they differ)."""
        normal = {normalize_source(k): list(v) for k, v in kept.items() if v}
        if self.library is None or self.comparison_id is None or normal == self.stored_kept:
            return
        self._save("update_comparison", self.comparison_id, kept=normal)
        self.stored_kept = normal

    def _reanchor_in_memory(self, comparison: Comparison, annotations: list[Annotation]) -> None:
        self.comparison_id = self.comparison_id or 0
        by_source = {normalize_source(d.source): d for d in comparison.documents}
        for a in annotations:
            doc = by_source.get(a.source)
            if doc is not None:
                b = reanchor(a, doc.text, doc.content_hash)
                self.annotations[b.id], self.doc_of[b.id] = b, doc.id

    def _remap_documents(self) -> None:
        """Same texts, maybe new Document ids after a re-analysis: points annotations at them again."""
        if self.comparison is None:
            return
        ids = {(normalize_source(d.source), d.content_hash): d.id for d in self.comparison.documents}
        hashes = {d.content_hash: d.id for d in self.comparison.documents}
        for a in self.annotations.values():
            self.doc_of[a.id] = ids.get((a.source, a.doc_hash)) or hashes.get(a.doc_hash) or self.doc_of.get(a.id, "")

    # --- reading ----------------------------------------------------------------------------------
    def annotations_of(self, doc_id: str) -> list[Annotation]:
        """One document's annotations in text order (orphaned ones last)."""
        found = [a for a in self.annotations.values() if self.doc_of.get(a.id) == doc_id]
        return sorted(found, key=lambda a: (a.orphaned, a.target.start, a.target.end))

    def all_annotations(self) -> list[Annotation]:
        order = {d.id: i for i, d in enumerate(self.comparison.documents)} if self.comparison else {}
        return sorted(self.annotations.values(),
                      key=lambda a: (order.get(self.doc_of.get(a.id, ""), 99), a.orphaned, a.target.start))

    def comparison_notes(self) -> list[ComparisonNote]:
        return sorted(self.notes.values(), key=lambda n: (n.created, n.id))

    # --- the sink the core commands write to ------------------------------------------------------
    def _save(self, method: str, *args, **kwargs) -> None:
        """Calls the library's `method`; a failure is reported and the change stays in memory only."""
        if self.library is None:
            return
        try:
            getattr(self.library, method)(*args, **kwargs)
        except LibraryError as exc:
            self.failed.emit([f"{exc} — the change is shown but not saved"])

    def put_annotation(self, annotation: Annotation) -> None:
        self.annotations[annotation.id] = annotation
        if annotation.id not in self.doc_of and self.comparison:
            doc = next((d for d in self.comparison.documents if d.content_hash == annotation.doc_hash), None)
            self.doc_of[annotation.id] = doc.id if doc else ""
        self._save("put_annotation", annotation)
        self.changed.emit()

    def delete_annotation(self, annotation_id: str) -> None:
        self.annotations.pop(annotation_id, None)
        self._save("delete_annotation", annotation_id)
        self.changed.emit()

    def put_comparison_note(self, note: ComparisonNote) -> None:
        self.notes[note.id] = note
        self._save("put_comparison_note", note)
        self.changed.emit()

    def delete_comparison_note(self, note_id: str) -> None:
        self.notes.pop(note_id, None)
        self._save("delete_comparison_note", note_id)
        self.changed.emit()

    def close(self) -> None:
        """Closes the library (refreshing its backup); later changes stay in memory only."""
        if self.library is not None:
            library, self.library = self.library, None
            try:
                library.close()
            except LibraryError:
                pass
