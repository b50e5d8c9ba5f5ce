"""The annotation entries of the context menus: on a selection, on a highlight, on an analysis mark, on a panel cell."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.core.annotations.model import CATEGORIES
from reader.gui.models.roles import MarkIdsRole
from reader.gui.views.marks import ANNOTATIONS, BLAME, EVENTS, RECOMMENDATIONS, UNIQUE
from reader.gui.snippets import one_line

_MARK_KINDS = {BLAME: "blame", RECOMMENDATIONS: "recommendation", EVENTS: "event", UNIQUE: "event"}


def _put_atop(menu: QMenu, items: list[tuple[str, object] | None]) -> QMenu:
    """Inserts `items` ((text, slot or submenu), None for a separator) above the entries already in `menu`."""
    if not items:
        return menu
    first = menu.actions()[0] if menu.actions() else None
    if first is not None and not first.isEnabled():  # the "select a passage…" hint: annotations now offered
        menu.removeAction(first)
        first = menu.actions()[0] if menu.actions() else None
    for item in items:
        if item is None:
            menu.insertSeparator(first) if first is not None else menu.addSeparator()
            continue
        text, slot = item
        if isinstance(slot, QMenu):
            action = slot.menuAction()
        else:
            action = QAction(text, menu)
            action.triggered.connect(slot)
        menu.insertAction(first, action) if first is not None else menu.addAction(action)
    if first is not None:
        menu.insertSeparator(first)
    return menu


class AnnotationMenus:
    """Builds menu entries whose actions call the AnnotationController `c` (each one undoable step)."""

    def __init__(self, controller) -> None:
        self.c = controller

    def extend_text_menu(self, menu: QMenu, doc_id: str, offset: int) -> QMenu:
        """Puts the annotation entries for this place (selection, highlights, analysis marks) atop `menu`."""
        pane = self.c.view.pane(doc_id)
        if pane is None:
            return menu
        items: list[tuple[str, object] | None] = []
        selection = pane.current_selection()
        if selection:
            _d, s, e = selection
            items.append(("Highlight the selection\tCtrl+H", lambda: self.c.highlight(doc_id, s, e)))
            items.append(("Add a note to the selection…\tCtrl+Shift+N", lambda: self.c.ask_note(doc_id, s, e)))
            by_category = QMenu("Highlight the selection as", menu)
            for c in CATEGORIES:
                by_category.addAction(c.capitalize(), lambda c=c: self.c.highlight(doc_id, s, e, c))
            items.append(("", by_category))
            for a in [a for a in self.c.store.annotations_of(doc_id) if a.orphaned][:5]:
                items.append((f"Attach the orphaned note on “{one_line(a.target.exact, 30)}” here",
                              lambda _=False, k=a.id: self.c.reattach(k, doc_id, s, e)))
        if items:
            items.append(None)
        for mark in pane.text.marks_at(offset):
            if mark.layer == ANNOTATIONS and mark.key in self.c.store.annotations:
                quote = one_line(self.c.store.annotations[mark.key].target.exact, 30)
                items.append((f"Edit the note on “{quote}”…", lambda _=False, k=mark.key: self.c.edit(k)))
                items.append((f"Delete the highlight on “{quote}”", lambda _=False, k=mark.key: self.c.delete(k)))
            elif mark.layer in _MARK_KINDS:
                key = self.mark_key(doc_id, mark)
                if key:
                    kind = _MARK_KINDS[mark.layer]
                    items.append((f"Promote this {kind} mark to a note", lambda _=False, k=key: self.c.promote(k)))
                    items.append((f"Annotate this {kind} mark…", lambda _=False, k=key: self.c.ask_promote(k)))
        while items and items[-1] is None:
            items.pop()
        return _put_atop(menu, items)

    def extend_panel_menu(self, menu: QMenu, index, kind: str) -> QMenu:
        """Puts "promote to a note" / "annotate" for the blame or recommendation marks of a panel cell atop `menu`."""
        keys = [f"{kind}:{i}" for i in (index.data(MarkIdsRole) or [])]
        if not keys or self.c.session.comparison is None:
            return menu
        noun = "blame mark" if kind == "blame" else "recommendation"
        entries = [(f"Promote this {noun} to a note", lambda: self.c.promote(keys[0])),
                   (f"Annotate this {noun}…", lambda: self.c.ask_promote(keys[0]))] if len(keys) == 1 else \
            [(f"Promote these {len(keys)} {noun}s to notes", lambda: self.c.promote_all(keys))]
        return _put_atop(menu, entries)

    def annotation_menu(self, annotation_id: str) -> QMenu:
        menu = QMenu(self.c.window)
        a = self.c.store.annotations.get(annotation_id)
        if a is not None:
            menu.addAction("Edit note…", lambda: self.c.edit(annotation_id))
            menu.addAction("Delete", lambda: self.c.delete(annotation_id))
            pane = self.c.view.pane(self.c.store.doc_of.get(annotation_id, ""))
            selection = pane.current_selection() if pane is not None else None
            if a.orphaned:
                action = menu.addAction("Attach to the passage selected in its article")
                action.setEnabled(selection is not None)
                if selection is not None:
                    action.triggered.connect(lambda: self.c.reattach(annotation_id, *selection))
        return menu

    def show(self, menu: QMenu, pos: QPoint) -> None:
        if not menu.isEmpty():
            menu.exec(pos)

    def mark_key(self, doc_id: str, mark) -> str | None:
        """The core key of a pane's analysis mark: blame:<id>, recommendation:<id> or event:<id>:<n>."""
        if mark.layer == BLAME:
            return f"blame:{mark.key}"
        if mark.layer == RECOMMENDATIONS:
            return f"recommendation:{mark.key}"
        comparison = self.c.session.comparison
        event = next((e for e in comparison.events if e.id == mark.key), None) if comparison else None
        if event is None:
            return None
        for n, m in enumerate(event.mentions):
            if m.doc == doc_id and (m.start, m.end) == (mark.start, mark.end):
                return f"event:{event.id}:{n}"
        return None

