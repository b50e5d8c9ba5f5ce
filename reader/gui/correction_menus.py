"""Context menus that turn the reader's judgement into corrections: link, unlink, rename, merge, split, dismiss."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from reader.core.analysis.corrections import (
    DismissMark,
    LinkPassages,
    MergeActors,
    RenameEvent,
    SplitActor,
    UnlinkPassage,
)
from reader.gui.models.roles import ActorKeyRole, EventIdRole, MarkIdsRole
from reader.gui.session import Session
from reader.gui.views.comparison_view import ComparisonView
from reader.gui.views.marks import BLAME, EVENTS, RECOMMENDATIONS, UNIQUE


class CorrectionMenus:
    """Builds the menus; every choice becomes one core correction pushed through the session's undo stack."""

    def __init__(self, session: Session, view: ComparisonView, parent: QWidget) -> None:
        self.session, self.view, self.parent = session, view, parent
        self.remembered: tuple[str, int, int] | None = None  # a passage kept for "link with…"

    # --- from the text --------------------------------------------------------------------------
    def text_menu(self, doc_id: str, offset: int) -> QMenu:
        menu = QMenu(self.parent)
        pane = self.view.pane(doc_id)
        if pane is None:
            return menu
        selection = pane.current_selection()
        for mark in pane.text.marks_at(offset):
            if mark.layer in (EVENTS, UNIQUE):
                label = self._event_label(mark.key)
                menu.addAction(f"Unlink this passage from “{label}”",
                               lambda m=mark: self.session.apply(UnlinkPassage(doc_id, m.start, m.end)))
                menu.addAction(f"Rename event “{label}”…", lambda m=mark: self.rename(doc_id, m.start, m.end))
                if self.remembered and self.remembered[0] != doc_id:
                    menu.addAction("Link the remembered passage to this event",
                                   lambda m=mark: self.link((doc_id, m.start, m.end), self.remembered))
            elif mark.layer == BLAME:
                menu.addAction("Dismiss this blame mark",
                               lambda m=mark: self.session.apply(DismissMark("blame", doc_id, m.start, m.end)))
            elif mark.layer == RECOMMENDATIONS:
                menu.addAction("Dismiss this recommendation",
                               lambda m=mark: self.session.apply(DismissMark("recommendation", doc_id, m.start, m.end)))
        if selection:
            menu.addSeparator()
            selected = self.view.event_by_id(self.view.selected_event)
            if selected:
                anchor = selected.mentions[0]
                menu.addAction(f"Add the selection to “{selected.label}”",
                               lambda: self.link((anchor.doc, anchor.start, anchor.end), selection))
            menu.addAction("Remember the selection for linking", lambda: self._remember(selection))
            if self.remembered and self.remembered[0] != doc_id:
                menu.addAction("Link the selection with the remembered passage",
                               lambda: self.link(self.remembered, selection))
        if menu.isEmpty():
            menu.addAction("Select a passage to link it, or right-click a mark to correct it").setEnabled(False)
        return menu

    def _remember(self, passage: tuple[str, int, int]) -> None:
        self.remembered = passage

    def _event_label(self, event_id: str) -> str:
        event = self.view.event_by_id(event_id)
        label = event.label if event else event_id
        return label if len(label) < 40 else label[:37] + "…"

    def link(self, a: tuple[str, int, int], b: tuple[str, int, int] | None) -> bool:
        if b is None:
            return False
        done = self.session.apply(LinkPassages(a[0], a[1], a[2], b[0], b[1], b[2]))
        if done:
            self.remembered = None
        return done

    def rename(self, doc_id: str, start: int, end: int) -> None:
        from reader.core.analysis.corrections import find_event_at

        found = find_event_at(self.session.comparison, doc_id, start, end)
        old = found[0].label if found else ""
        label, ok = QInputDialog.getText(self.parent, "Rename event", "New label:", text=old)
        if ok and label.strip() and label.strip() != old:
            self.session.apply(RenameEvent(doc_id, start, end, label.strip()))

    # --- from the panels ----------------------------------------------------------------------
    def events_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self.parent)
        event = self.view.event_by_id(index.data(EventIdRole))
        if event:
            m = event.mentions[0]
            menu.addAction(f"Rename “{self._event_label(event.id)}”…", lambda: self.rename(m.doc, m.start, m.end))
            for mention in event.mentions:
                menu.addAction(f"Unlink its passage in {mention.doc}",
                               lambda x=mention: self.session.apply(UnlinkPassage(x.doc, x.start, x.end)))
        return menu

    def _dismiss_cell(self, menu: QMenu, index: QModelIndex, layer: str, marks: list) -> None:
        ids = set(index.data(MarkIdsRole) or [])
        chosen = [m for m in marks if m.id in ids]
        if chosen:
            noun = "blame mark" if layer == "blame" else "recommendation"
            menu.addAction(f"Dismiss this {noun}" if len(chosen) == 1 else f"Dismiss these {len(chosen)} {noun}s",
                           lambda: self._dismiss_all(layer, chosen))

    def _dismiss_all(self, layer: str, marks: list) -> None:
        self.session.undo_stack.beginMacro(f"dismiss {len(marks)} {layer} marks")
        for m in marks:
            self.session.apply(DismissMark(layer, m.doc, m.start, m.end))
        self.session.undo_stack.endMacro()

    def recommendations_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self.parent)
        if self.session.comparison:
            self._dismiss_cell(menu, index, "recommendation", self.session.comparison.recommendations)
        return menu

    def blame_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self.parent)
        comparison = self.session.comparison
        if comparison:
            self._dismiss_cell(menu, index, "blame", comparison.blame)
        actor = comparison.actor(index.data(ActorKeyRole)) if comparison else None
        if actor is None:
            if menu.isEmpty():
                menu.addAction("No actor to correct here").setEnabled(False)
            return menu
        others = [a.name for a in comparison.actors if a is not actor]
        if others:
            menu.addAction(f"Merge another actor into {actor.name}…", lambda: self._merge(actor.name, others))
        for alias in actor.aliases:
            menu.addAction(f"Split “{alias}” off as its own actor",
                           lambda a=alias: self.session.apply(SplitActor(actor.name, a)))
        return menu

    def _merge(self, keep: str, others: list[str]) -> None:
        other, ok = QInputDialog.getItem(self.parent, "Merge actors", f"Which actor is also {keep}?", others, 0, False)
        if ok and other:
            self.session.apply(MergeActors(keep, other))

    def show(self, menu: QMenu, pos: QPoint) -> None:
        if not menu.isEmpty():
            menu.exec(pos)
