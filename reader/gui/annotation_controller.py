"""Glue for the reader's annotations: selection -> core command -> undo stack -> library -> panes and Notes panel."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMenu

from reader.core.annotations.anchoring import make_target
from reader.core.annotations.commands import (
    AddAnnotation,
    AddComparisonNote,
    Command,
    DeleteAnnotation,
    DeleteComparisonNote,
    EditAnnotation,
    edit_annotation,
    edit_comparison_note,
)
from reader.core.annotations.marks import promote_mark
from reader.core.annotations.model import ANCHORED, CATEGORIES, Annotation, ComparisonNote, normalize_tags, now_iso
from reader.gui import palette
from reader.gui.dialogs.note_dialog import NoteDialog
from reader.gui.annotation_menus import AnnotationMenus
from reader.gui.library_session import LibrarySession
from reader.gui.models.notes_model import NoteRow
from reader.gui.views.marks import ANNOTATIONS
from reader.gui.snippets import one_line

# highlight colour of each category when the reader picked none: (light theme, dark theme)
CATEGORY_COLOURS = {"event": ("#B3E5FC", "#1E4F66"), "blame": ("#FFCCBC", "#6B2E1A"),
                    "recommendation": ("#C5CAE9", "#2E3566"), "note": ("#FFF176", "#6B5B00")}


def highlight_colour(annotation: Annotation, dark: bool) -> str:
    """The colour the reader picked, else the colour of the annotation's category."""
    if annotation.colour:  # picked pale for light text backgrounds: darkened under the dark theme's light text
        return QColor(annotation.colour).darker(280).name() if dark else annotation.colour
    light_dark = CATEGORY_COLOURS.get(annotation.category, CATEGORY_COLOURS["note"])
    return light_dark[1 if dark else 0]


def tooltip(annotation: Annotation) -> str:
    """What hovering a highlight shows: category, note (first 400 characters) and tags."""
    body = annotation.body if len(annotation.body) <= 400 else annotation.body[:399] + "…"
    parts = [f"<b>My {escape(annotation.category)}</b>" + (" (orphaned)" if annotation.orphaned else "")]
    if body:
        parts.append(escape(body).replace("\n", "<br>"))
    if annotation.tags:
        parts.append(" ".join(f"#{escape(t)}" for t in annotation.tags))
    return "<br>".join(parts)


class AnnotationUndoCommand(QUndoCommand):
    """The adapter from a core annotation command to the window's QUndoStack (as corrections have theirs)."""

    def __init__(self, command: Command, sink: LibrarySession) -> None:
        super().__init__(command.text)
        self.command, self._sink = command, sink

    def redo(self) -> None:
        self.command.do(self._sink)

    def undo(self) -> None:
        self.command.undo(self._sink)


