"""Base of the panel models: rows of some kind, one column of labels then one column per article."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.analysis.model import Comparison
from reader.gui.models.roles import DocIdRole


def column_title(doc) -> str:
    """A short name for an article's column: its outlet, else the start of its title."""
    if doc.outlet:
        return doc.outlet
    title = " ".join((doc.title or doc.id).split())
    return title if len(title) <= 20 else title[:19] + "…"


class ComparisonTableModel(QAbstractTableModel):
    """Column 0 labels the row; columns 1..n are the comparison's documents in pane order."""

    row_title = "Row"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._rows: list[Any] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._rows = self.build_rows(comparison) if comparison else []
        self.endResetModel()

    def build_rows(self, comparison: Comparison) -> list[Any]:
        raise NotImplementedError

    def docs(self) -> list:
        return self.comparison.documents if self.comparison else []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(self.docs())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if section == 0:
                return self.row_title if role == Qt.ItemDataRole.DisplayRole else None
            doc = self.docs()[section - 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(doc)
            if role == Qt.ItemDataRole.ToolTipRole:
                return " ".join(doc.title.split())
            if role == DocIdRole:
                return doc.id
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < self.columnCount()):
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return self.label_data(row, role)
        doc = self.docs()[index.column() - 1]
        if role == DocIdRole:
            return doc.id
        return self.cell_data(row, doc.id, role)

    def label_data(self, row: Any, role: int):
        raise NotImplementedError

    def cell_data(self, row: Any, doc_id: str, role: int):
        raise NotImplementedError

    def row_object(self, row: int) -> Any:
        return self._rows[row]
