"""The Notes panel: the reader's annotations (placeholder until the library and annotations arrive)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget


class NotesPanel(QWidget):
    """Lists annotations given by `set_notes`; until the library lands it explains what will come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel("Your highlights and notes will be listed here once annotations and the library "
                           "arrive. Select a passage in any article to mark it.")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list = QListWidget()
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)

    def set_notes(self, notes: list[str]) -> None:
        self.list.clear()
        self.list.addItems(notes)
        self.list.setVisible(bool(notes))
        self.hint.setVisible(not notes)
