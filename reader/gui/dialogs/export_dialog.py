"""File ▸ Export: asks where to write, then writes the comparison (md, html, pdf, json, csv) off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from reader.core.analysis.model import Comparison
from reader.gui import tasks

FILTERS = {"md": "Markdown (*.md)", "html": "Web page (*.html)", "pdf": "PDF (*.pdf)",
           "json": "Web Annotation JSON (*.json)", "csv": "Spreadsheet (*.csv)"}


def export_available() -> bool:
    """True once the export engine is installed."""
    try:
        import reader.core.export.command  # noqa: F401
        import reader.core.export.report  # noqa: F401
    except ImportError:
        return False
    return True


def _write(comparison: Comparison, fmt: str, out: str, annotations, notes, report) -> str:  # report: the task's progress callback
    from reader.core.export.command import write_export
    from reader.core.export.report import build_report

    write_export(fmt, build_report(comparison, annotations, notes), out)
    return out


def ask_and_export(parent: QWidget, comparison: Comparison, on_done, on_error, annotations=None,
                   notes=None) -> tasks.Task | None:
    """Shows the save dialog and starts the export; None when the reader cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, "Export comparison", "comparison.md", ";;".join(FILTERS.values()))
    if not path:
        return None
    fmt = next((k for k, v in FILTERS.items() if v == chosen), None) or Path(path).suffix.lstrip(".").lower()
    if fmt not in FILTERS:
        fmt = "md"
    if Path(path).suffix.lower() != f".{fmt}":
        path += f".{fmt}"
    return tasks.run_task(_write, comparison, fmt, path, list(annotations or []), list(notes or []), on_done=on_done,
                          on_error=lambda message: on_error(f"{path}: {message}"))
