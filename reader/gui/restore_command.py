"""The undoable "restore a removed piece": swaps one article for its version with (or without) the piece."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from reader.core.analysis.correction_offsets import shift_corrections
from reader.core.documents.model import Document
from reader.gui.snippets import one_line

if TYPE_CHECKING:
    from reader.gui.session import Session


def describe(before: Document, after: Document) -> str:
    """The Edit menu's text: which piece (or how many) came back."""
    kept = [k for k in after.kept if k not in before.kept]
    pieces = [r for r in before.removed if r.key in kept]
    if len(pieces) == 1:
        return f"restore “{one_line(pieces[0].text, 40)}”"
    return f"restore {len(pieces)} removed pieces ({pieces[0].reason})" if pieces else "restore removed text"


class RestoreCommand(QUndoCommand):
    """Redo shows `after` in place of `before` and analyses again; undo puts `before` back.

    The corrections in force when the piece came back are kept, their passages moved to the new text.
    """

    def __init__(self, session: Session, before: Document, after: Document, corrections: list[dict]) -> None:
        super().__init__(describe(before, after))
        self._session, self.before, self.after = session, before, after
        self._corrections_before = [dict(c) for c in corrections]
        self._corrections_after = shift_corrections(corrections, before.id, before.text, after.text)

    def redo(self) -> None:
        self._session.replace_document(self.after, self._corrections_after)

    def undo(self) -> None:
        self._session.replace_document(self.before, self._corrections_before)
