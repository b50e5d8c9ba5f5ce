"""A docked table over one of the comparison models; clicking a cell asks to jump to its passage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from reader.gui.models.comparison_table_model import ComparisonTableModel
from reader.gui.models.roles import PassageRole


class TablePanel(QWidget):
    """Rows by articles; `passage_activated` carries (doc id, start, end), `context_requested` the index."""

    passage_activated = Signal(str, int, int)
    row_activated = Signal(QModelIndex)
    context_requested = Signal(QModelIndex, QPoint)

    def __init__(self, model: ComparisonTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 6)  # two lines; tooltip has all
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.clicked.connect(self.activate)
        model.modelReset.connect(self._on_model_reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _on_model_reset(self) -> None:
        if self.model.columnCount():
            self.table.setColumnWidth(0, 190)
            for c in range(1, self.model.columnCount()):
                self.table.setColumnWidth(c, 84)

    def activate(self, index: QModelIndex) -> None:
        """What a click on a cell does: jump to its passage (row label: the row's first passage)."""
        self.row_activated.emit(index)
        passage = index.data(PassageRole)
        if passage:
            self.passage_activated.emit(*passage)

    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.context_requested.emit(index, self.table.viewport().mapToGlobal(pos))
