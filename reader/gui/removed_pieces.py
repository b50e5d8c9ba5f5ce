"""Glue for what cleaning removed: a pane's "N removed" button opens the list; Restore goes through the session."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.gui.dialogs.removed_dialog import RemovedDialog


class RemovedPieces(QObject):
    """Opens the removed-pieces dialog of an article, restores through the undo stack, shows the piece back."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.session, self.view = window, window.session, window.view
        self.dialog: RemovedDialog | None = None
        self._doc_id: str | None = None
        self._show_after: tuple[str, str, object] | None = None  # (doc id, text, old doc): scroll there once restored
        self.view.removed_requested.connect(self.show_removed)
        self.session.comparison_changed.connect(self._on_session_comparison_changed)

    def show_removed(self, doc_id: str) -> RemovedDialog | None:
        """Opens (or raises) the list of what cleaning removed from the article `doc_id`."""
        comparison = self.session.comparison
        doc = comparison.document(doc_id) if comparison else None
        if doc is None:
            return None
        if self.dialog is None:
            self.dialog = RemovedDialog(self.window)
            self.dialog.restore_requested.connect(self.restore)
        self._doc_id = doc_id
        self.dialog.set_document(doc)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def restore(self, doc_id: str, indexes: list[int]) -> bool:
        """Puts the pieces back (one undoable step); the article is analysed again off the GUI thread."""
        comparison = self.session.comparison
        doc = comparison.document(doc_id) if comparison else None
        if doc is None or not indexes:
            return False
        first = doc.removed[indexes[0]].text if 0 <= indexes[0] < len(doc.removed) else ""
        if not self.session.restore(doc_id, indexes):
            return False
        self._show_after = (doc_id, first, doc)
        self.window.statusBar().showMessage("Restored; Edit ▸ Undo puts it away again", 6000)
        return True

    def _on_session_comparison_changed(self) -> None:
        comparison = self.session.comparison
        doc = None
        if comparison is not None and self._doc_id is not None:
            doc = next((d for d in comparison.documents if d.id == self._doc_id), None)
        if self.dialog is not None and self.dialog.isVisible():
            if doc is None:
                self.dialog.close()
            elif doc is not self.dialog.doc:
                self.dialog.set_document(doc)
        if self._show_after and comparison is not None:
            doc_id, text, old = self._show_after
            target = next((d for d in comparison.documents if d.id == doc_id), None)
            if target is None or target is old:
                return  # the new analysis is still on its way
            self._show_after = None
            words = " ".join(text.split()[:8])
            at = target.text.find(words) if words else -1
            if at >= 0:
                self.view.jump_to(doc_id, at, at + len(words))
