"""Undoable edits of annotations and comparison notes, as plain objects with do() and undo()."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from reader.core.annotations.model import Annotation, ComparisonNote, normalize_tags, now_iso

EDITABLE = ("body", "tags", "colour", "category", "motivation")


class AnnotationSink(Protocol):
    """Where commands apply their change: the Library, or an in-memory AnnotationSet."""

    def put_annotation(self, annotation: Annotation) -> None: ...

    def delete_annotation(self, annotation_id: str) -> None: ...

    def put_comparison_note(self, note: ComparisonNote) -> None: ...

    def delete_comparison_note(self, note_id: str) -> None: ...


class AnnotationSet:
    """Annotations and comparison notes held in memory (for tests, or a view's working copy)."""

    def __init__(self, annotations: list[Annotation] | None = None) -> None:
        self.annotations: dict[str, Annotation] = {a.id: a for a in annotations or []}
        self.notes: dict[str, ComparisonNote] = {}

    def put_annotation(self, annotation: Annotation) -> None:
        self.annotations[annotation.id] = annotation

    def delete_annotation(self, annotation_id: str) -> None:
        self.annotations.pop(annotation_id, None)

    def put_comparison_note(self, note: ComparisonNote) -> None:
        self.notes[note.id] = note

    def delete_comparison_note(self, note_id: str) -> None:
        self.notes.pop(note_id, None)


class Command:
    """One user edit; `text` names it in the Edit menu ("Undo Add note")."""

    text = ""

    def do(self, sink: AnnotationSink) -> None:
        raise NotImplementedError

    def undo(self, sink: AnnotationSink) -> None:
        raise NotImplementedError


@dataclass
class AddAnnotation(Command):
    annotation: Annotation
    text: str = "Add annotation"

    def do(self, sink: AnnotationSink) -> None:
        sink.put_annotation(self.annotation)

    def undo(self, sink: AnnotationSink) -> None:
        sink.delete_annotation(self.annotation.id)


@dataclass
class DeleteAnnotation(Command):
    annotation: Annotation
    text: str = "Delete annotation"

    def do(self, sink: AnnotationSink) -> None:
        sink.delete_annotation(self.annotation.id)

    def undo(self, sink: AnnotationSink) -> None:
        sink.put_annotation(self.annotation)


@dataclass
class EditAnnotation(Command):
    before: Annotation
    after: Annotation
    text: str = "Edit annotation"

    def do(self, sink: AnnotationSink) -> None:
        sink.put_annotation(self.after)

    def undo(self, sink: AnnotationSink) -> None:
        sink.put_annotation(self.before)


def edit_annotation(annotation: Annotation, **changes: Any) -> EditAnnotation:
    """The command changing some of body, tags, colour, category, motivation (modified time updated)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
    if "tags" in changes:
        changes["tags"] = normalize_tags(changes["tags"])
    if "body" in changes and "motivation" not in changes:
        changes["motivation"] = "commenting" if changes["body"].strip() else "highlighting"
    after = annotation.copy(**changes, modified=now_iso())
    label = "Retag annotation" if set(changes) == {"tags"} else "Edit annotation"
    return EditAnnotation(annotation, after, label)


def retag_annotation(annotation: Annotation, tags: list[str]) -> EditAnnotation:
    """The command replacing an annotation's tags."""
    return edit_annotation(annotation, tags=tags)


@dataclass
class AddComparisonNote(Command):
    note: ComparisonNote
    text: str = "Add comparison note"

    def do(self, sink: AnnotationSink) -> None:
        sink.put_comparison_note(self.note)

    def undo(self, sink: AnnotationSink) -> None:
        sink.delete_comparison_note(self.note.id)


@dataclass
class DeleteComparisonNote(Command):
    note: ComparisonNote
    text: str = "Delete comparison note"

    def do(self, sink: AnnotationSink) -> None:
        sink.delete_comparison_note(self.note.id)

    def undo(self, sink: AnnotationSink) -> None:
        sink.put_comparison_note(self.note)


@dataclass
class EditComparisonNote(Command):
    before: ComparisonNote
    after: ComparisonNote
    text: str = "Edit comparison note"

    def do(self, sink: AnnotationSink) -> None:
        sink.put_comparison_note(self.after)

    def undo(self, sink: AnnotationSink) -> None:
        sink.put_comparison_note(self.before)


def edit_comparison_note(note: ComparisonNote, body: str | None = None,
                         tags: list[str] | None = None) -> EditComparisonNote:
    """The command changing a comparison note's text and/or tags."""
    after = ComparisonNote(comparison_id=note.comparison_id,
                           body=note.body if body is None else body,
                           tags=list(note.tags) if tags is None else normalize_tags(tags),
                           id=note.id, created=note.created, modified=now_iso())
    return EditComparisonNote(note, after)
