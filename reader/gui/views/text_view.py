"""The read-only text of one article with its marks drawn as ExtraSelections and glyphs in a left gutter."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygon, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from reader.gui import palette
from reader.gui.views.marks import ANNOTATIONS, BLAME, EVENTS, RECOMMENDATIONS, UNIQUE, Mark

GUTTER = 18


class _Gutter(QWidget):
    def __init__(self, view: TextView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self) -> QSize:
        return QSize(GUTTER, 0)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._view.paint_gutter(self, event.rect())


class TextView(QTextEdit):
    """Shows clean text; positions in and out are offsets into the Document's text (code points)."""

    mark_clicked = Signal(str, str)  # layer, key
    selection_made = Signal(int, int)  # start, end (document offsets)
    context_requested = Signal(int, QPoint)  # document offset under the mouse, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.setViewportMargins(GUTTER, 0, 0, 0)
        self.document().setDocumentMargin(8)
        self.set_point_size(10.5)
        self._gutter = _Gutter(self)
        self._astral: list[int] = []  # offsets of characters outside the BMP (two UTF-16 units in Qt)
        self._marks: list[Mark] = []
        self._visible: dict[str, bool] = {}
        self._selected_event: str | None = None
        self._press_pos: QPoint | None = None
        self._pending_scroll: tuple[int, float] | None = None
        self.verticalScrollBar().valueChanged.connect(self._gutter.update)
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.viewport().installEventFilter(self)

    def set_point_size(self, size: float) -> None:
        """The article text size (a preference)."""
        font = self.font()
        font.setPointSizeF(size)
        self.setFont(font)
        self.document().setDefaultFont(font)

    # --- offsets ------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self.setPlainText(text)

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, pos: int) -> int:
        lo, hi = 0, pos
        while lo < hi:  # the largest offset whose Qt position is <= pos
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def cursor_at(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.to_qt(offset), self.document().characterCount() - 1))
        return cursor

    def offset_at(self, viewport_pos: QPoint) -> int:
        return self.from_qt(self.cursorForPosition(viewport_pos).position())

    def doc_y(self, offset: int) -> int:
        """Top of the line holding `offset`, in document pixels (independent of scrolling)."""
        return self.cursorRect(self.cursor_at(offset)).top() + self.verticalScrollBar().value()

    def span_rect(self, start: int, end: int) -> tuple[int, int]:
        """Top and bottom of a passage in viewport pixels."""
        top = self.cursorRect(self.cursor_at(start)).top()
        bottom = self.cursorRect(self.cursor_at(end)).bottom()
        return top, max(bottom, top + 4)

    def selected_range(self) -> tuple[int, int] | None:
        c = self.textCursor()
        if not c.hasSelection():
            return None
        return self.from_qt(c.selectionStart()), self.from_qt(c.selectionEnd())

    # --- marks ----------------------------------------------------------------------------------
    def set_marks(self, marks: list[Mark], visible: dict[str, bool], selected_event: str | None,
                  annotation_colours: dict[str, str] | None = None) -> None:
        self._marks, self._visible, self._selected_event = marks, visible, selected_event
        self._annotation_colours = annotation_colours or {}
        self.setExtraSelections([self._selection(m) for m in marks if visible.get(m.layer, True)])
        self._gutter.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def visible_marks(self) -> list[Mark]:
        return [m for m in self._marks if self._visible.get(m.layer, True)]

    def _selection(self, mark: Mark) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = self.cursor_at(mark.start)
        cursor.setPosition(min(self.to_qt(mark.end), self.document().characterCount() - 1),
                           QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        dark = palette.is_dark(self.palette())
        if mark.layer == EVENTS:
            colour = palette.event_colour(mark.colour, dark)
            if mark.key == self._selected_event:  # stronger fill, framed and barred (see paintEvent); no bold, which
                # extra selections do not re-lay out, so bold glyphs would run past the line
                colour = palette.emphasised(colour, dark)
            elif self._selected_event:  # the other events step back while one is selected
                colour = palette.faded(colour, self.palette())
            fmt.setBackground(colour)
            fmt.setForeground(self.palette().text())
        elif mark.layer == UNIQUE:
            fmt.setForeground(palette.dim_colour(self.palette()))
        elif mark.layer == BLAME:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(palette.blame_colour(dark))
        elif mark.layer == RECOMMENDATIONS:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(palette.recommendation_colour(dark))
        elif mark.layer == ANNOTATIONS:
            fmt.setBackground(QColor(self._annotation_colours.get(mark.key) or palette.note_colour(dark)))
        fmt.setProperty(QTextFormat.Property.UserProperty, mark.key)
        sel.format = fmt
        return sel

    def selected_passages(self) -> list[tuple[int, int]]:
        """(start, end) of the selected event's visible passages: the ones drawn framed, bold and barred."""
        return [(m.start, m.end) for m in self.visible_marks()
                if m.layer == EVENTS and self._selected_event and m.key == self._selected_event]

    def passage_outline(self, start: int, end: int) -> QPolygon:
        """The outline hugging a passage's lines in viewport pixels (first line from its start, last to its end)."""
        first = self.cursorRect(self.cursor_at(start))
        last = self.cursorRect(self.cursor_at(end))
        margin = int(self.document().documentMargin())
        left, right = margin - 3, self.viewport().width() - margin + 3
        sx, ex = first.left() - 2, last.left() + 2
        top, bottom = first.top() - 1, last.bottom() + 1
        if first.top() == last.top():
            return QPolygon([QPoint(sx, top), QPoint(ex, top), QPoint(ex, bottom), QPoint(sx, bottom)])
        return QPolygon([QPoint(sx, top), QPoint(right, top), QPoint(right, last.top()), QPoint(ex, last.top()),
                         QPoint(ex, bottom), QPoint(left, bottom), QPoint(left, first.bottom() + 1),
                         QPoint(sx, first.bottom() + 1)])

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        passages = self.selected_passages()
        if not passages:
            return
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.palette().text().color(), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        p.setBrush(Qt.BrushStyle.NoBrush)
        height = self.viewport().height()
        for start, end in passages:
            top, bottom = self.span_rect(start, end)
            if bottom >= 0 and top <= height:
                p.drawPolygon(self.passage_outline(start, end))
        p.end()

    def marks_at(self, offset: int) -> list[Mark]:
        return [m for m in self.visible_marks() if m.start <= offset < m.end]

    # --- gutter ---------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        r = self.contentsRect()
        self._gutter.setGeometry(QRect(r.left(), r.top(), GUTTER, r.height()))

    def paint_gutter(self, widget: QWidget, rect: QRect) -> None:
        p = QPainter(widget)
        p.fillRect(rect, self.palette().alternateBase())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = palette.is_dark(self.palette())
        height = self.viewport().height()
        for start, end in self.selected_passages():  # a bold bar beside the selected event's passages
            top, bottom = self.span_rect(start, end)
            if bottom >= 0 and top <= height:
                p.fillRect(GUTTER - 5, top, 5, bottom - top, self.palette().text())
        for mark in self.visible_marks():
            if mark.layer not in (BLAME, RECOMMENDATIONS, UNIQUE, ANNOTATIONS):
                continue
            top, bottom = self.span_rect(mark.start, mark.end)
            if bottom < 0 or top > height:
                continue
            if mark.layer == BLAME:  # a filled triangle pointing at the text
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(palette.blame_colour(dark))
                y = top + 3
                p.drawPolygon([QPoint(3, y), QPoint(12, y + 5), QPoint(3, y + 10)])
            elif mark.layer == RECOMMENDATIONS:  # a hollow circle
                p.setPen(QPen(palette.recommendation_colour(dark), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPoint(9, top + 15), 4, 4)
            elif mark.layer == ANNOTATIONS:  # the reader's own: a solid bar of the highlight's colour at the left edge
                colour = QColor(self._annotation_colours.get(mark.key) or palette.note_colour(dark))
                p.fillRect(0, top + 1, 3, max(bottom - top - 2, 4), colour.darker(135) if not dark else colour.lighter(150))
            else:  # a thin bar beside passages only this article reports
                p.setPen(QPen(palette.dim_colour(self.palette()), 2, Qt.PenStyle.DotLine))
                p.drawLine(15, top + 2, 15, bottom - 2)
        p.end()

    # --- mouse ----------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.viewport():
            kind = event.type()
            if kind == QEvent.Type.ToolTip:
                marks = self.marks_at(self.offset_at(event.pos()))
                if marks:
                    QToolTip.showText(event.globalPos(), "<hr>".join(m.tooltip for m in marks), self)
                else:
                    QToolTip.hideText()
                return True
            if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                self._press_pos = event.position().toPoint()
            elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
                pressed, self._press_pos = self._press_pos, None
                if pressed is not None and (event.position().toPoint() - pressed).manhattanLength() < 4:
                    self.click_at(self.offset_at(event.position().toPoint()))
                elif self.selected_range():
                    self.selection_made.emit(*self.selected_range())
        return super().eventFilter(obj, event)

    def click_at(self, offset: int) -> None:
        """What a click on a character does: select the event (or other mark) under it."""
        marks = self.marks_at(offset)
        order = {EVENTS: 0, UNIQUE: 1, BLAME: 2, RECOMMENDATIONS: 3, ANNOTATIONS: 4}
        for mark in sorted(marks, key=lambda m: order[m.layer]):
            self.mark_clicked.emit(mark.layer, mark.key)
            return

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        self.context_requested.emit(self.offset_at(pos), self.viewport().mapToGlobal(pos))

    def scroll_to_offset(self, offset: int, fraction: float = 0.3) -> None:
        """Scrolls so that `offset` stands `fraction` of the way down the view."""
        bar = self.verticalScrollBar()
        want = int(self.doc_y(offset) - fraction * self.viewport().height())
        bar.setValue(want)
        # a long text is laid out lazily: finish the scroll when the range has grown far enough
        self._pending_scroll = (offset, fraction) if want > bar.maximum() else None

    def _on_range_changed(self, _low: int, _high: int) -> None:
        if self._pending_scroll:
            self.scroll_to_offset(*self._pending_scroll)
