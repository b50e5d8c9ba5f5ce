"""A docked table over one of the comparison models; clicking a cell asks to jump to its passage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from reader.gui.models.comparison_table_model import ComparisonTableModel
from reader.gui.models.roles import PassageRole

LABEL_MIN, LABEL_MAX, ARTICLE_MIN = 130, 300, 54  # column widths in pixels


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
        # the selected row stays plain to see when the table has no focus, in either theme
        self.table.setStyleSheet("QTableView { selection-background-color: palette(highlight);"
                                 " selection-color: palette(highlighted-text); }")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.clicked.connect(self.activate)
        model.modelReset.connect(self._on_model_reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _on_model_reset(self) -> None:
        self.fit_columns()

    def fit_columns(self) -> None:
        """Shares the panel's width out: a wide label column, the articles equally, no sideways scrolling if it fits."""
        columns = self.model.columnCount()
        if not columns:
            return
        width = self.table.width() - 2 * self.table.frameWidth() - self.table.verticalScrollBar().sizeHint().width()
        articles = columns - 1
        label = max(LABEL_MIN, min(LABEL_MAX, int(width * 0.36), width - articles * ARTICLE_MIN)) if articles else width
        self.table.setColumnWidth(0, label)
        each = max(ARTICLE_MIN, (width - label) // articles) if articles else 0
        for c in range(1, columns):
            self.table.setColumnWidth(c, each)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_columns()

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
