"""The note editor: the quote, a Markdown note with a preview, tags, and the highlight's category and colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.model import CATEGORIES, normalize_tags

# highlight colours a reader can pick besides the category's own (pale enough to read black text on)
COLOURS = {"Yellow": "#FFF176", "Green": "#B9F6CA", "Blue": "#B3E5FC", "Pink": "#F8BBD0", "Orange": "#FFCC80",
           "Violet": "#D1C4E9"}


def split_tags(text: str) -> list[str]:
    """Tags typed as '#a, b c' -> ['a', 'b', 'c'] (commas or spaces separate them)."""
    return normalize_tags(text.replace(",", " ").split())


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(colour))
    return QIcon(pix)


class NoteDialog(QDialog):
    """Edits one note; read the result from `body()`, `tags()`, `category()` and `colour()` after exec()."""

    def __init__(self, quote: str, body: str = "", tags: list[str] | None = None, category: str = "note",
                 colour: str | None = None, title: str = "Note", with_highlight: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        if quote:
            shown = quote if len(quote) < 400 else quote[:399] + "…"
            self.quote = QLabel(f"“{' '.join(shown.split())}”")
            self.quote.setWordWrap(True)
            self.quote.setTextFormat(Qt.TextFormat.PlainText)
            self.quote.setStyleSheet("font-style: italic; padding: 4px; border-left: 3px solid palette(mid);")
            layout.addWidget(self.quote)
        self.editor = QPlainTextEdit(body)
        self.editor.setPlaceholderText("Your note (Markdown: **bold**, *italic*, [link](https://…), - lists)")
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, "Write")
        self.tabs.addTab(self.preview, "Preview")
        self.tabs.currentChanged.connect(lambda i: self.preview.setMarkdown(self.editor.toPlainText()) if i == 1 else None)
        layout.addWidget(self.tabs, 1)
        form = QFormLayout()
        self.tag_edit = QLineEdit(" ".join(f"#{t}" for t in tags or []))
        self.tag_edit.setPlaceholderText("#tag, another-tag")
        form.addRow("&Tags:", self.tag_edit)
        self.category_box = QComboBox()
        for c in CATEGORIES:
            self.category_box.addItem(c.capitalize(), c)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(category)))
        self.colour_box = QComboBox()
        self.colour_box.addItem("Colour of the category", "")
        for name, value in COLOURS.items():
            self.colour_box.addItem(_swatch(value), name, value)
        if colour and self.colour_box.findData(colour) < 0:
            self.colour_box.addItem(_swatch(colour), colour, colour)
        self.colour_box.setCurrentIndex(max(0, self.colour_box.findData(colour or "")))
        if with_highlight:
            form.addRow("&Category:", self.category_box)
            form.addRow("C&olour:", self.colour_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def body(self) -> str:
        return self.editor.toPlainText().strip()

    def tags(self) -> list[str]:
        return split_tags(self.tag_edit.text())

    def category(self) -> str:
        return str(self.category_box.currentData())

    def colour(self) -> str | None:
        return str(self.colour_box.currentData()) or None
