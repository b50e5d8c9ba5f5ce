"""Glue for what cleaning removed: a pane's "N removed" button opens the Removed panel; Restore goes through the session."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from reader.core.documents.model import Document, Removed
from reader.gui.views.removed_panel import MINIMUM_WIDTH, RemovedPanel


class RemovedPieces(QObject):
    """Shows an article's removed pieces in a docked panel, restores through the undo stack, shows the piece back."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.session, self.view = window, window.session, window.view
        self.panel = RemovedPanel()
        self.panel.restore_requested.connect(self.restore)
        self.dock = QDockWidget("Removed by cleaning", window)
        self.dock.setObjectName("removedDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self._add_to_view_menu()
        self._doc_id: str | None = None
        self._show_after: tuple[str, Removed, Document] | None = None  # scroll to the piece once it is back
        self.view.removed_requested.connect(self.show_removed)
        self.session.comparison_changed.connect(self._on_session_comparison_changed)

    def show_removed(self, doc_id: str) -> RemovedPanel | None:
        """Shows (and raises) the list of what cleaning removed from the article `doc_id`."""
        doc = self.session.document(doc_id)
        if doc is None:
            return None
        self._doc_id = doc_id
        self._list(doc)
        self.dock.show()
        self.dock.raise_()
        self.window.resizeDocks([self.dock], [max(MINIMUM_WIDTH, self.window.width() // 3)], Qt.Orientation.Horizontal)
        return self.panel
    def _list(self, doc: Document) -> None:
        self.panel.set_document(doc)
        self.dock.setWindowTitle(f"Removed by cleaning ({len(doc.removed)})")

    def _add_to_view_menu(self) -> None:
        """View ▸ Removed by Cleaning, beside the other panels (before the Theme submenu)."""
        toggle = self.dock.toggleViewAction()
        toggle.setText("Removed by &Cleaning")
        toggle.setStatusTip("Show what cleaning took out of an article, to restore what you need")
        actions = self.window.actions
        actions.view_menu.insertAction(actions.theme_menu.menuAction(), toggle)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self.panel.doc is None and self.view.panes:  # opened from the View menu
            self.show_removed(self.view.panes[0].doc.id)

    def restore(self, doc_id: str, indexes: list[int]) -> bool:
        """Puts the pieces back (one undoable step); the article is analysed again off the GUI thread."""
        doc = self.session.document(doc_id)
        if doc is None or not indexes:
            return False
        piece = doc.removed[indexes[0]] if 0 <= indexes[0] < len(doc.removed) else None
        self._show_after = (doc_id, piece, doc) if piece else None  # set first: inline tasks (tests) show the result at once
        if not self.session.restore(doc_id, indexes):
            self._show_after = None
            return False
        self.window.statusBar().showMessage("Restored; Edit ▸ Undo puts it away again", 6000)
        return True

    def _on_session_comparison_changed(self) -> None:
        comparison = self.session.comparison
        doc = self.session.document(self._doc_id) if self._doc_id is not None else None
        if doc is None:
            self.dock.hide()
        elif doc is not self.panel.doc:
            self._list(doc)
        if self._show_after and comparison is not None:
            doc_id, piece, old = self._show_after
            target = self.session.document(doc_id)
            if target is None or target is old:
                return  # the new analysis is still on its way
            self._show_after = None
            found = find_piece(target.text, piece)
            if found is not None:
                self.view.jump_to(doc_id, *found)


def find_piece(text: str, piece: Removed) -> tuple[int, int] | None:
    """Where a restored piece's opening words stand in `text`: the occurrence nearest its old place."""
    words = " ".join(piece.text.split()[:8])
    if not words:
        return None
    places, at = [], text.find(words)
    while at >= 0:
        places.append(at)
        at = text.find(words, at + 1)
    if not places:
        return None
    best = min(places, key=lambda p: abs(p - piece.offset))
    return best, best + len(words)
