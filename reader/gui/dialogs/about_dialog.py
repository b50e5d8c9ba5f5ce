"""The About box: name, version, what the program does and what the marks mean."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_NAME, __version__


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent, f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Compare how several articles tell the same story: the events they share, whom each one "
        "blames and what each one says should be done.</p>"
        "<p><b>Marks</b>: a coloured background is an event several articles report (one colour per "
        "event, joined by bands between the panes); grey text is reported by this article only; a wavy "
        "underline with a ▶ in the margin is blame; a dashed underline with a ○ is a recommendation. "
        "Hover a mark to see why it is there; right-click it to correct it.</p>")
