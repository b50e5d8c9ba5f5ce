"""The reader's annotations as a table (article, quote, note, tags, category, status) and its filter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from reader.core.annotations.model import Annotation
from reader.gui.models.roles import (
    AnnotationIdRole,
    CategoryRole,
    DocIdRole,
    PassageRole,
    StatusRole,
    TagsRole,
)
from reader.gui.snippets import one_line

COLUMNS = ("Article", "Quote", "Note", "Tags", "Category", "Status")
ARTICLE, QUOTE, NOTE, TAGS, CATEGORY, STATUS = range(len(COLUMNS))


@dataclass(frozen=True)
class NoteRow:
    """One annotation with the article it belongs to."""

    annotation: Annotation
    doc_id: str
    article: str  # the article's short title


class NotesModel(QAbstractTableModel):
    """Rows given by `set_rows`; read-only (edits go through the annotation commands)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NoteRow] = []

    def set_rows(self, rows: list[NoteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> NoteRow:
        return self._rows[row]

    def row_of(self, annotation_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.annotation.id == annotation_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        a, col = row.annotation, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.article, f"“{one_line(a.target.exact, 120)}”", one_line(a.body, 160),
                    " ".join(f"#{t}" for t in a.tags), a.category, "orphaned" if a.orphaned else "")[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == QUOTE:
                return a.target.exact
            if col == NOTE and a.body:
                return a.body
            if col == STATUS and a.orphaned:
                return "The passage was not found in the current text; the note is kept with its quote."
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS and a.orphaned:
            return QBrush(QColor("#B3261E"))
        if role == Qt.ItemDataRole.DecorationRole and col == CATEGORY and a.colour:
            return QColor(a.colour)
        if role == AnnotationIdRole:
            return a.id
        if role == DocIdRole:
            return row.doc_id
        if role == PassageRole:
            return None if a.orphaned else (row.doc_id, a.target.start, a.target.end)
        if role == TagsRole:
            return list(a.tags)
        if role == CategoryRole:
            return a.category
        if role == StatusRole:
            return a.status
        return None


class NotesFilter(QSortFilterProxyModel):
    """Keeps the rows of one article, one tag and one category (an empty choice keeps all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc_id = self.tag = self.category = ""

    def set_filter(self, doc_id: str | None = None, tag: str | None = None, category: str | None = None) -> None:
        self.beginFilterChange()
        if doc_id is not None:
            self.doc_id = doc_id
        if tag is not None:
            self.tag = tag
        if category is not None:
            self.category = category
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt override
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.doc_id and index.data(DocIdRole) != self.doc_id:
            return False
        if self.tag and self.tag not in (index.data(TagsRole) or []):
            return False
        if self.category and index.data(CategoryRole) != self.category:
            return False
        return True
