"""Asks for pasted text (and an optional title) to add as a new article."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget


class PasteDialog(QDialog):
    """A title line and a text box, filled from the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste as New Article")
        self.resize(640, 480)
        self.title = QLineEdit()
        self.title.setPlaceholderText("Title (optional)")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste the article's text here")
        self.text.setPlainText(QGuiApplication.clipboard().text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
