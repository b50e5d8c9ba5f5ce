"""The header strip of an article pane: a drag handle (drag it onto another pane to reorder) with a two-line title."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget

PANE_MIME = "application/x-parallax-pane"


def two_line_title(title: str, metrics: QFontMetrics, width: int) -> str:
    """The title wrapped on at most two lines of `width` pixels, the second elided with "…"."""
    words, first = title.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not words:
        return first
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}" if first else rest


class PaneHeader(QWidget):
    """Starts a drag carrying the pane's document id when the reader drags the header."""

    def __init__(self, doc_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_id = doc_id
        self._press: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip("Drag onto another article to reorder")

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(PANE_MIME, self.doc_id.encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)


class _FittedLabel(QLabel):
    """A plain-text label that refits its full text (kept as the tooltip) to its width whenever it is resized."""

    def __init__(self, min_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(min_width)

    def _set_full(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        raise NotImplementedError


class TitleLabel(_FittedLabel):
    """A title kept to two lines whatever the pane's width (so the texts of all panes start level)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(40, parent)

    def set_title(self, title: str) -> None:
        self._set_full(" ".join(title.split()))

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        self.setFixedHeight(2 * metrics.lineSpacing() + 2)
        self.setText(two_line_title(self._full, metrics, max(40, self.width() - 2)))


class ElidedLabel(_FittedLabel):
    """A one-line label that ends in "…" when its text does not fit (never cut off mid-letter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(12, parent)

    def set_full_text(self, text: str) -> None:
        self._set_full(text)

    def _fit(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(12, self.width())))
