"""One article: a header (title, outlet, author, date, move and close buttons) over its marked text and overview."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from reader.core.documents.model import Document
from reader.gui import icons
from reader.gui.views.marks import ANNOTATIONS, Mark, annotation_marks
from reader.gui.views.overview_strip import OverviewStrip
from reader.gui.views.pane_header import ElidedLabel, PaneHeader, TitleLabel
from reader.gui.views.text_view import TextView


def _meta_line(doc: Document) -> str:
    parts = [p for p in (doc.outlet, doc.author, doc.date) if p]
    return " · ".join(parts) if parts else doc.source.rsplit("/", 1)[-1]


class ArticlePane(QFrame):
    """Shows one Document; the comparison view gives it marks and listens to its signals."""

    mark_clicked = Signal(str, str, str)  # doc id, layer, key
    move_requested = Signal(str, int)  # doc id, -1 left / +1 right
    close_requested = Signal(str)
    selection_changed = Signal(str, int, int)  # doc id, start, end: the extension point for annotations
    context_requested = Signal(str, int, QPoint)  # doc id, offset, global position
    removed_requested = Signal(str)  # doc id: show what cleaning removed from this article

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("articlePane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(180)
        self.title = TitleLabel()
        self.title.setObjectName("paneTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.meta = ElidedLabel()
        self.meta.setObjectName("paneMeta")
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.left_button = self._button("go-previous", "Move this article left", lambda: self.move_requested.emit(self.doc.id, -1))
        self.right_button = self._button("go-next", "Move this article right", lambda: self.move_requested.emit(self.doc.id, 1))
        self.close_button = self._button("window-close", "Close this article", lambda: self.close_requested.emit(self.doc.id))
        self.removed_button = QToolButton()
        self.removed_button.setObjectName("removedButton")
        self.removed_button.setAutoRaise(True)
        self.removed_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        small = self.removed_button.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.removed_button.setFont(small)
        self.removed_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.removed_button.clicked.connect(lambda: self.removed_requested.emit(self.doc.id))
        self.text = TextView()
        self.overview = OverviewStrip(self.text)
        self._annotations: list[tuple[int, int, str, str, str]] = []
        self._marks: list[Mark] = []
        self._visible: dict[str, bool] | None = None  # set by set_marks; nothing is drawn before
        self._selected: str | None = None

        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        for b in (self.left_button, self.right_button, self.close_button):
            buttons.addWidget(b)
        head_text = QVBoxLayout()
        head_text.setSpacing(1)
        head_text.addWidget(self.title)
        meta_row = QHBoxLayout()
        meta_row.setSpacing(4)
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.removed_button)
        meta_row.addLayout(buttons)  # under the title, which so gets the pane's whole width
        head_text.addLayout(meta_row)
        header = QHBoxLayout()
        header.setContentsMargins(6, 4, 2, 2)
        header.addLayout(head_text, 1)
        head = PaneHeader(doc.id)
        self.header = head
        head.setObjectName("paneHeader")
        head.setLayout(header)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.text, 1)
        body.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(head)
        layout.addLayout(body, 1)

        self.text.mark_clicked.connect(lambda layer, key: self.mark_clicked.emit(self.doc.id, layer, key))
        self.text.selection_made.connect(lambda s, e: self.selection_changed.emit(self.doc.id, s, e))
        self.text.context_requested.connect(lambda off, pos: self.context_requested.emit(self.doc.id, off, pos))
        self.set_document(doc)

    def _button(self, icon: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setIcon(icons.icon(icon))
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    def set_document(self, doc: Document) -> None:
        self.doc = doc
        self.title.set_title(doc.title or doc.source)
        self.header.doc_id = doc.id
        self.meta.set_full_text(_meta_line(doc))
        self.text.set_text(doc.text)
        count = len(doc.removed)
        self.removed_button.setText(f"{count} removed")
        self.removed_button.setToolTip(f"{count} piece{'s' if count != 1 else ''} of page clutter removed by cleaning"
                                       " — show them, restore what you need")
        self.removed_button.setVisible(count > 0)

    def set_position(self, index: int, count: int) -> None:
        """Enables the move buttons that make sense at this place in the row."""
        self.left_button.setEnabled(index > 0)
        self.right_button.setEnabled(index < count - 1)

    def set_marks(self, marks: list[Mark], visible: dict[str, bool], selected_event: str | None) -> None:
        self._marks = marks
        self._visible, self._selected = visible, selected_event
        self._redraw()

    def set_annotations(self, annotations: list[tuple[int, int, str, str, str]]) -> None:
        """The reader's annotations as (start, end, colour, tooltip, id), drawn in their own layer."""
        self._annotations = list(annotations)
        if self._visible is not None:
            self._redraw()

    def _redraw(self) -> None:
        extra = annotation_marks(self._annotations)
        colours = {i: c for _s, _e, c, _t, i in self._annotations}
        self.text.set_marks(sorted(self._marks + extra, key=lambda m: (m.start, m.end)), self._visible,
                            self._selected, colours)
        self.overview.update()

    def current_selection(self) -> tuple[str, int, int] | None:
        """The selected passage as (doc id, start, end), or None."""
        r = self.text.selected_range()
        return (self.doc.id, r[0], r[1]) if r else None

    def layer_marks(self, layer: str) -> list[Mark]:
        return [m for m in self.text.marks() if m.layer == layer]

    def annotation_ids(self) -> list[str]:
        return [m.key for m in self.text.marks() if m.layer == ANNOTATIONS]
