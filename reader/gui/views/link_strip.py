"""The strip between two adjacent panes drawing bands that join the passages of one shared event (as Meld does)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from reader.gui import palette
from reader.gui.views.marks import EVENTS
from reader.gui.views.text_view import TextView

WIDTH = 40
MAX_PAIRS = 4  # bands drawn per event between two panes


class LinkStrip(QWidget):
    """Draws a band for every shared event visible in its left and right TextView; click a band to select it."""

    band_clicked = Signal(str)  # event id

    def __init__(self, left: TextView, right: TextView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.selected_event: str | None = None
        self.visible = True
        self.setFixedWidth(WIDTH)
        self.setMouseTracking(True)
        self._paths: list[tuple[QPainterPath, str]] = []
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def _y(self, view: TextView, y: int) -> float:
        return float(self.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, y))).y())

    def bands(self) -> list[tuple[str, int, tuple[float, float], tuple[float, float]]]:
        """(event id, colour, left top/bottom, right top/bottom) in strip coordinates for each drawn band."""
        if not self.visible:
            return []
        left = {}
        for m in self.left.visible_marks():
            if m.layer == EVENTS:
                left.setdefault(m.key, []).append(m)
        out = []
        for m in self.right.visible_marks():
            if m.layer != EVENTS or m.key not in left:
                continue
            for lm in left[m.key][:MAX_PAIRS]:
                lt, lb = self.left.span_rect(lm.start, lm.end)
                rt, rb = self.right.span_rect(m.start, m.end)
                out.append((m.key, m.colour, (self._y(self.left, lt), self._y(self.left, lb)),
                            (self._y(self.right, rt), self._y(self.right, rb))))
        return out

    def band_style(self, key: str) -> tuple[int, float]:
        """(fill alpha, outline width) of an event's bands: the selected one opaque and outlined, the others faded."""
        if self.selected_event is None:
            return 150, 1.0
        if key == self.selected_event:
            return 255, 2.5
        return 45, 0.0

    def paint_data(self) -> list[tuple[str, int, float]]:
        """(event id, fill alpha, outline width) of each band as paintEvent draws it, the selected one last (on top)."""
        return [(b[0], *self.band_style(b[0])) for b in sorted(self.bands(), key=lambda b: b[0] == self.selected_event)]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = palette.is_dark(self.palette())
        w, h = float(self.width()), float(self.height())
        self._paths = []
        selected_last = sorted(self.bands(), key=lambda b: b[0] == self.selected_event)
        for key, colour_index, (lt, lb), (rt, rb) in selected_last:
            if (lb < 0 and rb < 0) or (lt > h and rt > h):
                continue
            path = QPainterPath(QPointF(0, lt))
            path.cubicTo(QPointF(w / 2, lt), QPointF(w / 2, rt), QPointF(w, rt))
            path.lineTo(QPointF(w, rb))
            path.cubicTo(QPointF(w / 2, rb), QPointF(w / 2, lb), QPointF(0, lb))
            path.closeSubpath()
            colour = QColor(palette.event_colour(colour_index, dark))
            alpha, width = self.band_style(key)
            fill = QColor(palette.emphasised(colour, dark) if key == self.selected_event else colour)
            fill.setAlpha(alpha)
            p.setBrush(fill)
            if key == self.selected_event:  # outlined in the text colour, as its passages are framed
                p.setPen(QPen(self.palette().text().color(), width))
            elif width:
                p.setPen(QPen(colour.darker(130), width))
            else:
                p.setPen(Qt.PenStyle.NoPen)
            p.drawPath(path)
            self._paths.append((path, key))
        p.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        for path, key in reversed(self._paths):
            if path.contains(event.position()):
                self.band_clicked.emit(key)
                return

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        over = any(path.contains(event.position()) for path, _k in self._paths)
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
