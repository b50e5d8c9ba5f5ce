"""A narrow strip beside an article showing where its marks lie and which part is in view; click to jump."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from reader.gui import palette
from reader.gui.views.marks import ANNOTATIONS, BLAME, EVENTS, RECOMMENDATIONS, UNIQUE
from reader.gui.views.text_view import TextView

WIDTH = 14


class OverviewStrip(QWidget):
    """Scaled map of one TextView: coloured ticks for marks, a frame for the visible part."""

    def __init__(self, view: TextView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Where the marks lie in this article; click to go there")
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().rangeChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def _scale(self) -> float:
        total = self._view.verticalScrollBar().maximum() + self._view.viewport().height()
        return self.height() / max(1, total)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().alternateBase())
        scale = self._scale()
        dark = palette.is_dark(self.palette())
        for mark in self._view.visible_marks():
            y = self._view.doc_y(mark.start) * scale
            h = max(2.0, (self._view.doc_y(mark.end) - self._view.doc_y(mark.start) + 14) * scale)
            if mark.layer == EVENTS:
                p.fillRect(QRectF(1, y, WIDTH - 2, h), palette.event_colour(mark.colour, dark))
            elif mark.layer == BLAME:
                p.fillRect(QRectF(0, y, 4, h), palette.blame_colour(dark))
            elif mark.layer == RECOMMENDATIONS:
                p.fillRect(QRectF(WIDTH - 4, y, 4, h), palette.recommendation_colour(dark))
            elif mark.layer == UNIQUE:
                p.fillRect(QRectF(5, y, 4, h), palette.dim_colour(self.palette()))
            elif mark.layer == ANNOTATIONS:  # the reader's highlights: a darker tick down the middle
                colour = QColor(getattr(self._view, "_annotation_colours", {}).get(mark.key) or palette.note_colour(dark))
                p.fillRect(QRectF(WIDTH / 2 - 3, y, 6, h), colour.darker(140))
        bar = self._view.verticalScrollBar()
        frame = QRectF(0.5, bar.value() * scale, WIDTH - 1, self._view.viewport().height() * scale)
        colour = QColor(self.palette().text().color())
        colour.setAlpha(140)
        p.setPen(QPen(colour, 1))
        p.drawRect(frame)
        p.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._jump(event.position().y())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def _jump(self, y: float) -> None:
        bar = self._view.verticalScrollBar()
        bar.setValue(int(y / self._scale() - self._view.viewport().height() / 2))
