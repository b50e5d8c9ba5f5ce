"""PDF export through Qt's own writer: QTextDocument.setHtml + QPdfWriter, no window needed."""

from __future__ import annotations

import os
from reader.core.store.atomic import atomic_replace
from pathlib import Path


def _ensure_app() -> object:
    """The running QGuiApplication, or a new offscreen one when there is none (command line)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["parallax"])
    return app


def write_pdf(html: str, path: str | Path) -> None:
    """Lays out `html` on A4 pages and writes the PDF to `path` atomically (temporary file, rename)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _ensure_app()
    path = Path(path)
    with atomic_replace(path) as tmp:
        writer = QPdfWriter(tmp)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(path.stem)
        writer.setCreator("Parallax")
        doc = QTextDocument()
        doc.setHtml(html)
        doc.setPageSize(QSizeF(writer.width(), writer.height()))
        doc.print_(writer)
        del writer  # finishes the file
        if os.path.getsize(tmp) == 0:
            raise OSError(f"{path}: Qt wrote an empty PDF")