class AnnotationController(QObject):
    """Wires annotations into a MainWindow: actions, context menus, the annotation layer and the Notes panel."""

    def __init__(self, window, library_path=None) -> None:
        super().__init__(window)
        self.window = window
        self.session, self.view, self.panel = window.session, window.view, window.notes_panel
        self.store = LibrarySession(self, library_path)
        self._last_selection: tuple[str, int, int] | None = None
        self.menus = AnnotationMenus(self)
        self._build_actions()
        s, v, p = self.session, self.view, self.panel
        s.comparison_changed.connect(self._on_session_comparison_changed)
        s.order_changed.connect(self.refresh)
        s.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.store.changed.connect(self.refresh)
        self.store.failed.connect(window.messages.show_lines)
        v.selection_changed.connect(self._on_view_selection_changed)
        v.mark_activated.connect(self._on_view_mark_activated)
        p.passage_activated.connect(self.jump_to)
        p.orphan_activated.connect(self._on_panel_orphan_activated)
        p.edit_requested.connect(self.edit)
        p.delete_requested.connect(self.delete)
        p.context_requested.connect(lambda aid, pos: self.menus.show(self.menus.annotation_menu(aid), pos))
        p.comparison_note_add_requested.connect(self.ask_comparison_note)
        p.comparison_note_edit_requested.connect(self.ask_edit_comparison_note)
        p.comparison_note_delete_requested.connect(self.delete_comparison_note)
        lines = self.store.startup_lines()
        if lines:
            window.messages.show_lines(lines)

    # --- actions and menus ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window

        def make(text: str, shortcut: str | None, slot, tip: str) -> QAction:
            action = QAction(text, w)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            w.addAction(action)
            return action

        self.highlight_action = make("&Highlight Selection", "Ctrl+H", lambda: self.highlight_selection(),
                                     "Highlight the selected passage as a note")
        self.note_action = make("Add &Note to Selection…", "Ctrl+Shift+N", lambda: self.ask_note_on_selection(),
                                "Write a note (Markdown) and tags on the selected passage")
        self.category_actions = {c: make(f"Highlight as {c.capitalize()}", None,
                                         lambda _=False, c=c: self.highlight_selection(c),
                                         f"Highlight the selected passage in the {c} colour") for c in CATEGORIES}
        self.comparison_note_action = make("Note on the &Comparison…", None, lambda: self.ask_comparison_note(),
                                           "Write a note about the whole comparison")
        self.menu = QMenu("&Annotate", w)
        self.menu.addAction(self.highlight_action)
        self.menu.addAction(self.note_action)
        by_category = self.menu.addMenu("Highlight &As")
        for a in self.category_actions.values():
            by_category.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.comparison_note_action)
        w.menuBar().insertMenu(w.actions.view_menu.menuAction(), self.menu)

    # --- menus (built by AnnotationMenus) ----------------------------------------------------------
    def extend_text_menu(self, menu: QMenu, doc_id: str, offset: int) -> QMenu:
        """The pane's context menu with the annotation entries for this place on top."""
        return self.menus.extend_text_menu(menu, doc_id, offset)

    def extend_panel_menu(self, menu: QMenu, index, kind: str) -> QMenu:
        """A blame or recommendation cell's menu with "promote to a note" / "annotate" on top."""
        return self.menus.extend_panel_menu(menu, index, kind)

    def promote_all(self, keys: list[str]) -> list[Annotation]:
        """Promotes several marks as one undoable step."""
        stack = self.session.undo_stack
        stack.beginMacro(f"Promote {len(keys)} marks to notes")
        try:
            made = [a for a in (self.promote(k) for k in keys) if a is not None]
        finally:
            stack.endMacro()
        return made

    # --- making and changing annotations ----------------------------------------------------------
    def push(self, command: Command) -> None:
        """Applies a core command through the window's undo stack (saved at once by the store)."""
        self.session.undo_stack.push(AnnotationUndoCommand(command, self.store))

    def selection(self) -> tuple[str, int, int] | None:
        """The passage selected in the focused pane, else in the pane selected in last, else in any pane."""
        panes = self.view.panes
        for pane in panes:
            if pane.text.hasFocus() and pane.current_selection():
                return pane.current_selection()
        if self._last_selection:
            pane = self.view.pane(self._last_selection[0])
            if pane is not None and pane.current_selection():
                return pane.current_selection()
        return next((p.current_selection() for p in panes if p.current_selection()), None)

    def new_annotation(self, doc_id: str, start: int, end: int, category: str = "note", body: str = "",
                       tags: list[str] | None = None, colour: str | None = None) -> Annotation | None:
        doc = self.session.document(doc_id)
        if doc is None or not 0 <= start < end <= len(doc.text) or not doc.text[start:end].strip():
            return None
        return Annotation(target=make_target(doc.text, start, end, doc.source), doc_hash=doc.content_hash,
                          category=category, colour=colour, body=body, tags=normalize_tags(tags or []),
                          motivation="commenting" if body.strip() else "highlighting")

    def highlight(self, doc_id: str, start: int, end: int, category: str = "note", body: str = "",
                  tags: list[str] | None = None, colour: str | None = None) -> Annotation | None:
        """Adds an annotation on doc[start:end] (one undoable step); returns it, or None for an empty passage."""
        annotation = self.new_annotation(doc_id, start, end, category, body, tags, colour)
        if annotation is None:
            self.window.statusBar().showMessage("Select some text in an article first", 5000)
            return None
        command = AddAnnotation(annotation)
        command.text = "Add note" if body.strip() else f"Highlight as {category}"
        self.push(command)
        return annotation

    def highlight_selection(self, category: str = "note") -> Annotation | None:
        selection = self.selection()
        if selection is None:
            self.window.statusBar().showMessage("Select a passage in an article to highlight it", 5000)
            return None
        return self.highlight(*selection, category=category)

    def ask_note_on_selection(self) -> None:
        selection = self.selection()
        if selection is None:
            self.window.statusBar().showMessage("Select a passage in an article to write a note on it", 5000)
            return
        self.ask_note(*selection)

    def ask_note(self, doc_id: str, start: int, end: int) -> None:
        doc = self.session.document(doc_id)
        if doc is None:
            return
        dialog = NoteDialog(doc.text[start:end], title="New note", parent=self.window)
        if dialog.exec():
            self.highlight(doc_id, start, end, dialog.category(), dialog.body(), dialog.tags(), dialog.colour())

    def edit(self, annotation_id: str) -> None:
        a = self.store.annotations.get(annotation_id)
        if a is None:
            return
        dialog = NoteDialog(a.target.exact, a.body, a.tags, a.category, a.colour, title="Edit note", parent=self.window)
        if dialog.exec():
            self.change(annotation_id, body=dialog.body(), tags=dialog.tags(), category=dialog.category(),
                        colour=dialog.colour())

    def change(self, annotation_id: str, **changes) -> bool:
        """Edits body, tags, colour, category or motivation (one undoable step); False when nothing changed."""
        a = self.store.annotations.get(annotation_id)
        if a is None:
            return False
        changes = {k: v for k, v in changes.items() if getattr(a, k) != v}
        if not changes:
            return False
        self.push(edit_annotation(a, **changes))
        return True

    def reattach(self, annotation_id: str, doc_id: str, start: int, end: int) -> bool:
        """Anchors an (orphaned) annotation on doc[start:end] instead (one undoable step)."""
        a = self.store.annotations.get(annotation_id)
        draft = self.new_annotation(doc_id, start, end) if a is not None else None
        if a is None or draft is None:
            return False
        after = a.copy(target=draft.target, doc_hash=draft.doc_hash, status=ANCHORED, modified=now_iso())
        self.push(EditAnnotation(a, after, "Attach note to a passage"))
        return True

    def delete(self, annotation_id: str) -> None:
        a = self.store.annotations.get(annotation_id)
        if a is not None:
            self.push(DeleteAnnotation(a))

    def promote(self, key: str, body: str = "", tags: list[str] | None = None) -> Annotation | None:
        """A note on an analysis mark's passage in the mark's category (one undoable step)."""
        if self.session.comparison is None:
            return None
        try:
            annotation = promote_mark(self.session.comparison, key, body, tags)
        except (KeyError, ValueError):
            self.window.statusBar().showMessage("That mark is no longer in the analysis", 5000)
            return None
        command = AddAnnotation(annotation)
        command.text = f"Promote {annotation.category} mark to a note"
        self.push(command)
        return annotation

    def ask_promote(self, key: str) -> None:
        comparison = self.session.comparison
        if comparison is None:
            return
        try:
            draft = promote_mark(comparison, key)
        except (KeyError, ValueError):
            return
        dialog = NoteDialog(draft.target.exact, category=draft.category, title="Annotate mark", parent=self.window)
        if dialog.exec():
            annotation = self.promote(key, dialog.body(), dialog.tags())
            if annotation is not None and (dialog.category() != annotation.category or dialog.colour()):
                self.change(annotation.id, category=dialog.category(), colour=dialog.colour())

    # --- comparison notes -------------------------------------------------------------------------
    def add_comparison_note(self, body: str, tags: list[str] | None = None) -> ComparisonNote | None:
        if not body.strip() or self.session.comparison is None:
            return None
        note = ComparisonNote(comparison_id=self.store.comparison_id or 0, body=body.strip(),
                              tags=normalize_tags(tags or []))
        self.push(AddComparisonNote(note))
        return note

    def ask_comparison_note(self) -> None:
        if self.session.comparison is None:
            self.window.statusBar().showMessage("Open a comparison first", 5000)
            return
        dialog = NoteDialog("", title="Note on the comparison", with_highlight=False, parent=self.window)
        if dialog.exec():
            self.add_comparison_note(dialog.body(), dialog.tags())

    def ask_edit_comparison_note(self, note_id: str) -> None:
        note = self.store.notes.get(note_id)
        if note is None:
            return
        dialog = NoteDialog("", note.body, note.tags, title="Note on the comparison", with_highlight=False,
                            parent=self.window)
        if dialog.exec() and (dialog.body() != note.body or dialog.tags() != note.tags):
            if dialog.body():
                self.push(edit_comparison_note(note, dialog.body(), dialog.tags()))
            else:
                self.delete_comparison_note(note_id)

    def delete_comparison_note(self, note_id: str) -> None:
        note = self.store.notes.get(note_id)
        if note is not None:
            self.push(DeleteComparisonNote(note))

    # --- showing ----------------------------------------------------------------------------------
    def _on_session_comparison_changed(self) -> None:
        before = {a.id for a in self.store.annotations.values() if a.orphaned}
        opened = self.store.set_comparison(self.session.comparison)  # emits `changed` when the texts changed
        self._keep_corrections(opened)
        self.refresh()
        lost = [a for a in self.store.annotations.values() if a.orphaned and a.id not in before]
        if lost:
            self.window.messages.show_lines([
                f"{len(lost)} note(s) could not be found again in the current text of their article; "
                "they are kept and listed as orphaned in the Notes panel"])

    def _keep_corrections(self, opened: bool) -> None:
        """Corrections live with the comparison in the library: saved as made, replayed when its files are reopened."""
        if self.session.comparison is None:
            return
        in_force, kept = self.session.corrections(), self.session.kept()
        stored, stored_kept = self.store.stored_corrections, self.store.stored_kept
        lost_corrections = bool(stored) and not in_force
        lost_kept = bool(stored_kept) and not kept and self.store.reopened
        if opened and (lost_corrections or lost_kept) and not self.session.busy:
            what = [f"{len(stored)} correction(s)"] if lost_corrections else []
            what += ["the restored pieces"] if lost_kept else []
            self.window.statusBar().showMessage(f"Replaying {' and '.join(what)} kept with this comparison", 6000)
            sources = self.session.sources()  # analysed again with them, once this change has been shown
            again, keep = in_force or stored, kept or stored_kept
            QTimer.singleShot(0, lambda: self.session.open(sources, again, keep)
                              if self.session.sources() == sources else None)
            return
        if opened and in_force:
            self.store.save_corrections(in_force)  # a fresh analysis never wipes the library's with none
        if opened and (kept or not self.store.reopened):  # a restore or its undo inside this comparison
            self.store.save_kept(kept)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        try:
            stack_in_use = self.session.undo_stack.count() > 0  # not the clear of a new analysis
        except RuntimeError:  # the stack is being destroyed with the window
            return
        if self.session.comparison is not None and stack_in_use:
            self.store.save_corrections(self.session.corrections())

    def refresh(self) -> None:
        """Redraws the annotation layer of every pane and the Notes panel from the store."""
        dark = palette.is_dark(self.view.palette())
        for pane in self.view.panes:
            pane.set_annotations([(a.target.start, a.target.end, highlight_colour(a, dark), tooltip(a), a.id)
                                  for a in self.store.annotations_of(pane.doc.id) if not a.orphaned])
        comparison = self.session.comparison
        titles = {d.id: " ".join((d.title or d.source).split()) for d in comparison.documents} if comparison else {}
        rows = [NoteRow(a, self.store.doc_of.get(a.id, ""), titles.get(self.store.doc_of.get(a.id, ""), a.source))
                for a in self.store.all_annotations()]
        self.panel.set_rows(rows, list(titles.items()))
        self.panel.set_comparison_notes(self.store.comparison_notes())
        if self.window.docks.get("notes") is not None:
            count = len(rows)
            self.window.docks["notes"].setWindowTitle(f"Notes ({count})" if count else "Notes")

    def jump_to(self, doc_id: str, start: int, end: int) -> None:
        self.view.jump_to(doc_id, start, end)

    def _on_panel_orphan_activated(self, annotation_id: str) -> None:
        a = self.store.annotations.get(annotation_id)
        if a is not None:
            self.window.statusBar().showMessage(
                f"Orphaned: “{one_line(a.target.exact, 60)}” is no longer in the article's text", 8000)

    def _on_view_selection_changed(self, doc_id: str, start: int, end: int) -> None:
        self._last_selection = (doc_id, start, end)

    def _on_view_mark_activated(self, _doc_id: str, layer: str, key: str) -> None:
        if layer == ANNOTATIONS:
            self.panel.select(key)

    # --- export and shutdown ----------------------------------------------------------------------
    def export_inputs(self) -> tuple[list[Annotation], list[ComparisonNote]]:
        """The annotations (orphaned too) and comparison notes to export with the comparison."""
        return self.store.all_annotations(), self.store.comparison_notes()

    def close(self) -> None:
        self.store.close()
