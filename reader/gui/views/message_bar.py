"""A non-blocking message strip above the articles for problems (a file that could not be read), with a close button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.gui import icons


class MessageBar(QFrame):
    """Shows lines until the reader closes it; never steals focus or blocks the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet("QFrame#messageBar { background: #fdecc8; color: #3d2c00; border-bottom: 1px solid #e0b75a; }"
                           "QFrame#messageBar QLabel { color: #3d2c00; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setIcon(icons.icon("window-close"))
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._lines: list[str] = []
        self.hide()

    def show_lines(self, lines: list[str]) -> None:
        self._lines = (self._lines + list(lines))[-8:]
        self.label.setText("\n".join(self._lines))
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def clear(self) -> None:
        self._lines = []
        self.label.clear()
        self.hide()
