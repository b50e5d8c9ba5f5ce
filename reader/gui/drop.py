"""Drag and drop of files and URLs onto the window: turns what was dropped into file paths or URLs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal


def specs_from_mime(mime: QMimeData) -> list[str]:
    """Local files as paths, web links as URLs; plain text that is a URL counts too."""
    specs = []
    for url in mime.urls():
        if url.isLocalFile():
            specs.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            specs.append(url.toString())
    if not specs and mime.hasText():
        text = mime.text().strip()
        if text.startswith(("http://", "https://")) and " " not in text:
            specs.append(text)
    return specs


class DropFilter(QObject):
    """Installed on the window: accepts drags carrying files or links and emits what was dropped."""

    dropped = Signal(list)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if specs_from_mime(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            specs = specs_from_mime(event.mimeData())
            if specs:
                event.acceptProposedAction()
                self.dropped.emit(specs)
                return True
        return super().eventFilter(obj, event)
