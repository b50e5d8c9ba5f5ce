"""The Notes panel: the reader's annotations (filtered by article, tag, category) and the comparison's own notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTabWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.model import CATEGORIES, ComparisonNote
from reader.gui.models.notes_model import ARTICLE, CATEGORY, NOTE, QUOTE, STATUS, TAGS, NotesFilter, NotesModel, NoteRow
from reader.gui.models.roles import AnnotationIdRole, PassageRole
from reader.gui.snippets import one_line


def _note_line(note: ComparisonNote) -> str:
    tags = " ".join(f"#{t}" for t in note.tags)
    return one_line(note.body, 200) + (f"   {tags}" if tags else "")


class NotesPanel(QWidget):
    """Lists annotations given by `set_rows` and comparison notes given by `set_comparison_notes`."""

    passage_activated = Signal(str, int, int)  # doc id, start, end: jump there
    orphan_activated = Signal(str)  # annotation id whose passage is gone
    edit_requested = Signal(str)  # annotation id
    delete_requested = Signal(str)
    context_requested = Signal(str, QPoint)  # annotation id, global position
    comparison_note_add_requested = Signal()
    comparison_note_edit_requested = Signal(str)  # note id
    comparison_note_delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesModel(self)
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.article_box, self.tag_box, self.category_box = QComboBox(), QComboBox(), QComboBox()
        self.article_box.addItem("All articles", "")
        self.tag_box.addItem("All tags", "")
        self.category_box.addItem("All categories", "")
        for c in CATEGORIES:
            self.category_box.addItem(c.capitalize(), c)
        for box in (self.article_box, self.tag_box, self.category_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(7)
            box.currentIndexChanged.connect(self._on_filter_changed)
        self.count = QLabel()
        self.edit_button, self.delete_button = self._tool_button("Edit…"), self._tool_button("Delete")
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for w in (self.article_box, self.tag_box, self.category_box):
            filters.addWidget(w, 1)
        filters.addWidget(self.count)
        filters.addWidget(self.edit_button)
        filters.addWidget(self.delete_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        for col, mode in ((ARTICLE, QHeaderView.ResizeMode.Interactive), (QUOTE, QHeaderView.ResizeMode.Stretch),
                          (NOTE, QHeaderView.ResizeMode.Stretch), (TAGS, QHeaderView.ResizeMode.ResizeToContents),
                          (CATEGORY, QHeaderView.ResizeMode.ResizeToContents),
                          (STATUS, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        header.moveSection(header.visualIndex(ARTICLE), TAGS)  # quote and note first: they matter most
        header.resizeSection(ARTICLE, 110)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_clicked)
        self.table.doubleClicked.connect(lambda i: self.edit_requested.emit(i.data(AnnotationIdRole)))
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.installEventFilter(self)  # the Delete key deletes the selected note
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.hint = QLabel("Select a passage in any article, then right-click it or press Ctrl+H to highlight, "
                           "Ctrl+Shift+N to add a note.")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens the dock
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.table, 1)

        self.comparison_list = QListWidget()
        self.comparison_list.setWordWrap(True)
        self.comparison_list.itemDoubleClicked.connect(
            lambda item: self.comparison_note_edit_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.comparison_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_note_button = self._tool_button("Add…")
        self.add_note_button.setToolTip("Add a note about the whole comparison")
        self.add_note_button.clicked.connect(self.comparison_note_add_requested)
        self.edit_note_button, self.delete_note_button = self._tool_button("Edit…"), self._tool_button("Delete")
        self.edit_note_button.clicked.connect(lambda: self._emit_note(self.comparison_note_edit_requested))
        self.delete_note_button.clicked.connect(lambda: self._emit_note(self.comparison_note_delete_requested))
        note_buttons = QHBoxLayout()
        note_buttons.setContentsMargins(0, 0, 0, 0)
        note_buttons.addWidget(QLabel("Free notes about the comparison as a whole"), 1)
        for b in (self.add_note_button, self.edit_note_button, self.delete_note_button):
            note_buttons.addWidget(b)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(note_buttons)
        right_layout.addWidget(self.comparison_list, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(left, "Passages")
        self.tabs.addTab(right, "Comparison")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)
        self._update_buttons()

    @staticmethod
    def _tool_button(text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        return button

    # --- contents ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[NoteRow], articles: list[tuple[str, str]]) -> None:
        """The annotations to list and the articles (doc id, title) offered as a filter; filters are kept."""
        selected = self.current_id()
        self.model.set_rows(rows)
        self._refill(self.article_box, "All articles", articles)
        tags = sorted({t for r in rows for t in r.annotation.tags}, key=str.casefold)
        self._refill(self.tag_box, "All tags", [(t, f"#{t}") for t in tags])
        self.hint.setVisible(not rows)
        self.tabs.setTabText(0, f"Passages ({len(rows)})" if rows else "Passages")
        self._update_count()
        if selected:
            self.select(selected)
        self._update_buttons()

    def _refill(self, box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData() or ""
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for key, label in items:
            box.addItem(label if len(label) < 50 else label[:49] + "…", key)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
        if (box.currentData() or "") != current:
            self._on_filter_changed()

    def set_comparison_notes(self, notes: list[ComparisonNote]) -> None:
        current = self.comparison_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.comparison_list.clear()
        for note in notes:
            item = QListWidgetItem(_note_line(note))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(note.body)
            self.comparison_list.addItem(item)
            if note.id == keep:
                self.comparison_list.setCurrentItem(item)
        self.tabs.setTabText(1, f"Comparison ({len(notes)})" if notes else "Comparison")
        self._update_buttons()

    def select(self, annotation_id: str) -> bool:
        """Selects the row of this annotation (if the filters show it)."""
        row = self.model.row_of(annotation_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(AnnotationIdRole) if rows else None

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(AnnotationIdRole) for r in range(self.proxy.rowCount())]

    # --- handlers ---------------------------------------------------------------------------------
    def _on_filter_changed(self, *_args) -> None:
        self.proxy.set_filter(self.article_box.currentData() or "", self.tag_box.currentData() or "",
                              self.category_box.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        orphaned = sum(self.model.row_object(r).annotation.orphaned for r in range(total))
        text = f"{shown} of {total}" if shown != total else f"{total} note{'s' if total != 1 else ''}"
        self.count.setText(text + (f" · {orphaned} orphaned" if orphaned else ""))

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        note = self.comparison_list.currentItem() is not None
        self.edit_note_button.setEnabled(note)
        self.delete_note_button.setEnabled(note)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.current_id():
            self._emit_current(self.delete_requested)
            return True
        return super().eventFilter(obj, event)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        passage = index.data(PassageRole)
        if passage:
            self.passage_activated.emit(*passage)
        else:
            self.orphan_activated.emit(index.data(AnnotationIdRole))

    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.context_requested.emit(index.data(AnnotationIdRole), self.table.viewport().mapToGlobal(pos))

    def _emit_current(self, signal) -> None:
        current = self.current_id()
        if current:
            signal.emit(current)

    def _emit_note(self, signal) -> None:
        item = self.comparison_list.currentItem()
        if item is not None:
            signal.emit(item.data(Qt.ItemDataRole.UserRole))
