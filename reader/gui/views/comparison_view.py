"""The row of article panes with link strips between them: marks, event selection, navigation and scroll lock."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedLayout, QVBoxLayout, QWidget

from reader.core.analysis.model import Comparison, Event
from reader.gui.views import scroll_sync
from reader.gui.views.article_pane import ArticlePane
from reader.gui.views.link_strip import LinkStrip
from reader.gui.views.marks import EVENTS, LAYERS, UNIQUE, marks_for, shared_events
from reader.gui.views.pane_header import PANE_MIME


class ComparisonView(QWidget):
    """Shows a Comparison as panes side by side; the main window connects its signals to actions."""

    event_selected = Signal(str)  # event id ("" when none)
    mark_activated = Signal(str, str, str)  # doc id, layer, key (any mark clicked)
    move_requested = Signal(str, int)  # doc id, -1/+1
    move_to_requested = Signal(str, int)  # doc id, new index (a header dropped on a pane)
    close_requested = Signal(str)
    selection_changed = Signal(str, int, int)
    context_requested = Signal(str, int, QPoint)
    removed_requested = Signal(str)  # doc id: the reader asked to see what cleaning removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.panes: list[ArticlePane] = []
        self.strips: list[LinkStrip] = []
        self.layers: dict[str, bool] = {layer: True for layer in LAYERS}
        self.selected_event: str | None = None
        self.scroll_lock = True
        self.text_size = 10.5
        self._syncing = False
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(3)
        self.empty = QLabel("Open two to six articles to compare them:\nFile ▸ Open, drag files here, or paste text.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyHint")
        self._stack = QStackedLayout()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)
        self.setAcceptDrops(True)

    # --- reordering by dragging a header -------------------------------------------------------------
    def drop_index(self, x: int) -> int:
        """The pane position under x (in this widget's coordinates)."""
        for i, pane in enumerate(self.panes):
            if x < pane.mapTo(self, QPoint(pane.width(), 0)).x():
                return i
        return max(0, len(self.panes) - 1)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(PANE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files and links go on to the window

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(PANE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not event.mimeData().hasFormat(PANE_MIME):
            event.ignore()
            return
        doc_id = bytes(event.mimeData().data(PANE_MIME)).decode("utf-8")
        event.acceptProposedAction()
        self.move_to_requested.emit(doc_id, self.drop_index(int(event.position().x())))

    # --- building ---------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        """Shows a new or changed comparison; panes are rebuilt only when the articles or their order changed."""
        self.comparison = comparison
        docs = comparison.documents if comparison else []
        if [id(p.doc) for p in self.panes] != [id(d) for d in docs]:
            self._rebuild()
        if comparison and self.selected_event and not any(e.id == self.selected_event for e in comparison.events):
            self.selected_event = None
        self.refresh_marks()

    def _rebuild(self) -> None:
        sizes = self.splitter.sizes()
        old = {p.doc.id: p for p in self.panes}
        for w in self.panes + self.strips:
            w.setParent(None)
        for s in self.strips:
            s.deleteLater()
        self.strips = []
        docs = self.comparison.documents if self.comparison else []
        panes = []
        for doc in docs:
            pane = old.pop(doc.id, None)
            if pane is None:
                pane = self._new_pane(doc)
            elif pane.doc is not doc:  # the same article in a new version (a removed piece restored)
                pane.set_document(doc)
            panes.append(pane)
        for pane in old.values():
            pane.deleteLater()
        self.panes = panes
        for i, pane in enumerate(panes):
            if i:
                strip = LinkStrip(panes[i - 1].text, pane.text)
                strip.band_clicked.connect(self.select_event)
                self.strips.append(strip)
                self.splitter.addWidget(strip)
                self.splitter.setCollapsible(self.splitter.indexOf(strip), False)
            self.splitter.addWidget(pane)
            pane.set_position(i, len(panes))
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), 1)
        self._stack.setCurrentIndex(1 if panes else 0)
        if len(sizes) != self.splitter.count() and panes:
            total = max(self.splitter.width(), 600) - len(self.strips) * 40
            self.splitter.setSizes([40 if isinstance(self.splitter.widget(k), LinkStrip) else total // len(panes)
                                    for k in range(self.splitter.count())])

    def _new_pane(self, doc) -> ArticlePane:
        pane = ArticlePane(doc)
        pane.text.set_point_size(self.text_size)
        pane.mark_clicked.connect(self._on_pane_mark_clicked)
        pane.move_requested.connect(self.move_requested)
        pane.close_requested.connect(self.close_requested)
        pane.selection_changed.connect(self.selection_changed)
        pane.context_requested.connect(self.context_requested)
        pane.removed_requested.connect(self.removed_requested)
        pane.text.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._on_pane_scrolled(p))
        return pane

    def refresh_marks(self) -> None:
        if not self.comparison:
            return
        for pane in self.panes:
            pane.set_marks(marks_for(self.comparison, pane.doc.id), self.layers, self.selected_event)
        for strip in self.strips:
            strip.selected_event = self.selected_event
            strip.visible = self.layers[EVENTS]
            strip.update()

    def pane(self, doc_id: str) -> ArticlePane | None:
        return next((p for p in self.panes if p.doc.id == doc_id), None)

    # --- layers and lock ------------------------------------------------------------------------
    def set_layer_visible(self, layer: str, visible: bool) -> None:
        self.layers[layer] = visible
        self.refresh_marks()

    def set_text_size(self, size: float) -> None:
        """Sets the article text size in every pane (and in panes opened later)."""
        self.text_size = size
        for pane in self.panes:
            pane.text.set_point_size(size)
        for strip in self.strips:
            strip.update()

    def set_scroll_lock(self, locked: bool) -> None:
        self.scroll_lock = locked

    def _on_pane_scrolled(self, source: ArticlePane) -> None:
        if not self.scroll_lock or self._syncing:
            return
        self._syncing = True
        try:
            for pane in self.panes:
                if pane is not source:
                    scroll_sync.follow(source.text, pane.text)
        finally:
            self._syncing = False

    # --- events ---------------------------------------------------------------------------------
    def event_by_id(self, event_id: str | None) -> Event | None:
        if not self.comparison or not event_id:
            return None
        return next((e for e in self.comparison.events if e.id == event_id), None)

    def _on_pane_mark_clicked(self, doc_id: str, layer: str, key: str) -> None:
        if layer in (EVENTS, UNIQUE):
            self.select_event(key, origin=doc_id)
        self.mark_activated.emit(doc_id, layer, key)

    def select_event(self, event_id: str, origin: str | None = None) -> None:
        """Selects an event and scrolls every pane that reports it to its passage (the origin pane stays)."""
        event = self.event_by_id(event_id)
        self.selected_event = event.id if event else None
        self.refresh_marks()
        if event:
            self._syncing = True
            try:
                for pane in self.panes:
                    if pane.doc.id == origin:
                        continue
                    mention = next((m for m in event.mentions if m.doc == pane.doc.id), None)
                    if mention:
                        pane.text.scroll_to_offset(mention.start)
            finally:
                self._syncing = False
        self.event_selected.emit(self.selected_event or "")

    def jump_to(self, doc_id: str, start: int, end: int) -> None:
        """Scrolls one pane to a passage and selects it."""
        pane = self.pane(doc_id)
        if not pane:
            return
        self._syncing = True
        try:
            pane.text.scroll_to_offset(start)
        finally:
            self._syncing = False
        cursor = pane.text.cursor_at(start)
        cursor.setPosition(pane.text.cursor_at(end).position(), cursor.MoveMode.KeepAnchor)
        pane.text.setTextCursor(cursor)

    def navigation_order(self) -> list[Event]:
        """Shared events in reading order: by their place in the leftmost pane that reports them."""
        if not self.comparison:
            return []
        order = {p.doc.id: i for i, p in enumerate(self.panes)}

        def key(e: Event) -> tuple[int, int]:
            return min((order.get(m.doc, 99), m.start) for m in e.mentions)

        return sorted(shared_events(self.comparison), key=key)

    def select_widest_event(self) -> None:
        """Selects the shared event reported by the most articles (the first such in reading order)."""
        events = self.navigation_order()
        if events:
            self.select_event(max(events, key=lambda e: len(e.docs)).id)

    def step_event(self, delta: int) -> None:
        """Selects the next (+1) or previous (-1) shared event, wrapping around."""
        events = self.navigation_order()
        if not events:
            return
        ids = [e.id for e in events]
        if self.selected_event in ids:
            i = (ids.index(self.selected_event) + delta) % len(ids)
        else:
            i = 0 if delta > 0 else len(ids) - 1
        self.select_event(ids[i])
