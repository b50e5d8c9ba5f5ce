"""The annotation, library and export code never imports Qt; only the PDF branch reaches reader.gui."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "reader" / "core"


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_qt_import_in_annotations_store_export():
    files = [p for folder in ("annotations", "store", "export") for p in (CORE / folder).glob("*.py")]
    assert len(files) > 15
    for path in files:
        for name in _imports(path):
            assert not name.startswith(("PySide6", "shiboken6", "PyQt")), path
            if name.startswith("reader.gui"):
                assert path.name == "command.py" and name == "reader.gui.pdf_writer", path
