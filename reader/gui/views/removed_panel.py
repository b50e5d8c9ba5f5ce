"""The panel listing what cleaning removed from one article (reason, text, where it stood), with Restore buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.documents.model import Document
from reader.core.documents.restoring import restorable, same_kind, where
from reader.gui.snippets import one_line

TEXT_LIMIT = 160  # characters of a piece shown in its row (the tooltip holds all of it)
MINIMUM_WIDTH = 420


class RemovedPanel(QWidget):
    """Groups the removed pieces by reason; each piece, and each group of several, can be restored."""

    restore_requested = Signal(str, list)  # doc id, indexes into doc.removed

    COLUMNS = ("Removed text", "Where", "")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedPanel")
        self.doc: Document | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels(list(self.COLUMNS))
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(12)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.preview = QPlainTextEdit()  # the selected piece in full
        self.preview.setObjectName("removedPreview")
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText("Select a piece to read all of it here.")
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.footer = QLabel()
        self.footer.setObjectName("removedFooter")
        self.footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.footer)
        self.buttons: dict[tuple[int, ...], QPushButton] = {}  # indexes restored by a button -> the button

    def set_document(self, doc: Document) -> None:
        """Lists what cleaning removed from `doc` (called again when the article changes)."""
        self.doc = doc
        title = " ".join((doc.title or doc.source).split())
        count = len(doc.removed)
        self.heading.setText(f"{count} piece{'s' if count != 1 else ''} removed from “{one_line(title, 90)}”. "
                             "Restore a piece to put it back into the article's text.")
        self.tree.clear()
        self.buttons = {}
        can = restorable(doc)
        groups: dict[str, list[int]] = {}
        for i, piece in enumerate(doc.removed):
            groups.setdefault(piece.reason, []).append(i)
        for reason, indexes in groups.items():
            group = QTreeWidgetItem(self.tree, [f"{reason} ({len(indexes)})", "", ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(False)
            kind = same_kind(doc, indexes[0]) if can else []
            if len(kind) > 1:
                self._button(group, "Restore all", kind, f"Put back all {len(kind)} pieces removed as {reason}")
            for i in indexes:
                piece = doc.removed[i]
                item = QTreeWidgetItem(group, [one_line(piece.text, TEXT_LIMIT), where(doc, piece), ""])
                item.setToolTip(0, piece.text if len(piece.text) < 2000 else piece.text[:1999] + "…")
                item.setData(0, Qt.ItemDataRole.UserRole, i)
                if can and piece.key:
                    self._button(item, "Restore", [i], "Put this piece back into the text")
            group.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        else:
            self.preview.clear()
        restored = len(doc.kept)
        self.footer.setText((f"{restored} piece{'s' if restored != 1 else ''} restored in this article; "
                             "Edit ▸ Undo puts the last one away again." if restored else "")
                            + ("" if can or not doc.removed else
                               "The text before cleaning was not kept for this article, so nothing can be restored."))
        self.footer.setVisible(bool(self.footer.text()))

    def _button(self, item: QTreeWidgetItem, text: str, indexes: list[int], tip: str) -> None:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, ix=list(indexes): self._on_button_clicked(ix))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(2, 1, 2, 1)
        row.addWidget(button)
        self.tree.setItemWidget(item, 2, holder)
        self.buttons[tuple(indexes)] = button

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if self.doc is None or not isinstance(index, int) or not 0 <= index < len(self.doc.removed):
            return
        piece = self.doc.removed[index]
        self.preview.setPlainText(f"{piece.reason}, {where(self.doc, piece)}:\n\n{piece.text}")

    def _on_button_clicked(self, indexes: list[int]) -> None:
        if self.doc is not None:
            self.restore_requested.emit(self.doc.id, indexes)
