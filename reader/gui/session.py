"""The open comparison: its articles, the analysis, the corrections on an undo stack, and background loading."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader import paths
from reader.core.analysis.corrections import Correction, CorrectionError
from reader.core.analysis.model import Comparison
from reader.core.documents.errors import LoadError
from reader.core.documents.model import Document
from reader.core.documents.restoring import restore_pieces
from reader.core.store.atomic import atomic_write_text
from reader.gui import tasks
from reader.gui.loading import LoadResult, load_and_analyze
from reader.gui.restore_command import RestoreCommand


_STARTING = object()


class _CorrectionCommand(QUndoCommand):
    """The one adapter from a core correction to the Qt undo stack."""

    def __init__(self, session: Session, correction: Correction) -> None:
        super().__init__(correction.describe())
        self._session, self.correction = session, correction

    def redo(self) -> None:
        self._session._redo_correction(self.correction)

    def undo(self) -> None:
        self._session._undo_correction(self.correction)


class Session(QObject):
    """Holds the comparison shown in the window and everything that changes it."""

    comparison_changed = Signal()  # a new analysis or a correction: redraw everything
    order_changed = Signal()  # articles moved: rebuild the panes
    loading_started = Signal()
    loading_progressed = Signal(str, float)
    loading_finished = Signal()
    load_failed = Signal(list)  # one line per input that could not be used
    correction_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.undo_stack = QUndoStack(self)
        self._baked: list[dict] = []  # corrections replayed from before the last re-analysis
        self._task: tasks.Task | None = None
        self._pending: list[tuple[list[str], Document | None, list[dict] | None]] = []  # specs, swap, corrections
        self._job_corrections: list[dict] = []
        self._job_keeps_stack = False  # a restore (or its undo): the undo stack stays as it is

    # --- what is open -------------------------------------------------------------------------
    @property
    def documents(self) -> list:
        return list(self.comparison.documents) if self.comparison else []

    def document(self, doc_id: str) -> Document | None:
        """The open article with this id, or None (a pane closed meanwhile, no comparison)."""
        return next((d for d in self.documents if d.id == doc_id), None)

    def sources(self) -> list[str]:
        return [d.source for d in self.documents]

    @property
    def busy(self) -> bool:
        return self._task is not None

    def corrections(self) -> list[dict]:
        """Every correction in force, oldest first, as plain dicts (for the library or the settings)."""
        return self._baked + self._live_corrections()

    def kept(self) -> dict[str, list[str]]:
        """The removed pieces the reader restored, by source (for reopening the comparison)."""
        return {d.source: list(d.kept) for d in self.documents if d.kept}

    def _live_corrections(self) -> list[dict]:
        """The corrections done through the undo stack (not yet baked into an analysis)."""
        return [c.to_dict() for c in self._live_commands()]

    def _live_commands(self) -> list[Correction]:
        live: list[Correction] = []

        def collect(command) -> None:
            if isinstance(command, _CorrectionCommand):
                live.append(command.correction)
            for j in range(command.childCount()):  # a macro (several corrections undone as one)
                collect(command.child(j))

        for i in range(self.undo_stack.index()):
            collect(self.undo_stack.command(i))
        return live

    # --- loading -----------------------------------------------------------------------------
    def open(self, specs: Sequence[str], corrections: Sequence[dict] = (),
             kept: dict[str, list[str]] | None = None) -> None:
        """Replaces the comparison with these files or URLs (`kept`: restored pieces, by source)."""
        self._start([], list(specs), list(corrections), kept=kept)

    def add(self, specs: Sequence[str]) -> None:
        """Adds files or URLs to the open comparison."""
        self._start(self.documents, list(specs), self.corrections())

    def add_text(self, text: str, title: str = "") -> None:
        """Keeps pasted text as a file in the data folder (nothing the user made is lost) and adds it."""
        body = f"{title.strip()}\n\n{text.strip()}\n" if title.strip() else text.strip() + "\n"
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
        path = paths.data_dir() / "pasted" / f"pasted-{digest}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, body)
        self.add([str(path)])

    def remove(self, doc_id: str) -> None:
        """Closes one article and analyses the rest again."""
        rest = [d for d in self.documents if d.id != doc_id]
        if len(rest) == len(self.documents):
            return
        if not rest:
            self.comparison = None
            self.undo_stack.clear()
            self._baked = []
            self.comparison_changed.emit()
            return
        self._start(rest, [], self.corrections())

    def move(self, doc_id: str, delta: int) -> None:
        """Moves an article left (-1) or right (+1) among the panes."""
        i = next((k for k, d in enumerate(self.documents) if d.id == doc_id), None)
        if i is not None:
            self.move_to(doc_id, i + delta)

    def move_to(self, doc_id: str, index: int) -> None:
        """Puts an article at position `index` among the panes (drag and drop)."""
        if not self.comparison:
            return
        docs = self.comparison.documents
        doc = next((d for d in docs if d.id == doc_id), None)
        if doc is None or not 0 <= index < len(docs) or docs.index(doc) == index:
            return
        docs.remove(doc)
        docs.insert(index, doc)
        self.order_changed.emit()

    def cancel(self) -> None:
        if self._task:
            if self._task is not _STARTING:
                self._task.cancel()
            self._task = None
            self._pending.clear()
            self.loading_finished.emit()

    def _start(self, documents: list, specs: list[str], corrections: list[dict], swap: Document | None = None,
               kept: dict[str, list[str]] | None = None) -> None:
        """Runs a load-and-analyse job; with `swap`, that document replaces the one of the same id."""
        if self._task:  # queue behind the running job, on top of its result
            self._pending.append((specs, swap, corrections if swap is not None else None))
            return
        if swap is not None:
            documents = [swap if d.id == swap.id else d for d in documents]
        self.loading_started.emit()
        self._job_corrections = corrections
        self._job_keeps_stack = swap is not None
        self._task = _STARTING  # inline tasks (tests) finish inside run_task and reset this
        task = tasks.run_task(load_and_analyze, documents, specs, corrections, kept,
                              on_done=self._on_task_succeeded, on_error=self._on_task_failed,
                              on_progress=self._on_task_progressed)
        if self._task is _STARTING:
            self._task = task

    def _on_task_progressed(self, stage: str, fraction: float) -> None:
        self.loading_progressed.emit(stage, fraction)

    def _on_task_failed(self, message: str) -> None:
        self._task = None
        self.load_failed.emit([f"analysis failed: {message}"])
        self._next_or_finish()

    def _on_task_succeeded(self, result: LoadResult) -> None:
        self._task = None
        if result.comparison is not None and self._job_keeps_stack:
            self.comparison = result.comparison  # the baked corrections were replayed by the job;
            for correction in self._live_commands():  # those redone meanwhile follow onto the new analysis
                try:
                    correction.do(self.comparison)
                except CorrectionError as exc:
                    self.correction_failed.emit(str(exc))
            self.comparison_changed.emit()
        elif result.comparison is not None:
            self.undo_stack.clear()
            self._baked = self._job_corrections  # replayed on the new analysis by the job
            self.comparison = result.comparison
            self.comparison_changed.emit()
        if result.errors:
            self.load_failed.emit(result.errors)
        self._next_or_finish()

    def _next_or_finish(self) -> None:
        if self._pending:
            specs, swap, corrections = self._pending.pop(0)
            self._start(self.documents, specs, self.corrections() if corrections is None else corrections, swap)
        else:
            self.loading_finished.emit()

    # --- restoring what cleaning removed ---------------------------------------------------------
    def restore(self, doc_id: str, indexes: Sequence[int]) -> bool:
        """Puts removed pieces back into an article as one undoable step; False (and a message) if it cannot."""
        doc = self.document(doc_id)
        if doc is None or not indexes:
            return False
        try:
            after = restore_pieces(doc, indexes)
        except LoadError as exc:
            self.correction_failed.emit(str(exc))
            return False
        corrections = self.corrections()  # the stack's corrections are kept (baked) with the restore's undo
        self.undo_stack.clear()
        self._baked = corrections
        self.undo_stack.push(RestoreCommand(self, doc, after, corrections))
        return True

    def replace_document(self, doc: Document, corrections: list[dict]) -> None:
        """Shows `doc` in place of the article with its id, analysed again with `corrections` (undo stack kept)."""
        self._baked = list(corrections)
        self._start(self.documents, [], list(corrections), swap=doc)

    # --- corrections ----------------------------------------------------------------------------
    def apply(self, correction: Correction) -> bool:
        """Applies a correction through the undo stack; False (and `correction_failed`) if it does not fit."""
        if self.comparison is None:
            return False
        try:
            correction.do(self.comparison)
        except CorrectionError as exc:
            self.correction_failed.emit(str(exc))
            return False
        correction.undo(self.comparison)
        self.undo_stack.push(_CorrectionCommand(self, correction))
        return True

    def _redo_correction(self, correction: Correction) -> None:
        correction.do(self.comparison)
        self.comparison_changed.emit()

    def _undo_correction(self, correction: Correction) -> None:
        correction.undo(self.comparison)
        self.comparison_changed.emit()
