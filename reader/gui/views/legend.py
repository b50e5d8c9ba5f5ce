"""A one-line key to the marks for the status bar: what colour, underline and margin glyph mean."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reader.gui import palette


class Legend(QLabel):
    """Rich-text key drawn with the current palette's mark colours; call `refresh` after a theme change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.compact = False
        self.refresh()

    def set_compact(self, compact: bool) -> None:
        """Leaves out the words naming each style (frame, wavy, dashed) so a narrow status bar keeps its message."""
        if compact != self.compact:
            self.compact = compact
            self.refresh()

    def refresh(self) -> None:
        dark = palette.is_dark(self.palette())
        e0, e1 = palette.event_colour(0, dark).name(), palette.event_colour(1, dark).name()
        blame, rec = palette.blame_colour(dark).name(), palette.recommendation_colour(dark).name()
        dim = palette.dim_colour(self.palette()).name()
        framed, wavy, dashed = ("", "", "") if self.compact else (" (framed)", " (wavy)", " (dashed)")
        where = "here" if self.compact else "in this article"
        self.setText(
            f"<span style='background:{e0}'>&nbsp;shared&nbsp;</span><span style='background:{e1}'>&nbsp;events&nbsp;</span>"
            f"&nbsp;&nbsp;▌<b>selected event</b>{framed}"
            f"&nbsp;&nbsp;<span style='color:{blame}'>▶</span> <u style='text-decoration-color:{blame}'>blame</u>{wavy}"
            f"&nbsp;&nbsp;<span style='color:{rec}'>○</span> recommendation{dashed}"
            f"&nbsp;&nbsp;<span style='color:{dim}'>┊ only {where}</span>&nbsp;")
        self.setToolTip("Hover a mark to see why it is there; right-click it to correct it")
