"""reader.core stays pure Python: no module under it imports Qt (the design's one hard rule for core)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "reader" / "core"


def _imported(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt_or_the_gui():
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 40
    for path in files:
        for name in _imported(path):
            assert not name.startswith(("PySide6", "shiboken6", "PyQt")), f"{path} imports {name}"
            if name.startswith("reader.gui"):  # the one exception: PDF export goes through Qt's writer
                assert path.name == "command.py" and name == "reader.gui.pdf_writer", f"{path} imports {name}"


def test_analysis_runs_without_loading_qt():
    code = ("import sys, reader.core.analysis as a, reader.core.documents.loader as l;"
            "d=[l.load_text('The council voted on Monday. The mayor must resign, critics said.', 's', 'd1')];"
            "a.analyze(d); print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
